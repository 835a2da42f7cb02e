import { looksLikeKey } from '../../redact.js';
import { reporter, type Finding } from './finding.js';
import { maskKey } from './mask.js';

export const KEY_VAR = 'MIOSA_API_KEY';

const SET_KEY_FIX =
  'Create a key under Dashboard → Settings → API Keys (https://miosa.ai). Give it to the server as MIOSA_API_KEY: export it in the environment your client starts from and refer to it from the client config (`miosa-mcp config <client>` prints one that does), then restart the client.';

/** The key when it may be sent to MIOSA, else undefined. */
export function checkKey(env: NodeJS.ProcessEnv, out: Finding[]): string | undefined {
  const report = reporter(out, 'key');
  const key = env[KEY_VAR]?.trim();
  if (!key) {
    report('fail', `${KEY_VAR} is not set in this environment.`, SET_KEY_FIX);
    return undefined;
  }
  if (/^["'].*["']$/.test(key)) {
    report('fail', `${KEY_VAR} is wrapped in quotes, which become part of the key.`, 'Remove the quotes around the value (in a JSON config the quotes of the string are enough).');
    return undefined;
  }
  if (!looksLikeKey(key)) {
    report(
      'fail',
      `${KEY_VAR} does not look like a MIOSA key (it should start with msk_u_); it was not sent anywhere.`,
      `Copy the whole key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai), with no spaces or line breaks.`,
    );
    return undefined;
  }
  if (!key.startsWith('msk_u_')) {
    // Still sent: MIOSA's answer is the better judge of a key kind this server does not know.
    report(
      'warn',
      `${KEY_VAR} (${maskKey(key)}) starts with msk_ but not msk_u_: it is not a user API key, and MIOSA will likely refuse it.`,
      'Use a user API key (msk_u_…) from Dashboard → Settings → API Keys (https://miosa.ai).',
    );
    return key;
  }
  report('ok', `${KEY_VAR} is set: ${maskKey(key)}.`);
  return key;
}
