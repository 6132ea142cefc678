// Every test of the monorepo. Server tests run against a real PostgreSQL: TEST_DATABASE_URL
// when set, else an embedded cluster that the global setup starts. TypeScript is transpiled
// file by file (ts-jest, isolatedModules): type checking is `npm run typecheck`'s job.
const compilerOptions = {
  target: 'ES2022',
  module: 'commonjs',
  esModuleInterop: true,
  isolatedModules: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  useDefineForClassFields: false,
  sourceMap: true,
};
const ts = (extra = {}) => ['ts-jest', { tsconfig: { ...compilerOptions, ...extra }, diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests boot the real app; a slow CI machine gets room.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared/src'],
      transform: { '^.+\\.tsx?$': ts() },
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      // e2e: browser tests in Debian's Chromium against the real built app.
      roots: ['<rootDir>/server/src', '<rootDir>/server/test', '<rootDir>/e2e'],
      transform: { '^.+\\.tsx?$': ts() },
      moduleNameMapper: { '^@tracklink/shared$': '<rootDir>/shared/src/index.ts' },
      setupFiles: ['reflect-metadata'],
      // A test fails when two statements run at once on one pg client (server/test/one-query-per-client.ts).
      setupFilesAfterEnv: ['<rootDir>/server/test/one-query-per-client.ts'],
      globalSetup: '<rootDir>/server/test/global-setup.ts',
      globalTeardown: '<rootDir>/server/test/global-teardown.ts',
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/web/src'],
      // ts-jest, with Vite's import.meta.env written out (web/test/viteTransform.cjs).
      transform: { '^.+\\.tsx?$': ['<rootDir>/web/test/viteTransform.cjs', ts({ jsx: 'react-jsx', experimentalDecorators: false, emitDecoratorMetadata: false })[1]] },
      moduleNameMapper: {
        '^@tracklink/shared$': '<rootDir>/shared/src/index.ts',
        '\\.css$': '<rootDir>/web/test/styleStub.cjs',
      },
      setupFilesAfterEnv: ['<rootDir>/web/test/setupTests.ts'],
    },
    {
      // The server's render and the browser's hydration of the tracking page as its build runs
      // them: on Preact (web/vite.config.ts resolves React to preact/compat for that page).
      displayName: 'web-preact',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/web/src'],
      testMatch: ['**/features/tracking/hydration.test.tsx'],
      transform: {
        '^.+\\.tsx?$': ['<rootDir>/web/test/viteTransform.cjs', ts({ jsx: 'react-jsx', experimentalDecorators: false, emitDecoratorMetadata: false })[1]],
        '^.+\\.m?js$': '<rootDir>/web/test/esmTransform.cjs',
      },
      transformIgnorePatterns: ['/node_modules/(?!(preact|preact-render-to-string)/)'],
      moduleNameMapper: {
        '^@tracklink/shared$': '<rootDir>/shared/src/index.ts',
        '\\.css$': '<rootDir>/web/test/styleStub.cjs',
        '^react-dom/server$': 'preact-render-to-string',
        '^react-dom/client$': 'preact/compat/client',
        '^react-dom$': 'preact/compat',
        '^react/jsx(-dev)?-runtime$': 'preact/jsx-runtime',
        '^react$': '<rootDir>/web/test/preactAsReact.cjs',
      },
      setupFilesAfterEnv: ['<rootDir>/web/test/setupTests.ts'],
    },
  ],
};
