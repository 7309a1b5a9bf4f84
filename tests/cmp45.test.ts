import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

const DAY = "2026-09-14";
type Line = [speaker: string, side: string, assertion: string];
const outlet = (id: string, language: string, title: string, lines: Line[]) =>
  articleResult({
    id,
    language,
    title,
    publishedAt: DAY,
    claims: lines.map(([speaker, side, assertion], i) => makeClaim({ id: `${id}:c${i + 1}`, article: id, language, speaker, side, date: DAY, assertion })),
  });
const alignments = (r: ComparisonResult) => r.events.flatMap((e) => e.alignments);
const aligned = (r: ComparisonResult, x: string, y: string) => alignments(r).some((a) => a.claims.includes(x) && a.claims.includes(y));
const flags = (r: ComparisonResult, type: string) => r.events.flatMap((e) => e.disagreements).filter((d) => d.type === type);

/** Team-written readouts of one call and an outlet carrying the Kremlin's condition. */
const readouts = (extra: { us?: Line[]; ru?: Line[]; de?: Line[] } = {}) => [
  outlet("us", "en", "Readout of President Trump’s call with President Putin of Russia", [
    ["White House", "US", "President Trump said the fighting in Ukraine has to end and urged an immediate, unconditional ceasefire."],
    ["White House", "US", "The two presidents spoke by phone for about an hour."],
    ["White House", "US", "The leaders agreed to exchange 150 prisoners each."],
    ...(extra.us ?? []),
  ]),
  outlet("ru", "en", "Telephone conversation between Vladimir Putin and Donald Trump", [
    ["Kremlin", "RU", "Vladimir Putin stressed that any ceasefire in Ukraine must be strictly verified and must not allow Kyiv to rearm."],
    ["Kremlin", "RU", "The telephone conversation lasted more than two hours."],
    ["Kremlin", "RU", "The presidents agreed to exchange 175 prisoners for 175."],
    ...(extra.ru ?? []),
  ]),
  outlet("de", "de", "Putin und Trump telefonieren", [
    ["Yury Ushakov", "RU", "Eine Waffenruhe in der Ukraine, die Kiew die Wiederaufrüstung erlaubt, komme nicht in Frage."],
    ["Kremlin", "RU", "Das Gespräch habe mehr als zwei Stunden gedauert."],
    ...(extra.de ?? []),
  ]),
];

describe("a corroboration whose claim is the same report as one taking the opposite stance is dropped", () => {
  it("the outlet's copy of the Kremlin's condition stays with the Kremlin's line, not with the White House's demand", () => {
    const r = compareClaims(readouts());
    expect(aligned(r, "de:c1", "ru:c1")).toBe(true);
    expect(aligned(r, "de:c1", "us:c1")).toBe(false);
    const stance = flags(r, "stance");
    expect(stance.some((d) => d.claims.includes("ru:c1") && d.claims.includes("us:c1"))).toBe(true);
  });
  it("the claim left out is not charged as an omission: the other side answered its matter, against it", () => {
    const r = compareClaims(readouts());
    expect(flags(r, "omission").some((d) => d.claims.includes("de:c1"))).toBe(false);
  });
  it("negative: a corroboration whose same report agrees with the other side stays", () => {
    const r = compareClaims(
      readouts({
        us: [["White House", "US", "Both presidents agreed that their teams will stay in close contact."]],
        ru: [["Kremlin", "RU", "Putin and Trump agreed to continue their contacts."]],
        de: [["Kremlin", "RU", "Putin und Trump hätten vereinbart, ihre Kontakte fortzusetzen."]],
      }),
    );
    expect(aligned(r, "de:c3", "ru:c4")).toBe(true);
    expect(alignments(r).some((a) => a.relation === "corroboration" && a.claims.includes("de:c3") && a.claims.includes("us:c4"))).toBe(true);
  });
});

/** One side's demand told by two outlets: in Italian one half of the readout line, in French another. */
const halves = (it: string, fr: string) =>
  compareClaims([
    outlet("us", "en", "Readout of President Trump’s call with President Putin of Russia", [
      ["White House", "US", "President Trump made clear that the bloodshed must end at once and urged an immediate ceasefire."],
      ["White House", "US", "The two presidents spoke by phone for about an hour."],
      ["White House", "US", "The leaders agreed to exchange 150 prisoners each."],
    ]),
    outlet("ru", "en", "Telephone conversation between Vladimir Putin and Donald Trump", [
      ["Kremlin", "RU", "Vladimir Putin stressed that any ceasefire must be strictly verified."],
      ["Kremlin", "RU", "The telephone conversation lasted more than two hours."],
      ["Kremlin", "RU", "The presidents agreed to exchange 175 prisoners for 175."],
    ]),
    outlet("it", "it", "Telefonata tra Trump e Putin", [
      ["White House", "US", it],
      ["Kremlin", "RU", "La telefonata è durata più di due ore."],
    ]),
    outlet("fr", "fr", "Trump et Poutine se sont parlé", [
      ["White House", "US", fr],
      ["Kremlin", "RU", "L'entretien a duré plus de deux heures."],
    ]),
  ]);

describe("below the threshold, a pair sharing only an act, its urgency and the party acting does not align", () => {
  it("'the killing must stop at once' and 'an immediate 30-day ceasefire': two halves of one line", () => {
    const r = halves(
      "Trump ha chiesto che le uccisioni in Ucraina cessino subito.",
      "Trump a réclamé un cessez-le-feu immédiat et inconditionnel de 30 jours.",
    );
    expect(aligned(r, "it:c1", "fr:c1")).toBe(false);
    // Each still stands with the readout line that holds both halves.
    expect(aligned(r, "fr:c1", "us:c1")).toBe(true);
  });
  it("negative: both name the ceasefire — the same report aligns", () => {
    const r = halves(
      "Trump ha chiesto un cessate il fuoco immediato e incondizionato.",
      "Trump a réclamé un cessez-le-feu immédiat et inconditionnel de 30 jours.",
    );
    expect(aligned(r, "it:c1", "fr:c1")).toBe(true);
  });
});
