import { z } from '../validation/messages';

/** A link token as the addresses carry it (see newToken in tokens.ts); anything else opens nothing. */
export const linkTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
