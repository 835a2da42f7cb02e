// Doctor never prints the key: at most its kind and last 4 characters. Everything it says passes
// through scrub, because messages quote config files and API answers that may hold a key (found by
// the server's one key rule) or terminal escape sequences.
import { KEY_PATTERN } from '../../redact.js';
import { terminalSafe } from './terminal.js';

/** Anything shaped like a whole key, wherever it stands: the rule the server redacts by. */
export const LITERAL_KEY = KEY_PATTERN;

/** A key as it may be shown: its kind and, when long enough to keep secret, its last 4 characters. */
export function maskKey(key: string): string {
  const prefix = key.startsWith('msk_u_') ? 'msk_u_' : key.startsWith('msk_') ? 'msk_' : '';
  const tail = key.length >= 16 && /^[A-Za-z0-9_\-]{4}$/.test(key.slice(-4)) ? key.slice(-4) : '';
  return `${prefix}…${tail}`;
}

/**
 * Whatever still looks like a whole key is masked before anything leaves (`msk_u_…abcd` is left
 * alone), and escape sequences and control characters are removed.
 */
export function scrub(text: string): string {
  return terminalSafe(text).replace(LITERAL_KEY, (k) => maskKey(k));
}
