// What doctor says and how it may be said. Every check reports findings of one shape through
// `reporter`; everything printed passes through `scrub`, because findings quote config files and
// API answers that may hold a key or terminal escape sequences. Doctor never prints a key: at most
// its kind and last 4 characters (`msk_u_…abcd`), found by the server's one key rule (redact.ts).
import { KEY_PATTERN } from '../../redact.js';

export interface Finding {
  check: string;
  status: 'ok' | 'warn' | 'fail';
  message: string;
  fix?: string;
}

/**
 * Findings of one check, added to `out`. Each check then states only its verdict, and every finding
 * has the same shape: a `fix` only where one was given (the formatter prints fixes of warnings and failures).
 */
export function reporter(out: Finding[], check: string): (status: Finding['status'], message: string, fix?: string) => void {
  return (status, message, fix) => {
    out.push(fix === undefined ? { check, status, message } : { check, status, message, fix });
  };
}

/** A key as it may be shown: its kind and, when long enough to keep secret, its last 4 characters. */
export function maskKey(key: string): string {
  const prefix = key.startsWith('msk_u_') ? 'msk_u_' : key.startsWith('msk_') ? 'msk_' : '';
  const tail = key.length >= 16 && /^[A-Za-z0-9_\-]{4}$/.test(key.slice(-4)) ? key.slice(-4) : '';
  return `${prefix}…${tail}`;
}

// Doctor prints what MIOSA and config files say (an organization's name, an error message) to a
// terminal. Escape sequences in such text would recolour, move the cursor, retitle the window or
// hide lines, so they are removed, with every other control character but the line break.
// CSI (ESC [ or the one-byte 0x9b, … final byte), OSC (ESC ] … BEL or ESC \), and any other ESC + one character.
const ESCAPE_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[\s\S]?/g;
// C0 controls but the line break, DEL, and C1 controls (0x9b is a one-byte CSI on some terminals).
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;

/**
 * The text as a terminal will show it literally (escape sequences and control characters removed, a
 * tab becomes a space), with whatever still looks like a whole key masked (`msk_u_…abcd` is left alone).
 */
export function scrub(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '').replace(KEY_PATTERN, (k) => maskKey(k));
}
