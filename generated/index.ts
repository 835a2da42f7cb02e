// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */

import type { ToolDef } from '../src/tool-def.js';
import { apiKeyCreate } from './tools/api_key_create.js';
import { apiKeyDelete } from './tools/api_key_delete.js';
import { apiKeyList } from './tools/api_key_list.js';
import { computerCheckpointCreate } from './tools/computer_checkpoint_create.js';
import { computerCheckpointList } from './tools/computer_checkpoint_list.js';
import { computerCheckpointRestore } from './tools/computer_checkpoint_restore.js';
import { computerCreate, type ComputerCreateInput } from './tools/computer_create.js';
import { computerDestroy } from './tools/computer_destroy.js';
import { computerEnvList } from './tools/computer_env_list.js';
import { computerEnvSet } from './tools/computer_env_set.js';
import { computerExec } from './tools/computer_exec.js';
import { computerFileDelete } from './tools/computer_file_delete.js';
import { computerFileList } from './tools/computer_file_list.js';
import { computerFileMkdir } from './tools/computer_file_mkdir.js';
import { computerFileRead } from './tools/computer_file_read.js';
import { computerFileWrite } from './tools/computer_file_write.js';
import { computerGet } from './tools/computer_get.js';
import { computerList } from './tools/computer_list.js';
import { computerLogs } from './tools/computer_logs.js';
import { computerPortExpose } from './tools/computer_port_expose.js';
import { computerPortList } from './tools/computer_port_list.js';
import { computerPython } from './tools/computer_python.js';
import { computerServiceCreate } from './tools/computer_service_create.js';
import { computerServiceList } from './tools/computer_service_list.js';
import { computerServiceLogs } from './tools/computer_service_logs.js';
import { computerStart } from './tools/computer_start.js';
import { computerStop } from './tools/computer_stop.js';
import { computerUpdate } from './tools/computer_update.js';
import { creditsBalance } from './tools/credits_balance.js';
import { cronCreate } from './tools/cron_create.js';
import { cronDelete } from './tools/cron_delete.js';
import { cronExecutions } from './tools/cron_executions.js';
import { cronGet } from './tools/cron_get.js';
import { cronList } from './tools/cron_list.js';
import { cronPause } from './tools/cron_pause.js';
import { cronResume } from './tools/cron_resume.js';
import { cronRunNow } from './tools/cron_run_now.js';
import { cronUpdate } from './tools/cron_update.js';
import { customDomainCreate } from './tools/custom_domain_create.js';
import { customDomainList } from './tools/custom_domain_list.js';
import { databaseCreate } from './tools/database_create.js';
import { databaseCredentials } from './tools/database_credentials.js';
import { databaseDelete } from './tools/database_delete.js';
import { databaseGet } from './tools/database_get.js';
import { databaseList } from './tools/database_list.js';
import { databaseLogs } from './tools/database_logs.js';
import { deploymentCreate } from './tools/deployment_create.js';
import { deploymentDelete } from './tools/deployment_delete.js';
import { deploymentDomainAdd } from './tools/deployment_domain_add.js';
import { deploymentEnvDelete } from './tools/deployment_env_delete.js';
import { deploymentEnvList } from './tools/deployment_env_list.js';
import { deploymentEnvSet } from './tools/deployment_env_set.js';
import { deploymentGet } from './tools/deployment_get.js';
import { deploymentList } from './tools/deployment_list.js';
import { deploymentLogs } from './tools/deployment_logs.js';
import { deploymentPublish } from './tools/deployment_publish.js';
import { deploymentRollback } from './tools/deployment_rollback.js';
import { deploymentVersionList } from './tools/deployment_version_list.js';
import { desktopAccessibilityTree } from './tools/desktop_accessibility_tree.js';
import { desktopClick } from './tools/desktop_click.js';
import { desktopClipboardGet } from './tools/desktop_clipboard_get.js';
import { desktopClipboardSet } from './tools/desktop_clipboard_set.js';
import { desktopCursorPosition } from './tools/desktop_cursor_position.js';
import { desktopDoubleClick } from './tools/desktop_double_click.js';
import { desktopDrag } from './tools/desktop_drag.js';
import { desktopHotkey } from './tools/desktop_hotkey.js';
import { desktopKey } from './tools/desktop_key.js';
import { desktopLaunch } from './tools/desktop_launch.js';
import { desktopMove } from './tools/desktop_move.js';
import { desktopScreenSize } from './tools/desktop_screen_size.js';
import { desktopScreenshot } from './tools/desktop_screenshot.js';
import { desktopScroll } from './tools/desktop_scroll.js';
import { desktopType } from './tools/desktop_type.js';
import { desktopWindowClose } from './tools/desktop_window_close.js';
import { desktopWindowFocus } from './tools/desktop_window_focus.js';
import { desktopWindows } from './tools/desktop_windows.js';
import { dockerDeployDoctor, type DockerDeployDoctorInput } from './tools/docker_deploy_doctor.js';
import { dockerDeployHostEnsure } from './tools/docker_deploy_host_ensure.js';
import { dockerDeployPublish } from './tools/docker_deploy_publish.js';
import { functionCreate } from './tools/function_create.js';
import { functionInvoke } from './tools/function_invoke.js';
import { functionList } from './tools/function_list.js';
import { healthCheckCreate } from './tools/health_check_create.js';
import { healthCheckList } from './tools/health_check_list.js';
import { organizationCurrent } from './tools/organization_current.js';
import { organizationList } from './tools/organization_list.js';
import { regionList } from './tools/region_list.js';
import { runCancel } from './tools/run_cancel.js';
import { runCreate } from './tools/run_create.js';
import { runGet } from './tools/run_get.js';
import { runList } from './tools/run_list.js';
import { runOutputs } from './tools/run_outputs.js';
import { sandboxCreate } from './tools/sandbox_create.js';
import { sandboxDestroy } from './tools/sandbox_destroy.js';
import { sandboxEnvDelete } from './tools/sandbox_env_delete.js';
import { sandboxEnvList } from './tools/sandbox_env_list.js';
import { sandboxEnvSet, type SandboxEnvSetInput } from './tools/sandbox_env_set.js';
import { sandboxExec } from './tools/sandbox_exec.js';
import { sandboxExportCreate } from './tools/sandbox_export_create.js';
import { sandboxExpose } from './tools/sandbox_expose.js';
import { sandboxExtend } from './tools/sandbox_extend.js';
import { sandboxFileList } from './tools/sandbox_file_list.js';
import { sandboxFileRead } from './tools/sandbox_file_read.js';
import { sandboxFileStat } from './tools/sandbox_file_stat.js';
import { sandboxFileTree } from './tools/sandbox_file_tree.js';
import { sandboxFileWrite } from './tools/sandbox_file_write.js';
import { sandboxFilesWriteMany } from './tools/sandbox_files_write_many.js';
import { sandboxFork } from './tools/sandbox_fork.js';
import { sandboxGet } from './tools/sandbox_get.js';
import { sandboxList } from './tools/sandbox_list.js';
import { sandboxLogs } from './tools/sandbox_logs.js';
import { sandboxPause } from './tools/sandbox_pause.js';
import { sandboxPreviewList } from './tools/sandbox_preview_list.js';
import { sandboxPreviewShare } from './tools/sandbox_preview_share.js';
import { sandboxProcessList } from './tools/sandbox_process_list.js';
import { sandboxProcessLogs } from './tools/sandbox_process_logs.js';
import { sandboxProcessStart } from './tools/sandbox_process_start.js';
import { sandboxProcessStop } from './tools/sandbox_process_stop.js';
import { sandboxReadiness } from './tools/sandbox_readiness.js';
import { sandboxResume } from './tools/sandbox_resume.js';
import { sandboxSnapshotCreate } from './tools/sandbox_snapshot_create.js';
import { sandboxSnapshotDelete } from './tools/sandbox_snapshot_delete.js';
import { sandboxSnapshotList } from './tools/sandbox_snapshot_list.js';
import { sandboxSnapshotRestore } from './tools/sandbox_snapshot_restore.js';
import { sandboxTemplateCreate } from './tools/sandbox_template_create.js';
import { sandboxTemplateList } from './tools/sandbox_template_list.js';
import { secretDelete } from './tools/secret_delete.js';
import { secretList } from './tools/secret_list.js';
import { secretRotate } from './tools/secret_rotate.js';
import { secretSet } from './tools/secret_set.js';
import { storageBucketCreate } from './tools/storage_bucket_create.js';
import { storageBucketList } from './tools/storage_bucket_list.js';
import { storageObjectGet } from './tools/storage_object_get.js';
import { storageObjectList } from './tools/storage_object_list.js';
import { storageObjectPut } from './tools/storage_object_put.js';
import { templateList } from './tools/template_list.js';
import { usageSummary } from './tools/usage_summary.js';
import { volumeAttach } from './tools/volume_attach.js';
import { volumeCreate } from './tools/volume_create.js';
import { volumeList } from './tools/volume_list.js';
import { webhookCreate } from './tools/webhook_create.js';
import { webhookList } from './tools/webhook_list.js';
import { webhookTest } from './tools/webhook_test.js';
import { workspaceList } from './tools/workspace_list.js';
import { workspaceUsage } from './tools/workspace_usage.js';

/** Every tool of the product, sorted by name; a composite's call is attached by src/composites/index.ts. */
export const TOOLS: readonly ToolDef<any>[] = [
  apiKeyCreate,
  apiKeyDelete,
  apiKeyList,
  computerCheckpointCreate,
  computerCheckpointList,
  computerCheckpointRestore,
  computerCreate,
  computerDestroy,
  computerEnvList,
  computerEnvSet,
  computerExec,
  computerFileDelete,
  computerFileList,
  computerFileMkdir,
  computerFileRead,
  computerFileWrite,
  computerGet,
  computerList,
  computerLogs,
  computerPortExpose,
  computerPortList,
  computerPython,
  computerServiceCreate,
  computerServiceList,
  computerServiceLogs,
  computerStart,
  computerStop,
  computerUpdate,
  creditsBalance,
  cronCreate,
  cronDelete,
  cronExecutions,
  cronGet,
  cronList,
  cronPause,
  cronResume,
  cronRunNow,
  cronUpdate,
  customDomainCreate,
  customDomainList,
  databaseCreate,
  databaseCredentials,
  databaseDelete,
  databaseGet,
  databaseList,
  databaseLogs,
  deploymentCreate,
  deploymentDelete,
  deploymentDomainAdd,
  deploymentEnvDelete,
  deploymentEnvList,
  deploymentEnvSet,
  deploymentGet,
  deploymentList,
  deploymentLogs,
  deploymentPublish,
  deploymentRollback,
  deploymentVersionList,
  desktopAccessibilityTree,
  desktopClick,
  desktopClipboardGet,
  desktopClipboardSet,
  desktopCursorPosition,
  desktopDoubleClick,
  desktopDrag,
  desktopHotkey,
  desktopKey,
  desktopLaunch,
  desktopMove,
  desktopScreenSize,
  desktopScreenshot,
  desktopScroll,
  desktopType,
  desktopWindowClose,
  desktopWindowFocus,
  desktopWindows,
  dockerDeployDoctor,
  dockerDeployHostEnsure,
  dockerDeployPublish,
  functionCreate,
  functionInvoke,
  functionList,
  healthCheckCreate,
  healthCheckList,
  organizationCurrent,
  organizationList,
  regionList,
  runCancel,
  runCreate,
  runGet,
  runList,
  runOutputs,
  sandboxCreate,
  sandboxDestroy,
  sandboxEnvDelete,
  sandboxEnvList,
  sandboxEnvSet,
  sandboxExec,
  sandboxExportCreate,
  sandboxExpose,
  sandboxExtend,
  sandboxFileList,
  sandboxFileRead,
  sandboxFileStat,
  sandboxFileTree,
  sandboxFileWrite,
  sandboxFilesWriteMany,
  sandboxFork,
  sandboxGet,
  sandboxList,
  sandboxLogs,
  sandboxPause,
  sandboxPreviewList,
  sandboxPreviewShare,
  sandboxProcessList,
  sandboxProcessLogs,
  sandboxProcessStart,
  sandboxProcessStop,
  sandboxReadiness,
  sandboxResume,
  sandboxSnapshotCreate,
  sandboxSnapshotDelete,
  sandboxSnapshotList,
  sandboxSnapshotRestore,
  sandboxTemplateCreate,
  sandboxTemplateList,
  secretDelete,
  secretList,
  secretRotate,
  secretSet,
  storageBucketCreate,
  storageBucketList,
  storageObjectGet,
  storageObjectList,
  storageObjectPut,
  templateList,
  usageSummary,
  volumeAttach,
  volumeCreate,
  volumeList,
  webhookCreate,
  webhookList,
  webhookTest,
  workspaceList,
  workspaceUsage,
];

/** The composites, by name, with the input each one's hand-written call takes. */
export interface CompositeInputs {
  computer_create: ComputerCreateInput;
  docker_deploy_doctor: DockerDeployDoctorInput;
  sandbox_env_set: SandboxEnvSetInput;
}
