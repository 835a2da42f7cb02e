// A built-in 5×7 bitmap font for printable ASCII (32–126), with an extra
// descender row for g, j, p, q and y (so each glyph cell is 5×8).
//
// Each glyph is 5 columns of 8 pixels, stored as 5 bytes (10 hex digits),
// left column first; bit 0 of a column byte is the top row, bit 6 the
// baseline row, bit 7 the descender row. Characters outside the font are
// drawn as a hollow box.

/** Anything that can fill a solid rectangle (the Canvas does). */
export interface TextTarget {
  fillRect(x: number, y: number, width: number, height: number, color: number): void;
}

export const GLYPH_WIDTH = 5;
/** Rows of a glyph cell, descender included. */
export const GLYPH_HEIGHT = 8;
/** Rows from the top of a capital letter to the baseline. */
export const CAP_HEIGHT = 7;
/** Horizontal distance between characters, in font pixels (glyph + 1 column gap). */
export const CHAR_ADVANCE = 6;
/** Vertical distance between text lines, in font pixels (glyph cell + 2 rows gap). */
export const LINE_ADVANCE = 10;

const FIRST_CHAR = 32;
const LAST_CHAR = 126;

// prettier-ignore
const GLYPH_HEX =
  '0000000000' + '00005f0000' + '0007000700' + '147f147f14' + // space ! " #
  '242a7f2a12' + '2313086462' + '3649552250' + '0005030000' + // $ % & '
  '001c224100' + '0041221c00' + '082a1c2a08' + '08083e0808' + // ( ) * +
  '0050300000' + '0808080808' + '0060600000' + '2010080402' + // , - . /
  '3e5149453e' + '00427f4000' + '4261514946' + '2141454b31' + // 0 1 2 3
  '1814127f10' + '2745454539' + '3c4a494930' + '0171090503' + // 4 5 6 7
  '3649494936' + '064949291e' + '0036360000' + '0056360000' + // 8 9 : ;
  '0814224100' + '1414141414' + '0041221408' + '0201510906' + // < = > ?
  '324979413e' + '7e1111117e' + '7f49494936' + '3e41414122' + // @ A B C
  '7f4141221c' + '7f49494941' + '7f09090101' + '3e41415132' + // D E F G
  '7f0808087f' + '00417f4100' + '2040413f01' + '7f08142241' + // H I J K
  '7f40404040' + '7f020c027f' + '7f0408107f' + '3e4141413e' + // L M N O
  '7f09090906' + '3e4151215e' + '7f09192946' + '4649494931' + // P Q R S
  '01017f0101' + '3f4040403f' + '1f2040201f' + '3f4038403f' + // T U V W
  '6314081463' + '0304780403' + '6151494543' + '007f414100' + // X Y Z [
  '0204081020' + '0041417f00' + '0402010204' + '4040404040' + // \ ] ^ _
  '0001020400' + '2054545478' + '7f48444438' + '3844444420' + // ` a b c
  '384444487f' + '3854545418' + '087e090102' + '18a4a4a47c' + // d e f g
  '7f08040478' + '00447d4000' + '4080847d00' + '007f102844' + // h i j k
  '00417f4000' + '7c04180478' + '7c08040478' + '3844444438' + // l m n o
  'fc24242418' + '18242424fc' + '7c08040408' + '4854545420' + // p q r s
  '043f444020' + '3c4040207c' + '1c2040201c' + '3c4030403c' + // t u v w
  '4428102844' + '1ca0a0a07c' + '4464544c44' + '0008364100' + // x y z {
  '00007f0000' + '0041360800' + '0804081008';                  // | } ~

const GLYPHS: Uint8Array = Uint8Array.from(GLYPH_HEX.match(/../g)!, (h) => parseInt(h, 16));
const BOX_GLYPH = new Uint8Array([0x7f, 0x41, 0x41, 0x41, 0x7f]);

if (GLYPHS.length !== (LAST_CHAR - FIRST_CHAR + 1) * GLYPH_WIDTH) {
  throw new Error('font table is malformed');
}

/** The 5 column bytes of the glyph for `codePoint` (a box if the font lacks it). */
export function glyphColumns(codePoint: number): Uint8Array {
  if (codePoint < FIRST_CHAR || codePoint > LAST_CHAR) return BOX_GLYPH;
  const at = (codePoint - FIRST_CHAR) * GLYPH_WIDTH;
  return GLYPHS.subarray(at, at + GLYPH_WIDTH);
}

/** Width in pixels that `text` occupies at `scale` (counting code points, not UTF-16 units). */
export function measureText(text: string, scale = 1): number {
  let n = 0;
  for (const _ of text) n++;
  return n === 0 ? 0 : (n * CHAR_ADVANCE - 1) * scale;
}

/**
 * Draws `text` with its top-left corner at (x, y), each font pixel a
 * `scale`×`scale` square of `color` (0xRRGGBB). Returns the x just past the
 * last character's advance. Clipping is left to the target.
 */
export function drawText(
  canvas: TextTarget,
  x: number,
  y: number,
  text: string,
  color: number,
  scale = 1,
): number {
  const s = Math.max(1, Math.floor(scale));
  let cx = Math.round(x);
  const top = Math.round(y);
  for (const ch of text) {
    const cols = glyphColumns(ch.codePointAt(0)!);
    for (let col = 0; col < GLYPH_WIDTH; col++) {
      const bits = cols[col];
      if (bits === 0) continue;
      // Merge vertical runs of set bits into a single rectangle.
      let row = 0;
      while (row < GLYPH_HEIGHT) {
        if ((bits >> row) & 1) {
          let end = row + 1;
          while (end < GLYPH_HEIGHT && (bits >> end) & 1) end++;
          canvas.fillRect(cx + col * s, top + row * s, s, (end - row) * s, color);
          row = end;
        } else {
          row++;
        }
      }
    }
    cx += CHAR_ADVANCE * s;
  }
  return cx;
}
