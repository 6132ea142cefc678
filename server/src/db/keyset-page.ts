import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { connectionOf, decodeCursor, pageSize, type Connection } from '../core/pagination';
import { invalid } from '../core/errors';
import { isUuid } from '@tracklink/shared';

/** How a list is ordered for keyset paging: its sort column (then the id), and which way. */
export interface KeysetOrder {
  /** The query's alias of the table, e.g. `d`. */
  alias: string;
  /** The table, for the cursor's position, e.g. `drivers`. */
  table: string;
  /** The entity property sorted by, and its column. */
  property: string;
  column: string;
  direction: 'ASC' | 'DESC';
}

/**
 * One page of `qb` (already filtered) after the row of the `after` cursor, in `order` then by
 * id: `first` rows (1 to LIMITS.pageSize, default 20), the total over all pages, and whether
 * rows come before the page (the cursor's row or any before it still in the list).
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const { alias, table, property, column, direction } = order;
  const totalCount = await qb.clone().getCount();
  let hasPreviousPage = false;
  if (args.after) {
    const afterId = decodeCursor(args.after);
    if (!isUuid(afterId)) throw invalid('after', 'is not a cursor from this API');
    const key = `(${alias}.${property}, ${alias}.id)`;
    const position = `(SELECT x.${column}, x.id FROM ${table} x WHERE x.id = :afterId)`;
    const [beyond, upTo] = direction === 'ASC' ? ['>', '<='] : ['<', '>='];
    hasPreviousPage = await qb.clone().andWhere(`${key} ${upTo} ${position}`, { afterId }).getExists();
    qb.andWhere(`${key} ${beyond} ${position}`, { afterId });
  }
  const rows = await qb.orderBy(`${alias}.${property}`, direction).addOrderBy(`${alias}.id`, direction).take(limit + 1).getMany();
  return connectionOf(rows, limit, totalCount, hasPreviousPage);
}
