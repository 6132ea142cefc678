import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server (`npm run dev -w @tracklink/server`) that the dev server proxies to. */
const API_TARGET = 'http://localhost:4000';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: [
      // shared is plain TypeScript: bundle it from source so web never needs shared/dist.
      // Exact match only, so a future subpath import fails loudly instead of resolving wrongly.
      {
        find: /^@tracklink\/shared$/,
        replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
      },
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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json maps source entries to hashed files, for the server to serve.
    manifest: true,
  },
});
