import { LRUCache } from 'lru-cache';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

export type ParsedOperation = DocumentNode | readonly GraphQLError[];

/**
 * Parsed and validated documents by their text. Every open tracking page subscribes with the
 * same text, so its document is parsed and validated once and all subscriptions share it,
 * instead of each keeping its own syntax tree (several kilobytes) for as long as the page is
 * open. Documents that fail are answered with their errors and not kept; the cache is small
 * and least-recently-used, so a client sending many different texts only evicts its own.
 */
export function createDocumentCache(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  options: { maxTokens: number; max?: number },
): { operation(text: string): ParsedOperation; readonly parsed: number } {
  const cache = new LRUCache<string, DocumentNode>({ max: options.max ?? 32 });
  let parsed = 0;
  const operation = (text: string): ParsedOperation => {
    const cached = cache.get(text);
    if (cached) return cached;
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: options.maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    parsed++;
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return errors;
    cache.set(text, document);
    return document;
  };
  return {
    operation,
    /** Documents parsed so far (for tests and metrics). */
    get parsed() {
      return parsed;
    },
  };
}
