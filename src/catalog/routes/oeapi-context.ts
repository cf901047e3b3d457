import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../platform/index.js';
import { BadParameter } from '../domain/oeapi-query.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id, or a 400 naming the parameter when it is not a UUID (the specification requires UUIDs). */
export function uuidParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!uuidPattern.test(value)) throw new DomainError('catalog.oeapi-bad-parameter', `${name}: must be a UUID`, { parameter: name });
  return value.toLowerCase();
}

/** Turns a parameter mistake into the 400 problem that names it. */
export function asProblem(error: unknown): unknown {
  if (error instanceof BadParameter) {
    return new DomainError('catalog.oeapi-bad-parameter', error.message, { parameter: error.parameter });
  }
  return error;
}

/**
 * Makes the problem details of the OEAPI routes carry absolute `type` and `instance` URIs, as the
 * OEAPI's Problem schema (format uri) requires; the platform's own API keeps relative ones.
 */
export function absoluteProblems(publicUrl: string) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('application/problem+json') || typeof payload !== 'string') return payload;
    try {
      const problem = JSON.parse(payload) as Record<string, unknown>;
      if (typeof problem['type'] === 'string' && problem['type'].startsWith('/')) problem['type'] = `${publicUrl}${problem['type']}`;
      problem['instance'] = `${publicUrl}${request.url.split('?')[0] ?? '/'}`;
      return JSON.stringify(problem);
    } catch {
      return payload;
    }
  };
}

/** A response body that is JSON text already (stored documents), sent as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * Gives a 200 answer a strong ETag (a hash of the body) and answers a request whose If-None-Match
 * names it with 304 and no body, so that harvesters that poll a page pay nothing for an unchanged one.
 */
export function withEtag(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string') return payload;
  const etag = `"${createHash('sha1').update(payload).digest('base64url')}"`;
  reply.header('etag', etag);
  const wanted = request.headers['if-none-match'];
  if (wanted && wanted.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    reply.code(304);
    return '';
  }
  return payload;
}
