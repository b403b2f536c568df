import { defineConfig } from 'prisma/config';

// The CLI does not load .env by itself; scripts/migrate.ts applies migrations offline.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/postgres' },
});
