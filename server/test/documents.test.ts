import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import * as documents from './documents';

// The shared documents are checked against the published schemas, so a typo in one fails here,
// by name, rather than as an error in whichever test sends it first.

const root = path.resolve(__dirname, '..', '..');
const schemaOf = (file: string): GraphQLSchema => buildSchema(fs.readFileSync(path.join(root, file), 'utf8'));
const PUBLIC = new Set(['TRACKING_PAGE', 'ORDER_TRACKING_PAGE', 'PAGE_TYPENAME', 'TRACKING_UPDATES', 'POSITION_UPDATES']);

const named: Array<[string, { text: string }]> = [];
for (const [name, value] of Object.entries<unknown>(documents)) {
  if (typeof value === 'object' && value !== null && 'text' in value && typeof value.text === 'string') named.push([name, { text: value.text }]);
}

it('has documents to check', () => {
  expect(named.length).toBeGreaterThan(30);
  expect(named.filter(([name]) => PUBLIC.has(name))).toHaveLength(PUBLIC.size);
});

describe.each([
  ['schema.graphql', named.filter(([name]) => !PUBLIC.has(name))],
  ['schema.public.graphql', named.filter(([name]) => PUBLIC.has(name))],
])('documents for %s', (file, docs) => {
  const schema = schemaOf(file);
  it.each(docs)('%s is valid', (_name, document) => {
    expect(validate(schema, parse(document.text)).map((e) => e.message)).toEqual([]);
  });
});
