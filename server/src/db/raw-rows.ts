import { createHash } from 'node:crypto';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Reads of hot lists without TypeORM's entity hydration: a statement selects an entity's
 * columns under its property names (`c.tenant_id AS "tenantId"`), so node-pg's rows are the
 * entities' plain shape as they come (dates as `Date`, jsonb parsed, numeric as text — the
 * same values TypeORM would set). A row is a plain object, not an instance of the class.
 */
const selects = new Map<unknown, Map<string, string>>();
const columns = new Map<unknown, ReadonlyArray<readonly [column: string, property: string]>>();

/** The entity's columns, as (column name, property name) pairs. */
export function columnsOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>): ReadonlyArray<readonly [column: string, property: string]> {
  let pairs = columns.get(entity);
  if (!pairs) columns.set(entity, (pairs = ds.getMetadata(entity).columns.map((c) => [c.databaseName, c.propertyName] as const)));
  return pairs;
}

/** `alias.column AS "property", …` for every column of `entity` (computed once per entity and alias). */
export function selectColumns(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  let byAlias = selects.get(entity);
  if (!byAlias) selects.set(entity, (byAlias = new Map()));
  let select = byAlias.get(alias);
  if (!select) {
    select = columnsOf(ds, entity)
      .map(([column, property]) => `${alias}.${column} AS "${property}"`)
      .join(', ');
    byAlias.set(alias, select);
  }
  return select;
}

const compiled = new Map<string, { text: string; names: string[] }>();

/**
 * A statement written with named parameters (`:tenantId`, as the modules' shared fragments
 * are) as node-pg takes it: `$1`, `$2` … in order of first use, and the values in that order.
 * `::type` casts are left alone. The compiled text is kept per statement text (a list has a
 * handful of shapes), so a request only orders its values.
 */
export function positional(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  let c = compiled.get(sql);
  if (!c) {
    const names: string[] = [];
    const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_, name: string) => {
      let i = names.indexOf(name);
      if (i < 0) i = names.push(name) - 1;
      return `$${i + 1}`;
    });
    c = { text, names };
    if (compiled.size < 1_000) compiled.set(sql, c);
  }
  return {
    text: c.text,
    values: c.names.map((name) => {
      if (!Object.hasOwn(params, name)) throw new Error(`no value for the parameter :${name}`);
      return params[name];
    }),
  };
}

const names = new Map<string, string>();

/** A name for a prepared statement of this text, the same for the same text in any process. */
export function preparedName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `raw.${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (names.size < 1_000) names.set(text, name);
  }
  return name;
}

/**
 * The rows, made instances of the entity class in place, without running its constructor:
 * type-graphql hands a field resolver's root to it as an instance, and copies any other object
 * into a new one (for every field resolver of every row) before calling it. node-pg makes each
 * row a fresh object of one shape per statement, so the prototype change is one cached map
 * transition (a third of the cost of copying the row into a new instance).
 */
export function asInstances<T extends object>(entity: abstract new () => T, rows: object[]): T[] {
  const proto = entity.prototype as object;
  for (const row of rows) Object.setPrototypeOf(row, proto);
  return rows as T[];
}

/** An instant as the text `Date#toISOString` writes (UTC, milliseconds, `Z`): what the API sends of it. */
export const isoText = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** An instant as milliseconds since 1970, the value node-pg's Date of it holds (microseconds dropped). */
export const epochMs = (column: string): string => `floor(extract(epoch FROM ${column}) * 1000)::float8`;

const isInstant = (ds: DataSource, entity: EntityTarget<ObjectLiteral>): Map<string, boolean> =>
  new Map(ds.getMetadata(entity).columns.map((c) => [c.databaseName, c.type === 'timestamptz' || c.type === 'timestamp with time zone']));

const textSelects = new Map<unknown, Map<string, string>>();

/**
 * As `selectColumns`, with the instants (timestamptz columns) as ISO text (`isoText`) instead of
 * `Date`s: for rows whose times only go back out through the API, whose DateTimeISO sends such
 * text as it is. Nothing is parsed into a Date on the way.
 */
export function selectColumnsAsText(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, only?: ReadonlySet<string>): string {
  let byAlias = textSelects.get(entity);
  if (!byAlias) textSelects.set(entity, (byAlias = new Map()));
  const key = only ? `${alias}\u0000${[...only].sort().join(',')}` : alias;
  let select = byAlias.get(key);
  if (!select) {
    const instant = isInstant(ds, entity);
    select = columnsOf(ds, entity)
      .filter(([, property]) => !only || only.has(property))
      .map(([column, property]) => `${instant.get(column) ? isoText(`${alias}.${column}`) : `${alias}.${column}`} AS "${property}"`)
      .join(', ');
    if (byAlias.size < 1_000) byAlias.set(key, select);
  }
  return select;
}

/**
 * What each GraphQL field of an entity's type reads of it, for the fields that are not simply
 * the property of their own name (a field resolver's inputs): field name → properties.
 */
export type FieldReads = Readonly<Record<string, readonly string[]>>;

const propertySets = new Map<unknown, ReadonlySet<string>>();

/**
 * The properties of `entity` a statement must read for a query that shows `fields` of its
 * type: a field named in `reads` needs the properties listed there, any other field the
 * property of its own name, and `always` are read whatever is asked. Undefined (every column)
 * as soon as a field is neither: a field whose inputs are not declared is never handed a row
 * without them.
 */
export function propertiesFor(
  ds: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  fields: Iterable<string>,
  reads: FieldReads,
  always: readonly string[],
): ReadonlySet<string> | undefined {
  let own = propertySets.get(entity);
  if (!own) propertySets.set(entity, (own = new Set(columnsOf(ds, entity).map(([, property]) => property))));
  const out = new Set(always);
  for (const field of fields) {
    if (field === '__typename') continue;
    if (Object.hasOwn(reads, field)) for (const property of reads[field]) out.add(property);
    else if (own.has(field)) out.add(field);
    else return undefined;
  }
  return out;
}

const jsonObjects = new Map<unknown, Map<string, string>>();

/**
 * `json_build_object('property', alias.column, …)` of the columns of `entity` (those of the
 * properties in `only` when given), instants as ISO text, for a row read inside another
 * statement's row (json_agg of a child's rows). The JSON holds the same values node-pg would
 * make of the columns for the types the entities use (text, uuid, integers, double precision,
 * boolean, jsonb, arrays), except the instants (text, as above). Not for numeric or bytea
 * columns, which JSON would change. `extra` adds keys of its own (key → SQL expression).
 */
export function jsonObjectOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string, only?: ReadonlySet<string>, extra: Record<string, string> = {}): string {
  let byAlias = jsonObjects.get(entity);
  if (!byAlias) jsonObjects.set(entity, (byAlias = new Map()));
  const extras = Object.entries(extra);
  const key = `${alias}\u0000${only ? [...only].sort().join(',') : '*'}\u0000${JSON.stringify(extras)}`;
  let object = byAlias.get(key);
  if (!object) {
    const metadata = ds.getMetadata(entity);
    const unsafe = metadata.columns.filter((c) => c.type === 'numeric' || c.type === 'bytea' || c.type === 'bigint');
    if (unsafe.length) throw new Error(`jsonObjectOf: ${metadata.name}.${unsafe[0].propertyName} would not read back the same from JSON`);
    const instant = isInstant(ds, entity);
    object = `json_build_object(${columnsOf(ds, entity)
      .filter(([, property]) => !only || only.has(property))
      .map(([column, property]) => `'${property}', ${instant.get(column) ? isoText(`${alias}.${column}`) : `${alias}.${column}`}`)
      .concat(extras.map(([name, expression]) => `'${name}', ${expression}`))
      .join(', ')})`;
    if (byAlias.size < 1_000) byAlias.set(key, object);
  }
  return object;
}
