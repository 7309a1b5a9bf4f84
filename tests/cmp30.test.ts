import { describe, expect, it } from "vitest";
import { nameKey } from "../src/compare/represent/names.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keysOf = (r: ClaimRep, kind: string) => r.keys.filter((k) => k.kind === kind).map((k) => k.key);
const durations = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => Math.round((q.lo + q.hi) / 2));

describe("names outside the lexicon have one key across spellings and case forms", () => {
  it.each([
    ["en", "The envoys then flew on to Kinshasa for further talks.", "n:kinsh"],
    ["ru", "Затем посланники вылетели в Киншасу для новых переговоров.", "n:kinsh"],
    ["pl", "Wysłannicy rozmawiali potem w Kinszasie z ministrem.", "n:kinsh"],
    ["en", "The delegation stopped in Yerevan on the way back.", "n:ereva"],
    ["ru", "Делегация остановилась в Ереване на обратном пути.", "n:ereva"],
    ["en", "The new consulate opens in Lusaka next month.", "n:lusak"],
    ["pl", "Nowy konsulat zostanie otwarty w Lusace w przyszłym miesiącu.", "n:lusak"],
    ["uk", "Нове консульство відкриють у Лусаці наступного місяця.", "n:lusak"],
    ["uk", "Делегація провела переговори в Гамбурзі.", "n:gambu"],
    ["vi", "Phái đoàn sẽ tới Đà Nẵng vào tuần tới.", "n:danan"],
    ["en", "The delegation will travel to Da Nang next week.", "n:danan"],
  ])("%s: %s", (language, text, key) => {
    expect(keysOf(read(language, text), "name")).toContain(key);
  });

  it("spellings of one name fold to one key", () => {
    expect(nameKey("Hamburg")).toBe(nameKey("Гамбург"));
    expect(nameKey("Kinszasa")).toBe(nameKey("Kinshasa"));
    expect(nameKey("Macron")).toBe(nameKey("Макрон"));
    expect(nameKey("Doha")).toBe(nameKey("Dohy"));
    expect(nameKey("Тиллерсон")).toBe(nameKey("Tillersona"));
  });

  it.each([
    // Unrelated names stay apart.
    ["Harare", "Harris"],
    ["Lusaka", "Lublin"],
    ["Kinshasa", "Kishinev"],
  ])("no merge: %s / %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("abbreviations are no name of short words", () => {
    expect(keysOf(read("vi", "Cảnh sát đã bắt hai người tại TP St. Petersburg."), "name")).not.toContain("n:tpst");
  });
});

describe("German keys acronyms and the first part of a hyphenated compound as names", () => {
  it.each([
    ["de", "Berlin werde weitere Patriot-Systeme liefern, sagte der Minister.", "n:patri"],
    ["en", "Ukraine will receive more HIMARS from the United States.", "n:gimar"],
    ["de", "Eine Lieferung von Taurus-Marschflugkörpern lehnte er ab.", "n:tauru"],
    ["de", "Die Ukraine erhalte zusätzliche HIMARS aus den USA.", "n:gimar"],
    ["en", "Berlin will deliver more Patriot systems, the minister said.", "n:patri"],
    ["fr", "Berlin refuse toujours de livrer des missiles Taurus.", "n:tauru"],
  ])("%s: %s", (language, text, key) => {
    expect(keysOf(read(language, text), "name")).toContain(key);
  });

  it("German nouns stay no names", () => {
    expect(keysOf(read("de", "Die Regierung werde die Lieferungen an die Armee fortsetzen."), "name")).toEqual([]);
  });
});

describe("open after the encounter's noun and a copula is the attributive open talks", () => {
  it.each([
    ["en", "The talks were open and constructive."],
    ["ru", "Переговоры были открытыми и конструктивными."],
    ["uk", "Переговори були відкритими та конструктивними."],
    ["it", "I colloqui sono stati aperti e costruttivi."],
    ["es", "Las conversaciones fueron abiertas y constructivas."],
    ["de", "Die Gespräche seien offen und konstruktiv gewesen."],
  ])("%s: %s", (language, text) => {
    const r = read(language, text);
    expect(r.encounterSenses).toContain("frank");
    expect(r.encounterLevel).toBe(1);
  });

  it.each([
    // Opened, not open; a border is open in another sense.
    ["en", "The talks were opened in Geneva on Monday."],
    ["en", "The border was open on Monday."],
    ["ru", "Переговоры были открыты в Женеве."],
    ["uk", "Кордон був відкритим."],
    ["it", "I confini sono stati aperti."],
    ["es", "Las fronteras fueron abiertas."],
    ["fr", "Les négociations ont été ouvertes à Genève."],
  ])("no evaluation: %s: %s", (language, text) => {
    expect(read(language, text).evaluations.map((e) => e.sense)).not.toContain("frank");
  });
});

describe("compound adjectives of states name the states, not an evaluation", () => {
  it.each([
    ["it", "Il vertice franco-tedesco è stato positivo.", ["s:DE", "s:FR"]],
    ["es", "La cumbre franco-alemana fue positiva.", ["s:DE", "s:FR"]],
    ["ro", "Summitul franco-german a fost pozitiv.", ["s:DE", "s:FR"]],
    ["ru", "Российско-американские переговоры были полезными.", ["s:RU", "s:US"]],
    ["de", "Das deutsch-französische Treffen sei positiv gewesen.", ["s:DE", "s:FR"]],
    ["pl", "Polsko-niemieckie rozmowy były konstruktywne.", ["s:DE", "s:PL"]],
  ])("%s: %s", (language, text, states) => {
    const r = read(language, text);
    expect([...keysOf(r, "state")].sort()).toEqual(states);
    expect(r.evaluations.map((e) => e.sense)).not.toContain("frank");
  });

  it.each([
    // A frank talk is frank; a combining form alone is no state.
    ["it", "È stato un colloquio franco."],
    ["es", "Fue una conversación franca y directa."],
  ])("still frank: %s: %s", (language, text) => {
    const r = read(language, text);
    expect(keysOf(r, "state")).toEqual([]);
    expect(r.evaluations.map((e) => e.sense)).toContain("frank");
  });
});

describe("a range of clock times is a length of about an hour in every pack", () => {
  it.each([
    ["pl", "Rozmowa trwała od godz. 16.04 do 17.06."],
    ["pl", "Rozmowa trwała od godz. 16.04 do godz. 17.06."],
    ["ru", "Разговор продолжался с 16:04 до 17:06."],
    ["uk", "Розмова тривала з 16:04 до 17:06."],
    ["en", "The call lasted from 16:04 to 17:06."],
    ["de", "Das Telefonat dauerte von 16:04 Uhr bis 17:06 Uhr."],
    ["de", "Das Gespräch dauerte zwischen 16:04 Uhr und 17:06 Uhr."],
    ["fr", "L'entretien a duré de 16h04 à 17h06."],
    ["it", "Il colloquio è durato dalle 16.04 alle 17.06."],
    ["es", "La conversación duró de las 16:04 a las 17:06."],
    ["es", "La conversación duró de las 16.04 a las 17.06."],
    ["ro", "Convorbirea a durat de la ora 16:04 până la 17:06."],
    ["ro", "Convorbirea a durat de la ora 16.04 până la ora 17.06."],
    ["vi", "Cuộc điện đàm kéo dài từ 16h04 đến 17h06."],
  ])("%s: %s", (language, text) => {
    expect(durations(read(language, text))).toEqual([62]);
  });

  it.each([
    // Two dates, and a sentence break between two times.
    ["pl", "Umowa obowiązuje od 16.04 do 17.06."],
    ["ro", "Acordul este valabil de la 16.04 până la 17.06."],
    ["es", "El acuerdo rige de 16.04 a 17.06."],
    ["pl", "Rozmowa zakończyła się o godz. 16.04. Do 17.06 trwały obrady."],
  ])("no range: %s: %s", (language, text) => {
    expect(durations(read(language, text))).toEqual([]);
  });
});
