import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Test files that replace a module with vi.mock need a module graph of their own; every other file shares its
// worker's modules with the files before it (isolate: false), which spares loading src/ and its libraries once per
// file: most command tests run the CLI in process.
const MOCKING = ['test/foundation/read-access.test.ts', 'test/assess/interactive.test.ts'];

export default defineConfig({
  test: {
    // Builds dist/ first when the sources have changed since it was built: the process and terminal tests run it.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // vitest's default is one worker fewer than the cores, one on two cores, where the main process sits mostly idle
    // while the tests run: two workers use both.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    env: { NO_COLOR: '1', FORCE_COLOR: '0', TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
