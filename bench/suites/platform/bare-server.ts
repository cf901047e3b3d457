/*
 * The floor under the authenticated read: a bare node:http server that answers
 * GET /api/institutions/:id with the same statement through the same driver and pool size, and
 * nothing else (no framework, authentication, validation, rate limit, headers or logging). Measured
 * beside the platform, it shows what HTTP alone costs on the machine, so that the API/direct ratio
 * can be read against it. Benchmark code only; never part of the platform.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { institutionQuery } from './direct.js';

const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) });
const prefix = '/api/institutions/';

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  if (url === '/ready') {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
    return;
  }
  if (!url.startsWith(prefix)) {
    response.writeHead(404).end();
    return;
  }
  const id = url.slice(prefix.length);
  pool
    .query<Record<string, unknown>>({ name: 'institution', text: institutionQuery, values: [id] })
    .then(({ rows: [row] }) => {
      if (!row) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.stringify({
        id: row['id'],
        code: row['code'],
        name: row['name'],
        shortName: row['short_name'],
        city: row['city'],
        website: row['website'],
        contactEmail: row['contact_email'],
        isDemo: row['is_demo'],
        updatedAt: (row['updated_at'] as Date).toISOString(),
      });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    })
    .catch(() => response.writeHead(500).end());
});
server.listen(Number(process.env['PORT']), process.env['HOST'] ?? '127.0.0.1');
process.once('SIGTERM', () => {
  server.close();
  void pool.end();
});
