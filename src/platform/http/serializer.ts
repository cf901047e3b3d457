import { isDeepStrictEqual } from 'node:util';
import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { InvalidSchemaError, ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';

/*
 * Every answer leaves through a serializer compiled from its route's zod response schema (converted
 * to JSON Schema) with fast-json-stringify: only the documented fields go out, in the documented
 * shape, about four times cheaper than validating with zod and then calling JSON.stringify (ADR
 * 0057). With validation on (everywhere but production, and in every test), each answer is also
 * checked against the zod schema and the fast serializer's output compared with zod's: a handler that
 * breaks its schema, or a schema the fast serializer reads differently, fails there and not in
 * production.
 */

/** A route's response schema as the zod type provider hands it over (the schema itself, or wrapped in `properties`). */
type RouteSchema = z.ZodType | { properties: z.ZodType };

function zodSchemaOf(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  if (typeof schema === 'object' && schema !== null && 'properties' in schema && schema.properties instanceof z.ZodType) {
    return schema.properties;
  }
  throw new InvalidSchemaError(JSON.stringify(schema));
}

/** The fast serializer of one zod schema. Throws when the schema has no JSON Schema form fast-json-stringify can compile. */
export function compileFastSerializer(schema: z.ZodType): (data: unknown) => string {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJsonStringify(json as Parameters<typeof fastJsonStringify>[0]);
}

/**
 * The platform's response serializer compiler. Each route's serializer is compiled on its first
 * answer, so that start-up does not pay for routes nobody calls. With `validate`, an answer that
 * does not match its schema, or that the fast serializer renders differently from zod, throws a
 * ResponseSerializationError (a 500 problem for the client).
 */
export function responseSerializerCompiler(options: { readonly validate: boolean }): FastifySerializerCompiler<RouteSchema> {
  return ({ schema: routeSchema, method, url }) => {
    const schema = zodSchemaOf(routeSchema);
    let fast: ((data: unknown) => string) | undefined;
    return (data) => {
      fast ??= compileFastSerializer(schema);
      if (!options.validate) return fast(data);
      const checked = z.safeEncode(schema, data);
      if (checked.error) throw new ResponseSerializationError(method, url, { cause: checked.error });
      const out = fast(data);
      const expected: unknown = JSON.parse(JSON.stringify(checked.data));
      if (!isDeepStrictEqual(JSON.parse(out), expected)) {
        const cause = new z.ZodError([
          {
            code: 'custom',
            path: [],
            input: data,
            message: `the fast serializer renders ${out.slice(0, 300)} where zod gives ${JSON.stringify(expected).slice(0, 300)}`,
          },
        ]);
        throw new ResponseSerializationError(method, url, { cause });
      }
      return out;
    };
  };
}
