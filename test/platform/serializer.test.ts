import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registeredRoutes } from '../../src/platform/http/server.js';
import { compileFastSerializer, responseSerializerCompiler } from '../../src/platform/http/serializer.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/*
 * Answers go out through fast-json-stringify compiled from the routes' zod schemas. These tests
 * hold it to what zod would send: the same JSON for every kind of schema the platform uses, unknown
 * fields left out, and (with validation on) an answer that breaks its schema refused.
 */

const item = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string().nullable(),
  note: z.string().optional(),
  level: z.number().int().min(1).max(4),
  price: z.number(),
  tags: z.array(z.string()),
  kind: z.enum(['course', 'learning_component']),
  flags: z.record(z.string(), z.boolean()),
  when: z.iso.datetime(),
  anything: z.unknown(),
  either: z.union([z.object({ a: z.literal('a'), n: z.number() }), z.object({ a: z.literal('b'), s: z.string() })]),
  nested: z.object({ list: z.array(z.object({ v: z.number().nullable() })) }).nullable(),
});
const schema = z.object({ total: z.number().int(), items: z.array(item), page: z.number().optional() });

const sample: z.input<typeof schema> = {
  total: 2,
  items: [
    {
      id: '0b6a1b1e-7f6d-4a59-9d0c-3f3d2c1b0a99',
      title: 'Zorg "thuis" \u2014 niveau 3\n',
      summary: null,
      level: 3,
      price: 1250.5,
      tags: ['bol', 'bbl'],
      kind: 'course',
      flags: { online: true, hybride: false },
      when: '2026-12-05T10:00:00.000Z',
      anything: { free: ['form', 1, null] },
      either: { a: 'b', s: 'x' },
      nested: { list: [{ v: 1 }, { v: null }] },
    },
    {
      id: '1c7b2c2f-8a7e-4b6a-8e1d-4a4e3d2c1b00',
      title: 'Keuzedeel',
      summary: 'Kort',
      note: 'met noot',
      level: 1,
      price: 0,
      tags: [],
      kind: 'learning_component',
      flags: {},
      when: '2027-01-01T00:00:00.000Z',
      anything: 'tekst',
      either: { a: 'a', n: 7 },
      nested: null,
    },
  ],
};

describe('the fast response serializer', () => {
  it('writes the same JSON as zod does, for every kind of field', () => {
    const fast = compileFastSerializer(schema);
    expect(JSON.parse(fast(sample))).toEqual(JSON.parse(JSON.stringify(z.encode(schema, sample))));
  });

  it('leaves out fields the schema does not name, also in nested objects', () => {
    const fast = compileFastSerializer(schema);
    const leaky = { ...sample, secret: 'x', items: sample.items.map((i) => ({ ...i, passwordHash: 'y' })) };
    const out = fast(leaky);
    expect(out).not.toContain('secret');
    expect(out).not.toContain('passwordHash');
  });

  describe('inside a server', () => {
    const server = (validate: boolean, answer: unknown) => {
      const app = Fastify().withTypeProvider<ZodTypeProvider>();
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(responseSerializerCompiler({ validate }));
      app.get('/x', { schema: { response: { 200: schema } } }, () => answer as z.infer<typeof schema>);
      return app;
    };

    it('refuses an answer that breaks its schema when validation is on', async () => {
      const app = server(true, { ...sample, total: 'two' });
      const response = await app.inject({ url: '/x' });
      expect(response.statusCode).toBe(500);
      await app.close();
    });

    it('sends a valid answer unchanged with validation on and off', async () => {
      for (const validate of [true, false]) {
        const app = server(validate, sample);
        const response = await app.inject({ url: '/x' });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual(JSON.parse(JSON.stringify(sample)));
        await app.close();
      }
    });
  });
});

describe('every route of the platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(async () => t.close());

  it('has response schemas that compile to a fast serializer', () => {
    const failures: string[] = [];
    let compiled = 0;
    for (const route of registeredRoutes(t.app))
      for (const [status, response] of Object.entries(route.responses)) {
        if (!(response instanceof z.ZodType)) continue;
        try {
          compileFastSerializer(response);
          compiled += 1;
        } catch (error) {
          failures.push(`${route.method} ${route.url} ${status}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    expect(failures).toEqual([]);
    expect(compiled).toBeGreaterThan(100);
  });
});
