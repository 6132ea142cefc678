import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Alias, type Plugin, type UserConfig } from 'vite';

/** The API server (`npm run dev -w @tracklink/server`) that the dev server proxies to. */
const API_TARGET = 'http://localhost:4000';
const WEB_ROOT = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes dist/.vite/chunk-modules.json: the source modules in each emitted chunk. The manifest
 * names only entries, so scripts/check-bundle.mjs reads this to prove that the public page's
 * chunks hold no admin code, router or Apollo Client.
 */
function chunkModules(): Plugin {
  return {
    name: 'tracklink:chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, string[]> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.keys(output.modules).map((id) =>
          path.isAbsolute(id) ? path.relative(WEB_ROOT, id).split(path.sep).join('/') : id,
        );
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: `${JSON.stringify(chunks, null, 2)}\n` });
    },
  };
}

/** What is worth compressing: text. Images (PNG) and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const MIN_COMPRESS_BYTES = 1024;

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every text file of
 * the build, once, at build time; the server sends the one the browser accepts
 * (express-static-gzip) without compressing anything per request. Small files are left as
 * they are, and so is any copy that would not be smaller.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'tracklink:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName) || fileName.startsWith('.vite/')) continue;
        const file = path.join(outDir, fileName);
        const source = fs.readFileSync(file);
        if (source.length < MIN_COMPRESS_BYTES) continue;
        const br = brotliCompressSync(source, {
          params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length },
        });
        const gz = gzipSync(source, { level: 9 });
        if (br.length < source.length) fs.writeFileSync(`${file}.br`, br);
        if (gz.length < source.length) fs.writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

/**
 * The public tracking page runs on Preact (preact/compat in React's place): the same components,
 * rendered on the server by preact-render-to-string and hydrated by Preact, about 50 kB (brotli)
 * less for a phone to download, parse and run than react-dom. Only the page's own builds
 * (`--mode tracking` and the server's `--ssr` one) resolve React to it; the admin console and
 * the app shell stay on React.
 */
const PREACT: Alias[] = [
  { find: /^react-dom\/server$/, replacement: 'preact-render-to-string' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx(-dev)?-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/** The build that writes the tracking page's scripts (`vite build --mode tracking`). */
const TRACKING_MODE = 'tracking';

export default defineConfig(({ isSsrBuild, mode }): UserConfig => {
  const trackingPage = mode === TRACKING_MODE;
  return {
    base: '/',
    plugins: isSsrBuild ? [react()] : trackingPage ? [react(), chunkModules(), precompress()] : [react(), precompress()],
    resolve: {
      alias: [
        // Only the parts of Leaflet our maps use, from its sources (src/map/leaflet.js).
        { find: /^leaflet$/, replacement: fileURLToPath(new URL('./src/map/leaflet.js', import.meta.url)) },
        // shared is plain TypeScript: bundle it from source so web never needs shared/dist.
        // Exact match only, so a future subpath import fails loudly instead of resolving wrongly.
        {
          find: /^@tracklink\/shared$/,
          replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
        },
        ...(isSsrBuild || trackingPage ? PREACT : []),
      ],
    },
    server: {
      proxy: {
        // Admin API (HTTP + graphql-ws subscriptions).
        '/graphql': { target: API_TARGET, ws: true },
        // Public tracking API (HTTP + graphql-ws subscriptions).
        '/public/graphql': { target: API_TARGET, ws: true },
        '/healthz': { target: API_TARGET },
      },
    },
    // The server's half of the tracking page (`vite build --ssr src/tracking.server.tsx`) carries
    // Preact and everything else it needs: the server loads one CommonJS file and no web package.
    ssr: { noExternal: true, target: 'node' },
    // …in its production build only, as the browser's is.
    define: isSsrBuild ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    build: isSsrBuild
      ? {
          outDir: 'dist/server',
          emptyOutDir: true,
          minify: true,
          rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
        }
      : trackingPage
        ? {
            // Beside the console's build (which runs first and empties dist/).
            outDir: 'dist',
            emptyOutDir: false,
            // .vite/manifest.json maps the page's entry to its hashed files, for the server to
            // write its tags (server/src/http/tracking-page.ts) and check-bundle to weigh them.
            manifest: true,
            rolldownOptions: {
              // The server-rendered tracking page's own entry, which hydrates it (the server
              // writes that page's HTML).
              input: { tracking: path.join(WEB_ROOT, 'src/tracking.tsx') },
              // The generated documents of the public page (src/gql-public/) are `new TypedDocumentString(…)`:
              // pure, so a fragment's own document, which nothing sends, is left out of the bundle.
              treeshake: { manualPureFunctions: ['TypedDocumentString'] },
              output: {
                codeSplitting: {
                  groups: [
                    // Preact, which the map's chunk shares with the entry, in a chunk of its own
                    // (else it would go with the map, and the entry would wait for Leaflet).
                    { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
                    // Leaflet and the map pieces, one chunk (the page loads it after its text).
                    { name: 'map', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]|src[\\/]map[\\/]|src[\\/]features[\\/]tracking[\\/]TrackingMap\.tsx$/ },
                  ],
                },
              },
            },
          }
        : {
            outDir: 'dist',
            emptyOutDir: true,
            // The console's manifest, under a name of its own: .vite/manifest.json is the
            // tracking page's (above).
            manifest: '.vite/manifest.console.json',
            rolldownOptions: {
              // The admin console and the app shell (index.html), which also shows a tracking
              // page where it is not server-rendered (the dev server, a failed render), on React.
              input: { index: path.join(WEB_ROOT, 'index.html') },
              treeshake: { manualPureFunctions: ['TypedDocumentString'] },
              output: {
                codeSplitting: {
                  groups: [
                    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
                    { name: 'map', test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/]|src[\\/]map[\\/]|src[\\/]features[\\/]tracking[\\/]TrackingMap\.tsx$/ },
                  ],
                },
              },
            },
          },
  };
});
