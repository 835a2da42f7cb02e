// What one organization (one API key, or the keys it created) owns. Records keep what the answers
// need plus the emulator's own bookkeeping (directories, processes, timers); the views in
// `handlers/*` turn them into the spec's shapes.
import type { Schema } from './api-types.js';
import type { DesktopState } from './desktop/render.js';
import type { Background, LogLine } from './exec.js';
import type { Machine } from './machine.js';
import { Collection } from './collection.js';
import type { Reply } from './handler-kit.js';
import { iso, newId, uuid } from './handler-kit.js';

export type Size = 'xs' | 'small' | 'medium' | 'large' | 'xl';

export const SIZES: Record<Size, { cpu: number; memory: number }> = {
  xs: { cpu: 1, memory: 2048 },
  small: { cpu: 2, memory: 4096 },
  medium: { cpu: 4, memory: 8192 },
  large: { cpu: 8, memory: 16384 },
  xl: { cpu: 16, memory: 32768 },
};

export interface LogEntry {
  t: number;
  stream: 'stdout' | 'stderr' | 'system';
  line: string;
}

export interface ProcessRec {
  bg: Background;
  name: string | null;
  command: string;
}

export interface SnapshotRec {
  id: string;
  sandboxId: string;
  comment: string | null;
  createdAt: number;
  dir: string;
}

export interface PreviewRec {
  id: string;
  port: number;
  url: string;
  createdAt: number;
}

export interface SandboxRec {
  id: string;
  name: string | null;
  slug: string;
  templateId: string;
  size: Size;
  timeoutSec: number;
  idleTimeoutSec: number;
  persistent: boolean;
  alwaysOn: boolean;
  tags: string[];
  metadata: Schema<'Metadata'>;
  region: string;
  workspaceId: string | null;
  state: 'provisioning' | 'running' | 'paused' | 'destroyed' | 'error';
  createdAt: number;
  startedAt?: number;
  readyAt?: number;
  destroyedAt?: number;
  bootUntil?: number;
  bootMs?: number;
  /** When the lifetime (timeout_sec) runs out. */
  deadline?: number;
  runningSince?: number;
  runtimeMs: number;
  previewUrl: string | null;
  env: Map<string, { value: string; encrypted: boolean }>;
  machine: Machine;
  processes: Map<number, ProcessRec>;
  snapshots: Collection<SnapshotRec>;
  previews: Collection<PreviewRec>;
  logs: LogEntry[];
}

export interface ExportRec {
  id: string;
  sandboxId: string;
  label: string | null;
  files: Array<{ path: string; filename: string; download_url: string }>;
  archiveUrl: string | null;
  createdAt: number;
  dir: string;
}

export interface SandboxTemplateRec {
  id: string;
  name: string;
  slug: string;
  description: string | null;
  buildSpec: Schema<'SandboxTemplateBuildSpec'>;
  createdAt: number;
  readyAt: number;
  buildId: string;
}

export interface ServiceRec {
  id: string;
  name: string;
  command: string;
  workingDir: string | null;
  port: number | null;
  restartPolicy: 'always' | 'on-failure' | 'never';
  env: Record<string, string>;
  bg?: Background;
  createdAt: number;
  restarts: number;
  stoppedByUser: boolean;
}

export interface CheckpointRec {
  id: string;
  computerId: string;
  comment: string | null;
  createdAt: number;
  readyAt: number;
  dir: string;
  sizeBytes: number;
}

export interface ComputerRec {
  id: string;
  name: string;
  slug: string;
  status: 'provisioning' | 'active' | 'paused' | 'stopped' | 'error' | 'destroyed';
  templateType: string;
  size: Size;
  visibility: 'public' | 'tenant' | 'key';
  workspaceId: string | null;
  metadata: Schema<'Metadata'>;
  ipAddress: string | null;
  createdAt: number;
  updatedAt: number;
  bootUntil?: number;
  machine: Machine;
  env: Map<string, string>;
  ports: Map<number, { port: number; protocol: 'http' | 'https' | 'tcp'; url: string }>;
  services: Collection<ServiceRec>;
  checkpoints: Collection<CheckpointRec>;
  desktop: DesktopState;
  clipboard: string;
  windowSeq: number;
  logs: LogEntry[];
  /** Restored from this checkpoint (the new computer's disk is a copy of it). */
  restoredFrom?: string;
}

export interface VersionRec {
  id: string;
  deploymentId: string;
  number: number;
  kind: 'static' | 'dynamic' | 'sandbox_backed';
  state: 'created' | 'building' | 'ready' | 'failed' | 'archived';
  sourceSandboxId: string | null;
  sha256: string | null;
  runtimePort: number | null;
  promotedAt: number | null;
  createdAt: number;
  /** Host directory of the published files. */
  dir: string | null;
  startCommand: string | null;
  /** For versions from a repository: the placeholder page to serve once ready. */
  readyAt?: number;
}

export interface DeploymentRec {
  id: string;
  name: string;
  slug: string;
  workspaceId: string | null;
  product: 'miosa_deploy' | 'docker_deploy';
  sourceType: 'repo' | 'sandbox' | 'upload';
  publicUrl: string;
  repoUrl: string | null;
  branch: string | null;
  buildCommand: string | null;
  runCommand: string | null;
  autoDeploy: boolean;
  activeVersionId: string | null;
  /** Versions made active, oldest first (what a rollback without version_id walks back). */
  history: string[];
  customDomainId: string | null;
  dockerHostId: string | null;
  metadata: Schema<'Metadata'>;
  createdAt: number;
  updatedAt: number;
  versions: Collection<VersionRec>;
  env: Map<string, { value: string; updatedAt: number }>;
  logs: LogEntry[];
  /** The running process of the active dynamic version. */
  proc?: { versionId: string; bg: Background; port: number };
  /** State forced by a failure. */
  failed?: boolean;
}

export interface DockerHostRec {
  id: string;
  workspaceId: string;
  computerId: string | null;
  region: string;
  size: Size;
  createdAt: number;
  readyAt: number;
}

export interface DomainRec {
  id: string;
  domain: string;
  resourceType: 'deployment' | 'computer' | 'sandbox' | null;
  resourceId: string | null;
  redirectPolicy: 'none' | 'www_to_apex' | 'apex_to_www';
  verificationToken: string;
  createdAt: number;
}

export interface DatabaseRec {
  id: string;
  name: string;
  engine: 'postgresql' | 'mysql' | 'redis';
  engineVersion: string;
  region: string;
  workspaceId: string | null;
  cpuCount: number;
  memoryMb: number;
  storageMb: number;
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
  createdAt: number;
  updatedAt: number;
  provisionAt: number;
  runningAt: number;
  logs: LogEntry[];
}

export interface CronExecutionRec {
  id: string;
  cronJobId: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  exitCode: number | null;
  output: string | null;
  error: string | null;
  startedAt: number | null;
  finishedAt: number | null;
  durationMs: number | null;
  done: Promise<void>;
}

export interface CronJobRec {
  id: string;
  name: string | null;
  schedule: string;
  /** Null, like the target, when the job was created without one: then it has nothing to run. */
  command: string | null;
  sandboxId: string | null;
  computerId: string | null;
  state: 'active' | 'paused' | 'error';
  lastRunAt: number | null;
  createdAt: number;
  updatedAt: number;
  executions: CronExecutionRec[];
}

export interface BucketRec {
  id: string;
  name: string;
  region: string;
  visibility: 'private' | 'public';
  createdAt: number;
  dir: string;
  objects: Map<string, { size: number; etag: string; file: string }>;
}

export interface VolumeRec {
  id: string;
  name: string;
  sizeGb: number;
  region: string;
  createdAt: number;
  readyAt: number;
  attachedTo: string | null;
  dir: string;
}

export interface AttachmentRec {
  id: string;
  volumeId: string;
  computerId: string;
  mountPath: string;
  readOnly: boolean;
  createdAt: number;
}

export interface RunRec {
  id: string;
  targetKind: 'sandbox' | 'computer';
  targetId: string;
  runner: string;
  provider: string | null;
  model: string | null;
  instruction: string | null;
  command: string | null;
  status: 'running' | 'succeeded' | 'failed' | 'canceled';
  metadata: Schema<'Metadata'>;
  startedAt: number;
  finishedAt: number | null;
  createdAt: number;
  stdout: string | null;
  stderr: string | null;
  exitCode: number | null;
  activity: Array<{ id: string; type: string; message: string; t: number }>;
  diagnostics: Array<{ code: string; message: string; retryable: boolean }>;
  cancel?: () => void;
  done: Promise<void>;
}

export interface ApiKeyRec {
  id: string;
  name: string;
  token: string;
  scopes: string[];
  expiresAt: number | null;
  lastUsedAt: number | null;
  createdAt: number;
}

export interface SecretRec {
  id: string;
  name: string;
  value: string;
  type: 'api_key' | 'oauth_token' | 'bearer' | 'basic' | 'generic';
  scope: 'user' | 'workspace' | 'tenant';
  workspaceId: string | null;
  resourceId: string | null;
  resourceType: 'sandbox' | 'computer' | null;
  exposeAsEnv: string | null;
  expiresAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookRec {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  secret: string | null;
  createdAt: number;
}

export interface FunctionRec {
  id: string;
  name: string;
  runtime: string;
  code: string | null;
  handler: string | null;
  memoryMb: number | null;
  timeoutSec: number | null;
  env: Record<string, string>;
  createdAt: number;
}

export interface HealthCheckRec {
  id: string;
  name: string;
  url: string;
  intervalSec: number;
  timeoutSec: number;
  method: 'GET' | 'HEAD' | 'POST';
  expectedStatus: number;
  createdAt: number;
}

export interface WorkspaceRec {
  id: string;
  name: string;
  description: string | null;
  createdAt: number;
}

export class Tenant {
  readonly createdAt = Date.now();
  readonly workspaces = new Collection<WorkspaceRec>('Workspace');
  readonly sandboxes = new Collection<SandboxRec>('Sandbox');
  readonly exports = new Collection<ExportRec>('Export');
  readonly sandboxTemplates = new Collection<SandboxTemplateRec>('Sandbox template');
  readonly computers = new Collection<ComputerRec>('Computer');
  readonly deployments = new Collection<DeploymentRec>('Deployment');
  readonly dockerHosts = new Collection<DockerHostRec>('Docker Deploy host');
  readonly domains = new Collection<DomainRec>('Custom domain');
  readonly databases = new Collection<DatabaseRec>('Database');
  readonly cronJobs = new Collection<CronJobRec>('Cron job');
  readonly buckets = new Collection<BucketRec>('Bucket');
  readonly volumes = new Collection<VolumeRec>('Volume');
  readonly attachments = new Collection<AttachmentRec>('Attachment');
  readonly runs = new Collection<RunRec>('Run');
  readonly apiKeys = new Collection<ApiKeyRec>('API key');
  readonly secrets = new Collection<SecretRec>('Secret');
  readonly webhooks = new Collection<WebhookRec>('Webhook');
  readonly functions = new Collection<FunctionRec>('Function');
  readonly healthChecks = new Collection<HealthCheckRec>('Health check');
  /** `${operationId} ${Idempotency-Key}` → the first answer. */
  readonly idempotency = new Map<string, { hash: string; reply: Promise<Reply> }>();
  /** Credits spent, by kind. */
  readonly spent = { compute: 0, ai: 0 };
  readonly startingCredits = 1000;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly slug: string,
    /** Host directory of this tenant's files. */
    readonly dir: string,
  ) {
    const ws: WorkspaceRec = { id: uuid(), name: 'Default', description: 'Created with the organization', createdAt: Date.now() };
    this.workspaces.add(ws);
  }

  get defaultWorkspace(): WorkspaceRec {
    return this.workspaces.values().next().value as WorkspaceRec;
  }

  get balance(): number {
    return Math.round((this.startingCredits - this.spent.compute - this.spent.ai) * 1000) / 1000;
  }

  spend(credits: number): void {
    this.spent.compute += credits;
  }
}

export function log(entries: LogEntry[], line: string, stream: LogEntry['stream'] = 'system', max = 2000): void {
  entries.push({ t: Date.now(), stream, line });
  if (entries.length > max) entries.splice(0, entries.length - max);
}

export function logText(entries: LogEntry[]): string[] {
  return entries.map((e) => `${iso(e.t)} ${e.line}`);
}

/** What a logs operation answers: the last `lines` (default 100) entries from `since` on. */
export function logTail(entries: Array<LogEntry | LogLine>, query: { since?: string; lines?: number }): Array<{ t: string; stream: LogEntry['stream']; line: string }> {
  const since = query.since ? Date.parse(query.since) : undefined;
  const kept = since === undefined ? entries : entries.filter((e) => e.t >= since);
  return kept.slice(-(query.lines ?? 100)).map((e) => ({ t: iso(e.t), stream: e.stream, line: e.line }));
}

export function fromLogLines(lines: LogLine[]): LogEntry[] {
  return lines.map((l) => ({ t: l.t, stream: l.stream, line: l.line }));
}

export { newId };
