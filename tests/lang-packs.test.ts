/**
 * The built-in packs are built on first use and not validated when they load
 * (lazyLanguagePack): the build checks them against the schema (tsup.config.ts), and so does this
 * file, running from the sources; it also holds the laziness itself to account.
 */
import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS, getLanguagePack, listLanguages } from "../src/lang/registry.js";
import { isLanguagePack, lazyLanguagePack } from "../src/lang/define.js";
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
