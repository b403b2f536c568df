import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../lib/generated/prisma/enums';
import { actionAccess, pageAccess, routeAccess, type Access } from '../support/access-table';
import { discoveredPages, discoveredRouteHandlers, projectRoot, serverActionFiles } from '../support/routes';
import { createTestDatabase } from '../support/test-database';

const actingAs = new AsyncLocalStorage<string | null>();
vi.mock('next-auth', () => ({
  getServerSession: async () => {
    const userId = actingAs.getStore();
    return userId ? { user: { id: userId } } : null;
  },
}));
vi.mock('next-intl/server', () => import('../support/english-translations'));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.1' }) }));

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const userIds = {} as Record<Role, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  for (const role of ['REVIEWER', 'ORGANIZER', 'ADMIN'] as const) {
    userIds[role] = (await database.db.user.create({ data: { email: `${role.toLowerCase()}@authorization.test`, role } })).id;
  }
});
afterAll(async () => {
  await (await import('../../lib/db')).db.$disconnect();
  await database?.drop();
});

describe('the access table', () => {
  it('has an entry for every page, and no entry for a page that does not exist', () => {
    expect(discoveredPages()).toEqual(Object.keys(pageAccess).sort());
  });

  it('has an entry for every route handler, and no entry for one that does not exist', () => {
    expect(discoveredRouteHandlers()).toEqual(Object.keys(routeAccess).sort());
  });

  it('has an entry for every exported server action, and no entry for one that does not exist', async () => {
    const exported: string[] = [];
    for (const file of serverActionFiles()) {
      const module = (await import(path.join(projectRoot, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        expect(typeof value, `${file}#${name} is exported from a 'use server' file`).toBe('function');
        exported.push(`${file}#${name}`);
      }
    }
    expect(exported.sort()).toEqual(Object.keys(actionAccess).sort());
  });
});

const rolesBelow = (minimum: Role): Role[] => (['REVIEWER', 'ORGANIZER', 'ADMIN'] as const).slice(0, ['REVIEWER', 'ORGANIZER', 'ADMIN'].indexOf(minimum));

type ActionResult = { ok?: boolean; message?: string; errors?: Record<string, string[]> };
const actionNamed = async (entry: string) => {
  const [file, name] = entry.split('#') as [string, string];
  const module = (await import(path.join(projectRoot, file))) as Record<string, (...input: unknown[]) => Promise<ActionResult>>;
  return module[name]!;
};
const isRole = (access: Access): access is Role => access !== 'PUBLIC' && access !== 'LINK_TOKEN';
const storedRows = () => Promise.all([database.db.auditLog.count(), database.db.subscriber.count(), database.db.subscriberToken.count()]);

describe('every server action open to anyone or to a link token', () => {
  for (const [entry, access] of Object.entries(actionAccess).filter(([, access]) => !isRole(access))) {
    it(`${entry} refuses an empty form and changes nothing`, async () => {
      const before = await storedRows();
      const result = await (await actionNamed(entry))(undefined, {});
      expect(result.ok).toBeUndefined();
      expect(result.message).toMatch(access === 'LINK_TOKEN' ? /no longer works/ : /need your attention/);
      expect(await storedRows()).toEqual(before);
    });

    if (access === 'LINK_TOKEN') {
      it(`${entry} refuses an unknown link token`, async () => {
        const result = await (await actionNamed(entry))(undefined, { token: 'x'.repeat(43) });
        expect(result.message).toMatch(/no longer works/);
      });
    }
  }
});

describe('every workspace server action', () => {
  for (const [entry, minimum] of Object.entries(actionAccess).filter((row): row is [string, Role] => isRole(row[1]))) {
    const call = async (userId: string | null) => {
      const action = await actionNamed(entry);
      return actingAs.run(userId, () => action({}));
    };

    it(`${entry} refuses visitors who are not signed in, and changes nothing`, async () => {
      const auditEntries = await database.db.auditLog.count();
      const result = await call(null);
      expect(result.ok).toBeUndefined();
      expect(result.message).toMatch(/session has ended/);
      expect(await database.db.auditLog.count()).toBe(auditEntries);
    });

    for (const role of rolesBelow(minimum)) {
      it(`${entry} refuses a ${role.toLowerCase()} (needs ${minimum.toLowerCase()})`, async () => {
        const result = await call(userIds[role]);
        expect(result.ok).toBeUndefined();
        expect(result.message).toMatch(/role does not allow/);
      });
    }
  }
});
