/**
 * Proves that no measured library calls out: every outgoing socket (http, https, fetch, tls
 * and raw net all end in net.Socket#connect) and every DNS lookup to anything but the loopback
 * interface is refused and counted. The report prints the count; it must be 0. Loopback stays
 * open for the local wiki and the browser of the in-browser part.
 */
import net from 'node:net';
import dns from 'node:dns';

const attempts: string[] = [];

function isLoopback(host: string | undefined): boolean {
  if (!host) return true; // a Unix socket path or the default (localhost)
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || h.startsWith('127.');
}

function hostOf(args: unknown[]): string | undefined {
  const first = args[0];
  if (Array.isArray(first)) return hostOf(first);
  if (first && typeof first === 'object') {
    const o = first as { host?: string; path?: string };
    return o.path ? undefined : (o.host ?? 'localhost');
  }
  if (typeof first === 'number') return typeof args[1] === 'string' ? args[1] : 'localhost';
  return undefined; // a string first argument is a Unix socket path
}

let installed = false;

export function forbidNetwork(): void {
  if (installed) return;
  installed = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    const host = hostOf(args);
    if (!isLoopback(host)) {
      attempts.push(`connect ${host}`);
      throw new Error(`bench: network access to ${host} refused (nothing may leave this machine)`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  const lookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = function (hostname: string, ...rest: unknown[]) {
    if (!isLoopback(hostname)) {
      attempts.push(`dns ${hostname}`);
      const callback = rest[rest.length - 1];
      const error = Object.assign(new Error(`bench: DNS lookup of ${hostname} refused`), { code: 'ENOTFOUND' });
      if (typeof callback === 'function') process.nextTick(() => (callback as (e: Error) => void)(error));
      return {};
    }
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  };
}

/** Every refused attempt so far ("connect example.com", "dns example.com"). */
export function networkAttempts(): readonly string[] {
  return attempts;
}
