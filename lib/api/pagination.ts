/**
 * Keyset pagination in the order (updatedAt, id): stable while paging, and an item changed meanwhile moves to
 * the end, so a client that follows `next` to the last page sees every change.
 */
export type Cursor = { updatedAt: Date; id: string };

export function encodeCursor({ updatedAt, id }: Cursor): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString('base64url');
}

/** The cursor, or null when the text is not one this API gave out. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 2) return null;
  const [at, id] = value as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !/^[\w.-]{1,200}$/.test(id)) return null;
  const updatedAt = new Date(at);
  if (Number.isNaN(updatedAt.getTime()) || updatedAt.toISOString() !== at) return null;
  return { updatedAt, id };
}

export type PageQuery = { limit: number; cursor?: Cursor; updatedSince?: Date };

export const pageOrder = [{ updatedAt: 'asc' }, { id: 'asc' }] as const;

/** Prisma `where` conditions for one page (combine with the endpoint's own filters). */
export function pageConditions({ cursor, updatedSince }: PageQuery) {
  return [
    ...(updatedSince ? [{ updatedAt: { gte: updatedSince } }] : []),
    ...(cursor ? [{ OR: [{ updatedAt: { gt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }] }] : []),
  ];
}

/** Query `limit + 1` rows; this keeps `limit` of them and says where the next page starts, if there is one. */
export function splitPage<Row extends Cursor>(rows: Row[], limit: number): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: encodeCursor(page.at(-1)!) };
}

/** The address of the next page: the same request with the cursor replaced. */
export function nextPageUrl(requestUrl: URL, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const next = new URL(requestUrl);
  next.searchParams.set('cursor', nextCursor);
  return next.toString();
}
