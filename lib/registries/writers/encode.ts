import type { Encoding } from "../schema/types";

// Windows-1251 upper half: Cyrillic А..я at 0xC0..0xFF, Ё/ё at 0xA8/0xB8, a few signs. Letters
// that the code page lacks (Kazakh ә, ғ, қ, ң, ө, ұ, ү, һ, і) become "?", as real exports do.
const EXTRA: Record<number, number> = {
  0x0401: 0xa8,
  0x0451: 0xb8,
  0x2116: 0xb9,
  0x00ab: 0xab,
  0x00bb: 0xbb,
  0x2013: 0x96,
  0x2014: 0x97,
  0x00a0: 0xa0,
};

/** Encodes into `out` at `offset`; returns the number of bytes written (one per code unit). */
export function encode1251Into(text: string, out: Uint8Array, offset: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[offset + i] = code;
    else if (code >= 0x0410 && code <= 0x044f) out[offset + i] = code - 0x0410 + 0xc0;
    else out[offset + i] = EXTRA[code] ?? 0x3f;
  }

  return text.length;
}

/** Bytes at the very start of a file in this encoding. */
export function preamble(encoding: Encoding): Uint8Array {
  return encoding === "utf-8-bom" ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(0);
}
