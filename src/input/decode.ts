import { ClaimdiffError } from "../errors.js";

/** The text of a file and how it was decoded. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  /** The encoding used: a byte-order mark decides; else UTF-8 (or the charset an HTML page declares). */
  encoding: string;
  /** Problems that did not stop the decoding (a few bytes that are not UTF-8, replaced by U+FFFD). */
  warnings: string[];
}

/** Options of {@link decodeText}. */
export interface DecodeOptions {
  /** The input is an HTML page: when it is not UTF-8, the charset its `<meta>` declares is tried. */
  html?: boolean;
}

/** Formats recognised by their first bytes, to say what a non-text file is. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive (or a Word, Excel or OpenDocument file)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a WebP or RIFF file", [0x52, 0x49, 0x46, 0x46]],
  ["an old Word or Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["an executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
];

/** Most bytes that are not UTF-8 a file may hold and still be read (with a warning). */
const MAX_BAD_PER_MILLE = 1;

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

/**
 * Decodes the bytes of an article file. A byte-order mark decides the encoding (UTF-8, UTF-16
 * LE or BE); without one the bytes must be UTF-8 — or, for an HTML page, the charset its
 * `<meta>` declares. A few stray bytes that are not UTF-8 are replaced by U+FFFD with a warning;
 * binary files (PDF, images, archives, anything with NUL bytes or control characters) and text
 * in another encoding are refused with a message that says what the file looks like.
 *
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00])).text // "Hi" (UTF-16 LE)
 * @throws {ClaimdiffError} `not_text` when the bytes are not text claimdiff can decode;
 * `invalid_input` when `bytes` is not a Uint8Array.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw new ClaimdiffError("invalid_input", "Invalid input: decodeText needs the bytes of a file (a Buffer or Uint8Array).");
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(strict("utf-8", bytes.subarray(3)), "utf-8", bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return checked(strict("utf-16le", bytes.subarray(2)), "utf-16le", bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return checked(strict("utf-16be", bytes.subarray(2)), "utf-16be", bytes);
  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) throw new ClaimdiffError("not_text", `Not text: this is ${what}. Give the article as .txt, .md or .html.`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ClaimdiffError(
      "not_text",
      `Not text: a binary file (a NUL byte at offset ${nul}). If it is UTF-16 text, save it with a byte-order mark or as UTF-8.`,
    );
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== null) return checked(utf8, "utf-8", bytes);
  if (options.html) {
    const charset = declaredCharset(bytes);
    if (charset) {
      const text = strict(charset, bytes);
      if (text !== null) return checked(text, charset, bytes);
    }
  }
  const lossy = new TextDecoder("utf-8").decode(bytes);
  let bad = 0;
  for (let i = lossy.indexOf("\uFFFD"); i >= 0; i = lossy.indexOf("\uFFFD", i + 1)) bad++;
  if (bad * 1000 > Math.max(1000, bytes.length) * MAX_BAD_PER_MILLE) {
    const at = firstInvalid(bytes);
    throw new ClaimdiffError(
      "not_text",
      `Not text: neither UTF-8 nor UTF-16 (byte 0x${bytes[at]!.toString(16).padStart(2, "0")} at offset ${at}, and ${bad - 1} more). Convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8.`,
    );
  }
  return checked(lossy, "utf-8", bytes, [`${bad} byte sequence${bad === 1 ? " is" : "s are"} not UTF-8 and ${bad === 1 ? "was" : "were"} replaced by U+FFFD`]);
}

/** The text, or null when the bytes are not valid in that encoding. */
function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Text decoded without error can still be binary: control characters other than whitespace,
 * in more than a trace (a form feed in a transcript is fine; a file of them is not text).
 */
function checked(text: string | null, encoding: string, bytes: Uint8Array, warnings: string[] = []): DecodedText {
  if (text === null) {
    throw new ClaimdiffError(
      "not_text",
      `Not text: the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text.`,
    );
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f) controls++;
  }
  if (controls > 0 && controls * 100 > Math.max(100, text.length)) {
    throw new ClaimdiffError("not_text", `Not text: a binary file (${controls} control characters in ${bytes.length} bytes).`);
  }
  return { text, encoding, warnings };
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]!).encoding;
  } catch {
    return null; // a charset name TextDecoder does not know
  }
}

function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    if (n > 1 && strict("utf-8", bytes.subarray(i, i + n)) === null) return i;
    i += n;
  }
  return 0;
}
