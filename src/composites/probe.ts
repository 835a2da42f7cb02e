// The one request this server sends outside the MIOSA API: docker_deploy_doctor's GET of an app's
// public URL. On a hosted server that URL is in a user's hands (a custom domain's DNS record, a
// redirect the app answers), so it could point the server at its own network: the instance metadata
// service, a database on a private address. The probe therefore connects only to public addresses,
// checked on the address it actually connects to (no window for DNS rebinding), follows no
// redirect, sends no credentials, and reads a few KiB. Against the emulator, whose apps are served on
// loopback, it connects to loopback only, and never asks DNS.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { isLoopbackHost } from '../../vocabulary/loopback.js';

export type Lookup = (host: string, options: LookupAllOptions, cb: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

export interface ProbeOptions {
  signal: AbortSignal;
  /** Loopback only (the API is the emulator), instead of public addresses only. */
  loopback: boolean;
  timeoutMs: number;
  /** At most this many bytes of the body are read. */
  maxBytes: number;
  /** Test seam: name resolution. */
  lookup?: Lookup;
}

export interface ProbeAnswer {
  status: number;
  location?: string;
  body: string;
}

/** Everything that is not a public unicast address: private, loopback, link-local, CGNAT, multicast, reserved. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 127],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is that IPv4 address.
  const mapped = family === 6 ? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] : undefined;
  if (mapped) return isPublicAddress(mapped);
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A loopback address, also written as IPv4-mapped IPv6 (::ffff:127.0.0.1). */
const isLoopbackAddress = (address: string) => isLoopbackHost(address.replace(/^::ffff:/i, ''));

export class ProbeRefused extends Error {
  override name = 'ProbeRefused';
}

/** GET `url` under the rules above; throws ProbeRefused when the address is not one it may reach. */
export function probeGet(url: URL, opts: ProbeOptions): Promise<ProbeAnswer> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new ProbeRefused(`${url.protocol} is not http(s)`));
  if (opts.loopback && !isLoopbackHost(url.hostname)) {
    return Promise.reject(new ProbeRefused(`${url.hostname} is not on this machine; against the emulator the probe stays on loopback`));
  }
  const allowed = opts.loopback ? isLoopbackAddress : isPublicAddress;
  // An address literal is dialled as is, without a lookup to check it in.
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) && !allowed(literal)) {
    return Promise.reject(new ProbeRefused(`${literal} is ${opts.loopback ? 'not loopback' : 'not a public address'}`));
  }
  const resolve = opts.lookup ?? (dnsLookup as unknown as Lookup);
  // Checked where the connection is made: whatever DNS answers, only an allowed address is dialled.
  const lookup = (hostname: string, options: object, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    const all = (options as { all?: boolean }).all === true;
    const done = (addresses: LookupAddress[]) => {
      const bad = addresses.find((a) => !allowed(a.address));
      if (bad || !addresses.length) {
        return cb(new ProbeRefused(`${hostname} resolves to ${bad?.address ?? 'nothing'}, ${opts.loopback ? 'not loopback' : 'not a public address'}`), all ? [] : '');
      }
      return all ? cb(null, addresses) : cb(null, addresses[0].address, addresses[0].family);
    };
    const literal = isIP(hostname);
    if (literal) return done([{ address: hostname, family: literal }]);
    resolve(hostname, { all: true }, (err, addresses) => (err ? cb(err, all ? [] : '') : done(addresses)));
  };

  return new Promise((resolvePromise, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'GET', lookup: lookup as never, signal: opts.signal, timeout: opts.timeoutMs, headers: { accept: '*/*' } }, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        size += c.length;
        if (size >= opts.maxBytes) res.destroy();
      });
      const finish = () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          ...(typeof res.headers.location === 'string' ? { location: res.headers.location } : {}),
          body: Buffer.concat(chunks).subarray(0, opts.maxBytes).toString('utf8'),
        });
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', finish);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}
