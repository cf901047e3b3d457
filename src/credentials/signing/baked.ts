import { crc32, deflateSync, inflateSync } from 'node:zlib';

/*
 * Baked badges per Open Badges 3.0: the credential inside its image. PNG: an iTXt chunk with the
 * keyword `openbadgecredential` (before IEND); SVG: an `<openbadges:credential>` element in the
 * namespace https://purl.imsglobal.org/ob/v3p0, with a JWT as text or the JSON in CDATA.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEYWORD = 'openbadgecredential';
const OB_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
/** Images larger than this are not read. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function* chunks(png: Buffer): Generator<{ type: string; data: Buffer; start: number; end: number }> {
  let offset = PNG_SIGNATURE.length;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) return;
    yield { type, data: png.subarray(offset + 8, offset + 8 + length), start: offset, end };
    offset = end;
  }
}

/** True when the bytes start like a PNG. */
export function isPng(bytes: Buffer): boolean {
  return bytes.length > 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
}

/** Bakes a credential (JSON text or compact JWT) into a PNG, replacing any credential baked before. */
export function bakePng(png: Buffer, credential: string): Buffer {
  if (!isPng(png)) throw new Error('not a PNG image');
  const parts: Buffer[] = [PNG_SIGNATURE];
  for (const c of chunks(png)) {
    if (c.type === 'iTXt' && c.data.toString('latin1', 0, KEYWORD.length + 1) === `${KEYWORD}\0`) continue;
    if (c.type === 'IEND') {
      // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
      const data = Buffer.concat([Buffer.from(`${KEYWORD}\0`, 'latin1'), Buffer.from([0, 0, 0, 0]), Buffer.from(credential, 'utf8')]);
      parts.push(chunk('iTXt', data));
    }
    parts.push(png.subarray(c.start, c.end));
  }
  return Buffer.concat(parts);
}

/** The credential text baked into a PNG, or undefined. */
export function unbakePng(png: Buffer): string | undefined {
  if (!isPng(png)) return undefined;
  for (const c of chunks(png)) {
    if (c.type !== 'iTXt') continue;
    const keywordEnd = c.data.indexOf(0);
    if (c.data.toString('latin1', 0, keywordEnd) !== KEYWORD) continue;
    const compressed = c.data[keywordEnd + 1] === 1;
    const languageEnd = c.data.indexOf(0, keywordEnd + 3);
    const translatedEnd = c.data.indexOf(0, languageEnd + 1);
    if (languageEnd < 0 || translatedEnd < 0) return undefined;
    const text = c.data.subarray(translatedEnd + 1);
    return (compressed ? inflateSync(text, { maxOutputLength: MAX_IMAGE_BYTES }) : text).toString('utf8');
  }
  return undefined;
}

function isJwt(text: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text.trim());
}

/** Bakes a credential into an SVG document. */
export function bakeSvg(svg: string, credential: string): string {
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG image');
  let tag = open[0];
  if (!tag.includes('xmlns:openbadges=')) tag = tag.replace(/^<svg\b/, `<svg xmlns:openbadges="${OB_NAMESPACE}"`);
  const content = isJwt(credential) ? credential.trim() : `<![CDATA[${credential.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
  const element = `<openbadges:credential>${content}</openbadges:credential>`;
  const rest = svg.slice(open.index + open[0].length).replace(/<openbadges:credential[\s\S]*?<\/openbadges:credential>/g, '');
  return `${svg.slice(0, open.index)}${tag}${element}${rest}`;
}

/** The credential text baked into an SVG, or undefined. */
export function unbakeSvg(svg: string): string | undefined {
  const match = /<openbadges:credential\b[^>]*>([\s\S]*?)<\/openbadges:credential>/.exec(svg);
  if (!match?.[1]) return undefined;
  const body = match[1].trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(body);
  return (cdata?.[1] ?? body).replace(/\]\]\]\]><!\[CDATA\[>/g, ']]>').trim();
}

/** A plain round badge as a PNG (blue disc, orange ring), for achievements without an uploaded PNG. */
export function defaultBadgePng(size = 240): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const [r, g, b, a] =
        d > c - 2
          ? [0, 0, 0, 0]
          : d > c - 14
            ? [0xf2, 0xa9, 0x00, 255]
            : d > c - 40 && d < c - 36
              ? [255, 255, 255, 255]
              : [0x0b, 0x4f, 0x8a, 255];
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
