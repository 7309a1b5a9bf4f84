import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// The spokesperson of a body, and a role phrase before a full name (spk34). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("a body before a role word in lower case: the spokesperson speaks (en)", () => {
  it.each([
    ["A European Commission spokesman said the talks with Mercosur would last until summer.", "A European Commission spokesman", null],
    ["The talks will last until summer, a European Commission spokesman said.", "a European Commission spokesman", null],
    ["A State Department spokeswoman said the embassy would stay open.", "A State Department spokeswoman", "US"],
    ["“The embassy will stay open,” a State Department spokeswoman told reporters.", "a State Department spokeswoman", "US"],
  ])("%s", (text, name, side) => {
    const sp = first("en", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("unknown");
    expect(sp?.side).toBe(side);
    expect(text.slice(...(sp!.mentionSpan as [number, number]))).toBe(name);
  });
  it.each([
    ["The European Commission said the talks would last until summer.", "European Commission"],
    ["The talks will last until summer, the European Commission said.", "European Commission"],
    ["“The embassy will stay open,” the State Department said on Monday.", "US State Department"],
    ["The talks will last until summer, the Kremlin also said.", "Kremlin"],
    // (a noun of a statement is no office: the body issued it)
    ["The Kremlin statement said the call lasted two hours.", "Kremlin"],
    ["The call lasted two hours, the Kremlin statement said.", "Kremlin"],
  ])("negative: the body itself speaks: %s", (text, name) => {
    const sp = first("en", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("institution");
  });
  it("negative: a spokesman with his name is that person", () => {
    const sp = first("en", "The European Commission spokesman Eric Mamer said the talks would last.");
    expect(sp?.name).toBe("Eric Mamer");
    expect(sp?.kind).toBe("person");
  });
});

describe("the spokesperson of a body after the verb, or after a source preposition (ru uk pl)", () => {
  it.each([
    ["ru", "Переговоры продолжатся в мае, заявил представитель Еврокомиссии.", "представитель Еврокомиссии", "представитель Еврокомиссии"],
    [
      "ru",
      "«Переговоры продолжатся в мае», — заявил официальный представитель Еврокомиссии.",
      "официальный представитель Еврокомиссии",
      "официальный представитель Еврокомиссии",
    ],
    ["uk", "Рішення ухвалять у квітні, повідомив речник Єврокомісії.", "речник Єврокомісії", "речник Єврокомісії"],
    [
      "pl",
      "Negocjacje potrwają do lata – powiedziała rzeczniczka Komisji Europejskiej.",
      "rzeczniczka Komisji Europejskiej",
      "rzeczniczka Komisji Europejskiej",
    ],
    ["ru", "По словам представителя Еврокомиссии, переговоры продолжатся в мае.", "представитель Еврокомиссии", "представителя Еврокомиссии"],
    ["uk", "За словами речника Єврокомісії, рішення ухвалять у квітні.", "речник Єврокомісії", "речника Єврокомісії"],
    // (the role in its base form, the body's name as written in the genitive the role governs)
    ["pl", "Według rzeczniczki Komisji Europejskiej negocjacje potrwają do lata.", "rzeczniczka Komisji Europejskiej", "rzeczniczki Komisji Europejskiej"],
    ["pl", "Zdaniem rzecznika Komisji Europejskiej, negocjacje potrwają do lata.", "rzecznik Komisji Europejskiej", "rzecznika Komisji Europejskiej"],
    // (a body's common noun after the role word keeps its case too)
    ["pl", "Według rzeczniczki policji pożar ugaszono w nocy.", "rzeczniczka policji", "rzeczniczki policji"],
    ["pl", "Według rzecznika straży pożarnej pożar ugaszono w nocy.", "rzecznik straży pożarnej", "rzecznika straży pożarnej"],
    ["ru", "По словам начальника пожарной охраны, пожар потушили ночью.", "начальник пожарной охраны", "начальника пожарной охраны"],
  ])("%s: %s", (language, text, name, mention) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("unknown");
    expect(sp?.mention).toBe(mention);
  });
  it("a state in the body's name gives the side (uk)", () => {
    const sp = first("uk", "«Ми не братимемо участі в переговорах», — заявив речник МЗС України.");
    expect(sp?.name).toBe("речник МЗС України");
    expect(sp?.side).toBe("UA");
  });
  it.each([
    ["pl", "Negocjacje potrwają do lata – powiedziała Komisja Europejska."],
    ["ru", "Переговоры продолжатся в мае, заявили в Еврокомиссии."],
    ["uk", "Рішення ухвалять у квітні, повідомила Єврокомісія."],
  ])("negative: the body alone is still the body (%s)", (language, text) => {
    const sp = first(language, text);
    expect(sp?.name).toBe("European Commission");
    expect(sp?.kind).toBe("institution");
  });
  it.each([
    ["pl", "Negocjacje potrwają do lata – powiedział rzecznik Komisji Europejskiej Jan Wierzba.", "Jan Wierzba", "rzecznik Komisji Europejskiej"],
    ["ru", "Переговоры продолжатся в мае, заявил представитель Еврокомиссии Иван Петров.", "Иван Петров", "представитель Еврокомиссии"],
    ["ru", "Представитель Еврокомиссии Иван Петров заявил, что переговоры продолжатся в мае.", "Иван Петров", "Представитель Еврокомиссии"],
  ])("negative: a spokesperson with a name is that person (%s)", (language, text, name, role) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
    expect(sp?.role).toBe(role);
  });
});

describe("a role phrase with a body's noun, then a full name: the person speaks, in that role", () => {
  it.each([
    [
      "uk",
      "Як повідомив голова обласної військової адміністрації Олег Синєгубов, унаслідок обстрілу загинули двоє людей.",
      "Олег Синєгубов",
      "голова обласної військової адміністрації",
    ],
    [
      "uk",
      "Голова обласної військової адміністрації Олег Синєгубов заявив, що загинули двоє людей.",
      "Олег Синєгубов",
      "Голова обласної військової адміністрації",
    ],
    [
      "ru",
      "Как сообщил глава областной администрации Иван Петров, в результате обстрела пострадали три человека.",
      "Иван Петров",
      "глава областной администрации",
    ],
    ["it", "La presidente del Consiglio Giorgia Meloni ha detto che il governo non cambierà la legge.", "Giorgia Meloni", "presidente del Consiglio"],
    ["it", "Il presidente del Consiglio Mario Rossi ha detto che il governo non cambierà la legge.", "Mario Rossi", "presidente del Consiglio"],
    ["es", "La ministra de Hacienda, María Jesús Montero, dijo que el Gobierno aprobará los presupuestos.", "María Jesús Montero", "La ministra de Hacienda"],
    ["fr", "Le ministre de l'Intérieur Gérald Darmanin a déclaré que la loi serait votée en mai.", "Gérald Darmanin", "ministre de l'Intérieur"],
  ])("%s: %s", (language, text, name, role) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
    expect(sp?.role).toBe(role);
  });
  it.each([
    ["ro", "Reprezentanții Ministerului Sănătății au declarat că spitalele vor primi fonduri noi.", "Reprezentanții Ministerului Sănătății"],
    ["en", "Officials at the Department of Water Resources said the dam was safe.", "Officials at the Department of Water Resources"],
  ])("negative: a description with a body's name and no person's is a description (%s)", (language, text, name) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).not.toBe("person");
  });
  it("negative: the body's noun alone, no role word before it, stays the body (uk)", () => {
    const sp = first("uk", "Обласна військова адміністрація повідомила, що загинули двоє людей.");
    expect(sp?.kind).toBe("institution");
  });
});
