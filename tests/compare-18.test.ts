import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

/**
 * A fictional summit written for these tests: Emmanuel Macron visits Friedrich Merz in Berlin.
 * The Élysée's readout (c1 the meeting, c2 three agreements signed, c3 €2 billion for a battery
 * plant, c4 a shared line on Ukraine), the German government's (c1 the meeting, c2 four documents
 * signed, c3 €1.8 billion for the plant), an outlet quoting the joint press conference (Merz on the
 * four documents), and a third country — the Russian foreign ministry — reacting to the summit.
 * Sentences in order: Élysée ×4, Berlin ×3, the outlet, Moscow.
 */
const SUMMIT: Record<string, string[]> = {
  en: [
    "Emmanuel Macron and Friedrich Merz met in Berlin for talks.",
    "The two leaders signed three agreements.",
    "France and Germany will invest 2 billion euros in a joint battery plant.",
    "The two leaders discussed support for Ukraine.",
    "Friedrich Merz received Emmanuel Macron in Berlin.",
    "The two leaders signed four documents.",
    "France and Germany will invest 1.8 billion euros in a joint battery plant.",
    "Merz told the joint press conference that the two leaders had signed four documents.",
    "The summit in Berlin was a show of European hostility towards Russia.",
  ],
  de: [
    "Emmanuel Macron und Friedrich Merz trafen sich in Berlin zu Gesprächen.",
    "Die beiden Politiker unterzeichneten drei Abkommen.",
    "Frankreich und Deutschland investieren 2 Milliarden Euro in ein gemeinsames Batteriewerk.",
    "Die beiden Politiker sprachen über die Unterstützung der Ukraine.",
    "Friedrich Merz empfing Emmanuel Macron in Berlin.",
    "Die beiden Politiker unterzeichneten vier Dokumente.",
    "Frankreich und Deutschland investieren 1,8 Milliarden Euro in ein gemeinsames Batteriewerk.",
    "Merz sagte auf der gemeinsamen Pressekonferenz, die beiden Politiker hätten vier Dokumente unterzeichnet.",
    "Der Gipfel in Berlin war eine Demonstration europäischer Feindseligkeit gegenüber Russland.",
  ],
  es: [
    "Emmanuel Macron y Friedrich Merz se reunieron en Berlín para mantener conversaciones.",
    "Los dos líderes firmaron tres acuerdos.",
    "Francia y Alemania invertirán 2.000 millones de euros en una fábrica conjunta de baterías.",
    "Los dos líderes hablaron del apoyo a Ucrania.",
    "Friedrich Merz recibió a Emmanuel Macron en Berlín.",
    "Los dos líderes firmaron cuatro documentos.",
    "Francia y Alemania invertirán 1.800 millones de euros en una fábrica conjunta de baterías.",
    "Merz dijo en la rueda de prensa conjunta que los dos líderes habían firmado cuatro documentos.",
    "La cumbre de Berlín fue una muestra de hostilidad europea hacia Rusia.",
  ],
  fr: [
    "Emmanuel Macron et Friedrich Merz se sont rencontrés à Berlin pour des entretiens.",
    "Les deux dirigeants ont signé trois accords.",
    "La France et l'Allemagne investiront 2 milliards d'euros dans une usine de batteries commune.",
    "Les deux dirigeants ont évoqué le soutien à l'Ukraine.",
    "Friedrich Merz a reçu Emmanuel Macron à Berlin.",
    "Les deux dirigeants ont signé quatre documents.",
    "La France et l'Allemagne investiront 1,8 milliard d'euros dans une usine de batteries commune.",
    "Merz a déclaré lors de la conférence de presse commune que les deux dirigeants avaient signé quatre documents.",
    "Le sommet de Berlin a été une démonstration d'hostilité européenne envers la Russie.",
  ],
  it: [
    "Emmanuel Macron e Friedrich Merz si sono incontrati a Berlino per dei colloqui.",
    "I due leader hanno firmato tre accordi.",
    "Francia e Germania investiranno 2 miliardi di euro in una fabbrica comune di batterie.",
    "I due leader hanno parlato del sostegno all'Ucraina.",
    "Friedrich Merz ha ricevuto Emmanuel Macron a Berlino.",
    "I due leader hanno firmato quattro documenti.",
    "Francia e Germania investiranno 1,8 miliardi di euro in una fabbrica comune di batterie.",
    "Merz ha detto nella conferenza stampa congiunta che i due leader avevano firmato quattro documenti.",
    "Il vertice di Berlino è stato una dimostrazione di ostilità europea verso la Russia.",
  ],
  pl: [
    "Emmanuel Macron i Friedrich Merz spotkali się w Berlinie na rozmowach.",
    "Obaj przywódcy podpisali trzy umowy.",
    "Francja i Niemcy zainwestują 2 miliardy euro we wspólną fabrykę baterii.",
    "Obaj przywódcy rozmawiali o wsparciu dla Ukrainy.",
    "Friedrich Merz przyjął Emmanuela Macrona w Berlinie.",
    "Obaj przywódcy podpisali cztery dokumenty.",
    "Francja i Niemcy zainwestują 1,8 miliarda euro we wspólną fabrykę baterii.",
    "Merz powiedział na wspólnej konferencji prasowej, że obaj przywódcy podpisali cztery dokumenty.",
    "Szczyt w Berlinie był pokazem europejskiej wrogości wobec Rosji.",
  ],
  ro: [
    "Emmanuel Macron și Friedrich Merz s-au întâlnit la Berlin pentru discuții.",
    "Cei doi lideri au semnat trei acorduri.",
    "Franța și Germania vor investi 2 miliarde de euro într-o fabrică comună de baterii.",
    "Cei doi lideri au discutat despre sprijinul pentru Ucraina.",
    "Friedrich Merz l-a primit pe Emmanuel Macron la Berlin.",
    "Cei doi lideri au semnat patru documente.",
    "Franța și Germania vor investi 1,8 miliarde de euro într-o fabrică comună de baterii.",
    "Merz a declarat la conferința de presă comună că cei doi lideri au semnat patru documente.",
    "Summitul de la Berlin a fost o demonstrație de ostilitate europeană față de Rusia.",
  ],
  ru: [
    "Эмманюэль Макрон и Фридрих Мерц встретились в Берлине для переговоров.",
    "Два лидера подписали три соглашения.",
    "Франция и Германия инвестируют 2 миллиарда евро в совместный завод аккумуляторов.",
    "Два лидера обсудили поддержку Украины.",
    "Фридрих Мерц принял Эмманюэля Макрона в Берлине.",
    "Два лидера подписали четыре документа.",
    "Франция и Германия инвестируют 1,8 миллиарда евро в совместный завод аккумуляторов.",
    "Мерц заявил на совместной пресс-конференции, что два лидера подписали четыре документа.",
    "Саммит в Берлине стал демонстрацией европейской враждебности к России.",
  ],
  uk: [
    "Емманюель Макрон і Фрідріх Мерц зустрілися в Берліні для переговорів.",
    "Два лідери підписали три угоди.",
    "Франція і Німеччина інвестують 2 мільярди євро у спільний завод акумуляторів.",
    "Два лідери обговорили підтримку України.",
    "Фрідріх Мерц прийняв Емманюеля Макрона в Берліні.",
    "Два лідери підписали чотири документи.",
    "Франція і Німеччина інвестують 1,8 мільярда євро у спільний завод акумуляторів.",
    "Мерц заявив на спільній пресконференції, що два лідери підписали чотири документи.",
    "Саміт у Берліні став демонстрацією європейської ворожості до Росії.",
  ],
  vi: [
    "Emmanuel Macron và Friedrich Merz đã gặp nhau tại Berlin để hội đàm.",
    "Hai nhà lãnh đạo đã ký ba thỏa thuận.",
    "Pháp và Đức sẽ đầu tư 2 tỷ euro vào một nhà máy pin chung.",
    "Hai nhà lãnh đạo đã thảo luận về việc hỗ trợ Ukraine.",
    "Friedrich Merz đã tiếp Emmanuel Macron tại Berlin.",
    "Hai nhà lãnh đạo đã ký bốn văn kiện.",
    "Pháp và Đức sẽ đầu tư 1,8 tỷ euro vào một nhà máy pin chung.",
    "Ông Merz cho biết tại cuộc họp báo chung rằng hai nhà lãnh đạo đã ký bốn văn kiện.",
    "Hội nghị thượng đỉnh tại Berlin là một sự thể hiện thái độ thù địch của châu Âu đối với Nga.",
  ],
};

const DATE = "2026-11-26";

function summit(language: string): Claim[] {
  const s = SUMMIT[language]!;
  const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
    makeClaim({ id, article, language, speaker, side, assertion, date: DATE });
  return [
    c("fr:c1", "fr", "Élysée", "FR", s[0]!),
    c("fr:c2", "fr", "Élysée", "FR", s[1]!),
    c("fr:c3", "fr", "Élysée", "FR", s[2]!),
    c("fr:c4", "fr", "Élysée", "FR", s[3]!),
    c("de:c1", "de", "Bundesregierung", "DE", s[4]!),
    c("de:c2", "de", "Bundesregierung", "DE", s[5]!),
    c("de:c3", "de", "Bundesregierung", "DE", s[6]!),
    c("n1:c1", "n1", "Friedrich Merz", "DE", s[7]!),
    c("ru:c1", "ru", "Russian Foreign Ministry", "RU", s[8]!),
  ];
}

const LANGUAGES = Object.keys(SUMMIT);

describe("a fictional summit read as a journalist would (every language)", () => {
  // €2 billion (Élysée) against €1.8 billion (Berlin): "1.8", "1,8" are decimals, not the 1st of
  // August, and "1.800 millones" is a thousand and eight hundred millions, not 800.
  it.each(LANGUAGES)("%s: the two sums for the battery plant are a factual conflict", (language) => {
    const d = compareClaims(summit(language)).events.flatMap((e) => e.disagreements);
    expect(d.some((x) => x.type === "factual" && x.claims.includes("fr:c3") && x.claims.includes("de:c3"))).toBe(true);
  });

  // Two sums that differ never align as one report.
  it.each(LANGUAGES)("%s: the two sums do not align", (language) => {
    const pairs = compareClaims(summit(language)).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
    expect(pairs).not.toContain("de:c3~fr:c3");
  });

  // The Russian foreign ministry comments on the summit: it is no side of it, and nothing it
  // "leaves out" is an omission.
  it.each(LANGUAGES)("%s: the third country reacting is charged with no omission", (language) => {
    const d = compareClaims(summit(language)).events.flatMap((e) => e.disagreements);
    expect(d.some((x) => x.type === "omission" && x.claims.includes("ru:c1"))).toBe(false);
    expect(d.some((x) => x.type === "omission" && Object.keys(x.sides).includes("RU") && !x.claims.some((id) => id.startsWith("ru:")))).toBe(false);
  });
});

const rep = (language: string, text: string) =>
  represent(makeClaim({ assertion: text, language, speaker: "Élysée", side: "FR", date: DATE, article: "s" }), lexiconFor(language).lexicon, 0);
const amounts = (language: string, text: string) => rep(language, text).quantities.map((q) => `${q.kind}:${q.unit}:${q.lo}`);

describe("decimals and thousands are amounts, not dates or two numbers", () => {
  // (Since stop 39 a word of scale multiplies the figure before it — cmp47 — so the amount is the sum written out.)
  it.each([
    ["en", "They will invest 1.8 billion euros.", 1.8e9],
    ["en", "They will invest 2.5 million euros.", 2.5e6],
    ["de", "Sie investieren 1,8 Milliarden Euro.", 1.8e9],
    ["es", "Invertirán 1.800 millones de euros.", 1.8e9],
    ["es", "Invertirán 2.000 millones de euros.", 2e9],
    ["fr", "Ils investiront 1,8 milliard d'euros.", 1.8e9],
    ["it", "Investiranno 1,8 miliardi di euro.", 1.8e9],
    ["pl", "Zainwestują 1,8 miliarda euro.", 1.8e9],
    ["ro", "Vor investi 1,8 miliarde de euro.", 1.8e9],
    ["ru", "Они инвестируют 1,8 миллиарда евро.", 1.8e9],
    ["uk", "Вони інвестують 1,8 мільярда євро.", 1.8e9],
    ["vi", "Họ sẽ đầu tư 1,8 tỷ euro.", 1.8e9],
  ])("%s: %s", (language, text, value) => {
    const got = amounts(language, text);
    expect(got.some((a) => a.startsWith("count:") && a.endsWith(`:${value}`))).toBe(true);
    // The figures after the separator are no amount of their own, and no date is read.
    expect(got.some((a) => a.startsWith("date:"))).toBe(false);
    expect(got).toHaveLength(1);
  });

  // Dates written with dots stay dates: a trailing dot, a year, or two figures on each side.
  it.each([
    ["de", "Das Treffen findet am 27.12. in Berlin statt.", 1227],
    ["de", "Das Treffen fand am 3.5.2026 in Berlin statt.", 503],
    ["de", "Das Treffen findet am 3.5. in Berlin statt.", 503],
    ["ru", "Встреча пройдет 27.12 в Берлине.", 1227],
    ["pl", "Spotkanie odbędzie się 27.12 w Berlinie.", 1227],
  ])("%s: %s", (language, text, day) => {
    expect(rep(language, text).quantities.some((q) => q.kind === "date" && q.lo === day)).toBe(true);
  });
});

/**
 * A fictional round of talks on a ceasefire, written for these tests: the White House (c1 the
 * talks, c2 "an understanding was reached", c3 Russia accepted the proposal in principle) and the
 * Kremlin (c1 the talks, c2 no agreement until everything is agreed, c3 Russia rejected it).
 */
const TALKS: Record<string, string[]> = {
  en: [
    "Donald Trump and Vladimir Putin held talks on the ceasefire.",
    "The two presidents reached an understanding on the ceasefire.",
    "Russia accepted the American proposal in principle.",
    "Vladimir Putin and Donald Trump held talks on the ceasefire.",
    "No agreement was reached on the ceasefire.",
    "Russia rejected the American proposal.",
  ],
  de: [
    "Donald Trump und Wladimir Putin führten Gespräche über die Waffenruhe.",
    "Die beiden Präsidenten erzielten eine Verständigung über die Waffenruhe.",
    "Russland akzeptierte den amerikanischen Vorschlag im Grundsatz.",
    "Wladimir Putin und Donald Trump führten Gespräche über die Waffenruhe.",
    "Es gibt keine Einigung über die Waffenruhe, solange nicht alles vereinbart ist.",
    "Russland hat den amerikanischen Vorschlag abgelehnt.",
  ],
  es: [
    "Donald Trump y Vladímir Putin mantuvieron conversaciones sobre el alto el fuego.",
    "Los dos presidentes alcanzaron un entendimiento sobre el alto el fuego.",
    "Rusia aceptó en principio la propuesta estadounidense.",
    "Vladímir Putin y Donald Trump mantuvieron conversaciones sobre el alto el fuego.",
    "No se llegó a un acuerdo sobre el alto el fuego.",
    "Rusia rechazó la propuesta estadounidense.",
  ],
  fr: [
    "Donald Trump et Vladimir Poutine ont eu des discussions sur le cessez-le-feu.",
    "Les deux présidents sont parvenus à une entente sur le cessez-le-feu.",
    "La Russie a accepté la proposition américaine sur le principe.",
    "Vladimir Poutine et Donald Trump ont eu des discussions sur le cessez-le-feu.",
    "Il n'y a pas d'accord sur le cessez-le-feu tant que tout n'est pas convenu.",
    "La Russie a rejeté la proposition américaine.",
  ],
  it: [
    "Donald Trump e Vladimir Putin hanno avuto colloqui sul cessate il fuoco.",
    "I due presidenti hanno raggiunto un'intesa sul cessate il fuoco.",
    "La Russia ha accettato in linea di principio la proposta americana.",
    "Vladimir Putin e Donald Trump hanno avuto colloqui sul cessate il fuoco.",
    "Non è stato raggiunto un accordo sul cessate il fuoco.",
    "La Russia ha respinto la proposta americana.",
  ],
  ro: [
    "Donald Trump și Vladimir Putin au purtat discuții despre încetarea focului.",
    "Cei doi președinți au ajuns la o înțelegere privind încetarea focului.",
    "Rusia a acceptat în principiu propunerea americană.",
    "Vladimir Putin și Donald Trump au purtat discuții despre încetarea focului.",
    "Nu există un acord privind încetarea focului până când nu se convine totul.",
    "Rusia a respins propunerea americană.",
  ],
  ru: [
    "Дональд Трамп и Владимир Путин провели переговоры о прекращении огня.",
    "Два президента достигли взаимопонимания по прекращению огня.",
    "Россия согласилась в принципе с американским предложением.",
    "Владимир Путин и Дональд Трамп провели переговоры о прекращении огня.",
    "Два президента не договорились о прекращении огня.",
    "Россия отклонила американское предложение.",
  ],
  uk: [
    "Дональд Трамп і Володимир Путін провели переговори про припинення вогню.",
    "Два президенти досягли порозуміння щодо припинення вогню.",
    "Росія в принципі погодилася на американську пропозицію.",
    "Володимир Путін і Дональд Трамп провели переговори про припинення вогню.",
    "Два президенти не домовилися про припинення вогню.",
    "Росія відхилила американську пропозицію.",
  ],
};

function talks(language: string): Claim[] {
  const s = TALKS[language]!;
  const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
    makeClaim({ id, article, language, speaker, side, assertion, date: DATE });
  return [
    c("us:c1", "us", "White House", "US", s[0]!),
    c("us:c2", "us", "White House", "US", s[1]!),
    c("us:c3", "us", "White House", "US", s[2]!),
    c("ru:c1", "ru", "Kremlin", "RU", s[3]!),
    c("ru:c2", "ru", "Kremlin", "RU", s[4]!),
    c("ru:c3", "ru", "Kremlin", "RU", s[5]!),
  ];
}

describe("stance conflicts: an understanding against no agreement, accepted against rejected", () => {
  const TALK_LANGUAGES = Object.keys(TALKS);
  const flagged = (language: string, id: string) =>
    compareClaims(talks(language))
      .events.flatMap((e) => e.disagreements)
      .some((d) => d.type === "stance" && d.claims.includes(`us:${id}`) && d.claims.includes(`ru:${id}`));
  const aligned = (language: string, id: string) =>
    compareClaims(talks(language))
      .events.flatMap((e) => e.alignments)
      .some((a) => a.claims.includes(`us:${id}`) && a.claims.includes(`ru:${id}`));

  // "Reached an understanding" ("alcanzaron un entendimiento", "au ajuns la o înțelegere",
  // "parvenus à une entente", "eine Verständigung", "raggiunto un'intesa", "достигли
  // взаимопонимания", "досягли порозуміння") is an agreement, so against a denied one it is a stance.
  it.each(TALK_LANGUAGES)("%s: an understanding against no agreement is a stance conflict, never one report", (language) => {
    expect(flagged(language, "c2")).toBe(true);
    expect(aligned(language, "c2")).toBe(false);
  });

  // German "akzeptierte" / "abgelehnt", Ukrainian "відхилила": accepted against rejected.
  it.each(TALK_LANGUAGES)("%s: accepted in principle against rejected is a stance conflict, never one report", (language) => {
    expect(flagged(language, "c3")).toBe(true);
    expect(aligned(language, "c3")).toBe(false);
  });

  // Both sides telling of the talks is no conflict.
  it.each(TALK_LANGUAGES)("%s: the talks themselves are no stance conflict", (language) => {
    expect(flagged(language, "c1")).toBe(false);
  });
});

const predicateClasses = (language: string, text: string) => rep(language, text).predicates.map((p) => p.cls);

describe("pack phrases of agreeing and rejecting", () => {
  it.each([
    ["en", "The two sides reached an understanding on prisoners.", "The two sides discussed their understanding of the situation."],
    ["de", "Beide Seiten erzielten eine Verständigung über Gefangene.", "Beide Seiten sprachen über Gefangene."],
    ["de", "Russland akzeptierte den Plan.", "Russland prüfte den Plan."],
    ["es", "Las dos partes alcanzaron un entendimiento sobre los presos.", "Las dos partes hablaron de los presos."],
    ["fr", "Les deux parties sont parvenues à une entente sur les prisonniers.", "Les deux parties ont parlé des prisonniers."],
    ["it", "Le due parti hanno raggiunto un'intesa sui prigionieri.", "Le due parti hanno parlato dei prigionieri."],
    ["ro", "Cele două părți au ajuns la o înțelegere privind prizonierii.", "Cele două părți au discutat despre prizonieri."],
    ["ru", "Стороны достигли взаимопонимания по пленным.", "Стороны обсудили вопрос пленных."],
    ["uk", "Сторони досягли порозуміння щодо полонених.", "Сторони обговорили питання полонених."],
  ])("%s: '%s' is an agreement; '%s' is not", (language, positive, negative) => {
    expect(predicateClasses(language, positive)).toContain("agree");
    expect(predicateClasses(language, negative)).not.toContain("agree");
  });

  it.each([
    ["de", "Russland hat den Plan abgelehnt.", "Russland hat den Plan geprüft."],
    ["de", "Es hieß, dass Russland den Plan ablehnte.", "Es hieß, dass Russland den Plan prüfte."],
    ["uk", "Росія відхилила план.", "Росія вивчила план."],
    ["uk", "Уряди відхилили план.", "Уряди вивчили план."],
  ])("%s: '%s' is a rejection; '%s' is not", (language, positive, negative) => {
    expect(predicateClasses(language, positive)).toContain("deny");
    expect(predicateClasses(language, negative)).not.toContain("deny");
  });
});

/**
 * One article reports three calls in a row (Macron with Merz, then Starmer, then Trump), next to
 * each counterpart's readout of its own call. Claims in order: the roundup ×3, Berlin, Downing
 * Street, the White House.
 */
const ROUNDUP: Record<string, string[]> = {
  en: [
    "Emmanuel Macron spoke by phone with Friedrich Merz about energy prices.",
    "Macron then spoke with Keir Starmer about migration in the Channel.",
    "Finally, Macron spoke with Donald Trump about tariffs on wine.",
    "Friedrich Merz and Emmanuel Macron discussed energy prices by phone.",
    "Keir Starmer and Emmanuel Macron discussed migration in the Channel by phone.",
    "Donald Trump and Emmanuel Macron discussed tariffs on wine by phone.",
  ],
  de: [
    "Emmanuel Macron telefonierte mit Friedrich Merz über die Energiepreise.",
    "Danach sprach Macron mit Keir Starmer über die Migration am Ärmelkanal.",
    "Schließlich sprach Macron mit Donald Trump über Zölle auf Wein.",
    "Friedrich Merz und Emmanuel Macron sprachen am Telefon über die Energiepreise.",
    "Keir Starmer und Emmanuel Macron sprachen am Telefon über die Migration am Ärmelkanal.",
    "Donald Trump und Emmanuel Macron sprachen am Telefon über Zölle auf Wein.",
  ],
  fr: [
    "Emmanuel Macron s'est entretenu au téléphone avec Friedrich Merz des prix de l'énergie.",
    "Macron s'est ensuite entretenu avec Keir Starmer de la migration dans la Manche.",
    "Enfin, Macron s'est entretenu avec Donald Trump des droits de douane sur le vin.",
    "Friedrich Merz et Emmanuel Macron ont évoqué au téléphone les prix de l'énergie.",
    "Keir Starmer et Emmanuel Macron ont évoqué au téléphone la migration dans la Manche.",
    "Donald Trump et Emmanuel Macron ont évoqué au téléphone les droits de douane sur le vin.",
  ],
  ru: [
    "Эмманюэль Макрон провел телефонный разговор с Фридрихом Мерцем о ценах на энергоносители.",
    "Затем Макрон поговорил с Киром Стармером о миграции через Ла-Манш.",
    "Наконец, Макрон поговорил с Дональдом Трампом о пошлинах на вино.",
    "Фридрих Мерц и Эмманюэль Макрон обсудили по телефону цены на энергоносители.",
    "Кир Стармер и Эмманюэль Макрон обсудили по телефону миграцию через Ла-Манш.",
    "Дональд Трамп и Эмманюэль Макрон обсудили по телефону пошлины на вино.",
  ],
  es: [
    "Emmanuel Macron habló por teléfono con Friedrich Merz sobre los precios de la energía.",
    "Después, Macron habló con Keir Starmer sobre la migración en el canal de la Mancha.",
    "Por último, Macron habló con Donald Trump sobre los aranceles al vino.",
    "Friedrich Merz y Emmanuel Macron hablaron por teléfono sobre los precios de la energía.",
    "Keir Starmer y Emmanuel Macron hablaron por teléfono sobre la migración en el canal de la Mancha.",
    "Donald Trump y Emmanuel Macron hablaron por teléfono sobre los aranceles al vino.",
  ],
};

function roundup(language: string): Claim[] {
  const s = ROUNDUP[language]!;
  const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
    makeClaim({ id, article, language, speaker, side, assertion, date: DATE });
  return [
    c("n1:c1", "n1", "Élysée", "FR", s[0]!),
    c("n1:c2", "n1", "Élysée", "FR", s[1]!),
    c("n1:c3", "n1", "Élysée", "FR", s[2]!),
    c("de:c1", "de", "Bundesregierung", "DE", s[3]!),
    c("gb:c1", "gb", "Downing Street", "GB", s[4]!),
    c("us:c1", "us", "White House", "US", s[5]!),
  ];
}

describe("an article reporting several calls in a row", () => {
  // Each call of the roundup meets the readout of the same call, and none the readout of another
  // (the three calls still form one event: see docs/limitations.md).
  it.each(Object.keys(ROUNDUP))("%s: each call aligns with its own readout, never with another's", (language) => {
    const pairs = compareClaims(roundup(language)).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
    expect(pairs).toContain("de:c1~n1:c1");
    expect(pairs).toContain("gb:c1~n1:c2");
    for (const wrong of ["de:c1~n1:c2", "de:c1~n1:c3", "gb:c1~n1:c1", "gb:c1~n1:c3", "n1:c1~us:c1", "n1:c2~us:c1"]) expect(pairs).not.toContain(wrong);
    // Claims of one article about different calls are no one report.
    expect(pairs.some((p) => p.split("~").every((id) => id.startsWith("n1:")))).toBe(false);
  });

  it.each(Object.keys(ROUNDUP))("%s: different topics of different calls are no disagreement between them", (language) => {
    const d = compareClaims(roundup(language)).events.flatMap((e) => e.disagreements);
    expect(d.filter((x) => x.type !== "omission")).toHaveLength(0);
  });
});

/**
 * An undated article ("on Tuesday", "marți", "во вторник", no publication date: its claims carry
 * no date) next to two dated readouts of the same call and a meeting elsewhere the same day.
 */
const UNDATED: Record<string, string[]> = {
  en: [
    "Emmanuel Macron and Friedrich Merz spoke by phone about energy prices.",
    "Friedrich Merz and Emmanuel Macron discussed energy prices by phone.",
    "On Tuesday, Macron and Merz spoke by phone about energy prices.",
    "Xi Jinping met Keir Starmer in Beijing.",
  ],
  ro: [
    "Emmanuel Macron și Friedrich Merz au vorbit la telefon despre prețurile energiei.",
    "Friedrich Merz și Emmanuel Macron au discutat la telefon despre prețurile energiei.",
    "Marți, Macron și Merz au vorbit la telefon despre prețurile energiei.",
    "Xi Jinping s-a întâlnit cu Keir Starmer la Beijing.",
  ],
  ru: [
    "Эмманюэль Макрон и Фридрих Мерц поговорили по телефону о ценах на энергоносители.",
    "Фридрих Мерц и Эмманюэль Макрон обсудили по телефону цены на энергоносители.",
    "Во вторник Макрон и Мерц поговорили по телефону о ценах на энергоносители.",
    "Си Цзиньпин встретился с Киром Стармером в Пекине.",
  ],
};

describe("an undated article with a relative day", () => {
  it.each(Object.keys(UNDATED))("%s: joins the call it tells of and keeps its claim", (language) => {
    const s = UNDATED[language]!;
    const c = (id: string, article: string, speaker: string, side: string, assertion: string, date: string | null) =>
      makeClaim({ id, article, language, speaker, side, assertion, date });
    const result = compareClaims([
      c("fr:c1", "fr", "Élysée", "FR", s[0]!, "2026-11-24"),
      c("de:c1", "de", "Bundesregierung", "DE", s[1]!, "2026-11-24"),
      c("n1:c1", "n1", "Élysée", "FR", s[2]!, null),
      c("n2:c1", "n2", "Downing Street", "GB", s[3]!, "2026-11-24"),
    ]);
    const call = result.events.find((e) => e.claims.includes("fr:c1"))!;
    expect(call.claims).toContain("n1:c1");
    expect(call.claims).toContain("de:c1");
    expect(call.claims).not.toContain("n2:c1");
    expect(result.background).not.toContain("n1:c1");
  });
});
