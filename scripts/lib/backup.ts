import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { StartupError } from './fatal';
import { applyMigrations, migrationsDir, projectRoot } from './migrations';

/**
 * A backup is the app's data, not its schema: one gzipped file of JSON lines holding every row of every table of
 * the schemas the app owns (its own, `public`, with the migration history; the job queue's, `graphile_worker`),
 * the state of their sequences, and the list of migrations that made the schema. Restoring brings a database to
 * exactly those migrations and puts the rows back; the schema itself always comes from the migrations.
 *
 *   {"format":…,"version":1,"migrations":[…],"jobQueueMigrations":[…],…}   the header
 *   {"table":["public","Case"],"rows":2}                                      each table, then its rows,
 *   {"id":"…","slug":"…",…}                                                   one JSON object a line
 *   {"sequences":[{"sequence":["public","Delivery_id_seq"],"lastValue":"41","isCalled":true}]}
 *   {"end":true,"rows":1234}                                                  a file cut short has none
 */
const format = 'kz-solidarity-tracker backup';
const version = 1;
const appSchemas = ['public', 'graphile_worker'];
const batchRows = 1_000;
/** PostgreSQL's deadlock_detected, and how many times the replacement of the rows is tried when it ends in one. */
const deadlockDetected = '40P01';
const replaceAttempts = 5;

type Migration = { name: string; checksum: string };
type Header = { format: string; version: number; createdAt: string; postgres: string; migrations: Migration[]; jobQueueMigrations: number[] };
type QualifiedName = [schema: string, name: string];
type SequenceState = { sequence: QualifiedName; lastValue: string; isCalled: boolean };

export const defaultBackupFile = (now = new Date()) => path.join(projectRoot, 'backups', `${now.toISOString().replace(/[:.]/g, '-')}.ndjson.gz`);

const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quote = ([schema, name]: QualifiedName) => `${identifier(schema)}.${identifier(name)}`;

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** The migrations a database went through, in order; undefined when the app never migrated it. */
async function appliedMigrations(client: pg.ClientBase): Promise<Migration[] | undefined> {
  const { rows: exists } = await client.query<{ table: string | null }>(`SELECT to_regclass('public._prisma_migrations')::text AS table`);
  if (!exists[0]?.table) return undefined;
  const { rows } = await client.query<Migration>(
    `SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

async function jobQueueMigrations(client: pg.ClientBase): Promise<number[]> {
  const { rows: exists } = await client.query<{ table: string | null }>(`SELECT to_regclass('graphile_worker.migrations')::text AS table`);
  if (!exists[0]?.table) return [];
  const { rows } = await client.query<{ id: number }>('SELECT id FROM graphile_worker.migrations ORDER BY id');
  return rows.map((row) => row.id);
}

/** The app's tables ('r') or sequences ('S'), in a stable order. */
async function appRelations(client: pg.ClientBase, kind: 'r' | 'S'): Promise<QualifiedName[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ANY($1) AND c.relkind = $2 ORDER BY n.nspname, c.relname`,
    [appSchemas, kind],
  );
  return rows.map((row) => [row.schema, row.name]);
}

async function sequenceStates(client: pg.ClientBase): Promise<SequenceState[]> {
  const states: SequenceState[] = [];
  for (const sequence of await appRelations(client, 'S')) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${quote(sequence)}`);
    states.push({ sequence, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
  }
  return states;
}

/**
 * Writes a backup of the database to `file`, from one snapshot (REPEATABLE READ, read-only), so the app may keep
 * running and writing meanwhile, and a read-only database can be backed up. The file appears under its name only
 * once complete. Returns the number of rows written.
 */
export async function writeBackup(databaseUrl: string, file: string): Promise<{ rows: number; tables: number }> {
  const client = await connect(databaseUrl);
  const partial = `${file}.partial`;
  await mkdir(path.dirname(file), { recursive: true });
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  written.catch(() => {}); // awaited below: a failure of the file before then must not go unhandled
  const write = async (value: object | string) => {
    if (!gzip.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations = await appliedMigrations(client);
    if (!migrations) throw new StartupError('This database has no tables of the app (it was never migrated): there is nothing to back up.');
    const { rows: server } = await client.query<{ server_version: string }>('SHOW server_version');
    const header: Header = { format, version, createdAt: new Date().toISOString(), postgres: server[0]!.server_version, migrations, jobQueueMigrations: await jobQueueMigrations(client) };
    await write(header);
    const tables = await appRelations(client, 'r');
    let total = 0;
    for (const table of tables) {
      const { rows: count } = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM ONLY ${quote(table)}`);
      await write({ table, rows: count[0]!.rows });
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ONLY ${quote(table)} t`);
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`FETCH ${batchRows} FROM backup_rows`);
        for (const { row } of rows) await write(row);
        if (rows.length < batchRows) break;
      }
      await client.query('CLOSE backup_rows');
      total += count[0]!.rows;
    }
    await write({ sequences: await sequenceStates(client) });
    await write({ end: true, rows: total });
    await client.query('COMMIT');
    gzip.end();
    await written;
    await rename(partial, file);
    return { rows: total, tables: tables.length };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Reads a backup line by line (a JSON value each), telling a file that is not one apart from one cut short. */
async function* backupLines(file: string): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.pipe(gunzip);
  source.on('error', (error) => gunzip.destroy(error));
  const lines = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new StartupError(`${file} is damaged, or not a backup of this app (${(error as Error).message}): it was not restored.`);
    throw error;
  }
}

async function readHeader(lines: AsyncIterator<string>, file: string): Promise<Header> {
  const first = await lines.next();
  let header: Partial<Header> | undefined;
  try {
    header = first.done ? undefined : (JSON.parse(first.value) as Partial<Header>);
  } catch {
    header = undefined;
  }
  if (header?.format !== format) throw new StartupError(`${file} is not a backup of this app (made with npm run db:backup).`);
  if (header.version !== version) throw new StartupError(`${file} is a backup of format ${header.version}; this version of the app reads format ${version}.`);
  return header as Header;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Refuses a database that went through other migrations than the backup, or further: its schema cannot hold the
 * backup's rows as they are. One that went through fewer (an empty one: none) can be brought to the backup's.
 */
function checkMigrations(applied: Migration[], backup: Header) {
  const diverging = applied.findIndex((migration, index) => backup.migrations[index]?.name !== migration.name || backup.migrations[index]?.checksum !== migration.checksum);
  if (diverging >= 0) {
    const migration = applied[diverging]!;
    throw new StartupError(
      backup.migrations.some((candidate) => candidate.name === migration.name)
        ? `Migration ${migration.name} of this database differs from the one the backup was made with. Restore into an empty database.`
        : `This database went through migration ${migration.name}, which the backup was made before. Restore into an empty database ` +
            '(DATABASE_URL of a new one; for the embedded database, stop npm start and move .data/ away), then start the app to migrate it.',
    );
  }
}

/** Applies the backup's migrations that the database lacks, from prisma/migrations as they were when it was made. */
async function migrateToBackup(databaseUrl: string, applied: Migration[], backup: Header, log: (line: string) => void) {
  const scratch = await mkdtemp(path.join(tmpdir(), 'kz-tracker-restore-'));
  try {
    for (const migration of backup.migrations) {
      const source = path.join(migrationsDir, migration.name);
      const sql = existsSync(path.join(source, 'migration.sql')) ? await readFile(path.join(source, 'migration.sql'), 'utf8') : undefined;
      if (sql === undefined || sha256(sql) !== migration.checksum) {
        throw new StartupError(`The backup was made by another version of the app: its migration ${migration.name} is not in prisma/migrations as it was. Restore it with that version.`);
      }
      await cp(source, path.join(scratch, migration.name), { recursive: true });
    }
    await cp(path.join(migrationsDir, 'migration_lock.toml'), path.join(scratch, 'migration_lock.toml'));
    const missing = backup.migrations.slice(applied.length);
    if (missing.length > 0) log(`bringing the database to the backup's schema: ${missing.map((migration) => migration.name).join(', ')}`);
    await applyMigrations(databaseUrl, scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function checkJobQueue(client: pg.ClientBase, backup: Header) {
  const jobQueue = await jobQueueMigrations(client);
  if (jobQueue.join() !== backup.jobQueueMigrations.join()) {
    throw new StartupError(
      `The job queue's schema (graphile_worker migration ${jobQueue.at(-1)}) differs from the backup's (${backup.jobQueueMigrations.at(-1)}): ` +
        'the backup was made with another version of graphile-worker. Restore it with that version.',
    );
  }
}

type TargetTable = { columns: string[]; hasUserTriggers: boolean; references: string[] };

/** The app's tables of the database: the columns a row is written to (not generated ones), triggers, and foreign keys. */
async function targetTables(client: pg.ClientBase): Promise<Map<string, TargetTable>> {
  const tables = new Map<string, TargetTable>();
  for (const table of await appRelations(client, 'r')) {
    const { rows: columns } = await client.query<{ name: string }>(
      `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [quote(table)],
    );
    const { rows: triggers } = await client.query(`SELECT 1 FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal`, [quote(table)]);
    const { rows: references } = await client.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_constraint k JOIN pg_class c ON c.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND k.conrelid = $1::regclass AND k.confrelid <> k.conrelid`,
      [quote(table)],
    );
    tables.set(quote(table), { columns: columns.map((column) => column.name), hasUserTriggers: triggers.length > 0, references: references.map((row) => quote([row.schema, row.name])) });
  }
  return tables;
}

/** Tables in an order where each comes after the tables it refers to (a table referring to itself is written in one statement). */
function referencedFirst(tables: Map<string, TargetTable>): string[] {
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const referenced of tables.get(name)?.references ?? []) visit(referenced);
    ordered.push(name);
  };
  for (const name of tables.keys()) visit(name);
  return ordered;
}

/**
 * Replaces every row of the database's app tables with the backup's, in one transaction: PostgreSQL commits all
 * of it or, on any error (a damaged file, a constraint, a lock not granted in time), none of it. Readers and
 * writers of the running app wait on the tables' locks meanwhile and then see the restored data.
 */
async function replaceRows(client: pg.ClientBase, lines: AsyncIterator<string>, file: string): Promise<number> {
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new StartupError(`${file} is cut short (it has no end): it was not restored.`);
    return line.value;
  };
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = '30s'`);
    await client.query('SET LOCAL statement_timeout = 0');
    const tables = await targetTables(client);
    // The file is read into a temporary table first, so the app's tables are locked only while they are rewritten.
    await client.query('CREATE TEMPORARY TABLE restore_rows ("table" text NOT NULL, "row" json NOT NULL) ON COMMIT DROP');
    const expected = new Map<string, number>();
    const total = () => [...expected.values()].reduce((sum, rows) => sum + rows, 0);
    let sequences: SequenceState[] = [];
    for (;;) {
      const entry = JSON.parse(await next()) as { table?: QualifiedName; rows: number; sequences?: SequenceState[]; end?: boolean };
      if (entry.end) {
        if (total() !== entry.rows) throw new StartupError(`${file} is damaged (its row count does not add up): it was not restored.`);
        break;
      }
      if (entry.sequences) {
        sequences = entry.sequences;
        continue;
      }
      const name = quote(entry.table!);
      if (!tables.has(name)) throw new StartupError(`The backup has a table ${name} this database does not have: it was not restored.`);
      expected.set(name, entry.rows);
      for (let staged = 0; staged < entry.rows; ) {
        const batch: string[] = [];
        while (batch.length < batchRows && staged + batch.length < entry.rows) batch.push(await next());
        await client.query('INSERT INTO restore_rows SELECT $1, value FROM json_array_elements($2::json)', [name, `[${batch.join(',')}]`]);
        staged += batch.length;
      }
    }
    await client.query('CREATE INDEX ON restore_rows ("table")');

    // Readers of the running app lock the tables one by one in their own order, so taking them all may deadlock
    // with one; PostgreSQL may then end the restore's statement rather than the read. The staged rows are kept
    // and the replacement is tried again.
    for (let attempt = 1; ; attempt++) {
      await client.query('SAVEPOINT replace_rows');
      try {
        await client.query(`TRUNCATE ${[...tables.keys()].join(', ')}`);
        for (const [name, table] of tables) if (table.hasUserTriggers) await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
        for (const name of referencedFirst(tables)) {
          const columns = tables.get(name)!.columns.map(identifier).join(', ');
          const inserted = await client.query(
            `INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM restore_rows, json_populate_record(NULL::${name}, "row") WHERE "table" = $1`,
            [name],
          );
          if (inserted.rowCount !== (expected.get(name) ?? 0)) throw new StartupError(`${file} is damaged (table ${name}): it was not restored.`);
        }
        for (const { sequence, lastValue, isCalled } of sequences) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quote(sequence), lastValue, isCalled]);
        for (const [name, table] of tables) if (table.hasUserTriggers) await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== deadlockDetected || attempt >= replaceAttempts) throw error;
        await client.query('ROLLBACK TO SAVEPOINT replace_rows');
      }
    }
    await client.query('COMMIT');
    return total();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof StartupError) throw error;
    const { code, message } = error as { code?: string; message: string };
    if (code === '55P03') throw new StartupError('The tables stayed locked for 30 seconds (a long transaction of the app?): nothing was restored. Try again, or stop npm start first.');
    throw new StartupError(`Restoring failed, so nothing was restored and the database is as it was: ${message}`);
  }
}

/**
 * Restores a backup into the database: first brings it to the backup's migrations (an empty database gets them
 * all), then replaces all its rows with the backup's in one transaction. With `keepReplacedIn`, the rows it
 * replaces are first backed up to that file, so that a restore of the wrong file can itself be undone.
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  { log = () => {}, keepReplacedIn }: { log?: (line: string) => void; keepReplacedIn?: string } = {},
): Promise<{ rows: number }> {
  if (!existsSync(file)) throw new StartupError(`There is no file ${file}.`);
  const lines = backupLines(file)[Symbol.asyncIterator]();
  const client = await connect(databaseUrl);
  try {
    const header = await readHeader(lines, file);
    log(`backup of ${header.createdAt} (PostgreSQL ${header.postgres}, ${header.migrations.length} migrations)`);
    const applied = await appliedMigrations(client);
    checkMigrations(applied ?? [], header);
    const keep = applied ? keepReplacedIn : undefined;
    if (keep) await writeBackup(databaseUrl, keep);
    try {
      await migrateToBackup(databaseUrl, applied ?? [], header, log);
      await checkJobQueue(client, header);
      const rows = await replaceRows(client, lines, file);
      if (keep) log(`kept the data it replaced in ${path.relative(process.cwd(), keep)}`);
      return { rows };
    } catch (error) {
      // Nothing was replaced: the copy of what would have been is the database itself.
      if (keep) await rm(keep, { force: true });
      throw error;
    }
  } finally {
    await lines.return?.(undefined);
    await client.end();
  }
}
