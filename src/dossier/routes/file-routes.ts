import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, requirePerson, type ZodApp } from '../../platform/index.js';
import { inlineMediaTypes } from '../domain/file-types.js';
import type { DossierEnv } from '../env.js';
import { renderImagePreview } from '../render-image-preview.js';
import { findFile, type FileRow } from '../store/files.js';
import { uploadFile } from '../upload-file.js';

export const fileJson = z.object({
  id: z.uuid(),
  name: z.string(),
  mediaType: z.string().describe('The type read from the bytes'),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});

export function toFileJson(row: FileRow): z.infer<typeof fileJson> {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at.toISOString(),
  };
}

function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a stored file with headers that keep a browser from running or sniffing it. */
export function sendStoredFile(env: DossierEnv, row: FileRow, kind: 'inline' | 'attachment', reply: FastifyReply) {
  const inline = kind === 'inline' && inlineMediaTypes.has(row.media_type);
  return reply
    .type(row.media_type)
    .header('content-length', String(row.size))
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', row.name))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
    .header('digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`)
    .send(env.storage.open(row.storage_key));
}

/** Evidence files: upload (raw body), download, preview. */
export function registerFileRoutes(app: ZodApp, env: DossierEnv): void {
  // Uploads arrive as the raw bytes of one file; the body is streamed, never parsed or buffered.
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/dossier/files',
      {
        bodyLimit: env.maxFileBytes,
        schema: {
          tags: ['dossier'],
          summary: 'Upload a file (the raw bytes as the body; Content-Type as declared, checked against the bytes)',
          querystring: z.object({ name: z.string().trim().min(1).max(255).default('bestand').describe('The file name to keep') }),
          response: { 201: fileJson },
        },
      },
      async (request, reply) => {
        const row = await uploadFile({
          env,
          principal: request.principal,
          requestId: request.id,
          body: request.body as Readable,
          name: request.query.name,
          declaredType: request.headers['content-type'],
        });
        return reply.code(201).send(toFileJson(row));
      },
    );
  });

  const fileParams = z.object({ id: z.uuid() });

  async function send(kind: 'inline' | 'attachment', ownerId: string, id: string, reply: FastifyReply) {
    const row = await findFile(env.db, ownerId, id);
    if (!row) throw new DomainError('not-found', 'No file with this id in your dossier');
    return sendStoredFile(env, row, kind, reply);
  }

  app.get(
    '/api/dossier/files/:id',
    {
      schema: {
        tags: ['dossier'],
        summary: 'Download one of my files',
        params: fileParams,
        produces: ['application/octet-stream'],
      },
    },
    async (request, reply) => send('attachment', requirePerson(request.principal).personId, request.params.id, reply),
  );

  app.get(
    '/api/dossier/files/:id/preview',
    {
      schema: {
        tags: ['dossier'],
        summary:
          'Preview one of my files: images downscaled to WebP (at most 800 × 800), PDFs inline (the browser renders them), other types as a download',
        params: fileParams,
        produces: ['image/webp', 'application/pdf', 'application/octet-stream'],
      },
    },
    async (request, reply) => {
      const row = await findFile(env.db, requirePerson(request.principal).personId, request.params.id);
      if (!row) throw new DomainError('not-found', 'No file with this id in your dossier');
      const preview = row.media_type.startsWith('image/') ? await renderImagePreview(env, row) : undefined;
      // A file that does not decode as an image is served as stored, under the same sandbox.
      if (!preview) return sendStoredFile(env, row, 'inline', reply);
      return reply
        .type('image/webp')
        .header('content-disposition', contentDisposition('inline', `${row.name.replace(/\.[^.]*$/, '')}.webp`))
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(preview);
    },
  );
}
