import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most test files share their worker's modules with the files before it (isolate: false), which spares loading src/
// and its libraries once per file: most command tests run the CLI in process. A file gets a process of its own when
// it replaces a module with vi.mock, or makes a jsdom window: jsdom copies the process's globals into the window, and a
// global that a library of another file added is missing in the window's realm ("Iterator is not defined").
const ISOLATED = [
  'test/foundation/read-access.test.ts',
  'test/assess/interactive.test.ts',
  'test/foundation/table-script.test.ts',
  'test/foundation/mermaid-gantt.test.ts',
  'test/foundation/overview-respondents.test.ts',
];

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
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
