import { BlockList, isIP } from 'node:net';
import { invalid } from '../../core/errors';

// Where a webhook may be sent. An endpoint URL is https (http only to this machine outside
// production); in production an address in a private, loopback, link-local or otherwise
// non-public range is refused when the request is made, after DNS resolution, and the request
// connects to the very address that was checked (no second look-up a DNS rebinding could use).

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96], // NAT64 (can reach IPv4 ranges above)
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

const familyOf = (address: string) => (isIP(address) === 4 ? 'ipv4' : 'ipv6');

/** Whether an IP address is in a range a production webhook must not reach (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  if (!isIP(address)) return true; // not an address at all: refuse
  return blocked.check(address, familyOf(address));
}

/** The host of a URL as a bare name or address (IPv6 without brackets). */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

const isLoopbackName = (host: string) => host === 'localhost' || host.endsWith('.localhost');
const isLoopback = (host: string) => isLoopbackName(host) || (isIP(host) !== 0 && loopback.check(host, familyOf(host)));

/**
 * An endpoint URL as staff enter it: absolute, https (http only to this machine, outside
 * production), no credentials, at most 2,000 characters; in production no private address or
 * loopback name written into it. Returns it normalised.
 */
export function checkEndpointUrl(raw: string, production: boolean, field = 'input.url'): string {
  const text = raw.trim();
  if (text.length > 2000) throw invalid(field, 'must be at most 2000 characters');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid(field, 'is not an absolute URL');
  }
  if (url.username || url.password) throw invalid(field, 'must not contain a user name or password');
  const host = hostOf(url);
  if (url.protocol === 'http:') {
    if (production || !isLoopback(host)) throw invalid(field, 'must start with https:// (http:// only to localhost outside production)');
  } else if (url.protocol !== 'https:') {
    throw invalid(field, 'must start with https://');
  }
  if (production && (isLoopbackName(host) || (isIP(host) !== 0 && isPrivateAddress(host)))) {
    throw invalid(field, 'must not point at a private, loopback or link-local address');
  }
  url.hash = '';
  return url.toString();
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Resolves a host name to its addresses (dns.lookup with all: true, in production). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export class RefusedAddressError extends Error {}

/**
 * The address of `host` when it is an IP literal (no look-up needed), else null. With
 * `blockPrivate`, a private literal is refused.
 */
export function literalAddress(host: string, blockPrivate: boolean): ResolvedAddress | null {
  const family = isIP(host);
  if (!family) return null;
  if (blockPrivate && isPrivateAddress(host)) throw new RefusedAddressError(`refused: ${host} resolves to ${host}, a private, loopback or link-local address`);
  return { address: host, family };
}

/**
 * The address to connect to for `host`: an IP literal as it is, else the first address the
 * resolver gives. With `blockPrivate`, refused when any address it resolves to is private.
 */
export async function addressFor(host: string, resolve: Resolver, blockPrivate: boolean): Promise<ResolvedAddress> {
  const literal = literalAddress(host, blockPrivate);
  if (literal) return literal;
  const addresses = await resolve(host);
  if (!addresses.length) throw new RefusedAddressError(`${host} resolves to no address`);
  if (blockPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) throw new RefusedAddressError(`refused: ${host} resolves to ${bad.address}, a private, loopback or link-local address`);
  }
  return addresses[0];
}
