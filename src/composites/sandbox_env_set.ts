// Composite: the API's PUT replaces a sandbox's whole environment, so setting a few variables means
// reading the set, merging, and writing it back. Encrypted variables come back without their value;
// an entry without `value` tells the API to keep what it stores, so they survive the merge.
import type { SandboxEnvSetInput } from '../../generated/tools/sandbox_env_set.js';
import type { CallContext, CallResult } from '../tool-def.js';

export async function call(a: SandboxEnvSetInput, ctx: CallContext): Promise<CallResult> {
  const common = { signal: ctx.signal };
  const current = await ctx.api.GET('/sandboxes/{id}/env', { params: { path: { id: a.id } }, ...common });
  if (!current.data) return current;
  const merged = new Map<string, { key: string; value?: string; encrypted?: boolean }>();
  for (const v of current.data.data) {
    merged.set(v.key, v.encrypted ? { key: v.key, encrypted: true } : { key: v.key, value: v.value ?? '', encrypted: false });
  }
  for (const [key, value] of Object.entries(a.vars)) {
    const prior = merged.get(key);
    merged.set(key, { key, value, encrypted: prior?.encrypted ?? false });
  }
  return ctx.api.PUT('/sandboxes/{id}/env', {
    params: { path: { id: a.id } },
    body: { vars: [...merged.values()] },
    ...common,
  });
}
