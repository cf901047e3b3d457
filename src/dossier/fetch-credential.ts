import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
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

/** Resolves a host name to all its addresses (injectable for tests). */
export type Resolver = (host: string) => Promise<readonly LookupAddress[]>;

const systemResolver: Resolver = (host) => dnsLookup(host, { all: true });

/**
 * The DNS lookup the connection itself uses: it resolves once, refuses the host when any address is
 * private (unless allowed), and hands exactly the checked addresses to the socket. Checking and
 * connecting therefore see the same answer, so a name that resolves to a public address for a check
 * and to a private one a moment later (DNS rebinding) cannot reach inside.
 */
function guardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const first = addresses[0];
        if (!first) return callback(refused('The host name does not resolve'), '', 0);
        if (!allowPrivate && addresses.some((a) => isPrivateAddress(a.address)))
          return callback(refused('The URL points to a private or local address'), '', 0);
        if (options.all) return (callback as (error: null, addresses: LookupAddress[]) => void)(null, [...addresses]);
        return callback(null, first.address, first.family);
      },
      () => callback(refused('The host name does not resolve'), '', 0),
    );
  };
}

interface Fetched {
  readonly status: number;
  readonly body: Buffer;
}

/** One GET without redirects; the body is read up to {@link MAX_FETCHED_BYTES}. */
function get(url: URL, lookup: LookupFunction, timeoutMs: number): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      lookup,
      headers: { accept: 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt, text/plain' },
    });
    const deadline = setTimeout(() => request.destroy(refused('The URL could not be fetched in time')), timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(deadline);
      reject(error instanceof DomainError ? error : refused('The URL could not be fetched in time'));
    };
    request.once('error', fail);
    request.once('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        response.resume();
        clearTimeout(deadline);
        reject(
          refused(status >= 300 && status < 400 ? 'The URL redirects; give the final address' : `The URL answered with status ${status}`),
        );
        request.destroy();
        return;
      }
      if (Number(response.headers['content-length'] ?? '0') > MAX_FETCHED_BYTES) {
        request.destroy(refused('The document is too large'));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > MAX_FETCHED_BYTES) request.destroy(refused('The document is too large'));
        else chunks.push(chunk);
      });
      response.once('error', fail);
      response.once('end', () => {
        clearTimeout(deadline);
        resolve({ status, body: Buffer.concat(chunks) });
      });
    });
    request.end();
  });
}

/**
 * Fetches a credential from a URL the learner gives: http(s) only, public addresses only (unless the
 * deployment allows private ones, checked on the very addresses the connection uses), no redirects,
 * at most {@link MAX_FETCHED_BYTES} and five seconds. Returns the JSON document or the compact JWT text.
 */
export async function fetchCredential(
  url: string,
  options: { allowPrivate: boolean; resolve?: Resolver; timeoutMs?: number },
): Promise<unknown> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refused('Not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw refused('Only http and https URLs are fetched');
  if (parsed.username || parsed.password) throw refused('URLs with credentials are not fetched');
  // An address written in the URL is connected to without any lookup: check it here.
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !options.allowPrivate && isPrivateAddress(host)) throw refused('The URL points to a private or local address');
  const lookup = guardedLookup(options.resolve ?? systemResolver, options.allowPrivate);
  const { body } = await get(parsed, lookup, options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const text = body.toString('utf8').trim();
  if (/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(text)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('dossier.credential-unreadable', 'The URL holds neither a JSON credential nor a VC-JWT');
  }
}
