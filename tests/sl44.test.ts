import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests (pl, ru, uk): the people told after the speaker's name, in the dative plural
// (pack grammar.addresseeEndings), and a description with where the person is from before their name, no comma between.
const PUB = "2026-04-09";
const claims = (language: string, text: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const one = (language: string, text: string): Claim => {
  const cs = claims(language, text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("the people told after the speaker are no part of the speaker", () => {
  it.each([
    ["ru", "«Мы откроем мост в мае», — заявил министр транспорта Аркадий Белозерцев журналистам.", "Аркадий Белозерцев", "«Мы откроем"],
    ["ru", "Мост откроют в мае, сказал министр транспорта Аркадий Белозерцев журналистам.", "Аркадий Белозерцев", "Мост откроют"],
    ["ru", "Мост откроют в мае, сказал министр транспорта Аркадий Белозерцев депутатам Госдумы.", "Аркадий Белозерцев", "Мост откроют"],
    ["uk", "Міст відкриють у травні, заявив міністр транспорту Аркадій Білозерцев журналістам.", "Аркадій Білозерцев", "Міст відкриють"],
    ["uk", "Міст відкриють у травні, сказав міністр транспорту Аркадій Білозерцев депутатам у понеділок.", "Аркадій Білозерцев", "Міст відкриють"],
    ["pl", "Most zostanie otwarty w maju – powiedział rzecznik ratusza Jan Kowal dziennikarzom.", "Jan Kowal", "Most zostanie"],
    ["pl", "Most zostanie otwarty w maju, powiedział rzecznik ratusza Jan Kowal mieszkańcom w piątek.", "Jan Kowal", "Most zostanie"],
  ])("%s: %s", (lang, text, name, content) => {
    const c = one(lang, text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
    expect(c.assertion.startsWith(content)).toBe(true);
    expect(c.speaker.mention).not.toMatch(/журнал|депутат|dziennikar|mieszka/u);
  });

  it.each([
    ["ru", "Мост откроют в мае, заявил министр транспорта журналистам.", "министр транспорта"],
    ["pl", "Most zostanie otwarty w maju, powiedział rzecznik ratusza dziennikarzom.", "rzecznik ratusza"],
  ])("after a description too — %s: %s", (lang, text, mention) => {
    const c = one(lang, text);
    expect(c.speaker.mention).toBe(mention);
  });

  it.each([
    // (the people told before the speaker: the speaker's phrase is whole)
    ["ru", "Мост откроют в мае, заявил журналистам министр транспорта Аркадий Белозерцев.", "министр транспорта Аркадий Белозерцев"],
    ["pl", "Most zostanie otwarty w maju, powiedział dziennikarzom rzecznik ratusza Jan Kowal.", "rzecznik ratusza Jan Kowal"],
    // (a plural in another case after a name stays a complement: no dative ending)
    ["ru", "Мост откроют в мае, сказал глава Совета директоров Иван Петров.", "Иван Петров"],
  ])("negatives — %s: %s", (lang, text, expected) => {
    const c = one(lang, text);
    expect(c.speaker.mention).toContain(expected);
  });
});

describe("a description, where the person is from, and their name, with no comma: the name speaks", () => {
  it.each([
    ["ru", "«Поезд опоздал на час», — говорит машинист из Твери Николай Громов.", "Николай Громов"],
    ["ru", "«Поезд опоздал на час», — говорит машинист из Нижнего Новгорода Николай Громов.", "Николай Громов"],
    ["uk", "«Шахта працює без перерви», — каже шахтар із Павлограда Іван Бондар.", "Іван Бондар"],
    ["uk", "«Шахта працює без перерви», — розповів шахтар з Кривого Рогу Іван Бондар.", "Іван Бондар"],
    ["pl", "„Kopalnia działa bez przerwy” – mówi górnik z Katowic Jan Nowak.", "Jan Nowak"],
    ["pl", "„Kopalnia działa bez przerwy” – mówi górnik z Zielonej Góry Jan Nowak.", "Jan Nowak"],
  ])("%s: %s", (lang, text, name) => {
    const c = one(lang, text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
    expect(c.kind).toBe("direct");
  });

  it.each([
    // (the place alone, no name: the description speaks)
    ["ru", "«Поезд опоздал на час», — говорит машинист из Твери.", "машинист"],
    ["uk", "«Шахта працює без перерви», — каже шахтар із Павлограда.", "шахтар"],
    ["pl", "„Kopalnia działa bez przerwy” – mówi górnik z Katowic.", "górnik"],
  ])("no name after the place — %s: %s", (lang, text, name) => {
    const c = one(lang, text);
    expect(c.speaker.name).toContain(name);
    expect(c.speaker.kind).not.toBe("person");
  });
});
