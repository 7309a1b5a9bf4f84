/**
 * Calendar words seeded from Node's CLDR data (scripts/generate-packs.mjs → src/lang/<code>/
 * cldr.generated.ts): the committed files are what the script makes on this Node, every pack takes
 * CLDR's words plus its own, and the forms a pack excludes stay out.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";
import { BUILTIN_PACKS, getLanguagePack } from "../src/lang/registry.js";
import { calendar, type CldrCalendar } from "../src/lang/forms.js";
import { lookups } from "./helpers/pack-lookup.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCRIPT = join(ROOT, "scripts/generate-packs.mjs");
const recordedIcu = /\(ICU ([^,]+), CLDR/.exec(readFileSync(join(ROOT, "src/lang/en/cldr.generated.ts"), "utf8"))?.[1];
const sameIcu = recordedIcu === process.versions.icu;
if (!sameIcu)
  console.warn(`lang-cldr: generated files made with ICU ${recordedIcu}, this Node has ICU ${process.versions.icu}: the up-to-date check is skipped`);

const check = (dir?: string) => spawnSync(process.execPath, [SCRIPT, "--check", ...(dir ? ["--dir", dir] : [])], { encoding: "utf8" });

describe("generated CLDR data", () => {
  it.skipIf(!sameIcu)("the committed files are what scripts/generate-packs.mjs makes on this Node", () => {
    const r = check();
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/20 files up to date/);
  });

  it.skipIf(!sameIcu)("a hand edit or a missing snapshot is caught", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimdiff-cldr-"));
    try {
      cpSync(join(ROOT, "src/lang/fr"), join(dir, "fr"), { recursive: true });
      cpSync(join(ROOT, "src/lang/de"), join(dir, "de"), { recursive: true });
      expect(check(dir).status).toBe(0);
      const file = join(dir, "fr/cldr.generated.ts");
      writeFileSync(file, readFileSync(file, "utf8").replace('"janvier"', '"janvié"'));
      rmSync(join(dir, "de/cldr.snapshot.md"));
      const r = check(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(join("fr", "cldr.generated.ts"));
      expect(r.stderr).toContain(join("de", "cldr.snapshot.md"));
      expect(r.stderr).not.toContain(join("fr", "cldr.snapshot.md"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(BUILTIN_PACKS.map((p) => [p.code] as const))("%s: every CLDR month, long weekday and relative day is in the pack unless excluded", async (code) => {
    const { CLDR } = (await import(`../src/lang/${code}/cldr.generated.ts`)) as { CLDR: CldrCalendar };
    const pack = getLanguagePack(code);
    const covered = (list: readonly string[], s: string) => list.includes(s) || list.some((p) => p.endsWith("*") && s.startsWith(p.slice(0, -1)));
    CLDR.months.forEach((forms, i) => {
      for (const f of forms) expect(covered(pack.dates.months[i]!, f), `${code} month ${i} "${f}"`).toBe(true);
    });
    CLDR.weekdays.forEach((forms, i) => {
      for (const f of forms) expect(covered(pack.dates.weekdays[i]!, f), `${code} weekday ${i} "${f}"`).toBe(true);
    });
    // (the days to come too, read as days ahead: "tomorrow" dates no statement, tests/dates24.test.ts)
    for (const n of ["-2", "-1", "0", "1", "2"]) for (const f of CLDR.days[n] ?? []) expect(pack.dates.days[n], `${code} day ${n}`).toContain(f);
  });
});

describe("calendar()", () => {
  const cldr: CldrCalendar = {
    icu: "0",
    cldr: "0",
    months: Array.from({ length: 12 }, (_, i) => [`m${i}`]),
    monthsShort: Array.from({ length: 12 }, (_, i) => [`s${i}`]),
    weekdays: Array.from({ length: 7 }, (_, i) => [`w${i}`, `wd${i}`]),
    weekdaysShort: Array.from({ length: 7 }, (_, i) => [`x${i}`]),
    days: { "-1": ["yday"], "0": ["tday"], "1": ["tmrw"] },
    abbreviations: [],
  };
  it("adds the pack's forms after CLDR's, drops exclusions and prefix-covered forms, keeps future days", () => {
    const c = calendar(cldr, { months: { 2: ["own"] }, weekdays: { 0: ["wd*"] }, days: { "0": ["tonight"] }, exclude: ["s5"] });
    expect(c.months[2]).toEqual(["m2", "s2", "own"]);
    expect(c.months[5]).toEqual(["m5"]);
    expect(c.weekdays[0]).toEqual(["w0", "wd*"]);
    expect(c.weekdays[1]).toEqual(["w1", "wd1"]);
    expect(c.days).toEqual({ "-1": ["yday"], "0": ["tday", "tonight"], "1": ["tmrw"] });
    expect(calendar(cldr, { shortMonths: false, shortWeekdays: true }).months[0]).toEqual(["m0"]);
    expect(calendar(cldr, { shortWeekdays: true }).weekdays[3]).toEqual(["w3", "wd3", "x3"]);
  });
});

// Words CLDR brought in, and the ones the packs leave out. Reference date: Friday 14 March 2025.
const PUB = "2025-03-14";
const dated = (language: string, text: string) => extractClaims({ id: language, text, language, publishedAt: PUB }).claims.map((c) => c.date.iso);

describe("CLDR-seeded words per language", () => {
  it("fr: « aujourd’hui » with a typographic apostrophe; « sept » (seven) is no month", () => {
    const { whole, find } = lookups(getLanguagePack("fr"));
    expect(whole("days", "aujourd’hui")).toEqual(["0"]);
    expect(whole("days", "avant-hier")).toEqual(["-2"]);
    expect(whole("months", "févr")).toEqual(["1"]);
    expect(find("months", "Il y a sept morts")).toEqual([]);
    expect(dated("fr", "« Nous ne céderons pas », a déclaré hier Emmanuel Macron.")).toEqual(["2025-03-13"]);
  });

  it("it: « l’altro ieri » as CLDR writes it; « ago » (a needle), « mar » and « set » are no months", () => {
    const { whole, find } = lookups(getLanguagePack("it"));
    expect(whole("days", "l’altro ieri")).toEqual(["-2"]);
    expect(whole("months", "mag")).toEqual(["4"]);
    expect(find("months", "un ago nel Mar Nero e un set")).toEqual([]);
    expect(dated("it", "«Non ci fermeremo», ha detto l’altro ieri Giorgia Meloni.")).toEqual(["2025-03-12"]);
  });

  it("es: CLDR's short months; « mar » (the sea) and « may » are left out", () => {
    const { whole, find } = lookups(getLanguagePack("es"));
    expect(whole("months", "ago")).toEqual(["7"]);
    expect(whole("days", "anteayer")).toEqual(["-2"]);
    expect(find("months", "el mar Negro y Theresa May")).toEqual([]);
  });

  it("de: CLDR's names and relative days; « Mär » (a tale) is left out, « morgen » (tomorrow) a day ahead", () => {
    const { whole, find } = lookups(getLanguagePack("de"));
    expect(whole("days", "vorgestern")).toEqual(["-2"]);
    expect(whole("months", "märz")).toEqual(["2"]);
    expect(find("months", "die Mär vom Frieden")).toEqual([]);
    expect(whole("days", "morgen")).toEqual(["1"]);
  });

  it("ro: « mar » (an apple) is no month, and « mar. » no abbreviation", () => {
    const ro = getLanguagePack("ro");
    const { whole, find } = lookups(ro);
    expect(whole("months", "ian")).toEqual(["0"]);
    expect(find("months", "a mâncat un mar")).toEqual([]);
    expect(ro.sentences.abbreviations).toContain("ian.");
    expect(ro.sentences.abbreviations).not.toContain("mar.");
  });

  it("pl: genitives from CLDR's format context; « sie » is no month", () => {
    const { whole, find } = lookups(getLanguagePack("pl"));
    expect(whole("months", "marca")).toEqual(["2"]);
    expect(whole("days", "przedwczoraj")).toEqual(["-2"]);
    expect(find("months", "Spotkali się 12 lipca")).toEqual([["lipca", ["6"]]]);
  });

  it("ru: genitives and CLDR's dotted abbreviations; « завтра » a day ahead", () => {
    const ru = getLanguagePack("ru");
    const { whole } = lookups(ru);
    expect(whole("months", "марта")).toEqual(["2"]);
    expect(ru.sentences.abbreviations).toEqual(expect.arrayContaining(["мар.", "июн.", "июл."]));
    expect(ru.sentences.abbreviations).not.toContain("пн.");
    expect(whole("days", "завтра")).toEqual(["1"]);
  });

  it("uk: short months that are words are left out", () => {
    const { whole, find } = lookups(getLanguagePack("uk"));
    expect(whole("months", "бер")).toEqual(["2"]);
    expect(whole("days", "учора")).toEqual(["-1"]);
    expect(find("months", "лист від президента")).toEqual([]);
    expect(find("months", "лют")).toEqual([]);
  });

  it("vi: « thg 3 » from CLDR; short weekday « CN » is not taken", () => {
    const { whole, find } = lookups(getLanguagePack("vi"));
    expect(whole("months", "thg 3")).toEqual(["2"]);
    expect(whole("days", "hôm kia")).toEqual(["-2"]);
    expect(find("weekdays", "CN")).toEqual([]);
  });

  it("en: CLDR's words; short weekdays such as « sun » and « wed » are not taken", () => {
    const { whole, find } = lookups(getLanguagePack("en"));
    expect(whole("months", "sep")).toEqual(["8"]);
    expect(whole("days", "yesterday")).toEqual(["-1"]);
    expect(find("weekdays", "The Sun reported they wed")).toEqual([]);
    expect(whole("days", "tomorrow")).toEqual(["1"]);
  });
});

describe("CLDR's relative days date a claim (published Friday 14 March 2025)", () => {
  it.each([
    ["de", "„Wir werden nicht nachgeben“, sagte Olaf Scholz vorgestern.", "2025-03-12"],
    ["es", "«No cederemos», dijo anteayer Pedro Sánchez.", "2025-03-12"],
    ["ro", "„Nu vom ceda”, a declarat alaltăieri Klaus Iohannis.", "2025-03-12"],
    ["pl", "„Nie ustąpimy” – powiedział przedwczoraj Donald Tusk.", "2025-03-12"],
    ["ru", "«Мы не уступим», — заявил позавчера Дмитрий Песков.", "2025-03-12"],
    ["uk", "«Ми не поступимося», — заявив учора Володимир Зеленський.", "2025-03-13"],
    ["vi", 'Hôm kia, ông Putin cho biết: "Chúng tôi sẽ không nhượng bộ".', "2025-03-12"],
    ["en", '"We will not yield," Donald Trump said yesterday.', "2025-03-13"],
    // Excluded forms and short weekdays date nothing: the publication date stands.
    ["ro", "„Nu vom ceda”, a declarat Klaus Iohannis, care a mâncat un mar.", PUB],
    ["es", "«No cederemos», dijo Pedro Sánchez junto al mar.", PUB],
    ["en", '"We will not yield," Donald Trump said, speaking to The Sun.', PUB],
  ])("%s: %s", (language, text, iso) => {
    expect(dated(language, text)).toEqual([iso]);
  });
});
