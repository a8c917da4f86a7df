import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    env: { NO_COLOR: '1', FORCE_COLOR: '0', TZ: 'UTC' },
  },
});
