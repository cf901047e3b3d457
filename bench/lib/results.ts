import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatForRepository } from './prettier-format.js';
import type { SuiteResultFile } from './suite.js';

/** Keeps three decimals (a microsecond, for milliseconds): finer digits are noise and bloat the diff. */
function roundNumbers(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value;
}

/** Writes bench/results/<suite>.json through a temporary file, so that an interrupted run never leaves half a file. */
export async function writeResultFile(dir: string, result: SuiteResultFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${result.suite}.json`);
  const temporary = join(dir, `${result.suite}.tmp.json`);
  await writeFile(temporary, await formatForRepository(file, JSON.stringify(result, roundNumbers)));
  await rename(temporary, file);
  return file;
}

/** Every results file in `dir` (temporary ones excluded), sorted by suite name. */
export async function readResultFiles(dir: string): Promise<SuiteResultFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((name) => name.endsWith('.json') && !name.endsWith('.tmp.json')).sort();
  const results: SuiteResultFile[] = [];
  for (const name of files) results.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as SuiteResultFile);
  return results.sort((a, b) => a.suite.localeCompare(b.suite));
}
