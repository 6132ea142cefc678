import fs from 'node:fs';
import path from 'node:path';

/**
 * The admin console's list document ("query Consignments" with its ConsignmentRow fragment) and
 * page size, read from the web app's source so that the benchmarks ask what the console asks.
 */
export function consoleListQuery(root) {
  const source = fs.readFileSync(path.join(root, 'web/src/features/admin/consignments/consignmentsQuery.ts'), 'utf8');
  const docs = [...source.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1].trim());
  const query = docs.find((d) => d.startsWith('query Consignments'));
  const fragment = docs.find((d) => d.startsWith('fragment ConsignmentRow'));
  if (!query || !fragment) throw new Error('the console list query or its ConsignmentRow fragment was not found in consignmentsQuery.ts');
  return { text: `${query}\n${fragment}`, pageSize: Number(/PAGE_SIZE = (\d+)/.exec(source)?.[1] ?? 25) };
}
