import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const localAdminEmail = 'admin@example.org';

/**
 * What `npm start` fills in when the variable is unset: the app's URL, a signing secret kept under `.data/`, and,
 * on the embedded database without an email service, a bootstrap admin and a local mailbox anyone may read
 * (so a newcomer can sign in on a fresh machine). A deployment sets these itself (see .env.example).
 */
export function localDefaults(options: { port: number; embedded: boolean; dataDir: string }): Record<string, string> {
  const defaults: Record<string, string> = {
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${options.port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(options.dataDir),
  };
  if (options.embedded && !process.env.RESEND_API_KEY) {
    defaults.ADMIN_EMAILS = process.env.ADMIN_EMAILS ?? localAdminEmail;
    defaults.LOCAL_MAILBOX = process.env.LOCAL_MAILBOX ?? 'open';
  }
  return defaults;
}

function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
