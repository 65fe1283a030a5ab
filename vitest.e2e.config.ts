import { defineConfig } from 'vitest/config';

// End-to-end layer: the built gadgets, installed by the real deploy code into a real
// MediaWiki 1.39 (Debian), driven in Debian's Chromium. One wiki for the whole run
// (test/e2e/harness/global-setup.ts); files run one after another (2-core machines,
// one browser per file). Add a test: drop a *.e2e.test.ts file into test/e2e/.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
