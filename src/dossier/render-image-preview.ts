import type { DossierEnv } from './env.js';
import type { FileRow } from './store/files.js';

/** Previews fit in this box (CSS pixels on a phone or a timeline card; 2× for sharp screens). */
export const previewBox = 800;
/** Images with more pixels than this are not decoded for a preview (a decompression bomb guard). */
const maxInputPixels = 40_000_000;

/**
 * A downscaled WebP of an image file, at most {@link previewBox} pixels wide and high, never enlarged,
 * turned upright by its EXIF orientation, metadata dropped; animations show their first frame. The
 * file is streamed from storage into the scaler (it runs on libuv's thread pool, off the event loop).
 * Undefined when the bytes cannot be decoded as an image.
 */
export async function renderImagePreview(env: Pick<DossierEnv, 'storage'>, file: FileRow): Promise<Buffer | undefined> {
  // Loaded on first use: the image library costs start-up time every process would pay for a rare request.
  const { default: sharp } = await import('sharp');
  const scaler = sharp({ limitInputPixels: maxInputPixels, failOn: 'error' })
    .rotate()
    .resize({ width: previewBox, height: previewBox, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 });
  const source = env.storage.open(file.storage_key);
  source.once('error', (error) => scaler.destroy(error));
  source.pipe(scaler);
  try {
    return await scaler.toBuffer();
  } catch {
    source.destroy();
    return undefined;
  }
}
