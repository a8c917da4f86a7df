import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ first when the sources have changed since it was built: many tests run the built CLI.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { NO_COLOR: '1', FORCE_COLOR: '0', TZ: 'UTC' },
  },
});
