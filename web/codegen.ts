import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the web app's operations, from the two schemas the server writes: the staff schema
// for the admin console (web/src/gql/) and the public schema for the public tracking page
// (web/src/gql-public/), so the two sets of types never mix.
// Run `npm run codegen -w @tracklink/web` after a schema change; both folders are checked in,
// so building the web app never needs the schemas or this step.

const scalars = { DateTimeISO: 'string' };

const config: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      schema: '../schema.graphql',
      documents: ['src/features/admin/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
    // What Apollo Client's cache needs to match fragments on interfaces and unions
    // (e.g. SectionChoices), from the same schema, so it cannot drift from it.
    './src/gql/possibleTypes.ts': {
      schema: '../schema.graphql',
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
    // The public page must stay small and carries no GraphQL client: its documents are
    // plain strings (TypedDocumentString) and everything else here is types.
    './src/gql-public/': {
      schema: '../schema.public.graphql',
      documents: ['src/features/tracking/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        scalars,
        documentMode: 'string',
        pureMagicComment: true,
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
      },
    },
  },
};

export default config;
