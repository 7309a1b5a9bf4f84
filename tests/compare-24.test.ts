import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
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
