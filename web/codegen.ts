import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the admin console's operations, from the staff schema the server writes.
// Run `npm run codegen -w @tracklink/web` after a schema change; web/src/gql/ is checked in,
// so building the web app never needs the schema or this step.

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/features/admin/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTimeISO: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
