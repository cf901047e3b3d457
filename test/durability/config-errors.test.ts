import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { Cleanup, freePort, mainScript, serverEnv, spawnTsx, tempDir } from './harness.js';

/** A bad setting, and the variable the one line on stderr must name. */
interface BadSetting {
  readonly case: string;
  readonly env: Record<string, string>;
  readonly names: string;
}

const badSettings: readonly BadSetting[] = [
  { case: 'PORT=abc', env: { PORT: 'abc' }, names: 'PORT' },
  { case: 'PORT=70000', env: { PORT: '70000' }, names: 'PORT' },
  { case: 'DATABASE_URL=mysql://x', env: { DATABASE_URL: 'mysql://x' }, names: 'DATABASE_URL' },
  { case: 'NODE_ENV=production without OIDC_ISSUER', env: { NODE_ENV: 'production' }, names: 'OIDC_ISSUER' },
  {
    case: 'NODE_ENV=production without SECRET_KEY',
    env: {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://idp.example.org',
      OIDC_CLIENT_ID: 'doorpakken',
      PUBLIC_URL: 'https://doorpakken.example.org',
    },
    names: 'SECRET_KEY',
  },
  { case: 'NODE_ENV=staging', env: { NODE_ENV: 'staging' }, names: 'NODE_ENV' },
  { case: 'LOG_LEVEL=loud', env: { LOG_LEVEL: 'loud' }, names: 'LOG_LEVEL' },
  { case: 'SECRET_KEY shorter than 32 characters', env: { SECRET_KEY: 'too-short' }, names: 'SECRET_KEY' },
  { case: 'OIDC_ISSUER without OIDC_CLIENT_ID', env: { OIDC_ISSUER: 'https://idp.example.org' }, names: 'OIDC_CLIENT_ID' },
];

const stackTrace = /^\s+at\s|\.ts:\d+|\.js:\d+|node:internal/m;

describe('starting the server with a bad setting', () => {
  it.concurrent.for(badSettings)('stops with one line naming the variable, for $case', { timeout: 30_000 }, async (bad, { expect }) => {
    const cleanup = new Cleanup();
    try {
      const dataDir = join(await tempDir(cleanup, 'config'), 'data');
      const child = spawnTsx(cleanup, mainScript, serverEnv(await freePort(), { DATA_DIR: dataDir, ...bad.env }));
      const exit = await child.waitForExit(20_000);

      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(1);
      const stderr = child.stderr();
      expect(stderr.endsWith('\n'), JSON.stringify(stderr)).toBe(true);
      const lines = stderr.trimEnd().split('\n');
      expect(lines, JSON.stringify(stderr)).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${bad.names} `));
      expect(stderr).not.toMatch(stackTrace);
      expect(child.stdout()).toBe('');
      // It stopped before touching the disk.
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await cleanup.run();
    }
  });

  it('stops with one line and no stack trace when the database cannot be reached', { timeout: 30_000 }, async ({ expect }) => {
    const cleanup = new Cleanup();
    try {
      const dataDir = await tempDir(cleanup, 'config');
      const unreachable = 'postgres://postgres@127.0.0.1:1/doorpakken';
      const child = spawnTsx(cleanup, mainScript, serverEnv(await freePort(), { DATA_DIR: dataDir, DATABASE_URL: unreachable }));
      const exit = await child.waitForExit(20_000);

      expect(exit).toEqual({ code: 1, signal: null });
      const lines = child.stderr().trimEnd().split('\n');
      expect(lines, child.stderr()).toHaveLength(1);
      expect(lines[0]).toMatch(/^Start-up failed: .*ECONNREFUSED/);
      expect(child.stderr()).not.toMatch(stackTrace);
    } finally {
      await cleanup.run();
    }
  });
});
