import { ConfigError, normalizeBaseUrl } from '../../config.js';
import { reporter, type Finding } from './finding.js';

/** The API origin the server would use, or undefined when it would refuse MIOSA_BASE_URL. */
export function checkBaseUrl(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const report = reporter(out, 'base URL');
  try {
    const url = normalizeBaseUrl(env.MIOSA_BASE_URL);
    const given = env.MIOSA_BASE_URL?.trim();
    const loopback = new URL(url).protocol === 'http:';
    report('ok', `API at ${url} (${given ? 'from MIOSA_BASE_URL' : 'the default'})${loopback ? '; a loopback address: the local emulator or a test server' : ''}.`);
    return url;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report(
      'fail',
      err.message,
      'Unset MIOSA_BASE_URL to use https://api.miosa.ai, or set it to an https origin; plain http only for 127.0.0.1/localhost (the emulator).',
    );
    return undefined;
  }
}
