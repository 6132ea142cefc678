import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { MapperKind, mapSchema } from '@graphql-tools/utils';

/**
 * The schema with descriptions on its root operation types (Query, Mutation, Subscription),
 * which type-graphql builds without one. Everything else is kept as it is.
 */
export function withRootDescriptions(schema: GraphQLSchema, descriptions: Partial<Record<'Query' | 'Mutation' | 'Subscription', string>>): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) => {
      const description = descriptions[type.name as keyof typeof descriptions];
      return description ? new GraphQLObjectType({ ...type.toConfig(), description }) : type;
    },
  });
}
