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

describe("pl: a foreign name in the genitive keeps its final vowel; native alternations stay off it", () => {
  it.each([
    ["Według Pedra Sáncheza rząd nie zgodzi się na to porozumienie.", "Pedro Sánchez"],
    ["Według Leandra Gonzáleza partia nie poprze tego budżetu.", "Leandro González"],
    ["Według Aleksandra Nowaka rząd nie zgodzi się na to porozumienie.", "Aleksander Nowak"],
  ])("%s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
  it.each([
    // (Polish names in "-tr" keep it: "Piotr"; a plain "-a" is dropped)
    ["Według Piotra Nowaka rząd nie zgodzi się na to porozumienie.", "Piotr Nowak"],
    ["Według Jana Kowalskiego rząd nie zgodzi się na to porozumienie.", "Jan Kowalski"],
  ])("negative: %s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
});

describe("pl: the source preposition 'za' before a common noun is no source", () => {
  it.each(["Premier podziękował Trumpowi za wsparcie w trudnym czasie.", "Premier podziękował za wsparcie w trudnym czasie wszystkim sojusznikom."])(
    "%s",
    (text) => {
      expect(run("pl", text)).toHaveLength(0);
    },
  );
  it.each([
    ["Rząd nie zgodzi się na to porozumienie, za PAP.", "PAP"],
    ["Rząd nie zgodzi się na to porozumienie, za rzecznikiem rządu.", "rzecznikiem rządu"],
  ])("negative: %s", (text, mention) => {
    expect(first("pl", text)?.mention).toBe(mention);
  });
});

describe("ro: a role with its field in the genitive before a full name is that person", () => {
  it.each([
    ["Ministrul Sănătății Alexandru Rafila a declarat că spitalele sunt pregătite.", "Alexandru Rafila", "Ministrul Sănătății"],
    ["Ministrul Afacerilor Externe Bogdan Aurescu a declarat că vizita a fost un succes.", "Bogdan Aurescu", "Ministrul Afacerilor Externe"],
  ])("%s", (text, name, role) => {
    const sp = first("ro", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
    expect(sp?.role).toBe(role);
  });
  it.each([
    // (a body's noun in the genitive: its name runs on)
    ["Președintele Consiliului Județean Cluj a declarat că drumul va fi reparat.", "Președintele Consiliului Județean Cluj"],
    // (no name after the field)
    ["Ministrul Sănătății a declarat că spitalele sunt pregătite.", "Ministrul Sănătății"],
  ])("negative: %s", (text, name) => {
    expect(first("ro", text)?.name).toBe(name);
  });
});
