/**
 * Slots in lexicon patterns: a pattern may write a choice of words instead of every combination.
 *
 * - `{a|b|c}`: exactly one of the alternatives ("{ha|hanno} detto" → "ha detto", "hanno detto");
 * - `[a|b]`: one of them or nothing ("ha [poi|anche] detto" → "ha detto", "ha poi detto",
 *   "ha anche detto"); `[a]` is one optional word.
 *
 * An alternative may hold several words ("[più volte|a più riprese]") or be part of a word
 * ("dichiarat{o|a|i|e}"); slots do not nest. A pattern is expanded into plain patterns once, when
 * its pack is built (src/lang/define.ts): the matchers only ever see plain patterns.
 */

/** The most plain patterns one pattern may stand for. */
export const MAX_EXPANSIONS = 5000;

type Part = string | { options: string[] };

/** The literal text and slots of a pattern, or an error message. */
function parse(pattern: string): Part[] | string {
  const parts: Part[] = [];
  let i = 0;
  let text = "";
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === "}" || ch === "]" || ch === "|") return `"${ch}" outside a slot`;
    if (ch !== "{" && ch !== "[") {
      text += ch;
      i++;
      continue;
    }
    const close = ch === "{" ? "}" : "]";
    const end = pattern.indexOf(close, i + 1);
    if (end < 0) return `"${ch}" is not closed by "${close}"`;
    const body = pattern.slice(i + 1, end);
    if (/[{}[\]]/.test(body)) return "slots do not nest";
    const options = body.split("|").map((s) => s.trim());
    if (ch === "{" && options.length < 2) return `"{…}" needs two alternatives or more ("{a|b}"); one optional word is "[a]"`;
    if (options.some((o) => o === "")) return "a slot has an empty alternative";
    if (text) parts.push(text);
    text = "";
    parts.push({ options: ch === "[" ? [...options, ""] : options });
    i = end + 1;
  }
  if (text) parts.push(text);
  return parts;
}

/** True when a pattern holds a slot (`{` or `[`). */
export const hasSlots = (pattern: string): boolean => pattern.includes("{") || pattern.includes("[");

/** What is wrong with a pattern's slots, or null. */
export function slotError(pattern: string): string | null {
  if (!hasSlots(pattern) && !/[}\]|]/.test(pattern)) return null;
  const parts = parse(pattern);
  if (typeof parts === "string") return parts;
  const n = parts.reduce((acc, p) => acc * (typeof p === "string" ? 1 : p.options.length), 1);
  return n > MAX_EXPANSIONS ? `the pattern stands for ${n} patterns (at most ${MAX_EXPANSIONS})` : null;
}

/**
 * The plain patterns a pattern stands for, in the order written (an optional slot's words before
 * its absence), spaces collapsed. A pattern without slots is returned as it is.
 *
 * @throws {Error} on a malformed slot (the schema reports it first, see `slotError`).
 * @example expandPattern("{ha|hanno} [poi] detto") // ["ha poi detto", "ha detto", "hanno poi detto", "hanno detto"]
 */
export function expandPattern(pattern: string): string[] {
  if (!hasSlots(pattern)) return [pattern];
  const parts = parse(pattern);
  if (typeof parts === "string") throw new Error(`pattern "${pattern}": ${parts}`);
  let out = [""];
  for (const p of parts) {
    if (typeof p === "string") out = out.map((s) => s + p);
    else out = out.flatMap((s) => p.options.map((o) => s + o));
  }
  return out.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length > 0);
}

/** Every pattern of a list expanded, duplicates dropped; the list itself when none has a slot. */
export function expandPatterns(list: readonly string[]): readonly string[] {
  if (!list.some(hasSlots)) return list;
  return [...new Set(list.flatMap(expandPattern))];
}

/** Fields of a pack that hold no patterns. */
const NOT_PATTERNS = new Set(["code", "name", "detection", "matching", "quotes", "sentences", "nameRules"]);

/**
 * A pack (or any part of one) with the patterns of every list expanded: lists of strings are
 * expanded, objects walked, other values kept. Returns `value` itself when nothing has a slot.
 */
export function expandSlots<T>(value: T, key = ""): T {
  if (NOT_PATTERNS.has(key)) return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === "string")) return expandPatterns(value as string[]) as T;
    let changed = false;
    const out = value.map((v) => {
      const e = expandSlots(v);
      if (e !== v) changed = true;
      return e;
    });
    return (changed ? out : value) as T;
  }
  if (value && typeof value === "object") {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const e = expandSlots(v, k);
      if (e !== v) changed = true;
      out[k] = e;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
