// Composite: POST /computers, then POST /computers/{id}/start unless `start` is false, since a
// computer is created stopped and almost every caller wants it running.
import { randomBytes } from 'node:crypto';
import type { ComputerCreateInput } from '../../generated/tools/computer_create.js';
import { computerStart } from '../../generated/tools/computer_start.js';
import { payloadOf } from '../results.js';
import type { CallContext, CallResult } from '../tool-def.js';

export async function call(a: ComputerCreateInput, ctx: CallContext): Promise<CallResult> {
  const created = await ctx.api.POST('/computers', {
    body: {
      // The API wants a name; a generated one keeps `computer_create({})` working.
      name: a.name ?? `computer-${randomBytes(3).toString('hex')}`,
      template_type: a.template,
      size: a.size,
      visibility: a.visibility,
      workspace_id: a.workspaceId,
      metadata: a.metadata,
    },
    signal: ctx.signal,
  });
  if (!created.response.ok || a.start === false) return created;
  // The SDKs read the created computer bare; an enveloped answer is read too (see payloadOf).
  const id = (payloadOf(created.data, computerStart.response.payloadKeys).value as { id?: string } | undefined)?.id;
  if (!id) return created;
  const started = await computerStart.call({ id, wait: false }, ctx);
  // Either way the caller learns the id: a failed start is reported with the computer it concerns.
  return started;
}
