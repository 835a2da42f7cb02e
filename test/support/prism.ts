// Prism (Stoplight's mock server, pinned in devDependencies) serving openapi/miosa.yaml on a free
// loopback port: a judge of requests that nobody on this project wrote. It validates each request's
// path, query, headers, security and body against the spec, and reports what it refused in an
// `sl-violations` header.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Exchange } from './judging-proxy.js';

const ROOT = join(import.meta.dirname, '../..');

export interface Prism {
  url: string;
  close(): Promise<void>;
}

export async function startPrism(spec = join(ROOT, 'openapi/miosa.yaml')): Promise<Prism> {
  const pkg = createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json');
  const bin = join(dirname(pkg), 'dist/index.js');
  const child = spawn(process.execPath, [bin, 'mock', '-h', '127.0.0.1', '-p', '0', spec], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NO_COLOR: '1' },
  });
  let out: string | null = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 30 s:\n${out}`)), 30_000);
    // Its start line is logged at info level, with a line per route and later one per request:
    // read until the start line, then keep draining without keeping.
    const onData = (d: Buffer) => {
      if (out === null) return;
      out += String(d);
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        out = null;
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited ${code}:\n${out}`));
    });
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => (clearTimeout(kill), resolve()));
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Why Prism refused a request, or undefined when it accepted it. A refusal is a violation located in
 * the request (its own validation or security check), or one of Prism's own routing errors (no such
 * path or method).
 */
export function prismRefusal(x: Exchange): string | undefined {
  const header = x.response.headers.get('sl-violations');
  if (header) {
    const violations = JSON.parse(header) as Array<{ location: string[]; severity: string; message: string }>;
    const onRequest = violations.filter((v) => v.location[0] === 'request' && v.severity === 'Error');
    if (onRequest.length) return onRequest.map((v) => `${v.location.join('.')}: ${v.message}`).join('; ');
  }
  const type = (x.response.json as { type?: unknown } | undefined)?.type;
  if (typeof type === 'string' && type.includes('stoplight.io/prism/errors')) {
    return `${type.split('#')[1]}: ${(x.response.json as { detail?: string }).detail ?? ''}`;
  }
  return undefined;
}
