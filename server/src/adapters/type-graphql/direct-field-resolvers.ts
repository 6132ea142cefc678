import { dirname, join } from 'node:path';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = ReturnType<typeof getMetadataStorage>['params'][number];

/** type-graphql's conversion of a root to a field's class, read by file path (the same module instance its own code requires). */
function typeGraphqlConvertToType(): (target: unknown, data: unknown) => unknown {
  const { convertToType } = require(join(dirname(require.resolve('type-graphql')), 'helpers', 'types.js'));
  if (typeof convertToType !== 'function') throw new Error("type-graphql's helpers/types no longer has convertToType: the direct field resolvers adapter needs updating");
  return convertToType;
}

/** The values of a method's parameters in order, from what graphql-js hands a resolver; null when a parameter is of a kind this does not pass. */
function argumentsOf(params: ParamMetadata[], convertToType: (target: unknown, data: unknown) => unknown) {
  const sorted = [...params].sort((a, b) => a.index - b.index);
  if (sorted.some((p, i) => p.index !== i)) return null;
  const getters: Array<(root: unknown, context: unknown, info: unknown) => unknown> = [];
  for (const p of sorted) {
    if (p.kind === 'context' && !p.propertyName) getters.push((_root, context) => context);
    else if (p.kind === 'info') getters.push((_root, _context, info) => info);
    else if (p.kind === 'root' && !p.propertyName) {
      // Read once: the schema is built, so the class the root is made an instance of is known.
      const type = p.getType?.();
      getters.push(type ? (root) => convertToType(type, root) : (root) => root);
    } else return null;
  }
  return getters;
}

/**
 * The schema with the field resolvers of `resolvers` that need nothing of type-graphql's
 * per-call machinery called directly: those whose parameters are only the whole `@Root()`,
 * the whole `@Ctx()` and `@Info()`, with no middleware and no `@Authorized` roles, in a schema
 * built without global middlewares. For each such call type-graphql builds its resolver data, looks the resolver
 * class's instance up in its container, sorts and maps the parameter list, and runs an empty
 * middleware chain; a list of 25 consignments with their orders, stops and links makes about
 * 125 such calls. The direct resolver calls the same method with the same values (the root
 * converted to the field's class as type-graphql converts it), on an instance of the class made
 * as type-graphql's default container makes it (`new`, no arguments: resolver classes here hold
 * no state, they take everything from the context). Every
 * other field, and every field a second resolver class also defines, keeps type-graphql's
 * resolver. `direct-field-resolvers.test.ts` checks the choice and the answers.
 */
export function withDirectFieldResolvers(schema: GraphQLSchema, resolvers: readonly Function[]): { schema: GraphQLSchema; direct: string[] } {
  const convertToType = typeGraphqlConvertToType();
  const storage = getMetadataStorage();
  const typeNames = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const candidates = new Map<string, FieldResolverMetadata | null>();
  for (const m of storage.fieldResolvers) {
    if (!resolvers.includes(m.target)) continue;
    const objectType = m.getObjectType?.();
    const typeName = objectType ? typeNames.get(objectType as Function) : undefined;
    if (!typeName) continue;
    const key = `${typeName}.${m.schemaName}`;
    candidates.set(key, candidates.has(key) ? null : m);
  }
  const direct = new Map<string, GraphQLFieldResolver<unknown, unknown>>();
  const instances = new Map<Function, Record<string, (...values: unknown[]) => unknown>>();
  for (const [key, m] of candidates) {
    if (!m || m.kind !== 'external' || m.roles !== undefined || (m.middlewares?.length ?? 0) > 0 || !m.params) continue;
    const getters = argumentsOf(m.params, convertToType);
    if (!getters) continue;
    let instance = instances.get(m.target);
    if (!instance) instances.set(m.target, (instance = new (m.target as new () => Record<string, (...values: unknown[]) => unknown>)()));
    const method = instance[m.methodName];
    if (typeof method !== 'function') continue;
    const [a, b] = getters;
    direct.set(
      key,
      getters.length === 1
        ? (root, _args, context, info) => method.call(instance, a(root, context, info))
        : getters.length === 2
          ? (root, _args, context, info) => method.call(instance, a(root, context, info), b(root, context, info))
          : (root, _args, context, info) => method.call(instance, ...getters.map((g) => g(root, context, info))),
    );
  }
  const replaced: string[] = [];
  const mapped = mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      const resolve = direct.get(`${typeName}.${fieldName}`);
      if (!resolve || Object.keys(config.args ?? {}).length) return config;
      replaced.push(`${typeName}.${fieldName}`);
      return { ...config, resolve };
    },
  });
  return { schema: mapped, direct: replaced.sort() };
}
