// Whether MIOSA answers, and for whom: one request with the key, through the server's own client, so
// the key goes only to the configured origin and a refusal is worded by the server's error policy.
import { organizationCurrent } from '../../../generated/tools/organization_current.js';
import { DeadlinePassed, exceptionFailure, httpFailure, type ToolFailure } from '../../errors.js';
import { redact } from '../../redact.js';
import { createApi } from '../../upstream.js';
import { KEY_VAR } from './environment.js';
import { reporter, type Finding } from './report.js';

/** Asks MIOSA who the key belongs to (GET /platform/tenants/current); not asked without a usable key and origin. */
export async function checkApi(
  env: NodeJS.ProcessEnv,
  key: string | undefined,
  baseUrl: string | undefined,
  timeoutMs: number,
  net: typeof fetch | undefined,
  out: Finding[],
): Promise<void> {
  const report = reporter(out, 'API');
  if (!key || !baseUrl) {
    report('warn', `Not checked: it needs a usable ${key ? 'MIOSA_API_URL' : KEY_VAR} (see above).`, 'Fix the finding above, then run miosa-mcp doctor again.');
    return;
  }
  const tenant = env.MIOSA_TENANT?.trim();
  const api = createApi({ apiKey: key, ...(tenant ? { tenant } : {}) }, { baseUrl, timeoutMs, ...(net ? { fetch: net } : {}) });
  const timeout = AbortSignal.timeout(timeoutMs);
  const started = Date.now();
  let failure: ToolFailure;
  try {
    const res = await api.GET('/platform/tenants/current', { signal: timeout });
    if (res.response.ok) {
      const body = res.data as Record<string, unknown> | undefined;
      const org = (body?.data ?? body?.tenant ?? body ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
      const name = str(org.name);
      const slug = str(org.slug);
      const role = str(org.role);
      const who = name || slug ? `organization ${name ? `"${name}"` : ''}${name && slug ? ' ' : ''}${slug ? `(${slug})` : ''}` : 'an organization MIOSA did not name';
      report('ok', `MIOSA answered in ${Date.now() - started} ms: the key acts in ${who}${role ? ` as ${role}` : ''}${tenant ? ` (MIOSA_TENANT=${tenant})` : ''}.`);
      return;
    }
    failure = httpFailure(organizationCurrent, res.response, res.error);
  } catch (err) {
    // Time running out is ours to name; the error policy words it.
    const e = timeout.aborted ? new DeadlinePassed(timeoutMs) : err;
    failure = exceptionFailure(organizationCurrent, e, timeoutMs, undefined, [key]);
  }
  // The key works for these; only this one request was refused.
  const status: Finding['status'] = failure.category === 'forbidden' || failure.category === 'rate_limited' ? 'warn' : 'fail';
  const said = `GET /platform/tenants/current: ${failure.message}${failure.requestId ? ` (request id ${failure.requestId})` : ''}`;
  report(status, redact(said, [key]), failure.hint);
}
