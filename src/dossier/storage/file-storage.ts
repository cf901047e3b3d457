import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where the dossier keeps file contents. Keys are opaque paths chosen by the module (`<owner>/<file>`). */
export interface FileStorage {
  /** Stores the stream's bytes under the key. */
  put(key: string, source: Readable): Promise<void>;
  /** Reads the bytes under the key. */
  open(key: string): Readable;
  /** Deletes the key (no error when it is gone). */
  remove(key: string): Promise<void>;
  /** Deletes every key under the prefix. */
  removePrefix(prefix: string): Promise<void>;
}

/** Files in a folder on disk (the default: `<DATA_DIR>/dossier-files`). */
export function filesystemStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error('Storage key outside the storage folder');
    return path;
  };
  return {
    async put(key, source) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await pipeline(source, createWriteStream(path, { flags: 'wx' }));
    },
    open(key) {
      return createReadStream(pathOf(key));
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async removePrefix(prefix) {
      await rm(pathOf(prefix), { recursive: true, force: true });
    },
  };
}

/** The storage for a data folder; an in-memory database (tests) gets a fresh temporary folder. */
export async function storageForDataDir(dataDir: string): Promise<FileStorage> {
  if (dataDir.startsWith('memory://')) return filesystemStorage(await mkdtemp(join(tmpdir(), 'dossier-files-')));
  const root = join(dataDir, 'dossier-files');
  await mkdir(root, { recursive: true });
  await stat(root);
  return filesystemStorage(root);
}
