import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { env } from '../env';

// Without NEXTAUTH_SECRET (which next-auth needs in production), a key of this process only: its hashes are not
// shared with other processes, which only matters where there are several.
const key = env.NEXTAUTH_SECRET ?? randomBytes(32).toString('hex');

/**
 * HMAC-SHA-256 of a value someone could guess (an email address, a network address), keyed with the app's secret:
 * the database can match what it is asked for without holding the value, and a copy of it cannot be checked
 * against a list of addresses.
 */
export const keyedHash = (value: string) => createHmac('sha256', key).update(value).digest('hex');
