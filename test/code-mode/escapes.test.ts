// Every way out of the sandbox a script might try, against the built server over real HTTP: each
// ends with a clear error result within the limits, and the server answers ordinary calls after it
// (and, for the infinite loop, during it).
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/index.js';
import { httpClient, startHttpServer, type HttpServerProcess } from '../support/cli.js';

let emu: Emulator;
let srv: HttpServerProcess;
let client: Client;
// Long enough that an ordinary call on a busy CI machine answers well within it.
const TIMEOUT_MS = 5000;

beforeAll(async () => {
  emu = await startEmulator({ bootMs: 50 });
  // The code tools beside the sandbox toolset, so one server takes scripts and ordinary calls.
  srv = await startHttpServer(
    { MIOSA_BASE_URL: emu.url, MIOSA_CODE_TIMEOUT_MS: String(TIMEOUT_MS), MIOSA_CODE_MEMORY_MB: '16' },
    ['--toolsets', 'sandbox,code'],
  );
  client = await httpClient(srv.url, { Authorization: 'Bearer msk_u_escape_tests' });
});
afterAll(async () => {
  await client?.close();
  await srv?.stop();
  await emu?.close();
});

const run = async (code: string) => (await client.callTool({ name: 'miosa_run', arguments: { code } }, undefined, { timeout: 60_000 })) as CallToolResult;
const errorOf = (r: CallToolResult) => {
  expect(r.isError, JSON.stringify(r.content)).toBe(true);
  return (r.structuredContent as { error: { category: string; message: string; hint: string; field?: string } }).error;
};

afterEach(async () => {
  // Whatever the script did, the server goes on serving.
  const r = (await client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult;
  expect(r.isError).toBeFalsy();
  expect(srv.child.exitCode).toBeNull();
});

describe('escapes end with a clear error', () => {
  it.each([
    ['process', 'return process.env', /'process' is not defined/],
    ['require', 'return require("fs").readFileSync("/etc/passwd", "utf8")', /'require' is not defined/],
    ['import()', 'return await import("node:fs")', /could not load module/],
    ['fetch', 'return await fetch("http://127.0.0.1:1/")', /'fetch' is not defined/],
    ['host timers', 'setTimeout(() => 0, 1); return 1', /'setTimeout' is not defined/],
    ['the Function constructor', 'const g = globalThis.constructor.constructor("return this")(); return g.process.env', /cannot read property 'env' of undefined/i],
  ])('%s', async (_what, code, message) => {
    const e = errorOf(await run(code));
    expect(e.category).toBe('invalid_arguments');
    expect(e.field).toBe('code');
    expect(e.message).toMatch(message);
    expect(e.hint).toMatch(/fix it/);
  });

  it('prototype pollution of the bridge changes nothing outside the script', async () => {
    const e = errorOf(
      await run(`
        Object.prototype.polluted = "yes";
        const refused = [];
        try { Object.defineProperty(miosa, "sandbox_list", { value: () => "hijacked" }); } catch (err) { refused.push("defineProperty"); }
        try { miosa.sandbox_list = () => "hijacked"; if (typeof miosa.sandbox_list({}).then !== "function") refused.push("-"); else refused.push("assignment"); } catch (err) { refused.push("assignment"); }
        try { Object.setPrototypeOf(miosa, { sandbox_list: () => "hijacked" }); } catch (err) { refused.push("setPrototypeOf"); }
        try { MiosaError.prototype.category = "forged"; } catch (err) { refused.push("MiosaError"); }
        JSON.stringify = () => '{"forged":true}';
        console.log("refused: " + refused.join(","));
        await miosa.sandbox_list(JSON.parse('{"__proto__": {"polluted": true}}'));
        return "not reached";`),
    );
    // The bridge kept its own JSON: the __proto__ key reached the server as an argument, which refused it.
    expect(e.category).toBe('invalid_arguments');
    expect(e.message).toMatch(/miosa\.sandbox_list failed: .*__proto__/);
    // A new script starts from a clean engine; nothing of the last one is left.
    const clean = await run('return [Object.prototype.polluted === undefined, typeof miosa.sandbox_list, JSON.stringify({ a: 1 })]');
    expect((clean.structuredContent as { result: unknown }).result).toEqual([true, 'function', '{"a":1}']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an infinite loop stops at the time limit, and an ordinary call made during it answers first', async () => {
    let loopEnded = false;
    const loop = run('for (;;) {}').then((r) => {
      loopEnded = true;
      return r;
    });
    // The script runs in a worker thread: the server's event loop is free to answer this meanwhile.
    const during = (await client.callTool({ name: 'sandbox_list', arguments: {} })) as CallToolResult;
    expect(during.isError).toBeFalsy();
    expect(loopEnded).toBe(false);
    const e = errorOf(await loop);
    expect(e.category).toBe('timeout');
    expect(e.message).toContain(`${TIMEOUT_MS} ms (MIOSA_CODE_TIMEOUT_MS=${TIMEOUT_MS})`);
  }, 30_000);

  it('a memory bomb stops at the memory limit (or the time limit)', async () => {
    const e = errorOf(await run('const a = []; for (;;) a.push("x".repeat(1e6) + a.length);'));
    expect(e.message).toMatch(/more than its 16 MiB of memory|ran past its/);
  }, 30_000);

  it('10,000 tool calls stop at the call limit', async () => {
    const e = errorOf(await run('for (let i = 0; i < 10000; i++) await miosa.sandbox_list({}); return "all done";'));
    expect(e.message).toContain('more than 200 tool calls (MIOSA_CODE_MAX_CALLS=200)');
    expect(e.hint).toMatch(/fewer calls/);
  }, 30_000);

  it('a returned 100 MB string stops at the memory limit; a 2 MB one at the output limit', async () => {
    expect(errorOf(await run('return "x".repeat(100 * 1024 * 1024);')).message).toMatch(/more than its 16 MiB of memory/);
    const big = errorOf(await run('return "x".repeat(2 * 1024 * 1024);'));
    expect(big.message).toMatch(/over the 1000000-byte output limit \(MIOSA_CODE_MAX_OUTPUT_BYTES\)/);
  }, 30_000);

  it('a console flood stops at the output limit, even when the script catches the error and goes on', async () => {
    const e = errorOf(await run('try { for (;;) console.log("y".repeat(10000)); } catch {} return "went on";'));
    expect(e.message).toContain('logged more than 1000000 bytes (MIOSA_CODE_MAX_OUTPUT_BYTES=1000000)');
  }, 30_000);

  it('a script that replaces JSON.stringify cannot hand back a value that is not JSON text', async () => {
    const e = errorOf(await run('JSON.stringify = () => 42; return { a: 1 };'));
    expect(e.message).toMatch(/could not be turned into JSON \(was JSON\.stringify replaced\?\)/);
  });

  it('unbounded recursion stops at the stack limit', async () => {
    expect(errorOf(await run('const f = (n) => f(n + 1) + 1; return f(0);')).message).toMatch(/overflowed its 512 KiB stack/);
  });
});
