import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates on news the rules were not written for (issue 11, item 8): days to come, years
// stated alone, vague times and the Romanian pluperfect. Sentences written for these tests;
// fixed reference date 2025-03-19 (a Wednesday) where one is given.

const REF = "2025-03-19";
const claims = (language: string, text: string, publishedAt?: string) =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;

// A lead that announces a meeting on a day to come, and a claim after it with no date of its own.
const AHEAD: [string, string, string][] = [
  ["en", "The two ministers will meet on Friday in Geneva, the ministry said.", "Keller said the talks would be hard."],
  ["de", "Die beiden Minister wollen sich am Freitag in Genf treffen, teilte das Ministerium mit.", "Keller sagte, die Gespräche würden schwierig."],
  ["fr", "Les deux ministres se rencontreront vendredi à Genève, a annoncé le ministère.", "Keller a déclaré que les discussions seraient difficiles."],
  ["es", "Los dos ministros se reunirán el viernes en Ginebra, anunció el ministerio.", "Keller dijo que las conversaciones serían difíciles."],
  ["it", "Il presidente ha convocato per venerdì una riunione del governo, ha riferito il portavoce.", "Keller ha detto che i colloqui sarebbero difficili."],
  ["ro", "Cei doi miniștri se vor întâlni vineri la Geneva, a anunțat ministerul.", "Keller a declarat că discuțiile vor fi dificile."],
  ["ru", "Два министра встретятся в пятницу в Женеве, сообщило министерство.", "Келлер заявила, что переговоры будут трудными."],
  ["uk", "Два міністри зустрінуться в п'ятницю в Женеві, повідомило міністерство.", "Келлер заявила, що переговори будуть складними."],
  ["pl", "Dwaj ministrowie będą rozmawiać w piątek w Genewie, poinformowało ministerstwo.", "Keller powiedziała, że rozmowy będą trudne."],
  ["vi", "Hai bộ trưởng sẽ gặp nhau vào thứ Sáu tại Geneva, Bộ Ngoại giao cho biết.", "Bà Keller cho biết các cuộc đàm phán sẽ khó khăn."],
];

describe("a weekday to come is neither the day of the article's event nor a claim's date", () => {
  it.each(AHEAD)("%s: the claims keep the publication date, not the Friday before it", (language, lead, next) => {
    const cs = claims(language, `${lead}\n\n${next}`, REF);
    expect(cs).toHaveLength(2);
    for (const c of cs) expect(c.date).toMatchObject({ iso: REF, basis: "published" });
  });

  it.each(AHEAD)("%s: an undated article takes no day from it", (language, lead, next) => {
    const cs = claims(language, `${lead}\n\n${next}`);
    expect(cs).toHaveLength(2);
    for (const c of cs) expect(c.date).toMatchObject({ iso: null, basis: null });
  });

  // The same leads about a day past: the claims are dated by it.
  const PAST: [string, string][] = [
    ["en", "The two ministers met on Friday in Geneva, the ministry said."],
    ["de", "Die beiden Minister trafen sich am Freitag in Genf, teilte das Ministerium mit."],
    ["fr", "Les deux ministres se sont rencontrés vendredi à Genève, a annoncé le ministère."],
    ["es", "Los dos ministros se reunieron el viernes en Ginebra, anunció el ministerio."],
    ["it", "I due ministri si sono incontrati venerdì a Ginevra, ha annunciato il ministero."],
    ["ro", "Cei doi miniștri s-au întâlnit vineri la Geneva, a anunțat ministerul."],
    ["ru", "Два министра встретились в пятницу в Женеве, сообщило министерство."],
    ["uk", "Два міністри зустрілися в п'ятницю в Женеві, повідомило міністерство."],
    ["pl", "Dwaj ministrowie spotkali się w piątek w Genewie, poinformowało ministerstwo."],
    ["vi", "Hai bộ trưởng đã gặp nhau vào thứ Sáu tại Geneva, Bộ Ngoại giao cho biết."],
  ];
  it.each(PAST)("negative: a day past dates the event: %s", (language, lead) => {
    const cs = claims(language, lead, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2025-03-14", basis: "context" });
  });

  it.each([
    ["en", "Peskov said on Monday that the two leaders will meet soon."],
    ["fr", "Alexandra Dupont a déclaré lundi que les discussions reprendront."],
    ["es", "El ministro dijo el lunes que las conversaciones se reanudarán."],
    ["ru", "Песков заявил в понедельник, что встреча состоится."],
  ])("negative: a future in the content after the day of the statement: %s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2025-03-17", basis: "relative" });
  });

  it.each([
    ["en", "The minister said next Monday's talks would be hard. She said on Monday that she was ready."],
    ["de", "Die Ministerin sagte am Montag, sie sei bereit. Die Gespräche sollen am nächsten Montag beginnen, sagte sie."],
  ])("a weekday after 'next' is the coming one: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs.some((c) => c.date.iso === "2025-03-17")).toBe(true);
    expect(cs.every((c) => c.date.iso !== "2025-03-24")).toBe(true);
  });
});

const YEARS: [string, string][] = [
  ["en", "In 2019, the governor said the plant would never close."],
  ["de", "Im Jahr 2019 sagte der Gouverneur, das Werk werde nie schließen."],
  ["fr", "En 2019, le gouverneur a déclaré que l'usine ne fermerait jamais."],
  ["es", "En 2019, el gobernador dijo que la fábrica nunca cerraría."],
  ["it", "Nel 2019 il governatore ha detto che la fabbrica non avrebbe mai chiuso."],
  ["ro", "În 2019, guvernatorul a declarat că fabrica nu se va închide niciodată."],
  ["ru", "В 2019 году губернатор заявил, что завод никогда не закроется."],
  ["uk", "У 2019 році губернатор заявив, що завод ніколи не закриється."],
  ["pl", "W 2019 roku gubernator powiedział, że fabryka nigdy nie zostanie zamknięta."],
  ["vi", "Năm 2019, thống đốc cho biết nhà máy sẽ không bao giờ đóng cửa."],
];

describe("a year stated alone that opens the attribution is the year of the statement", () => {
  it.each(YEARS)("%s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2019", basis: "explicit" });
    // (the year and its noun are no part of the speaker: "году губернатор")
    expect(cs[0]!.speaker.name).not.toMatch(/2019|году|році|roku/u);
  });

  it.each([
    ["en", "Asked about a council suspended after the invasion in 2022, Peskov said there were no proposals."],
    ["ro", "Întrebat despre un consiliu suspendat după invazia din Ucraina în 2022, Peskov a afirmat că nu au existat propuneri."],
    ["en", "The plant will close, the governor said, recalling the floods in 2019."],
    ["en", "After the 2018 summit in Helsinki, Trump said he trusted Putin."],
  ])("negative: a year of something mentioned in passing: %s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: REF, basis: "published" });
  });

  it.each([
    ["en", "In 2018, Trump met Putin in Helsinki.\n\nPeskov said the talks would be difficult."],
    ["de", "Im Jahr 2018 trafen sich Trump und Putin in Helsinki.\n\nPeskow sagte, die Gespräche würden schwierig."],
    ["ru", "В 2018 году Трамп встретился с Путиным в Хельсинки.\n\nПесков заявил, что переговоры будут трудными."],
  ])("negative: a year alone in the lead of an undated article is no event date: %s", (language, text) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: null });
  });
});

const VAGUE: [string, string][] = [
  ["en", "Earlier this week, the governor said the plant would stay open."],
  ["de", "Anfang der Woche sagte der Gouverneur, das Werk bleibe offen."],
  ["fr", "Plus tôt cette semaine, le gouverneur a déclaré que l'usine resterait ouverte."],
  ["es", "A principios de semana, el gobernador dijo que la fábrica seguiría abierta."],
  ["it", "Nei giorni scorsi il governatore ha detto che la fabbrica resterà aperta."],
  ["ro", "La începutul săptămânii, guvernatorul a declarat că fabrica va rămâne deschisă."],
  ["ru", "На днях губернатор заявил, что завод продолжит работу."],
  ["uk", "Днями губернатор заявив, що завод продовжить роботу."],
  ["pl", "Na początku tygodnia gubernator powiedział, że fabryka pozostanie otwarta."],
  ["vi", "Đầu tuần này, thống đốc cho biết nhà máy sẽ tiếp tục hoạt động."],
];

describe("a vague time in the attribution ('earlier this week') leaves the claim undated", () => {
  it.each(VAGUE)("%s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: null });
  });

  it.each([
    ["en", "The governor said on Monday that the talks held earlier this week were useful.", "2025-03-17"],
    ["en", "The governor said the talks held earlier this week were useful.", REF],
    ["fr", "Le gouverneur a déclaré lundi que les discussions tenues plus tôt cette semaine étaient utiles.", "2025-03-17"],
    ["it", "Tre giorni fa il governatore ha detto che il ponte era sicuro.", "2025-03-16"],
    ["ru", "Губернатор заявил в понедельник, что на днях завод возобновит работу.", "2025-03-17"],
  ])("negative: a vague time in the content, or an amount of days ago: %s: %s", (language, text, iso) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date.iso).toBe(iso);
  });
});

describe("Romanian pluperfect ('declarase'): a statement before the report, with no time of its own", () => {
  it("ro: undated background", () => {
    const cs = claims("ro", "Keller declarase că proiectul este o risipă.", REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: null });
  });
  it.each([
    ["Keller a declarat că proiectul este o risipă.", REF],
    ["Keller declarase luni că proiectul este o risipă.", "2025-03-17"],
    ["Anul trecut, Keller spusese că proiectul este o risipă.", "2024"],
  ])("negative: the perfect compound, or a date of its own: %s", (text, iso) => {
    const cs = claims("ro", text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date.iso).toBe(iso);
  });
});
