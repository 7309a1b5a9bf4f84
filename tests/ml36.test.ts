import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speaker names and roles in inflecting languages (ml36, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("a description in a governed case: the head noun and its adjectives in the base form, the complement as written", () => {
  it.each([
    ["ru", "По словам официального представителя МИД, переговоры продолжатся в среду.", "официальный представитель МИД"],
    ["ru", "По словам пресс-секретаря губернатора, дорогу откроют к вечеру.", "пресс-секретарь губернатора"],
    ["ru", "По словам российского министра, переговоры продолжатся в среду.", "российский министр"],
    ["ru", "По словам последнего руководителя станции, реактор остановлен.", "последний руководитель станции"],
    ["uk", "За словами речниці поліції, рух на трасі відновлено.", "речниця поліції"],
    ["uk", "За словами офіційного представника МЗС, переговори тривають.", "офіційний представник МЗС"],
    ["uk", "За словами прес-секретаря президента, переговори тривають.", "прес-секретар президента"],
    ["uk", "За словами заступниці міністра, рух на трасі відновлено.", "заступниця міністра"],
    ["uk", "За словами речника обласної поліції, рух на трасі відновлено.", "речник обласної поліції"],
  ])("%s: %s", (language, text, name) => {
    expect(first(language, text)?.name).toBe(name);
  });
  it.each([
    // (the complement's adjective keeps its case: it follows the head)
    ["ru", "По словам представителя местной администрации, дорогу откроют к вечеру.", "представитель местной администрации"],
    // (a description in the nominative is written as it stands)
    ["ru", "Официальный представитель МИД заявил, что переговоры продолжатся в среду.", "Официальный представитель МИД"],
    ["uk", "Речниця поліції повідомила, що рух на трасі відновлено.", "Речниця поліції"],
  ])("negative: %s: %s", (language, text, name) => {
    expect(first(language, text)?.name).toBe(name);
  });
});
