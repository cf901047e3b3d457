import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileTypeFromFile } from 'file-type';
import { DomainError, recordAuditEvent, requirePerson, type Principal } from '../platform/index.js';
import { acceptedMediaTypes, baseMediaType, declaredTypeAgrees, safeFileName, zipBasedMediaTypes } from './domain/file-types.js';
import type { DossierEnv } from './env.js';
import { checkArchive } from './check-archive.js';
import { insertFile, type FileRow } from './store/files.js';

/**
 * The learner uploads a file. The bytes stream to a temporary file (memory stays bounded) while their
 * SHA-256 is computed; the type is read from the bytes and must agree with what the client declared;
 * archives are opened and refused when they unpack to too much. Only then is the file stored.
 */
export async function uploadFile(options: {
  readonly env: DossierEnv;
  readonly principal: Principal;
  readonly requestId: string;
  readonly body: Readable;
  readonly name: string;
  readonly declaredType: string | undefined;
}): Promise<FileRow> {
  const { env } = options;
  const person = requirePerson(options.principal);
  const dir = await mkdtemp(join(tmpdir(), 'dossier-upload-'));
  const temp = join(dir, 'upload');
  try {
    const { size, sha256 } = await receive(options.body, temp, env.maxFileBytes);
    if (size === 0) throw new DomainError('dossier.file-empty', 'The file is empty');
    const sniffed = await sniff(temp);
    if (!sniffed || !(acceptedMediaTypes as readonly string[]).includes(sniffed)) {
      throw new DomainError('dossier.file-type-refused', 'This kind of file is not accepted', { detected: sniffed ?? 'unknown' });
    }
    const declared = baseMediaType(options.declaredType);
    if (!declaredTypeAgrees(declared, sniffed)) {
      throw new DomainError('dossier.file-type-mismatch', `The file says it is ${declared} but its contents are ${sniffed}`, {
        declared,
        detected: sniffed,
      });
    }
    if (zipBasedMediaTypes.has(sniffed)) await checkArchive(temp, size);
    const id = randomUUID();
    const storageKey = `${person.personId}/${id}`;
    await env.storage.put(storageKey, createReadStream(temp));
    try {
      return await env.db.transaction().execute(async (trx) => {
        const row = await insertFile(trx, {
          id,
          ownerId: person.personId,
          name: safeFileName(options.name),
          mediaType: sniffed,
          size,
          sha256,
          storageKey,
        });
        await recordAuditEvent(trx, {
          actor: person,
          action: 'dossier.file-uploaded',
          subjectType: 'dossier-file',
          subjectId: id,
          dataSubjectPersonId: person.personId,
          requestId: options.requestId,
          details: { mediaType: sniffed, size },
        });
        return row;
      });
    } catch (error) {
      await env.storage.remove(storageKey);
      throw error;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Copies the body to `path`, hashing and counting; stops reading as soon as the limit is passed. */
async function receive(body: Readable, path: string, limit: number): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  let size = 0;
  try {
    for await (const chunk of body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > limit) {
        body.destroy();
        throw new DomainError('dossier.file-too-large', `Files may be at most ${limit} bytes`, { limit });
      }
      hash.update(buffer);
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
  return { size, sha256: hash.digest('hex') };
}

/** The media type the bytes reveal; plain UTF-8 text without control bytes counts as text/plain. */
async function sniff(path: string): Promise<string | undefined> {
  const detected = await fileTypeFromFile(path);
  if (detected) return detected.mime;
  const head = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path, { start: 0, end: 65_535 })
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(head.toString('latin1'))) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length === 65_536 ? head.subarray(0, 65_530) : head);
    return 'text/plain';
  } catch {
    return undefined;
  }
}
