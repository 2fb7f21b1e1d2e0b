import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ESM build while Node gives type-graphql and Apollo the CommonJS one;
    // two copies of graphql refuse each other's schema objects.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/neo4jGlobalSetup.ts'],
    setupFiles: ['reflect-metadata'],
    // Integration files share one Neo4j; running them one after another keeps their data apart.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
