// The composite tools' calls are hand-written in src/composites and attached by the runtime, so
// generated/ never imports them (test/structure/layering.test.ts). These check the attachment.
import { describe, expect, it } from 'vitest';
import { TOOLS as GENERATED } from '../../generated/index.js';
import { TOOLS, withCall } from '../../src/composites/index.js';
import { compositeCall } from '../../src/tool-def.js';

describe('composite calls', () => {
  const composites = GENERATED.filter((t) => t.composite);

  it('generated/ marks every composite, and only composites, with compositeCall', () => {
    expect(composites.map((t) => t.name)).toEqual(['computer_create', 'docker_deploy_doctor', 'sandbox_env_set']);
    for (const t of GENERATED) expect(t.call === compositeCall, t.name).toBe(t.composite);
  });

  it('the runtime list has every tool with a real call, the generated ones unchanged', () => {
    expect(TOOLS.map((t) => t.name)).toEqual(GENERATED.map((t) => t.name));
    for (const [i, t] of TOOLS.entries()) {
      expect(t.call, t.name).not.toBe(compositeCall);
      if (!t.composite) expect(t, t.name).toBe(GENERATED[i]);
    }
  });

  it('keeps everything else of a composite, its input still built on first use', () => {
    for (const t of composites) {
      const attached = TOOLS.find((x) => x.name === t.name)!;
      const { call: _a, ...rest } = Object.getOwnPropertyDescriptors(attached);
      const { call: _g, ...described } = Object.getOwnPropertyDescriptors(t);
      expect(rest).toEqual(described);
      expect(typeof Object.getOwnPropertyDescriptor(attached, 'input')!.get).toBe('function');
      // The same schema, built once by the generated module's getter whichever object asks.
      expect(attached.input).toBe(t.input);
    }
  });

  it('refuses a composite without an implementation, naming it', () => {
    expect(() => withCall(composites[0]!, {})).toThrow(/composite tool computer_create has no call/);
  });

  it('the marker fails loudly if a generated composite is ever called directly', async () => {
    await expect(composites[0]!.call({}, {} as never)).rejects.toThrow(/without its implementation/);
  });
});
