import { LanguagePackSchema, type LanguagePack, type LanguagePackInput } from "../schema/pack.js";
import { ClaimdiffError, parseOrThrow } from "../errors.js";
import { expandSlots } from "../text/slots.js";

/**
 * Validates a language pack and fills its defaults. A language is a folder of data: call this
 * with the pack's lexicons and pass the result to `extractClaims(article, { packs: [pack] })`.
 *
 * @example
 * const xx = defineLanguagePack({ code: "xx", name: "Toy", detection: {...}, quotes: {...}, ... });
 * extractClaims({ text, language: "xx" }, { packs: [xx] });
 */
export function defineLanguagePack(pack: LanguagePackInput): LanguagePack {
  const out = expandSlots(
    parseOrThrow(
      LanguagePackSchema,
      pack,
      "invalid_language_pack",
      `language pack${typeof pack === "object" && pack && "code" in pack ? ` "${String((pack as { code: unknown }).code)}"` : ""}`,
      "see LanguagePackSchema for the fields a pack needs.",
    ),
  );
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

/** The parts of a zod schema's definition that {@link withDefaults} reads. */
interface SchemaDef {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
}
interface Schema {
  _zod: { def: SchemaDef };
}

/**
 * `value` with the defaults of `schema` filled in, as `schema.parse(value)` would return it for a
 * valid value, without checking anything: for the built-in packs, which the tests check against
 * the schema (tests/lang-packs.test.ts), so that loading one costs no validation. Unknown object
 * keys are dropped, as zod drops them.
 */
function withDefaults(schema: Schema, value: unknown): unknown {
  const def = schema._zod.def;
  switch (def.type) {
    case "default":
      return value === undefined ? def.defaultValue : withDefaults(def.innerType!, value);
    case "optional":
    case "nullable":
    case "readonly":
      return value === undefined || value === null ? value : withDefaults(def.innerType!, value);
    case "object": {
      if (value === null || typeof value !== "object") return value;
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!)) {
        const v = withDefaults(field, input[key]);
        if (v !== undefined || key in input) out[key] = v;
      }
      return out;
    }
    case "array":
      return Array.isArray(value) ? value.map((x) => withDefaults(def.element!, x)) : value;
    case "record": {
      if (value === null || typeof value !== "object") return value;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) out[key] = withDefaults(def.valueType!, v);
      return out;
    }
    default:
      return value;
  }
}

/** The fields of a pack, in the schema's order. */
const FIELDS = Object.keys(LanguagePackSchema.shape) as (keyof LanguagePack)[];

/**
 * A built-in pack that is built on first use: `code` is there at once (the registry, listLanguages
 * and getLanguagePack read only it), and reading any other field runs `build` once, fills the
 * schema's defaults and puts the fields on the pack (`build` may also return a pack made by
 * lazyLanguagePack or defineLanguagePack, whose defaults are filled). Importing claimdiff thus
 * expands no pack's word lists and combinations; extracting Romanian expands Romanian alone.
 *
 * The pack is not validated (that costs as much as building it): the built-in packs are checked
 * against {@link LanguagePackSchema} when the package is built (tsup.config.ts) and by the tests.
 * Users' packs go through defineLanguagePack.
 *
 * `ready` holds fields known without building, with their defaults filled: the built package
 * gives each pack's `detection` there, so that detecting a language builds only the pack chosen.
 *
 * @example
 * export const xx = lazyLanguagePack("xx", () => ({ code: "xx", name: "Toy", ... }));
 */
export function lazyLanguagePack(code: string, build: () => LanguagePackInput | LanguagePack, ready: Partial<LanguagePack> = {}): LanguagePack {
  const pack = { code } as LanguagePack;
  let built = false;
  const load = (): void => {
    if (built) return;
    const input = build();
    // A pack already made (the built package's stubs load the pack's own module) has its defaults.
    // Its patterns' slots ("{ha|hanno} [poi] detto") are expanded here, once (src/text/slots.ts).
    const full = defined.has(input) ? (input as LanguagePack) : expandSlots(withDefaults(LanguagePackSchema as unknown as Schema, input) as LanguagePack);
    if (full.code !== code)
      throw new ClaimdiffError("invalid_language_pack", `Invalid language pack: the pack registered as "${code}" builds as "${full.code}".`);
    for (const key of FIELDS) {
      if (key in ready) continue;
      if (key in full) Object.defineProperty(pack, key, { value: full[key], enumerable: true, writable: true, configurable: true });
      else Reflect.deleteProperty(pack, key);
    }
    built = true;
  };
  for (const key of FIELDS) {
    if (key === "code") continue;
    if (key in ready) {
      Object.defineProperty(pack, key, { value: ready[key], enumerable: true, writable: true, configurable: true });
      continue;
    }
    Object.defineProperty(pack, key, {
      get() {
        load();
        return pack[key];
      },
      set(v: unknown) {
        load();
        Object.defineProperty(pack, key, { value: v, enumerable: true, writable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  }
  defined.add(pack);
  return pack;
}

/** What `extendLanguagePack` adds to a pack: any field of a pack, its objects partial; lists are appended. */
export type Extension = {
  [K in keyof LanguagePackInput]?: LanguagePackInput[K] extends Record<string, unknown> | undefined
    ? Partial<NonNullable<LanguagePackInput[K]>>
    : LanguagePackInput[K];
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
  if (!isLanguagePack(base))
    throw new ClaimdiffError(
      "invalid_language_pack",
      "Invalid language pack: extendLanguagePack extends a pack made with defineLanguagePack() or getLanguagePack().",
    );
  if (extension === null || typeof extension !== "object" || Array.isArray(extension))
    throw new ClaimdiffError("invalid_language_pack", 'Invalid language pack extension: pass an object such as { reporting: { verbs: ["harrumphed"] } }.');
  return defineLanguagePack(mergeValue(base, extension) as LanguagePackInput);
}
