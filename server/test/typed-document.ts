// GraphQL documents that carry the types of their result and of their variables, written by
// hand beside the text (no code generation). Values never go into the text: they travel as
// variables, so one document serves every test and GraphQL checks their types.

/** Variables of a document that declares none. */
export type NoVariables = Record<string, never>;

export interface TypedDocument<TData, TVariables = NoVariables> {
  readonly text: string;
  /** Only for the type checker: never set. */
  readonly __types?: { data: TData; variables: TVariables };
}

export type DataOf<D> = D extends TypedDocument<infer TData, unknown> ? TData : never;
export type VariablesOf<D> = D extends TypedDocument<unknown, infer TVariables> ? TVariables : never;

/** A document whose result is `TData` and whose variables are `TVariables`. */
export function doc<TData, TVariables = NoVariables>(text: string): TypedDocument<TData, TVariables> {
  return { text };
}

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; field?: string; reason?: string };
}

/** A GraphQL response as it came, with the HTTP status. */
export interface GqlResult<TData> {
  data?: TData | null;
  errors?: GqlError[];
  status: number;
}

export class GraphqlErrors extends Error {
  constructor(readonly errors: GqlError[]) {
    super(`GraphQL errors: ${JSON.stringify(errors)}`);
  }
}

/** The data of a result, or a failure naming its errors. */
export function dataOf<TData>(result: GqlResult<TData>): TData {
  if (result.errors?.length) throw new GraphqlErrors(result.errors);
  if (result.data == null) throw new Error(`GraphQL answered ${result.status} with no data`);
  return result.data;
}

/** POSTs a document to a GraphQL endpoint, as a client of the API does. */
export async function postGraphql<TData, TVariables>(
  url: string,
  document: TypedDocument<TData, TVariables>,
  variables: NoInfer<TVariables>,
  token?: string | null,
): Promise<GqlResult<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.text, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<TData>, 'status'>;
  return { ...body, status: res.status };
}
