// Every test of the monorepo. Server tests run against a real PostgreSQL: TEST_DATABASE_URL
// when set, else an embedded cluster that the global setup starts.
const swc = {
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
  module: { type: 'commonjs', ignoreDynamic: true },
  sourceMaps: 'inline',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'shared',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared/src'],
      transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
    },
    {
      displayName: 'server',
      testEnvironment: 'node',
      // e2e: browser tests in Debian's Chromium against the real built app.
      roots: ['<rootDir>/server/src', '<rootDir>/server/test', '<rootDir>/e2e'],
      transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
      moduleNameMapper: { '^@tracklink/shared$': '<rootDir>/shared/src/index.ts' },
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/server/test/global-setup.ts',
      globalTeardown: '<rootDir>/server/test/global-teardown.ts',
      testTimeout: 30_000,
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/web/src'],
      transform: {
        '^.+\\.(t|j)sx?$': [
          '@swc/jest',
          {
            jsc: {
              target: 'es2022',
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
            },
            module: { type: 'commonjs' },
            sourceMaps: 'inline',
          },
        ],
      },
      moduleNameMapper: {
        '^@tracklink/shared$': '<rootDir>/shared/src/index.ts',
        '\\.css$': '<rootDir>/web/test/styleStub.cjs',
      },
      setupFilesAfterEnv: ['<rootDir>/web/test/setupTests.ts'],
    },
  ],
};
