import { inflateSync } from 'node:zlib';
import { describe, it, expect } from 'vitest';
import { Canvas } from '../../emulator/desktop/canvas.js';
import { CHAR_ADVANCE, LINE_ADVANCE, drawText, glyphColumns, measureText } from '../../emulator/desktop/font.js';
import { crc32, encodePng } from '../../emulator/desktop/png.js';
import { renderDesktop, type DesktopState, type DesktopWindow } from '../../emulator/desktop/render.js';
import { THEME, textGrid, windowRegions } from '../../emulator/desktop/theme.js';

// ---------------------------------------------------------------------------
// A minimal PNG reader: 8-bit RGBA, non-interlaced, filter type 0 only.

interface Image {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function referenceCrc(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function decodePng(png: Buffer): Image {
  expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  const types: string[] = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    const crc = png.readUInt32BE(pos + 8 + length);
    expect(crc, `CRC of ${type}`).toBe(referenceCrc(png.subarray(pos + 4, pos + 8 + length)));
    types.push(type);
    if (type === 'IHDR') {
      expect(length).toBe(13);
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]); // 8-bit RGBA, deflate, no interlace
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + length;
  }
  expect(pos).toBe(png.length);
  expect(types[0]).toBe('IHDR');
  expect(types.at(-1)).toBe('IEND');
  expect(idat.length).toBeGreaterThan(0);

  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  expect(raw.length).toBe((stride + 1) * height);
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    expect(raw[at], `filter type of row ${y}`).toBe(0);
    rgba.set(raw.subarray(at + 1, at + 1 + stride), y * stride);
  }
  return { width, height, rgba };
}

function pixel(img: Image, x: number, y: number): number {
  const i = (y * img.width + x) * 4;
  expect(img.rgba[i + 3]).toBe(255);
  return (img.rgba[i] << 16) | (img.rgba[i + 1] << 8) | img.rgba[i + 2];
}

/** Coordinates of every pixel that differs between two same-sized images. */
function diff(a: Image, b: Image): Array<[number, number]> {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (a.rgba[i] !== b.rgba[i] || a.rgba[i + 1] !== b.rgba[i + 1] || a.rgba[i + 2] !== b.rgba[i + 2]) {
      const p = i / 4;
      out.push([p % a.width, Math.floor(p / a.width)]);
    }
  }
  return out;
}

function render(state: DesktopState): Image {
  return decodePng(renderDesktop(state));
}

// ---------------------------------------------------------------------------

function desktop(over: Partial<DesktopState> = {}): DesktopState {
  return { width: 1024, height: 768, windows: [], cursor: { x: 1000, y: 740 }, clicks: [], ...over };
}

function win(over: Partial<DesktopWindow> = {}): DesktopWindow {
  return {
    id: 'w1',
    title: 'Terminal',
    app: 'terminal',
    x: 100,
    y: 80,
    width: 500,
    height: 320,
    focused: true,
    lines: [],
    ...over,
  };
}

function inside(x: number, y: number, r: { x: number; y: number; width: number; height: number }): boolean {
  return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
}

describe('encodePng', () => {
  it('round-trips pixels through the PNG reader', () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) & 0xff);
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    const img = decodePng(encodePng(3, 2, rgba));
    expect([img.width, img.height]).toEqual([3, 2]);
    expect([...img.rgba]).toEqual([...rgba]);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('rejects a buffer of the wrong size and bad dimensions', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
    expect(() => encodePng(0, 2, new Uint8Array(0))).toThrow(RangeError);
    expect(() => encodePng(1.5, 2, new Uint8Array(12))).toThrow(RangeError);
  });
});

describe('Canvas and font', () => {
  it('clips drawing at the edges', () => {
    const c = new Canvas(10, 10, 0x000000);
    c.fillRect(-5, -5, 8, 8, 0xff0000);
    c.fillRect(8, 8, 100, 100, 0x00ff00);
    c.strokeRect(-3, 4, 30, 3, 0x0000ff);
    c.drawText(-20, -3, 'clipped text!', 0xffffff, 3);
    expect(c.getPixel(2, 2)).toBe(0xff0000);
    expect(c.getPixel(3, 3)).toBe(0x000000);
    expect(c.getPixel(9, 9)).toBe(0x00ff00);
    expect(c.getPixel(10, 10)).toBeUndefined();
    const img = decodePng(c.toPng());
    expect([img.width, img.height]).toEqual([10, 10]);
  });

  it('honours a clip rectangle', () => {
    const c = new Canvas(10, 10, 0x000000);
    c.withClip(2, 2, 3, 3, () => c.fillRect(0, 0, 10, 10, 0xffffff));
    expect(c.getPixel(1, 1)).toBe(0x000000);
    expect(c.getPixel(2, 2)).toBe(0xffffff);
    expect(c.getPixel(4, 4)).toBe(0xffffff);
    expect(c.getPixel(5, 5)).toBe(0x000000);
    c.fillRect(0, 0, 1, 1, 0x123456); // clip restored afterwards
    expect(c.getPixel(0, 0)).toBe(0x123456);
  });

  it('draws glyphs, and a box for characters outside the font', () => {
    const litPixels = (text: string): number => {
      const c = new Canvas(20, 10, 0x000000);
      drawText(c, 1, 1, text, 0xffffff);
      let n = 0;
      for (let i = 0; i < c.pixels.length; i += 4) if (c.pixels[i] === 255) n++;
      return n;
    };
    expect(litPixels(' ')).toBe(0);
    expect(litPixels('A')).toBeGreaterThan(0);
    expect(litPixels('A')).not.toBe(litPixels('B'));
    expect(litPixels('\u00e9')).toBe(20); // 5×7 hollow box
    expect(litPixels('\u{1f600}')).toBe(20); // one box per code point, not per UTF-16 unit
    expect(glyphColumns(0x7f)).toEqual(glyphColumns(0x2603));
    expect(measureText('abc', 2)).toBe((3 * CHAR_ADVANCE - 1) * 2);
    for (let c = 33; c <= 126; c++) {
      expect([...glyphColumns(c)].some((b) => b !== 0), `glyph ${String.fromCharCode(c)}`).toBe(true);
    }
  });
});

describe('renderDesktop', () => {
  it('returns a valid PNG of the requested size', () => {
    const img = render(desktop());
    expect([img.width, img.height]).toEqual([1024, 768]);
    const small = render(desktop({ width: 320, height: 200, windows: [win({ x: 10, y: 40, width: 200, height: 100 })] }));
    expect([small.width, small.height]).toEqual([320, 200]);
  });

  it('draws the top bar and the background', () => {
    const img = render(desktop());
    expect(pixel(img, 3, 3)).toBe(THEME.topBar);
    // The label "MIOSA desktop" is drawn in the top bar.
    let labelPixels = 0;
    for (let y = 0; y < THEME.topBarHeight; y++) {
      for (let x = 0; x < 200; x++) if (pixel(img, x, y) === THEME.topBarText) labelPixels++;
    }
    expect(labelPixels).toBeGreaterThan(100);
    expect(pixel(img, 500, 400)).not.toBe(THEME.topBar);
  });

  it('renders the same state to the same bytes', () => {
    const state = desktop({ windows: [win({ lines: ['$ ls', 'a b c'] })], clicks: [{ x: 5, y: 500, button: 'left' }] });
    expect(renderDesktop(state).equals(renderDesktop(state))).toBe(true);
  });

  it('an empty desktop and one with a window differ', () => {
    const empty = render(desktop());
    const withWindow = render(desktop({ windows: [win()] }));
    const changed = diff(empty, withWindow);
    expect(changed.length).toBeGreaterThan(1000);
  });

  it("fills the window's title bar with the focused or unfocused colour", () => {
    const w = win({ x: 200, y: 150, title: 'Editor', app: 'gedit' });
    const { titleBar } = windowRegions(w);
    const focused = render(desktop({ windows: [w] }));
    const unfocused = render(desktop({ windows: [{ ...w, focused: false }] }));
    // Sample the left edge, before the title text starts, and a point past the end of the title.
    for (const [x, y] of [
      [titleBar.x + 2, titleBar.y + 2],
      [titleBar.x + 3, titleBar.y + titleBar.height - 2],
      [titleBar.x + 300, titleBar.y + 12],
    ]) {
      expect(pixel(focused, x, y)).toBe(THEME.titleFocused);
      expect(pixel(unfocused, x, y)).toBe(THEME.titleUnfocused);
    }
    // The title text itself is drawn in the title bar.
    let textPixels = 0;
    for (let y = titleBar.y; y < titleBar.y + titleBar.height; y++) {
      for (let x = titleBar.x; x < titleBar.x + 100; x++) if (pixel(focused, x, y) === THEME.titleTextFocused) textPixels++;
    }
    expect(textPixels).toBeGreaterThan(50);
  });

  it('draws windows in array order, the last on top', () => {
    const a = win({ id: 'a', x: 100, y: 100, focused: false });
    const b = win({ id: 'b', x: 300, y: 200, focused: true, app: 'gedit' });
    const ab = render(desktop({ windows: [a, b] }));
    const ba = render(desktop({ windows: [b, a] }));
    const bTitle = windowRegions(b).titleBar;
    const aTitle = windowRegions(a).titleBar;
    // b's title bar lies over a's content: visible only when b is last.
    expect(pixel(ab, bTitle.x + 2, bTitle.y + 2)).toBe(THEME.titleFocused);
    expect(pixel(ba, bTitle.x + 2, bTitle.y + 2)).toBe(THEME.terminalBackground);
    expect(pixel(ba, aTitle.x + 2, aTitle.y + 2)).toBe(THEME.titleUnfocused);
  });

  it('typed text changes pixels inside the window only', () => {
    const w = win();
    const before = render(desktop({ windows: [w] }));
    const after = render(desktop({ windows: [{ ...w, lines: ['$ echo hello'] }] }));
    const changed = diff(before, after);
    expect(changed.length).toBeGreaterThan(50);
    const { content } = windowRegions(w);
    for (const [x, y] of changed) expect(inside(x, y, content), `pixel ${x},${y}`).toBe(true);
    // The text colour appears where the first line is drawn.
    const text = changed.filter(([x, y]) => pixel(after, x, y) === THEME.terminalText);
    expect(text.length).toBeGreaterThan(50);
  });

  it('uses a light content area for non-terminal apps', () => {
    const w = win({ app: 'gedit', focused: false });
    const { content } = windowRegions(w);
    const img = render(desktop({ windows: [w] }));
    expect(pixel(img, content.x + 1, content.y + 1)).toBe(THEME.contentBackground);
  });

  it('clips long lines to the window and shows only the last lines that fit', () => {
    const w = win({ lines: ['x'.repeat(5000)] });
    const plain = render(desktop({ windows: [win()] }));
    const long = render(desktop({ windows: [w] }));
    const { content } = windowRegions(w);
    for (const [x, y] of diff(plain, long)) expect(inside(x, y, content), `pixel ${x},${y}`).toBe(true);

    const { rows, cols } = textGrid(w);
    expect(rows).toBeGreaterThan(3);
    expect(cols).toBeGreaterThan(10);
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i}`);
    const all = renderDesktop(desktop({ windows: [win({ lines })] }));
    const tail = renderDesktop(desktop({ windows: [win({ lines: lines.slice(-rows) })] }));
    expect(all.equals(tail)).toBe(true);
    const withoutLast = renderDesktop(desktop({ windows: [win({ lines: lines.slice(0, -1) })] }));
    expect(all.equals(withoutLast)).toBe(false);

    // Text rows start at the top of the content area.
    const img = decodePng(tail);
    let firstRowText = 0;
    const top = content.y + THEME.contentPadding;
    for (let y = top; y < top + LINE_ADVANCE * THEME.textScale; y++) {
      for (let x = content.x; x < content.x + 120; x++) if (pixel(img, x, y) === THEME.terminalText) firstRowText++;
    }
    expect(firstRowText).toBeGreaterThan(20);
  });

  it('marks clicks at their position', () => {
    const base = desktop({ windows: [win()] });
    const before = render(base);
    for (const [x, y, button] of [
      [700, 500, 'left'],
      [300, 200, 'right'], // inside the window
      [50, 700, 'middle'],
    ] as const) {
      const after = render({ ...base, clicks: [{ x, y, button }] });
      expect(pixel(after, x, y)).not.toBe(pixel(before, x, y));
      const changed = diff(before, after);
      expect(changed.length).toBeGreaterThan(20);
      for (const [cx, cy] of changed) {
        expect(Math.abs(cx - x) <= 10 && Math.abs(cy - y) <= 10).toBe(true);
      }
    }
    const colours = { left: THEME.clickLeft, right: THEME.clickRight, middle: THEME.clickMiddle };
    for (const button of ['left', 'right', 'middle'] as const) {
      expect(pixel(render({ ...base, clicks: [{ x: 700, y: 500, button }] }), 700, 500)).toBe(colours[button]);
    }
  });

  it('draws the cursor at its position', () => {
    const a = render(desktop({ cursor: { x: 400, y: 300 } }));
    const b = render(desktop({ cursor: { x: 800, y: 600 } }));
    expect(pixel(a, 400, 300)).toBe(THEME.cursorOutline);
    expect(pixel(a, 402, 305)).toBe(THEME.cursorFill);
    expect(pixel(b, 400, 300)).not.toBe(THEME.cursorOutline);
    expect(pixel(b, 800, 600)).toBe(THEME.cursorOutline);
    for (const [x, y] of diff(a, b)) {
      const nearA = x >= 400 && x < 420 && y >= 300 && y < 325;
      const nearB = x >= 800 && x < 820 && y >= 600 && y < 625;
      expect(nearA || nearB, `pixel ${x},${y}`).toBe(true);
    }
    // The cursor is drawn over windows too.
    const over = render(desktop({ windows: [win()], cursor: { x: 300, y: 200 } }));
    expect(pixel(over, 300, 200)).toBe(THEME.cursorOutline);
  });

  it('copes with off-screen, degenerate and odd input', () => {
    const state = desktop({
      width: 640,
      height: 480,
      windows: [
        win({ x: -200, y: -50, lines: ['a\tb', 'multi\nline', '\x1b[31mred\x1b[0m', 'caf\u00e9 \u{1f600}'] }),
        win({ id: 'w2', x: 600, y: 460, width: 300, height: 300 }),
        win({ id: 'w3', x: 10, y: 40, width: 1, height: 1 }),
        win({ id: 'w4', x: 10, y: 40, width: 0, height: 50 }),
        win({ id: 'w5', x: Number.NaN, y: 40, width: 10, height: 50 }),
        win({ id: 'w6', x: 10, y: 40, width: 30, height: 20, title: 'tiny window with a long title' }),
      ],
      cursor: { x: 639, y: 479 },
      clicks: [
        { x: -5, y: -5, button: 'left' },
        { x: 10_000, y: 3, button: 'right' },
      ],
    });
    const img = render(state);
    expect([img.width, img.height]).toEqual([640, 480]);
    expect(render({ ...state, cursor: { x: -100, y: -100 } }).width).toBe(640);
    expect(() => renderDesktop(desktop({ width: 0 }))).toThrow(RangeError);
  });

  it('renders 1024×768 quickly', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `user@miosa:~$ echo line ${i} with some more text to fill the row`);
    const state = desktop({
      windows: [
        win({ id: 'a', app: 'firefox', x: 20, y: 40, width: 700, height: 500, focused: false, lines }),
        win({ id: 'b', app: 'gedit', x: 300, y: 200, width: 600, height: 500, focused: false, lines }),
        win({ id: 'c', x: 150, y: 120, width: 800, height: 600, lines }),
      ],
      cursor: { x: 512, y: 384 },
      clicks: Array.from({ length: 30 }, (_, i) => ({ x: i * 30, y: i * 20, button: 'left' as const })),
    });
    renderDesktop(state); // warm up
    const runs = 10;
    const start = performance.now();
    for (let i = 0; i < runs; i++) renderDesktop(state);
    const perRender = (performance.now() - start) / runs;
    // The target is well under 50 ms; the bound is loose so a busy CI machine does not flake.
    expect(perRender).toBeLessThan(150);
  });
});
