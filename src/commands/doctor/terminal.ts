// Doctor prints what MIOSA and config files say (an organization's name, an error message) to a
// terminal. Escape sequences in such text would recolour, move the cursor, retitle the window or
// hide lines, so they are removed, with every other control character but the line break.

// CSI (ESC [ or the one-byte 0x9b, … final byte), OSC (ESC ] … BEL or ESC \), and any other ESC + one character.
const ESCAPE_SEQUENCE = /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[\s\S]?/g;
// C0 controls but the line break, DEL, and C1 controls (0x9b is a one-byte CSI on some terminals).
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g;

/** The text as a terminal will show it literally: escape sequences and control characters removed (a tab becomes a space). */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\t/g, ' ').replace(CONTROL, '');
}
