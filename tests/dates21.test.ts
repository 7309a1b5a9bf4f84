import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates on news in ten languages (issue 11): datelines whose date holds a full stop ("Jan. 14",
// "3. März"), ranges of days ("from March 24 to March 28"), a month to come ("will reopen in May"),
// days and months that name an event ("Sept. 11 victims", "11-Septembre"), and the constructions every
// wire story uses (weekdays, "yesterday", "on Monday evening", another event's day in a relative clause,
// a day to come). Sentences written for these tests; fixed reference date Wednesday 2025-03-19.

const REF = "2025-03-19";
const claims = (language: string, text: string, publishedAt?: string) =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;
const one = (language: string, text: string, publishedAt?: string) => {
  const cs = claims(language, text, publishedAt);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("the weekday of the attribution dates the claim, in ten languages", () => {
  // [language, text, the weekday's words, its day before REF]
  const CASES: [string, string, string, string][] = [
    ["en", "Ukraine's foreign minister said on Tuesday that talks with Hungary would resume soon.", "Tuesday", "2025-03-18"],
    ["en", '"We are not going to back down," Senator Jane Holloway said on Monday evening.', "Monday", "2025-03-17"],
    ["de", "Die Ministerin sagte am Montagabend, die Verhandlungen seien gescheitert.", "Montagabend", "2025-03-17"],
    ["de", "Am Dienstag sagte der Regierungschef, die Steuer werde abgeschafft.", "Dienstag", "2025-03-18"],
    ["fr", "La ministre a affirmé lundi soir que les négociations avaient échoué.", "lundi", "2025-03-17"],
    ["es", "La ministra aseguró el lunes por la noche que las negociaciones habían fracasado.", "lunes", "2025-03-17"],
    ["it", "La ministra ha detto lunedì sera che i negoziati erano falliti.", "lunedì", "2025-03-17"],
    ["pl", "Minister oświadczyła w poniedziałek wieczorem, że negocjacje zakończyły się fiaskiem.", "poniedziałek", "2025-03-17"],
    ["ro", "Ministrul a afirmat luni seara că negocierile au eșuat.", "luni", "2025-03-17"],
    ["ru", "Министр заявила в понедельник вечером, что переговоры провалились.", "понедельник", "2025-03-17"],
    ["uk", "Міністерка заявила в понеділок увечері, що переговори провалилися.", "понеділок", "2025-03-17"],
    ["vi", "Bộ trưởng cho biết vào tối thứ Hai rằng các cuộc đàm phán đã thất bại.", "thứ Hai", "2025-03-17"],
  ];
  it.each(CASES)("%s: %s", (language, text, words, iso) => {
    const c = one(language, text, REF);
    expect(c.date).toMatchObject({ iso, basis: "relative" });
    expect(c.date.text).toContain(words);
  });
  it.each(CASES)("%s, undated: stays relative with its words: %s", (language, text, words, iso) => {
    const c = one(language, text);
    expect(c.date.iso).toBeNull();
    expect(c.date.text).toContain(words);
    // (Monday first, Sunday 7: the day of the week of the expected date)
    expect(c.date.relative?.weekday).toBe(((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
  });
});

describe("another event's day in a relative clause on the speaker is not the claim's", () => {
  it.each([
    ["en", "The governor, who visited the flooded towns on Monday, said on Wednesday that aid was on its way."],
    ["de", "Die Gouverneurin, die am Montag die überfluteten Orte besucht hatte, sagte am Mittwoch, Hilfe sei unterwegs."],
    ["fr", "La gouverneure, qui s'était rendue lundi dans les villes inondées, a assuré mercredi que l'aide arrivait."],
    ["pl", "Gubernator, która w poniedziałek odwiedziła zalane miasta, zapewniła w środę, że pomoc jest w drodze."],
    ["ro", "Guvernatoarea, care vizitase luni orașele inundate, a asigurat miercuri că ajutoarele sunt pe drum."],
    ["ru", "Губернатор, которая в понедельник посетила затопленные города, заявила в среду, что помощь уже в пути."],
    ["uk", "Губернаторка, яка в понеділок відвідала затоплені міста, заявила в середу, що допомога вже в дорозі."],
    ["vi", "Thống đốc, người đã thăm các thị trấn bị ngập lụt hôm thứ Hai, cho biết hôm thứ Tư rằng viện trợ đang được gửi tới."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: "2025-03-19", basis: "relative" });
  });
});

describe("'yesterday' dates the claim the day before", () => {
  it.each([
    ["en", "The company's chief executive said yesterday that profits had fallen by a third.", "yesterday"],
    ["de", "Der Konzernchef sagte gestern, der Gewinn sei um ein Drittel gesunken.", "gestern"],
    ["fr", "Le patron du groupe a déclaré hier que les bénéfices avaient chuté d'un tiers.", "hier"],
    ["es", "El consejero delegado dijo ayer que los beneficios habían caído un tercio.", "ayer"],
    ["it", "L'amministratore delegato ha detto ieri che gli utili sono calati di un terzo.", "ieri"],
    ["pl", "Prezes spółki powiedział wczoraj, że zyski spadły o jedną trzecią.", "wczoraj"],
    ["ro", "Directorul companiei a declarat ieri că profitul a scăzut cu o treime.", "ieri"],
    ["ru", "Глава компании заявил вчера, что прибыль упала на треть.", "вчера"],
    ["uk", "Голова компанії заявив учора, що прибуток впав на третину.", "учора"],
    ["vi", "Giám đốc công ty hôm qua cho biết lợi nhuận giảm một phần ba.", "hôm qua"],
  ])("%s: %s", (language, text, words) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: "2025-03-18", basis: "relative", text: words });
    expect(one(language, text).date).toMatchObject({ iso: null, basis: "relative", relative: { offsetDays: -1 } });
  });
});

describe("last week, in Romanian with the genitive too", () => {
  it.each([["ro", "Săptămâna trecută, primarul a declarat că podul va fi redeschis în mai.", "Săptămâna trecută"]])("%s: %s", (language, text, words) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: "2025-03-12", basis: "relative", text: words });
  });
  // (the end of last week is no exact day: undated, as a vague time — dates22)
  it.each([
    ["ro", "La sfârșitul săptămânii trecute, primarul a declarat că podul va fi redeschis în mai."],
    ["fr", "À la fin de la semaine dernière, le maire a indiqué que le pont rouvrirait en mai."],
    ["pl", "Pod koniec ubiegłego tygodnia burmistrz zapowiedział, że most zostanie otwarty w maju."],
  ])("%s, end of last week: %s", (language, text) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: null, basis: null });
  });
});

describe("a day to come is not when the claim was said", () => {
  it.each([
    ["en", "Peskov said Putin and Trump will meet on Friday in Helsinki."],
    ["de", "Der Sprecher sagte, Merz werde am Freitag nach Paris reisen."],
    ["fr", "Le Kremlin a annoncé que Poutine et Trump se rencontreront vendredi à Helsinki."],
    ["es", "El Kremlin anunció que Putin y Trump se reunirán el viernes en Helsinki."],
    ["it", "Il Cremlino ha annunciato che Putin e Trump si incontreranno venerdì a Helsinki."],
    ["ro", "Kremlinul a anunțat că Putin și Trump se vor întâlni vineri la Helsinki."],
    ["ru", "В Кремле сообщили, что Путин и Трамп встретятся в пятницу в Хельсинки."],
    ["vi", "Điện Kremlin thông báo ông Putin và ông Trump sẽ gặp nhau vào thứ Sáu tại Helsinki."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: REF, basis: "published" });
    // undated: no date, and never the past Friday as the event's
    const c = one(language, text);
    expect(c.date.iso).toBeNull();
    expect(c.date.basis).toBeNull();
  });

  it.each([
    ["en", "Asked about the summit, Peskov said on Tuesday that the leaders will meet on Friday.", "2025-03-18"],
    ["de", "Der Sprecher sagte am Montag, Merz werde am Freitag nach Paris reisen.", "2025-03-17"],
  ])("negative: the statement's own day still dates it: %s: %s", (language, text, iso) => {
    expect(one(language, text, REF).date).toMatchObject({ iso, basis: "relative" });
  });
});

describe("a dateline whose date holds a full stop is layout, and the day the report was filed", () => {
  it.each([
    ["en", "BERLIN, Jan. 14 (Reuters) - The chancellor said on Monday evening that the coalition would hold.", "Monday", 1],
    ["en", "WASHINGTON, Sept. 3 (AP) — The senator said Tuesday that the bill was dead.", "Tuesday", 2],
    ["de", "MOSKAU, 3. März (Reuters) - Kremlsprecher Dmitri Peskow sagte am Montag, Russland sei zu Gesprächen bereit.", "Montag", 1],
  ])("%s, undated: the weekday, not the dateline: %s", (language, text, words, weekday) => {
    const c = one(language, text);
    expect(c.date).toMatchObject({ iso: null, basis: "relative", text: words, relative: { weekday } });
  });

  it.each([
    ["en", "BERLIN, Jan. 14, 2025 (Reuters) - The chancellor said on Monday evening that the coalition would hold.", "2025-01-13"],
    ["en", "WASHINGTON, Sept. 3, 2024 (AP) — The senator said Tuesday that the bill was dead.", "2024-09-03"],
    ["de", "MOSKAU, 4.03.2025 (dpa) - Kremlsprecher Dmitri Peskow sagte am Montag, Russland sei zu Gesprächen bereit.", "2025-03-03"],
    ["de", "MOSKAU, 4. März (Reuters) - Kremlsprecher Dmitri Peskow sagte am Montag, Russland sei zu Gesprächen bereit.", "2025-03-03"],
  ])("%s: a weekday counts from the dateline's day: %s", (language, text, iso) => {
    const pub = text.includes("2024") ? undefined : text.includes("2025") ? undefined : "2025-03-04";
    expect(one(language, text, pub).date).toMatchObject({ iso, basis: "relative" });
  });

  it("the dateline's agency is a credit, not a part of the claim", () => {
    const c = one("en", "BERLIN, Jan. 14 (Reuters) - The chancellor said on Monday evening that the coalition would hold.");
    expect(c.span[0]).toBeGreaterThan("BERLIN, Jan. 14 (Reuters) -".length - 1);
  });

  it("negative: a sentence that ends with a number is no dateline", () => {
    const c = one("de", "Der Preis stieg um 3. Die Börse - so heißt es - reagierte, sagte der Händler.");
    expect(c.assertion.startsWith("Der Preis stieg um 3.")).toBe(true);
  });
});

describe("a range of days is what is told, not the day of the statement", () => {
  const RANGES: [string, string, string][] = [
    ["en", "The ministry said the exercises would take place from March 24 to March 28.", "March 24"],
    ["de", "Die Übung finde vom 24.03. bis 28.03. statt, teilte das Ministerium mit.", "24.03"],
    ["de", "Das Ministerium teilte mit, die Übung finde vom 24. März bis zum 28. März statt.", "28. März"],
    ["fr", "Le ministère a indiqué que les exercices auraient lieu du 24 mars au 28 mars.", "mars"],
    ["es", "El ministerio dijo que las maniobras se celebrarían del 24 de marzo al 28 de marzo.", "marzo"],
    ["it", "Il ministero ha detto che le esercitazioni si svolgeranno dal 24 marzo al 28 marzo.", "marzo"],
    ["pl", "Ministerstwo poinformowało, że ćwiczenia odbędą się od 24 marca do 28 marca.", "marca"],
    ["ro", "Ministerul a precizat că exercițiile vor avea loc de la 24 martie până la 28 martie.", "martie"],
    ["ru", "Министерство сообщило, что учения пройдут с 24 марта по 28 марта.", "марта"],
    ["uk", "Міністерство повідомило, що навчання триватимуть з 24 березня до 28 березня.", "березня"],
    ["vi", "Bộ Quốc phòng cho biết cuộc tập trận diễn ra từ ngày 24/3 đến ngày 28/3.", "/3"],
  ];
  it.each(RANGES)("%s, undated: neither end dates the claim: %s", (language, text, words) => {
    const c = one(language, text);
    expect(c.date.iso).toBeNull();
    expect(c.date.text ?? "").not.toContain(words);
    expect(c.date.relative?.day ?? null).toBeNull();
  });
  it.each(RANGES)("%s: the publication date: %s", (language, text) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: REF, basis: "published" });
  });

  it.each([
    ["en", "The exercises took place from March 10 to March 15, the ministry said on Tuesday.", "2025-03-18"],
    ["de", "Die Übung fand vom 10. bis 15. März statt, sagte der Sprecher am Dienstag.", "2025-03-18"],
  ])("%s: the statement's own day still dates it: %s", (language, text, iso) => {
    expect(one(language, text, REF).date).toMatchObject({ iso, basis: "relative" });
  });

  it.each([
    ["en", "The minister said on March 17 to reporters that the talks were useful.", "2025-03-17"],
    ["ru", "Министр заявил 17 марта до начала заседания, что переговоры были полезными.", "2025-03-17"],
    ["fr", "Le ministre a déclaré le 17 mars à 10 heures que les discussions avaient été utiles.", "2025-03-17"],
  ])("negative: a link word with no second date after it makes no range: %s: %s", (language, text, iso) => {
    expect(one(language, text, REF).date).toMatchObject({ iso, basis: "explicit" });
  });
});

describe("a month to come is no date of the statement", () => {
  it.each([
    ["en", "The mayor said the bridge will reopen in May."],
    ["vi", "Thị trưởng cho biết cây cầu sẽ mở lại vào tháng 5."],
  ])("%s, undated: the month is not the event's: %s", (language, text) => {
    const c = one(language, text);
    expect(c.date.iso).toBeNull();
    expect(c.date.text).toBeNull();
  });

  it.each([
    ["en", "In February, the mayor said the bridge was unsafe.", "February", 2],
    ["vi", "Thị trưởng cho biết vào tháng 2, cây cầu đã bị hư hại.", "tháng 2", 2],
  ])("negative: a month of the past still dates it: %s: %s", (language, text, words, month) => {
    expect(one(language, text).date).toMatchObject({ iso: null, basis: "relative", text: words, relative: { month } });
    expect(one(language, text, REF).date).toMatchObject({ iso: "2025-02", basis: "relative" });
  });
});

describe("a day and month that name an event are no date", () => {
  it.each([
    ["en", "The fund for Sept. 11 victims is running out of money, its administrator said."],
    ["en", "The Jan. 6 committee will not be revived, the speaker said."],
    ["fr", "Le fonds d'indemnisation des victimes du 11-Septembre est à court d'argent, a indiqué son administrateur."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text, REF).date).toMatchObject({ iso: REF, basis: "published" });
    const c = one(language, text);
    expect(c.date).toMatchObject({ iso: null, basis: null, text: null });
  });

  it.each([
    ["en", "On March 17 the minister said the talks were useful.", "2025-03-17"],
    ["en", "The minister said on March 17 that the talks were useful.", "2025-03-17"],
    ["fr", "Le ministre a déclaré le 17 mars que les discussions avaient été utiles.", "2025-03-17"],
  ])("negative: a day and month before a word of grammar is a date: %s: %s", (language, text, iso) => {
    expect(one(language, text, REF).date).toMatchObject({ iso, basis: "explicit" });
  });
});
