// The desktop of a computer: a DesktopState per computer, drawn by emulator/desktop/render.ts.
// Launch opens a window, typing goes to the focused window (a terminal window really runs what is
// typed on Return), clicks focus and close windows, a title-bar drag moves one.
import { renderDesktop, type DesktopState, type DesktopWindow } from '../desktop/render.js';
import { windowRegions, type Rect } from '../desktop/theme.js';
import { notFound, ok, type Ctx, type Handlers } from '../handler-kit.js';
import type { ComputerRec } from '../records.js';
import { getComputer } from './computer.js';
import type { Schema } from '../api-types.js';

const PROMPT = 'user@miosa:~$ ';
const MAX_LINES = 500;
const MAX_CLICKS = 50;

const APP_TITLES: Record<string, string> = {
  firefox: 'Mozilla Firefox',
  'firefox-esr': 'Mozilla Firefox',
  chromium: 'Chromium',
  'chromium-browser': 'Chromium',
  chrome: 'Google Chrome',
  'google-chrome': 'Google Chrome',
  terminal: 'Terminal',
  xterm: 'Terminal',
  'gnome-terminal': 'Terminal',
  konsole: 'Terminal',
  gedit: 'Text Editor',
  'text-editor': 'Text Editor',
  mousepad: 'Text Editor',
  code: 'Visual Studio Code',
  vscode: 'Visual Studio Code',
  nautilus: 'Files',
  files: 'Files',
  thunar: 'Files',
  calculator: 'Calculator',
  'gnome-calculator': 'Calculator',
  libreoffice: 'LibreOffice',
};

function isTerminal(w: DesktopWindow): boolean {
  return w.title === 'Terminal';
}

function desktopComputer(ctx: Ctx): ComputerRec {
  const c = getComputer(ctx, ctx.path.computer_id);
  ctx.world.requireActive(c);
  return c;
}

function focused(d: DesktopState): DesktopWindow | undefined {
  return d.windows.find((w) => w.focused);
}

function focus(d: DesktopState, w: DesktopWindow | undefined): void {
  for (const x of d.windows) x.focused = false;
  if (!w) return;
  w.focused = true;
  d.windows = [...d.windows.filter((x) => x !== w), w];
}

function close(d: DesktopState, w: DesktopWindow): void {
  d.windows = d.windows.filter((x) => x !== w);
  if (w.focused) focus(d, d.windows[d.windows.length - 1]);
}

function inside(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
}

/** The topmost window under a point. */
function windowAt(d: DesktopState, x: number, y: number): DesktopWindow | undefined {
  for (let i = d.windows.length - 1; i >= 0; i--) if (inside(windowRegions(d.windows[i]).frame, x, y)) return d.windows[i];
  return undefined;
}

function clampCursor(d: DesktopState, x: number, y: number): void {
  d.cursor = { x: Math.min(Math.max(0, x), d.width - 1), y: Math.min(Math.max(0, y), d.height - 1) };
}

function addClick(d: DesktopState, x: number, y: number, button: 'left' | 'right' | 'middle'): void {
  d.clicks.push({ x, y, button });
  if (d.clicks.length > MAX_CLICKS) d.clicks.splice(0, d.clicks.length - MAX_CLICKS);
}

function appendText(w: DesktopWindow, text: string): void {
  if (!w.lines.length) w.lines.push('');
  const parts = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  w.lines[w.lines.length - 1] += parts[0];
  for (const p of parts.slice(1)) w.lines.push(p);
  if (w.lines.length > MAX_LINES) w.lines.splice(0, w.lines.length - MAX_LINES);
}

/** Return in a window: a terminal runs the line it holds; other windows start a new line. */
async function pressReturn(ctx: Ctx, c: ComputerRec, w: DesktopWindow): Promise<void> {
  if (!isTerminal(w)) {
    w.lines.push('');
    return;
  }
  const last = w.lines[w.lines.length - 1] ?? '';
  const command = last.startsWith(PROMPT) ? last.slice(PROMPT.length) : last;
  if (command.trim()) {
    if (command.trim() === 'clear') {
      w.lines = [];
    } else {
      const r = await ctx.world.exec(ctx.tenant, { kind: 'computer', rec: c }, command, { timeoutSec: 15 });
      const out = (r.stdout + r.stderr).replace(/\n$/, '');
      if (out) for (const line of out.split('\n').slice(-200)) w.lines.push(line);
    }
  }
  w.lines.push(PROMPT);
  if (w.lines.length > MAX_LINES) w.lines.splice(0, w.lines.length - MAX_LINES);
}

async function pressKeys(ctx: Ctx, c: ComputerRec, keys: string[]): Promise<void> {
  const d = c.desktop;
  const w = focused(d);
  const mods = new Set(keys.slice(0, -1).map((k) => k.toLowerCase()));
  const key = keys[keys.length - 1] ?? '';
  const lower = key.toLowerCase();
  const ctrl = mods.has('ctrl') || mods.has('control');
  if ((mods.has('alt') && lower === 'f4') || (ctrl && (lower === 'w' || lower === 'q'))) {
    if (w) close(d, w);
    return;
  }
  if (!w) return;
  if (ctrl) {
    if (lower === 'c') {
      if (isTerminal(w)) {
        appendText(w, '^C');
        w.lines.push(PROMPT);
      } else {
        c.clipboard = w.lines[w.lines.length - 1] ?? '';
      }
    } else if (lower === 'v' || (mods.has('shift') && lower === 'insert')) {
      appendText(w, c.clipboard);
    } else if (lower === 'l' && isTerminal(w)) {
      w.lines = [PROMPT];
    }
    return;
  }
  if (mods.size && !mods.has('shift')) return;
  switch (lower) {
    case 'return':
    case 'enter':
    case 'kp_enter':
      await pressReturn(ctx, c, w);
      return;
    case 'backspace': {
      const last = w.lines[w.lines.length - 1] ?? '';
      if (isTerminal(w) && last === PROMPT) return;
      if (last.length) w.lines[w.lines.length - 1] = last.slice(0, -1);
      else if (w.lines.length > 1) w.lines.pop();
      return;
    }
    case 'tab':
      appendText(w, '    ');
      return;
    case 'space':
      appendText(w, ' ');
      return;
    default:
      if ([...key].length === 1) appendText(w, mods.has('shift') ? key.toUpperCase() : key);
  }
}

function launch(c: ComputerRec, appName: string): DesktopWindow {
  const d = c.desktop;
  const app = appName.trim().toLowerCase().replace(/\.desktop$/, '');
  const title = APP_TITLES[app] ?? app.replace(/[-_]+/g, ' ').replace(/\b\w/g, (ch) => ch.toUpperCase());
  const k = c.windowSeq++;
  const width = Math.min(640, d.width - 40);
  const height = Math.min(440, d.height - 80);
  const win: DesktopWindow = {
    id: `0x${(0x3a00000 + (k + 1) * 0x10).toString(16).padStart(8, '0')}`,
    title,
    app,
    x: 60 + (k % 8) * 32,
    y: 60 + (k % 8) * 32,
    width,
    height,
    focused: true,
    lines: title === 'Terminal' ? [PROMPT] : title === 'Mozilla Firefox' || title === 'Chromium' || title === 'Google Chrome' ? ['about:blank', ''] : [''],
  };
  d.windows.push(win);
  focus(d, win);
  return win;
}

function click(c: ComputerRec, x: number, y: number, button: 'left' | 'right' | 'middle'): void {
  const d = c.desktop;
  clampCursor(d, x, y);
  addClick(d, x, y, button);
  const w = windowAt(d, x, y);
  if (!w) return;
  if (button === 'left' && inside(windowRegions(w).closeBox, x, y)) {
    close(d, w);
    return;
  }
  focus(d, w);
}

function a11y(d: DesktopState): Schema<'DesktopAccessibilityTree'> {
  return {
    role: 'desktop frame',
    name: 'main',
    bounds: { x: 0, y: 0, width: d.width, height: d.height },
    children: [
      {
        role: 'panel',
        name: 'top bar',
        bounds: { x: 0, y: 0, width: d.width, height: 28 },
        children: d.windows.map((w) => ({ role: 'push button', name: w.title, children: [] })),
      },
      ...d.windows.map((w) => {
        const r = windowRegions(w);
        return {
          role: 'frame',
          name: w.title,
          app: w.app,
          window_id: w.id,
          focused: w.focused,
          bounds: r.frame,
          children: [
            { role: 'push button', name: 'Close', bounds: r.closeBox, children: [] },
            {
              role: isTerminal(w) ? 'terminal' : 'text',
              name: w.lines.join('\n').slice(-2000),
              bounds: r.content,
              children: [],
            },
          ],
        };
      }),
    ],
  };
}

const done = () => ok({ success: true });

export const desktopHandlers: Handlers = {
  getDesktopScreenshot(ctx) {
    const c = desktopComputer(ctx);
    return { status: 200, bytes: renderDesktop(c.desktop), contentType: 'image/png' };
  },

  clickDesktop(ctx) {
    const c = desktopComputer(ctx);
    const b = ctx.body;
    click(c, b.x, b.y, b.button ?? 'left');
    return done();
  },

  doubleClickDesktop(ctx) {
    const c = desktopComputer(ctx);
    const b = ctx.body;
    click(c, b.x, b.y, 'left');
    if (c.desktop.windows.length) addClick(c.desktop, b.x, b.y, 'left');
    return done();
  },

  moveDesktopCursor(ctx) {
    const c = desktopComputer(ctx);
    const b = ctx.body;
    clampCursor(c.desktop, b.x, b.y);
    return done();
  },

  dragDesktop(ctx) {
    const c = desktopComputer(ctx);
    const b = ctx.body;
    const d = c.desktop;
    const w = windowAt(d, b.from_x, b.from_y);
    if (w) {
      focus(d, w);
      if (inside(windowRegions(w).titleBar, b.from_x, b.from_y)) {
        w.x = Math.min(Math.max(w.x + b.to_x - b.from_x, -w.width + 40), d.width - 40);
        w.y = Math.min(Math.max(w.y + b.to_y - b.from_y, 28), d.height - 30);
      }
    }
    clampCursor(d, b.to_x, b.to_y);
    return done();
  },

  scrollDesktop(ctx) {
    const c = desktopComputer(ctx);
    const b = ctx.body;
    if (b.x !== undefined || b.y !== undefined) clampCursor(c.desktop, b.x ?? c.desktop.cursor.x, b.y ?? c.desktop.cursor.y);
    return done();
  },

  async typeDesktopText(ctx) {
    const c = desktopComputer(ctx);
    const text = ctx.body.text;
    const w = focused(c.desktop);
    if (w) {
      const parts = text.replace(/\r\n?/g, '\n').split('\n');
      for (const [i, part] of parts.entries()) {
        if (i > 0) await pressReturn(ctx, c, w);
        appendText(w, part);
      }
    }
    return done();
  },

  async pressDesktopKey(ctx) {
    const c = desktopComputer(ctx);
    const key = ctx.body.key;
    await pressKeys(ctx, c, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
    return done();
  },

  async pressDesktopHotkey(ctx) {
    const c = desktopComputer(ctx);
    await pressKeys(ctx, c, ctx.body.keys);
    return done();
  },

  getDesktopCursor(ctx) {
    const c = desktopComputer(ctx);
    return ok({ x: c.desktop.cursor.x, y: c.desktop.cursor.y });
  },

  getDesktopScreenSize(ctx) {
    const c = desktopComputer(ctx);
    return ok({ width: c.desktop.width, height: c.desktop.height });
  },

  getDesktopClipboard(ctx) {
    const c = desktopComputer(ctx);
    return ok({ text: c.clipboard });
  },

  setDesktopClipboard(ctx) {
    const c = desktopComputer(ctx);
    c.clipboard = ctx.body.text;
    return done();
  },

  listDesktopWindows(ctx) {
    const c = desktopComputer(ctx);
    // `{windows}`, as the TS SDK reads it (the Python SDK's `{data}` is read by the tools too).
    return ok({
      windows: c.desktop.windows.map((w) => ({ id: w.id, title: w.title, app: w.app, x: w.x, y: w.y, width: w.width, height: w.height, is_focused: w.focused })),
    });
  },

  focusDesktopWindow(ctx) {
    const c = desktopComputer(ctx);
    const id = ctx.body.window_id;
    const w = c.desktop.windows.find((x) => x.id === id);
    if (!w) throw notFound('Window', id);
    focus(c.desktop, w);
    return done();
  },

  closeDesktopWindow(ctx) {
    const c = desktopComputer(ctx);
    const w = c.desktop.windows.find((x) => x.id === ctx.path.window_id);
    if (!w) throw notFound('Window', ctx.path.window_id);
    close(c.desktop, w);
    return done();
  },

  launchDesktopApp(ctx) {
    const c = desktopComputer(ctx);
    launch(c, ctx.body.app_name);
    return done();
  },

  getDesktopAccessibilityTree(ctx) {
    const c = desktopComputer(ctx);
    return ok(a11y(c.desktop));
  },
};
