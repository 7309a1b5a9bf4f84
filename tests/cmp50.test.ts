import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

// Team-written readouts and reports of one call between Trump and Putin (14 May 2026): each article
// carries one claim on a matter and the report of the call itself.
const DAY = "2026-05-14";
const SPEAKER: Record<string, string> = { US: "White House", RU: "Kremlin" };
const TITLES = ["Telephone call between Trump and Putin", "Phone call between Putin and Trump", "Trump and Putin talk by phone"];
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
const aligned = (r: ComparisonResult, a: string, b: string) => r.events.some((e) => e.alignments.some((x) => x.claims.includes(a) && x.claims.includes(b)));

describe("reported 'would' is the future of the past, not a condition", () => {
  const negated: Record<string, string> = {
    ru: "США не будут отправлять боеприпасы Украине.",
    uk: "США не передадуть Україні боєприпаси.",
    pl: "USA nie dostarczą Ukrainie amunicji.",
    vi: "Mỹ sẽ không cung cấp đạn dược cho Ukraine.",
  };
  const cases: Array<[string, string, string]> = [
    ["en", "Trump said the United States would send ammunition to Ukraine.", "ru"],
    ["de", "Trump sagte, die USA würden der Ukraine Munition liefern.", "uk"],
    ["fr", "Trump a déclaré que les munitions seraient livrées à l'Ukraine par les États-Unis.", "pl"],
    ["es", "Trump dijo que las municiones serían suministradas a Ucrania por Estados Unidos.", "vi"],
  ];
  for (const [la, said, lb] of cases) {
    it(`${la}–${lb}: "would supply" against "will not supply" is a stance disagreement`, () => {
      const r = compare([
        [la, "US", said],
        [lb, "RU", negated[lb]!],
      ]);
      expect(flags(r, "stance").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1"]]);
    });
  }
  const conditions: Array<[string, string, string]> = [
    ["en", "Trump said the United States would send ammunition to Ukraine if Russia attacked.", "ru"],
    ["de", "Trump sagte, die USA würden der Ukraine Munition liefern, falls Russland angreift.", "uk"],
    ["fr", "Trump a déclaré que les munitions seraient livrées à l'Ukraine si la Russie attaquait.", "pl"],
  ];
  for (const [la, said, lb] of conditions) {
    it(`${la}–${lb}: a real condition ("if", "falls", "si") keeps the act conditional: no stance`, () => {
      const r = compare([
        [la, "US", said],
        [lb, "RU", negated[lb]!],
      ]);
      expect(flags(r, "stance")).toEqual([]);
    });
  }
  it("en–ru: 'would send' and 'will supply' agree: aligned, no stance", () => {
    const r = compare([
      ["en", "US", "Trump said the United States would send ammunition to Ukraine."],
      ["ru", "RU", "США будут поставлять Украине боеприпасы."],
    ]);
    expect(flags(r, "stance")).toEqual([]);
    expect(aligned(r, "a0:c1", "a1:c1")).toBe(true);
  });
});

describe("an act on a matter named only by a generic concept ('ammunition') takes a stance", () => {
  const pairs: Array<[Line, Line]> = [
    [
      ["en", "US", "The United States will supply ammunition to Ukraine."],
      ["ru", "RU", "США не будут поставлять боеприпасы Украине."],
    ],
    [
      ["it", "US", "Gli Stati Uniti forniranno munizioni all'Ucraina."],
      ["ro", "RU", "Statele Unite nu vor furniza muniție Ucrainei."],
    ],
    [
      ["es", "US", "Estados Unidos suministrará munición a Ucrania."],
      ["vi", "RU", "Mỹ sẽ không cung cấp đạn dược cho Ukraine."],
    ],
    [
      ["en", "US", "Washington will supply ammunition to Kyiv."],
      ["ru", "RU", "США не будут поставлять боеприпасы Украине."],
    ],
  ];
  for (const [a, b] of pairs) {
    it(`${a[0]}–${b[0]}: supply against no supply of the same thing to the same state`, () => {
      expect(flags(compare([a, b]), "stance").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1"]]);
    });
  }
  const apart: Array<[string, Line, Line]> = [
    ["to another state", ["en", "US", "The United States will supply weapons to Ukraine."], ["ru", "RU", "США не будут поставлять оружие Израилю."]],
    ["by another state", ["en", "US", "The United States will supply weapons to Ukraine."], ["ru", "RU", "Россия не будет поставлять оружие Украине."]],
    ["another thing", ["it", "US", "Gli Stati Uniti forniranno munizioni all'Ucraina."], ["ro", "RU", "Statele Unite nu vor furniza petrol Ucrainei."]],
    ["both affirm", ["it", "US", "Gli Stati Uniti forniranno munizioni all'Ucraina."], ["ro", "RU", "Statele Unite vor furniza muniție Ucrainei."]],
  ];
  for (const [what, a, b] of apart) {
    it(`${a[0]}–${b[0]}: ${what} is no stance disagreement`, () => {
      expect(flags(compare([a, b]), "stance")).toEqual([]);
    });
  }
});

describe("one matter between two sides is one flag, with every outlet's claim", () => {
  it("stance: a second outlet's report of the US position joins the flag (en, ru, de)", () => {
    const r = compare([
      ["en", "US", "The United States will supply ammunition to Ukraine."],
      ["ru", "RU", "США не будут поставлять боеприпасы Украине."],
      ["de", "US", "Die USA werden der Ukraine Munition liefern."],
    ]);
    expect(flags(r, "stance").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1", "a2:c1"]]);
  });
  it("characterization: a second outlet's evaluation on its side's part joins the flag (en, ru, de)", () => {
    const r = compare([
      ["en", "US", "Relations with Russia are excellent."],
      ["ru", "RU", "Отношения с США очень плохие."],
      ["de", "US", "Die Beziehungen zu Russland seien ausgezeichnet."],
    ]);
    expect(flags(r, "characterization").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1", "a2:c1"]]);
  });
  it("characterization: a claim on the other side's part does not join (fr, pl, uk)", () => {
    const r = compare([
      ["fr", "US", "Les relations avec la Russie sont excellentes."],
      ["pl", "RU", "Stosunki z USA są bardzo złe."],
      ["uk", "US", "Відносини з Росією дуже погані."],
    ]);
    const found = flags(r, "characterization");
    expect(found.map((d) => d.claims.includes("a0:c1") && d.claims.includes("a1:c1"))).toContain(true);
    for (const d of found) expect(d.claims.includes("a0:c1") && d.claims.includes("a2:c1")).toBe(false);
  });
});

describe("a thing named by name (a weapon system, an organisation) is what an act bears on", () => {
  const opposed: Array<[Line, Line]> = [
    [
      ["en", "US", "Germany will not deliver Taurus to Ukraine."],
      ["uk", "RU", "Німеччина передасть Україні Taurus."],
    ],
    [
      ["de", "US", "Deutschland wird der Ukraine keine „Taurus“ liefern."],
      ["en", "RU", "Germany will deliver Taurus to Ukraine."],
    ],
    [
      ["fr", "US", "La Pologne ne soutient pas l'adhésion de l'Ukraine à l'OTAN."],
      ["pl", "RU", "Polska popiera członkostwo Ukrainy w NATO."],
    ],
    [
      ["es", "US", "España no apoya la adhesión de Ucrania a la OTAN."],
      ["vi", "RU", "Tây Ban Nha ủng hộ việc Ukraine gia nhập NATO."],
    ],
    [
      ["it", "US", "L'Italia non sostiene l'adesione dell'Ucraina alla NATO."],
      ["ro", "RU", "Italia sprijină aderarea Ucrainei la NATO."],
    ],
  ];
  for (const [a, b] of opposed) {
    it(`${a[0]}–${b[0]}: affirmed against negated on one named thing is a stance disagreement`, () => {
      expect(flags(compare([a, b]), "stance").map((d) => d.claims)).toEqual([["a0:c1", "a1:c1"]]);
    });
  }
  const apart: Array<[string, Line, Line]> = [
    ["another named system", ["en", "US", "Germany will not deliver Taurus to Ukraine."], ["uk", "RU", "Німеччина передасть Україні Patriot."]],
    ["both negate", ["en", "US", "Germany will not deliver Taurus to Ukraine."], ["uk", "RU", "Німеччина не передасть Україні Taurus."]],
    [
      "another organisation",
      ["en", "US", "The United States supports Ukraine's membership in the European Union."],
      ["ru", "RU", "США не поддерживают вступление Украины в НАТО."],
    ],
  ];
  for (const [what, a, b] of apart) {
    it(`${a[0]}–${b[0]}: ${what} is no stance disagreement`, () => {
      expect(flags(compare([a, b]), "stance")).toEqual([]);
    });
  }
});
