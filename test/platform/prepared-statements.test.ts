import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresDatabase } from '../../src/platform/db/database.js';
import { StatementNames } from '../../src/platform/db/prepared-statements.js';

describe('statement names', () => {
  it('names a statement only once it has run three times, always by the same name', () => {
    const names = new StatementNames();
    expect(names.nameOf('select 1')).toBeUndefined();
    expect(names.nameOf('select 1')).toBeUndefined();
    const name = names.nameOf('select 1');
    expect(name).toMatch(/^dp_[A-Za-z0-9_-]{40}$/);
    expect(names.nameOf('select 1')).toBe(name);
    expect(names.nameOf('select 2')).toBeUndefined();
    expect(names.size).toBe(1);
  });

  it('gives at most 256 statements a name', () => {
    const names = new StatementNames();
    for (let i = 0; i < 300; i += 1) for (let run = 0; run < 3; run += 1) names.nameOf(`select ${i}`);
    expect(names.size).toBe(256);
    expect(names.nameOf('select 299')).toBeUndefined();
    expect(names.nameOf('select 0')).toMatch(/^dp_/);
  });
});

const url = process.env['TEST_DATABASE_URL'];

describe.skipIf(!url)('prepared statements on PostgreSQL', () => {
  const database = postgresDatabase(new pg.Pool({ connectionString: url, max: 1 }));
  afterAll(() => database.close());

  it('prepares a repeated statement on the connection and answers it like an unnamed one', async () => {
    const answers: unknown[] = [];
    for (let run = 0; run < 5; run += 1) {
      const { rows } = await sql<{ n: number; twice: number }>`select ${run}::int as n, ${run}::int * 2 as twice`.execute(database.db);
      answers.push(rows[0]);
    }
    expect(answers).toEqual([0, 1, 2, 3, 4].map((n) => ({ n, twice: n * 2 })));
    const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements where name like 'dp\_%'`.execute(
      database.db,
    );
    expect(rows.map((r) => r.statement)).toContain('select $1::int as n, $2::int * 2 as twice');
  });
});
