// Draws the emulated Linux desktop as a PNG screenshot: a background, a top
// bar labelled "MIOSA desktop" with one button per window, the windows in
// array order (last on top, each with a title bar and its text lines), markers
// where the recent clicks landed, and the mouse pointer.

import { Canvas } from './canvas.js';
import { CAP_HEIGHT, CHAR_ADVANCE, GLYPH_HEIGHT, LINE_ADVANCE, measureText } from './font.js';
import { THEME, textGrid, windowRegions } from './theme.js';

export interface DesktopWindow { id: string; title: string; app: string; x: number; y: number; width: number; height: number; focused: boolean; lines: string[] }
export interface DesktopClick { x: number; y: number; button: 'left' | 'right' | 'middle' }
export interface DesktopState { width: number; height: number; windows: DesktopWindow[]; cursor: { x: number; y: number }; clicks: DesktopClick[] }

/** PNG bytes of a `state.width` × `state.height` picture of the desktop. */
export function renderDesktop(state: DesktopState): Buffer {
  const canvas = new Canvas(state.width, state.height, THEME.backgroundBottom);
  drawBackground(canvas);
  drawTopBar(canvas, state.windows);
  for (const win of state.windows) drawWindow(canvas, win);
  const clicks = state.clicks.slice(-THEME.maxClickMarkers);
  for (const click of clicks) drawClickMarker(canvas, click);
  drawCursor(canvas, state.cursor.x, state.cursor.y);
  return canvas.toPng();
}

function drawBackground(canvas: Canvas): void {
  const top = THEME.backgroundTop;
  const bottom = THEME.backgroundBottom;
  const h = canvas.height;
  // Bands of a few rows keep the gradient smooth and the fill cheap.
  for (let y = 0; y < h; y += 4) {
    const t = h <= 1 ? 0 : y / (h - 1);
    canvas.fillRect(0, y, canvas.width, 4, mix(top, bottom, t));
  }
}

function drawTopBar(canvas: Canvas, windows: readonly DesktopWindow[]): void {
  const h = THEME.topBarHeight;
  const s = THEME.textScale;
  const textY = Math.floor((h - CAP_HEIGHT * s) / 2);
  canvas.fillRect(0, 0, canvas.width, h, THEME.topBar);
  canvas.fillRect(0, h - 1, canvas.width, 1, 0x000000);
  let x = 10;
  x = canvas.drawText(x, textY, THEME.topBarLabel, THEME.topBarText, s) + 18;

  // One button per window, in stacking order, while there is room.
  const buttonY = 4;
  const buttonH = h - 8;
  const maxChars = 14;
  for (const win of windows) {
    if (!isDrawable(win)) continue;
    const label = truncate(cleanText(win.title || win.app || win.id), maxChars);
    const w = measureText(label, s) + 16;
    if (x + w > canvas.width - 4) break;
    canvas.fillRect(x, buttonY, w, buttonH, win.focused ? THEME.taskButtonFocused : THEME.taskButton);
    canvas.drawText(x + 8, textY, label, win.focused ? THEME.taskButtonFocusedText : THEME.taskButtonText, s);
    x += w + 6;
  }
}

function drawWindow(canvas: Canvas, win: DesktopWindow): void {
  if (!isDrawable(win)) return;
  const r = windowRegions(win);
  const { frame, titleBar, closeBox, content } = r;
  if (frame.width === 0 || frame.height === 0) return;
  const s = THEME.textScale;

  // Drop shadow along the right and bottom edges.
  const off = THEME.shadowOffset;
  canvas.blendRect(frame.x + frame.width, frame.y + off, off, frame.height, THEME.shadow, THEME.shadowAlpha);
  canvas.blendRect(frame.x + off, frame.y + frame.height, frame.width - off, off, THEME.shadow, THEME.shadowAlpha);

  canvas.withClip(frame.x, frame.y, frame.width, frame.height, () => {
    canvas.strokeRect(frame.x, frame.y, frame.width, frame.height, THEME.windowBorder);

    // Title bar: highlighted when focused, title text, close box.
    canvas.fillRect(titleBar.x, titleBar.y, titleBar.width, titleBar.height, win.focused ? THEME.titleFocused : THEME.titleUnfocused);
    canvas.fillRect(titleBar.x, titleBar.y + titleBar.height, titleBar.width, 1, THEME.titleSeparator);
    const showClose = closeBox.x > titleBar.x + 24;
    if (showClose) {
      canvas.fillRect(closeBox.x, closeBox.y, closeBox.width, closeBox.height, THEME.closeBox);
      const xOff = Math.floor((closeBox.width - (CHAR_ADVANCE - 1)) / 2);
      const yOff = Math.floor((closeBox.height - CAP_HEIGHT) / 2);
      canvas.drawText(closeBox.x + xOff, closeBox.y + yOff, 'x', THEME.closeBoxText, 1);
    }
    const titleRight = showClose ? closeBox.x - 6 : titleBar.x + titleBar.width - 4;
    const titleChars = Math.floor((titleRight - (titleBar.x + 8) + s) / (CHAR_ADVANCE * s));
    const title = truncate(cleanText(win.title || win.app), titleChars);
    const titleY = titleBar.y + Math.floor((THEME.titleBarHeight - CAP_HEIGHT * s) / 2);
    canvas.drawText(titleBar.x + 8, titleY, title, win.focused ? THEME.titleTextFocused : THEME.titleTextUnfocused, s);

    // Content: the last lines that fit, each cut at the window's width.
    if (content.height <= 0 || content.width <= 0) return;
    const terminal = isTerminalApp(win.app);
    canvas.fillRect(content.x, content.y, content.width, content.height, terminal ? THEME.terminalBackground : THEME.contentBackground);
    const { cols, rows } = textGrid(win);
    if (cols <= 0 || rows <= 0) return;
    const visible = lastRows(win.lines, rows, cols);
    const textColor = terminal ? THEME.terminalText : THEME.contentText;
    const left = content.x + THEME.contentPadding;
    const top = content.y + THEME.contentPadding;
    canvas.withClip(content.x, content.y, content.width, content.height, () => {
      visible.forEach((line, i) => {
        canvas.drawText(left, top + i * LINE_ADVANCE * s, line, textColor, s);
      });
      // A caret after the last line of the focused window, where typing goes.
      if (win.focused) {
        const row = Math.max(0, visible.length - 1);
        const col = visible.length === 0 ? 0 : countChars(visible[row]);
        if (col < cols) {
          const cx = left + col * CHAR_ADVANCE * s;
          const cy = top + row * LINE_ADVANCE * s;
          if (terminal) canvas.fillRect(cx, cy, (CHAR_ADVANCE - 1) * s, GLYPH_HEIGHT * s, THEME.terminalCaret);
          else canvas.fillRect(cx, cy - 1, s, GLYPH_HEIGHT * s + 2, THEME.caret);
        }
      }
    });
  });
}

function drawClickMarker(canvas: Canvas, click: DesktopClick): void {
  if (!Number.isFinite(click.x) || !Number.isFinite(click.y)) return;
  const cx = Math.round(click.x);
  const cy = Math.round(click.y);
  const color = click.button === 'right' ? THEME.clickRight : click.button === 'middle' ? THEME.clickMiddle : THEME.clickLeft;
  // A white halo, a two-pixel coloured ring, and a dot on the exact spot.
  ring(canvas, cx, cy, 9, 2, THEME.clickHalo);
  ring(canvas, cx, cy, 7, 2, color);
  canvas.fillRect(cx - 2, cy - 2, 5, 5, THEME.clickHalo);
  canvas.fillRect(cx - 1, cy - 1, 3, 3, color);
}

/** A ring of the given outer radius and thickness centred on (cx, cy). */
function ring(canvas: Canvas, cx: number, cy: number, radius: number, thickness: number, color: number): void {
  const outer = (radius + 0.5) ** 2;
  const inner = (radius - thickness + 0.5) ** 2;
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const d = dx * dx + dy * dy;
      if (d <= outer && d > inner) canvas.setPixel(cx + dx, cy + dy, color);
    }
  }
}

// The classic arrow pointer; its tip is the top-left 'X'.
const CURSOR_SHAPE = [
  'X',
  'XX',
  'X.X',
  'X..X',
  'X...X',
  'X....X',
  'X.....X',
  'X......X',
  'X.......X',
  'X........X',
  'X.........X',
  'X......XXXXX',
  'X...X..X',
  'X..XX..X',
  'X.X  X..X',
  'XX   X..X',
  'X     X..X',
  '      X..X',
  '       XX',
];

function drawCursor(canvas: Canvas, x: number, y: number): void {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return;
  const tx = Math.round(x);
  const ty = Math.round(y);
  CURSOR_SHAPE.forEach((row, dy) => {
    for (let dx = 0; dx < row.length; dx++) {
      const c = row[dx];
      if (c === 'X') canvas.setPixel(tx + dx, ty + dy, THEME.cursorOutline);
      else if (c === '.') canvas.setPixel(tx + dx, ty + dy, THEME.cursorFill);
    }
  });
}

function isDrawable(win: DesktopWindow): boolean {
  return [win.x, win.y, win.width, win.height].every(Number.isFinite) && win.width > 0 && win.height > 0;
}

function isTerminalApp(app: string): boolean {
  return /term|shell|console|bash|tty|konsole/i.test(app ?? '');
}

/**
 * The last `rows` display rows of `lines`, each at most `cols` characters.
 * Embedded newlines split a line into several rows; tabs expand to 8-column
 * stops; ANSI escape sequences are dropped. Works from the end, so a long
 * scrollback costs only what is shown.
 */
function lastRows(lines: readonly string[], rows: number, cols: number): string[] {
  const out: string[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < rows; i--) {
    const parts = String(lines[i] ?? '').split('\n');
    for (let j = parts.length - 1; j >= 0 && out.length < rows; j--) {
      out.push(clip(parts[j], cols));
    }
  }
  return out.reverse();
}

// CSI / OSC / two-character escape sequences, as terminals print them.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])/g;

/** `text` made drawable: escapes dropped, tabs expanded, carriage returns removed, at most `cols` characters. */
function clip(text: string, cols: number): string {
  const clean = text.includes('\x1b') ? text.replace(ANSI, '') : text;
  let out = '';
  let n = 0;
  for (const ch of clean) {
    if (n >= cols) break;
    if (ch === '\r') continue;
    if (ch === '\t') {
      const spaces = Math.min(8 - (n % 8), cols - n);
      out += ' '.repeat(spaces);
      n += spaces;
      continue;
    }
    out += ch;
    n++;
  }
  return out;
}

/** A one-line label: newlines and tabs become spaces, escapes are dropped. */
function cleanText(text: string): string {
  return String(text ?? '').replace(ANSI, '').replace(/[\r\n\t]+/g, ' ');
}

/** `text` cut to `max` characters, ending in "..." when something was dropped. */
function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  const chars = Array.from(text.length > 4 * max + 8 ? text.slice(0, 4 * max + 8) : text);
  if (chars.length <= max) return chars.join('');
  if (max <= 3) return chars.slice(0, max).join('');
  return chars.slice(0, max - 3).join('') + '...';
}

function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function mix(a: number, b: number, t: number): number {
  const ch = (shift: number) => Math.round(((a >>> shift) & 0xff) * (1 - t) + ((b >>> shift) & 0xff) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}
