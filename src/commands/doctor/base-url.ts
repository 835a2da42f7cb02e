import { ConfigError } from '../../../vocabulary/config-error.js';
import { baseUrlFromEnv } from '../../settings.js';
import { reporter, type Finding } from './finding.js';

/** The API origin the server would use, or undefined when it would refuse MIOSA_API_URL/MIOSA_BASE_URL. */
export function checkBaseUrl(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const report = reporter(out, 'base URL');
  try {
    const { baseUrl: url, source } = baseUrlFromEnv(env);
    const from =
      source === 'default'
        ? 'the default; set MIOSA_API_URL to change it'
        : source === 'MIOSA_BASE_URL'
          ? 'from MIOSA_BASE_URL, an older name for MIOSA_API_URL'
          : env.MIOSA_BASE_URL?.trim()
            ? 'from MIOSA_API_URL; MIOSA_BASE_URL agrees'
            : 'from MIOSA_API_URL';
    const loopback = new URL(url).protocol === 'http:';
    report('ok', `API at ${url} (${from})${loopback ? '; a loopback address: the local emulator or a test server' : ''}.`);
    return url;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    report(
      'fail',
      err.message,
      'Unset MIOSA_API_URL (and its older name MIOSA_BASE_URL) to use https://api.miosa.ai, or set one of them to an https origin; plain http only for 127.0.0.1/localhost (the emulator).',
    );
    return undefined;
  }
}
