import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { GraphQLUnionType, type GraphQLFieldResolver, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';

/**
 * type-graphql makes every union's `resolveType` and every field resolver that takes arguments
 * asynchronous (it resolves arguments with `await`, validation on or off). Where a schema needs
 * plain synchronous ones — compiled execution takes only synchronous `resolveType`s, and a
 * subscription result that is ready at once reaches every open page in the same turn — this
 * gives a copy of the schema with those replaced, through graphql-tools' schema mapping rather
 * than by writing into the built types. Each replacement must mean the same as what it replaces.
 */
export function withSynchronousResolvers(
  schema: GraphQLSchema,
  replacements: {
    unions?: Record<string, GraphQLTypeResolver<unknown, unknown>>;
    subscriptionFields?: Record<string, GraphQLFieldResolver<unknown, unknown>>;
  },
): GraphQLSchema {
  const unions = replacements.unions ?? {};
  const fields = replacements.subscriptionFields ?? {};
  for (const name of Object.keys(unions)) {
    if (!(schema.getType(name) instanceof GraphQLUnionType)) throw new Error(`no union ${name} in the schema`);
  }
  for (const name of Object.keys(fields)) {
    if (!schema.getSubscriptionType()?.getFields()[name]) throw new Error(`no subscription field ${name} in the schema`);
  }
  return mapSchema(schema, {
    [MapperKind.UNION_TYPE]: (type) => {
      return Object.hasOwn(unions, type.name) ? new GraphQLUnionType({ ...type.toConfig(), resolveType: unions[type.name] }) : type;
    },
    [MapperKind.SUBSCRIPTION_ROOT_FIELD]: (config, fieldName) => {
      return Object.hasOwn(fields, fieldName) ? { ...config, resolve: fields[fieldName] } : config;
    },
  });
}
