import { LIMITS } from '@tracklink/shared';
import { invalid } from './errors';

/** A page of a keyset-paginated list, newest first (the shape of a GraphQL connection). */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Cursors are opaque to clients: the id of the last row seen, encoded. */
export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  if (!decoded.startsWith('c:')) throw invalid(field, 'is not a cursor from this API');
  return decoded.slice(2);
}

export function pageSize(first: number | null | undefined, field = 'first', fallback = 20): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.pageSize) {
    throw invalid(field, `must be from 1 to ${LIMITS.pageSize}`);
  }
  return first;
}

/**
 * The page of `limit` rows out of `rows` (fetched with one extra to tell whether more follow).
 * `hasPreviousPage`: whether the list holds rows before the page, i.e. at or before the `after`
 * cursor (false on the first page).
 */
export function connectionOf<T extends { id: string }>(rows: T[], limit: number, totalCount: number, hasPreviousPage = false): Connection<T> {
  const page = rows.slice(0, limit);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: {
      hasPreviousPage,
      hasNextPage: rows.length > limit,
      startCursor: page.length ? encodeCursor(page[0].id) : null,
      endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null,
    },
    totalCount,
  };
}
