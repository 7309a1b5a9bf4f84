import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ExtractionResult } from "../src/schema/claim.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

type Row = [id: string, speaker: string, side: string, assertion: string, date?: string | null];

/**
 * An article as extraction gives it: its title, its publication day and its claims, each a
 * paragraph of the text (a claim's date is the publication day unless given; null: undated).
 */
function article(id: string, language: string, publishedAt: string | null, title: string | null, rows: Row[]): ExtractionResult {
  let text = title ? `${title}\n\n` : "";
  const claims = rows.map(([cid, speaker, side, assertion, date]) => {
    const start = text.length;
    text += `${assertion}\n\n`;
    const c = makeClaim({ id: `${id}:${cid}`, article: id, language, speaker, side, assertion, date: date === undefined ? publishedAt : date });
    return { ...c, span: [start, start + assertion.length] as [number, number], assertionSpan: [start, start + assertion.length] as [number, number] };
  });
  return articleResult({ id, language, title, publishedAt, text, claims });
}

/** The articles with one claim's text replaced. */
const replacing = (articles: ExtractionResult[], id: string, assertion: string) =>
  articles.map((a) => ({ ...a, claims: a.claims.map((c) => (c.id === id ? { ...c, assertion } : c)) }));

const eventOf = (result: ComparisonResult, id: string) => result.events.find((e) => e.claims.includes(id));
/** Whether two claims are joined by the alignments (one report carried by several outlets is aligned as a star, not every pair). */
function linked(result: ComparisonResult, x: string, y: string): boolean {
  const seen = new Set([x]);
  const todo = [x];
  const all = pairs(result).map((p) => p.split("~"));
  while (todo.length) {
    const at = todo.pop()!;
    for (const [a, b] of all) {
      const next = a === at ? b! : b === at ? a! : null;
      if (next && !seen.has(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return seen.has(y);
}
const pairs = (result: ComparisonResult) => result.events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));

/**
 * Fictional coverage written for these tests: Trump calls Putin on Monday 23 November and Erdoğan
 * on Tuesday 24 November. Each call has its readout and outlets in other languages; a French
 * agency's roundup reports both calls, each claim dated to its call's day.
 */
const MON = "2026-11-23";
const TUE = "2026-11-24";
const TWO_CALLS: ExtractionResult[] = [
  article("wh1", "en", MON, "Readout of President Trump's Call with President Putin of Russia", [
    [
      "c1",
      "White House",
      "US",
      "President Trump spoke today with President Vladimir Putin of Russia about the exchange of prisoners and the grain corridor in the Black Sea.",
    ],
    ["c2", "White House", "US", "President Trump stressed that attacks on energy infrastructure must stop before winter."],
  ]),
  article("kr1", "ru", MON, "Телефонный разговор с Президентом США Дональдом Трампом", [
    ["c1", "Kremlin", "RU", "Владимир Путин и Дональд Трамп обсудили обмен военнопленными и зерновой коридор в Черном море."],
    ["c2", "Kremlin", "RU", "Разговор продолжался полтора часа и был откровенным и деловым."],
  ]),
  article("es1", "es", MON, "Trump y Putin hablan por teléfono sobre prisioneros y el corredor de grano", [
    ["c1", "Kremlin", "RU", "la conversación duró una hora y media y fue franca."],
  ]),
  article("wh2", "en", TUE, "Readout of President Trump's Call with President Erdoğan of Türkiye", [
    [
      "c1",
      "White House",
      "US",
      "President Trump spoke today with President Recep Tayyip Erdoğan about the delivery of F-35 fighter jets and the situation in Syria.",
    ],
    ["c2", "White House", "US", "President Trump thanked President Erdoğan for offering Istanbul as the venue of the talks between Russia and Ukraine."],
  ]),
  article("de2", "de", TUE, "Erdoğan telefoniert mit Trump über Kampfjets", [
    ["c1", "Recep Tayyip Erdoğan", "TR", "die Türkei sei bereit, die Gespräche zwischen Russland und der Ukraine in Istanbul auszurichten."],
  ]),
  article("it2", "it", TUE, "Trump sente Erdogan, sul tavolo gli F-35 e la Siria", [
    ["c1", "White House", "US", "Trump ha ringraziato Erdogan per aver offerto Istanbul come sede dei colloqui tra Russia e Ucraina."],
  ]),
  article("fr", "fr", TUE, "Donald Trump multiplie les appels: Poutine lundi, Erdogan mardi", [
    ["c1", "White House", "US", "Donald Trump et Vladimir Poutine ont évoqué lundi l'échange de prisonniers et le corridor céréalier en mer Noire.", MON],
    ["c2", "Kremlin", "RU", "l'entretien avec Donald Trump a duré une heure et demie.", MON],
    ["c3", "White House", "US", "Donald Trump a remercié mardi Recep Tayyip Erdogan d'avoir proposé Istanbul pour accueillir les pourparlers.", TUE],
    ["c4", "Recep Tayyip Erdoğan", "TR", "la livraison des F-35 ne peut plus être retardée.", TUE],
  ]),
];

describe("two calls of one leader on consecutive days with different partners", () => {
  const result = compareClaims(TWO_CALLS);

  it("are two events, each of its two leaders and its day", () => {
    const putin = eventOf(result, "wh1:c1")!;
    const erdogan = eventOf(result, "wh2:c1")!;
    expect(putin.id).not.toBe(erdogan.id);
    expect([...putin.participants].sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
    expect([...erdogan.participants].sort()).toEqual(["Donald Trump", "Recep Tayyip Erdoğan"]);
    expect(putin.date).toBe(MON);
    expect(erdogan.date).toBe(TUE);
    for (const id of ["kr1:c1", "kr1:c2", "es1:c1"]) expect(eventOf(result, id)?.id).toBe(putin.id);
    for (const id of ["wh2:c2", "de2:c1", "it2:c1"]) expect(eventOf(result, id)?.id).toBe(erdogan.id);
  });

  it("a roundup of both calls gives each call its claims: the partner named, the partner speaking", () => {
    const putin = eventOf(result, "wh1:c1")!.id;
    const erdogan = eventOf(result, "wh2:c1")!.id;
    expect(eventOf(result, "fr:c1")?.id).toBe(putin);
    expect(eventOf(result, "fr:c2")?.id).toBe(putin);
    // "remercié mardi Erdogan": the partner of the other call; Erdoğan's own words: his call.
    expect(eventOf(result, "fr:c3")?.id).toBe(erdogan);
    expect(eventOf(result, "fr:c4")?.id).toBe(erdogan);
  });

  it("aligns each call's reports across languages, and nothing across the two calls", () => {
    const p = pairs(result);
    // Each report across languages and sides: one statement in several outlets is linked as a star.
    for (const [x, y] of [
      ["kr1:c1", "wh1:c1"],
      ["fr:c1", "wh1:c1"],
      ["fr:c3", "wh2:c2"],
      ["it2:c1", "wh2:c2"],
      ["es1:c1", "kr1:c2"],
      ["fr:c2", "kr1:c2"],
    ])
      expect(linked(result, x!, y!), `${x} ~ ${y}`).toBe(true);
    const tuesday = new Set(["wh2:c1", "wh2:c2", "de2:c1", "it2:c1", "fr:c3", "fr:c4"]);
    for (const pair of p) {
      const [x, y] = pair.split("~");
      expect(tuesday.has(x!)).toBe(tuesday.has(y!));
    }
  });

  it("an article on one call that names the other partner only in passing stays with its call", () => {
    const passing = article("ru3", "ru", MON, "Путин и Трамп провели телефонный разговор", [
      ["c1", "Kremlin", "RU", "Путин и Трамп обсудили обмен военнопленными; Эрдоган предложил Стамбул для переговоров."],
      ["c2", "Kremlin", "RU", "Путин назвал разговор с Трампом деловым."],
    ]);
    const r = compareClaims([...TWO_CALLS, passing]);
    expect(eventOf(r, "ru3:c2")?.id).toBe(eventOf(r, "wh1:c1")?.id);
    // It names the partner of the other call but speaks of this one's prisoners on this one's day.
    expect(eventOf(r, "ru3:c1")?.id).toBe(eventOf(r, "wh1:c1")?.id);
  });

  it("a readout of a leader's call with another partner never joins the first call, on the same day too", () => {
    const sameDay = TWO_CALLS.map((a) => ({
      ...a,
      article: { ...a.article, publishedAt: MON },
      claims: a.claims.map((c) => ({ ...c, date: { ...c.date, iso: MON } })),
    }));
    const r = compareClaims(sameDay);
    expect(eventOf(r, "wh2:c1")?.id).not.toBe(eventOf(r, "wh1:c1")?.id);
    expect(eventOf(r, "de2:c1")?.id).toBe(eventOf(r, "wh2:c1")?.id);
    expect(eventOf(r, "fr:c4")?.id).toBe(eventOf(r, "wh2:c1")?.id);
  });
});

/**
 * Fictional coverage written for these tests: Zelenskyy speaks with Macron, Merz and Starmer on
 * one day. A Ukrainian and a Polish roundup report all three calls; each counterpart's office
 * publishes its own readout.
 */
const DAY = "2026-11-26";
const THREE_CALLS: ExtractionResult[] = [
  article("ua", "uk", DAY, "Зеленський провів розмови з Макроном, Мерцом і Стармером", [
    ["c1", "Volodymyr Zelenskyy", "UA", "Говорив з Емманюелем Макроном про постачання систем ППО та французькі літаки Rafale."],
    ["c2", "Volodymyr Zelenskyy", "UA", "Також провів розмову з Кіром Стармером щодо санкцій проти танкерів тіньового флоту."],
    ["c3", "Volodymyr Zelenskyy", "UA", "Україна вдячна партнерам за підтримку."],
  ]),
  article("el", "fr", DAY, null, [
    ["c1", "Élysée", "FR", "Emmanuel Macron s'est entretenu avec Volodymyr Zelensky de la livraison de systèmes de défense aérienne et d'avions Rafale."],
  ]),
  article("bu", "de", DAY, null, [
    [
      "c1",
      "Bundesregierung",
      "DE",
      "Bundeskanzler Friedrich Merz hat mit Wolodymyr Selenskyj über Taurus-Marschflugkörper und den Wiederaufbau der Energieversorgung telefoniert.",
    ],
  ]),
  article("ds", "en", DAY, null, [
    ["c1", "Downing Street", "GB", "The Prime Minister Keir Starmer spoke with President Zelenskyy about sanctions on shadow fleet tankers."],
  ]),
  article("pl", "pl", DAY, "Zełenski rozmawiał z Macronem, Merzem i Starmerem", [
    ["c1", "Volodymyr Zelenskyy", "UA", "rozmawiał z Emmanuelem Macronem o dostawach systemów obrony powietrznej i samolotów Rafale."],
    ["c2", "Volodymyr Zelenskyy", "UA", "z Friedrichem Merzem omówił pociski Taurus i odbudowę energetyki."],
    ["c3", "Volodymyr Zelenskyy", "UA", "ze Starmerem rozmawiał o sankcjach wobec tankowców floty cieni."],
  ]),
];

describe("a roundup of three calls beside each partner's readout", () => {
  const result = compareClaims(THREE_CALLS);

  it("is three events, each roundup claim in the event of the call it names", () => {
    const macron = eventOf(result, "el:c1")!.id;
    const merz = eventOf(result, "bu:c1")!.id;
    const starmer = eventOf(result, "ds:c1")!.id;
    expect(new Set([macron, merz, starmer]).size).toBe(3);
    expect(eventOf(result, "ua:c1")?.id).toBe(macron);
    expect(eventOf(result, "pl:c1")?.id).toBe(macron);
    expect(eventOf(result, "pl:c2")?.id).toBe(merz);
    expect(eventOf(result, "ua:c2")?.id).toBe(starmer);
    expect(eventOf(result, "pl:c3")?.id).toBe(starmer);
  });

  it("aligns the two sides' accounts of each call on two specific things in common", () => {
    const p = pairs(result);
    // Air defence and Rafale jets: a core short of two pieces that stands out in both articles.
    expect(linked(result, "el:c1", "ua:c1")).toBe(true);
    expect(linked(result, "el:c1", "pl:c1")).toBe(true);
    expect(p).toContain("bu:c1~pl:c2");
  });

  it("one specific thing in common is not enough for a pair short of a full core", () => {
    const r = compareClaims(
      replacing(THREE_CALLS, "el:c1", "Emmanuel Macron s'est entretenu avec Volodymyr Zelensky de la défense aérienne et de la reconstruction."),
    );
    expect(linked(r, "el:c1", "ua:c1")).toBe(false);
  });
});

/**
 * Fictional coverage written for these tests: a Trump–Putin call on 23 November, Zelenskyy's
 * reaction the next day, and two undated outlets.
 */
const REACTION: ExtractionResult[] = [
  article("wh", "en", MON, "Readout of President Trump's Call with President Putin", [
    ["c1", "White House", "US", "President Trump spoke with President Putin about a ceasefire along the front line and the exchange of prisoners."],
    ["c2", "White House", "US", "The leaders agreed to continue talks on a ceasefire in Ukraine."],
  ]),
  article("kr", "ru", MON, null, [["c1", "Kremlin", "RU", "Владимир Путин и Дональд Трамп обсудили прекращение огня и обмен пленными."]]),
  article("ua", "uk", TUE, "Зеленський прокоментував розмову Трампа з Путіним", [
    ["c1", "Volodymyr Zelenskyy", "UA", "Україна готова до припинення вогню, але не визнає окупованих територій."],
    ["c2", "Volodymyr Zelenskyy", "UA", "Трамп після розмови з Путіним має посилити санкції проти Росії."],
  ]),
  article("it", "it", null, null, [
    ["c1", "Volodymyr Zelenskyy", "UA", "Zelensky ha chiesto a Trump di inasprire le sanzioni contro la Russia dopo la telefonata con Putin."],
  ]),
  article("ro", "ro", null, null, [["c1", "White House", "US", "Trump și Putin au convenit să continue negocierile privind un armistițiu în Ucraina."]]),
];

describe("a third party reacting to a call and undated articles", () => {
  const result = compareClaims(REACTION);

  it("are one event with the call, dated by the parties' own claims", () => {
    const call = eventOf(result, "wh:c1")!;
    for (const id of ["kr:c1", "ua:c1", "ua:c2", "it:c1", "ro:c1"]) expect(eventOf(result, id)?.id).toBe(call.id);
    expect([...call.participants].sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
    // Zelenskyy's "after the conversation" the next day does not move the call.
    expect(call.date).toBe(MON);
  });

  it("the undated outlet aligns with the readout it reports", () => {
    expect(linked(result, "ro:c1", "wh:c2")).toBe(true);
    expect(linked(result, "kr:c1", "wh:c1")).toBe(true);
  });

  it("with no party dating it, the third party's day still dates the event", () => {
    const undatedParties = REACTION.map((a) =>
      a.claims[0]!.speaker.side === "UA"
        ? a
        : { ...a, article: { ...a.article, publishedAt: null }, claims: a.claims.map((c) => ({ ...c, date: { ...c.date, iso: null, basis: null } })) },
    );
    expect(eventOf(compareClaims(undatedParties), "wh:c1")?.date).toBe(TUE);
  });
});
