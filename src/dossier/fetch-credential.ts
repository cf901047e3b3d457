import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { DomainError } from '../platform/index.js';

/** Largest credential document fetched from a URL. */
export const MAX_FETCHED_BYTES = 512 * 1024;
const FETCH_TIMEOUT_MS = 5_000;

const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

/** True for loopback, private, link-local, multicast and reserved addresses (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return privateRanges.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

function refused(detail: string): DomainError {
  return new DomainError('dossier.credential-url-refused', detail);
}

/**
 * Fetches a credential from a URL the learner gives: http(s) only, public addresses only (unless the
 * deployment allows private ones), no redirects, at most {@link MAX_FETCHED_BYTES} and five seconds.
 * Returns the JSON document or the compact JWT text.
 */
export async function fetchCredential(url: string, options: { allowPrivate: boolean }): Promise<unknown> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused('Not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw refused('Only http and https URLs are fetched');
  if (parsed.username || parsed.password) throw refused('URLs with credentials are not fetched');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw refused('The host name does not resolve');
  if (!options.allowPrivate && addresses.some(isPrivateAddress)) throw refused('The URL points to a private or local address');
  let response: Response;
  try {
    response = await fetch(parsed, {
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt, text/plain' },
    });
  } catch {
    throw refused('The URL could not be fetched in time');
  }
  if (response.status >= 300 && response.status < 400) throw refused('The URL redirects; give the final address');
  if (!response.ok || !response.body) throw refused(`The URL answered with status ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FETCHED_BYTES) throw refused('The document is too large');
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FETCHED_BYTES) {
      await reader.cancel();
      throw refused('The document is too large');
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('dossier.credential-unreadable', 'The URL holds neither a JSON credential nor a VC-JWT');
  }
}
