import { LIMITS } from '@tracklink/shared';
import { invalid } from './errors';

/** A page of a keyset-paginated list, newest first (the shape of a GraphQL connection). */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasPreviousPage: boolean; hasNextPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * A page whose total is counted only when asked for: `count()` counts every matching row,
 * `count(cap)` at most `cap` of them (on a large tenant the first is a scan of them all).
 */
export interface CountedPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: Connection<T>['pageInfo'];
  count(cap?: number | null): Promise<number>;
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
export function pageOf<T extends { id: string }>(rows: T[], limit: number, hasPreviousPage = false): Omit<Connection<T>, 'totalCount'> {
  const page = rows.slice(0, limit);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: {
      hasPreviousPage,
      hasNextPage: rows.length > limit,
      startCursor: page.length ? encodeCursor(page[0].id) : null,
      endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null,
    },
  };
}

/** The page of `limit` rows out of `rows`, with its total. */
export function connectionOf<T extends { id: string }>(rows: T[], limit: number, totalCount: number, hasPreviousPage = false): Connection<T> {
  return { ...pageOf(rows, limit, hasPreviousPage), totalCount };
}
