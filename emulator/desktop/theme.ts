// Colours and geometry of the emulated desktop picture, shared by the renderer,
// its tests, and any caller that needs to know where things are drawn
// (e.g. to hit-test a click against a window's title bar).

import { CHAR_ADVANCE, GLYPH_HEIGHT, LINE_ADVANCE } from './font.js';

export const THEME = {
  /** Vertical gradient of the desktop background. */
  backgroundTop: 0x3a6073,
  backgroundBottom: 0x16222a,

  /** Panel across the top of the screen, drawn under the windows. */
  topBarHeight: 28,
  topBar: 0x1f2024,
  topBarText: 0xffffff,
  topBarLabel: 'MIOSA desktop',
  /** One button per window in the top bar. */
  taskButton: 0x45484f,
  taskButtonText: 0xdddddd,
  taskButtonFocused: 0x2f6fd0,
  taskButtonFocusedText: 0xffffff,

  windowBorder: 0x16171a,
  /** Height of a window's title bar, inside its 1-pixel border. */
  titleBarHeight: 24,
  titleFocused: 0x2f6fd0,
  titleUnfocused: 0xa3a8b0,
  titleTextFocused: 0xffffff,
  titleTextUnfocused: 0x23262b,
  /** Line between the title bar and the content. */
  titleSeparator: 0x16171a,
  closeBox: 0xd9534f,
  closeBoxText: 0xffffff,
  shadow: 0x000000,
  shadowAlpha: 0.35,
  shadowOffset: 4,

  contentBackground: 0xffffff,
  contentText: 0x1e2024,
  terminalBackground: 0x1c1c1c,
  terminalText: 0xe6e6e6,
  caret: 0x2f6fd0,
  terminalCaret: 0x7cd45a,
  /** Gap between the content area's edge and its text. */
  contentPadding: 6,
  /** Every piece of text is drawn with the 5×7 font magnified this many times. */
  textScale: 2,

  clickLeft: 0xff3b30,
  clickRight: 0xff9500,
  clickMiddle: 0xb44fe0,
  clickHalo: 0xffffff,
  /** Only the most recent clicks (the end of `clicks`) are marked. */
  maxClickMarkers: 20,

  cursorOutline: 0x000000,
  cursorFill: 0xffffff,
} as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a window's parts are drawn (before clipping to the screen). */
export interface WindowRegions {
  /** The whole window, border included. */
  frame: Rect;
  titleBar: Rect;
  closeBox: Rect;
  /** The area under the title bar where the lines are drawn. */
  content: Rect;
}

export function windowRegions(win: Rect): WindowRegions {
  const x = Math.round(win.x);
  const y = Math.round(win.y);
  const width = Math.max(0, Math.round(win.width));
  const height = Math.max(0, Math.round(win.height));
  const innerW = Math.max(0, width - 2);
  const titleH = Math.min(THEME.titleBarHeight, Math.max(0, height - 2));
  const boxSize = THEME.titleBarHeight - 8;
  const contentY = y + 1 + titleH + 1;
  return {
    frame: { x, y, width, height },
    titleBar: { x: x + 1, y: y + 1, width: innerW, height: titleH },
    closeBox: { x: x + width - 1 - 4 - boxSize, y: y + 1 + 4, width: boxSize, height: boxSize },
    content: { x: x + 1, y: contentY, width: innerW, height: Math.max(0, y + height - 1 - contentY) },
  };
}

/** How many columns and rows of text fit in a window's content area. */
export function textGrid(win: Rect): { cols: number; rows: number } {
  const { content } = windowRegions(win);
  const s = THEME.textScale;
  const pad = THEME.contentPadding;
  const cols = Math.floor((content.width - 2 * pad + s) / (CHAR_ADVANCE * s));
  const rows = Math.floor((content.height - 2 * pad + (LINE_ADVANCE - GLYPH_HEIGHT) * s) / (LINE_ADVANCE * s));
  return { cols: Math.max(0, cols), rows: Math.max(0, rows) };
}
