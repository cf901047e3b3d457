import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['test/browser/**', 'node_modules/**', 'dist/**'],
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // One Chromium and one server for the whole project, used by one file at a time.
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 60_000,
          // A page answers within a second when the machine is idle, not always while the whole suite runs.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
