import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-12-03";

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: DATE });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const minutes = (language: string, text: string) =>
  read(language, text)
    .quantities.filter((q) => q.kind === "duration")
    .map((q) => [Math.round(q.lo), Math.round(q.hi)]);

describe("half an hour in one word or phrase is 30 minutes", () => {
  it.each([
    ["ru", "Встреча министров длилась полчаса."],
    ["uk", "Зустріч міністрів тривала півгодини."],
    ["it", "L'incontro tra i ministri è durato mezz'ora."],
    ["pl", "Spotkanie ministrów trwało pół godziny."],
    ["es", "La reunión de los ministros duró media hora."],
    ["de", "Das Treffen der Minister dauerte eine halbe Stunde."],
    ["fr", "La rencontre des ministres a duré une demi-heure."],
    ["ro", "Întâlnirea miniștrilor a durat jumătate de oră."],
    ["vi", "Cuộc gặp giữa hai bộ trưởng kéo dài nửa tiếng."],
    ["vi", "Cuộc gặp giữa hai bộ trưởng kéo dài nửa giờ."],
    ["en", "The meeting of the ministers lasted half an hour."],
  ])("%s: %s", (language, text) => {
    expect(minutes(language, text)).toEqual([[27, 33]]);
  });

  it.each([
    ["ru", "Встреча министров длилась около получаса.", [[23, 38]]],
    ["ru", "Встреча министров длилась более получаса.", [[30, 41]]],
    ["uk", "Зустріч міністрів тривала понад півгодини.", [[30, 41]]],
    ["it", "L'incontro tra i ministri è durato circa mezz'ora.", [[23, 38]]],
  ])("%s: hedged: %s", (language, text, expected) => {
    expect(minutes(language, text)).toEqual(expected);
  });

  it.each([
    // A half of something else, or of an hour and more, is no half hour.
    ["ru", "Половина министров покинула встречу.", []],
    ["ru", "Встреча длилась полтора часа.", [[81, 99]]],
    ["uk", "Половина міністрів залишила зустріч.", []],
    ["it", "La mezza giornata di colloqui si è chiusa senza intesa.", []],
    ["it", "L'incontro è durato un'ora e mezza.", [[81, 99]]],
    ["de", "Die halbe Regierung war anwesend.", []],
  ])("%s: not half an hour: %s", (language, text, expected) => {
    expect(minutes(language, text)).toEqual(expected);
  });
});

describe("an agreement that was not reached is a negated act of agreeing", () => {
  const acts = (language: string, text: string) =>
    read(language, text).predicates.map((p) => `${p.conditional ? "if " : ""}${p.negated ? "not " : ""}${p.cls}`);

  it.each([
    ["en", "An agreement on a humanitarian corridor was not reached."],
    ["en", "A deal on the exchange of detainees has not been reached."],
    ["fr", "Aucun accord n'a été trouvé sur le corridor humanitaire."],
    ["fr", "Un accord sur le corridor humanitaire n'a pas été trouvé."],
    ["fr", "L'accord sur la libération des détenus n'a pas été conclu."],
    ["es", "No se alcanzó ningún acuerdo sobre el corredor humanitario."],
    ["es", "El acuerdo sobre el corredor humanitario no fue alcanzado."],
    ["it", "Non è stato raggiunto alcun accordo sul corridoio umanitario."],
    ["de", "Eine Einigung über einen humanitären Korridor wurde nicht erzielt."],
    ["pl", "Nie osiągnięto porozumienia w sprawie korytarza humanitarnego."],
  ])("%s: %s", (language, text) => {
    expect(acts(language, text)).toEqual(["not agree"]);
  });

  it.each([
    // The agreement that was reached is no negated act; one reached before is no act of this claim at all.
    ["en", "An agreement on a humanitarian corridor was reached.", ["agree"]],
    ["en", "The agreement reached last year on the corridor remains in force.", []],
    ["fr", "L'accord conclu l'an dernier sur le corridor reste en vigueur.", []],
    ["es", "El acuerdo alcanzado el año pasado sobre el corredor sigue vigente.", []],
  ])("%s: not negated: %s", (language, text, expected) => {
    expect(acts(language, text)).toEqual(expected);
  });

  it("en: after 'until' the act stays a condition ('no agreement until everything is agreed')", () => {
    // The negated act before "until" is held under the condition too, not denied (cmp27).
    expect(acts("en", "There will be no agreement until everything is agreed.")).toEqual(["if not agree", "if agree"]);
  });

  const claim = (id: string, language: string, speaker: string, side: string, assertion: string): Claim => ({
    ...makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: DATE }),
    span: [0, assertion.length],
  });
  const stances = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements.filter((d) => d.type === "stance"))
      .map((d) => d.topic);

  it.each([
    ["en", "An agreement on a ceasefire was not reached, the ministry said."],
    ["fr", "Aucun accord n'a été trouvé sur un cessez-le-feu."],
    ["es", "No se alcanzó ningún acuerdo sobre un alto el fuego."],
  ])("%s against 'agreed on a ceasefire' is a stance: %s", (language, text) => {
    const claims = [
      claim("a:c1", "en", "Foreign Ministry", "UA", "The sides agreed on a ceasefire during the talks in Geneva."),
      claim("b:c1", language, "Defence Ministry", "RU", text),
    ];
    expect(stances(claims)).toEqual(["ceasefire"]);
  });
});

describe("two dotted numbers after a word opening a range are a clock range", () => {
  const amounts = (language: string, text: string) =>
    read(language, text).quantities.map((q) => ({ kind: q.kind, lo: Math.round(q.lo), hi: Math.round(q.hi), text: q.text }));

  it.each([
    ["ru", "Переговоры министров шли с 16.04 до 17.06 по местному времени.", "16.04 до 17.06"],
    ["it", "I ministri hanno parlato dalle 16.04 alle 17.06, secondo la nota.", "16.04 alle 17.06"],
    // Both pairs could also be a day and a month (16 April, 17 June): a word of the clock near makes them times (cmp27).
    ["de", "Die Minister sprachen von 16.04 bis 17.06 Ortszeit miteinander.", "16.04 bis 17.06"],
    ["de", "Die Minister sprachen nach Moskauer Zeit von 16.04 bis 17.06.", "16.04 bis 17.06"],
    ["uk", "Переговори міністрів тривали з 16.04 до 17.06 за київським часом.", "16.04 до 17.06"],
    ["pl", "Ministrowie rozmawiali od 16.04 do 17.06 czasu lokalnego, podał resort.", "16.04 do 17.06"],
  ])("%s: %s", (language, text, written) => {
    expect(amounts(language, text)).toEqual([{ kind: "duration", lo: 60, hi: 64, text: written }]);
  });

  it.each([
    // Dates: a dot after the first pair, a year after it, a day over 23, or no word opening the range.
    ["de", "Die Ausstellung läuft vom 16.04. bis 17.06. im Rathaus."],
    ["de", "Die Ausstellung läuft von 16.04. bis 17.06. im Rathaus."],
    ["ru", "Выставка работает с 16.04.2019 до 17.06.2019 в ратуше."],
    ["ru", "Выставка работает с 26.04 до 17.06 в ратуше."],
    ["it", "La mostra è aperta 16.04 - 17.06 in municipio."],
    ["uk", "Виставка працює з 16.04.2019 до 17.06.2019 у ратуші."],
    ["pl", "Wystawa będzie czynna od 16.04. do 17.06. w ratuszu."],
  ])("%s: dates, not a clock range: %s", (language, text) => {
    expect(amounts(language, text).filter((q) => q.kind === "duration")).toEqual([]);
  });
});
