// A tiny opaque RGBA raster with clipped drawing primitives.
//
// Colours are numbers 0xRRGGBB. Every drawing call clips to the canvas and,
// if one is set, to the clip rectangle (see `setClip`), so callers can pass
// any coordinates, including negative or off-canvas ones.

import { drawText as drawFontText } from './font.js';
import { encodePng } from './png.js';

/** Largest width or height a Canvas accepts. */
export const MAX_CANVAS_DIMENSION = 8192;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** 0xRRGGBB → the 32-bit word whose in-memory bytes are R, G, B, 255. */
function pack(color: number): number {
  const r = (color >>> 16) & 0xff;
  const g = (color >>> 8) & 0xff;
  const b = color & 0xff;
  return LITTLE_ENDIAN
    ? ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;
}

export class Canvas {
  readonly width: number;
  readonly height: number;
  /** Row-major RGBA bytes, top row first; always fully opaque. */
  readonly pixels: Uint8Array;
  private readonly words: Uint32Array;
  private clipX0 = 0;
  private clipY0 = 0;
  private clipX1: number;
  private clipY1: number;

  constructor(width: number, height: number, background = 0x000000) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new RangeError(`canvas size must be positive integers, got ${width}x${height}`);
    }
    if (width > MAX_CANVAS_DIMENSION || height > MAX_CANVAS_DIMENSION) {
      throw new RangeError(`canvas size ${width}x${height} exceeds ${MAX_CANVAS_DIMENSION}x${MAX_CANVAS_DIMENSION}`);
    }
    this.width = width;
    this.height = height;
    this.words = new Uint32Array(width * height);
    this.pixels = new Uint8Array(this.words.buffer);
    this.clipX1 = width;
    this.clipY1 = height;
    this.words.fill(pack(background));
  }

  /** Restricts drawing to the given rectangle (intersected with the canvas). */
  setClip(x: number, y: number, width: number, height: number): void {
    this.clipX0 = clamp(Math.floor(x), 0, this.width);
    this.clipY0 = clamp(Math.floor(y), 0, this.height);
    this.clipX1 = clamp(Math.floor(x + width), this.clipX0, this.width);
    this.clipY1 = clamp(Math.floor(y + height), this.clipY0, this.height);
  }

  /** Lifts any clip rectangle: drawing is limited by the canvas edges only. */
  resetClip(): void {
    this.clipX0 = 0;
    this.clipY0 = 0;
    this.clipX1 = this.width;
    this.clipY1 = this.height;
  }

  /** Runs `draw` with drawing restricted to the rectangle, then restores the previous clip. */
  withClip(x: number, y: number, width: number, height: number, draw: () => void): void {
    const saved = [this.clipX0, this.clipY0, this.clipX1, this.clipY1] as const;
    // Never widen the current clip.
    const x0 = Math.max(Math.floor(x), this.clipX0);
    const y0 = Math.max(Math.floor(y), this.clipY0);
    const x1 = Math.min(Math.floor(x + width), this.clipX1);
    const y1 = Math.min(Math.floor(y + height), this.clipY1);
    this.setClip(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    try {
      draw();
    } finally {
      [this.clipX0, this.clipY0, this.clipX1, this.clipY1] = saved;
    }
  }

  fillRect(x: number, y: number, width: number, height: number, color: number): void {
    const x0 = Math.max(Math.round(x), this.clipX0);
    const y0 = Math.max(Math.round(y), this.clipY0);
    const x1 = Math.min(Math.round(x + width), this.clipX1);
    const y1 = Math.min(Math.round(y + height), this.clipY1);
    if (x0 >= x1 || y0 >= y1) return;
    const word = pack(color);
    const w = this.width;
    for (let row = y0; row < y1; row++) {
      this.words.fill(word, row * w + x0, row * w + x1);
    }
  }

  /** Outlines a rectangle with a border `thickness` pixels wide, drawn inside its bounds. */
  strokeRect(x: number, y: number, width: number, height: number, color: number, thickness = 1): void {
    const t = Math.max(1, Math.round(thickness));
    if (width <= 0 || height <= 0) return;
    if (width <= 2 * t || height <= 2 * t) {
      this.fillRect(x, y, width, height, color);
      return;
    }
    this.fillRect(x, y, width, t, color);
    this.fillRect(x, y + height - t, width, t, color);
    this.fillRect(x, y + t, t, height - 2 * t, color);
    this.fillRect(x + width - t, y + t, t, height - 2 * t, color);
  }

  /** Mixes `color` into the rectangle with opacity `alpha` (0..1), e.g. for shadows. */
  blendRect(x: number, y: number, width: number, height: number, color: number, alpha: number): void {
    const a = clamp(alpha, 0, 1);
    if (a === 0) return;
    if (a === 1) {
      this.fillRect(x, y, width, height, color);
      return;
    }
    const x0 = Math.max(Math.round(x), this.clipX0);
    const y0 = Math.max(Math.round(y), this.clipY0);
    const x1 = Math.min(Math.round(x + width), this.clipX1);
    const y1 = Math.min(Math.round(y + height), this.clipY1);
    if (x0 >= x1 || y0 >= y1) return;
    const r = ((color >>> 16) & 0xff) * a;
    const g = ((color >>> 8) & 0xff) * a;
    const b = (color & 0xff) * a;
    const keep = 1 - a;
    const p = this.pixels;
    for (let row = y0; row < y1; row++) {
      for (let i = (row * this.width + x0) * 4, end = (row * this.width + x1) * 4; i < end; i += 4) {
        p[i] = p[i] * keep + r;
        p[i + 1] = p[i + 1] * keep + g;
        p[i + 2] = p[i + 2] * keep + b;
      }
    }
  }

  setPixel(x: number, y: number, color: number): void {
    this.fillRect(x, y, 1, 1, color);
  }

  /** The colour at (x, y) as 0xRRGGBB, or undefined outside the canvas. */
  getPixel(x: number, y: number): number | undefined {
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= this.width || y >= this.height) {
      return undefined;
    }
    const i = (y * this.width + x) * 4;
    const p = this.pixels;
    return (p[i] << 16) | (p[i + 1] << 8) | p[i + 2];
  }

  /** Draws text with the built-in 5×7 font; returns the x just past the text. */
  drawText(x: number, y: number, text: string, color: number, scale = 1): number {
    return drawFontText(this, x, y, text, color, scale);
  }

  /** Fills the whole canvas (respecting the clip rectangle). */
  clear(color: number): void {
    this.fillRect(0, 0, this.width, this.height, color);
  }

  toPng(): Buffer {
    return encodePng(this.width, this.height, this.pixels);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
