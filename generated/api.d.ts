// generated from openapi/miosa.yaml + openapi/mcp.overlay.yaml (inputs sha256:6cd9db441f8603e3) by codegen/ — run `make gen`, do not edit
/* eslint-disable */
export interface paths {
  "/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys (never their plaintext) */
    get: operations["listApiKeys"];
    put?: never;
    /** Create an API key; the plaintext is answered once */
    post: operations["createApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api-keys/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key */
    delete: operations["deleteApiKey"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/compute/regions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List regions and their GPU availability */
    get: operations["listRegions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List computers */
    get: operations["listComputers"];
    put?: never;
    /**
     * Create a desktop computer
     * @description Creates the VM record only; it does not boot. Start it with `POST /computers/{id}/start`.
     */
    post: operations["createComputer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/accessibility-tree": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the desktop's accessibility tree */
    get: operations["getDesktopAccessibilityTree"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/click": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Click at a screen position */
    post: operations["clickDesktop"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/clipboard": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read the clipboard text */
    get: operations["getDesktopClipboard"];
    put?: never;
    /** Replace the clipboard text */
    post: operations["setDesktopClipboard"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/cursor": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the mouse cursor position */
    get: operations["getDesktopCursor"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/double-click": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Double-click at a screen position */
    post: operations["doubleClickDesktop"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/drag": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Drag with the left button from one point to another */
    post: operations["dragDesktop"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/hotkey": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Press several keys together */
    post: operations["pressDesktopHotkey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/key": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Press and release one key */
    post: operations["pressDesktopKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/launch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Launch a desktop application */
    post: operations["launchDesktopApp"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/move": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the mouse cursor without clicking */
    post: operations["moveDesktopCursor"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/screen-size": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the screen resolution */
    get: operations["getDesktopScreenSize"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/screenshot": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Take a screenshot of the desktop */
    get: operations["getDesktopScreenshot"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/scroll": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Scroll the mouse wheel */
    post: operations["scrollDesktop"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/type": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Type text at the keyboard focus */
    post: operations["typeDesktopText"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/window/{window_id}/close": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Close a window
     * @description Asks the window to close, as its close button does; unsaved work may be lost.
     */
    post: operations["closeDesktopWindow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/window/focus": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a window to the front and focus it */
    post: operations["focusDesktopWindow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/desktop/windows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the open windows */
    get: operations["listDesktopWindows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{computer_id}/volumes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Attach a volume to a computer
     * @description Volumes attach to computers only; sandboxes cannot mount them.
     */
    post: operations["attachVolume"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a computer */
    get: operations["getComputer"];
    put?: never;
    post?: never;
    /**
     * Destroy a computer
     * @description Stops the VM and deletes it with its disk. Checkpoints are not restorable afterwards.
     */
    delete: operations["destroyComputer"];
    options?: never;
    head?: never;
    /** Update a computer's name, visibility or metadata */
    patch: operations["updateComputer"];
    trace?: never;
  };
  "/computers/{id}/env": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a computer's environment variables */
    get: operations["listComputerEnv"];
    put?: never;
    /** Set one environment variable on a computer */
    post: operations["setComputerEnv"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/exec": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a shell command on a computer */
    post: operations["execComputer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/exec/python": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run Python code on a computer */
    post: operations["execComputerPython"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a directory on a computer */
    get: operations["listComputerFiles"];
    put?: never;
    post?: never;
    /** Delete a file or directory on a computer */
    delete: operations["deleteComputerFile"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/files/download": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a file from a computer */
    get: operations["downloadComputerFile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/files/mkdir": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a directory on a computer */
    post: operations["makeComputerDirectory"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/files/write": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write a file on a computer
     * @description Creates or overwrites the file; missing parent directories are created.
     */
    post: operations["writeComputerFile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a computer's VM logs */
    get: operations["getComputerLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/ports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a computer's exposed ports */
    get: operations["listComputerPorts"];
    put?: never;
    /** Expose a port of a computer at a public URL */
    post: operations["exposeComputerPort"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/restore/{checkpoint_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restore a checkpoint into a new computer
     * @description The source computer is left as it is; the restore boots a new one.
     */
    post: operations["restoreComputerCheckpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/services": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a computer's services */
    get: operations["listComputerServices"];
    put?: never;
    /** Register and start a background service on a computer */
    post: operations["createComputerService"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/services/{service_id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a service's recent log lines */
    get: operations["getComputerServiceLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/snapshots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a computer's checkpoints */
    get: operations["listComputerCheckpoints"];
    put?: never;
    /** Checkpoint a computer (memory and disk) */
    post: operations["createComputerCheckpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/start": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Boot a computer */
    post: operations["startComputer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/computers/{id}/stop": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shut a computer down */
    post: operations["stopComputer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/credits/balance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the organization's credit balance */
    get: operations["getCreditBalance"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/cron-jobs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List cron jobs */
    get: operations["listCronJobs"];
    put?: never;
    /** Create a cron job */
    post: operations["createCronJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/cron-jobs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a cron job */
    get: operations["getCronJob"];
    put?: never;
    post?: never;
    /** Delete a cron job */
    delete: operations["deleteCronJob"];
    options?: never;
    head?: never;
    /** Update a cron job */
    patch: operations["updateCronJob"];
    trace?: never;
  };
  "/cron-jobs/{id}/executions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a cron job's executions */
    get: operations["listCronExecutions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/cron-jobs/{id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause a cron job */
    post: operations["pauseCronJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/cron-jobs/{id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a paused cron job */
    post: operations["resumeCronJob"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/cron-jobs/{id}/run-now": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a cron job once now */
    post: operations["runCronJobNow"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/custom-domains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List custom domains */
    get: operations["listCustomDomains"];
    put?: never;
    /** Register a custom domain */
    post: operations["createCustomDomain"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/databases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List managed databases */
    get: operations["listDatabases"];
    put?: never;
    /** Create a managed database */
    post: operations["createDatabase"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/databases/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a managed database */
    get: operations["getDatabase"];
    put?: never;
    post?: never;
    /**
     * Delete a managed database
     * @description Deletes the database and all of its data. Permanent.
     */
    delete: operations["deleteDatabase"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/databases/{id}/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a database's connection details */
    get: operations["getDatabaseCredentials"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/databases/{id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get recent database logs */
    get: operations["getDatabaseLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List deployments */
    get: operations["listDeployments"];
    put?: never;
    /**
     * Create a repo-backed deployment
     * @description Creates a deployment that builds from a Git repository.
     */
    post: operations["createDeployment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a deployment */
    get: operations["getDeployment"];
    put?: never;
    post?: never;
    /**
     * Delete a deployment
     * @description Deletes the deployment, its versions and its public URL. Permanent.
     */
    delete: operations["deleteDeployment"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/domains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach a custom domain to a deployment */
    post: operations["addDeploymentDomain"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/env": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a deployment's environment variables */
    get: operations["listDeploymentEnv"];
    put?: never;
    /**
     * Set deployment environment variables
     * @description Creates or overwrites the given variables; variables not named are kept.
     */
    post: operations["setDeploymentEnv"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/env/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unset one deployment environment variable */
    delete: operations["deleteDeploymentEnv"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get recent deployment logs */
    get: operations["getDeploymentLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/publish": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a sandbox's files as a new version of a deployment */
    post: operations["publishDeployment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/rollback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Roll a deployment back to an older version */
    post: operations["rollbackDeployment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/versions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a deployment's versions */
    get: operations["listDeploymentVersions"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/deployments/{id}/versions/{version_id}/promote": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a ready version the deployment's live one */
    post: operations["promoteDeploymentVersion"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docker-deploy/hosts/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a Docker Deploy host
     * @description Read by the docker_deploy_doctor composite after it reads the deployment.
     */
    get: operations["getDockerDeployHost"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docker-deploy/hosts/ensure": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create or return the workspace's Docker Deploy host */
    post: operations["ensureDockerDeployHost"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/egress/secrets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List egress secrets (metadata and masked values only) */
    get: operations["listSecrets"];
    put?: never;
    /**
     * Store an egress secret, optionally exposed to a sandbox or computer
     * @description With `expose_as_env` and `resource_id` the server also binds the secret, so the resource sees it as that environment variable.
     */
    post: operations["createSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/egress/secrets/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a secret and its bindings */
    delete: operations["deleteSecret"];
    options?: never;
    head?: never;
    /** Rotate a secret's value */
    patch: operations["rotateSecret"];
    trace?: never;
  };
  "/functions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List serverless functions */
    get: operations["listFunctions"];
    put?: never;
    /** Create a serverless function */
    post: operations["createFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/functions/{id}/invoke": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invoke a function with a JSON payload */
    post: operations["invokeFunction"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/health-checks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List uptime health checks */
    get: operations["listHealthChecks"];
    put?: never;
    /** Create an uptime health check that probes a URL */
    post: operations["createHealthCheck"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/tenants": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the organizations the caller belongs to */
    get: operations["listOrganizations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/platform/tenants/current": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the organization this request acts in
     * @description Respects `X-MIOSA-Tenant`; for an API key, the organization it is pinned to.
     */
    get: operations["getCurrentOrganization"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List runs, optionally by target or status */
    get: operations["listRuns"];
    put?: never;
    /** Start an agent or command run on a sandbox or computer */
    post: operations["createRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/runs/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a run and its status */
    get: operations["getRun"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/runs/{id}/cancel": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a running run
     * @description Cancelling a run that has already finished answers it unchanged.
     */
    post: operations["cancelRun"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/runs/{id}/outputs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a run's structured outputs */
    get: operations["getRunOutputs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandbox-templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sandbox templates (built-in and the organization's own) */
    get: operations["listSandboxTemplates"];
    put?: never;
    /** Create a sandbox template from a build spec and start building it */
    post: operations["createSandboxTemplate"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List sandboxes */
    get: operations["listSandboxes"];
    put?: never;
    /**
     * Create a sandbox
     * @description Boots asynchronously; poll `GET /sandboxes/{id}` until `state` is `running`.
     */
    post: operations["createSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a sandbox
     * @description Poll this until `state` is `running` after create, resume, fork or restore.
     */
    get: operations["getSandbox"];
    put?: never;
    post?: never;
    /** Destroy a sandbox permanently */
    delete: operations["destroySandbox"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/deploy": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish a sandbox directory as a deployment
     * @description Creates a deployment (or a new version of `deployment_id`) from files in the sandbox, on MIOSA Deploy or, with `deployment_type: docker_deploy`, on the workspace's Docker Deploy host.
     */
    post: operations["deploySandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/env": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a sandbox's environment variables */
    get: operations["listSandboxEnv"];
    /**
     * Replace a sandbox's environment variables
     * @description Replace semantics: keys not in `vars` are removed. The sandbox_env_set tool merges by reading the set first.
     */
    put: operations["replaceSandboxEnv"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/env/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one environment variable from a sandbox */
    delete: operations["deleteSandboxEnvVar"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/exec": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run a command in a sandbox and wait for it
     * @description Needs `running` (or `paused` with `persistent`); otherwise 409 SANDBOX_NOT_RUNNING.
     */
    post: operations["execSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/exports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Package sandbox paths for download */
    post: operations["createSandboxExport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/expose": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Expose a sandbox port at a preview URL */
    post: operations["exposeSandboxPort"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/extend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Extend a sandbox's timeout */
    post: operations["extendSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/files": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a folder in a sandbox */
    get: operations["listSandboxFiles"];
    put?: never;
    /** Write one file in a sandbox */
    post: operations["writeSandboxFile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/files/{path}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read (download) one file from a sandbox */
    get: operations["readSandboxFile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/files/stat": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get the metadata of one path in a sandbox */
    post: operations["statSandboxFile"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/files/tree": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a sandbox folder as a nested tree */
    get: operations["getSandboxFileTree"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/files/write-many": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write several files in a sandbox in one request */
    post: operations["writeSandboxFiles"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/fork": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fork a sandbox into a new one (copy-on-write) */
    post: operations["forkSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a sandbox's recent logs */
    get: operations["getSandboxLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause a running sandbox */
    post: operations["pauseSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/previews": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a sandbox's previews */
    get: operations["listSandboxPreviews"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/previews/{preview_id}/share": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mint a share link for a sandbox preview */
    post: operations["shareSandboxPreview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/processes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a sandbox's background processes */
    get: operations["listSandboxProcesses"];
    put?: never;
    /** Start a background process in a sandbox */
    post: operations["startSandboxProcess"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/processes/{pid}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop a background process (SIGTERM, then SIGKILL) */
    delete: operations["stopSandboxProcess"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/processes/{pid}/logs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a background process's recent output */
    get: operations["getSandboxProcessLogs"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/readiness": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check whether a sandbox is ready */
    get: operations["getSandboxReadiness"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/restore/{snapshot_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a sandbox to a snapshot */
    post: operations["restoreSandboxSnapshot"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/resume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a paused sandbox */
    post: operations["resumeSandbox"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/snapshots": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a sandbox's snapshots */
    get: operations["listSandboxSnapshots"];
    put?: never;
    /** Snapshot a sandbox */
    post: operations["createSandboxSnapshot"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/{id}/snapshots/{snapshot_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a sandbox snapshot */
    delete: operations["deleteSandboxSnapshot"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/sandboxes/by-name/{name}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a sandbox by its stable name
     * @description Answers 404 when no sandbox of the organization has this name.
     */
    get: operations["getSandboxByName"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/storage/buckets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List object storage buckets */
    get: operations["listBuckets"];
    put?: never;
    /** Create an object storage bucket */
    post: operations["createBucket"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/storage/buckets/{bucket}/objects": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List object keys in a bucket */
    get: operations["listStorageObjects"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/storage/buckets/{bucket}/objects/{key}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an object's bytes */
    get: operations["getStorageObject"];
    /** Upload an object, replacing any object with the same key */
    put: operations["putStorageObject"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/templates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the product template catalog */
    get: operations["listProductTemplates"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/usage/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Summarize credit usage over a period */
    get: operations["getUsageSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/volumes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List block volumes */
    get: operations["listVolumes"];
    put?: never;
    /** Create a block volume */
    post: operations["createVolume"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhooks */
    get: operations["listWebhooks"];
    put?: never;
    /** Register a webhook for MIOSA events */
    post: operations["createWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/webhooks/{id}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test delivery to a webhook */
    post: operations["testWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workspaces": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List workspaces in the organization */
    get: operations["listWorkspaces"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/workspaces/{id}/usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a workspace's compute, storage and bandwidth usage for a month */
    get: operations["getWorkspaceUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Answer of desktop actions.
     * @example {
     *       "success": true
     *     }
     */
    ActionResult: {
      success: boolean;
    };
    /**
     * @example {
     *       "id": "key_6r1n8d",
     *       "name": "ci-deployer",
     *       "prefix": "msk_u_Q7vX",
     *       "scopes": [
     *         "deployments:write",
     *         "sandboxes:write"
     *       ],
     *       "expires_at": "2027-06-01T00:00:00Z",
     *       "last_used_at": "2026-11-23T17:42:10Z",
     *       "created_at": "2026-06-01T08:00:00Z"
     *     }
     */
    ApiKey: {
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expires_at?: string | null;
      id: string;
      /** Format: date-time */
      last_used_at?: string | null;
      name: string;
      /** @description First characters of the key, to recognize it. */
      prefix?: string;
      /** @description Empty means full access. */
      scopes?: string[];
    };
    /**
     * @description A new key, with its plaintext `token`, which is never shown again.
     * @example {
     *       "id": "key_6r1n8d",
     *       "name": "ci-deployer",
     *       "prefix": "msk_u_Q7vX",
     *       "scopes": [
     *         "deployments:write",
     *         "sandboxes:write"
     *       ],
     *       "expires_at": "2027-06-01T00:00:00Z",
     *       "created_at": "2026-11-24T09:15:00Z",
     *       "token": "msk_u_Q7vXk29LmPa4TzR8wYc3NbEe6HdJ"
     *     }
     */
    ApiKeyCreated: {
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expires_at?: string | null;
      id: string;
      name: string;
      prefix?: string;
      scopes?: string[];
      /** @description The plaintext key; store it now, it cannot be read again. */
      token: string;
    };
    /**
     * @example {
     *       "name": "ci-deployer",
     *       "scopes": [
     *         "deployments:write",
     *         "sandboxes:write"
     *       ],
     *       "expires_at": "2027-06-01T00:00:00Z"
     *     }
     */
    ApiKeyCreateRequest: {
      /**
       * Format: date-time
       * @description Never expires when absent.
       */
      expires_at?: string;
      name: string;
      /** @description e.g. sandboxes:write; omit for full access. */
      scopes?: string[];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "key_6r1n8d",
     *         "name": "ci-deployer",
     *         "prefix": "msk_u_Q7vX",
     *         "scopes": [],
     *         "expires_at": null,
     *         "created_at": "2026-11-24T09:15:00Z",
     *         "token": "msk_u_Q7vXk29LmPa4TzR8wYc3NbEe6HdJ"
     *       }
     *     }
     */
    ApiKeyCreateResponse: {
      data: components["schemas"]["ApiKeyCreated"];
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "key_6r1n8d",
     *           "name": "ci-deployer",
     *           "prefix": "msk_u_Q7vX",
     *           "scopes": [
     *             "deployments:write",
     *             "sandboxes:write"
     *           ],
     *           "expires_at": "2027-06-01T00:00:00Z",
     *           "last_used_at": "2026-11-23T17:42:10Z",
     *           "created_at": "2026-06-01T08:00:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    ApiKeyList: {
      data: components["schemas"]["ApiKey"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "id": "bkt_7f3k2q",
     *       "name": "build-artifacts",
     *       "region": "us-east",
     *       "visibility": "private",
     *       "quota_bytes": null,
     *       "used_bytes": 1048576,
     *       "object_count": 12,
     *       "created_at": "2026-11-02T09:00:00Z"
     *     }
     */
    Bucket: {
      /** Format: date-time */
      created_at?: string;
      id: string;
      name: string;
      object_count?: number;
      quota_bytes?: number | null;
      region?: string | null;
      used_bytes?: number;
      /** @enum {string} */
      visibility?: "private" | "public";
    };
    /**
     * @example {
     *       "name": "build-artifacts",
     *       "region": "us-east",
     *       "visibility": "private"
     *     }
     */
    BucketCreateRequest: {
      /** @description Lowercase letters, digits and hyphens; unique in the organization. */
      name: string;
      /** @description Region id from region_list. */
      region?: string;
      /**
       * @description public makes objects readable without a key.
       * @default private
       * @enum {string}
       */
      visibility?: "private" | "public";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "bkt_7f3k2q",
     *           "name": "build-artifacts",
     *           "region": "us-east",
     *           "visibility": "private",
     *           "quota_bytes": null,
     *           "used_bytes": 1048576,
     *           "object_count": 12,
     *           "created_at": "2026-11-02T09:00:00Z"
     *         }
     *       ]
     *     }
     */
    BucketList: {
      data: components["schemas"]["Bucket"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "bkt_7f3k2q",
     *         "name": "build-artifacts",
     *         "region": "us-east",
     *         "visibility": "private",
     *         "quota_bytes": null,
     *         "used_bytes": 0,
     *         "object_count": 0,
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    BucketResponse: {
      data: components["schemas"]["Bucket"];
    };
    /**
     * @description A desktop VM.
     * @example {
     *       "id": "comp_7h3k2m9x",
     *       "name": "design-review",
     *       "slug": "design-review-7h3k",
     *       "status": "active",
     *       "template_type": "miosa-desktop",
     *       "size": "small",
     *       "visibility": "public",
     *       "ip_address": "10.42.3.17",
     *       "metadata": {
     *         "team": "growth"
     *       },
     *       "desktop_url": "https://app.miosa.ai/computers/comp_7h3k2m9x/desktop",
     *       "sandbox_url": "https://design-review-7h3k.sandbox.miosa.ai",
     *       "preview_domain": "miosa.ai",
     *       "created_at": "2026-11-24T09:15:00Z",
     *       "updated_at": "2026-11-24T09:16:12Z"
     *     }
     */
    Computer: {
      /** Format: date-time */
      created_at: string;
      /**
       * Format: uri
       * @description Browser URL of the live desktop view.
       */
      desktop_url?: string | null;
      /** @description comp_... */
      id: string;
      ip_address?: string | null;
      metadata?: components["schemas"]["Metadata"];
      name: string;
      /** @description Domain of port preview URLs, miosa.ai unless white-labelled. */
      preview_domain?: string;
      /** Format: uri */
      sandbox_url?: string | null;
      /** @enum {string} */
      size?: "xs" | "small" | "medium" | "large" | "xl";
      /** @description URL-safe name used in preview hosts. */
      slug?: string;
      /**
       * @description active = booted and usable; creating/starting/running/stopping are legacy values.
       * @enum {string}
       */
      status: "provisioning" | "active" | "paused" | "stopped" | "error" | "destroyed" | "creating" | "starting" | "running" | "stopping";
      template_type?: string;
      /** Format: date-time */
      updated_at?: string;
      /** @enum {string} */
      visibility?: "public" | "tenant" | "key";
    };
    /**
     * @description A Firecracker snapshot of a computer's memory and disk.
     * @example {
     *       "id": "ckpt_5d8q2w1r",
     *       "computer_id": "comp_7h3k2m9x",
     *       "comment": "before installing figma plugin",
     *       "status": "ready",
     *       "memory_size_bytes": 4294967296,
     *       "rootfs_size_bytes": 10737418240,
     *       "compressed_size_bytes": 1837105152,
     *       "parent_snapshot_id": null,
     *       "error": null,
     *       "created_at": "2026-11-24T10:02:00Z",
     *       "updated_at": "2026-11-24T10:03:41Z"
     *     }
     */
    ComputerCheckpoint: {
      comment?: string | null;
      compressed_size_bytes?: number | null;
      computer_id: string;
      /** Format: date-time */
      created_at: string;
      /** @description Why it failed, when status is failed. */
      error?: string | null;
      /** @description ckpt_... */
      id: string;
      memory_size_bytes?: number | null;
      parent_snapshot_id?: string | null;
      rootfs_size_bytes?: number | null;
      /** @enum {string} */
      status: "creating" | "uploading" | "ready" | "restoring" | "failed" | "deleted";
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @example {
     *       "comment": "before installing figma plugin"
     *     }
     */
    ComputerCheckpointCreateRequest: {
      /** @description Note to recognise the checkpoint by. */
      comment?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "ckpt_5d8q2w1r",
     *           "computer_id": "comp_7h3k2m9x",
     *           "comment": "before installing figma plugin",
     *           "status": "ready",
     *           "compressed_size_bytes": 1837105152,
     *           "created_at": "2026-11-24T10:02:00Z",
     *           "updated_at": "2026-11-24T10:03:41Z"
     *         }
     *       ]
     *     }
     */
    ComputerCheckpointList: {
      data: components["schemas"]["ComputerCheckpoint"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "ckpt_5d8q2w1r",
     *         "computer_id": "comp_7h3k2m9x",
     *         "comment": "before installing figma plugin",
     *         "status": "creating",
     *         "memory_size_bytes": null,
     *         "rootfs_size_bytes": null,
     *         "compressed_size_bytes": null,
     *         "parent_snapshot_id": null,
     *         "error": null,
     *         "created_at": "2026-11-24T10:02:00Z",
     *         "updated_at": "2026-11-24T10:02:00Z"
     *       }
     *     }
     */
    ComputerCheckpointResponse: {
      data: components["schemas"]["ComputerCheckpoint"];
    };
    /**
     * @example {
     *       "name": "design-review",
     *       "template_type": "miosa-desktop",
     *       "size": "small",
     *       "visibility": "public",
     *       "metadata": {
     *         "team": "growth"
     *       }
     *     }
     */
    ComputerCreateRequest: {
      metadata?: components["schemas"]["Metadata"];
      /** @description Display name; one is generated when absent. */
      name?: string;
      /**
       * @description xs 1 vCPU/2 GB, small 2/4 GB, medium 4/8 GB, large 8/16 GB, xl 16/32 GB.
       * @default small
       * @enum {string}
       */
      size?: "xs" | "small" | "medium" | "large" | "xl";
      /**
       * @description Template slug, miosa-desktop (GUI) or miosa-sandbox (headless).
       * @default miosa-desktop
       */
      template_type?: string;
      /**
       * @description Who may open its HTTP previews.
       * @default public
       * @enum {string}
       */
      visibility?: "public" | "tenant" | "key";
      /** Format: uuid */
      workspace_id?: string;
    };
    /**
     * @example {
     *       "path": "/home/user",
     *       "entries": [
     *         {
     *           "name": "Desktop",
     *           "path": "/home/user/Desktop",
     *           "size": 4096,
     *           "is_dir": true,
     *           "modified_at": "2026-11-24T09:15:50Z"
     *         },
     *         {
     *           "name": "notes.txt",
     *           "path": "/home/user/notes.txt",
     *           "size": 1284,
     *           "is_dir": false,
     *           "modified_at": "2026-11-24T09:20:05Z"
     *         }
     *       ]
     *     }
     */
    ComputerDirectory: {
      entries: components["schemas"]["ComputerFileEntry"][];
      path: string;
    };
    /**
     * @example {
     *       "data": {
     *         "path": "/home/user",
     *         "entries": [
     *           {
     *             "name": "notes.txt",
     *             "path": "/home/user/notes.txt",
     *             "size": 1284,
     *             "is_dir": false,
     *             "modified_at": "2026-11-24T09:20:05Z"
     *           }
     *         ]
     *       }
     *     }
     */
    ComputerDirectoryResponse: {
      data: components["schemas"]["ComputerDirectory"];
    };
    /**
     * @example {
     *       "name": "API_BASE_URL",
     *       "value": "https://api.example.com"
     *     }
     */
    ComputerEnvSetRequest: {
      name: string;
      value: string;
    };
    /**
     * @example {
     *       "name": "API_BASE_URL",
     *       "value": "https://api.example.com"
     *     }
     */
    ComputerEnvVar: {
      name: string;
      /** @description May be masked (e.g. "****") when read back. */
      value: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "name": "API_BASE_URL",
     *           "value": "https://api.example.com"
     *         },
     *         {
     *           "name": "STRIPE_SECRET_KEY",
     *           "value": "****"
     *         }
     *       ]
     *     }
     */
    ComputerEnvVarList: {
      data: components["schemas"]["ComputerEnvVar"][];
    };
    /**
     * @example {
     *       "data": {
     *         "name": "API_BASE_URL",
     *         "value": "https://api.example.com"
     *       }
     *     }
     */
    ComputerEnvVarResponse: {
      data: components["schemas"]["ComputerEnvVar"];
    };
    /**
     * @example {
     *       "command": "ls -la /home/user/Desktop",
     *       "timeout": 60
     *     }
     */
    ComputerExecRequest: {
      /** @description Shell command, run with bash -c. */
      command: string;
      /** @description Seconds before the command is killed. */
      timeout?: number;
    };
    /**
     * @example {
     *       "exit_code": 0,
     *       "stdout": "Linux-6.1.0-miosa-x86_64-with-glibc2.39\n",
     *       "stderr": ""
     *     }
     */
    ComputerExecResult: {
      exit_code: number;
      stderr: string;
      stdout: string;
    };
    /**
     * @example {
     *       "name": "notes.txt",
     *       "path": "/home/user/notes.txt",
     *       "size": 1284,
     *       "is_dir": false,
     *       "modified_at": "2026-11-24T09:20:05Z"
     *     }
     */
    ComputerFileEntry: {
      is_dir: boolean;
      /** Format: date-time */
      modified_at?: string;
      name: string;
      path: string;
      /** @description Bytes. */
      size?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "name": "notes.txt",
     *         "path": "/home/user/notes.txt",
     *         "size": 1284,
     *         "is_dir": false,
     *         "modified_at": "2026-11-24T09:20:05Z"
     *       }
     *     }
     */
    ComputerFileEntryResponse: {
      data: components["schemas"]["ComputerFileEntry"];
    };
    /**
     * @example {
     *       "path": "/home/user/projects/demo",
     *       "recursive": true
     *     }
     */
    ComputerFileMkdirRequest: {
      /** @description Absolute directory path in the VM. */
      path: string;
      /**
       * @description Also create missing parents.
       * @default true
       */
      recursive?: boolean;
    };
    /**
     * @example {
     *       "path": "/home/user/notes.txt",
     *       "content_base64": "TWVldGluZyBhdCAxMDowMAo="
     *     }
     */
    ComputerFileWriteRequest: {
      /** @description File content, base64-encoded. */
      content_base64: string;
      /** @description Absolute file path in the VM. */
      path: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "comp_7h3k2m9x",
     *           "name": "design-review",
     *           "slug": "design-review-7h3k",
     *           "status": "active",
     *           "template_type": "miosa-desktop",
     *           "size": "small",
     *           "visibility": "public",
     *           "ip_address": "10.42.3.17",
     *           "metadata": {},
     *           "preview_domain": "miosa.ai",
     *           "created_at": "2026-11-24T09:15:00Z",
     *           "updated_at": "2026-11-24T09:16:12Z"
     *         }
     *       ],
     *       "meta": {
     *         "total": 1,
     *         "page": 1,
     *         "per_page": 100
     *       }
     *     }
     */
    ComputerList: {
      data: components["schemas"]["Computer"][];
      meta?: {
        page?: number;
        per_page?: number;
        total?: number;
      };
    };
    /**
     * @example {
     *       "lines": [
     *         "2026-11-24T09:15:41Z systemd[1]: Started Xvfb virtual display.",
     *         "2026-11-24T09:15:43Z envd[412]: listening on :49983"
     *       ]
     *     }
     */
    ComputerLogs: {
      lines: string[];
    };
    /**
     * @example {
     *       "data": {
     *         "lines": [
     *           "2026-11-24T09:15:43Z envd[412]: listening on :49983"
     *         ]
     *       }
     *     }
     */
    ComputerLogsResponse: {
      data: components["schemas"]["ComputerLogs"];
    };
    /**
     * @example {
     *       "port": 3000,
     *       "protocol": "http",
     *       "url": "https://3000-design-review-7h3k.sandbox.miosa.ai",
     *       "visibility": "public"
     *     }
     */
    ComputerPort: {
      port: number;
      /** @enum {string} */
      protocol?: "http" | "https" | "tcp";
      /** @description Public URL (http/https) or host:port (tcp). */
      url?: string | null;
      /** @enum {string} */
      visibility?: "public" | "tenant" | "key";
    };
    /**
     * @example {
     *       "port": 3000,
     *       "protocol": "http"
     *     }
     */
    ComputerPortExposeRequest: {
      port: number;
      /**
       * @default http
       * @enum {string}
       */
      protocol?: "http" | "https" | "tcp";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "port": 3000,
     *           "protocol": "http",
     *           "url": "https://3000-design-review-7h3k.sandbox.miosa.ai",
     *           "visibility": "public"
     *         }
     *       ]
     *     }
     */
    ComputerPortList: {
      data: components["schemas"]["ComputerPort"][];
    };
    /**
     * @example {
     *       "data": {
     *         "port": 3000,
     *         "protocol": "http",
     *         "url": "https://3000-design-review-7h3k.sandbox.miosa.ai",
     *         "visibility": "public"
     *       }
     *     }
     */
    ComputerPortResponse: {
      data: components["schemas"]["ComputerPort"];
    };
    /**
     * @example {
     *       "code": "import platform; print(platform.platform())",
     *       "timeout": 30
     *     }
     */
    ComputerPythonRequest: {
      /** @description Python 3 source, run as a script. */
      code: string;
      /** @description Seconds before the script is killed. */
      timeout?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "comp_7h3k2m9x",
     *         "name": "design-review",
     *         "slug": "design-review-7h3k",
     *         "status": "provisioning",
     *         "template_type": "miosa-desktop",
     *         "size": "small",
     *         "visibility": "public",
     *         "ip_address": null,
     *         "metadata": {},
     *         "preview_domain": "miosa.ai",
     *         "created_at": "2026-11-24T09:15:00Z",
     *         "updated_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    ComputerResponse: {
      data: components["schemas"]["Computer"];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "comp_2n6v8b4c",
     *         "name": "design-review-restored",
     *         "slug": "design-review-restored-2n6v",
     *         "status": "provisioning",
     *         "template_type": "miosa-desktop",
     *         "size": "small",
     *         "visibility": "public",
     *         "ip_address": null,
     *         "metadata": {},
     *         "preview_domain": "miosa.ai",
     *         "created_at": "2026-11-24T11:00:00Z",
     *         "updated_at": "2026-11-24T11:00:00Z"
     *       },
     *       "snapshot": {
     *         "id": "ckpt_5d8q2w1r",
     *         "computer_id": "comp_7h3k2m9x",
     *         "comment": "before installing figma plugin",
     *         "status": "ready",
     *         "created_at": "2026-11-24T10:02:00Z",
     *         "updated_at": "2026-11-24T10:03:41Z"
     *       }
     *     }
     */
    ComputerRestoreResponse: {
      data: components["schemas"]["Computer"];
      snapshot?: components["schemas"]["ComputerCheckpoint"];
    };
    /**
     * @description A supervised background process on a computer.
     * @example {
     *       "id": "svc_3j9w2k7p",
     *       "name": "web",
     *       "command": "python -m http.server 8000",
     *       "status": "running",
     *       "working_dir": "/home/user/site",
     *       "port": 8000,
     *       "restart_policy": "always",
     *       "pid": 2214,
     *       "created_at": "2026-11-24T09:30:00Z"
     *     }
     */
    ComputerService: {
      command: string;
      /** Format: date-time */
      created_at?: string;
      /** @description svc_... */
      id: string;
      name: string;
      pid?: number | null;
      port?: number | null;
      /** @enum {string} */
      restart_policy?: "always" | "on-failure" | "never";
      /** @description For example starting, running, stopped, failed. */
      status: string;
      working_dir?: string | null;
    };
    /**
     * @example {
     *       "name": "web",
     *       "command": "python -m http.server 8000",
     *       "working_dir": "/home/user/site",
     *       "port": 8000,
     *       "restart_policy": "always",
     *       "env": {
     *         "PYTHONUNBUFFERED": "1"
     *       }
     *     }
     */
    ComputerServiceCreateRequest: {
      /** @description Shell command that runs in the foreground. */
      command: string;
      env?: components["schemas"]["EnvMap"];
      /** @description Unique on this computer. */
      name: string;
      /** @description Port it listens on, if any. */
      port?: number;
      /**
       * @default always
       * @enum {string}
       */
      restart_policy?: "always" | "on-failure" | "never";
      /** @description Absolute directory to run in. */
      working_dir?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "svc_3j9w2k7p",
     *           "name": "web",
     *           "command": "python -m http.server 8000",
     *           "status": "running",
     *           "port": 8000,
     *           "restart_policy": "always",
     *           "created_at": "2026-11-24T09:30:00Z"
     *         }
     *       ]
     *     }
     */
    ComputerServiceList: {
      data: components["schemas"]["ComputerService"][];
    };
    /**
     * @example {
     *       "stream": "stderr",
     *       "line": "Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ..."
     *     }
     */
    ComputerServiceLogLine: {
      line: string;
      /** @enum {string} */
      stream: "stdout" | "stderr";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "stream": "stderr",
     *           "line": "Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ..."
     *         },
     *         {
     *           "stream": "stderr",
     *           "line": "10.42.0.1 - - [24/Nov/2026 09:31:02] \"GET / HTTP/1.1\" 200 -"
     *         }
     *       ]
     *     }
     */
    ComputerServiceLogs: {
      data: components["schemas"]["ComputerServiceLogLine"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "svc_3j9w2k7p",
     *         "name": "web",
     *         "command": "python -m http.server 8000",
     *         "status": "starting",
     *         "working_dir": "/home/user/site",
     *         "port": 8000,
     *         "restart_policy": "always",
     *         "pid": null,
     *         "created_at": "2026-11-24T09:30:00Z"
     *       }
     *     }
     */
    ComputerServiceResponse: {
      data: components["schemas"]["ComputerService"];
    };
    /**
     * @example {
     *       "name": "design-review-v2",
     *       "visibility": "tenant"
     *     }
     */
    ComputerUpdateRequest: {
      metadata?: components["schemas"]["Metadata"];
      name?: string;
      /**
       * @description Who may open its HTTP previews.
       * @enum {string}
       */
      visibility?: "public" | "tenant" | "key";
    };
    /**
     * @example {
     *       "balance": 1250.5,
     *       "expires_at": "2026-12-31T23:59:59Z"
     *     }
     */
    CreditBalance: {
      /** @description Credits available. */
      balance: number;
      /**
       * Format: date-time
       * @description When the current grant expires, if it does.
       */
      expires_at?: string | null;
    };
    /**
     * @description One run of a cron job's command.
     * @example {
     *       "id": "exec_3q7v1m",
     *       "cron_job_id": "cron_5n8w2e",
     *       "status": "succeeded",
     *       "exit_code": 0,
     *       "output": "OK https://clinic.osa.miosa.app 200 in 143ms\n",
     *       "error": null,
     *       "started_at": "2026-11-24T09:10:00Z",
     *       "finished_at": "2026-11-24T09:10:01Z",
     *       "duration_ms": 812
     *     }
     */
    CronExecution: {
      cron_job_id: string;
      duration_ms?: number | null;
      /** @description Why it could not run, if it did not. */
      error?: string | null;
      exit_code?: number | null;
      /** Format: date-time */
      finished_at?: string | null;
      id: string;
      /** @description Combined stdout and stderr, truncated. */
      output?: string | null;
      /** Format: date-time */
      started_at?: string | null;
      /** @enum {string} */
      status: "queued" | "running" | "succeeded" | "failed";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "exec_8d2k6t",
     *           "cron_job_id": "cron_5n8w2e",
     *           "status": "succeeded",
     *           "exit_code": 0,
     *           "output": "OK https://clinic.osa.miosa.app 200 in 151ms\n",
     *           "started_at": "2026-11-24T09:12:31Z",
     *           "finished_at": "2026-11-24T09:12:32Z",
     *           "duration_ms": 907
     *         },
     *         {
     *           "id": "exec_3q7v1m",
     *           "cron_job_id": "cron_5n8w2e",
     *           "status": "failed",
     *           "exit_code": 1,
     *           "output": "FAIL https://clinic.osa.miosa.app 502\n",
     *           "started_at": "2026-11-24T09:10:00Z",
     *           "finished_at": "2026-11-24T09:10:01Z",
     *           "duration_ms": 1204
     *         }
     *       ]
     *     }
     */
    CronExecutionList: {
      data: components["schemas"]["CronExecution"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "exec_8d2k6t",
     *         "cron_job_id": "cron_5n8w2e",
     *         "status": "succeeded",
     *         "exit_code": 0,
     *         "output": "OK https://clinic.osa.miosa.app 200 in 151ms\n",
     *         "error": null,
     *         "started_at": "2026-11-24T09:12:31Z",
     *         "finished_at": "2026-11-24T09:12:32Z",
     *         "duration_ms": 907
     *       }
     *     }
     */
    CronExecutionResponse: {
      data: components["schemas"]["CronExecution"];
    };
    /**
     * @description A shell command run on a sandbox or computer on a 5-field cron schedule (UTC).
     * @example {
     *       "id": "cron_5n8w2e",
     *       "name": "health-check",
     *       "schedule": "*\/5 * * * *",
     *       "command": "bash /workspace/health-check.sh",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "computer_id": null,
     *       "state": "active",
     *       "last_run_at": "2026-11-24T09:10:00Z",
     *       "next_run_at": "2026-11-24T09:15:00Z",
     *       "created_at": "2026-11-24T08:58:12Z",
     *       "updated_at": "2026-11-24T08:58:12Z"
     *     }
     */
    CronJob: {
      command: string | null;
      computer_id?: string | null;
      /** Format: date-time */
      created_at: string;
      id: string;
      /** Format: date-time */
      last_run_at?: string | null;
      name?: string | null;
      /** Format: date-time */
      next_run_at?: string | null;
      sandbox_id?: string | null;
      /** @description 5-field cron expression, evaluated in UTC. */
      schedule: string;
      /** @enum {string} */
      state: "active" | "paused" | "error";
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @description A job runs command on its target: at most one of sandbox_id and computer_id. A job without a command or a target is kept but has nothing to run (its runs fail, saying so).
     * @example {
     *       "schedule": "*\/5 * * * *",
     *       "command": "bash /workspace/health-check.sh",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "name": "health-check"
     *     }
     */
    CronJobCreateRequest: {
      /** @description Shell command, run in /workspace. */
      command?: string;
      /** @description Computer to run on (comp_…). */
      computer_id?: string;
      name: string;
      /** @description Sandbox to run on (sbx_…). */
      sandbox_id?: string;
      /** @description 5-field cron expression in UTC, e.g. *\/5 * * * *. */
      schedule: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "cron_5n8w2e",
     *           "name": "health-check",
     *           "schedule": "*\/5 * * * *",
     *           "command": "bash /workspace/health-check.sh",
     *           "sandbox_id": "sbx_9f2c1a",
     *           "computer_id": null,
     *           "state": "active",
     *           "next_run_at": "2026-11-24T09:15:00Z",
     *           "created_at": "2026-11-24T08:58:12Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    CronJobList: {
      data: components["schemas"]["CronJob"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "cron_5n8w2e",
     *         "name": "health-check",
     *         "schedule": "*\/5 * * * *",
     *         "command": "bash /workspace/health-check.sh",
     *         "sandbox_id": "sbx_9f2c1a",
     *         "computer_id": null,
     *         "state": "active",
     *         "last_run_at": null,
     *         "next_run_at": "2026-11-24T09:05:00Z",
     *         "created_at": "2026-11-24T09:01:44Z"
     *       }
     *     }
     */
    CronJobResponse: {
      data: components["schemas"]["CronJob"];
    };
    /**
     * @description Fields to change; others are kept.
     * @example {
     *       "schedule": "0 * * * *"
     *     }
     */
    CronJobUpdateRequest: {
      command?: string;
      name?: string;
      /** @description 5-field cron expression in UTC. */
      schedule?: string;
    };
    /**
     * @description A hostname routed to a deployment or computer once its DNS verifies.
     * @example {
     *       "id": "dom_2h6r9k",
     *       "domain": "app.example.com",
     *       "state": "pending",
     *       "verified": false,
     *       "resource_type": "deployment",
     *       "resource_id": "dep_4k2m9x",
     *       "redirect_policy": "none",
     *       "verification_token": "miosa-verify=7f3c91d2a4b8",
     *       "created_at": "2026-11-24T09:30:00Z"
     *     }
     */
    CustomDomain: {
      /** Format: date-time */
      created_at?: string;
      domain: string;
      id: string;
      /** @enum {string} */
      redirect_policy?: "none" | "www_to_apex" | "apex_to_www";
      resource_id?: string | null;
      /** @enum {string|null} */
      resource_type?: "deployment" | "computer" | "sandbox" | null;
      /** @enum {string} */
      state: "pending" | "verified" | "active" | "failed" | "removed";
      verification_token?: string | null;
      verified?: boolean;
    };
    /**
     * @example {
     *       "domain": "www.example.com",
     *       "resource_type": "deployment",
     *       "resource_id": "dep_4k2m9x",
     *       "redirect_policy": "www_to_apex"
     *     }
     */
    CustomDomainCreateRequest: {
      /** @description Hostname, e.g. app.example.com. */
      domain: string;
      /**
       * @default none
       * @enum {string}
       */
      redirect_policy?: "none" | "www_to_apex" | "apex_to_www";
      /** @description Id of that resource, e.g. dep_…. */
      resource_id?: string;
      /**
       * @description Kind of resource to route to; with resource_id.
       * @enum {string}
       */
      resource_type?: "deployment" | "computer" | "sandbox";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "dom_2h6r9k",
     *           "domain": "app.example.com",
     *           "state": "active",
     *           "verified": true,
     *           "resource_type": "deployment",
     *           "resource_id": "dep_4k2m9x",
     *           "created_at": "2026-11-24T09:30:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    CustomDomainList: {
      data: components["schemas"]["CustomDomain"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "dom_2h6r9k",
     *         "domain": "app.example.com",
     *         "state": "pending",
     *         "verified": false,
     *         "resource_type": "deployment",
     *         "resource_id": "dep_4k2m9x",
     *         "redirect_policy": "none",
     *         "verification_token": "miosa-verify=7f3c91d2a4b8",
     *         "created_at": "2026-11-24T09:30:00Z"
     *       }
     *     }
     */
    CustomDomainResponse: {
      data: components["schemas"]["CustomDomain"];
    };
    /**
     * @description A managed PostgreSQL, MySQL or Redis database. Usable when state is running.
     * @example {
     *       "id": "db_7xk2pq",
     *       "name": "my-app-db",
     *       "state": "running",
     *       "engine": "postgresql",
     *       "engine_version": "16",
     *       "region": "us-east",
     *       "workspace_id": "ws_7hq2rd",
     *       "cpu_count": 1,
     *       "memory_mb": 1024,
     *       "storage_mb": 10240,
     *       "host": "db-7xk2pq.us-east.db.miosa.ai",
     *       "port": 5432,
     *       "connection_test": {
     *         "status": "ok",
     *         "reason": null
     *       },
     *       "created_at": "2026-11-24T09:15:00Z",
     *       "updated_at": "2026-11-24T09:16:21Z"
     *     }
     */
    Database: {
      /** @description Last reachability check; status ok when reachable. */
      connection_test?: {
        reason?: string | null;
        status?: string;
      } | null;
      cpu_count?: number;
      /** Format: date-time */
      created_at: string;
      /** @enum {string} */
      engine: "postgresql" | "mysql" | "redis";
      engine_version?: string | null;
      host?: string | null;
      id: string;
      memory_mb?: number;
      name: string;
      port?: number | null;
      region?: string | null;
      /** @enum {string} */
      state: "creating" | "provisioning" | "starting" | "running" | "available" | "stopping" | "stopped" | "restarting" | "error" | "failed";
      storage_mb?: number;
      /** Format: date-time */
      updated_at?: string;
      workspace_id?: string | null;
    };
    /**
     * @example {
     *       "name": "my-app-db",
     *       "engine": "postgresql",
     *       "engine_version": "16",
     *       "region": "us-east"
     *     }
     */
    DatabaseCreateRequest: {
      cpu_count?: number;
      /**
       * @description postgres is another name for postgresql.
       * @default postgresql
       * @enum {string}
       */
      engine?: "postgresql" | "postgres" | "mysql" | "redis";
      /** @description Major version, e.g. "16" for PostgreSQL. */
      engine_version?: string;
      memory_mb?: number;
      name: string;
      /** @example us-east */
      region?: string;
      storage_mb?: number;
      workspace_id?: string;
    };
    /**
     * @description How to connect. Contains the password; treat as a secret.
     * @example {
     *       "connection_string": "postgresql://app:Qm9r7vT2xL4p@db-7xk2pq.us-east.db.miosa.ai:5432/app",
     *       "url": "postgresql://app:Qm9r7vT2xL4p@db-7xk2pq.us-east.db.miosa.ai:5432/app",
     *       "internal_url": "postgresql://app:Qm9r7vT2xL4p@db-7xk2pq.internal:5432/app",
     *       "host": "db-7xk2pq.us-east.db.miosa.ai",
     *       "port": 5432,
     *       "database": "app",
     *       "username": "app",
     *       "password": "Qm9r7vT2xL4p"
     *     }
     */
    DatabaseCredentials: {
      /** @description Ready-to-use URL, e.g. postgresql://user:pass@host:5432/db. */
      connection_string: string;
      database?: string | null;
      host: string;
      /** @description URL reachable only from MIOSA sandboxes and deployments. */
      internal_url?: string | null;
      password?: string | null;
      port: number;
      url?: string;
      username?: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "connection_string": "postgresql://app:Qm9r7vT2xL4p@db-7xk2pq.us-east.db.miosa.ai:5432/app",
     *         "url": "postgresql://app:Qm9r7vT2xL4p@db-7xk2pq.us-east.db.miosa.ai:5432/app",
     *         "host": "db-7xk2pq.us-east.db.miosa.ai",
     *         "port": 5432,
     *         "database": "app",
     *         "username": "app",
     *         "password": "Qm9r7vT2xL4p"
     *       }
     *     }
     */
    DatabaseCredentialsResponse: {
      data: components["schemas"]["DatabaseCredentials"];
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "db_7xk2pq",
     *           "name": "my-app-db",
     *           "state": "running",
     *           "engine": "postgresql",
     *           "engine_version": "16",
     *           "region": "us-east",
     *           "host": "db-7xk2pq.us-east.db.miosa.ai",
     *           "port": 5432,
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    DatabaseList: {
      data: components["schemas"]["Database"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "database_id": "db_7xk2pq",
     *         "logs": [
     *           {
     *             "t": "2026-11-24T09:16:20Z",
     *             "stream": "stderr",
     *             "line": "LOG:  database system is ready to accept connections"
     *           }
     *         ]
     *       }
     *     }
     */
    DatabaseLogsResponse: {
      data: {
        database_id: string;
        logs: {
          line: string;
          stream?: string;
          /** Format: date-time */
          t?: string;
        }[];
      };
    };
    /**
     * @example {
     *       "data": {
     *         "id": "db_7xk2pq",
     *         "name": "my-app-db",
     *         "state": "creating",
     *         "engine": "postgresql",
     *         "engine_version": "16",
     *         "region": "us-east",
     *         "host": null,
     *         "port": null,
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    DatabaseResponse: {
      data: components["schemas"]["Database"];
    };
    /**
     * @description Answer of deletes that return a body.
     * @example {
     *       "data": {
     *         "id": "dep_4k2m9x",
     *         "deleted": true
     *       }
     *     }
     */
    Deleted: {
      data: {
        deleted: boolean;
        id: string;
      };
    };
    /**
     * @description The stable production object behind a public URL; versions are published into it.
     * @example {
     *       "id": "dep_4k2m9x",
     *       "name": "clinic",
     *       "slug": "clinic",
     *       "workspace_id": "ws_7hq2rd",
     *       "state": "running",
     *       "deployment_product": "miosa_deploy",
     *       "source_type": "sandbox",
     *       "public_url": "https://clinic.osa.miosa.app",
     *       "repo_url": null,
     *       "branch": null,
     *       "build_command": "npm run build",
     *       "run_command": null,
     *       "auto_deploy": false,
     *       "active_version_id": "ver_8c1n4t",
     *       "custom_domain_id": null,
     *       "linked_database_id": null,
     *       "docker_deploy_host_id": null,
     *       "docker_deploy_app": null,
     *       "metadata": {},
     *       "created_at": "2026-11-24T09:15:00Z",
     *       "updated_at": "2026-11-24T09:17:42Z"
     *     }
     */
    Deployment: {
      active_version_id?: string | null;
      /** @description Rebuild on every push to branch. */
      auto_deploy?: boolean;
      branch?: string | null;
      build_command?: string | null;
      /** Format: date-time */
      created_at: string;
      custom_domain_id?: string | null;
      /**
       * @default miosa_deploy
       * @enum {string}
       */
      deployment_product?: "miosa_deploy" | "docker_deploy";
      /** @description The container app on the Docker Deploy host (docker_deploy only). */
      docker_deploy_app?: {
        id?: string;
        last_error?: string | null;
        last_health_status?: string | null;
        public_url?: string | null;
        runtime_ip?: string | null;
        runtime_port?: number | null;
        status?: string;
      } | null;
      docker_deploy_host_id?: string | null;
      id: string;
      linked_database_id?: string | null;
      /** @description Free-form; may hold runtime.{ip, port} for Docker Deploy routes. */
      metadata?: {
        [key: string]: unknown;
      };
      name: string;
      /**
       * Format: uri
       * @description Canonical live URL; null until first published.
       */
      public_url?: string | null;
      repo_url?: string | null;
      run_command?: string | null;
      slug?: string;
      /** @enum {string} */
      source_type?: "repo" | "sandbox" | "upload";
      /** @enum {string} */
      state: "pending" | "building" | "running" | "stopped" | "failed";
      /** Format: date-time */
      updated_at?: string;
      workspace_id?: string | null;
    };
    /**
     * @example {
     *       "name": "web",
     *       "repo_url": "https://github.com/acme/web",
     *       "branch": "main",
     *       "build_command": "npm run build",
     *       "run_command": "npm start",
     *       "auto_deploy": true
     *     }
     */
    DeploymentCreateRequest: {
      /** @description Rebuild on every push to branch. */
      auto_deploy?: boolean;
      /** @description Branch to build; the repository's default branch when omitted. */
      branch?: string;
      /** @example npm run build */
      build_command?: string;
      name: string;
      /**
       * Format: uri
       * @description Git repository to build from, e.g. https://github.com/acme/web.
       */
      repo_url?: string;
      /** @example npm start */
      run_command?: string;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "dep_9r3v7w",
     *         "name": "web",
     *         "state": "pending",
     *         "deployment_product": "miosa_deploy",
     *         "source_type": "repo",
     *         "public_url": null,
     *         "repo_url": "https://github.com/acme/web",
     *         "branch": "main",
     *         "build_command": "npm run build",
     *         "run_command": "npm start",
     *         "auto_deploy": true,
     *         "created_at": "2026-11-24T09:15:00Z"
     *       },
     *       "webhook_secret": "whsec_3Jd8fQ2mZx71"
     *     }
     */
    DeploymentCreateResponse: {
      data: components["schemas"]["Deployment"];
      /** @description Secret for the repository's push webhook; shown once. */
      webhook_secret?: string | null;
    };
    /**
     * @example {
     *       "domain": "app.example.com",
     *       "redirect_policy": "none"
     *     }
     */
    DeploymentDomainAddRequest: {
      /** @description Hostname, e.g. app.example.com. */
      domain: string;
      /**
       * @default none
       * @enum {string}
       */
      redirect_policy?: "none" | "www_to_apex" | "apex_to_www";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "name": "DATABASE_URL",
     *           "preview": "post••••",
     *           "updated_at": "2026-11-24T09:20:00Z"
     *         },
     *         {
     *           "name": "NODE_ENV",
     *           "preview": "prod••••",
     *           "updated_at": "2026-11-24T09:15:00Z"
     *         }
     *       ]
     *     }
     */
    DeploymentEnvList: {
      data: components["schemas"]["DeploymentEnvVar"][];
    };
    /**
     * @example {
     *       "env": {
     *         "DATABASE_URL": "postgresql://app:s3cr3t@db-7xk2.miosa.ai:5432/app"
     *       }
     *     }
     */
    DeploymentEnvSetRequest: {
      /** @description Variables to create or overwrite, name to value. */
      env: components["schemas"]["EnvMap"];
    };
    /**
     * @description One variable; the value itself is never returned.
     * @example {
     *       "name": "DATABASE_URL",
     *       "preview": "post••••",
     *       "updated_at": "2026-11-24T09:20:00Z"
     *     }
     */
    DeploymentEnvVar: {
      name: string;
      /** @description Masked value, e.g. post••••. */
      preview?: string;
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "dep_4k2m9x",
     *           "name": "clinic",
     *           "state": "running",
     *           "deployment_product": "miosa_deploy",
     *           "public_url": "https://clinic.osa.miosa.app",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    DeploymentList: {
      data: components["schemas"]["Deployment"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "deployment_id": "dep_4k2m9x",
     *         "logs": [
     *           {
     *             "t": "2026-11-24T09:16:03Z",
     *             "stream": "build",
     *             "line": "✓ Compiled successfully"
     *           },
     *           {
     *             "t": "2026-11-24T09:17:40Z",
     *             "stream": "stdout",
     *             "line": "Listening on :3000"
     *           }
     *         ]
     *       }
     *     }
     */
    DeploymentLogsResponse: {
      data: {
        deployment_id: string;
        logs: {
          line: string;
          /** @description Source, e.g. stdout, stderr or build. */
          stream?: string;
          /** Format: date-time */
          t?: string;
        }[];
      };
    };
    /**
     * @description Publish from a sandbox; name creates a new deployment, deployment_id adds a version.
     * @example {
     *       "name": "clinic",
     *       "type": "static",
     *       "output_path": "/workspace/.next/out"
     *     }
     */
    DeploymentPublishRequest: {
      /** @description Command that builds the app before it is published. */
      build_command?: string;
      /** @description Existing deployment to publish a new version into. */
      deployment_id?: string;
      /**
       * @default miosa_deploy
       * @enum {string}
       */
      deployment_type?: "miosa_deploy" | "docker_deploy";
      /** @description Docker Deploy app template (docker_deploy only). */
      docker_deploy_template_id?: string;
      /** @description File the app starts from, e.g. server.js or index.html. */
      entrypoint?: string;
      /** @description Name of a new deployment; ignored when deployment_id is given. */
      name?: string;
      /** @description Directory in the sandbox to publish, e.g. /workspace/dist. */
      output_path?: string;
      /** @description Port a dynamic app listens on. */
      port?: number;
      /** @description Command that starts a dynamic app. */
      start_command?: string;
      /**
       * @description static: serve output_path as files; dynamic: run start_command on port.
       * @enum {string}
       */
      type?: "static" | "dynamic";
    };
    /**
     * @example {
     *       "data": {
     *         "deployment_id": "dep_4k2m9x",
     *         "sandbox_id": "sbx_9f2c1a",
     *         "public_url": "https://clinic.osa.miosa.app",
     *         "url": "https://clinic.osa.miosa.app",
     *         "deployment_product": "miosa_deploy",
     *         "deployment": {
     *           "id": "dep_4k2m9x",
     *           "name": "clinic",
     *           "state": "building",
     *           "public_url": "https://clinic.osa.miosa.app",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       }
     *     }
     */
    DeploymentPublishResponse: {
      data: components["schemas"]["DeploymentPublishResult"];
    };
    /**
     * @example {
     *       "deployment_id": "dep_4k2m9x",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "public_url": "https://clinic.osa.miosa.app",
     *       "url": "https://clinic.osa.miosa.app",
     *       "deployment_product": "miosa_deploy",
     *       "deployment": {
     *         "id": "dep_4k2m9x",
     *         "name": "clinic",
     *         "state": "building",
     *         "deployment_product": "miosa_deploy",
     *         "source_type": "sandbox",
     *         "public_url": "https://clinic.osa.miosa.app",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       },
     *       "version": {
     *         "id": "ver_8c1n4t",
     *         "deployment_id": "dep_4k2m9x",
     *         "version_number": 1,
     *         "kind": "static",
     *         "state": "building",
     *         "source_sandbox_id": "sbx_9f2c1a",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    DeploymentPublishResult: {
      deployment: components["schemas"]["Deployment"];
      deployment_id: string;
      /** @enum {string} */
      deployment_product?: "miosa_deploy" | "docker_deploy";
      /**
       * Format: uri
       * @description Live URL; serves once deployment.state is running.
       */
      public_url: string;
      sandbox_id?: string;
      /**
       * Format: uri
       * @description The same live URL, under the name the TS SDK README reads first.
       */
      url: string;
      version?: components["schemas"]["DeploymentVersion"];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "dep_4k2m9x",
     *         "name": "clinic",
     *         "state": "running",
     *         "deployment_product": "miosa_deploy",
     *         "public_url": "https://clinic.osa.miosa.app",
     *         "active_version_id": "ver_8c1n4t",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    DeploymentResponse: {
      data: components["schemas"]["Deployment"];
    };
    /**
     * @example {
     *       "version_id": "ver_2b7q5p"
     *     }
     */
    DeploymentRollbackRequest: {
      /** @description Ready version to go back to (ver_…); default the previously active one. */
      version_id?: string;
    };
    /**
     * @description An immutable publish result of a deployment.
     * @example {
     *       "id": "ver_8c1n4t",
     *       "deployment_id": "dep_4k2m9x",
     *       "version_number": 3,
     *       "kind": "static",
     *       "state": "ready",
     *       "source_sandbox_id": "sbx_9f2c1a",
     *       "artifact_sha256": "9b74c9897bac770ffc029102a200c5de6a2a7b1f0e3a4c1d5e8f0a2b3c4d5e6f",
     *       "runtime_port": null,
     *       "promoted_at": "2026-11-24T09:17:40Z",
     *       "created_at": "2026-11-24T09:15:00Z"
     *     }
     */
    DeploymentVersion: {
      artifact_sha256?: string | null;
      /** Format: date-time */
      created_at: string;
      deployment_id: string;
      id: string;
      /** @enum {string} */
      kind?: "static" | "dynamic" | "sandbox_backed";
      /**
       * Format: date-time
       * @description When it became the active version; null if never.
       */
      promoted_at?: string | null;
      runtime_port?: number | null;
      source_sandbox_id?: string | null;
      /** @enum {string} */
      state: "created" | "building" | "ready" | "failed" | "archived";
      version_number?: number;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "ver_8c1n4t",
     *           "deployment_id": "dep_4k2m9x",
     *           "version_number": 3,
     *           "kind": "static",
     *           "state": "ready",
     *           "promoted_at": "2026-11-24T09:17:40Z",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         },
     *         {
     *           "id": "ver_2b7q5p",
     *           "deployment_id": "dep_4k2m9x",
     *           "version_number": 2,
     *           "kind": "static",
     *           "state": "ready",
     *           "promoted_at": "2026-11-20T14:02:11Z",
     *           "created_at": "2026-11-20T14:00:05Z"
     *         }
     *       ],
     *       "next_cursor": "djI6dmVyXzJiN3E1cA",
     *       "has_more": true
     *     }
     */
    DeploymentVersionList: {
      data: components["schemas"]["DeploymentVersion"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "environment": "production"
     *     }
     */
    DeploymentVersionPromoteRequest: {
      /** @description Target environment, e.g. production. */
      environment?: string;
    };
    /**
     * @example {
     *       "source_sandbox_id": "sbx_9f2c1a",
     *       "output_path": "/workspace/dist",
     *       "entrypoint": "index.html"
     *     }
     */
    DeploymentVersionPublishRequest: {
      /** @description File the app starts from, e.g. index.html. */
      entrypoint?: string;
      /** @description Directory in the sandbox to publish; default /workspace. */
      output_path?: string;
      /**
       * @description Make the new version live once it is ready.
       * @default true
       */
      promote?: boolean;
      /** @description Sandbox (sbx_…) whose files are published. */
      source_sandbox_id: string;
    };
    /**
     * @example {
     *       "data": {
     *         "deployment": {
     *           "id": "dep_4k2m9x",
     *           "name": "clinic",
     *           "state": "running",
     *           "public_url": "https://clinic.osa.miosa.app",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         },
     *         "version": {
     *           "id": "ver_8c1n4t",
     *           "deployment_id": "dep_4k2m9x",
     *           "version_number": 2,
     *           "kind": "static",
     *           "state": "ready",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         },
     *         "promoted": true
     *       }
     *     }
     */
    DeploymentVersionPublishResponse: {
      data: components["schemas"]["DeploymentVersionPublishResult"];
    };
    /**
     * @example {
     *       "deployment": {
     *         "id": "dep_4k2m9x",
     *         "name": "clinic",
     *         "state": "building",
     *         "public_url": "https://clinic.osa.miosa.app",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       },
     *       "version": {
     *         "id": "ver_8c1n4t",
     *         "deployment_id": "dep_4k2m9x",
     *         "version_number": 2,
     *         "kind": "static",
     *         "state": "building",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       },
     *       "promoted": true
     *     }
     */
    DeploymentVersionPublishResult: {
      deployment: components["schemas"]["Deployment"];
      promoted: boolean;
      version: components["schemas"]["DeploymentVersion"];
    };
    /**
     * @description AT-SPI node; children nest the same shape.
     * @example {
     *       "role": "desktop frame",
     *       "name": "main",
     *       "bounds": {
     *         "x": 0,
     *         "y": 0,
     *         "width": 1024,
     *         "height": 768
     *       },
     *       "children": [
     *         {
     *           "role": "frame",
     *           "name": "Mozilla Firefox",
     *           "bounds": {
     *             "x": 0,
     *             "y": 24,
     *             "width": 1024,
     *             "height": 744
     *           },
     *           "children": [
     *             {
     *               "role": "push button",
     *               "name": "Reload",
     *               "bounds": {
     *                 "x": 88,
     *                 "y": 60,
     *                 "width": 28,
     *                 "height": 28
     *               },
     *               "children": []
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    DesktopAccessibilityTree: {
      bounds?: {
        height?: number;
        width?: number;
        x?: number;
        y?: number;
      };
      children?: Record<string, unknown>[];
      name?: string;
      role?: string;
    };
    /**
     * @example {
     *       "x": 512,
     *       "y": 384,
     *       "button": "left"
     *     }
     */
    DesktopClickRequest: {
      /**
       * @default left
       * @enum {string}
       */
      button?: "left" | "right" | "middle";
      /** @description Pixels from the left edge. */
      x: number;
      /** @description Pixels from the top edge. */
      y: number;
    };
    /**
     * @example {
     *       "text": "https://miosa.ai/docs"
     *     }
     */
    DesktopClipboard: {
      text: string;
    };
    /**
     * @example {
     *       "text": "https://miosa.ai/docs"
     *     }
     */
    DesktopClipboardSetRequest: {
      text: string;
    };
    /**
     * @example {
     *       "x": 512,
     *       "y": 384
     *     }
     */
    DesktopCursor: {
      x: number;
      y: number;
    };
    /**
     * @example {
     *       "from_x": 100,
     *       "from_y": 200,
     *       "to_x": 600,
     *       "to_y": 200
     *     }
     */
    DesktopDragRequest: {
      from_x: number;
      from_y: number;
      to_x: number;
      to_y: number;
    };
    /**
     * @example {
     *       "keys": [
     *         "ctrl",
     *         "l"
     *       ]
     *     }
     */
    DesktopHotkeyRequest: {
      /** @description Keys pressed together in order, e.g. ["ctrl", "shift", "t"]. */
      keys: string[];
    };
    /**
     * @example {
     *       "key": "Return"
     *     }
     */
    DesktopKeyRequest: {
      /** @description X key name (Return, Tab, Escape, BackSpace, F5...) or a combo like ctrl+c. */
      key: string;
    };
    /**
     * @example {
     *       "app_name": "firefox"
     *     }
     */
    DesktopLaunchRequest: {
      /** @description Program to start, e.g. firefox, gedit, xterm, code. */
      app_name: string;
    };
    /**
     * @example {
     *       "x": 140,
     *       "y": 62
     *     }
     */
    DesktopPointRequest: {
      /** @description Pixels from the left edge. */
      x: number;
      /** @description Pixels from the top edge. */
      y: number;
    };
    /**
     * @example {
     *       "width": 1024,
     *       "height": 768
     *     }
     */
    DesktopScreenSize: {
      height: number;
      width: number;
    };
    /**
     * @example {
     *       "direction": "down",
     *       "clicks": 5,
     *       "x": 512,
     *       "y": 400
     *     }
     */
    DesktopScrollRequest: {
      /**
       * @description Wheel detents.
       * @default 3
       */
      clicks?: number;
      /** @enum {string} */
      direction?: "up" | "down" | "left" | "right";
      /** @description Scroll at this point (default where the cursor is). */
      x?: number;
      y?: number;
    };
    /**
     * @example {
     *       "text": "hello from MIOSA",
     *       "delay": 12
     *     }
     */
    DesktopTypeRequest: {
      /** @description Milliseconds between keystrokes. */
      delay?: number;
      text: string;
    };
    /**
     * @example {
     *       "id": "0x03c00003",
     *       "title": "Mozilla Firefox",
     *       "app": "firefox",
     *       "x": 0,
     *       "y": 24,
     *       "width": 1024,
     *       "height": 744,
     *       "is_focused": true
     *     }
     */
    DesktopWindow: {
      /** @description Application (WM class) owning the window. */
      app?: string | null;
      height?: number;
      id: string;
      is_focused?: boolean;
      title: string;
      width?: number;
      x?: number;
      y?: number;
    };
    /**
     * @example {
     *       "window_id": "0x03c00003"
     *     }
     */
    DesktopWindowFocusRequest: {
      /** @description Window id from the windows list. */
      window_id: string;
    };
    /**
     * @example {
     *       "windows": [
     *         {
     *           "id": "0x03c00003",
     *           "title": "Mozilla Firefox",
     *           "app": "firefox",
     *           "x": 0,
     *           "y": 24,
     *           "width": 1024,
     *           "height": 744,
     *           "is_focused": true
     *         },
     *         {
     *           "id": "0x02a00007",
     *           "title": "user@desktop:~",
     *           "app": "xterm",
     *           "x": 120,
     *           "y": 160,
     *           "width": 640,
     *           "height": 400,
     *           "is_focused": false
     *         }
     *       ]
     *     }
     */
    DesktopWindowList: {
      windows: components["schemas"]["DesktopWindow"][];
    };
    /**
     * @description A workspace's Docker Deploy appliance host. Ready when active and healthy.
     * @example {
     *       "id": "ddh_5t8k2q",
     *       "workspace_id": "ws_7hq2rd",
     *       "computer_id": "comp_3m9x1c",
     *       "status": "active",
     *       "appliance_status": "healthy",
     *       "size": "medium",
     *       "region": "us-east",
     *       "portal_domain": "apps-ws7hq2rd.miosa.app",
     *       "runtime_base_url": "https://apps-ws7hq2rd.miosa.app",
     *       "appliance_version": "1.14.2",
     *       "agent_last_seen_at": "2026-11-24T09:14:30Z",
     *       "metadata": {}
     *     }
     */
    DockerDeployHost: {
      /** Format: date-time */
      agent_last_seen_at?: string | null;
      /** @enum {string} */
      appliance_status?: "not_installed" | "installing" | "starting" | "healthy" | "unhealthy" | "unknown";
      appliance_version?: string | null;
      computer_id?: string | null;
      id: string;
      metadata?: {
        [key: string]: unknown;
      };
      portal_domain?: string | null;
      region?: string | null;
      runtime_base_url?: string | null;
      size?: string | null;
      /** @enum {string} */
      status: "pending" | "provisioning" | "bootstrapping" | "active" | "degraded" | "suspended" | "retired" | "error";
      workspace_id?: string | null;
    };
    /**
     * @example {
     *       "workspace_id": "ws_7hq2rd",
     *       "region": "us-east",
     *       "size": "medium"
     *     }
     */
    DockerDeployHostEnsureRequest: {
      /** @example us-east */
      region?: string;
      /** @enum {string} */
      size?: "xs" | "small" | "medium" | "large" | "xl";
      /** @description Workspace that owns the host (ws_… or UUID). */
      workspace_id: string;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "ddh_5t8k2q",
     *         "workspace_id": "ws_7hq2rd",
     *         "status": "provisioning",
     *         "appliance_status": "not_installed",
     *         "size": "medium",
     *         "region": "us-east"
     *       },
     *       "queued": true
     *     }
     */
    DockerDeployHostEnsureResponse: {
      data: components["schemas"]["DockerDeployHost"];
      /** @description True when provisioning was started by this call. */
      queued: boolean;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "ddh_5t8k2q",
     *         "workspace_id": "ws_7hq2rd",
     *         "status": "active",
     *         "appliance_status": "healthy",
     *         "size": "medium",
     *         "region": "us-east"
     *       }
     *     }
     */
    DockerDeployHostResponse: {
      data: components["schemas"]["DockerDeployHost"];
    };
    /**
     * @description Environment variables, name to value.
     * @example {
     *       "NODE_ENV": "production"
     *     }
     */
    EnvMap: {
      [key: string]: string;
    };
    /**
     * @description Every error answer. `code` is UPPER_SNAKE and stable; `message` is for people.
     * @example {
     *       "error": {
     *         "code": "NOT_FOUND",
     *         "message": "Sandbox sbx_9f2c1a not found.",
     *         "request_id": "req_01HZX3K9Q2VA"
     *       }
     *     }
     */
    Error: {
      error: {
        /** @description Stable machine-readable code, e.g. NOT_FOUND, SCOPE_NOT_ALLOWED. */
        code: string;
        /** @description Extra context, such as the failing `field`, the resource `state` or the `required_scope`. */
        details?: {
          [key: string]: unknown;
        };
        message: string;
        request_id?: string;
        /** @description Seconds to wait, on 429. */
        retry_after?: number;
      };
    };
    /**
     * @example {
     *       "name": "resize-image",
     *       "runtime": "node20",
     *       "code": "export const handler = async (event) => ({ ok: true, width: event.width });",
     *       "handler": "index.handler",
     *       "memory_mb": 256,
     *       "timeout_sec": 30,
     *       "env": {
     *         "LOG_LEVEL": "info"
     *       }
     *     }
     */
    FunctionCreateRequest: {
      /** @description Inline source code. */
      code?: string;
      env?: components["schemas"]["EnvMap"];
      /** @description Entry point, e.g. index.handler. */
      handler?: string;
      memory_mb?: number;
      name: string;
      /** @description e.g. node20, python311, go122. */
      runtime: string;
      timeout_sec?: number;
    };
    /**
     * @description A serverless function.
     * @example {
     *       "id": "fn_6w2e9r",
     *       "name": "resize-image",
     *       "state": "active",
     *       "runtime": "node20",
     *       "handler": "index.handler",
     *       "memory_mb": 256,
     *       "timeout_sec": 30,
     *       "env": {
     *         "LOG_LEVEL": "info"
     *       },
     *       "created_at": "2026-11-24T09:15:00Z"
     *     }
     */
    FunctionDefinition: {
      /** Format: date-time */
      created_at?: string;
      env?: components["schemas"]["EnvMap"];
      handler?: string | null;
      id: string;
      memory_mb?: number | null;
      name: string;
      runtime?: string | null;
      state?: string;
      timeout_sec?: number | null;
    };
    /**
     * @example {
     *       "status": "succeeded",
     *       "result": {
     *         "ok": true,
     *         "width": 320
     *       },
     *       "error": null,
     *       "duration_ms": 84
     *     }
     */
    FunctionInvocation: {
      duration_ms?: number;
      error?: string | null;
      /** @description What the handler returned (any JSON). */
      result?: unknown;
      /** @enum {string} */
      status: "succeeded" | "failed";
    };
    /**
     * @example {
     *       "payload": {
     *         "url": "https://cdn.example.com/cat.png",
     *         "width": 320
     *       }
     *     }
     */
    FunctionInvokeRequest: {
      /** @description JSON event passed to the handler. */
      payload?: {
        [key: string]: unknown;
      };
    };
    /**
     * @example {
     *       "data": {
     *         "status": "succeeded",
     *         "result": {
     *           "ok": true,
     *           "width": 320
     *         },
     *         "error": null,
     *         "duration_ms": 84
     *       }
     *     }
     */
    FunctionInvokeResponse: {
      data: components["schemas"]["FunctionInvocation"];
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "fn_6w2e9r",
     *           "name": "resize-image",
     *           "state": "active",
     *           "runtime": "node20",
     *           "handler": "index.handler",
     *           "memory_mb": 256,
     *           "timeout_sec": 30,
     *           "env": {},
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    FunctionList: {
      data: components["schemas"]["FunctionDefinition"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "fn_6w2e9r",
     *         "name": "resize-image",
     *         "state": "active",
     *         "runtime": "node20",
     *         "handler": "index.handler",
     *         "memory_mb": 256,
     *         "timeout_sec": 30,
     *         "env": {
     *           "LOG_LEVEL": "info"
     *         },
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    FunctionResponse: {
      data: components["schemas"]["FunctionDefinition"];
    };
    /**
     * @example {
     *       "id": "hc_5j3n8m",
     *       "name": "api-uptime",
     *       "url": "https://api.example.com/health",
     *       "state": "active",
     *       "interval_sec": 60,
     *       "timeout_sec": 10,
     *       "method": "GET",
     *       "expected_status": 200,
     *       "last_checked_at": "2026-11-24T09:14:00Z",
     *       "last_status": "up",
     *       "created_at": "2026-11-01T00:00:00Z"
     *     }
     */
    HealthCheck: {
      /** Format: date-time */
      created_at?: string;
      expected_status?: number;
      id: string;
      interval_sec?: number;
      /** Format: date-time */
      last_checked_at?: string | null;
      /** @enum {string|null} */
      last_status?: "up" | "down" | null;
      method?: string;
      name: string;
      state?: string;
      timeout_sec?: number;
      /** Format: uri */
      url: string;
    };
    /**
     * @example {
     *       "name": "api-uptime",
     *       "url": "https://api.example.com/health",
     *       "interval_sec": 60,
     *       "timeout_sec": 10,
     *       "method": "GET",
     *       "expected_status": 200
     *     }
     */
    HealthCheckCreateRequest: {
      expected_status?: number;
      /** @description Seconds between probes. */
      interval_sec?: number;
      /** @enum {string} */
      method?: "GET" | "HEAD" | "POST";
      name: string;
      timeout_sec?: number;
      /**
       * Format: uri
       * @description http(s) URL to probe.
       */
      url: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "hc_5j3n8m",
     *           "name": "api-uptime",
     *           "url": "https://api.example.com/health",
     *           "state": "active",
     *           "interval_sec": 60,
     *           "timeout_sec": 10,
     *           "method": "GET",
     *           "expected_status": 200,
     *           "last_checked_at": "2026-11-24T09:14:00Z",
     *           "last_status": "down",
     *           "created_at": "2026-11-01T00:00:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    HealthCheckList: {
      data: components["schemas"]["HealthCheck"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "hc_5j3n8m",
     *         "name": "api-uptime",
     *         "url": "https://api.example.com/health",
     *         "state": "active",
     *         "interval_sec": 60,
     *         "timeout_sec": 10,
     *         "method": "GET",
     *         "expected_status": 200,
     *         "last_checked_at": null,
     *         "last_status": null,
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    HealthCheckResponse: {
      data: components["schemas"]["HealthCheck"];
    };
    /**
     * @description Free-form labels; values are strings, numbers or booleans.
     * @example {
     *       "team": "growth",
     *       "miosa_persistent": true,
     *       "keep_last_snapshots": 1
     *     }
     */
    Metadata: {
      [key: string]: string | number | boolean;
    };
    /**
     * @example {
     *       "id": "org_5n8q2w",
     *       "name": "Acme Inc",
     *       "slug": "acme",
     *       "role": "owner",
     *       "plan": "pro",
     *       "plan_name": "Pro",
     *       "credit_balance": 1250.5,
     *       "inserted_at": "2026-03-02T10:11:00Z",
     *       "updated_at": "2026-11-20T08:00:00Z"
     *     }
     */
    Organization: {
      credit_balance?: number | null;
      id: string;
      /** Format: date-time */
      inserted_at?: string;
      name: string;
      plan?: string | null;
      plan_name?: string | null;
      /**
       * @description The caller's role in this organization.
       * @enum {string}
       */
      role?: "owner" | "admin" | "member";
      slug: string;
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "org_5n8q2w",
     *           "name": "Acme Inc",
     *           "slug": "acme",
     *           "role": "owner",
     *           "plan": "pro",
     *           "plan_name": "Pro",
     *           "credit_balance": 1250.5,
     *           "inserted_at": "2026-03-02T10:11:00Z",
     *           "updated_at": "2026-11-20T08:00:00Z"
     *         }
     *       ]
     *     }
     */
    OrganizationList: {
      data: components["schemas"]["Organization"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "org_5n8q2w",
     *         "name": "Acme Inc",
     *         "slug": "acme",
     *         "role": "owner",
     *         "plan": "pro",
     *         "plan_name": "Pro",
     *         "credit_balance": 1250.5,
     *         "inserted_at": "2026-03-02T10:11:00Z",
     *         "updated_at": "2026-11-20T08:00:00Z"
     *       }
     *     }
     */
    OrganizationResponse: {
      data: components["schemas"]["Organization"];
    };
    /**
     * @example {
     *       "id": "miosa-sandbox",
     *       "name": "MIOSA Sandbox",
     *       "product": "sandbox",
     *       "description": "Ubuntu with Node.js, Python, Go and common build tools.",
     *       "default_size": "small",
     *       "image_id": "img_miosa_sandbox_20261101",
     *       "installed_tools": [
     *         "node",
     *         "npm",
     *         "python3",
     *         "pip",
     *         "go",
     *         "git"
     *       ],
     *       "install_command": null,
     *       "start_command": null,
     *       "aliases": [
     *         "default",
     *         "ubuntu"
     *       ],
     *       "sizes": [
     *         {
     *           "size": "small",
     *           "state": "fast_ready",
     *           "checked_nodes": 6,
     *           "ready_nodes": 6
     *         }
     *       ],
     *       "readiness": "fast_ready"
     *     }
     */
    ProductTemplate: {
      aliases?: string[];
      default_size?: string;
      description?: string | null;
      /** @description Pass as template to sandbox_create or computer_create. */
      id: string;
      image_id?: string;
      install_command?: string | null;
      installed_tools?: string[];
      name: string;
      product: components["schemas"]["ProductTemplateProductKind"];
      /** @enum {string} */
      readiness?: "fast_ready" | "cold_boot_only" | "missing" | "partial_fast_ready" | "unavailable";
      sizes?: components["schemas"]["ProductTemplateSize"][];
      start_command?: string | null;
    };
    /**
     * @example {
     *       "templates": [
     *         {
     *           "id": "nextjs",
     *           "name": "Next.js",
     *           "product": "sandbox",
     *           "default_size": "small",
     *           "installed_tools": [
     *             "node",
     *             "npm",
     *             "pnpm"
     *           ],
     *           "install_command": "npm install",
     *           "start_command": "npm run dev -- --port 3000",
     *           "readiness": "fast_ready"
     *         }
     *       ],
     *       "products": [
     *         {
     *           "id": "sandbox",
     *           "name": "Sandbox",
     *           "default_template": "miosa-sandbox",
     *           "default_size": "small"
     *         }
     *       ]
     *     }
     */
    ProductTemplateCatalog: {
      products?: components["schemas"]["ProductTemplateProduct"][];
      templates: components["schemas"]["ProductTemplate"][];
    };
    /**
     * @example {
     *       "data": {
     *         "templates": [
     *           {
     *             "id": "miosa-desktop",
     *             "name": "MIOSA Desktop",
     *             "product": "computer",
     *             "default_size": "small",
     *             "installed_tools": [
     *               "firefox",
     *               "xdotool",
     *               "python3"
     *             ],
     *             "readiness": "fast_ready"
     *           },
     *           {
     *             "id": "postgres-16",
     *             "name": "PostgreSQL 16",
     *             "product": "managed_database",
     *             "readiness": "cold_boot_only"
     *           }
     *         ],
     *         "products": [
     *           {
     *             "id": "computer",
     *             "name": "Computer",
     *             "default_template": "miosa-desktop",
     *             "default_size": "small"
     *           }
     *         ]
     *       }
     *     }
     */
    ProductTemplateCatalogResponse: {
      data: components["schemas"]["ProductTemplateCatalog"];
    };
    /**
     * @example {
     *       "id": "computer",
     *       "name": "Computer",
     *       "description": "Linux desktop VMs with a display.",
     *       "default_template": "miosa-desktop",
     *       "default_size": "small"
     *     }
     */
    ProductTemplateProduct: {
      default_size?: string;
      default_template?: string;
      description?: string;
      id: components["schemas"]["ProductTemplateProductKind"];
      name: string;
    };
    /**
     * @example sandbox
     * @enum {string}
     */
    ProductTemplateProductKind: "sandbox" | "computer" | "docker_deploy_host" | "managed_database" | "deployment";
    /**
     * @example {
     *       "size": "small",
     *       "state": "fast_ready",
     *       "checked_nodes": 6,
     *       "ready_nodes": 6
     *     }
     */
    ProductTemplateSize: {
      checked_nodes?: number;
      ready_nodes?: number;
      size: string;
      /**
       * @description fast_ready boots from a warm snapshot; cold_boot_only is slower.
       * @enum {string}
       */
      state: "fast_ready" | "cold_boot_only" | "missing" | "partial_fast_ready" | "unavailable";
    };
    /**
     * @example {
     *       "id": "us-east",
     *       "name": "US East (Virginia)",
     *       "status": "available",
     *       "available": true,
     *       "gpu_types": [
     *         "nvidia-l4",
     *         "nvidia-a100"
     *       ]
     *     }
     */
    Region: {
      available?: boolean;
      gpu_types?: string[];
      /** @description Region slug, the value `region` arguments take. */
      id: string;
      name: string;
      /** @description e.g. available, limited, unavailable. */
      status?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "us-east",
     *           "name": "US East (Virginia)",
     *           "status": "available",
     *           "available": true,
     *           "gpu_types": [
     *             "nvidia-l4"
     *           ]
     *         },
     *         {
     *           "id": "eu-west",
     *           "name": "EU West (Frankfurt)",
     *           "status": "available",
     *           "available": true,
     *           "gpu_types": []
     *         }
     *       ]
     *     }
     */
    RegionList: {
      data: components["schemas"]["Region"][];
    };
    /**
     * @example {
     *       "id": "run_4h7t2k",
     *       "target_kind": "sandbox",
     *       "target_id": "sbx_9f2c1a",
     *       "runner": "claude-code",
     *       "provider": "anthropic",
     *       "model": "claude-sonnet-4-5",
     *       "instruction": "Add a /health route and make the tests pass.",
     *       "status": "running",
     *       "metadata": {
     *         "ticket": "ENG-142"
     *       },
     *       "started_at": "2026-11-24T09:15:02Z",
     *       "finished_at": null,
     *       "created_at": "2026-11-24T09:15:00Z"
     *     }
     */
    Run: {
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      finished_at?: string | null;
      id: string;
      instruction?: string | null;
      metadata?: {
        [key: string]: unknown;
      };
      model?: string | null;
      provider?: string | null;
      runner?: string | null;
      /** Format: date-time */
      started_at?: string | null;
      status: components["schemas"]["RunStatus"];
      target_id: string;
      target_kind: components["schemas"]["RunTargetKind"];
    };
    /**
     * @description Give exactly one of instruction (agent run) or command (command run).
     * @example {
     *       "target_kind": "sandbox",
     *       "target_id": "sbx_9f2c1a",
     *       "instruction": "Add a /health route and make the tests pass.",
     *       "runner": "claude-code",
     *       "cwd": "/workspace",
     *       "timeout": 1800,
     *       "wait": false,
     *       "metadata": {
     *         "ticket": "ENG-142"
     *       }
     *     }
     */
    RunCreateRequest: {
      /** @description Shell command to run instead of an agent. */
      command?: string;
      /** @default /workspace */
      cwd?: string;
      env?: components["schemas"]["EnvMap"];
      /** @description Task for a coding agent. */
      instruction?: string;
      metadata?: components["schemas"]["Metadata"];
      model?: string;
      /** @description Agent runner, e.g. claude-code (default) or codex. */
      runner?: string;
      /** @description Sandbox or computer id. */
      target_id: string;
      target_kind: components["schemas"]["RunTargetKind"];
      /** @description Seconds before the run is stopped as failed. */
      timeout?: number;
      /** @description Block until the run finishes. */
      wait?: boolean;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "run_4h7t2k",
     *           "target_kind": "sandbox",
     *           "target_id": "sbx_9f2c1a",
     *           "runner": "claude-code",
     *           "instruction": "Add a /health route and make the tests pass.",
     *           "status": "succeeded",
     *           "started_at": "2026-11-24T09:15:02Z",
     *           "finished_at": "2026-11-24T09:21:40Z",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ]
     *     }
     */
    RunList: {
      data: components["schemas"]["Run"][];
    };
    /**
     * @example {
     *       "run_id": "run_4h7t2k",
     *       "status": "succeeded",
     *       "result": null,
     *       "message": "Added GET /health returning 200 and a test for it; all 38 tests pass.",
     *       "messages": [
     *         {
     *           "id": "msg_01",
     *           "role": "assistant",
     *           "type": "text",
     *           "text": "Added GET /health returning 200 and a test for it; all 38 tests pass.",
     *           "created_at": "2026-11-24T09:21:38Z"
     *         }
     *       ],
     *       "command_output": {
     *         "stdout": null,
     *         "stderr": null,
     *         "exit_code": null
     *       },
     *       "activity": [],
     *       "files": [
     *         {
     *           "id": "file_7k2",
     *           "path": "/workspace/src/routes/health.ts",
     *           "mime_type": "text/typescript",
     *           "size_bytes": 412,
     *           "download_url": null
     *         }
     *       ],
     *       "downloads": [],
     *       "previews": [],
     *       "diagnostics": []
     *     }
     */
    RunOutputs: {
      activity?: {
        /** Format: date-time */
        created_at?: string | null;
        id?: string;
        message?: string | null;
        sequence?: number;
        type?: string;
      }[];
      command_output?: {
        exit_code?: number | null;
        stderr?: string | null;
        stdout?: string | null;
      };
      diagnostics?: {
        code?: string;
        message?: string | null;
        retryable?: boolean;
      }[];
      downloads?: {
        file_id?: string;
        name?: string | null;
        url?: string;
      }[];
      files?: {
        download_url?: string | null;
        id?: string;
        mime_type?: string;
        path?: string;
        size_bytes?: number;
      }[];
      /** @description Final message of an agent run. */
      message?: string | null;
      messages?: {
        /** Format: date-time */
        created_at?: string | null;
        id?: string;
        role?: string;
        text?: string | null;
        type?: string;
      }[];
      previews?: {
        id?: string;
        title?: string | null;
        type?: string;
        url?: string | null;
      }[];
      result?: {
        [key: string]: unknown;
      } | null;
      run_id: string;
      status: components["schemas"]["RunStatus"];
    };
    /**
     * @example {
     *       "data": {
     *         "run_id": "run_8p3w6z",
     *         "status": "failed",
     *         "message": null,
     *         "messages": [],
     *         "command_output": {
     *           "stdout": "Running 38 tests\n",
     *           "stderr": "1 test failed: health.test.ts\n",
     *           "exit_code": 1
     *         },
     *         "activity": [],
     *         "files": [],
     *         "downloads": [],
     *         "previews": [],
     *         "diagnostics": [
     *           {
     *             "code": "COMMAND_FAILED",
     *             "message": "Command exited with code 1.",
     *             "retryable": false
     *           }
     *         ]
     *       }
     *     }
     */
    RunOutputsResponse: {
      data: components["schemas"]["RunOutputs"];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "run_4h7t2k",
     *         "target_kind": "sandbox",
     *         "target_id": "sbx_9f2c1a",
     *         "runner": "claude-code",
     *         "provider": "anthropic",
     *         "model": "claude-sonnet-4-5",
     *         "instruction": "Add a /health route and make the tests pass.",
     *         "status": "succeeded",
     *         "metadata": {},
     *         "started_at": "2026-11-24T09:15:02Z",
     *         "finished_at": "2026-11-24T09:21:40Z",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    RunResponse: {
      data: components["schemas"]["Run"];
    };
    /**
     * @example succeeded
     * @enum {string}
     */
    RunStatus: "running" | "succeeded" | "failed" | "canceled";
    /**
     * @example sandbox
     * @enum {string}
     */
    RunTargetKind: "sandbox" | "computer";
    /**
     * @description A headless Linux sandbox (Firecracker VM).
     * @example {
     *       "id": "sbx_9f2c1a",
     *       "state": "running",
     *       "ready": true,
     *       "name": "next-app",
     *       "slug": "next-app-9f2c",
     *       "template_id": "miosa-sandbox",
     *       "image_id": "img_miosa_sandbox_20261101",
     *       "cpu_count": 2,
     *       "memory_mb": 4096,
     *       "disk_size_mb": 10240,
     *       "timeout_sec": 3600,
     *       "timeout_remaining_ms": 3412000,
     *       "idle_timeout_sec": 900,
     *       "persistent": false,
     *       "always_on": false,
     *       "tags": [
     *         "web",
     *         "demo"
     *       ],
     *       "boot_ms": 412,
     *       "preview_url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *       "url_class": "temporary_preview",
     *       "stable_for_embedding": false,
     *       "recommended_next_action": "create_alias_or_publish",
     *       "metadata": {
     *         "team": "growth"
     *       },
     *       "total_runtime_sec": 188,
     *       "created_at": "2026-11-24T09:15:00Z",
     *       "started_at": "2026-11-24T09:15:01Z",
     *       "ready_at": "2026-11-24T09:15:02Z",
     *       "destroyed_at": null
     *     }
     */
    Sandbox: {
      always_on?: boolean;
      boot_ms?: number | null;
      cpu_count?: number | null;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      destroyed_at?: string | null;
      disk_size_mb?: number | null;
      /** @description Sandbox id (sbx_…). */
      id: string;
      /** @description Idle seconds before it is paused (persistent) or reclaimed. */
      idle_timeout_sec?: number | null;
      image_id?: string | null;
      memory_mb?: number | null;
      metadata?: {
        [key: string]: unknown;
      };
      name?: string | null;
      /** @description Snapshots and pauses when idle instead of being destroyed. */
      persistent?: boolean;
      /** Format: uri */
      preview_url?: string | null;
      /** @description True once exec and file calls will work. */
      ready?: boolean;
      /** Format: date-time */
      ready_at?: string | null;
      /** @enum {string|null} */
      recommended_next_action?: "create_alias_or_publish" | "publish_when_ready" | "attach_custom_domain" | null;
      /** @description Stable slug used in preview hosts. */
      slug?: string;
      stable_for_embedding?: boolean | null;
      /** Format: date-time */
      started_at?: string | null;
      state: components["schemas"]["SandboxState"];
      tags?: string[];
      template_id?: string;
      timeout_remaining_ms?: number | null;
      /** @description Maximum lifetime in seconds. */
      timeout_sec?: number | null;
      total_runtime_sec?: number | null;
      /** @enum {string|null} */
      url_class?: "temporary_preview" | "always_on_preview" | "stable_sandbox_embed" | "durable_deployment" | null;
    };
    /**
     * @example {
     *       "name": "next-app",
     *       "template_id": "nextjs",
     *       "size": "small",
     *       "timeout_sec": 3600,
     *       "idle_timeout_sec": 900,
     *       "persistent": false,
     *       "env": {
     *         "NODE_ENV": "development"
     *       },
     *       "region": "us-east",
     *       "workspace_id": "ws_3k9d1p",
     *       "github_repo_url": "https://github.com/acme/next-app",
     *       "github_branch": "main",
     *       "tags": [
     *         "web",
     *         "demo"
     *       ],
     *       "metadata": {
     *         "team": "growth"
     *       }
     *     }
     */
    SandboxCreateRequest: {
      /** @description Keep running with no idle pause. */
      always_on?: boolean;
      env?: components["schemas"]["EnvMap"];
      /** @description Your own project id, for white-label attribution. */
      external_project_id?: string;
      /** @description Your own user id, for white-label attribution. */
      external_user_id?: string;
      /** @description Your own workspace id, for white-label attribution. */
      external_workspace_id?: string;
      github_branch?: string;
      /**
       * Format: uri
       * @description Git repository cloned into /workspace at boot.
       */
      github_repo_url?: string;
      /** @description Idle seconds before pausing (persistent) or reclaiming; 0 disables. */
      idle_timeout_sec?: number;
      metadata?: components["schemas"]["Metadata"];
      /** @description Stable name, unique in the organization. */
      name?: string;
      /** @description Snapshot and pause when idle, resume later, instead of being destroyed. */
      persistent?: boolean;
      /** @description Region id from region_list; default the organization's region. */
      region?: string;
      size?: components["schemas"]["SandboxSize"];
      tags?: string[];
      /**
       * @description Template id or slug from template_list or sandbox_template_list.
       * @default miosa-sandbox
       */
      template_id?: string;
      /** @description Maximum lifetime in seconds. */
      timeout_sec?: number;
      /** @description Workspace to create it in. */
      workspace_id?: string;
    };
    /**
     * @example {
     *       "vars": [
     *         {
     *           "key": "NODE_ENV",
     *           "value": "production"
     *         },
     *         {
     *           "key": "STRIPE_SECRET_KEY",
     *           "encrypted": true
     *         },
     *         {
     *           "key": "DATABASE_URL",
     *           "value": "postgres://app:s3cret@db-7k2m.us-east.db.miosa.ai:5432/app",
     *           "encrypted": true
     *         }
     *       ]
     *     }
     */
    SandboxEnvSetRequest: {
      /** @description The complete set; keys left out are removed. */
      vars: components["schemas"]["SandboxEnvVarInput"][];
    };
    /**
     * @example {
     *       "key": "NODE_ENV",
     *       "value": "production",
     *       "encrypted": false
     *     }
     */
    SandboxEnvVar: {
      encrypted: boolean;
      key: string;
      /** @description Absent when encrypted. */
      value?: string;
    };
    /**
     * @example {
     *       "key": "DATABASE_URL",
     *       "value": "postgres://app:s3cret@db-7k2m.us-east.db.miosa.ai:5432/app",
     *       "encrypted": true
     *     }
     */
    SandboxEnvVarInput: {
      /** @description Store encrypted; its value is then never returned. */
      encrypted?: boolean;
      key: string;
      /** @description Omit to keep the stored value (encrypted variables). */
      value?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "key": "NODE_ENV",
     *           "value": "production",
     *           "encrypted": false
     *         },
     *         {
     *           "key": "STRIPE_SECRET_KEY",
     *           "encrypted": true
     *         }
     *       ]
     *     }
     */
    SandboxEnvVarList: {
      data: components["schemas"]["SandboxEnvVar"][];
    };
    /**
     * @example {
     *       "command": "npm run build",
     *       "cwd": "/workspace",
     *       "env": {
     *         "NODE_ENV": "production"
     *       },
     *       "timeout": 300
     *     }
     */
    SandboxExecRequest: {
      /** @description Shell command, run with bash -lc. */
      command: string;
      /**
       * @description Working directory.
       * @default /workspace
       */
      cwd?: string;
      env?: components["schemas"]["EnvMap"];
      /** @description Seconds before the command is killed. */
      timeout?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "exit_code": 1,
     *         "stdout": "",
     *         "stderr": "npm ERR! Missing script: \"biuld\"\n",
     *         "duration_ms": 611
     *       }
     *     }
     */
    SandboxExecResponse: {
      data: components["schemas"]["SandboxExecResult"];
    };
    /**
     * @example {
     *       "exit_code": 0,
     *       "stdout": "Compiled successfully.\n",
     *       "stderr": "",
     *       "duration_ms": 18342
     *     }
     */
    SandboxExecResult: {
      duration_ms?: number;
      exit_code: number;
      stderr: string;
      stdout: string;
    };
    /**
     * @example {
     *       "id": "exp_2c8f41",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "label": "build output",
     *       "status": "ready",
     *       "files": [
     *         {
     *           "path": "/workspace/dist",
     *           "filename": "dist.tar.gz",
     *           "download_url": "https://api.miosa.ai/api/v1/sandboxes/sbx_9f2c1a/exports/download?path=%2Fworkspace%2Fdist"
     *         }
     *       ],
     *       "archive_download_url": "https://api.miosa.ai/api/v1/sandboxes/sbx_9f2c1a/exports/download?path=%2Fworkspace%2Fdist&filename=dist.tar.gz",
     *       "created_at": "2026-11-24T09:40:00Z"
     *     }
     */
    SandboxExport: {
      /** Format: uri */
      archive_download_url?: string | null;
      /** Format: date-time */
      created_at?: string;
      files: {
        /** Format: uri */
        download_url?: string;
        filename?: string;
        path: string;
      }[];
      /** @description Export id (exp_…). */
      id: string;
      label?: string | null;
      sandbox_id?: string;
      status: string;
    };
    /**
     * @example {
     *       "paths": [
     *         "/workspace/dist"
     *       ],
     *       "label": "build output",
     *       "filename": "dist.tar.gz"
     *     }
     */
    SandboxExportCreateRequest: {
      /** @description Archive file name, e.g. site.tar.gz. */
      filename?: string;
      label?: string;
      /** @description Absolute paths of files or folders; several become one archive. */
      paths: string[];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "exp_2c8f41",
     *         "sandbox_id": "sbx_9f2c1a",
     *         "label": null,
     *         "status": "ready",
     *         "files": [
     *           {
     *             "path": "/workspace/report.pdf",
     *             "filename": "report.pdf",
     *             "download_url": "https://api.miosa.ai/api/v1/sandboxes/sbx_9f2c1a/exports/download?path=%2Fworkspace%2Freport.pdf"
     *           }
     *         ],
     *         "archive_download_url": null,
     *         "created_at": "2026-11-24T09:40:00Z"
     *       }
     *     }
     */
    SandboxExportResponse: {
      data: components["schemas"]["SandboxExport"];
    };
    /**
     * @example {
     *       "port": 3000
     *     }
     */
    SandboxExposeRequest: {
      /** @description Port to expose; the template's app port when omitted. */
      port?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "url": "https://8080-etl-worker-4d81.sandbox.preview.miosa.ai",
     *         "port": 8080,
     *         "url_info": {
     *           "url": "https://8080-etl-worker-4d81.sandbox.preview.miosa.ai",
     *           "url_class": "always_on_preview",
     *           "stable_for_embedding": true,
     *           "recommended_next_action": "publish_when_ready",
     *           "port": 8080
     *         }
     *       }
     *     }
     */
    SandboxExposeResponse: {
      data: components["schemas"]["SandboxExposure"];
    };
    /**
     * @example {
     *       "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *       "port": 3000,
     *       "url_info": {
     *         "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *         "url_class": "temporary_preview",
     *         "stable_for_embedding": false,
     *         "recommended_next_action": "create_alias_or_publish",
     *         "alias_slug": null,
     *         "port": 3000
     *       }
     *     }
     */
    SandboxExposure: {
      port?: number;
      /**
       * Format: uri
       * @description Public preview URL.
       */
      url: string;
      url_info?: components["schemas"]["SandboxPreviewUrlInfo"];
    };
    /**
     * @example {
     *       "timeout_sec": 7200
     *     }
     */
    SandboxExtendRequest: {
      /** @description New remaining lifetime in seconds; the template default when omitted. */
      timeout_sec?: number;
    };
    /**
     * @example {
     *       "name": "package.json",
     *       "path": "/workspace/package.json",
     *       "size": 1184,
     *       "is_dir": false,
     *       "modified_at": "2026-11-24T09:21:05Z"
     *     }
     */
    SandboxFileEntry: {
      is_dir?: boolean;
      /** Format: date-time */
      modified_at?: string;
      name: string;
      path: string;
      /** @description Bytes. */
      size?: number;
    };
    /**
     * @example {
     *       "path": "/workspace",
     *       "entries": [
     *         {
     *           "name": "package.json",
     *           "path": "/workspace/package.json",
     *           "size": 1184,
     *           "is_dir": false,
     *           "modified_at": "2026-11-24T09:21:05Z"
     *         },
     *         {
     *           "name": "src",
     *           "path": "/workspace/src",
     *           "size": 4096,
     *           "is_dir": true,
     *           "modified_at": "2026-11-24T09:21:07Z"
     *         }
     *       ]
     *     }
     */
    SandboxFileList: {
      entries: components["schemas"]["SandboxFileEntry"][];
      path?: string;
    };
    /**
     * @example {
     *       "data": {
     *         "path": "/workspace/src",
     *         "entries": [
     *           {
     *             "name": "index.ts",
     *             "path": "/workspace/src/index.ts",
     *             "size": 312,
     *             "is_dir": false,
     *             "modified_at": "2026-11-24T09:21:07Z"
     *           }
     *         ]
     *       }
     *     }
     */
    SandboxFileListResponse: {
      data: components["schemas"]["SandboxFileList"];
    };
    /**
     * @example {
     *       "path": "/workspace/package.json",
     *       "size": 1184,
     *       "is_dir": false,
     *       "mode": "0644",
     *       "modified_at": "2026-11-24T09:21:05Z"
     *     }
     */
    SandboxFileStat: {
      is_dir: boolean;
      /** @description Permission bits in octal, e.g. 0644. */
      mode?: string;
      /** Format: date-time */
      modified_at?: string;
      path: string;
      /** @description Bytes. */
      size?: number;
    };
    /**
     * @example {
     *       "path": "/workspace/package.json"
     *     }
     */
    SandboxFileStatRequest: {
      /** @description Absolute path of a file or folder. */
      path: string;
    };
    /**
     * @example {
     *       "data": {
     *         "path": "/workspace/src",
     *         "size": 4096,
     *         "is_dir": true,
     *         "mode": "0755",
     *         "modified_at": "2026-11-24T09:21:07Z"
     *       }
     *     }
     */
    SandboxFileStatResponse: {
      data: components["schemas"]["SandboxFileStat"];
    };
    /**
     * @example {
     *       "files": [
     *         {
     *           "path": "/workspace/package.json",
     *           "content_base64": "eyJuYW1lIjoiYXBwIn0K"
     *         },
     *         {
     *           "path": "/workspace/src/index.ts",
     *           "content_base64": "Y29uc29sZS5sb2coImhpIik7Cg=="
     *         }
     *       ]
     *     }
     */
    SandboxFilesWriteManyRequest: {
      files: {
        /** @description The file's bytes. */
        content_base64: string;
        /** @description Absolute file path. */
        path: string;
      }[];
    };
    /**
     * @example {
     *       "data": {
     *         "written": [
     *           {
     *             "path": "/workspace/package.json",
     *             "size_bytes": 15
     *           },
     *           {
     *             "path": "/workspace/src/index.ts",
     *             "size_bytes": 19
     *           }
     *         ],
     *         "failed": []
     *       }
     *     }
     */
    SandboxFilesWriteManyResponse: {
      data: components["schemas"]["SandboxFilesWriteManyResult"];
    };
    /**
     * @example {
     *       "written": [
     *         {
     *           "path": "/workspace/package.json",
     *           "size_bytes": 15
     *         }
     *       ],
     *       "failed": [
     *         {
     *           "path": "/proc/version",
     *           "error": "read-only file system"
     *         }
     *       ]
     *     }
     */
    SandboxFilesWriteManyResult: {
      failed: {
        error: string;
        path: string;
      }[];
      written: components["schemas"]["SandboxFileWritten"][];
    };
    /**
     * @example {
     *       "path": "/workspace",
     *       "name": "workspace",
     *       "type": "dir",
     *       "size": 4096,
     *       "modified_at": "2026-11-24T09:21:07Z",
     *       "children": [
     *         {
     *           "path": "/workspace/package.json",
     *           "name": "package.json",
     *           "type": "file",
     *           "size": 1184,
     *           "modified_at": "2026-11-24T09:21:05Z"
     *         },
     *         {
     *           "path": "/workspace/src",
     *           "name": "src",
     *           "type": "dir",
     *           "size": 4096,
     *           "children": [
     *             {
     *               "path": "/workspace/src/index.ts",
     *               "name": "index.ts",
     *               "type": "file",
     *               "size": 312
     *             }
     *           ]
     *         }
     *       ]
     *     }
     */
    SandboxFileTreeNode: {
      /** @description Nodes of the same shape; absent for files and at the depth limit. */
      children?: Record<string, unknown>[];
      /** Format: date-time */
      modified_at?: string;
      name: string;
      path: string;
      size?: number;
      /** @enum {string} */
      type: "file" | "dir";
    };
    /**
     * @example {
     *       "data": {
     *         "path": "/workspace/src",
     *         "name": "src",
     *         "type": "dir",
     *         "children": [
     *           {
     *             "path": "/workspace/src/index.ts",
     *             "name": "index.ts",
     *             "type": "file",
     *             "size": 312
     *           }
     *         ]
     *       }
     *     }
     */
    SandboxFileTreeResponse: {
      data: components["schemas"]["SandboxFileTreeNode"];
    };
    /**
     * @example {
     *       "path": "/workspace/hello.txt",
     *       "content": "aGVsbG8gd29ybGQK"
     *     }
     */
    SandboxFileWriteRequest: {
      /** @description The file's bytes. */
      content: string;
      /** @description Absolute file path, e.g. /workspace/src/index.ts. */
      path: string;
    };
    /**
     * @example {
     *       "data": {
     *         "path": "/workspace/hello.txt",
     *         "size_bytes": 12
     *       }
     *     }
     */
    SandboxFileWriteResponse: {
      data: components["schemas"]["SandboxFileWritten"];
    };
    /**
     * @example {
     *       "path": "/workspace/hello.txt",
     *       "size_bytes": 12
     *     }
     */
    SandboxFileWritten: {
      path: string;
      size_bytes: number;
    };
    /**
     * @example {
     *       "snapshot_id": "snap_5b7e21",
     *       "timeout_sec": 3600
     *     }
     */
    SandboxForkRequest: {
      /** @description Fork from this snapshot (snap_…) instead of the current state. */
      snapshot_id?: string;
      /** @description Maximum lifetime of the new sandbox in seconds. */
      timeout_sec?: number;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "sbx_9f2c1a",
     *           "state": "running",
     *           "ready": true,
     *           "name": "next-app",
     *           "template_id": "miosa-sandbox",
     *           "tags": [
     *             "web",
     *             "demo"
     *           ],
     *           "preview_url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         },
     *         {
     *           "id": "sbx_4d81e7",
     *           "state": "paused",
     *           "ready": false,
     *           "name": "etl-worker",
     *           "template_id": "python",
     *           "persistent": true,
     *           "tags": [
     *             "etl"
     *           ],
     *           "preview_url": null,
     *           "created_at": "2026-11-23T16:40:12Z"
     *         }
     *       ]
     *     }
     */
    SandboxList: {
      data: components["schemas"]["Sandbox"][];
    };
    /**
     * @example {
     *       "logs": "2026-11-24T09:15:01Z boot: restored from warm snapshot in 412 ms\n2026-11-24T09:15:02Z envd: listening on :49983\n",
     *       "lines": 2
     *     }
     */
    SandboxLogs: {
      /** @description Number of lines returned. */
      lines?: number;
      /** @description Log text, oldest line first. */
      logs: string;
    };
    /**
     * @example {
     *       "data": {
     *         "logs": "2026-11-24T09:15:02Z envd: listening on :49983\n",
     *         "lines": 1
     *       }
     *     }
     */
    SandboxLogsResponse: {
      data: components["schemas"]["SandboxLogs"];
    };
    /**
     * @example {
     *       "id": "prv_8a3d0c",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "port": 3000,
     *       "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *       "url_class": "temporary_preview",
     *       "created_at": "2026-11-24T09:25:00Z"
     *     }
     */
    SandboxPreview: {
      /** Format: date-time */
      created_at?: string;
      /** @description Preview id (prv_…). */
      id: string;
      port: number;
      sandbox_id?: string;
      /** Format: uri */
      url: string;
      /** @enum {string} */
      url_class?: "temporary_preview" | "always_on_preview" | "stable_sandbox_embed" | "durable_deployment";
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "prv_8a3d0c",
     *           "sandbox_id": "sbx_9f2c1a",
     *           "port": 3000,
     *           "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *           "url_class": "temporary_preview",
     *           "created_at": "2026-11-24T09:25:00Z"
     *         }
     *       ]
     *     }
     */
    SandboxPreviewList: {
      data: components["schemas"]["SandboxPreview"][];
    };
    /**
     * @example {
     *       "token": "pvt_Q3m8ZkR2vX9aLw4T",
     *       "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai/?miosa_share=pvt_Q3m8ZkR2vX9aLw4T",
     *       "expires_at": "2026-11-24T10:25:00Z",
     *       "preview_id": "prv_8a3d0c"
     *     }
     */
    SandboxPreviewShare: {
      /** Format: date-time */
      expires_at: string;
      preview_id?: string;
      token: string;
      /**
       * Format: uri
       * @description Link that opens the preview with the token.
       */
      url: string;
    };
    /**
     * @example {
     *       "ttl_seconds": 86400
     *     }
     */
    SandboxPreviewShareRequest: {
      /**
       * @description How long the link works, in seconds.
       * @default 3600
       */
      ttl_seconds?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "token": "pvt_Q3m8ZkR2vX9aLw4T",
     *         "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai/?miosa_share=pvt_Q3m8ZkR2vX9aLw4T",
     *         "expires_at": "2026-11-25T09:25:00Z",
     *         "preview_id": "prv_8a3d0c"
     *       }
     *     }
     */
    SandboxPreviewShareResponse: {
      data: components["schemas"]["SandboxPreviewShare"];
    };
    /**
     * @example {
     *       "url": "https://3000-next-app-9f2c.sandbox.preview.miosa.ai",
     *       "url_class": "temporary_preview",
     *       "stable_for_embedding": false,
     *       "recommended_next_action": "create_alias_or_publish",
     *       "alias_slug": null,
     *       "port": 3000
     *     }
     */
    SandboxPreviewUrlInfo: {
      alias_slug?: string | null;
      port?: number | null;
      /** @enum {string} */
      recommended_next_action?: "create_alias_or_publish" | "publish_when_ready" | "attach_custom_domain";
      stable_for_embedding?: boolean;
      /** Format: uri */
      url: string;
      /**
       * @description How long the URL lasts.
       * @enum {string}
       */
      url_class: "temporary_preview" | "always_on_preview" | "stable_sandbox_embed" | "durable_deployment";
    };
    /**
     * @example {
     *       "pid": 4127,
     *       "name": "dev-server",
     *       "command": "npm run dev -- --port 3000",
     *       "state": "running",
     *       "exit_code": null,
     *       "started_at": "2026-11-24T09:20:11Z"
     *     }
     */
    SandboxProcess: {
      command?: string;
      exit_code?: number | null;
      name?: string | null;
      pid: number;
      /** Format: date-time */
      started_at?: string;
      /** @description e.g. running or exited. */
      state: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "pid": 4127,
     *           "name": "dev-server",
     *           "command": "npm run dev -- --port 3000",
     *           "state": "running",
     *           "exit_code": null,
     *           "started_at": "2026-11-24T09:20:11Z"
     *         },
     *         {
     *           "pid": 3980,
     *           "name": null,
     *           "command": "npm install",
     *           "state": "exited",
     *           "exit_code": 0,
     *           "started_at": "2026-11-24T09:18:40Z"
     *         }
     *       ]
     *     }
     */
    SandboxProcessList: {
      data: components["schemas"]["SandboxProcess"][];
    };
    /**
     * @example {
     *       "pid": 4127,
     *       "logs": "> next dev --port 3000\n  ▲ Next.js 15.0.3\n  - Local: http://localhost:3000\n ✓ Ready in 1.9s\n"
     *     }
     */
    SandboxProcessLogs: {
      /** @description The last lines of output, oldest first. */
      logs: string;
      pid?: number;
    };
    /**
     * @example {
     *       "data": {
     *         "pid": 4127,
     *         "logs": " ✓ Ready in 1.9s\n"
     *       }
     *     }
     */
    SandboxProcessLogsResponse: {
      data: components["schemas"]["SandboxProcessLogs"];
    };
    /**
     * @example {
     *       "data": {
     *         "pid": 4127,
     *         "name": "dev-server",
     *         "command": "npm run dev -- --port 3000",
     *         "state": "running",
     *         "exit_code": null,
     *         "started_at": "2026-11-24T09:20:11Z"
     *       }
     *     }
     */
    SandboxProcessResponse: {
      data: components["schemas"]["SandboxProcess"];
    };
    /**
     * @example {
     *       "command": "npm run dev -- --port 3000",
     *       "name": "dev-server",
     *       "env": {
     *         "PORT": "3000"
     *       }
     *     }
     */
    SandboxProcessStartRequest: {
      /** @description Shell command to keep running, e.g. npm run dev. */
      command: string;
      env?: components["schemas"]["EnvMap"];
      /** @description Label to find the process by. */
      name?: string;
    };
    /**
     * @example {
     *       "ready": true,
     *       "status": "ready",
     *       "state": "running",
     *       "ready_at": "2026-11-24T09:15:02Z"
     *     }
     */
    SandboxReadiness: {
      ready: boolean;
      /** Format: date-time */
      ready_at?: string | null;
      state?: components["schemas"]["SandboxState"];
      /** @description ready, or what it is still waiting for. */
      status?: string;
    };
    /**
     * @example {
     *       "data": {
     *         "ready": false,
     *         "status": "booting",
     *         "state": "provisioning",
     *         "ready_at": null
     *       }
     *     }
     */
    SandboxReadinessResponse: {
      data: components["schemas"]["SandboxReadiness"];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "sbx_9f2c1a",
     *         "state": "provisioning",
     *         "ready": false,
     *         "name": "next-app",
     *         "slug": "next-app-9f2c",
     *         "template_id": "miosa-sandbox",
     *         "cpu_count": 2,
     *         "memory_mb": 4096,
     *         "disk_size_mb": 10240,
     *         "timeout_sec": 3600,
     *         "idle_timeout_sec": 900,
     *         "persistent": false,
     *         "always_on": false,
     *         "tags": [
     *           "web"
     *         ],
     *         "preview_url": null,
     *         "created_at": "2026-11-24T09:15:00Z",
     *         "started_at": null,
     *         "ready_at": null,
     *         "destroyed_at": null
     *       }
     *     }
     */
    SandboxResponse: {
      data: components["schemas"]["Sandbox"];
    };
    /**
     * @description xs 1 vCPU/2 GB, small 2/4 GB, medium 4/8 GB, large 8/16 GB, xl 16/32 GB.
     * @default small
     * @example small
     * @enum {string}
     */
    SandboxSize: "xs" | "small" | "medium" | "large" | "xl";
    /**
     * @example {
     *       "id": "snap_5b7e21",
     *       "sandbox_id": "sbx_9f2c1a",
     *       "status": "ready",
     *       "comment": "before upgrading to Next.js 15",
     *       "created_at": "2026-11-24T10:02:00Z",
     *       "updated_at": "2026-11-24T10:02:04Z"
     *     }
     */
    SandboxSnapshot: {
      comment?: string | null;
      /** Format: date-time */
      created_at: string;
      /** @description Snapshot id (snap_…). */
      id: string;
      sandbox_id?: string;
      /** @description e.g. creating, ready or failed. */
      status: string;
      /** Format: date-time */
      updated_at?: string;
    };
    /**
     * @example {
     *       "comment": "before upgrading to Next.js 15"
     *     }
     */
    SandboxSnapshotCreateRequest: {
      comment?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "snap_5b7e21",
     *           "sandbox_id": "sbx_9f2c1a",
     *           "status": "ready",
     *           "comment": "before upgrading to Next.js 15",
     *           "created_at": "2026-11-24T10:02:00Z",
     *           "updated_at": "2026-11-24T10:02:04Z"
     *         }
     *       ]
     *     }
     */
    SandboxSnapshotList: {
      data: components["schemas"]["SandboxSnapshot"][];
    };
    /**
     * @example {
     *       "data": {
     *         "id": "snap_5b7e21",
     *         "sandbox_id": "sbx_9f2c1a",
     *         "status": "creating",
     *         "comment": "before upgrading to Next.js 15",
     *         "created_at": "2026-11-24T10:02:00Z",
     *         "updated_at": "2026-11-24T10:02:00Z"
     *       }
     *     }
     */
    SandboxSnapshotResponse: {
      data: components["schemas"]["SandboxSnapshot"];
    };
    /**
     * @description provisioning → running; paused and destroyed by request; error on failure.
     * @example running
     * @enum {string}
     */
    SandboxState: "provisioning" | "running" | "paused" | "destroyed" | "error";
    /**
     * @example {
     *       "id": "tpl_6m1q8z",
     *       "name": "Media tools",
     *       "slug": "media-tools",
     *       "description": "Python with ffmpeg and yt-dlp.",
     *       "built_in": false,
     *       "status": "ready",
     *       "image_id": "img_tpl_6m1q8z_b3",
     *       "preview_port": 8000,
     *       "workdir": "/workspace",
     *       "install_command": null,
     *       "start_command": "python3 -m http.server 8000",
     *       "runtimes": [
     *         "python"
     *       ],
     *       "tags": [
     *         "media"
     *       ],
     *       "current_build_id": "tbld_7r2k5w"
     *     }
     */
    SandboxTemplate: {
      built_in?: boolean;
      current_build_id?: string | null;
      description?: string | null;
      /** @description Template id (tpl_…); built-ins use their slug. */
      id: string;
      image_id?: string | null;
      install_command?: string | null;
      name: string;
      preview_port?: number | null;
      runtimes?: string[];
      /** @description Pass as template to sandbox_create. */
      slug?: string;
      start_command?: string | null;
      /** @description e.g. building, ready or failed. */
      status?: string;
      tags?: string[];
      workdir?: string;
    };
    /**
     * @example {
     *       "from": "miosa-sandbox",
     *       "vcpu": 2,
     *       "memoryMib": 4096,
     *       "steps": [
     *         {
     *           "run": "apt-get update && apt-get install -y ffmpeg"
     *         },
     *         {
     *           "run": "pip install yt-dlp"
     *         }
     *       ],
     *       "env": {
     *         "PYTHONUNBUFFERED": "1"
     *       },
     *       "workdir": "/workspace",
     *       "startCmd": "python3 -m http.server 8000",
     *       "readyCmd": "curl -sf http://localhost:8000",
     *       "previewPort": 8000,
     *       "artifactPaths": [
     *         "/workspace/out"
     *       ]
     *     }
     */
    SandboxTemplateBuildSpec: {
      artifactPaths?: string[];
      diskMib?: number;
      env?: components["schemas"]["EnvMap"];
      /** @description Base image or template slug, e.g. ubuntu:24.04 or miosa-sandbox. */
      from: string;
      memoryMib?: number;
      previewPort?: number;
      /** @description Command whose success means the sandbox is ready. */
      readyCmd?: string;
      /** @description Command started when a sandbox boots. */
      startCmd?: string;
      /** @description Build steps, in order. */
      steps?: Record<string, unknown>[];
      user?: string;
      vcpu?: number;
      /** @default /workspace */
      workdir?: string;
    };
    /**
     * @example {
     *       "name": "Media tools",
     *       "slug": "media-tools",
     *       "description": "Python with ffmpeg and yt-dlp.",
     *       "build_spec": {
     *         "from": "miosa-sandbox",
     *         "steps": [
     *           {
     *             "run": "apt-get update && apt-get install -y ffmpeg"
     *           }
     *         ],
     *         "previewPort": 8000
     *       }
     *     }
     */
    SandboxTemplateCreateRequest: {
      build_spec: components["schemas"]["SandboxTemplateBuildSpec"];
      description?: string;
      name: string;
      /** @description URL-safe id; derived from name when omitted. */
      slug?: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "miosa-sandbox",
     *           "name": "MIOSA Sandbox",
     *           "slug": "miosa-sandbox",
     *           "built_in": true,
     *           "status": "ready",
     *           "workdir": "/workspace",
     *           "runtimes": [
     *             "node",
     *             "python",
     *             "go"
     *           ]
     *         },
     *         {
     *           "id": "tpl_6m1q8z",
     *           "name": "Media tools",
     *           "slug": "media-tools",
     *           "built_in": false,
     *           "status": "ready",
     *           "preview_port": 8000,
     *           "start_command": "python3 -m http.server 8000"
     *         }
     *       ],
     *       "default_template_id": "miosa-sandbox"
     *     }
     */
    SandboxTemplateList: {
      data: components["schemas"]["SandboxTemplate"][];
      default_template_id?: string;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "tpl_6m1q8z",
     *         "name": "Media tools",
     *         "slug": "media-tools",
     *         "description": "Python with ffmpeg and yt-dlp.",
     *         "built_in": false,
     *         "status": "building",
     *         "image_id": null,
     *         "preview_port": 8000,
     *         "current_build_id": "tbld_7r2k5w"
     *       }
     *     }
     */
    SandboxTemplateResponse: {
      data: components["schemas"]["SandboxTemplate"];
    };
    /**
     * @description Secret metadata; the plaintext value is never answered.
     * @example {
     *       "id": "sec_8b4m1x",
     *       "name": "OPENAI_API_KEY",
     *       "type": "api_key",
     *       "scope": "user",
     *       "workspace_id": null,
     *       "resource_id": "sbx_9f2c1a",
     *       "resource_type": "sandbox",
     *       "masked_value": "sk-...3f9a",
     *       "expires_at": null,
     *       "metadata": {},
     *       "created_at": "2026-11-24T09:15:00Z"
     *     }
     */
    Secret: {
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      expires_at?: string | null;
      id: string;
      /** @description e.g. sk-...3f9a. */
      masked_value?: string | null;
      metadata?: {
        [key: string]: unknown;
      };
      name: string;
      resource_id?: string | null;
      /** @enum {string|null} */
      resource_type?: "sandbox" | "computer" | null;
      /** @description user, workspace, tenant, external_user or external_workspace. */
      scope?: string;
      type?: components["schemas"]["SecretType"];
      workspace_id?: string | null;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "sec_8b4m1x",
     *           "name": "OPENAI_API_KEY",
     *           "type": "api_key",
     *           "scope": "user",
     *           "workspace_id": null,
     *           "resource_id": "sbx_9f2c1a",
     *           "resource_type": "sandbox",
     *           "masked_value": "sk-...3f9a",
     *           "expires_at": null,
     *           "metadata": {},
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ]
     *     }
     */
    SecretList: {
      data: components["schemas"]["Secret"][];
    };
    /**
     * @example sandbox
     * @enum {string}
     */
    SecretResourceType: "sandbox" | "computer";
    /**
     * @example {
     *       "data": {
     *         "id": "sec_8b4m1x",
     *         "name": "OPENAI_API_KEY",
     *         "type": "api_key",
     *         "scope": "user",
     *         "workspace_id": null,
     *         "resource_id": "sbx_9f2c1a",
     *         "resource_type": "sandbox",
     *         "masked_value": "sk-...8e4d",
     *         "expires_at": "2027-01-31T00:00:00Z",
     *         "metadata": {},
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    SecretResponse: {
      data: components["schemas"]["Secret"];
    };
    /**
     * @example {
     *       "value": "sk-proj-9d2e7a1c5b3f8e4d",
     *       "expires_at": "2027-01-31T00:00:00Z"
     *     }
     */
    SecretRotateRequest: {
      /** Format: date-time */
      expires_at?: string;
      /** @description The new secret; never answered. */
      value: string;
    };
    /**
     * @description Who may use the secret.
     * @example user
     * @enum {string}
     */
    SecretScope: "user" | "workspace" | "tenant";
    /**
     * @example {
     *       "name": "OPENAI_API_KEY",
     *       "value": "sk-proj-4f8a2c9e1b7d3f9a",
     *       "type": "api_key",
     *       "scope": "user",
     *       "expose_as_env": "OPENAI_API_KEY",
     *       "resource_id": "sbx_9f2c1a",
     *       "resource_type": "sandbox"
     *     }
     */
    SecretSetRequest: {
      /** @description Env var name to expose it as on resource_id. */
      expose_as_env?: string;
      name: string;
      /** @description Sandbox or computer to bind the secret to. */
      resource_id?: string;
      resource_type?: components["schemas"]["SecretResourceType"];
      /**
       * @default user
       * @enum {string}
       */
      scope?: "user" | "workspace" | "tenant";
      /**
       * @default api_key
       * @enum {string}
       */
      type?: "api_key" | "oauth_token" | "bearer" | "basic" | "generic";
      /** @description The secret; stored encrypted, never answered. */
      value: string;
    };
    /**
     * @example api_key
     * @enum {string}
     */
    SecretType: "api_key" | "oauth_token" | "bearer" | "basic" | "generic";
    /**
     * @example {
     *       "bucket": "build-artifacts",
     *       "key": "releases/v1.2.0/checksums.txt",
     *       "size": 148,
     *       "etag": "9b2cf535f27731c974343645a3985328"
     *     }
     */
    StorageObject: {
      bucket?: string;
      etag?: string | null;
      key: string;
      /** @description Bytes stored. */
      size: number;
    };
    /**
     * @example {
     *       "keys": [
     *         "releases/v1.2.0/app.tar.gz",
     *         "releases/v1.2.0/checksums.txt"
     *       ],
     *       "truncated": false,
     *       "next_marker": null
     *     }
     */
    StorageObjectListing: {
      keys: string[];
      next_marker: string | null;
      /** @description True when more keys follow; pass next_marker as marker. */
      truncated: boolean;
    };
    /**
     * @example {
     *       "data": {
     *         "keys": [
     *           "releases/v1.2.0/app.tar.gz",
     *           "releases/v1.2.0/checksums.txt"
     *         ],
     *         "truncated": true,
     *         "next_marker": "releases/v1.2.0/checksums.txt"
     *       }
     *     }
     */
    StorageObjectListResponse: {
      data: components["schemas"]["StorageObjectListing"];
    };
    /**
     * @example {
     *       "data": {
     *         "bucket": "build-artifacts",
     *         "key": "releases/v1.2.0/checksums.txt",
     *         "size": 148,
     *         "etag": "9b2cf535f27731c974343645a3985328"
     *       }
     *     }
     */
    StorageObjectResponse: {
      data: components["schemas"]["StorageObject"];
    };
    /**
     * @example {
     *       "period_start": "2026-11-01",
     *       "period_end": "2026-11-24",
     *       "total_credits": 412.75,
     *       "compute_credits": 380.25,
     *       "ai_credits": 32.5
     *     }
     */
    UsageSummary: {
      ai_credits?: number;
      compute_credits?: number;
      /** Format: date */
      period_end: string;
      /** Format: date */
      period_start: string;
      total_credits: number;
    };
    /**
     * @example {
     *       "id": "vol_2m8x4c",
     *       "name": "pg-data",
     *       "size_gb": 20,
     *       "state": "attached",
     *       "region": "us-east",
     *       "attached_to": "comp_abc123",
     *       "created_at": "2026-11-10T12:00:00Z"
     *     }
     */
    Volume: {
      /** @description Computer id while attached. */
      attached_to?: string | null;
      /** Format: date-time */
      created_at?: string;
      id: string;
      name: string;
      region?: string | null;
      size_gb: number;
      state: components["schemas"]["VolumeState"];
    };
    /**
     * @example {
     *       "id": "att_9c1v5b",
     *       "volume_id": "vol_2m8x4c",
     *       "computer_id": "comp_abc123",
     *       "mount_path": "/mnt/data",
     *       "read_only": false,
     *       "state": "attached"
     *     }
     */
    VolumeAttachment: {
      computer_id: string;
      id: string;
      mount_path?: string | null;
      read_only?: boolean;
      /** @enum {string} */
      state: "attaching" | "attached" | "detaching" | "detached" | "error";
      volume_id: string;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "att_9c1v5b",
     *         "volume_id": "vol_2m8x4c",
     *         "computer_id": "comp_abc123",
     *         "mount_path": "/mnt/data",
     *         "read_only": false,
     *         "state": "attaching"
     *       }
     *     }
     */
    VolumeAttachmentResponse: {
      data: components["schemas"]["VolumeAttachment"];
    };
    /**
     * @example {
     *       "volume_id": "vol_2m8x4c",
     *       "mount_path": "/mnt/data",
     *       "read_only": false
     *     }
     */
    VolumeAttachRequest: {
      /** @description Absolute path inside the computer, e.g. /mnt/data. */
      mount_path?: string;
      /** @default false */
      read_only?: boolean;
      volume_id: string;
    };
    /**
     * @example {
     *       "name": "pg-data",
     *       "size_gb": 20,
     *       "region": "us-east"
     *     }
     */
    VolumeCreateRequest: {
      name: string;
      /** @description Region id from region_list. */
      region?: string;
      size_gb: number;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "vol_2m8x4c",
     *           "name": "pg-data",
     *           "size_gb": 20,
     *           "state": "attached",
     *           "region": "us-east",
     *           "attached_to": "comp_abc123",
     *           "created_at": "2026-11-10T12:00:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    VolumeList: {
      data: components["schemas"]["Volume"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "vol_2m8x4c",
     *         "name": "pg-data",
     *         "size_gb": 20,
     *         "state": "creating",
     *         "region": "us-east",
     *         "attached_to": null,
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    VolumeResponse: {
      data: components["schemas"]["Volume"];
    };
    /**
     * @example available
     * @enum {string}
     */
    VolumeState: "creating" | "available" | "attached" | "deleting" | "error";
    /**
     * @example {
     *       "id": "whk_3t9y7u",
     *       "url": "https://hooks.example.com/miosa",
     *       "events": [
     *         "computer.started",
     *         "computer.stopped"
     *       ],
     *       "enabled": true,
     *       "state": "active",
     *       "created_at": "2026-11-24T09:15:00Z"
     *     }
     */
    Webhook: {
      /** Format: date-time */
      created_at?: string;
      enabled?: boolean;
      events: string[];
      id: string;
      state?: string;
      /** Format: uri */
      url: string;
    };
    /**
     * @example {
     *       "url": "https://hooks.example.com/miosa",
     *       "events": [
     *         "computer.started",
     *         "computer.stopped"
     *       ],
     *       "secret": "whsec_5d1f9a7c3e",
     *       "enabled": true
     *     }
     */
    WebhookCreateRequest: {
      enabled?: boolean;
      /** @description Event names, e.g. computer.started, computer.stopped. */
      events: string[];
      /** @description Shared secret used to sign deliveries. */
      secret?: string;
      /** Format: uri */
      url: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "whk_3t9y7u",
     *           "url": "https://hooks.example.com/miosa",
     *           "events": [
     *             "computer.started",
     *             "computer.stopped"
     *           ],
     *           "enabled": true,
     *           "state": "active",
     *           "created_at": "2026-11-24T09:15:00Z"
     *         }
     *       ],
     *       "next_cursor": null,
     *       "has_more": false
     *     }
     */
    WebhookList: {
      data: components["schemas"]["Webhook"][];
      has_more: boolean;
      next_cursor: string | null;
    };
    /**
     * @example {
     *       "data": {
     *         "id": "whk_3t9y7u",
     *         "url": "https://hooks.example.com/miosa",
     *         "events": [
     *           "computer.started",
     *           "computer.stopped"
     *         ],
     *         "enabled": true,
     *         "state": "active",
     *         "created_at": "2026-11-24T09:15:00Z"
     *       }
     *     }
     */
    WebhookResponse: {
      data: components["schemas"]["Webhook"];
    };
    /**
     * @example {
     *       "data": {
     *         "status": "failed",
     *         "delivery_id": "dlv_2k8s5r",
     *         "response_status": 502
     *       }
     *     }
     */
    WebhookTestResponse: {
      data: components["schemas"]["WebhookTestResult"];
    };
    /**
     * @example {
     *       "status": "delivered",
     *       "delivery_id": "dlv_2k8s4q",
     *       "response_status": 200
     *     }
     */
    WebhookTestResult: {
      delivery_id?: string | null;
      /** @description HTTP status the endpoint answered. */
      response_status?: number | null;
      /** @description e.g. delivered or failed. */
      status: string;
    };
    /**
     * @example {
     *       "id": "ws_3k9d1p",
     *       "name": "Growth",
     *       "description": "Marketing site and experiments",
     *       "created_at": "2026-04-18T14:30:00Z"
     *     }
     */
    Workspace: {
      /** Format: date-time */
      created_at?: string;
      description?: string | null;
      id: string;
      name: string;
    };
    /**
     * @example {
     *       "data": [
     *         {
     *           "id": "ws_3k9d1p",
     *           "name": "Growth",
     *           "description": "Marketing site and experiments",
     *           "created_at": "2026-04-18T14:30:00Z"
     *         }
     *       ]
     *     }
     */
    WorkspaceList: {
      data: components["schemas"]["Workspace"][];
    };
    /**
     * @example {
     *       "workspace_id": "ws_3k9d1p",
     *       "period": "2026-11",
     *       "compute_hours": 42.5,
     *       "storage_gb": 12.3,
     *       "bandwidth_gb": 3.1,
     *       "credits_used": 318.2
     *     }
     */
    WorkspaceUsage: {
      bandwidth_gb?: number;
      compute_hours?: number;
      credits_used?: number;
      /** @description Month, YYYY-MM. */
      period: string;
      storage_gb?: number;
      workspace_id: string;
    };
    /**
     * @example {
     *       "data": {
     *         "workspace_id": "ws_3k9d1p",
     *         "period": "2026-11",
     *         "compute_hours": 42.5,
     *         "storage_gb": 12.3,
     *         "bandwidth_gb": 3.1,
     *         "credits_used": 318.2
     *       }
     *     }
     */
    WorkspaceUsageResponse: {
      data: components["schemas"]["WorkspaceUsage"];
    };
  };
  responses: {
    /** @description The resource is not in a state that allows this operation (for example a sandbox that is not running). */
    Conflict: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "SANDBOX_NOT_RUNNING",
         *         "message": "Sandbox sbx_9f2c1a is paused; resume it first.",
         *         "details": {
         *           "state": "paused"
         *         },
         *         "request_id": "req_01HZX3K9Q2VB"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The key is valid but lacks the scope this operation needs, or the resource belongs to another organization. */
    Forbidden: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "SCOPE_NOT_ALLOWED",
         *         "message": "API key lacks scope sandboxes:write.",
         *         "details": {
         *           "required_scope": "sandboxes:write"
         *         },
         *         "request_id": "req_01HZX3K9Q2V9"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The organization has no credits left for this operation. */
    InsufficientCredits: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "INSUFFICIENT_CREDITS",
         *         "message": "Credit balance is too low to start this resource.",
         *         "request_id": "req_01HZX3K9Q2V8"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Done; nothing to return. */
    NoContent: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content?: never;
    };
    /** @description No such resource in this organization. */
    NotFound: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "NOT_FOUND",
         *         "message": "Sandbox sbx_9f2c1a not found.",
         *         "request_id": "req_01HZX3K9Q2VA"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description Too many requests; wait `Retry-After` seconds. */
    RateLimited: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "RATE_LIMITED",
         *         "message": "Rate limit exceeded.",
         *         "retry_after": 5,
         *         "request_id": "req_01HZX3K9Q2VD"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description MIOSA failed or is unavailable; safe operations may be retried. */
    ServerError: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "INTERNAL_ERROR",
         *         "message": "Upstream scheduler unavailable.",
         *         "request_id": "req_01HZX3K9Q2VE"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The API key is missing, malformed, revoked or expired. */
    Unauthorized: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "UNAUTHORIZED",
         *         "message": "Invalid or revoked API key.",
         *         "request_id": "req_01HZX3K9Q2V7"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
    /** @description The request was understood but a field is invalid. */
    ValidationFailed: {
      headers: {
        "X-Request-Id": components["headers"]["RequestId"];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "error": {
         *         "code": "VALIDATION_ERROR",
         *         "message": "size must be one of xs, small, medium, large, xl.",
         *         "details": {
         *           "field": "size"
         *         },
         *         "request_id": "req_01HZX3K9Q2VC"
         *       }
         *     }
         */
        "application/json": components["schemas"]["Error"];
      };
    };
  };
  parameters: {
    /** @description Opaque cursor from the previous page's `next_cursor`. */
    Cursor: string;
    /**
     * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
     *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
     */
    IdempotencyKey: string;
    /** @description Page size. */
    Limit: number;
    /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
    Tenant: string;
  };
  requestBodies: never;
  headers: {
    /** @description Identifier of this request, to quote to MIOSA support. */
    RequestId: string;
    /** @description Seconds to wait before retrying. */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listApiKeys: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of keys. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ApiKeyCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The key with its plaintext `token`, shown only in this answer. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyCreateResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description API key id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  listRegions: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The regions. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegionList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputers: {
    parameters: {
      query?: {
        /** @description Page size. */
        per_page?: number;
        /** @description Only computers in this status. */
        status?: "provisioning" | "active" | "paused" | "stopped" | "error" | "destroyed";
        /** @description Only computers of this workspace. */
        workspace_id?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The computers, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Created, in status `provisioning` or `stopped` until started. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Computer"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDesktopAccessibilityTree: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The AT-SPI tree of visible UI elements. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DesktopAccessibilityTree"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  clickDesktop: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopClickRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDesktopClipboard: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The clipboard text (empty when it holds none). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DesktopClipboard"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  setDesktopClipboard: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopClipboardSetRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDesktopCursor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The cursor position. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DesktopCursor"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  doubleClickDesktop: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopPointRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  dragDesktop: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopDragRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  pressDesktopHotkey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopHotkeyRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  pressDesktopKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopKeyRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  launchDesktopApp: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopLaunchRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The application was started (its window may take a moment to appear). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  moveDesktopCursor: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopPointRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDesktopScreenSize: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The screen size in pixels. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DesktopScreenSize"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDesktopScreenshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Computer id (comp_...). */
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description PNG of the whole screen (1024×768 by default). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "image/png": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  scrollDesktop: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopScrollRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  typeDesktopText: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopTypeRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  closeDesktopWindow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
        /** @description Window id from the windows list. */
        window_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  focusDesktopWindow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DesktopWindowFocusRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Done. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ActionResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listDesktopWindows: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The open top-level windows. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DesktopWindowList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  attachVolume: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Computer to attach to. */
        computer_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VolumeAttachRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The attachment. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VolumeAttachmentResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Computer id (comp_...). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The computer, as a bare object. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Computer"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  destroyComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Computer id (comp_...). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  updateComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Computer id (comp_...). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerUpdateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The updated computer. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputerEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The variables; values may be masked. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerEnvVarList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  setComputerEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerEnvSetRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The variable as stored. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerEnvVarResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  execComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerExecRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The command finished (any exit code). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerExecResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  execComputerPython: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerPythonRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The code finished (any exit code). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerExecResult"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputerFiles: {
    parameters: {
      query: {
        /** @description Absolute directory path in the VM. */
        path: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The directory's entries. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerDirectoryResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteComputerFile: {
    parameters: {
      query: {
        /** @description Absolute path in the VM; directories are removed with their contents. */
        path: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  downloadComputerFile: {
    parameters: {
      query: {
        /** @description Absolute file path in the VM. */
        path: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The file's raw bytes. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  makeComputerDirectory: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerFileMkdirRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  writeComputerFile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerFileWriteRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The written file's entry. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerFileEntryResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getComputerLogs: {
    parameters: {
      query?: {
        /** @description Number of most recent lines. */
        lines?: number;
        /** @description Only lines logged after this time. */
        since?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The log lines, oldest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerLogsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputerPorts: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The exposed ports. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerPortList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  exposeComputerPort: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerPortExposeRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The exposed port and its URL; exposing it again answers the same record. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerPortResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  restoreComputerCheckpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Checkpoint id (ckpt_...), in status `ready`. */
        checkpoint_id: string;
        /** @description The computer the checkpoint was taken from. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new computer, in status `provisioning`, and the checkpoint used. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerRestoreResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputerServices: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The services. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerServiceList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  createComputerService: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ComputerServiceCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The service, started. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerServiceResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getComputerServiceLogs: {
    parameters: {
      query?: {
        /** @description true streams new lines as SSE; false returns the recent lines and ends. */
        follow?: boolean;
        /** @description Number of most recent lines to return. */
        lines?: number;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
        /** @description Service id (svc_...). */
        service_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The recent log lines, oldest first (with `follow=false`). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerServiceLogs"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listComputerCheckpoints: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The computer's checkpoints that are not deleted, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerCheckpointList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  createComputerCheckpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ComputerCheckpointCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Checkpoint started, in status `creating`; it is usable once `ready`. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ComputerCheckpointResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  startComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The computer, usually in status `provisioning`; poll until `active`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Computer"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  stopComputer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The computer, in status `stopped` or on its way there. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Computer"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getCreditBalance: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The balance. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreditBalance"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  listCronJobs: {
    parameters: {
      query?: {
        /** @description Only jobs that run on this computer. */
        computer_id?: string;
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Only jobs that run on this sandbox. */
        sandbox_id?: string;
        state?: "active" | "paused" | "error";
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of cron jobs, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createCronJob: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CronJobCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new job, in state active. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getCronJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The job. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteCronJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  updateCronJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CronJobUpdateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The updated job. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listCronExecutions: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Recent executions, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronExecutionList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  pauseCronJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The job, in state paused. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  resumeCronJob: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The job, in state active. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronJobResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  runCronJobNow: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Cron job id (cron_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The execution. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CronExecutionResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  listCustomDomains: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of custom domains. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomDomainList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createCustomDomain: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CustomDomainCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The domain, pending DNS verification. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomDomainResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listDatabases: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        state?: "creating" | "provisioning" | "starting" | "running" | "available" | "stopping" | "stopped" | "restarting" | "error" | "failed";
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of databases, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DatabaseList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createDatabase: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DatabaseCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new database, usually in state creating or provisioning. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DatabaseResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDatabase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Database id (db_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The database. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DatabaseResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteDatabase: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Database id (db_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDatabaseCredentials: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Database id (db_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Connection string and its parts. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DatabaseCredentialsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDatabaseLogs: {
    parameters: {
      query?: {
        /** @description How many of the most recent lines to return. */
        lines?: number;
        /** @description Only lines logged at or after this time (ISO 8601). */
        since?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Database id (db_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Log lines, oldest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DatabaseLogsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listDeployments: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        state?: "pending" | "building" | "running" | "stopped" | "failed";
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of deployments, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createDeployment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeploymentCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new deployment, usually in state pending or building. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentCreateResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDeployment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteDeployment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Deleted. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["Deleted"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  addDeploymentDomain: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeploymentDomainAddRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The domain, pending DNS verification. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomDomainResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listDeploymentEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Variable names with masked previews. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentEnvList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  setDeploymentEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeploymentEnvSetRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment's variables after the change. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentEnvList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteDeploymentEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
        /** @description Variable name, e.g. DATABASE_URL. */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDeploymentLogs: {
    parameters: {
      query?: {
        /** @description How many of the most recent lines to return. */
        lines?: number;
        /** @description Only lines logged at or after this time (ISO 8601). */
        since?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Log lines, oldest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentLogsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  publishDeployment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeploymentVersionPublishRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment and its new version. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentVersionPublishResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  rollbackDeployment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DeploymentRollbackRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment, now pointing at the chosen version. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listDeploymentVersions: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        state?: "created" | "building" | "ready" | "failed" | "archived";
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of versions, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentVersionList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  promoteDeploymentVersion: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Deployment id (dep_…). */
        id: string;
        /** @description Version id (ver_…) from the versions list. */
        version_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["DeploymentVersionPromoteRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment, now serving the version. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getDockerDeployHost: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Docker Deploy host id (ddh_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The host. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DockerDeployHostResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  ensureDockerDeployHost: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DockerDeployHostEnsureRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The workspace's host. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DockerDeployHostEnsureResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSecrets: {
    parameters: {
      query?: {
        /** @description Sandbox or computer id the secret is bound to. */
        resource_id?: string;
        resource_type?: components["schemas"]["SecretResourceType"];
        scope?: components["schemas"]["SecretScope"];
        workspace_id?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The secrets. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SecretList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SecretSetRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The secret's metadata; the value is never answered. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SecretResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Secret id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  rotateSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Secret id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SecretRotateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The secret's metadata with the new masked value. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SecretResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listFunctions: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of functions. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createFunction: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["FunctionCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new function. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  invokeFunction: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Function id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FunctionInvokeRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description What the function returned. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FunctionInvokeResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listHealthChecks: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of health checks with their last result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HealthCheckList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createHealthCheck: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["HealthCheckCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new health check. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["HealthCheckResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listOrganizations: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The organizations, with the caller's role in each. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  getCurrentOrganization: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The current organization. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["OrganizationResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  listRuns: {
    parameters: {
      query?: {
        status?: components["schemas"]["RunStatus"];
        /** @description Sandbox or computer id. */
        target_id?: string;
        target_kind?: components["schemas"]["RunTargetKind"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The runs, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RunCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The run; status is final when `wait` was true. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Run id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The run. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  cancelRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Run id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The run, now canceled (or its final status if it had finished). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getRunOutputs: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Run id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Result, messages, command output, files, previews and diagnostics. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RunOutputsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxTemplates: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The templates. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxTemplateList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  createSandboxTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxTemplateCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new template. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxTemplateResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxes: {
    parameters: {
      query?: {
        /** @description Only sandboxes in this state. */
        state?: components["schemas"]["SandboxState"];
        /** @description Comma-separated tags to filter by, e.g. web,demo. */
        tags?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandboxes, newest first. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createSandbox: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new sandbox. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandbox: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  destroySandbox: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox, now in `destroyed`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  deploySandbox: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…) whose files are published. */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeploymentPublishRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The deployment and its live URL. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeploymentPublishResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The variables; encrypted ones without `value`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxEnvVarList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  replaceSandboxEnv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxEnvSetRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The variables now set. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxEnvVarList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteSandboxEnvVar: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Variable name, e.g. DATABASE_URL. */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  execSandbox: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxExecRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The command finished (whatever its exit code). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxExecResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createSandboxExport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxExportCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The export, with download URLs. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxExportResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  exposeSandboxPort: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxExposeRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The preview URL. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxExposeResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  extendSandbox: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxExtendRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox with its new timeout. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxFiles: {
    parameters: {
      query?: {
        /** @description How many levels below the folder to include. */
        depth?: number;
        /** @description Absolute folder path. */
        path?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The folder's entries. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxFileListResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  writeSandboxFile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxFileWriteRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The file was written. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxFileWriteResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  readSandboxFile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Absolute file path, e.g. /workspace/package.json. */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The file's bytes. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  statSandboxFile: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxFileStatRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The path's metadata. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxFileStatResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandboxFileTree: {
    parameters: {
      query?: {
        /** @description How many levels to descend. */
        depth?: number;
        /** @description Absolute folder path. */
        path?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The root node of the tree. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxFileTreeResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  writeSandboxFiles: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxFilesWriteManyRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Which files were written and which failed. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxFilesWriteManyResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  forkSandbox: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…) to fork. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxForkRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new sandbox. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandboxLogs: {
    parameters: {
      query?: {
        /** @description How many of the most recent lines to return. */
        lines?: number;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The most recent log lines. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxLogsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  pauseSandbox: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox, in `paused`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxPreviews: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The previews. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxPreviewList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  shareSandboxPreview: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Preview id (prv_…) from sandbox_preview_list. */
        preview_id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxPreviewShareRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The share token and link. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxPreviewShareResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxProcesses: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The processes. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxProcessList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  startSandboxProcess: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SandboxProcessStartRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The process, started. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxProcessResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  stopSandboxProcess: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Process id from sandbox_process_start or sandbox_process_list. */
        pid: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandboxProcessLogs: {
    parameters: {
      query?: {
        /** @description How many of the last lines to return. */
        tail?: number;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Process id. */
        pid: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The last lines of stdout and stderr, interleaved. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxProcessLogsResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandboxReadiness: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The readiness of the sandbox. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxReadinessResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  restoreSandboxSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Snapshot id (snap_…) of this sandbox. */
        snapshot_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox, restoring. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  resumeSandbox: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox, `provisioning` or `running`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  listSandboxSnapshots: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The snapshots. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxSnapshotList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  createSandboxSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["SandboxSnapshotCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new snapshot. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxSnapshotResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  deleteSandboxSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Sandbox id (sbx_…). */
        id: string;
        /** @description Snapshot id (snap_…). */
        snapshot_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      204: components["responses"]["NoContent"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  getSandboxByName: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description The sandbox's name, URL-encoded. */
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The sandbox. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SandboxResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  listBuckets: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The buckets. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BucketList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  createBucket: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BucketCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new bucket. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BucketResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listStorageObjects: {
    parameters: {
      query?: {
        /** @description Start after this key (the previous page's next_marker). */
        marker?: string;
        /** @description Most keys to return. */
        max_keys?: number;
        /** @description Only keys starting with this. */
        prefix?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Bucket id or name. */
        bucket: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of keys. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StorageObjectListResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getStorageObject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Bucket id or name. */
        bucket: string;
        /** @description Object key; may contain '/'. */
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The object's bytes. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/octet-stream": string;
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      429: components["responses"]["RateLimited"];
    };
  };
  putStorageObject: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Bucket id or name. */
        bucket: string;
        /** @description Object key; may contain '/'. */
        key: string;
      };
      cookie?: never;
    };
    /** @description The object's bytes. */
    requestBody: {
      content: {
        "application/octet-stream": string;
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The stored object. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["StorageObjectResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listProductTemplates: {
    parameters: {
      query?: {
        /** @description Only templates of this product. */
        product?: components["schemas"]["ProductTemplateProductKind"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The catalog. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ProductTemplateCatalogResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  getUsageSummary: {
    parameters: {
      query?: {
        /** @description Last day (YYYY-MM-DD); default today. */
        period_end?: string;
        /** @description First day (YYYY-MM-DD); default the start of the billing period. */
        period_start?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Credit totals for the period. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsageSummary"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listVolumes: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        state?: components["schemas"]["VolumeState"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of volumes. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VolumeList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createVolume: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["VolumeCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new volume. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VolumeResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["InsufficientCredits"];
      403: components["responses"]["Forbidden"];
      409: components["responses"]["Conflict"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** @description Opaque cursor from the previous page's `next_cursor`. */
        cursor?: components["parameters"]["Cursor"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description One page of webhooks. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookCreateRequest"];
      };
    };
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The new webhook. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
  testWebhook: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Makes a create or trigger safe to retry: a repeated key within 24 hours returns the first
         *     result instead of acting again. Any string of 1-255 printable characters; a UUID is typical.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Webhook id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The outcome of the test delivery. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookTestResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      429: components["responses"]["RateLimited"];
    };
  };
  listWorkspaces: {
    parameters: {
      query?: never;
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description The workspaces. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkspaceList"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      429: components["responses"]["RateLimited"];
    };
  };
  getWorkspaceUsage: {
    parameters: {
      query?: {
        /** @description Month as YYYY-MM; default the current month. */
        period?: string;
      };
      header?: {
        /** @description Organization (UUID or slug) to act in. Optional; an API key is pinned to its own organization. */
        "X-MIOSA-Tenant"?: components["parameters"]["Tenant"];
      };
      path: {
        /** @description Workspace id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      "5XX": components["responses"]["ServerError"];
      /** @description Usage totals for the month. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["RequestId"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WorkspaceUsageResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["Forbidden"];
      404: components["responses"]["NotFound"];
      422: components["responses"]["ValidationFailed"];
      429: components["responses"]["RateLimited"];
    };
  };
}
