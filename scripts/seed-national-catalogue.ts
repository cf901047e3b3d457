/*
 * Loads a generated national-scale catalogue (demo data) into the configured database:
 *   npm run seed:national -- --seed 42 --institutions 64 --units 100000
 * Uses DATABASE_URL or DATA_DIR like the server; run `npm run migrate` first.
 */
import { parseArgs } from 'node:util';
import { loadNationalCatalogue } from '../src/catalog/seed/load-national.js';
import { loadConfig } from '../src/platform/config/config.js';
import { openConfiguredDatabase } from '../src/platform/db/open-configured.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '42' },
    institutions: { type: 'string', default: '64' },
    units: { type: 'string', default: '100000' },
  },
});
const config = loadConfig(process.env);
const database = await openConfiguredDatabase(config);
try {
  const report = await loadNationalCatalogue(
    database.db,
    {
      seed: Number(values.seed),
      institutions: Number(values.institutions),
      units: Number(values.units),
      today: new Date().toISOString().slice(0, 10),
    },
    (line) => console.log(line),
  );
  console.log(
    `Loaded ${report.institutions} institutions, ${report.units} units and ${report.offerings} offerings in ${report.seconds.toFixed(1)} s`,
  );
} finally {
  await database.close();
}
