import { defineConfig } from 'vitest/config';

// Two fast layers: pure engines in Node (unit) and DOM glue in jsdom (dom).
// The end-to-end layer against a real MediaWiki has its own config (vitest.e2e.config.ts).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['test/dom/**/*.test.{ts,tsx}'], environment: 'jsdom' } },
    ],
  },
});
