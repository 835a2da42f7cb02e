/**
 * A setting or argument the user gave is wrong (a flag, an environment variable, a client name): the
 * CLI prints its message and exits 2. One class for the runtime and the configuration renderer, so
 * `instanceof` holds wherever it is thrown.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}
