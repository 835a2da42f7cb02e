// The one loopback rule: which host names mean "this machine only". It decides where plain http may
// carry the key (inClearText: MIOSA_API_URL, a config's --http URL, a client entry's URL), which Host
// and Origin headers a local listener accepts (DNS rebinding), and where the emulator may bind. All of
// 127.0.0.0/8 is loopback, as is ::1.

const IPV4_LOOPBACK = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Whether `hostname` names the loopback interface: `localhost`, a dotted 127.x.y.z address, or ::1
 * (with or without the brackets a URL or a Host header puts around it). Case-insensitive; a port is
 * not part of a hostname (see hostOfHeader).
 */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '[::1]') return true;
  const m = IPV4_LOOPBACK.exec(h);
  return m !== null && m.slice(1).every((octet) => Number(octet) <= 255);
}

/** Whether a URL would carry the key in clear text to another machine: http is for loopback only. */
export function inClearText(url: URL): boolean {
  return url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** The hostname in a Host header value (`name:port`, `[v6]:port`), lower-cased, without the port. */
export function hostOfHeader(host: string): string {
  return host.toLowerCase().replace(/:\d+$/, '');
}
