/**
 * Input that is not text in any language: binary data read as text (control characters,
 * replacement characters, lone surrogates) or an encoded blob (base64, hex). Such input is
 * refused rather than read as some language.
 */

/** Characters read to decide. */
const SAMPLE = 65536;
/** Control characters other than tab and line breaks, DEL, U+FFFD/FFFE/FFFF and lone surrogates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
/** A run of base64 or hex alphabet long enough to be no word. */
const BLOB = /[A-Za-z0-9+/=_-]{40,}/g;

export type NotText = "binary" | "encoded";

/**
 * Whether `text` is binary data or an encoded blob rather than language: null for text. A few
 * stray control characters or an embedded image in base64 leave an article text.
 *
 * @example notText("\u0000\u0001PK\u0003\u0004…") // "binary"
 */
export function notText(text: string): NotText | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // The common case, decided in one pass: words separated by spaces often enough (one every 20
  // characters at least; base64 has one every 77) and no control character.
  let spaces = 0,
    suspicious = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) spaces++;
    else if (c < 32 || c === 0x7f || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffd) {
      suspicious = true;
      break;
    }
  }
  if (!suspicious && spaces * 20 >= sample.length) return null;
  const visible = sample.replace(/\s+/gu, "").length;
  if (visible < 16) return null;
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls >= 8 && controls / visible > 0.02) return "binary";
  let blob = 0;
  for (const m of sample.match(BLOB) ?? []) if (/\d/.test(m) && /[A-Za-z]/.test(m)) blob += m.length;
  if (blob / visible > 0.6) return "encoded";
  return null;
}
