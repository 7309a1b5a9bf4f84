import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

// cmp51: evaluative terms by class in every pack: a matter called lawful or fair against
// unlawful or unfair, a conversation called demanding (a tough one), warmth; negation and
// litotes ("not unfair") come from the shared negation rule. Sentences written by the team.

const evals = (language: string, text: string) =>
  represent(makeClaim({ assertion: text, speaker: "x", side: "A", language }), lexiconFor(language).lexicon, 0).evaluations.map((e) => [e.level, e.sense]);

describe("legality and fairness: every pack grades a matter called unlawful, unfair, fair or legitimate", () => {
  const negative: Array<[string, string]> = [
    ["en", "The new tariffs are illegal and unfair."],
    ["de", "Die neuen Zölle sind rechtswidrig und ungerecht."],
    ["fr", "Les nouveaux droits de douane sont illégaux et injustes."],
    ["es", "Los nuevos aranceles son ilegales e injustos."],
    ["it", "I nuovi dazi sono illegali e ingiusti."],
    ["ro", "Noile tarife vamale sunt ilegale și nedrepte."],
    ["ru", "Новые пошлины незаконны и несправедливы."],
    ["uk", "Нові мита незаконні та несправедливі."],
    ["pl", "Nowe cła są nielegalne i niesprawiedliwe."],
    ["vi", "Các mức thuế mới là bất hợp pháp và bất công."],
  ];
  for (const [language, text] of negative) {
    it(`${language}: unlawful (−2) and unfair (−1)`, () => {
      expect(evals(language, text)).toEqual([
        [-2, "illegal"],
        [-1, "unfair"],
      ]);
    });
  }
  const positive: Array<[string, string, string]> = [
    ["en", "The new tariffs are fair and legitimate.", "fair"],
    ["de", "Die neuen Zölle sind fair und legitim.", "fair"],
    ["fr", "Les nouveaux droits de douane sont équitables et légitimes.", "fair"],
    ["es", "Los nuevos aranceles son equitativos y legítimos.", "fair"],
    ["it", "I nuovi dazi sono equi e legittimi.", "fair"],
    ["ro", "Noile tarife vamale sunt echitabile și legitime.", "fair"],
    ["ru", "Новые пошлины справедливы и законны.", "fair"],
    ["uk", "Нові мита справедливі та законні.", "fair"],
    ["pl", "Nowe cła są sprawiedliwe i zgodne z prawem.", "fair"],
    ["vi", "Các mức thuế mới là công bằng và hợp pháp.", "fair"],
  ];
  for (const [language, text, sense] of positive) {
    it(`${language}: fair and lawful are mildly positive (+1)`, () => {
      expect(evals(language, text)).toEqual([
        [1, sense],
        [1, "legitimate"],
      ]);
    });
  }
  const litotes: Array<[string, string]> = [
    ["en", "The new tariffs are not unfair."],
    ["de", "Die neuen Zölle sind nicht ungerecht."],
    ["fr", "Les nouveaux droits de douane ne sont pas injustes."],
    ["es", "Los nuevos aranceles no son injustos."],
    ["it", "I nuovi dazi non sono ingiusti."],
    ["ru", "Новые пошлины не являются несправедливыми."],
    ["pl", "Nowe cła nie są niesprawiedliwe."],
  ];
  for (const [language, text] of litotes) {
    it(`${language}: a litotes ("not unfair") is mildly positive`, () => {
      expect(evals(language, text).map(([level]) => level)).toEqual([1]);
    });
  }
  it("vi: 'hợp pháp' inside 'bất hợp pháp' is no second, positive term", () => {
    expect(evals("vi", "Việc sáp nhập là bất hợp pháp.")).toEqual([[-2, "illegal"]]);
  });
  const neutral: Array<[string, string]> = [
    ["en", "The president demanded a ceasefire and legal guarantees."],
    ["en", "Trade fair organisers met in Berlin."],
    ["de", "Der Kanzler forderte einen Waffenstillstand."],
    ["ru", "Законодательство о санкциях обсуждалось."],
    ["fr", "Le président a exigé un cessez-le-feu."],
    ["es", "El presidente exigió un alto el fuego."],
  ];
  for (const [language, text] of neutral) {
    it(`${language}: a demand, the law or a trade fair is no evaluation (“${text}”)`, () => {
      expect(evals(language, text)).toEqual([]);
    });
  }
});

describe("a demanding conversation is a tough one; warmth in every pack", () => {
  const demanding: Array<[string, string]> = [
    ["en", "The conversation was frank and demanding."],
    ["de", "Das Gespräch war offen und anspruchsvoll."],
    ["fr", "L'entretien a été franc et exigeant."],
    ["es", "La conversación fue franca y exigente."],
    ["it", "Il colloquio è stato franco ed esigente."],
    ["ro", "Convorbirea a fost sinceră și exigentă."],
    ["ru", "Разговор был откровенным и требовательным."],
    ["uk", "Розмова була відвертою та вимогливою."],
    ["pl", "Rozmowa była szczera i wymagająca."],
    ["vi", "Cuộc trao đổi thẳng thắn và khắt khe."],
  ];
  for (const [language, text] of demanding) {
    it(`${language}: “demanding” is −1 beside a frank +1`, () => {
      const e = evals(language, text);
      expect(e).toContainEqual([-1, "demanding"]);
      expect(e.some(([level]) => level === 1)).toBe(true);
    });
  }
  const warm: Array<[string, string]> = [
    ["de", "Der Empfang war warmherzig."],
    ["uk", "Зустріч пройшла в теплій атмосфері."],
    ["pl", "Rozmowa była przyjacielska."],
    ["vi", "Cuộc gặp diễn ra trong bầu không khí ấm áp."],
    ["it", "Una calorosa accoglienza a Roma."],
  ];
  for (const [language, text] of warm) {
    it(`${language}: warmth is +2`, () => {
      expect(evals(language, text)).toContainEqual([2, "warm"]);
    });
  }
});

// Two readouts of one call, each with a claim on a matter and the report of the call itself.
const DAY = "2026-06-03";
const SPEAKER: Record<string, string> = { US: "White House", RU: "Kremlin" };
// Titles told apart: two articles with one title and one line are copies of one report.
const TITLES = ["Telephone call between Trump and Putin", "Phone call between Putin and Trump"];
type Line = [language: string, side: string, assertion: string];
function compare(lines: Line[]): ComparisonResult {
  return compareClaims(
    lines.map(([language, side, assertion], i) =>
      articleResult({
        id: `a${i}`,
        language,
        title: TITLES[i]!,
        publishedAt: DAY,
        claims: [assertion, "Trump and Putin spoke by phone for an hour."].map((text, j) =>
          makeClaim({ id: `a${i}:c${j + 1}`, article: `a${i}`, language, speaker: SPEAKER[side]!, side, date: DAY, basis: "explicit", assertion: text }),
        ),
      }),
    ),
  );
}
const flags = (r: ComparisonResult, type: string) => r.events.flatMap((e) => e.disagreements).filter((d) => d.type === type);

describe("one matter called lawful by one side and unlawful by the other is a characterization", () => {
  const pairs: Array<[Line, Line]> = [
    [
      ["en", "US", "The sanctions against Russia are fair and necessary."],
      ["ru", "RU", "Санкции против России незаконны и несправедливы."],
    ],
    [
      ["de", "US", "Die Sanktionen gegen Russland sind gerecht und legitim."],
      ["uk", "RU", "Санкції проти Росії незаконні."],
    ],
    [
      ["fr", "US", "Les sanctions contre la Russie sont justifiées."],
      ["pl", "RU", "Sankcje wobec Rosji są bezprawne."],
    ],
  ];
  for (const [a, b] of pairs) {
    it(`${a[0]}–${b[0]}: ${a[2]} / ${b[2]}`, () => {
      expect(flags(compare([a, b]), "characterization").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1"]]);
    });
  }
  it("en–ru: both sides call the sanctions unlawful: no characterization", () => {
    const r = compare([
      ["en", "US", "The sanctions against Russia are illegal."],
      ["ru", "RU", "Санкции против России незаконны."],
    ]);
    expect(flags(r, "characterization")).toEqual([]);
  });
});

const aligned = (r: ComparisonResult, a: string, b: string) => r.events.some((e) => e.alignments.some((x) => x.claims.includes(a) && x.claims.includes(b)));

describe("one act affirmed by one claim and negated by the other is no same report", () => {
  const refusals: Array<[Line, Line]> = [
    [
      ["en", "US", "Trump said the United States would send ammunition to Ukraine if Russia attacked."],
      ["ru", "RU", "США не будут отправлять боеприпасы Украине."],
    ],
    [
      ["de", "US", "Trump sagte, die USA würden der Ukraine Munition liefern, falls Russland angreift."],
      ["en", "RU", "The United States will not send ammunition to Ukraine."],
    ],
    [
      ["fr", "US", "Trump a déclaré que les munitions seraient livrées à l'Ukraine si la Russie attaquait."],
      ["pl", "RU", "USA nie dostarczą Ukrainie amunicji."],
    ],
  ];
  for (const [a, b] of refusals) {
    it(`${a[0]}–${b[0]}: an act under a condition against a flat refusal is no corroboration (and no stance)`, () => {
      const r = compare([a, b]);
      expect(aligned(r, "a0:c1", "a1:c1")).toBe(false);
      expect(flags(r, "stance")).toEqual([]);
    });
  }
  const deliveries: Array<[Line, Line]> = [
    [
      ["en", "US", "Germany will not deliver Taurus missiles to Ukraine."],
      ["en", "RU", "Germany will deliver Patriot systems to Ukraine."],
    ],
    [
      ["en", "US", "Germany will not deliver Taurus missiles to Ukraine."],
      ["ru", "RU", "Германия будет поставлять Украине системы Patriot."],
    ],
    [
      ["de", "US", "Deutschland wird der Ukraine Taurus-Raketen nicht liefern."],
      ["en", "RU", "Germany will deliver Patriot systems to Ukraine."],
    ],
  ];
  for (const [a, b] of deliveries) {
    it(`${a[0]}–${b[0]}: one delivery denied, another promised: no corroboration`, () => {
      expect(aligned(compare([a, b]), "a0:c1", "a1:c1")).toBe(false);
    });
  }
  const same: Array<[Line, Line]> = [
    [
      ["en", "US", "Germany will deliver Patriot systems to Ukraine."],
      ["de", "RU", "Deutschland wird der Ukraine Patriot-Systeme liefern."],
    ],
    [
      ["en", "US", "The United States will not send ammunition to Ukraine."],
      ["ru", "RU", "США не будут отправлять боеприпасы Украине."],
    ],
  ];
  for (const [a, b] of same) {
    it(`${a[0]}–${b[0]}: one polarity on both sides still corroborates`, () => {
      expect(aligned(compare([a, b]), "a0:c1", "a1:c1")).toBe(true);
    });
  }
});
