import { Field, ObjectType } from 'type-graphql';
import { LIMITS } from '@tracklink/shared';
import { invalid } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
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
