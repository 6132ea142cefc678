import path from 'node:path';
import madge from 'madge';

/**
 * The layering of server/src, checked on its imports (type-only ones included): no cycles, a
 * core that knows no transport, a domain that knows no GraphQL or HTTP, and library internals
 * only in their adapter folders. docs/architecture.md states the rules.
 */
const SRC = path.join(__dirname, '..', 'src');
let graph: Record<string, string[]>;
let circular: string[][];

beforeAll(async () => {
  const result = await madge(SRC, {
    fileExtensions: ['ts'],
    excludeRegExp: [/\.test\.ts$/],
    tsConfig: path.join(__dirname, '..', 'tsconfig.json'),
  });
  graph = result.obj();
  circular = result.circular();
}, 60_000);

/** Files (relative to server/src) matching `from` that import a file matching `to`. */
function importsOf(from: RegExp, to: RegExp): string[] {
  return Object.entries(graph).flatMap(([file, deps]) => (from.test(file) ? deps.filter((d) => to.test(d)).map((d) => `${file} → ${d}`) : []));
}

describe('server/src imports', () => {
  it('read the whole tree', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(graph['services.ts']).toEqual(expect.arrayContaining(['modules/consignments/consignment.service.ts']));
  });

  it('have no cycle anywhere', () => {
    expect(circular).toEqual([]);
  });

  it('keep core/ free of everything but itself and @tracklink/shared', () => {
    expect(importsOf(/^core\//, /^(?!core\/|\.\.\/\.\.\/shared\/)/)).toEqual([]);
  });

  it('keep services, entities, listeners and domain events free of GraphQL and HTTP', () => {
    const domain = /^(modules\/.*\.(service|entity|listener|sql|validation)\.ts|modules\/.*\/(own-child|link-expiry|link-context|tracking-view|visibility|update-stream|live-tracking|order\.search|login-throttle|password-policy)\.ts|events\/.*|bus\/.*|limits\/.*)$/;
    expect(importsOf(domain, /^(graphql|http)\//)).toEqual([]);
  });

  it('keep the GraphQL layer from serving HTTP itself', () => {
    expect(importsOf(/^graphql\//, /^http\//)).toEqual([]);
  });

  it('keep what only the public endpoint uses out of the staff side', () => {
    expect(importsOf(/^graphql\/(?!public\/)/, /^graphql\/public\//).filter((edge) => !edge.startsWith('graphql/print-schemas.ts'))).toEqual([]);
  });
});

describe('library internals', () => {
  // Where the code relies on more than a library's documented API, it lives in adapters/<library>
  // (exact versions pinned in server/package.json, each adapter with its own tests).
  const sources = () => Object.keys(graph);
  const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
  const read = (file: string) => fs.readFileSync(path.join(SRC, file), 'utf8');

  it.each([
    ['graphql-jit', /from 'graphql-jit'/, 'adapters/graphql-jit/'],
    ['@apollo/server-gateway-interface', /from '@apollo\/server-gateway-interface'/, 'adapters/graphql-jit/'],
    ['graphql-ws frames', /MessageType/, 'adapters/graphql-ws/'],
    ['@graphql-tools/utils (type-graphql output)', /from '@graphql-tools\/utils'/, 'adapters/type-graphql/'],
    ["TypeORM's pool", /driver as unknown|\.master\b/, 'adapters/typeorm/'],
    ["type-graphql's metadata and internal modules", /getMetadataStorage|require\.resolve\('type-graphql'\)/, 'adapters/type-graphql/'],
  ])('%s only in its adapter', (_library, pattern, folder) => {
    const outside = sources().filter((file) => !file.startsWith(folder) && pattern.test(read(file)));
    expect(outside).toEqual([]);
  });

  it('are pinned exactly', () => {
    const pkg = JSON.parse(read('../package.json')) as { dependencies: Record<string, string> };
    for (const library of ['graphql-jit', '@apollo/server', '@apollo/server-gateway-interface', 'graphql-ws', 'ws', 'type-graphql', '@graphql-tools/utils', 'typeorm', 'pg']) {
      expect([library, pkg.dependencies[library]]).toEqual([library, expect.stringMatching(/^\d+\.\d+\.\d+(-[\w.]+)?$/)]);
    }
  });
});
