// What may go to a client as image content: only PNG, JPEG, GIF and WebP whose bytes are what their
// type says, small enough to hand over and, read by a model, within the result budget. Anything else
// (SVG, which is a document that can hold script; bytes that are text; a made-up type) is refused.

/** Model APIs refuse larger images (Anthropic's limit is 5 MB a picture); sending one only fails later. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** A model reads a picture as about width × height / 750 tokens (Anthropic's published estimate). */
const PIXELS_PER_TOKEN = 750;

interface Format {
  /** Whether the bytes start as this format's files do. */
  magic(b: Buffer): boolean;
  /** Width and height from the header, when it has them where expected. */
  size(b: Buffer): [number, number] | undefined;
}

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const FORMATS: Record<string, Format> = {
  'image/png': {
    magic: (b) => b.subarray(0, 8).equals(PNG_SIGNATURE),
    size: (b) => (b.length >= 24 && ascii(b, 12, 16) === 'IHDR' ? [b.readUInt32BE(16), b.readUInt32BE(20)] : undefined),
  },
  'image/jpeg': {
    magic: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
    size: jpegSize,
  },
  'image/gif': {
    magic: (b) => /^GIF8[79]a$/.test(ascii(b, 0, 6)),
    size: (b) => (b.length >= 10 ? [b.readUInt16LE(6), b.readUInt16LE(8)] : undefined),
  },
  'image/webp': {
    magic: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
    size: webpSize,
  },
};

/** The start-of-frame segment holds the size; markers before it are skipped by their lengths. */
function jpegSize(b: Buffer): [number, number] | undefined {
  let at = 2;
  while (at + 9 <= b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1];
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [b.readUInt16BE(at + 7), b.readUInt16BE(at + 5)];
    }
    at += 2 + b.readUInt16BE(at + 2);
  }
  return undefined;
}

function webpSize(b: Buffer): [number, number] | undefined {
  if (b.length < 30) return undefined;
  switch (ascii(b, 12, 16)) {
    case 'VP8 ':
      return [b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff];
    case 'VP8L': {
      const bits = b.readUInt32LE(21);
      return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
    }
    case 'VP8X':
      return [b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1];
    default:
      return undefined;
  }
}

export type ImageVerdict =
  | { ok: true }
  | { ok: false; reason: 'type' | 'bytes' | 'size'; message: string };

/** Whether these bytes may be returned as image content of this type within `budgetTokens`. */
export function checkImage(mimeType: string, bytes: Buffer, budgetTokens: number): ImageVerdict {
  const format = FORMATS[mimeType];
  const shown = JSON.stringify(mimeType.slice(0, 80));
  if (!format) {
    return { ok: false, reason: 'type', message: `MIOSA answered ${shown}, which is not a PNG, JPEG, GIF or WebP image; it was not returned` };
  }
  if (!format.magic(bytes)) {
    return { ok: false, reason: 'bytes', message: `MIOSA answered ${shown}, but the bytes are not a ${mimeType.slice(6).toUpperCase()} image; they were not returned` };
  }
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes.length > MAX_IMAGE_BYTES) {
    return { ok: false, reason: 'size', message: `The image is ${mib(bytes.length)}, more than the ${mib(MAX_IMAGE_BYTES)} a model accepts; it was not returned` };
  }
  const dims = format.size(bytes);
  const tokens = dims ? Math.ceil((dims[0] * dims[1]) / PIXELS_PER_TOKEN) : 0;
  if (tokens > budgetTokens) {
    return {
      ok: false,
      reason: 'size',
      message: `The image is ${dims![0]}×${dims![1]} pixels, about ${tokens} tokens for a model, more than the result budget of ${budgetTokens} (MIOSA_MAX_RESULT_TOKENS); it was not returned`,
    };
  }
  return { ok: true };
}
