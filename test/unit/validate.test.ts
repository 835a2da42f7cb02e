// Argument checking before any request (src/call.ts validate): what the model is told when its
// arguments are wrong decides whether its next call is right.
import { describe, expect, it } from 'vitest';
import { computerDestroy } from '../../generated/tools/computer_destroy.js';
import { validate } from '../../src/call.js';
import { ToolError } from '../../src/errors.js';

function refusal(args: Record<string, unknown>) {
  try {
    validate(computerDestroy, args);
  } catch (err) {
    expect(err).toBeInstanceOf(ToolError);
    return (err as ToolError).failure;
  }
  throw new Error('validate accepted ' + JSON.stringify(args));
}

describe('validate', () => {
  it('a misnamed argument is named as unknown, with the names the tool takes, not only as the missing one', () => {
    const f = refusal({ computerId: 'cmp_1' });
    expect(f).toMatchObject({ category: 'invalid_arguments', field: 'computerId' });
    expect(f.message).toMatch(/unknown argument computerId; the tool takes id/);
  });

  it('a missing argument alone is named as missing', () => {
    const f = refusal({});
    expect(f).toMatchObject({ category: 'invalid_arguments', field: 'id' });
    expect(f.message).not.toMatch(/unknown argument/);
  });

  it('right arguments pass', () => {
    expect(validate(computerDestroy, { id: 'cmp_1' })).toEqual({ id: 'cmp_1' });
  });
});
