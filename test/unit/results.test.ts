// successResult is where a successful call's result is redacted, once: whatever part of it carries
// text from MIOSA (the JSON, a note about the wait, the short image and empty results) loses the key.
import { describe, expect, it } from 'vitest';
import { computerDestroy } from '../../generated/tools/computer_destroy.js';
import { desktopScreenshot } from '../../generated/tools/desktop_screenshot.js';
import { sandboxGet } from '../../generated/tools/sandbox_get.js';
import { successResult } from '../../src/results.js';
import { TINY_PNG } from '../support/recording-upstream.js';

const KEY = 'msk_u_results_unit_key_9f8e7d6c';
const secrets = [KEY];
const everything = (r: unknown) => JSON.stringify(r);

describe('successResult redacts every part that carries MIOSA text', () => {
  it('the JSON, in the text copy and in structuredContent', () => {
    const r = successResult(sandboxGet, { data: { data: { id: 'sbx_1', state: 'running', name: `echo ${KEY}` } }, response: new Response('{}') }, { secrets });
    expect(everything(r)).not.toContain(KEY);
    expect(everything(r)).toContain('sbx_1');
  });

  it('the note a wait leaves when its bound passed, and the active resource', () => {
    const r = successResult(
      sandboxGet,
      { data: { data: { id: 'sbx_1', state: 'provisioning' } }, response: new Response('{}') },
      { secrets, pending: `still provisioning: ${KEY}`, active: { kind: 'sandbox', id: `sbx_${KEY}` } },
    );
    expect(everything(r)).not.toContain(KEY);
    expect(r.content.some((c) => c.type === 'text' && c.text.startsWith('still provisioning'))).toBe(true);
  });

  it('an empty answer, with its active resource', () => {
    const r = successResult(computerDestroy, { data: undefined, response: new Response(null, { status: 204 }) }, { secrets, active: { kind: 'computer', id: `cmp_${KEY}` } });
    expect(r.structuredContent).toMatchObject({ ok: true, status: 204 });
    expect(everything(r)).not.toContain(KEY);
  });

  it('an image: the bytes stay as they are, the text around them loses the key', () => {
    const r = successResult(
      desktopScreenshot,
      { data: TINY_PNG.buffer.slice(TINY_PNG.byteOffset, TINY_PNG.byteOffset + TINY_PNG.length), response: new Response(null, { headers: { 'content-type': 'image/png' } }) },
      { secrets, pending: `note ${KEY}` },
    );
    expect(r.content[0]).toMatchObject({ type: 'image', mimeType: 'image/png', data: TINY_PNG.toString('base64') });
    expect(everything(r)).not.toContain(KEY);
  });
});
