import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the resolver's own field (e.g.
 * `['edges', 'node']` of a connection), through fragments and inline fragments, whatever their
 * aliases. For a resolver that reads ahead what the rows will need; `@include`/`@skip` are not
 * weighed (a field they leave out is at most read for nothing).
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    forEachField(info, sets, (field, set) => {
      if (field === name && set) next.push(set);
    });
    sets = next;
  }
  const names = new Set<string>();
  forEachField(info, sets, (field) => names.add(field));
  return names;
}

function forEachField(info: GraphQLResolveInfo, sets: SelectionSetNode[], visit: (name: string, set: SelectionSetNode | undefined) => void, seen = new Set<string>()): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') visit(selection.name.value, selection.selectionSet);
      else if (selection.kind === 'InlineFragment') forEachField(info, [selection.selectionSet], visit, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) forEachField(info, [fragment.selectionSet], visit, seen);
      }
    }
  }
}
