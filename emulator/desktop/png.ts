// Minimal, dependency-free PNG encoder (8-bit RGBA, no interlace).
//
// Every scanline uses filter type 0 (None): the desktop pictures are mostly
// large flat areas, which deflate compresses well without prediction, and it
// keeps the encoder (and any reader written against it) trivial.

import { crc32 as zlibCrc32, deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG format limits width and height to 2^31 - 1; this encoder keeps to a sane size. */
const MAX_DIMENSION = 16_384;

/** CRC-32 (ISO 3309 / ITU-T V.42, as PNG uses) of `bytes`, continuing from `crc`: zlib's own. */
export function crc32(bytes: Uint8Array, crc = 0): number {
  return zlibCrc32(bytes, crc);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  // The CRC covers the chunk type and data, not the length.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Encodes `rgba` (row-major, 4 bytes per pixel, top row first, straight alpha)
 * as a PNG file of `width` × `height` pixels.
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`PNG size must be positive integers, got ${width}x${height}`);
  }
  if (width > MAX_DIMENSION || height > MAX_DIMENSION) {
    throw new RangeError(`PNG size ${width}x${height} exceeds ${MAX_DIMENSION}x${MAX_DIMENSION}`);
  }
  const stride = width * 4;
  if (rgba.length !== stride * height) {
    throw new RangeError(`expected ${stride * height} RGBA bytes for ${width}x${height}, got ${rgba.length}`);
  }

  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method: adaptive (per-row filter byte)
  ihdr[12] = 0; // interlace: none

  // Each scanline is prefixed with its filter type byte (0 = None).
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0, src = 0, dst = 0; y < height; y++, src += stride, dst += stride + 1) {
    raw[dst] = 0;
    raw.set(rgba.subarray(src, src + stride), dst + 1);
  }
  const idat = deflateSync(raw, { level: 6 });

  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
