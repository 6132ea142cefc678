/**
 * SQL statements per request, exactly: `n` requests one after another, and the difference of
 * the process's statement counter (the product's counting TypeORM logger, or the floor's own
 * count) divided by `n`. Nothing else runs meanwhile, so nothing else is counted.
 */
export async function statementsPerRequest(proc, n, request) {
  const before = await proc.call('queries');
  for (let i = 0; i < n; i++) await request(i);
  return ((await proc.call('queries')) - before) / n;
}
