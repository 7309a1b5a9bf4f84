import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { starReports } from "../src/compare/match/assign.js";
import type { ClaimRep } from "../src/compare/represent/index.js";
import type { ScoredPair } from "../src/compare/match/pairs.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { readings } from "../src/compare/represent/context.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";

const aligned = (r: ComparisonResult, a: string, b: string) => r.events.some((e) => e.alignments.some((al) => al.claims.includes(a) && al.claims.includes(b)));

/** Claims of one call in several outlets, one side or two: `[id, language, speaker, side, assertion]`. */
function claims(list: Array<[string, string, string, string, string]>) {
  return list.map(([id, language, speaker, side, assertion]) =>
    makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, date: "2024-04-02", assertion }),
  );
}

describe("a claim of two parts aligns with a claim reporting each part, though both parts share a subject", () => {
  const other: Array<[string, string, string, string, string]> = [
    ["it:3", "it", "Joe Biden", "US", "Biden ha espresso a Xi preoccupazione per il commercio della Cina con la Russia"],
  ];
  it("en whole, it parts: the red line and the separatist activities", () => {
    const r = compareClaims(
      claims([
        [
          "en:1",
          "en",
          "Xi Jinping",
          "CN",
          "In the phone call Xi warned Biden that the Taiwan question is the first red line in China-US relations and that China will not let separatist activities and support for Taiwan independence go unchecked",
        ],
        [
          "it:1",
          "it",
          "Xi Jinping",
          "CN",
          "Nella telefonata con Biden Xi ha avvertito che la questione di Taiwan è la prima linea rossa nelle relazioni tra Cina e Stati Uniti",
        ],
        [
          "it:2",
          "it",
          "Xi Jinping",
          "CN",
          "Xi ha detto a Biden che la Cina non lascerà incontrollate le attività separatiste e il sostegno all'indipendenza di Taiwan",
        ],
        ...other,
      ]),
    );
    expect(aligned(r, "en:1", "it:1")).toBe(true);
    expect(aligned(r, "en:1", "it:2")).toBe(true);
    // The parts are no copies of each other, nor is the other side's concern about trade a part.
    expect(aligned(r, "it:1", "it:2")).toBe(false);
    expect(aligned(r, "en:1", "it:3")).toBe(false);
  });

  it("ro whole, ru parts", () => {
    const r = compareClaims(
      claims([
        [
          "ro:1",
          "ro",
          "Xi Jinping",
          "CN",
          "În convorbirea telefonică, Xi Jinping l-a avertizat pe Biden că problema Taiwanului este o linie roșie în relațiile dintre China și SUA și că Beijingul nu va permite activități separatiste care sprijină independența Taiwanului",
        ],
        [
          "ru:1",
          "ru",
          "Xi Jinping",
          "CN",
          "В телефонном разговоре Си Цзиньпин предупредил Байдена, что вопрос Тайваня — это красная линия в отношениях Китая и США",
        ],
        ["ru:2", "ru", "Xi Jinping", "CN", "Си заявил Байдену, что Пекин не допустит сепаратистской деятельности и поддержки независимости Тайваня"],
      ]),
    );
    expect(aligned(r, "ro:1", "ru:1")).toBe(true);
    expect(aligned(r, "ro:1", "ru:2")).toBe(true);
  });

  it("does not align a whole with a second claim when the whole's best partner already says all that the two share", () => {
    const r = compareClaims(
      claims([
        [
          "en:1",
          "en",
          "Xi Jinping",
          "CN",
          "In the phone call Xi warned Biden that the Taiwan question is the first red line in China-US relations and that China will not let separatist activities and support for Taiwan independence go unchecked",
        ],
        [
          "it:1",
          "it",
          "Xi Jinping",
          "CN",
          "Nella telefonata con Biden Xi ha avvertito che Taiwan è la prima linea rossa nelle relazioni tra Cina e Stati Uniti e che Pechino non tollererà il sostegno all'indipendenza di Taiwan",
        ],
        ["it:2", "it", "Xi Jinping", "CN", "Xi ha detto a Biden che la Cina si oppone all'indipendenza di Taiwan"],
      ]),
    );
    expect(aligned(r, "en:1", "it:1")).toBe(true);
    expect(aligned(r, "en:1", "it:2")).toBe(false);
  });
});

describe("the other side corroborates a report group through its hub", () => {
  const rep = (id: string, order: number, side = "RU") => ({ claim: { id, articleId: id.slice(0, 1) }, order, side }) as unknown as ClaimRep;
  const pair = (a: ClaimRep, b: ClaimRep, score: number, relation: "same-report" | "corroboration" = "same-report", part = false) =>
    ({
      a,
      b,
      relation,
      part,
      evidence: { score, containment: score, shared: [], discriminative: true, embedding: null, core: 2, tone: false },
    }) as unknown as ScoredPair;
  const ids = (ps: readonly ScoredPair[]) => ps.map((p) => `${p.a.claim.id}~${p.b.claim.id}`).sort();

  it("keeps the link to the hub of a star, though a link to another member scores higher", () => {
    const [a, b, c] = [rep("a1", 0), rep("b1", 1), rep("c1", 2)];
    const us = rep("u1", 3, "US");
    const out = starReports([pair(a, b, 0.6), pair(a, c, 0.6), pair(a, us, 0.5, "corroboration"), pair(c, us, 0.55, "corroboration")]);
    expect(ids(out)).toEqual(["a1~b1", "a1~c1", "a1~u1"]);
  });

  it("keeps the strongest link when the group has no hub", () => {
    const [a, b, c, d] = [rep("a1", 0), rep("b1", 1), rep("c1", 2), rep("d1", 3)];
    const us = rep("u1", 4, "US");
    // A chain a–b–c–d: no claim links to all.
    const out = starReports([pair(a, b, 0.9), pair(b, c, 0.8), pair(c, d, 0.7), pair(a, us, 0.5, "corroboration"), pair(d, us, 0.6, "corroboration")]);
    expect(ids(out)).toEqual(["a1~b1", "b1~c1", "c1~d1", "d1~u1"]);
  });

  it("a part joined to a whole is kept beside the star and makes no hub", () => {
    const [a, b, c] = [rep("a1", 0), rep("b1", 1), rep("b2", 2)];
    const out = starReports([pair(a, b, 0.8), pair(a, c, 0.5, "same-report", true)]);
    expect(ids(out)).toEqual(["a1~b1", "a1~b2"]);
  });
});

describe("Polish names a settlement by its verb too ('rozwiązać', as ru 'урегулировать' and vi 'giải quyết')", () => {
  const call = (pl: string) =>
    compareClaims([
      makeClaim({
        id: "ro:1",
        article: "ro",
        language: "ro",
        speaker: "White House",
        side: "US",
        date: "2017-05-02",
        assertion: "În convorbirea telefonică, Trump și Putin au vorbit despre rezolvarea crizei periculoase din Coreea de Nord",
      }),
      makeClaim({ id: "pl:1", article: "pl", language: "pl", speaker: "White House", side: "US", date: "2017-05-02", assertion: pl }),
    ]);
  it("aligns resolving the crisis in Polish with its resolution in Romanian", () => {
    const r = call("W rozmowie telefonicznej prezydenci mówili o tym, jak najlepiej rozwiązać niebezpieczny kryzys w Korei Północnej");
    expect(aligned(r, "pl:1", "ro:1")).toBe(true);
  });
  it("does not align sanctions against the same state", () => {
    const r = call("W rozmowie telefonicznej prezydenci mówili o sankcjach wobec Korei Północnej");
    expect(aligned(r, "pl:1", "ro:1")).toBe(false);
  });
});

describe("a direct claim given as a piece of a quotation of several sentences reads the whole quotation", () => {
  const at = (text: string, part: string, id: string, language: string, kind: Claim["kind"] = "direct"): Claim => {
    const start = text.indexOf(part);
    return {
      ...makeClaim({ id, article: "q", speaker: "White House", side: "US", assertion: part, language }),
      kind,
      assertionSpan: [start, start + part.length],
      span: [start, start + part.length],
    };
  };
  const cases: Array<[string, string, string, string]> = [
    [
      "pl",
      "Rzecznik powiedział: „To była dobra rozmowa o strefach bezpieczeństwa. Prezydenci mówili też o kryzysie w Korei Północnej.” Potem wyszedł.",
      "To była dobra rozmowa o strefach bezpieczeństwa",
      "Korei Północnej",
    ],
    [
      "en",
      "The spokesman said: “It was a good call about safe zones. The presidents also spoke about the crisis in North Korea.” He then left.",
      "It was a good call about safe zones",
      "North Korea",
    ],
    [
      "ru",
      "Представитель сказал: «Это был хороший разговор о зонах безопасности. Президенты говорили и о кризисе в Северной Корее». Потом он ушёл.",
      "Это был хороший разговор о зонах безопасности",
      "Северной Корее",
    ],
    [
      "it",
      'Il portavoce ha detto: "È stata una buona telefonata sulle zone sicure. I presidenti hanno parlato anche della crisi in Corea del Nord." Poi è uscito.',
      "È stata una buona telefonata sulle zone sicure",
      "Corea del Nord",
    ],
  ];
  it.each(cases)("%s: reads the quotation's later sentence, not the text after it", (language, text, part, later) => {
    const r = readings(text, [at(text, part, "q:c1", language)]).get("q:c1");
    expect(r?.text).toContain(later);
    expect(r?.text).not.toMatch(/Potem|He then|Потом|Poi/);
  });
  it.each(cases)("%s: an indirect claim, or another claim inside the quotation, keeps the reading to its sentence", (language, text, part, later) => {
    expect(readings(text, [at(text, part, "q:c1", language, "indirect")]).get("q:c1")?.text).not.toContain(later);
    const both = readings(text, [at(text, part, "q:c1", language), at(text, later, "q:c2", language)]);
    expect(both.get("q:c1")?.text).not.toContain(later);
  });
  it("does not read a quotation that closed before the claim", () => {
    const text = "“We discussed North Korea. It was long,” the spokesman said. It was a good call about safe zones, he added later that day.";
    const r = readings(text, [at(text, "It was a good call about safe zones", "q:c1", "en")]).get("q:c1");
    expect(r?.text).not.toContain("North Korea");
  });
});

describe("Romanian 'în legătură cu' (with regard to) names no relations", () => {
  const concepts = (assertion: string) =>
    compareClaims([makeClaim({ id: "ro:1", article: "ro", language: "ro", speaker: "Kremlin", side: "RU", date: "2017-05-02", assertion })]).articles[0]!
      .claims[0]!.topics;
  it("reads the ties between two states as relations", () => {
    expect(concepts("Kremlinul a vorbit despre legăturile dintre Rusia și SUA")).toContain("relations");
  });
  it("does not read the preposition as relations", () => {
    expect(concepts("Kremlinul a vorbit în legătură cu situația din Coreea de Nord")).not.toContain("relations");
    expect(concepts("Kremlinul a vorbit in legatura cu situatia din Coreea de Nord")).not.toContain("relations");
  });
});

describe("the speaker's own name in the text read is no key of what it says", () => {
  const keysOf = (language: string, speaker: string, assertion: string) =>
    represent(makeClaim({ language, speaker, side: "US", date: "2019-12-29", assertion }), lexiconFor(language).lexicon, 0).keys.map((k) => k.key);
  it.each([
    ["en", "Spokesman Jonas Wielgosz said the leaders agreed to fight terrorism together with Darek Ostrowiak"],
    ["vi", "Người phát ngôn Jonas Wielgosz cho biết hai nhà lãnh đạo cam kết hợp tác chống khủng bố cùng Darek Ostrowiak"],
    ["pl", "Rzecznik Jonas Wielgosz powiedział, że przywódcy zgodzili się walczyć z terroryzmem razem z Darkiem Ostrowiakiem"],
  ])("%s: the speaker's name goes, another unknown name stays", (language, assertion) => {
    const keys = keysOf(language, "Jonas Wielgosz", assertion).join(" ");
    expect(keys).not.toMatch(/wielg|jonas/);
    expect(keys).toMatch(/ostro|darek|dark/);
  });
});
