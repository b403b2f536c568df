import 'server-only';
import { z } from 'zod';

const emailList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email({ error: 'ADMIN_EMAILS must be a comma-separated list of email addresses' })));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgresql:// URL' }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  NEXTAUTH_URL: z.url().default('http://localhost:3000'),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters').optional(),
  ADMIN_EMAILS: emailList,
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'RESEND_WEBHOOK_SECRET must be the signing secret Resend shows for the webhook (whsec_...)')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Kazakhstan solidarity <alerts@localhost>'),
  LOCAL_MAILBOX: z.enum(['open', 'admins']).default('admins'),
  SIGN_IN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  EMAIL_REQUESTS_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(2),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
  WORKER_STALE_AFTER_SECONDS: z.coerce.number().int().min(3).default(60),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HUMAN_CHECK: z.enum(['on', 'off']).default('on'),
  // Read by lib/cache/page-cache-handler.mjs (plain JavaScript, loaded by Next); checked here at start.
  CACHE_INVALIDATION: z.enum(['local', 'postgres']).default('local'),
  PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).default(256),
  // Read by scripts/web-server.mjs (lib/security/client-address.mjs); checked here at start.
  TRUSTED_PROXY_HOPS: z.string().regex(/^\d$/, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 9').default('0').transform(Number),
});

function parseEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}. See .env.example.`);
  }
  return parsed.data;
}

export const env = parseEnv();
