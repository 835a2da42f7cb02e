// Composite: is a Docker Deploy deployment live? Reads the deployment and its host, checks the
// route and the public URL, then (unless probe is false) GETs the URL, under probe.ts's rules: the
// only request this server sends outside the MIOSA API, without credentials, to public addresses.
import type { DockerDeployDoctorInput } from '../../generated/tools/docker_deploy_doctor.js';
import { deploymentGet } from '../../generated/tools/deployment_get.js';
import type { CallContext, CallResult } from '../tool-def.js';
import { isLoopbackHost } from '../../vocabulary/loopback.js';
import { probeGet, ProbeRefused } from './probe.js';
import { computed } from './result.js';

interface Check {
  name: string;
  ok: boolean;
  message: string;
}

const PROBE_TIMEOUT_MS = 10_000;
const SNIPPET = 300;

export async function call(a: DockerDeployDoctorInput, ctx: CallContext): Promise<CallResult> {
  const dep = await deploymentGet.call({ id: a.id }, ctx);
  if (!dep.response.ok) return dep;
  const d = (dep.data as { data: Record<string, any> }).data;
  const checks: Check[] = [];
  const check = (name: string, ok: boolean, message: string) => checks.push({ name, ok, message });

  check('deployment', d.state === 'running', `state is ${d.state}`);
  const product = d.deployment_product ?? d.metadata?.deployment_product;
  check('product', product === 'docker_deploy', `deployment_product is ${product ?? 'unset'}`);

  const hostId: string | undefined = d.docker_deploy_host_id ?? undefined;
  if (!hostId) {
    check('host', false, 'no docker_deploy_host_id: publish with docker_deploy_publish');
  } else {
    const host = await ctx.api.GET('/docker-deploy/hosts/{id}', {
      params: { path: { id: hostId } },
      signal: ctx.signal,
    });
    if (!host.data) return host;
    const h = host.data.data;
    check(
      'host',
      h.status === 'active' && h.appliance_status === 'healthy',
      `host ${hostId} is ${h.status}, appliance ${h.appliance_status ?? 'unknown'}`,
    );
  }

  const app = d.docker_deploy_app ?? {};
  const ip = app.runtime_ip ?? d.metadata?.runtime?.ip ?? d.metadata?.runtime?.ip_address;
  const port = app.runtime_port ?? d.metadata?.runtime?.port;
  check('route', Boolean(ip && port), ip && port ? `routes to ${ip}:${port}` : 'no runtime ip/port recorded');

  const publicUrl: string | null = d.public_url ?? app.public_url ?? null;
  check('public_url', Boolean(publicUrl), publicUrl ?? 'no public_url yet');

  let probe: Record<string, unknown> | null = null;
  if (a.probe && publicUrl) {
    // probePath is a path on the app, never a way to reach another host.
    const target = new URL(a.probePath.startsWith('/') ? a.probePath : `/${a.probePath}`, publicUrl);
    if (target.origin !== new URL(publicUrl).origin || a.probePath.startsWith('//')) {
      check('probe', false, `probePath must be a path on ${new URL(publicUrl).origin}`);
      return computed({ ok: false, deployment_id: d.id, public_url: publicUrl, checks, probe: null });
    }
    probe = await probeUrl(target.toString(), ctx);
    check('probe', probe.ok === true, probe.ok ? `answered ${probe.status}` : String(probe.message));
  }
  return computed({ ok: checks.every((c) => c.ok), deployment_id: d.id, public_url: publicUrl, checks, probe });
}

async function probeUrl(url: string, ctx: CallContext): Promise<Record<string, unknown>> {
  try {
    const loopback = isLoopbackHost(new URL(ctx.apiBaseUrl).hostname);
    const res = await probeGet(new URL(url), { signal: ctx.signal, loopback, timeoutMs: PROBE_TIMEOUT_MS, maxBytes: 4096 });
    // The platform gateway answers 200 with exactly {"ok":true,"run_id":...} when no app is behind it.
    let gateway = false;
    try {
      const j = JSON.parse(res.body);
      gateway = j && typeof j === 'object' && Object.keys(j).sort().join() === 'ok,run_id' && j.ok === true;
    } catch {
      gateway = false;
    }
    const redirect = res.status >= 300 && res.status < 400;
    return {
      url,
      status: res.status,
      ok: res.status >= 200 && res.status < 300 && !gateway,
      gateway_json: gateway,
      response_snippet: res.body.slice(0, SNIPPET),
      message: gateway
        ? 'the platform gateway answered, not the app'
        : redirect
          ? `HTTP ${res.status} to ${res.location ?? '(no Location)'}: not followed; probe that URL's path with probePath if it is on the app`
          : `HTTP ${res.status}`,
    };
  } catch (err) {
    const refused = err instanceof ProbeRefused;
    return { url, status: null, ok: false, gateway_json: false, response_snippet: '', message: `probe ${refused ? 'refused' : 'failed'}: ${(err as Error).message}` };
  }
}
