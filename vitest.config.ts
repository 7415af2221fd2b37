import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests by kind, one project per folder of tests/ (ARCHITECTURE.md, "tests/ and e2e/"):
// `npm test` runs each where it applies, and `site` only after the build it reads.
// The test files of unit, docs and site share their workers' module cache (isolate: false):
// they import the same large modules (Astro's markdown stack, linkedom, html-validate), and
// isolation more than doubled their time. So a test must not leave global state behind
// (mocks, stubbed globals, changed environment variables); the build project keeps isolation.
export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    projects: [
      // Pure tests of src/ and tools/: no build, no child process but git.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // The documents: CONTRIBUTING.md, ARCHITECTURE.md and the tree they describe.
      { extends: true, test: { name: 'docs', include: ['tests/docs/**/*.test.ts'], isolate: false } },
      // Astro builds and the check, spawned on copies of the project with fixtures laid over it.
      {
        extends: true,
        // A spawned build or check waits for its turn on a busy machine: the 5 s default is too short.
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 },
      },
      // Readers of the built dist/ and dist-base/: they fail when the build is missing.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], isolate: false } },
    ],
  },
});
