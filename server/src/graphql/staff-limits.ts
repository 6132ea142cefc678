import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { LIMITS } from '@tracklink/shared';
import type { Principal } from '../core/scope';
import { Limit, type LimitStore } from '../limits/limiter';
import { rateLimitFields, stateOf, type PolicyState } from '../limits/rate-limit-fields';
import type { Context } from './context';
import { rateLimitedError } from './errors';

/**
 * What one staff operation may ask for. Sized from the admin console's own documents (the
 * largest: depth 8, no aliases, about 200 tokens, an answer of some 2,000 objects; a test
 * runs every one of them against these limits) with room for integrators.
 */
export const STAFF_LIMITS = {
  depth: 12,
  aliases: 10,
  directives: 10,
  tokens: 5000,
  /** Objects the answer may hold, estimated from the page sizes asked for (answerSize below). */
  answerSize: 20_000,
} as const;

/**
 * The size of lists the schema does not page, as the estimate assumes them: an order's
 * consignments can be a hundred, most lists are short.
 */
const LIST_SIZES: Record<string, number> = {
  'Order.consignments': 100,
  'Consignment.cargo': 20,
  'Consignment.palletScans': 50,
};
const DEFAULT_LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;
/** Scalars that take real work to make count as this many objects: a QR code is an image drawn per link. */
const COSTLY_SCALARS: Record<string, number> = {
  'TrackingLink.qrCode': 50,
};

/**
 * The objects an answer holds, estimated: every object field counts one per item, paged
 * fields (`first`) as many items as asked, other lists their assumed size. Scalars are free:
 * what costs memory and time is the number of objects resolved. So `order { consignments {
 * order { consignments … } } }` multiplies by a hundred per level and is refused long before
 * it runs.
 */
const answerSize: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const costly = COSTLY_SCALARS[`${type.name}.${field.name}`];
  if (costly !== undefined) return costly;
  // Introspection (development only) answers from the schema in memory.
  if (isLeafType(getNamedType(field.type)) || field.name.startsWith('__')) return 0;
  let items = 1;
  if (type.name.endsWith('Connection') && field.name === 'edges') items = 1; // counted on the connection
  else if (field.args.some((arg) => arg.name === 'first')) {
    const first = args.first;
    items = typeof first === 'number' && Number.isFinite(first) ? Math.min(Math.max(first, 0), LIMITS.pageSize) : DEFAULT_PAGE_SIZE;
  } else if (isListType(getNullableType(field.type))) {
    items = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  }
  return items * (1 + childComplexity);
};

/**
 * The estimated answer size of an operation (for tests and the checks below). Variables that
 * do not fit their definitions count as absent: execution refuses them before any resolver runs.
 */
export function answerSizeOf(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): number {
  return estimate(schema, document, variables, operationName) ?? 0;
}

/** The estimate, or null when the variables do not fit their definitions. */
function estimate(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string): number | null {
  try {
    return getComplexity({ schema, query: document, variables, operationName, estimators: [answerSize] });
  } catch {
    return null;
  }
}

/**
 * The variables an estimate reads: those inside a `first` argument (the page sizes) and inside
 * a directive's arguments (`@include(if: $x)`, `@skip`). Every other variable (a batch of
 * positions, an input object) leaves the estimate as it is.
 */
function sizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  let reading = 0;
  visit(document, {
    Argument: {
      enter: (node) => void (node.name.value === 'first' && reading++),
      leave: (node) => void (node.name.value === 'first' && reading--),
    },
    Directive: { enter: () => void reading++, leave: () => void reading-- },
    Variable: (node) => void (reading > 0 && names.add(node.name.value)),
    // A variable's definition (its default value) is no use of it.
    VariableDefinition: () => false,
  });
  return [...names].sort();
}

/**
 * Answer sizes of the documents Apollo keeps parsed (the same document object for the same
 * query text), by operation and the values of the variables the estimate reads. The estimate
 * coerces every variable first (graphql-query-complexity checks them against their
 * definitions), which for a batch of a hundred positions cost as much as executing it; the
 * answer does not depend on them, so a document is estimated once per page size asked for.
 * Only estimates whose variables fitted are kept.
 */
class AnswerSizes {
  private readonly byDocument = new WeakMap<DocumentNode, { variables: string[]; sizes: LRUCache<string, number> }>();

  constructor(private readonly schema: GraphQLSchema) {}

  of(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number {
    let entry = this.byDocument.get(document);
    if (!entry) {
      entry = { variables: sizeVariables(document), sizes: new LRUCache({ max: 64 }) };
      this.byDocument.set(document, entry);
    }
    // An absent variable ([]) and a null one ([null]) may estimate differently (defaults).
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => (variables && name in variables ? [variables[name]] : []))]);
    const known = entry.sizes.get(key);
    if (known !== undefined) return known;
    const size = estimate(this.schema, document, variables, operationName);
    if (size === null) return 0;
    entry.sizes.set(key, size);
    return size;
  }
}

/** Query texts longer than this are prechecked every time, not remembered (16 KB at most per text kept). */
const PRECHECKED_LENGTH = 16_384;

function answerTooLarge(size: number): GraphQLError {
  return new GraphQLError(
    `The answer would hold about ${size} objects, more than ${STAFF_LIMITS.answerSize}: ask for smaller pages or fewer nested lists`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
  );
}

/**
 * graphql-armor's depth, alias and directive limits (its static cost limit is off: it
 * multiplies only by literal `first` values, so variables escape it; the answer-size estimate
 * below counts them), tokens counted by the parser, field suggestions only for the signed in.
 */
export function staffArmor(schema: GraphQLSchema) {
  const armor = new ApolloArmor({
    maxDepth: { n: STAFF_LIMITS.depth },
    maxAliases: { n: STAFF_LIMITS.aliases },
    maxDirectives: { n: STAFF_LIMITS.directives },
    costLimit: { enabled: false },
    // Counted by the parser itself (parseOptions): armor's own check runs in a plugin hook,
    // where a syntax error becomes HTTP 500 instead of 400.
    maxTokens: { enabled: false },
    // Masked below, for callers without credentials only.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const validationRules: ValidationRule[] = armor.validationRules;

  const hideSuggestions = (message: string) => message.replace(/ ?Did you mean .+\?/g, '').trim();

  /** armor's rules alone: a few counters, so an oversized document is refused before graphql-js's own (costlier) rules run. */
  function armorErrors(document: DocumentNode): readonly GraphQLError[] {
    return validate(schema, document, validationRules);
  }

  /**
   * For the HTTP layer, before Apollo: a POSTed query over the depth, alias or directive
   * limits, as the errors to answer with (HTTP 400). graphql-js's rules (the overlap check
   * among them) take a hundred milliseconds over 200 aliases; these take one. Anything else
   * (syntax, the other rules) is left to Apollo.
   */
  function precheck(query: unknown): GraphQLFormattedError[] {
    if (typeof query !== 'string') return [];
    const known = query.length <= PRECHECKED_LENGTH ? prechecked.get(query) : undefined;
    if (known) return known;
    let document: DocumentNode;
    let errors: GraphQLFormattedError[];
    try {
      document = parse(query, { maxTokens: STAFF_LIMITS.tokens });
      errors = armorErrors(document).map((error) => ({ message: error.message, locations: error.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
    } catch {
      errors = [];
    }
    if (query.length <= PRECHECKED_LENGTH) prechecked.set(query, errors);
    return errors;
  }
  /**
   * The answers of precheck by query text: the same few documents come again and again (a
   * driver app's batch, the console's list), and the check depends on the text alone. Long
   * texts are checked every time rather than kept.
   */
  const prechecked = new LRUCache<string, GraphQLFormattedError[]>({ max: 1000 });

  /** Answer size and masked suggestions, for Apollo (HTTP). */
  const sizes = new AnswerSizes(schema);
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const size = sizes.of(document, request.variables, operationName ?? undefined);
          if (size > STAFF_LIMITS.answerSize) throw answerTooLarge(size);
        },
        async didEncounterErrors({ errors, contextValue }) {
          if (contextValue.principal) return;
          for (const error of errors) error.message = hideSuggestions(error.message);
        },
      };
    },
  };

  /**
   * The same checks for a graphql-ws subscribe message: parse (token limit), validate (the
   * rules above), answer size. Returns the document, or the errors to answer with.
   */
  function check(query: string, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined, signedIn: boolean): DocumentNode | readonly GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: STAFF_LIMITS.tokens });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    const limited = armorErrors(document);
    const errors = limited.length ? limited : validate(schema, document, specifiedRules);
    if (errors.length) {
      return signedIn ? errors : errors.map((e) => new GraphQLError(hideSuggestions(e.message), { nodes: e.nodes, extensions: e.extensions }));
    }
    const size = answerSizeOf(schema, document, variables ?? undefined, operationName ?? undefined);
    if (size > STAFF_LIMITS.answerSize) return [answerTooLarge(size)];
    return document;
  }

  return { validationRules, plugins: [...armor.plugins, plugin], parseOptions: { maxTokens: STAFF_LIMITS.tokens }, check, precheck };
}

/** Who a request counts against: the session, API key or driver; the address when signed out. */
export function requestKeyOf(principal: Principal | null, ip: string): string {
  switch (principal?.kind) {
    case 'user':
      return principal.sessionId ? `s:${principal.sessionId}` : `u:${principal.userId}`;
    case 'apiKey':
      return `k:${principal.apiKeyId}`;
    case 'driver':
      return `d:${principal.driverId}`;
    default:
      return `ip:${ip}`;
  }
}

/**
 * Staff requests per minute per session, API key or driver (per address when signed out),
 * over every replica when the limits are in Redis. Over the limit: RATE_LIMITED, HTTP 429 with
 * Retry-After.
 */
export class StaffRequestLimit {
  private readonly limit: Limit;

  constructor(store: LimitStore, perMinute: number) {
    this.limit = new Limit(store, { name: 'staff-requests', points: perMinute, durationSeconds: 60, blockInMemory: true });
  }

  /** Counts the request; where the caller then stands (policy "staff"), or RATE_LIMITED with it in its headers. */
  async check(principal: Principal | null, ip: string): Promise<PolicyState> {
    const verdict = await this.limit.hit(requestKeyOf(principal, ip));
    const state = stateOf('staff', this.limit, verdict);
    if (!verdict.allowed) {
      throw rateLimitedError(verdict.retryAfter, rateLimitFields([state]));
    }
    return state;
  }
}
