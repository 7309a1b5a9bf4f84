import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { selectAlignments, starReports } from "../src/compare/match/assign.js";
import { readings } from "../src/compare/represent/context.js";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import type { ScoredPair } from "../src/compare/match/pairs.js";

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string, date: string | null = "2021-12-07"): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const durations = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => q.text);

describe("a delay is not the length of the encounter", () => {
  it.each([
    ["en", "The White House announced the call only a few hours after it ended."],
    ["en", "Two hours later, the Kremlin published its readout."],
    ["en", "The Kremlin said it would reply within 48 hours."],
    ["vi", "Nhà Trắng chỉ thông báo về cuộc điện đàm vài giờ sau khi nó kết thúc."],
    ["vi", "Hai giờ sau đó, Điện Kremlin ra thông cáo."],
    ["ru", "Белый дом сообщил о разговоре через несколько часов."],
    ["ru", "Спустя два часа Кремль опубликовал заявление."],
    ["uk", "Кремль повідомив про розмову через дві години."],
    ["de", "Zwei Stunden später veröffentlichte der Kreml eine Erklärung."],
    ["fr", "Deux heures plus tard, le Kremlin a publié un communiqué."],
    ["it", "Due ore dopo il Cremlino ha diffuso una nota."],
    ["es", "Dos horas después, el Kremlin publicó un comunicado."],
    ["ro", "Două ore mai târziu, Kremlinul a publicat un comunicat."],
    ["pl", "Dwie godziny później Kreml opublikował komunikat."],
  ])("%s: %s", (language, text) => {
    expect(durations(read(language, text))).toEqual([]);
  });

  it.each([
    ["en", "The call lasted a few hours.", "few hours"],
    ["en", "The call lasted two hours, after which both sides issued statements.", "two hours"],
    ["vi", "Cuộc điện đàm kéo dài khoảng 1 giờ.", "1 giờ"],
    ["ru", "Разговор продолжался два часа.", "два часа"],
    ["de", "Das Gespräch dauerte zwei Stunden.", "zwei Stunden"],
    ["fr", "L'entretien a duré deux heures.", "deux heures"],
    ["it", "La telefonata è durata due ore.", "due ore"],
    ["pl", "Rozmowa trwała dwie godziny.", "dwie godziny"],
  ])("%s keeps a length: %s", (language, text, amount) => {
    expect(durations(read(language, text)).join(" ")).toContain(amount);
  });
});

describe("one report in several outlets aligns as a tree, not every pair", () => {
  // Claims of one side reported in several articles: x1 (article x), y1 (y), z1 and z2 (z)...
  const rep = (id: string, order: number) => ({ claim: { id, articleId: id.slice(0, 1) }, order, side: "RU" }) as unknown as ClaimRep;
  const pair = (a: ClaimRep, b: ClaimRep, score: number, relation: "same-report" | "corroboration" = "same-report") =>
    ({
      a,
      b,
      relation,
      evidence: { score, containment: score, shared: [], discriminative: true, embedding: null, core: 2, tone: false },
    }) as unknown as ScoredPair;
  const ids = (ps: readonly ScoredPair[]) => ps.map((p) => `${p.a.claim.id}~${p.b.claim.id}`).sort();

  it("keeps a star when one claim links to all the others, though they do not all link to one another", () => {
    const [x, y1, y2, z] = [rep("x1", 0), rep("y1", 1), rep("y2", 2), rep("z1", 3)];
    // x links to all three; y1 and y2 (one article) also link to z, not to each other.
    const out = starReports([pair(x, y1, 0.6), pair(x, y2, 0.6), pair(x, z, 0.8), pair(y1, z, 0.6), pair(y2, z, 0.7)]);
    expect(ids(out)).toEqual(["x1~y1", "x1~y2", "x1~z1"]);
  });

  it("makes the source's own statement the hub when it links to all the others", () => {
    // Three outlets report one sentence of a readout (r1): all four link to one another.
    const stated = (id: string, order: number) => ({ ...rep(id, order), claim: { id, articleId: id.slice(0, 1), kind: "statement" } }) as unknown as ClaimRep;
    const [a, b, c, r] = [rep("a1", 0), rep("b1", 1), rep("c1", 2), stated("r1", 3)];
    const all = [pair(a, b, 0.6), pair(a, c, 0.6), pair(a, r, 0.6), pair(b, c, 0.6), pair(b, r, 0.7), pair(c, r, 0.7)];
    expect(ids(starReports(all))).toEqual(["a1~r1", "b1~r1", "c1~r1"]);
    // When the statement misses one of them (c1 is not linked to it), no hub: the links to it first, then the strongest.
    expect(ids(starReports(all.filter((p) => p !== all[5])))).toEqual(["a1~c1", "a1~r1", "b1~r1"]);
    // Without a statement among them, the first in the canonical order.
    expect(ids(starReports(all.map((p) => ({ ...p, b: p.b === r ? rep("r1", 3) : p.b }))))).toEqual(["a1~b1", "a1~c1", "a1~r1"]);
  });

  it("takes no hub that links two claims of one article: it is a whole of two parts", () => {
    // u1 ("45 minutes, and substantive") links to r1 ("45 minutes") and r2 ("substantive") of one
    // readout, each also reported by f1 and f2 of one outlet: two reports, not one.
    const stated = (id: string, order: number) => ({ ...rep(id, order), claim: { id, articleId: id.slice(0, 1), kind: "statement" } }) as unknown as ClaimRep;
    const [f1, f2, r1, r2, u1] = [rep("f1", 0), rep("f2", 1), stated("r1", 2), stated("r2", 3), rep("u1", 4)];
    const out = starReports([pair(f1, r1, 0.7), pair(f2, r2, 0.9), pair(f1, u1, 0.6), pair(r1, u1, 0.6), pair(f2, u1, 0.65), pair(r2, u1, 0.65)]);
    // The strongest links join them; of two as strong, the one to the readout's sentence.
    expect(ids(out)).toEqual(["f1~r1", "f2~r2", "r1~u1", "r2~u1"]);
    // A claim linked to claims of different articles stays the hub.
    const [g1, s1] = [rep("g1", 5), stated("s1", 6)];
    expect(ids(starReports([pair(f1, g1, 0.6), pair(f1, s1, 0.6), pair(g1, s1, 0.6)]))).toEqual(["f1~s1", "g1~s1"]);
  });

  it("keeps the strongest links that join a group with no such claim, never a cycle", () => {
    const [a, b, c, d, e] = [rep("a1", 0), rep("b1", 1), rep("c1", 2), rep("d1", 3), rep("e1", 4)];
    // A ring a–b–c–d–e–a: no claim links to all; the weakest link closes the cycle and goes.
    const out = starReports([pair(a, b, 0.9), pair(b, c, 0.8), pair(c, d, 0.7), pair(d, e, 0.6), pair(a, e, 0.5)]);
    expect(ids(out)).toEqual(["a1~b1", "b1~c1", "c1~d1", "d1~e1"]);
  });

  it("leaves lone pairs and corroborations of different reports alone", () => {
    const [a, b, c, d] = [rep("a1", 0), rep("b1", 1), rep("c1", 2), rep("d1", 3)];
    const us = { ...rep("u1", 4), side: "US" } as ClaimRep;
    const out = starReports([pair(a, b, 0.5), pair(c, d, 0.5), pair(a, us, 0.4, "corroboration"), pair(c, us, 0.6, "corroboration")]);
    expect(ids(out)).toEqual(["a1~b1", "a1~u1", "c1~d1", "c1~u1"]);
  });
});

describe("a word or two is not widened to its sentence", () => {
  const at = (text: string, part: string, id: string, language: string): Claim => {
    const start = text.indexOf(part);
    return {
      ...makeClaim({ id, article: "w", speaker: "Kremlin", side: "RU", assertion: part, language }),
      assertionSpan: [start, start + part.length],
      span: [start, start + part.length],
    };
  };
  it.each([
    ["en", "Trump and Putin agreed on an energy ceasefire, Ulysmedia.kz reported on Tuesday.", "Ulysmedia.kz", "an energy ceasefire"],
    ["ru", "Путин согласился на прекращение ударов по энергетике, сообщает пресс-служба Кремля.", "Кремля.", "прекращение ударов по энергетике"],
    ["vi", "Hai nhà lãnh đạo đã thống nhất ngừng bắn, theo Điện Kremlin.", "Điện Kremlin.", "đã thống nhất ngừng bắn"],
    ["zh", "两国领导人同意停火，克里姆林宫说。", "克里姆林宫", "两国领导人同意停火"],
  ])("%s: a name or a credit is read alone, a fragment of three words is widened", (language, text, short, fragment) => {
    const name = at(text, short, "w:c1", language);
    expect(readings(text, [name]).has("w:c1")).toBe(false);
    const part = at(text, fragment, "w:c2", language);
    const r = readings(text, [part]).get("w:c2");
    expect(r?.text.length).toBeGreaterThan(fragment.length);
  });
});

describe("no omission in an encounter that did not take place", () => {
  const flagsOf = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission");
  const two = (language: string, us: string[], ru: string[]) => [
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 1}`, article: "wh", language, speaker: "White House", side: "US", assertion, date: "2025-05-16" })),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 1}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion, date: "2025-05-16" })),
  ];
  it.each([
    [
      "en",
      ["Trump said he would meet Putin at a summit as soon as possible.", "A summit with Putin must be organised soon."],
      [
        "A summit between Putin and Trump needs careful preparation.",
        "Such a summit must be prepared by experts.",
        "Any meeting should also address the situation in Syria and Iran's nuclear programme.",
      ],
    ],
    [
      "ro",
      ["Trump a spus că se va întâlni cu Putin la un summit cât mai curând posibil.", "Un summit cu Putin trebuie organizat."],
      [
        "Un summit între Putin și Trump necesită pregătiri atente.",
        "Un astfel de summit trebuie pregătit de experți.",
        "O astfel de întâlnire trebuie să abordeze și situația din Siria și programul nuclear al Iranului.",
      ],
    ],
    [
      "ru",
      ["Трамп заявил, что встретится с Путиным на саммите как можно скорее.", "Саммит с Путиным нужно организовать."],
      [
        "Саммит Путина и Трампа требует тщательной подготовки.",
        "Такой саммит должен быть подготовлен экспертами.",
        "На такой встрече нужно обсудить также ситуацию в Сирии и иранскую ядерную программу.",
      ],
    ],
  ])("%s: a summit only called for and prepared omits nothing", (language, us, ru) => {
    expect(flagsOf(two(language, us, ru))).toEqual([]);
  });

  it("a summit that was held still has its omissions", () => {
    const held = two(
      "en",
      ["Trump and Putin met at a summit in Alaska today.", "The summit lasted three hours."],
      [
        "Putin and Trump held a summit in Alaska.",
        "The summit took place in a constructive atmosphere.",
        "The leaders also discussed Iran's nuclear programme at the summit.",
      ],
    );
    expect(flagsOf(held).map((d) => d.topic)).toContain("iran-nuclear");
  });
});

describe("the second half of a hyphenated word is no evaluative term", () => {
  const evals = (language: string, text: string) => read(language, text).evaluations.map((e) => [e.text, e.level]);
  it.each([
    ["en", "Biden called for de-escalation and a return to diplomacy."],
    ["en", "Moscow rejected the non-constructive approach."],
    ["ro", "Moscova a respins abordarea non-constructivă."],
    ["it", "Mosca ha respinto l'approccio non-costruttivo."],
  ])("%s: %s has no term", (language, text) => {
    expect(evals(language, text)).toEqual([]);
  });
  it.each([
    ["en", "Russia's escalating buildup", "escalating", -1],
    ["en", "a business-like conversation", "business-like", 1],
    ["it", "un approccio costruttivo", "costruttivo", 1],
    ["ro", "o abordare constructivă", "constructivă", 1],
  ])("%s: %s keeps its term", (language, text, term, level) => {
    expect(evals(language, text)).toEqual([[term, level]]);
  });
});

describe("'important' is not 'imports': concept forms that a stemmer would cut to a common word", () => {
  it.each([
    ["en", "The leaders discussed the most important issues and the importance of dialogue."],
    ["fr", "Les dirigeants ont évoqué les questions les plus importantes et l'importance du dialogue."],
    ["it", "I leader hanno discusso le questioni più importanti e l'importanza del dialogo."],
    ["es", "Los líderes hablaron de los asuntos más importantes y de la importancia del diálogo."],
  ])("%s: no trade in '%s'", (language, text) => {
    expect(read(language, text).concepts).not.toContain("trade");
  });
  it.each([
    ["en", "Chinese imports of Russian oil grew."],
    ["fr", "Les importations de gaz russe ont augmenté."],
    ["it", "Le importazioni di gas russo sono cresciute."],
    ["es", "La importación de gas ruso creció."],
  ])("%s: trade in '%s'", (language, text) => {
    expect(read(language, text).concepts).toContain("trade");
  });
});

describe("concept forms a stemmer would confuse with common words match as written", () => {
  it.each([
    ["en", "They hope for a lasting peace.", "duration"],
    ["en", "Last week the ministers met.", "duration"],
    ["en", "Questions related to the sanctions were raised.", "relations"],
    ["en", "The phone is mobile.", "mobilization"],
    ["de", "Mehrere Personen wurden festgenommen.", "meeting"],
    ["de", "Das ist sicherlich ein Fortschritt.", "security"],
    ["ro", "Informațiile relative la acest subiect au fost publicate.", "relations"],
    ["ro", "Stabilirea unei coordonări reale este necesară.", "stability"],
    ["ro", "Cooperarea militară a fost discutată.", "terrorism"],
    ["it", "La cooperazione militare è stata discussa.", "terrorism"],
    ["fr", "L'intégration européenne avance.", "extremism"],
    ["ru", "Путин и Трамп договорились о новых контактах.", "treaty"],
  ])("%s: '%s' is not %s", (language, text, concept) => {
    expect(read(language, text).concepts).not.toContain(concept);
  });
  it.each([
    ["en", "The call lasted an hour.", "duration"],
    ["en", "Relations between the two countries are poor.", "relations"],
    ["de", "Sie trafen sich persönlich.", "meeting"],
    ["de", "Die Sicherheit Europas wurde besprochen.", "security"],
    ["ro", "Ei vor să îmbunătăţească relaţiile bilaterale.", "relations"],
    ["ro", "Stabilitatea regională a fost discutată.", "stability"],
    ["ro", "Militanţii Statului Islamic au fost atacați.", "terrorism"],
    ["it", "I militanti dello Stato islamico sono stati colpiti.", "terrorism"],
    ["ru", "Стороны обсудили продление договора о стратегических наступательных вооружениях.", "treaty"],
    ["en", "Moscow called for the mobilisation of reservists.", "mobilization"],
  ])("%s: '%s' is %s", (language, text, concept) => {
    expect(read(language, text).concepts).toContain(concept);
  });
});

describe("omission topics: each subject under one flag, broader subjects listed", () => {
  const call = (language: string, us: string[], ru: string[]) => [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Biden and Putin talked by phone today." }),
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker: "White House", side: "US", assertion })),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: "Putin and Biden held a telephone conversation." }),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion })),
  ];
  const omissions = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission");
  it.each([
    ["en", "The leaders discussed Syria.", "Biden reiterated his support for Ukraine's territorial integrity."],
    ["ru", "Лидеры обсудили Сирию.", "Байден подтвердил поддержку территориальной целостности Украины."],
    ["de", "Die Staatschefs sprachen über Syrien.", "Biden bekräftigte seine Unterstützung für die territoriale Integrität der Ukraine."],
  ])("%s: territorial integrity left out is also sovereignty left out", (language, both, own) => {
    const om = omissions(call(language, [both, own], [both]));
    expect(om).toHaveLength(1);
    expect(om[0]!.topics).toEqual(expect.arrayContaining(["territorial-integrity", "sovereignty"]));
  });
  it("no flag lists the subject of another flag of its event", () => {
    const om = omissions(
      call(
        "en",
        ["The leaders discussed Syria."],
        [
          "The leaders discussed Syria.",
          "On the agenda were Syria, Ukraine, the Korean peninsula, the Israeli-Palestinian conflict and the Iranian nuclear programme.",
        ],
      ),
    );
    expect(om.length).toBeGreaterThanOrEqual(3);
    for (const d of om) for (const t of d.topics ?? []) if (t !== d.topic) expect(om.map((x) => x.topic)).not.toContain(t);
  });
});

describe("a claim the other side matches on its matter is no omission, aligned or not", () => {
  const call = (language: string, us: string[], ru: string[]) => [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today." }),
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker: "White House", side: "US", assertion })),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: "Putin and Trump held a telephone conversation." }),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion })),
  ];
  const omissions = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission");
  // The White House claim aligns with the Kremlin's first; the Kremlin's second (a proposal on the
  // same talks) has a better partner than it, but the White House spoke of its matter.
  it.each([
    [
      "de",
      "Die Staatschefs vereinbarten, die Verhandlungen über das iranische Atomprogramm in Wien fortzusetzen.",
      "Putin machte zudem einen Vorschlag zu den Verhandlungen über das iranische Atomprogramm in Wien.",
      "Putin sprach auch über Venezuela.",
    ],
    [
      "it",
      "I leader hanno concordato di riprendere i negoziati sul programma nucleare iraniano a Vienna.",
      "Putin ha anche avanzato una proposta sui negoziati sul programma nucleare iraniano a Vienna.",
      "Putin ha parlato anche del Venezuela.",
    ],
  ])("%s", (language, both, proposal, other) => {
    expect(omissions(call(language, [both], [both, proposal]))).toEqual([]);
    // A subject the White House never speaks of is still omitted.
    expect(omissions(call(language, [both], [both, other])).map((d) => d.topic)).toEqual(["venezuela"]);
  });
});

describe("amounts: figures after a number word, and a length in two units", () => {
  it.each([
    ["en", "The leaders agreed on a 30-day halt to strikes on energy infrastructure.", 43_200],
    ["en", "It was one 45-minute call.", 45],
    ["ro", "Liderii au convenit asupra unui armistițiu de 30 de zile.", 43_200],
  ])("%s: '%s' is the figures' amount", (language, text, mid) => {
    const d = read(language, text).quantities.filter((q) => q.kind === "duration");
    expect(d).toHaveLength(1);
    expect(Math.round((d[0]!.lo + d[0]!.hi) / 2)).toBe(mid);
  });
  it.each([
    ["en", "The call lasted one hour and 15 minutes."],
    ["ru", "Разговор длился 1 час 15 минут."],
    ["ro", "Convorbirea a durat o oră și 15 minute."],
    ["vi", "Cuộc điện đàm kéo dài 1 giờ 15 phút."],
    ["de", "Das Gespräch dauerte eine Stunde und 15 Minuten."],
  ])("%s: '%s' is 75 minutes", (language, text) => {
    const d = read(language, text).quantities.filter((q) => q.kind === "duration");
    expect(d).toHaveLength(1);
    expect(d[0]!.lo).toBeLessThan(75);
    expect(d[0]!.hi).toBeGreaterThan(75);
    expect(d[0]!.lo).toBeGreaterThan(60);
  });
  it("two lengths apart are not summed", () => {
    expect(read("en", "It lasted an hour, 20 minutes of which on Syria.").quantities.filter((q) => q.kind === "duration")).toHaveLength(2);
    expect(
      read("en", "The call lasted 15 minutes and an hour later they spoke again.")
        .quantities.filter((q) => q.kind === "duration")
        .map((q) => q.text),
    ).toEqual(["15 minutes"]);
  });
});

describe("a state named only as part of a concept is no omitted subject of its own", () => {
  const call = (language: string, us: string[], ru: string[]) => [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today." }),
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker: "White House", side: "US", assertion })),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: "Putin and Trump held a telephone conversation." }),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion })),
  ];
  const topics = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission")
      .flatMap((d) => [d.topic, ...(d.topics ?? [])]);
  it.each([
    [
      "en",
      "The leaders discussed North Korea.",
      "Putin called for restraint and lower tensions on the Korean peninsula.",
      "Putin also spoke of the elections in South Korea.",
    ],
    [
      "ru",
      "Лидеры обсудили Северную Корею.",
      "Путин призвал к сдержанности и снижению напряжённости на Корейском полуострове.",
      "Путин также говорил о выборах в Южной Корее.",
    ],
    [
      "it",
      "I leader hanno discusso della Corea del Nord.",
      "Putin ha chiesto moderazione e una riduzione delle tensioni nella penisola coreana.",
      "Putin ha parlato anche delle elezioni in Corea del Sud.",
    ],
  ])("%s: 'Korean' of the Korean peninsula is not South Korea; South Korea by name is", (language, both, peninsula, south) => {
    expect(topics(call(language, [both], [both, peninsula]))).not.toContain("south-korea");
    expect(topics(call(language, [both], [both, south]))).toContain("south-korea");
  });
});

describe("one source in two outlets needs more in common than two sides on one matter", () => {
  const rep = (id: string, side: string, order: number) =>
    ({ claim: { id, articleId: id.slice(0, 1) }, order, side, listRun: [], keys: [], encounterLevel: null }) as unknown as ClaimRep;
  const pair = (a: ClaimRep, b: ClaimRep, score: number, relation: "same-report" | "corroboration") =>
    ({
      a,
      b,
      relation,
      // A subject in common: below the threshold a pair must share one (see `sharesMatter` in match/assign.ts).
      evidence: { score, containment: score, shared: [{ key: "c:ceasefire", kind: "subject" }], discriminative: true, embedding: null, core: 2, tone: false },
    }) as unknown as ScoredPair;
  const chosen = (p: ScoredPair) => selectAlignments([p], 0.45, () => false).length;
  it("below the threshold, an unambiguous corroboration aligns from half of it, a same-report from three quarters", () => {
    const [x, y, u] = [rep("x1", "RU", 0), rep("y1", "RU", 1), rep("u1", "US", 2)];
    expect(chosen(pair(x, u, 0.3, "corroboration"))).toBe(1);
    expect(chosen(pair(x, y, 0.3, "same-report"))).toBe(0);
    expect(chosen(pair(x, y, 0.36, "same-report"))).toBe(1);
    expect(chosen(pair(x, u, 0.2, "corroboration"))).toBe(0);
  });
});

describe("characterization compares the sides that took part, not a third party reacting", () => {
  const event = (language: string, ru: string, other: string, side: string, speaker: string) => [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Biden and Putin talked by video call today." }),
    makeClaim({ id: "wh:c2", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "They discussed Iran." }),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: "Putin and Biden held a video conference." }),
    makeClaim({ id: "kr:c2", article: "kr", language, speaker: "Kremlin", side: "RU", assertion: ru }),
    makeClaim({ id: "x:c0", article: "x", language: "en", speaker, side, assertion: "The video call between Biden and Putin was welcome." }),
    makeClaim({ id: "x:c1", article: "x", language, speaker, side, assertion: other }),
  ];
  const characterizations = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "characterization");
  it.each([
    [
      "en",
      "Putin expressed serious concern about the provocative actions of Kyiv in Donbas.",
      "The war in Donbas must end; the talks on Donbas were constructive.",
    ],
    [
      "ru",
      "Путин выразил серьёзную обеспокоенность провокационными действиями Киева в Донбассе.",
      "Зеленский заявил, что война в Донбассе должна закончиться, и высоко оценил конструктивные переговоры по Донбассу.",
    ],
  ])("%s: the same words from Kyiv are no characterization; from Washington they are", (language, ru, other) => {
    expect(characterizations(event(language, ru, other, "UA", "Volodymyr Zelenskyy"))).toEqual([]);
    expect(characterizations(event(language, ru, other, "US", "White House")).map((d) => d.topic)).toEqual(["donbas"]);
  });
});

describe("being ready to act is not the preparation a stance sets as a condition", () => {
  it.each([
    ["en", "The United States remains prepared to engage in diplomacy and is prepared for other scenarios."],
    ["ro", "Moscova este pregătită să discute."],
    ["es", "Washington está preparado para negociar."],
    ["it", "Mosca è pronta a negoziare, ha detto Peskov."],
    ["fr", "Moscou est prête à négocier."],
  ])("%s: '%s' is readiness", (language, text) => {
    const r = read(language, text);
    expect(r.concepts).toContain("readiness");
    expect(r.concepts).not.toContain("preparation");
  });
  it.each([
    ["en", "Such a meeting needs to be well prepared."],
    ["ro", "O astfel de întâlnire necesită pregătiri considerabile."],
    ["es", "Una reunión así requiere una preparación cuidadosa."],
    ["fr", "Une telle rencontre doit être bien préparée."],
  ])("%s: '%s' is preparation", (language, text) => {
    expect(read(language, text).concepts).toContain("preparation");
  });
});

describe("a party's government is the party, not a subject two claims share", () => {
  const aligned = (language: string, us: string[], ru: string[]) => {
    const claims = [
      ...us.map((assertion, i) =>
        makeClaim({ id: `wh:c${i + 1}`, article: "wh", language, speaker: "White House", side: "US", assertion, date: "2017-05-02" }),
      ),
      ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 1}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion, date: "2017-05-02" })),
    ];
    return compareClaims(claims).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
  };
  it.each([
    [
      "en",
      ["Trump and Putin had a very good phone call.", "Washington will send an envoy to the ceasefire talks in Astana."],
      ["Putin and Trump spoke by phone.", "The US government and Moscow will try to consolidate the fragile ceasefire in Syria."],
    ],
    [
      "ru",
      ["Трамп и Путин провели очень хороший телефонный разговор.", "Вашингтон направит своего представителя на переговоры о прекращении огня в Астане."],
      ["Путин и Трамп провели телефонный разговор.", "Правительство США и Москва постараются укрепить хрупкое прекращение огня в Сирии."],
    ],
    [
      "it",
      ["Trump e Putin hanno avuto una telefonata molto buona.", "Washington invierà un suo rappresentante ai colloqui sul cessate il fuoco ad Astana."],
      ["Putin e Trump hanno avuto un colloquio telefonico.", "Il governo americano e Mosca cercheranno di consolidare il fragile cessate il fuoco in Siria."],
    ],
  ])("%s: one concept and the other side's government align nothing", (language, us, ru) => {
    expect(aligned(language, us, ru)).not.toContain("kr:c2~wh:c2");
  });

  it.each([
    [
      "en",
      ["Trump and Putin had a very good phone call.", "The two leaders agreed to consolidate the ceasefire in Syria."],
      ["Putin and Trump spoke by phone.", "The presidents agreed to consolidate the fragile ceasefire in Syria."],
    ],
    [
      "ru",
      ["Трамп и Путин провели очень хороший телефонный разговор.", "Лидеры договорились укрепить прекращение огня в Сирии."],
      ["Путин и Трамп провели телефонный разговор.", "Президенты договорились укрепить хрупкое прекращение огня в Сирии."],
    ],
  ])("%s: the same subject, place and act still align", (language, us, ru) => {
    expect(aligned(language, us, ru)).toContain("kr:c2~wh:c2");
  });

  it("a ministry of a party's side stays a subject of its own", () => {
    const us = ["Trump and Putin had a very good phone call.", "The Pentagon will monitor the ceasefire."];
    const ru = ["Putin and Trump spoke by phone.", "The Pentagon is to monitor the fragile ceasefire, the Kremlin said."];
    expect(aligned("en", us, ru)).toContain("kr:c2~wh:c2");
  });
});

describe("an act negated on one matter does not keep apart two claims on another", () => {
  // The rest of the call's claims, so the event has its usual size.
  const others: Record<string, string[]> = {
    en: [
      "Biden and Xi spoke by phone for almost two hours.",
      "Xi warned that attempts to hold back Chinese technology would be answered.",
      "Biden raised freedom of navigation in the South China Sea.",
      "Xi called the talks candid and constructive.",
      "Biden said export controls protect national security.",
    ],
    it: [
      "Biden e Xi hanno parlato al telefono per quasi due ore.",
      "Xi ha avvertito che i tentativi di frenare la tecnologia cinese avranno una risposta.",
      "Biden ha sollevato la libertà di navigazione nel Mar Cinese Meridionale.",
      "Xi ha definito il colloquio franco e costruttivo.",
      "Biden ha detto che i controlli sulle esportazioni proteggono la sicurezza nazionale.",
    ],
    ru: [
      "Байден и Си говорили по телефону почти два часа.",
      "Си предупредил, что попытки сдержать китайские технологии получат ответ.",
      "Байден поднял вопрос о свободе судоходства в Южно-Китайском море.",
      "Си назвал беседу откровенной и конструктивной.",
      "Байден заявил, что экспортный контроль защищает национальную безопасность.",
    ],
  };
  const pairs = (language: string, cn: string, us: string) => {
    const claims = [
      makeClaim({ id: "cn:c1", article: "cn", language, speaker: "Chinese government", side: "CN", assertion: cn, date: "2024-04-02" }),
      makeClaim({ id: "us:c1", article: "us", language, speaker: "White House", side: "US", assertion: us, date: "2024-04-02" }),
      ...others[language]!.map((assertion, i) =>
        makeClaim({
          id: `o${i}:c1`,
          article: `o${i}`,
          language,
          speaker: i % 2 ? "Chinese government" : "White House",
          side: i % 2 ? "CN" : "US",
          assertion,
          date: "2024-04-02",
        }),
      ),
    ];
    return compareClaims(claims).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
  };
  it.each([
    [
      "en",
      "Biden said the US does not seek a new Cold War, does not support Taiwan independence and follows the One China policy.",
      "Biden reaffirmed that the United States respects the One China policy.",
      "Biden said the United States does not respect the One China policy.",
    ],
    [
      "it",
      "Biden ha detto che gli Stati Uniti non cercano una nuova guerra fredda, non sostengono l'indipendenza di Taiwan e rispettano il principio dell'Unica Cina.",
      "Biden ha ribadito che gli Stati Uniti rispettano il principio dell'Unica Cina.",
      "Biden ha detto che gli Stati Uniti non rispettano il principio dell'Unica Cina.",
    ],
    [
      "ru",
      "Байден заявил, что США не стремятся к новой холодной войне, не поддерживают независимость Тайваня и придерживаются принципа одного Китая.",
      "Байден подтвердил, что США поддерживают принцип одного Китая.",
      "Байден заявил, что США не поддерживают принцип одного Китая.",
    ],
  ])("%s: the list and its item align; the item negated does not", (language, list, item, negated) => {
    expect(pairs(language, list, item)).toContain("cn:c1~us:c1");
    expect(pairs(language, item.replace(/.*/, negated), item)).not.toContain("cn:c1~us:c1");
  });
});

describe("remarks made later in an interview are no part of the side's account of the encounter", () => {
  const omissions = (claims: Claim[]) =>
    compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission");
  // The White House reports the call; Trump's words follow, placed in an interview or not.
  const call = (language: string, trump: string[]) => [
    makeClaim({
      id: "us:c1",
      article: "us",
      language: "en",
      speaker: "White House",
      side: "US",
      assertion: "Trump and Putin talked by phone today about Ukraine.",
      date: "2025-03-18",
    }),
    // In the order of the article: each claim after the one before.
    ...trump.map((assertion, i) => {
      const c = makeClaim({ id: `us:c${i + 2}`, article: "us", language, speaker: "Donald Trump", side: "US", assertion, date: "2025-03-18" });
      const at = 100 * (i + 1);
      return { ...c, assertionSpan: [at, at + assertion.length] as [number, number], span: [at, at + assertion.length] as [number, number] };
    }),
    makeClaim({
      id: "kr:c1",
      article: "kr",
      language: "en",
      speaker: "Kremlin",
      side: "RU",
      assertion: "Putin and Trump held a telephone conversation.",
      date: "2025-03-18",
    }),
    makeClaim({
      id: "kr:c2",
      article: "kr",
      language: "en",
      speaker: "Kremlin",
      side: "RU",
      assertion: "Putin and Trump discussed Ukraine.",
      date: "2025-03-18",
    }),
  ];
  const named = (claims: Claim[]) => omissions(claims).flatMap((d) => d.topics ?? [d.topic]);
  it.each([
    [
      "en",
      "In an interview with Fox News, Trump said that Putin also spoke about Venezuela.",
      "Trump said that Putin also spoke about Venezuela.",
      "Trump also spoke about Cuba.",
    ],
    [
      "de",
      "In einem Interview mit Fox News sagte Trump, Putin habe auch über Venezuela gesprochen.",
      "Trump sagte, Putin habe auch über Venezuela gesprochen.",
      "Trump sprach auch über Kuba.",
    ],
    [
      "fr",
      "Dans une interview à Fox News, Trump a dit que Poutine avait aussi parlé du Venezuela.",
      "Trump a dit que Poutine avait aussi parlé du Venezuela.",
      "Trump a aussi parlé de Cuba.",
    ],
    [
      "es",
      "En una entrevista con Fox News, Trump dijo que Putin también habló de Venezuela.",
      "Trump dijo que Putin también habló de Venezuela.",
      "Trump también habló de Cuba.",
    ],
    [
      "it",
      "In un'intervista a Fox News, Trump ha detto che Putin ha parlato anche del Venezuela.",
      "Trump ha detto che Putin ha parlato anche del Venezuela.",
      "Trump ha parlato anche di Cuba.",
    ],
    [
      "ro",
      "Într-un interviu acordat Fox News, Trump a spus că Putin a vorbit și despre Venezuela.",
      "Trump a spus că Putin a vorbit și despre Venezuela.",
      "Trump a vorbit și despre Cuba.",
    ],
    [
      "pl",
      "W wywiadzie dla Fox News Trump powiedział, że Putin mówił też o Wenezueli.",
      "Trump powiedział, że Putin mówił też o Wenezueli.",
      "Trump powiedział, że Kuba też była omawiana.",
    ],
    [
      "ru",
      "В интервью Fox News Трамп сказал, что Путин говорил также о Венесуэле.",
      "Трамп сказал, что Путин говорил также о Венесуэле.",
      "Трамп сказал, что Куба тоже обсуждалась.",
    ],
    [
      "uk",
      "В інтерв'ю Fox News Трамп сказав, що Путін говорив також про Венесуелу.",
      "Трамп сказав, що Путін говорив також про Венесуелу.",
      "Трамп сказав, що Куба теж обговорювалася.",
    ],
    [
      "vi",
      "Trong cuộc phỏng vấn với Fox News, Trump nói Putin cũng đã đề cập đến Venezuela.",
      "Trump nói Putin cũng đã đề cập đến Venezuela.",
      "Trump cũng nói về Cuba.",
    ],
  ])("%s", (language, interview, plain, next) => {
    // Placed in an interview: neither that claim nor the speaker's next one is omitted.
    const later = named(call(language, [interview, next]));
    expect(later).not.toContain("venezuela");
    expect(later).not.toContain("cuba");
    // The same words with no venue are the side's account: the other side leaves them out.
    const told = named(call(language, [plain, next]));
    expect(told).toContain("venezuela");
    expect(told).toContain("cuba");
  });

  it("the readout quoted after the interview is still the side's account", () => {
    const claims = call("en", ["In an interview with Fox News, Trump said that Putin also spoke about Venezuela."]);
    const readout = makeClaim({
      id: "us:c9",
      article: "us",
      language: "en",
      speaker: "White House",
      side: "US",
      assertion: "The White House said the leaders also discussed Cuba.",
      date: "2025-03-18",
    });
    claims.push({ ...readout, assertionSpan: [900, 960], span: [900, 960] });
    const topics = named(claims);
    expect(topics).not.toContain("venezuela");
    expect(topics).toContain("cuba");
  });
});

describe("a third party's own encounter on another day is no report of the event", () => {
  // A call between the US and Russia on 7 December; Ukraine's president speaks of Donbas, which
  // neither readout names: in his own call with Biden to come, or in the call of the event.
  const flagged = (language: string, sentence: string) => {
    const claims = [
      makeClaim({
        id: "us:c1",
        article: "us",
        speaker: "White House",
        side: "US",
        assertion: "Biden and Putin held a phone call today on Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "us:c2",
        article: "us",
        speaker: "White House",
        side: "US",
        assertion: "Biden voiced concern about Russia's military buildup near Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "kr:c1",
        article: "kr",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin and Biden held a telephone conversation on Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "kr:c2",
        article: "kr",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin warned against NATO's military activity near Russia's borders.",
        date: "2021-12-07",
      }),
      makeClaim({ id: "ua:c1", article: "ua", language, speaker: "Volodymyr Zelenskyy", side: "UA", assertion: sentence, date: "2021-12-07" }),
      makeClaim({
        id: "ua:c2",
        article: "ua",
        speaker: "Volodymyr Zelenskyy",
        side: "UA",
        assertion: "Zelensky said Ukraine welcomed the talks between Biden and Putin.",
        date: "2021-12-07",
      }),
    ];
    return compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission" && d.claims.includes("ua:c1")).length;
  };
  it.each([
    [
      "en",
      "Zelensky said he would discuss Donbas with Biden in a phone call on December 9.",
      "Zelensky said Biden and Putin discussed Donbas in their phone call on December 7.",
    ],
    [
      "de",
      "Selenskyj sagte, er werde am 9. Dezember in einem Telefongespräch mit Biden über den Donbass sprechen.",
      "Selenskyj sagte, Biden und Putin hätten in ihrem Telefongespräch am 7. Dezember über den Donbass gesprochen.",
    ],
    [
      "fr",
      "Zelensky a dit qu'il parlerait du Donbass avec Biden lors d'un appel téléphonique le 9 décembre.",
      "Zelensky a dit que Biden et Poutine avaient parlé du Donbass lors de leur appel téléphonique le 7 décembre.",
    ],
    [
      "es",
      "Zelenski dijo que hablaría del Donbás con Biden en una llamada telefónica el 9 de diciembre.",
      "Zelenski dijo que Biden y Putin hablaron del Donbás en su llamada telefónica el 7 de diciembre.",
    ],
    [
      "it",
      "Zelensky ha detto che parlerà del Donbass con Biden in una telefonata il 9 dicembre.",
      "Zelensky ha detto che Biden e Putin hanno parlato del Donbass nella telefonata del 7 dicembre.",
    ],
    [
      "ro",
      "Zelenski a spus că va discuta despre Donbas cu Biden într-o convorbire telefonică pe 9 decembrie.",
      "Zelenski a spus că Biden și Putin au discutat despre Donbas în convorbirea telefonică din 7 decembrie.",
    ],
    [
      "pl",
      "Zełenski powiedział, że omówi sytuację w Donbasie z Bidenem w rozmowie telefonicznej 9 grudnia.",
      "Zełenski powiedział, że Biden i Putin omówili sytuację w Donbasie w rozmowie telefonicznej 7 grudnia.",
    ],
    [
      "ru",
      "Зеленский сказал, что обсудит Донбасс с Байденом в телефонном разговоре 9 декабря.",
      "Зеленский сказал, что Байден и Путин обсудили Донбасс в телефонном разговоре 7 декабря.",
    ],
    [
      "uk",
      "Зеленський сказав, що обговорить Донбас з Байденом у телефонній розмові 9 грудня.",
      "Зеленський сказав, що Байден і Путін обговорили Донбас у телефонній розмові 7 грудня.",
    ],
    [
      "vi",
      "Zelensky nói ông sẽ thảo luận về Donbass với Biden trong cuộc điện đàm ngày 9 tháng 12.",
      "Zelensky nói Biden và Putin đã thảo luận về Donbass trong cuộc điện đàm ngày 7 tháng 12.",
    ],
  ])("%s", (language, own, event) => {
    expect(flagged(language, own)).toBe(0);
    // The event's own call, on its day (or the day after, another time zone), is reported.
    expect(flagged(language, event)).toBeGreaterThan(0);
  });
});

describe("the number in a month's name of several words is no day of its own", () => {
  const dates = (text: string) =>
    read("vi", text)
      .quantities.filter((q) => q.kind === "date")
      .map((q) => `${q.unit}:${q.lo}:${q.text}`);
  it("a day before 'tháng 12' (December) is one date, not also the 12th of December", () => {
    expect(dates("Cuộc điện đàm diễn ra ngày 7 tháng 12.")).toEqual(["day:1207:7 tháng 12"]);
  });
  it("the month alone stays a month", () => {
    expect(dates("Cuộc điện đàm diễn ra vào tháng 12.")).toEqual(["month:1200:tháng 12"]);
  });
});

describe("the tone is how those who took part describe their encounter, not a third party's reaction", () => {
  const toneFlags = (language: string, sentence: string, speaker: string, side: string) => {
    const claims = [
      makeClaim({
        id: "us:c1",
        article: "us",
        speaker: "White House",
        side: "US",
        assertion: "Biden and Putin held a phone call today on Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "us:c2",
        article: "us",
        speaker: "White House",
        side: "US",
        assertion: "Biden voiced concern about Russia's military buildup near Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "kr:c1",
        article: "kr",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin and Biden held a telephone conversation on Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({
        id: "kr:c2",
        article: "kr",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin voiced concern about NATO's military activity near Ukraine.",
        date: "2021-12-07",
      }),
      makeClaim({ id: "x:c1", article: "x", speaker, side, language, assertion: sentence, date: "2021-12-07" }),
      makeClaim({ id: "x:c2", article: "x", speaker, side, assertion: "Biden and Putin discussed Ukraine.", date: "2021-12-07" }),
    ];
    return compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission" && d.topic === "tone" && d.claims.includes("x:c1")).length;
  };
  it.each([
    ["en", "The conversation between Biden and Putin was constructive."],
    ["de", "Das Gespräch zwischen Biden und Putin war konstruktiv."],
    ["fr", "La conversation entre Biden et Poutine a été constructive."],
    ["es", "La conversación entre Biden y Putin fue constructiva."],
    ["it", "La conversazione tra Biden e Putin è stata costruttiva."],
    ["ro", "Convorbirea dintre Biden și Putin a fost constructivă."],
    ["pl", "Rozmowa Bidena z Putinem była konstruktywna."],
    ["ru", "Разговор Байдена и Путина был конструктивным."],
    ["uk", "Розмова Байдена і Путіна була конструктивною."],
    ["vi", "Cuộc điện đàm giữa Biden và Putin mang tính xây dựng."],
  ])("%s", (language, sentence) => {
    // Ukraine's president welcoming the call: no tone the White House left out.
    expect(toneFlags(language, sentence, "Volodymyr Zelenskyy", "UA")).toBe(0);
    // The Kremlin describing its own call: the White House gives no tone.
    expect(toneFlags(language, sentence, "Dmitry Peskov", "RU")).toBeGreaterThan(0);
  });
});

describe("a matter named only under a condition is not asserted: the other side's distance from it is no contrast", () => {
  const characterized = (us: string, ru: string, language: string) => {
    const claims = [
      makeClaim({ id: "us:c1", article: "us", speaker: "White House", side: "US", assertion: "Biden and Putin held a phone call today.", date: "2022-02-12" }),
      makeClaim({ id: "us:c2", article: "us", language, speaker: "White House", side: "US", assertion: us, date: "2022-02-12" }),
      makeClaim({
        id: "kr:c1",
        article: "kr",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin and Biden held a telephone conversation.",
        date: "2022-02-12",
      }),
      makeClaim({ id: "kr:c2", article: "kr", language, speaker: "Kremlin", side: "RU", assertion: ru, date: "2022-02-12" }),
    ];
    return compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "characterization" && d.claims.includes("us:c2") && d.claims.includes("kr:c2")).length;
  };
  it.each([
    [
      "en",
      "A Russian invasion of Ukraine would bring great human suffering.",
      "A Russian invasion of Ukraine is bringing great human suffering.",
      "The Americans speak of the alleged Russian invasion of Ukraine.",
    ],
    [
      "de",
      "Eine russische Invasion der Ukraine würde großes menschliches Leid bringen.",
      "Die russische Invasion der Ukraine bringt großes menschliches Leid.",
      "Die Amerikaner sprechen von der angeblichen russischen Invasion der Ukraine.",
    ],
    [
      "ru",
      "Российское вторжение в Украину принесло бы огромные человеческие страдания.",
      "Российское вторжение в Украину приносит огромные человеческие страдания.",
      "Американцы говорят о якобы российском вторжении в Украину.",
    ],
    [
      "fr",
      "Une invasion russe de l'Ukraine serait une source de grandes souffrances humaines.",
      "L'invasion russe de l'Ukraine est une source de grandes souffrances humaines.",
      "Les Américains parlent de la prétendue invasion russe de l'Ukraine.",
    ],
    [
      "es",
      "Una invasión rusa de Ucrania sería causa de un gran sufrimiento humano.",
      "La invasión rusa de Ucrania es causa de un gran sufrimiento humano.",
      "Los estadounidenses hablan de la supuesta invasión rusa de Ucrania.",
    ],
    [
      "it",
      "Un'invasione russa dell'Ucraina sarebbe causa di grandi sofferenze umane.",
      "L'invasione russa dell'Ucraina è causa di grandi sofferenze umane.",
      "Gli americani parlano della cosiddetta invasione russa dell'Ucraina.",
    ],
    [
      "ro",
      "O invazie rusă a Ucrainei ar aduce mari suferințe umane.",
      "Invazia rusă a Ucrainei aduce mari suferințe umane.",
      "Americanii vorbesc despre pretinsa invazie rusă a Ucrainei.",
    ],
    [
      "pl",
      "Gdyby doszło do rosyjskiej inwazji na Ukrainę, przyniosłaby ona wielkie ludzkie cierpienie.",
      "Rosyjska inwazja na Ukrainę przynosi wielkie ludzkie cierpienie.",
      "Amerykanie mówią o rzekomej rosyjskiej inwazji na Ukrainę.",
    ],
    [
      "uk",
      "Російське вторгнення в Україну принесло б величезні людські страждання.",
      "Російське вторгнення в Україну приносить величезні людські страждання.",
      "Американці говорять про нібито російське вторгнення в Україну.",
    ],
    [
      "vi",
      "Nếu Nga xâm lược Ukraine, điều đó sẽ gây ra đau khổ lớn cho con người.",
      "Cuộc xâm lược Ukraine của Nga đang gây ra đau khổ lớn cho con người.",
      "Người Mỹ nói về cái gọi là cuộc xâm lược Ukraine của Nga.",
    ],
  ])("%s", (language, conditional, asserted, distanced) => {
    expect(characterized(conditional, distanced, language)).toBe(0);
    expect(characterized(asserted, distanced, language)).toBe(1);
  });

  it("a condition in another clause of the claim leaves the matter asserted", () => {
    const us =
      "The Russian invasion of Ukraine is bringing great human suffering, and the United States and its allies would respond decisively to any further step.";
    expect(characterized(us, "The Americans speak of the alleged Russian invasion of Ukraine.", "en")).toBe(1);
  });
});

describe("a state omitted in one article joins the omitted subject about it in another", () => {
  const flags = (language: string, israel: string) => {
    const claims = [
      makeClaim({ id: "us:c1", article: "us", speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today.", date: "2017-01-28" }),
      makeClaim({
        id: "us:c2",
        article: "us",
        speaker: "White House",
        side: "US",
        assertion: "Trump and Putin discussed the fight against terrorism.",
        date: "2017-01-28",
      }),
      makeClaim({
        id: "k1:c1",
        article: "k1",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin and Trump held a telephone conversation.",
        date: "2017-01-28",
      }),
      makeClaim({
        id: "k1:c2",
        article: "k1",
        speaker: "Kremlin",
        side: "RU",
        assertion: "The leaders discussed the Israeli-Palestinian conflict.",
        date: "2017-01-28",
      }),
      makeClaim({
        id: "k2:c1",
        article: "k2",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Putin and Trump held a telephone conversation.",
        date: "2017-01-28",
      }),
      makeClaim({ id: "k2:c2", article: "k2", language, speaker: "Kremlin", side: "RU", assertion: israel, date: "2017-01-28" }),
      makeClaim({ id: "k2:c3", article: "k2", speaker: "Kremlin", side: "RU", assertion: "Putin also spoke about Japan.", date: "2017-01-28" }),
    ];
    return compareClaims(claims)
      .events.flatMap((e) => e.disagreements)
      .filter((d) => d.type === "omission" && d.claims.every((id) => !id.startsWith("us:")))
      .map((d) => `${d.topic}:${[...d.claims].sort().join(",")}`)
      .sort();
  };
  it.each([
    ["en", "Putin also spoke about Israel."],
    ["de", "Putin sprach auch über Israel."],
    ["fr", "Poutine a aussi parlé d'Israël."],
    ["es", "Putin también habló de Israel."],
    ["it", "Putin ha parlato anche di Israele."],
    ["ro", "Putin a vorbit și despre Israel."],
    ["pl", "Putin powiedział, że Izrael też był tematem."],
    ["ru", "Путин сказал, что Израиль тоже обсуждался."],
    ["uk", "Путін сказав, що Ізраїль теж обговорювався."],
    ["vi", "Putin cũng nói về Israel."],
  ])("%s", (language, israel) => {
    // One flag for the conflict and the state; Japan, about which no subject is omitted, keeps its own.
    expect(flags(language, israel)).toEqual(["israel-palestine:k1:c2,k2:c2", "japan:k2:c3"]);
  });
});
