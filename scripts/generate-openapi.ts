/**
 * Writes the OpenAPI document (openapi.json) and the web client's types (web/src/api/schema.d.ts)
 * from the code. With --check it compares instead and fails when the committed copies drift.
 */
import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { buildApp } from '../src/app.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { allMigrations } from '../src/app.js';
import { loadConfig } from '../src/platform/config/config.js';

const check = process.argv.includes('--check');
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000' });
const database = await openDatabase({});
await migrateToLatest(database.db, allMigrations());
const app = await buildApp({ config, database, secretKey: 'openapi-generation-secret-0123456789abcdef', logger: false });
await app.ready();
const document = app.swagger() as Record<string, unknown>;
await app.close();
await database.close();

const json = await prettier.format(JSON.stringify(document), { parser: 'json', printWidth: 140 });
const types = await prettier.format(
  '/* Generated from openapi.json by `npm run openapi`; do not edit. */\n' + astToString(await openapiTS(document as never)),
  { parser: 'typescript', singleQuote: true, printWidth: 140 },
);
const outputs: Array<[string, string]> = [
  ['openapi.json', json],
  ['web/src/api/schema.d.ts', types],
];
let drift = false;
for (const [file, content] of outputs) {
  if (check) {
    const current = await readFile(file, 'utf8').catch(() => '');
    if (current !== content) {
      drift = true;
      console.error(`${file} is out of date with the code: run \`npm run openapi\` and commit the result.`);
    }
  } else {
    await writeFile(file, content);
    console.log(`wrote ${file}`);
  }
}
if (drift) process.exit(1);
if (check) console.log('OpenAPI document and web API types match the code.');
