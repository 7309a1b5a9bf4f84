/**
 * The built-in packs are built on first use and not validated when they load
 * (lazyLanguagePack): the build checks them against the schema (tsup.config.ts), and so does this
 * file, running from the sources; it also holds the laziness itself to account.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS, getLanguagePack, listLanguages } from "../src/lang/registry.js";
import { defineLanguagePack, extendLanguagePack, isLanguagePack, lazyLanguagePack } from "../src/lang/define.js";
import { expandPattern, slotError } from "../src/text/slots.js";
import { oneOf, optional } from "../src/lang/forms.js";
import { extractClaims } from "../src/index.js";
import { LanguagePackSchema, type LanguagePackInput } from "../src/schema/pack.js";
import { ClaimdiffError } from "../src/errors.js";

/** True while `pack`'s fields are still getters: the pack has not been built. */
const unbuilt = (pack: object) => typeof Object.getOwnPropertyDescriptor(pack, "reporting")?.get === "function";

describe("built-in packs, built lazily", () => {
  it("are not built by importing them, listing them or looking one up", () => {
    // Runs first in this file (its own module graph): nothing has read a pack's fields yet.
    expect(listLanguages()).toEqual(["en", "ro", "pl", "vi", "es", "it", "de", "fr", "ru", "uk"]);
    expect(getLanguagePack("it-IT").code).toBe("it");
    expect(BUILTIN_PACKS.every(unbuilt)).toBe(true);
    // Reading a field builds that pack alone.
    expect(getLanguagePack("it").reporting.verbs.length).toBeGreaterThan(1000);
    expect(unbuilt(getLanguagePack("it"))).toBe(false);
    expect(BUILTIN_PACKS.filter(unbuilt).map((p) => p.code)).toEqual(["en", "ro", "pl", "vi", "es", "de", "fr", "ru", "uk"]);
  });

  it.each(BUILTIN_PACKS.map((p) => [p.code, p] as const))("%s is valid, with the defaults the schema fills", (_code, pack) => {
    const plain = JSON.parse(JSON.stringify(pack)) as LanguagePackInput;
    const parsed = LanguagePackSchema.safeParse(plain);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 5)).toEqual([]);
    // Filling defaults without the schema gave what the schema gives: no field missing or extra.
    expect(plain).toEqual(parsed.data);
    expect(isLanguagePack(pack)).toBe(true);
  });
});

describe("lazyLanguagePack", () => {
  const input = (code: string): LanguagePackInput => ({
    code,
    name: "Toy",
    detection: { scripts: ["Latin"], stopwords: ["the", "a", "of", "to", "in", "and", "is", "was", "for", "on"] },
    quotes: { pairs: [['"', '"']] },
    sentences: {},
    reporting: { verbs: ["said"] },
    dates: {
      months: [["jan"], ["feb"], ["mar"], ["apr"], ["may"], ["jun"], ["jul"], ["aug"], ["sep"], ["oct"], ["nov"], ["dec"]],
      weekdays: [["mon"], ["tue"], ["wed"], ["thu"], ["fri"], ["sat"], ["sun"]],
    },
    boilerplate: {},
  });

  it("builds once, on the first read of a field other than the code, and fills the defaults", () => {
    let calls = 0;
    const pack = lazyLanguagePack("xx", () => {
      calls++;
      return input("xx");
    });
    expect(pack.code).toBe("xx");
    expect(calls).toBe(0);
    expect(isLanguagePack(pack)).toBe(true);
    expect(calls).toBe(0);
    expect(pack.reporting.verbs).toEqual(["said"]);
    expect(pack.reporting.impersonal).toEqual([]); // a default
    expect(pack.matching).toEqual({ foldDiacritics: true, capitalizedNouns: false }); // a default object
    void pack.dates;
    expect(calls).toBe(1);
    expect(pack).toEqual(LanguagePackSchema.parse(input("xx")));
    expect(structuredClone(pack)).toEqual(LanguagePackSchema.parse(input("xx")));
  });

  it("serves the fields it is given ready without building, and builds for the others", () => {
    let calls = 0;
    const detection = { scripts: ["Latin"], stopwords: ["ready"], letters: "" };
    const build = () => {
      calls++;
      return input("xx");
    };
    const pack = lazyLanguagePack("xx", build, { detection });
    expect(pack.detection).toBe(detection);
    expect(calls).toBe(0);
    expect(pack.reporting.verbs).toEqual(["said"]);
    expect(calls).toBe(1);
    expect(pack.detection).toBe(detection); // building keeps what was given
  });

  it("refuses a pack that builds under another code, on first use", () => {
    const pack = lazyLanguagePack("xx", () => input("yy"));
    expect(pack.code).toBe("xx");
    expect(() => pack.reporting).toThrow(ClaimdiffError);
  });
});

describe("pattern slots", () => {
  it("expand {a|b} to one alternative and [a|b] to one or none, in the order written", () => {
    expect(expandPattern("{ha|hanno} [poi] detto")).toEqual(["ha poi detto", "ha detto", "hanno poi detto", "hanno detto"]);
    expect(expandPattern("dichiarat{o|a}")).toEqual(["dichiarato", "dichiarata"]);
    expect(expandPattern("ha [già più volte|a più riprese] detto")).toEqual(["ha già più volte detto", "ha a più riprese detto", "ha detto"]);
    expect(expandPattern("{a|au} fost numit*")).toEqual(["a fost numit*", "au fost numit*"]);
    // Parentheses are no slot: "(ANSA)" stays a credit as written.
    expect(expandPattern("(ansa)")).toEqual(["(ansa)"]);
  });

  it("are written from lists by oneOf and optional", () => {
    expect(oneOf(["ha", "hanno", "ha"])).toBe("{ha|hanno}");
    expect(oneOf(["ha"])).toBe("ha"); // one alternative is no slot
    expect(expandPattern(`${oneOf(["ha", "hanno"])} ${optional(["poi"])} detto`)).toEqual(["ha poi detto", "ha detto", "hanno poi detto", "hanno detto"]);
  });

  it("reject malformed slots in the schema", () => {
    expect(slotError("ha [poi detto")).toMatch(/not closed/);
    expect(slotError("{ha} detto")).toMatch(/two alternatives/);
    expect(slotError("{ha|[poi]} detto")).toMatch(/nest/);
    expect(slotError("ha||detto")).toMatch(/outside a slot/);
    expect(slotError("{a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j} {a|b|c|d|e|f|g|h|i|j}")).toMatch(/at most/);
    expect(slotError("{ha|hanno} [poi] detto")).toBeNull();
    const bad = { ...toy(), reporting: { verbs: ["{said"] } };
    expect(() => defineLanguagePack(bad)).toThrow(ClaimdiffError);
    expect(() => defineLanguagePack({ ...toy(), reporting: { verbs: ["{said*|told} it"] } })).toThrow(/`\*` may only end/);
  });

  it("are expanded when a pack is defined, extended or built lazily: matchers see plain patterns", () => {
    const pack = defineLanguagePack({ ...toy(), reporting: { verbs: ["{said|told} [again]"] } });
    expect(pack.reporting.verbs).toEqual(["said again", "said", "told again", "told"]);
    const more = extendLanguagePack(pack, { reporting: { verbs: ["[has] {warned|stressed}"] } });
    expect(more.reporting.verbs).toEqual(["said again", "said", "told again", "told", "has warned", "has stressed", "warned", "stressed"]);
    const lazy = lazyLanguagePack("xx", () => ({ ...toy(), reporting: { verbs: ["{said|told} [again]"] } }));
    expect(lazy.reporting.verbs).toEqual(["said again", "said", "told again", "told"]);
    const cues = (text: string) => extractClaims({ text, language: "xx" }, { packs: [more] }).claims.map((c) => c.cue);
    expect(cues('Bob Smith has stressed that "the plan works".')).toEqual(["has stressed"]);
    expect(cues('Ann Lee has argued that "it fails".')).toEqual([]); // "argued" is no alternative of the slots
  });

  it("the Italian pack writes its verb combinations as slots and gets every one of them", () => {
    const it = getLanguagePack("it");
    expect(it.reporting.verbs.length).toBeGreaterThan(10000);
    expect(it.reporting.verbs).toEqual(
      expect.arrayContaining(["ha poi aggiunto", "avrebbero detto", "ha detto ai giornalisti", "aveva a più riprese ribadito"]),
    );
    expect(it.reporting.verbs.some((v) => /[{}[\]|]/.test(v))).toBe(false);
    expect(it.reporting.verbs).not.toContain("abbiano poi detto"); // adverbs only after the five auxiliaries that take them
  });
});

function toy(): LanguagePackInput {
  return {
    code: "xx",
    name: "Toy",
    detection: { scripts: ["Latin"], stopwords: ["the", "a", "of", "to", "in", "and", "is", "was", "for", "on"] },
    quotes: { pairs: [['"', '"']] },
    sentences: {},
    reporting: { verbs: ["said"] },
    dates: {
      months: [["jan"], ["feb"], ["mar"], ["apr"], ["may"], ["jun"], ["jul"], ["aug"], ["sep"], ["oct"], ["nov"], ["dec"]],
      weekdays: [["mon"], ["tue"], ["wed"], ["thu"], ["fri"], ["sat"], ["sun"]],
    },
    boilerplate: {},
  };
}

describe("pack layout", () => {
  // Every pack folder holds the same files; forms.ts (the language's own builders) only where it has some.
  const REQUIRED = ["cldr.generated.ts", "cldr.snapshot.md", "compare.ts", "entities.ts", "index.ts", "roles.ts", "topics.ts", "verbs.ts"];
  const dirs = readdirSync(new URL("../src/lang/", import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory());
  it("has a folder per built-in pack, and nothing else", () => {
    expect(dirs.map((d) => d.name).sort()).toEqual(listLanguages().sort());
  });
  it.each(dirs.map((d) => [d.name] as const))("%s has the files of every pack", (code) => {
    const files = readdirSync(new URL(`../src/lang/${code}/`, import.meta.url)).sort();
    expect(files.filter((f) => f !== "forms.ts")).toEqual(REQUIRED);
  });
});
