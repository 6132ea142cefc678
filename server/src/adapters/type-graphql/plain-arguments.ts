import { dirname, join } from 'node:path';
import { Arg, getMetadataStorage, type ArgOptions } from 'type-graphql';

type ReturnTypeFunc = Parameters<typeof Arg>[1];

/**
 * `@PlainArg(name, type, options)`: an argument declared exactly as `@Arg` declares it (the
 * same name, GraphQL type, description and deprecation in the schema), whose value reaches the
 * resolver as graphql-js (or the compiled query) coerced it: plain objects, already checked
 * against the input type (every required field there, every value of its field's type). What
 * it skips is type-graphql's conversion, which rebuilds every input object as an instance of
 * its class (the field list rebuilt, with a linear search of the metadata, for each element)
 * and then awaits a validation step even with validation off. For a batch of a hundred
 * positions that was a good part of the request. The resolver must not rely on the class: no
 * methods, no `instanceof`, no class-validator decorators (an argument with `validate`
 * options or a `validateFn` is refused when decorated).
 *
 * type-graphql has no option for this. The parameters of a resolver are resolved by its
 * internal `getParams` (resolvers/helpers), which its handler resolvers call through the
 * module's exports on every call; this wraps that function once, and for the resolvers that
 * have a plain argument, passes everything else through type-graphql's own `getParams` and
 * puts the argument's value as coerced in its place. `plain-arguments.test.ts` exercises the
 * wrapping directly: a type-graphql upgrade that moves or changes `getParams` fails there.
 */
export function PlainArg(name: string, returnTypeFunc: ReturnTypeFunc, options: ArgOptions = {}): ParameterDecorator {
  if (options.validate !== undefined || options.validateFn !== undefined) {
    throw new Error(`@PlainArg('${name}'): a plain argument is not validated by type-graphql; check it in the resolver or use @Arg`);
  }
  const declare = Arg(name, returnTypeFunc, options);
  return (prototype, propertyKey, parameterIndex) => {
    declare(prototype, propertyKey as string, parameterIndex);
    const params = getMetadataStorage().params;
    const param = params[params.length - 1];
    if (!param || param.kind !== 'arg' || param.name !== name || param.index !== parameterIndex || param.methodName !== propertyKey) {
      throw new Error(`@PlainArg('${name}'): type-graphql did not record the argument where this adapter reads it`);
    }
    installGetParams();
    plainParams.add(param);
  };
}

type ParamMetadata = ReturnType<typeof getMetadataStorage>['params'][number];
type GetParams = (params: ParamMetadata[], resolverData: { args: Record<string, unknown> }, ...rest: unknown[]) => unknown[] | Promise<unknown[]>;

/** The argument definitions made by `@PlainArg`. */
const plainParams = new WeakSet<ParamMetadata>();

/** The names of a resolver method's arguments made by `@PlainArg`. */
export function plainArgumentsOf(target: Function, methodName: string): string[] {
  return getMetadataStorage()
    .params.filter((p) => p.target === target && p.methodName === methodName && plainParams.has(p))
    .map((p) => (p as { name: string }).name);
}

/**
 * Per resolver (its params array, which type-graphql keeps for the schema's life): null when
 * it has no plain argument, else its other params, and for each position of the resolver's
 * parameters, either the name of a plain argument or null (the next value of the others).
 */
const plans = new WeakMap<ParamMetadata[], { others: ParamMetadata[]; order: Array<string | null> } | null>();

function planOf(params: ParamMetadata[]) {
  let plan = plans.get(params);
  if (plan === undefined) {
    const sorted = [...params].sort((a, b) => a.index - b.index);
    plan = sorted.some((p) => plainParams.has(p))
      ? { others: sorted.filter((p) => !plainParams.has(p)), order: sorted.map((p) => (plainParams.has(p) ? (p as { name: string }).name : null)) }
      : null;
    plans.set(params, plan);
  }
  return plan;
}

/** type-graphql's resolvers/helpers module, as its own resolvers load it. */
export function typeGraphqlHelpers(): { getParams: GetParams } {
  // The package's exports map offers only its root; its internals are read by file path (the
  // same file, so the same module instance, that type-graphql's own code requires).
  return require(join(dirname(require.resolve('type-graphql')), 'resolvers', 'helpers.js'));
}

const WRAPPED = Symbol.for('tracklink.plainArguments');

function installGetParams(): void {
  const helpers = typeGraphqlHelpers();
  const original = helpers.getParams as GetParams & { [WRAPPED]?: true };
  if (typeof original !== 'function') throw new Error("type-graphql's resolvers/helpers no longer has getParams: the plain-arguments adapter needs updating");
  if (original[WRAPPED]) return;
  const getParams: GetParams & { [WRAPPED]?: true } = (params, resolverData, ...rest) => {
    const plan = planOf(params);
    if (!plan) return original(params, resolverData, ...rest);
    const merge = (values: unknown[]) => {
      const out = new Array<unknown>(plan.order.length);
      let j = 0;
      for (let i = 0; i < plan.order.length; i++) {
        const name = plan.order[i];
        out[i] = name === null ? values[j++] : resolverData.args[name];
      }
      return out;
    };
    const values = plan.others.length ? original(plan.others, resolverData, ...rest) : [];
    return Array.isArray(values) ? merge(values) : values.then(merge);
  };
  getParams[WRAPPED] = true;
  helpers.getParams = getParams;
}
