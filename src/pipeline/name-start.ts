import type { Token } from "../text/tokens.js";
import { W, type CompiledPack } from "./lexicon.js";

/*
 * Where a person's name starts in a run of capitals that a title's place runs into, where heads come first
 * (`grammar.headInitial`): "Đại sứ Nhật Bản tại Việt Nam | Ito Naoki", "Tổng lãnh sự tại Đà Nẵng | Nguyễn Văn An".
 * And a name's syllables joined by a hyphen in lower case ("Park Min-soo", "Kim Jong-un").
 */

const PLACES = new WeakMap<CompiledPack, string[][]>();
/** The pack's places (`compare.places`) as lists of lower-case words. */
function places(cp: CompiledPack): string[][] {
  let list = PLACES.get(cp);
  if (!list) {
    list = Object.values(cp.pack.compare?.places ?? {})
      .flat()
      .map((x) =>
        x
          .normalize("NFC")
          .toLowerCase()
          .replace(/\*$/, "")
          .split(/[\s-]+/u),
      );
    PLACES.set(cp, list);
  }
  return list;
}

/**
 * The first token of the person's name in the run of capitals tokens[from..to), or `from`. Where heads come first:
 * - a place the pack knows, whole, opening the run, with two capitalised words or more after it, is the complement of
 *   the title before it ("tại Việt Nam Ito Naoki" → "Ito Naoki"; not "Việt Nam" alone, nor a one-word name after it);
 * - after a preposition or an area's noun, a family name the pack lists inside the run, not after another one, with one to three words
 *   after it, starts the person's name; the words before it are the place ("tại Đà Nẵng Nguyễn Văn An" → "Nguyễn Văn
 *   An"; not "Nguyễn Trần Anh", nor a run with no preposition before it).
 */
export function nameStart(cp: CompiledPack, tokens: readonly Token[], from: number, to: number, familyNames: ReadonlySet<string>): number {
  if (!cp.pack.grammar.headInitial || to - from < 3) return from;
  const low = (k: number) => tokens[k]!.text.normalize("NFC").toLowerCase();
  for (const x of places(cp)) {
    const end = from + x.length;
    if (to - end >= 2 && x.every((w, j) => low(from + j) === w)) return end;
  }
  // (after a preposition or the noun of an area, pack `grammar.areaNouns`: "tại tỉnh Nghệ An | Trần Văn Minh")
  const area = cp.pack.grammar.areaNouns.some((n) => {
    const w = n.split(" ");
    return from - w.length >= 0 && w.every((x, j) => low(from - w.length + j) === x);
  });
  const prep = from > 0 && !tokens[from - 1]!.upper && (area || ((cp.words.get(tokens[from - 1]!.key) ?? 0) & W.prep) !== 0);
  if (prep && familyNames.size > 0)
    for (let k = from + 1; k < to - 1; k++) if (familyNames.has(low(k)) && !familyNames.has(low(k - 1)) && to - k <= 4) return k;
  return from;
}

/**
 * Whether token k is a name's syllable in lower case joined by a hyphen to the capitalised word before it, inside a
 * name (not its first word), where heads come first: "Park Min-soo", "Moon Jae-in" — not "Trump-era", a word after a
 * name's only word (nor "a Jeremy Corbyn-led government" where modifiers come first).
 */
export function hyphenSyllable(cp: CompiledPack, text: string, tokens: readonly Token[], k: number, runStart: number): boolean {
  if (!cp.pack.grammar.headInitial) return false;
  const t = tokens[k];
  const p = tokens[k - 1];
  if (!t || !p || k - 1 <= runStart || t.upper || !p.upper) return false;
  return text.slice(p.end, t.start) === "-" && /^\p{Ll}{1,4}$/u.test(t.text);
}
