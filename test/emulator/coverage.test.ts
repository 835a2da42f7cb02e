// Every operation of the spec, called at least once with valid inputs built from the spec's own
// examples (ids swapped for real ones), and every answer checked against the response schema the
// spec declares for its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMissingHandlers, startEmulator, type Emulator } from '../../emulator/index.js';
import { client, specChecker, waitFor, type Call, type CallOptions, type Res } from './helpers.js';

const spec = specChecker();
let emu: Emulator;
let call: Call;
const covered = new Map<string, number>();
const problems: string[] = [];

beforeAll(async () => {
  emu = await startEmulator({ port: 0, bootMs: 50 });
  call = client(emu.url, 'msk_u_coverage');
});
afterAll(async () => {
  await emu?.close();
});

/** Calls an operation and checks the answer against the spec; fails unless it is a 2xx. */
async function hit(operationId: string, method: string, path: string, opts: CallOptions = {}): Promise<Res> {
  const op = spec.operationOf(method, path.split('?')[0]);
  expect(op?.id, `${method} ${path} routes to ${operationId}`).toBe(operationId);
  const res = await call(method, path, opts);
  expect(res.status, `${operationId}: ${res.status} ${res.text.slice(0, 400)}`).toBeGreaterThanOrEqual(200);
  expect(res.status, `${operationId}: ${res.status} ${res.text.slice(0, 400)}`).toBeLessThan(300);
  for (const p of spec.check(operationId, res)) problems.push(`${operationId} ${res.status}: ${p}`);
  covered.set(operationId, (covered.get(operationId) ?? 0) + 1);
  return res;
}

const ex = (id: string, over: Record<string, unknown> = {}) => ({ ...spec.bodyExample(id), ...over });

describe('the emulator covers the spec', () => {
  it('has a handler for every operation', () => {
    expect(listMissingHandlers()).toEqual([]);
  });

  it('answers every operation with a body valid against the spec', async () => {
    // ── account ────────────────────────────────────────────────────────────
    await hit('listOrganizations', 'GET', '/platform/tenants');
    await hit('getCurrentOrganization', 'GET', '/platform/tenants/current');
    const ws = (await hit('listWorkspaces', 'GET', '/workspaces')).json.data[0].id as string;
    await hit('getWorkspaceUsage', 'GET', `/workspaces/${ws}/usage`, { query: { period: '2026-11' } });
    await hit('listRegions', 'GET', '/compute/regions');
    await hit('getCreditBalance', 'GET', '/credits/balance');
    await hit('getUsageSummary', 'GET', '/usage/summary', { query: { period_start: '2026-11-01', period_end: '2026-11-24' } });
    await hit('listProductTemplates', 'GET', '/templates', { query: { product: 'sandbox' } });
    await hit('listSandboxTemplates', 'GET', '/sandbox-templates');
    await hit('createSandboxTemplate', 'POST', '/sandbox-templates', { body: ex('createSandboxTemplate') });

    // ── sandbox ────────────────────────────────────────────────────────────
    const createBody = ex('createSandbox', { workspace_id: ws, env: { NODE_ENV: 'development', STRIPE_SECRET_KEY: 'sk_test_1' } });
    const sbx = (await hit('createSandbox', 'POST', '/sandboxes', { body: createBody, headers: { 'Idempotency-Key': 'cov-1' } })).json.data.id as string;
    const running = async (id: string) =>
      waitFor(`${id} running`, async () => (await call('GET', `/sandboxes/${id}`)).json.data.state === 'running');
    await hit('getSandbox', 'GET', `/sandboxes/${sbx}`);
    await hit('getSandboxByName', 'GET', `/sandboxes/by-name/${encodeURIComponent(String(createBody.name))}`);
    await running(sbx);
    await hit('listSandboxes', 'GET', '/sandboxes', { query: { state: 'running', tags: 'web,demo' } });
    await hit('getSandboxReadiness', 'GET', `/sandboxes/${sbx}/readiness`);
    await hit('getSandboxLogs', 'GET', `/sandboxes/${sbx}/logs`, { query: { lines: 50 } });
    await hit('execSandbox', 'POST', `/sandboxes/${sbx}/exec`, { body: ex('execSandbox', { command: 'mkdir -p site && echo "<h1>v1</h1>" > site/index.html && echo built' }) });
    await hit('writeSandboxFile', 'POST', `/sandboxes/${sbx}/files`, { body: ex('writeSandboxFile') });
    await hit('writeSandboxFiles', 'POST', `/sandboxes/${sbx}/files/write-many`, { body: ex('writeSandboxFiles') });
    await hit('listSandboxFiles', 'GET', `/sandboxes/${sbx}/files`, { query: { path: '/workspace', depth: 2 } });
    await hit('getSandboxFileTree', 'GET', `/sandboxes/${sbx}/files/tree`, { query: { path: '/workspace', depth: 3 } });
    await hit('statSandboxFile', 'POST', `/sandboxes/${sbx}/files/stat`, { body: ex('statSandboxFile') });
    await hit('readSandboxFile', 'GET', `/sandboxes/${sbx}/files/workspace/hello.txt`);
    await hit('createSandboxExport', 'POST', `/sandboxes/${sbx}/exports`, { body: ex('createSandboxExport', { paths: ['/workspace/src', '/workspace/package.json'] }) });
    const proc = (await hit('startSandboxProcess', 'POST', `/sandboxes/${sbx}/processes`, { body: ex('startSandboxProcess', { command: 'echo started; sleep 30' }) })).json.data.pid as number;
    await hit('listSandboxProcesses', 'GET', `/sandboxes/${sbx}/processes`);
    await hit('getSandboxProcessLogs', 'GET', `/sandboxes/${sbx}/processes/${proc}/logs`, { query: { tail: 20 } });
    await hit('stopSandboxProcess', 'DELETE', `/sandboxes/${sbx}/processes/${proc}`);
    const snap = (await hit('createSandboxSnapshot', 'POST', `/sandboxes/${sbx}/snapshots`, { body: ex('createSandboxSnapshot') })).json.data.id as string;
    await hit('listSandboxSnapshots', 'GET', `/sandboxes/${sbx}/snapshots`);
    await hit('exposeSandboxPort', 'POST', `/sandboxes/${sbx}/expose`, { body: ex('exposeSandboxPort') });
    const preview = (await hit('listSandboxPreviews', 'GET', `/sandboxes/${sbx}/previews`)).json.data[0].id as string;
    await hit('shareSandboxPreview', 'POST', `/sandboxes/${sbx}/previews/${preview}/share`, { body: ex('shareSandboxPreview') });
    await hit('listSandboxEnv', 'GET', `/sandboxes/${sbx}/env`);
    await hit('replaceSandboxEnv', 'PUT', `/sandboxes/${sbx}/env`, { body: ex('replaceSandboxEnv') });
    await hit('deleteSandboxEnvVar', 'DELETE', `/sandboxes/${sbx}/env/NODE_ENV`);
    await hit('extendSandbox', 'POST', `/sandboxes/${sbx}/extend`, { body: ex('extendSandbox') });
    const fork = (await hit('forkSandbox', 'POST', `/sandboxes/${sbx}/fork`, { body: ex('forkSandbox', { snapshot_id: snap }), headers: { 'Idempotency-Key': 'cov-fork' } })).json.data.id as string;
    await hit('restoreSandboxSnapshot', 'POST', `/sandboxes/${sbx}/restore/${snap}`);
    await running(sbx);
    await hit('deleteSandboxSnapshot', 'DELETE', `/sandboxes/${sbx}/snapshots/${snap}`);
    await hit('pauseSandbox', 'POST', `/sandboxes/${sbx}/pause`);
    await hit('resumeSandbox', 'POST', `/sandboxes/${sbx}/resume`);
    await running(sbx);

    // ── deploy ─────────────────────────────────────────────────────────────
    const pub1 = (await hit('deploySandbox', 'POST', `/sandboxes/${sbx}/deploy`, { body: ex('deploySandbox', { output_path: '/workspace/site' }) })).json.data;
    await call('POST', `/sandboxes/${sbx}/exec`, { body: { command: 'echo "<h1>v2</h1>" > site/index.html' } });
    await hit('deploySandbox', 'POST', `/sandboxes/${sbx}/deploy`, { body: ex('deploySandbox', { output_path: '/workspace/site', deployment_id: pub1.deployment_id }) });
    const dep = pub1.deployment_id as string;
    await hit('createDeployment', 'POST', '/deployments', { body: ex('createDeployment') });
    await hit('listDeployments', 'GET', '/deployments', { query: { limit: 10 } });
    await hit('getDeployment', 'GET', `/deployments/${dep}`);
    await hit('rollbackDeployment', 'POST', `/deployments/${dep}/rollback`, { body: ex('rollbackDeployment', { version_id: pub1.version.id }) });
    const pub3 = (await hit('publishDeployment', 'POST', `/deployments/${dep}/publish`, { body: ex('publishDeployment', { source_sandbox_id: sbx, output_path: '/workspace/site', promote: false }) })).json.data;
    await hit('promoteDeploymentVersion', 'POST', `/deployments/${dep}/versions/${pub3.version.id}/promote`, { body: ex('promoteDeploymentVersion') });
    await hit('getDeploymentLogs', 'GET', `/deployments/${dep}/logs`, { query: { lines: 50 } });
    await hit('setDeploymentEnv', 'POST', `/deployments/${dep}/env`, { body: ex('setDeploymentEnv') });
    await hit('listDeploymentEnv', 'GET', `/deployments/${dep}/env`);
    await hit('deleteDeploymentEnv', 'DELETE', `/deployments/${dep}/env/DATABASE_URL`);
    await hit('listDeploymentVersions', 'GET', `/deployments/${dep}/versions`, { query: { state: 'ready', limit: 5 } });
    await hit('addDeploymentDomain', 'POST', `/deployments/${dep}/domains`, { body: ex('addDeploymentDomain') });
    const host = (await hit('ensureDockerDeployHost', 'POST', '/docker-deploy/hosts/ensure', { body: ex('ensureDockerDeployHost', { workspace_id: ws }) })).json.data.id as string;
    await hit('getDockerDeployHost', 'GET', `/docker-deploy/hosts/${host}`);
    await hit('createCustomDomain', 'POST', '/custom-domains', { body: ex('createCustomDomain', { resource_id: dep }) });
    await hit('listCustomDomains', 'GET', '/custom-domains');
    await hit('deleteDeployment', 'DELETE', `/deployments/${dep}`);

    // ── computer and desktop ───────────────────────────────────────────────
    const comp = (await hit('createComputer', 'POST', '/computers', { body: ex('createComputer', { workspace_id: ws }) })).json.id as string;
    await hit('listComputers', 'GET', '/computers', { query: { per_page: 100 } });
    await hit('getComputer', 'GET', `/computers/${comp}`);
    await hit('updateComputer', 'PATCH', `/computers/${comp}`, { body: ex('updateComputer') });
    await hit('startComputer', 'POST', `/computers/${comp}/start`);
    await waitFor('computer active', async () => (await call('GET', `/computers/${comp}`)).json.status === 'active');
    await hit('getComputerLogs', 'GET', `/computers/${comp}/logs`, { query: { lines: 20 } });
    await hit('execComputer', 'POST', `/computers/${comp}/exec`, { body: ex('execComputer') });
    await hit('execComputerPython', 'POST', `/computers/${comp}/exec/python`, { body: ex('execComputerPython') });
    await hit('listComputerFiles', 'GET', `/computers/${comp}/files`, { query: { path: '/home/user' } });
    await hit('writeComputerFile', 'POST', `/computers/${comp}/files/write`, { body: ex('writeComputerFile') });
    await hit('makeComputerDirectory', 'POST', `/computers/${comp}/files/mkdir`, { body: ex('makeComputerDirectory', { path: '/home/user/site' }) });
    await hit('downloadComputerFile', 'GET', `/computers/${comp}/files/download`, { query: { path: '/home/user/notes.txt' } });
    await hit('deleteComputerFile', 'DELETE', `/computers/${comp}/files`, { query: { path: '/home/user/notes.txt' } });
    await hit('createComputerCheckpoint', 'POST', `/computers/${comp}/snapshots`, { body: ex('createComputerCheckpoint') });
    const ckpt = (await hit('listComputerCheckpoints', 'GET', `/computers/${comp}/snapshots`)).json.data[0].id as string;
    await waitFor('checkpoint ready', async () => (await call('GET', `/computers/${comp}/snapshots`)).json.data[0].status === 'ready');
    await hit('restoreComputerCheckpoint', 'POST', `/computers/${comp}/restore/${ckpt}`);
    await hit('exposeComputerPort', 'POST', `/computers/${comp}/ports`, { body: ex('exposeComputerPort') });
    await hit('listComputerPorts', 'GET', `/computers/${comp}/ports`);
    const svc = (await hit('createComputerService', 'POST', `/computers/${comp}/services`, { body: ex('createComputerService', { command: 'echo serving; sleep 30' }) })).json.data.id as string;
    await hit('listComputerServices', 'GET', `/computers/${comp}/services`);
    await hit('getComputerServiceLogs', 'GET', `/computers/${comp}/services/${svc}/logs`, { query: { follow: false, lines: 10 }, headers: { Accept: 'application/json' } });
    await hit('setComputerEnv', 'POST', `/computers/${comp}/env`, { body: ex('setComputerEnv') });
    await hit('listComputerEnv', 'GET', `/computers/${comp}/env`);

    const d = `/computers/${comp}/desktop`;
    await hit('launchDesktopApp', 'POST', `${d}/launch`, { body: ex('launchDesktopApp') });
    const win = (await hit('listDesktopWindows', 'GET', `${d}/windows`)).json.windows[0].id as string;
    await hit('getDesktopScreenshot', 'GET', `${d}/screenshot`);
    await hit('clickDesktop', 'POST', `${d}/click`, { body: ex('clickDesktop') });
    await hit('doubleClickDesktop', 'POST', `${d}/double-click`, { body: ex('doubleClickDesktop') });
    await hit('moveDesktopCursor', 'POST', `${d}/move`, { body: ex('moveDesktopCursor') });
    await hit('dragDesktop', 'POST', `${d}/drag`, { body: ex('dragDesktop') });
    await hit('scrollDesktop', 'POST', `${d}/scroll`, { body: ex('scrollDesktop') });
    await hit('typeDesktopText', 'POST', `${d}/type`, { body: ex('typeDesktopText') });
    await hit('pressDesktopKey', 'POST', `${d}/key`, { body: ex('pressDesktopKey') });
    await hit('pressDesktopHotkey', 'POST', `${d}/hotkey`, { body: ex('pressDesktopHotkey') });
    await hit('getDesktopCursor', 'GET', `${d}/cursor`);
    await hit('getDesktopScreenSize', 'GET', `${d}/screen-size`);
    await hit('setDesktopClipboard', 'POST', `${d}/clipboard`, { body: ex('setDesktopClipboard') });
    await hit('getDesktopClipboard', 'GET', `${d}/clipboard`);
    await hit('focusDesktopWindow', 'POST', `${d}/window/focus`, { body: ex('focusDesktopWindow', { window_id: win }) });
    await hit('getDesktopAccessibilityTree', 'GET', `${d}/accessibility-tree`);
    await hit('closeDesktopWindow', 'POST', `${d}/window/${win}/close`);

    // ── storage and volumes ────────────────────────────────────────────────
    const vol = (await hit('createVolume', 'POST', '/volumes', { body: ex('createVolume') })).json.data.id as string;
    await hit('listVolumes', 'GET', '/volumes', { query: { limit: 10 } });
    await waitFor('volume available', async () => (await call('GET', '/volumes')).json.data.find((v: { id: string }) => v.id === vol).state === 'available');
    await hit('attachVolume', 'POST', `/computers/${comp}/volumes`, { body: ex('attachVolume', { volume_id: vol }) });
    await hit('createBucket', 'POST', '/storage/buckets', { body: ex('createBucket') });
    await hit('listBuckets', 'GET', '/storage/buckets');
    await hit('putStorageObject', 'PUT', '/storage/buckets/build-artifacts/objects/builds/app.tar.gz', { raw: Buffer.from([1, 2, 3, 4]) });
    await hit('listStorageObjects', 'GET', '/storage/buckets/build-artifacts/objects', { query: { prefix: 'builds/', max_keys: 10 } });
    await hit('getStorageObject', 'GET', '/storage/buckets/build-artifacts/objects/builds/app.tar.gz');

    // ── databases ──────────────────────────────────────────────────────────
    const db = (await hit('createDatabase', 'POST', '/databases', { body: ex('createDatabase') })).json.data.id as string;
    await hit('listDatabases', 'GET', '/databases');
    await waitFor('database running', async () => (await call('GET', `/databases/${db}`)).json.data.state === 'running');
    await hit('getDatabase', 'GET', `/databases/${db}`);
    await hit('getDatabaseCredentials', 'GET', `/databases/${db}/credentials`);
    await hit('getDatabaseLogs', 'GET', `/databases/${db}/logs`, { query: { lines: 10 } });
    await hit('deleteDatabase', 'DELETE', `/databases/${db}`);

    // ── cron ───────────────────────────────────────────────────────────────
    const cron = (await hit('createCronJob', 'POST', '/cron-jobs', { body: ex('createCronJob', { sandbox_id: sbx, command: 'echo tick' }) })).json.data.id as string;
    await hit('listCronJobs', 'GET', '/cron-jobs', { query: { sandbox_id: sbx } });
    await hit('getCronJob', 'GET', `/cron-jobs/${cron}`);
    await hit('updateCronJob', 'PATCH', `/cron-jobs/${cron}`, { body: ex('updateCronJob') });
    await hit('pauseCronJob', 'POST', `/cron-jobs/${cron}/pause`);
    await hit('resumeCronJob', 'POST', `/cron-jobs/${cron}/resume`);
    await hit('runCronJobNow', 'POST', `/cron-jobs/${cron}/run-now`);
    await hit('listCronExecutions', 'GET', `/cron-jobs/${cron}/executions`);
    await hit('deleteCronJob', 'DELETE', `/cron-jobs/${cron}`);

    // ── runs ───────────────────────────────────────────────────────────────
    await hit('createRun', 'POST', '/runs', { body: ex('createRun', { target_id: sbx }) });
    const run = (await hit('createRun', 'POST', '/runs', { body: { target_kind: 'sandbox', target_id: sbx, command: 'echo run-output', wait: true } })).json.data.id as string;
    await hit('listRuns', 'GET', '/runs', { query: { target_kind: 'sandbox', target_id: sbx } });
    await hit('getRun', 'GET', `/runs/${run}`);
    await hit('getRunOutputs', 'GET', `/runs/${run}/outputs`);
    await hit('cancelRun', 'POST', `/runs/${run}/cancel`);

    // ── security and integrations ──────────────────────────────────────────
    const key = (await hit('createApiKey', 'POST', '/api-keys', { body: ex('createApiKey') })).json.data.id as string;
    await hit('listApiKeys', 'GET', '/api-keys');
    await hit('deleteApiKey', 'DELETE', `/api-keys/${key}`);
    const secret = (await hit('createSecret', 'POST', '/egress/secrets', { body: ex('createSecret', { resource_id: sbx }) })).json.data.id as string;
    await hit('listSecrets', 'GET', '/egress/secrets', { query: { resource_id: sbx } });
    await hit('rotateSecret', 'PATCH', `/egress/secrets/${secret}`, { body: ex('rotateSecret') });
    await hit('deleteSecret', 'DELETE', `/egress/secrets/${secret}`);
    const hook = (await hit('createWebhook', 'POST', '/webhooks', { body: ex('createWebhook') })).json.data.id as string;
    await hit('listWebhooks', 'GET', '/webhooks');
    await hit('testWebhook', 'POST', `/webhooks/${hook}/test`);
    const fn = (await hit('createFunction', 'POST', '/functions', { body: ex('createFunction') })).json.data.id as string;
    await hit('listFunctions', 'GET', '/functions');
    const inv = await hit('invokeFunction', 'POST', `/functions/${fn}/invoke`, { body: ex('invokeFunction') });
    expect(inv.json.data).toMatchObject({ status: 'succeeded', result: { ok: true, width: 320 } });
    await hit('createHealthCheck', 'POST', '/health-checks', { body: ex('createHealthCheck') });
    await hit('listHealthChecks', 'GET', '/health-checks');

    // ── teardown ───────────────────────────────────────────────────────────
    await hit('stopComputer', 'POST', `/computers/${comp}/stop`);
    await hit('destroyComputer', 'DELETE', `/computers/${comp}`);
    await hit('destroySandbox', 'DELETE', `/sandboxes/${fork}`);
    await hit('destroySandbox', 'DELETE', `/sandboxes/${sbx}`);

    const all = spec.operations.map((o) => o.id);
    const missing = all.filter((id) => !covered.has(id));
    console.log(`emulator coverage: ${covered.size}/${all.length} operations called, ${[...covered.values()].reduce((a, b) => a + b, 0)} calls, ${problems.length} schema problems`);
    expect(problems).toEqual([]);
    expect(missing).toEqual([]);
    expect(covered.size).toBe(all.length);
  });
});
