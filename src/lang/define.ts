import { LanguagePackSchema, type LanguagePack, type LanguagePackInput } from "../schema/pack.js";
import { ClaimdiffError, parseOrThrow } from "../errors.js";

/**
 * Validates a language pack and fills its defaults. A language is a folder of data: call this
 * with the pack's lexicons and pass the result to `extractClaims(article, { packs: [pack] })`.
 *
 * @example
 * const xx = defineLanguagePack({ code: "xx", name: "Toy", detection: {...}, quotes: {...}, ... });
 * extractClaims({ text, language: "xx" }, { packs: [xx] });
 */
export function defineLanguagePack(pack: LanguagePackInput): LanguagePack {
  const out = parseOrThrow(LanguagePackSchema, pack, "invalid_language_pack", `language pack${typeof pack === "object" && pack && "code" in pack ? ` "${String((pack as { code: unknown }).code)}"` : ""}`,
    "see LanguagePackSchema for the fields a pack needs.");
  defined.add(out);
  return out;
}

/** Packs known to be valid: made by defineLanguagePack, or checked once by isLanguagePack. */
const defined = new WeakSet<object>();

/**
 * True for a valid language pack: one made by {@link defineLanguagePack} (or a structured clone
 * of one, checked against the schema once and remembered).
 *
 * @example
 * isLanguagePack(getLanguagePack("en")) // true
 * isLanguagePack({ code: "zz" }) // false
 */
export function isLanguagePack(p: unknown): p is LanguagePack {
  if (p === null || typeof p !== "object") return false;
  if (defined.has(p)) return true;
  if (!LanguagePackSchema.safeParse(p).success) return false;
  defined.add(p);
  return true;
}

/** What `extendLanguagePack` adds to a pack: any field of a pack, its objects partial; lists are appended. */
export type Extension = {
  [K in keyof LanguagePackInput]?: LanguagePackInput[K] extends Record<string, unknown> | undefined ? Partial<NonNullable<LanguagePackInput[K]>> : LanguagePackInput[K];
};

const POSITIONAL = new Set(["months", "weekdays"]);

function mergeValue(base: unknown, add: unknown, key = ""): unknown {
  if (add === undefined) return base;
  if (Array.isArray(base) && Array.isArray(add)) {
    // Months and weekdays are lists by position: merge the forms of each month or day.
    if (POSITIONAL.has(key)) {
      return base.map((b, i) => [...new Set([...(b as string[]), ...((add[i] as string[] | undefined) ?? [])])]);
    }
    const seen = new Set(base.map((x) => JSON.stringify(x)));
    return [...base, ...add.filter((x) => !seen.has(JSON.stringify(x)))];
  }
  if (base && add && typeof base === "object" && typeof add === "object" && !Array.isArray(base)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(add as Record<string, unknown>)) out[k] = mergeValue(out[k], v, k);
    return out;
  }
  return add;
}

/**
 * Adds words to a pack: lists are appended (duplicates dropped), maps merged key by key, scalars
 * replaced. Returns a new validated pack; the original is unchanged.
 *
 * @example
 * const ro = extendLanguagePack(getLanguagePack("ro"), { reporting: { verbs: ["a țipat"] } });
 */
export function extendLanguagePack(base: LanguagePack, extension: Extension): LanguagePack {
  if (!isLanguagePack(base)) throw new ClaimdiffError("invalid_language_pack", "Invalid language pack: extendLanguagePack extends a pack made with defineLanguagePack() or getLanguagePack().");
  if (extension === null || typeof extension !== "object" || Array.isArray(extension)) throw new ClaimdiffError("invalid_language_pack", "Invalid language pack extension: pass an object such as { reporting: { verbs: [\"harrumphed\"] } }.");
  return defineLanguagePack(mergeValue(base, extension) as LanguagePackInput);
}
