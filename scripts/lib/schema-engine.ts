import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { logError } from '../../lib/safe-log.mjs';

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

/**
 * Node cannot import the package's `.wasm` ESM entry directly, so the module is instantiated here by hand
 * (see STACK-NOTES): the JS glue is given to the module as its import, then the module to the glue.
 */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message: (message: string) => logError(`schema engine panic: ${message}`),
    };
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': engineGlue as unknown as WebAssembly.ModuleImports });
    const glue = engineGlue as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils
const charMarker = '\u0000pg-char';

type QueryResultLike = { fields?: { dataTypeID: number; name: string }[] };

/**
 * The engine reads catalog columns of PostgreSQL's one-byte type "char" (pg_constraint.contype…) and wants
 * them typed as characters, but the pg adapter rejects that type. The pool reports such columns as text
 * with a marker on their name, and the adapter's queryRaw (below) turns them back into character columns.
 */
function catalogFriendlyPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const markCharColumns = (value: QueryResultLike | QueryResultLike[]) => {
    for (const part of Array.isArray(value) ? value : [value]) {
      for (const field of part?.fields ?? []) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_TEXT_OID;
        field.name += charMarker;
      }
    }
    return value;
  };
  Object.assign(pool, {
    query: (...args: unknown[]) => {
      const result = query(...args);
      return result instanceof Promise ? result.then(markCharColumns) : result;
    },
  });
  return pool;
}

/**
 * Adapters for the schema engine. The pg adapter runs a migration script one `;`-separated statement at a time
 * outside any transaction, so a failing migration would leave half of it applied (and a `;` inside a string or
 * function body would break it). Sending the whole script as one simple query makes PostgreSQL run it atomically.
 */
class SchemaEngineAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';

  /** The engine reports a failed script as an opaque "external error"; this keeps PostgreSQL's own words. */
  lastScriptError: Error | undefined;

  /** Every pool this factory opened, ended when the engine session closes (the engine does not dispose them). */
  readonly pools: pg.Pool[];

  constructor(
    private readonly databaseUrl: string,
    pools: pg.Pool[] = [],
  ) {
    this.pools = pools;
  }

  async connect() {
    const pool = catalogFriendlyPool(this.databaseUrl);
    this.pools.push(pool);
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        this.lastScriptError = error as Error;
        throw error;
      }
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query) => {
      const result = await queryRaw(query);
      result.columnNames.forEach((name, index) => {
        if (!name.endsWith(charMarker)) return;
        result.columnNames[index] = name.slice(0, -charMarker.length);
        result.columnTypes[index] = CHARACTER_COLUMN;
      });
      return result;
    };
    return adapter;
  }

  async connectToShadowDb() {
    const main = await this.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    await main.executeScript(`CREATE DATABASE "${name}"`);
    const shadowUrl = new URL(this.databaseUrl);
    shadowUrl.pathname = `/${name}`;
    const shadow = await new SchemaEngineAdapterFactory(shadowUrl.toString(), this.pools).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await disposeShadow();
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await main.dispose();
    };
    return shadow;
  }
}

export type EngineSession = { engine: SchemaEngine; lastScriptError: () => Error | undefined; close: () => Promise<void> };

export async function openSchemaEngine(databaseUrl: string, schemaPath: string): Promise<EngineSession> {
  await loadWasm();
  const factory = new SchemaEngineAdapterFactory(databaseUrl);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const datamodel = await readFile(schemaPath, 'utf8');
  const engine = await engineGlue.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, adapter);
  return {
    engine,
    lastScriptError: () => factory.lastScriptError,
    close: async () => {
      engine.free();
      await Promise.all(factory.pools.map((pool) => pool.end().catch(() => {})));
    },
  };
}
