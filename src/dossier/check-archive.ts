import { open as openZip, type Entry, type ZipFile } from 'yauzl';
import { DomainError } from '../platform/index.js';
import { archiveLimits } from './domain/file-types.js';

function bomb(detail: string): DomainError {
  return new DomainError('dossier.file-zip-bomb', detail);
}

/**
 * Opens a zip archive and inflates every entry (discarding the bytes), counting what really comes
 * out rather than trusting the sizes the archive declares. Refuses archives that unpack to more than
 * the limits allow, hold too many entries, nest archives, or cannot be read.
 */
export async function checkArchive(path: string, packedSize: number): Promise<void> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    openZip(path, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error || !file ? reject(bomb('The archive cannot be read')) : resolve(file),
    ),
  );
  const maxTotal = Math.min(archiveLimits.maxUnpackedBytes, Math.max(packedSize, 1) * archiveLimits.maxRatio);
  let total = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(bomb('The archive cannot be read')));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        entries += 1;
        if (entries > archiveLimits.maxEntries) return reject(bomb('The archive holds too many entries'));
        if (/\.(zip|jar|7z|rar|gz|tgz|bz2|xz)$/i.test(entry.fileName)) return reject(bomb('The archive holds another archive'));
        if (total + entry.uncompressedSize > maxTotal) return reject(bomb('The archive unpacks to too much data'));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(bomb('The archive cannot be read'));
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > maxTotal) {
              stream.destroy();
              reject(bomb('The archive unpacks to too much data'));
            }
          });
          stream.on('error', () => reject(bomb('The archive cannot be read')));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}
