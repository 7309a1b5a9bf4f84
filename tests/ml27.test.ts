import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution in ru uk pl (ml27, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? { name: c.speaker.name, kind: c.speaker.kind, side: c.speaker.side, content: text.slice(...c.assertionSpan) } : null;
};

describe("a body named with a state in the genitive is that body, on the state's side", () => {
  it.each([
    ["ru", "МВД России сообщило, что задержаны трое подозреваемых.", "МВД России", "RU", "задержаны трое подозреваемых."],
    ["ru", "Генпрокуратура Украины заявила, что дело передано в суд.", "Генпрокуратура Украины", "UA", "дело передано в суд."],
    ["ru", "По данным МВД России, задержаны трое.", "МВД России", "RU", "задержаны трое."],
    ["uk", "МВС України повідомило, що затримано трьох підозрюваних.", "МВС України", "UA", "затримано трьох підозрюваних."],
    ["pl", "MSW Rosji podało, że zatrzymano trzech podejrzanych.", "MSW Rosji", "RU", "zatrzymano trzech podejrzanych."],
  ])("%s: %s", (language, text, name, side, content) => {
    expect(last(language, text)).toEqual({ name, kind: "institution", side, content });
  });
  it("a clipped name of a body and an acronym after it: the body, no person (uk)", () => {
    expect(last("uk", "Генштаб ЗСУ повідомив, що ворог втратив дві гармати.")).toMatchObject({ name: "Генштаб ЗСУ", kind: "institution" });
  });
  it.each([
    ["ru", "Министерство иностранных дел Франции заявило, что посол будет отозван.", "Министерство иностранных дел Франции", "FR"],
    ["pl", "Ministerstwo Obrony Ukrainy poinformowało, że zestrzelono pięć dronów.", "Ministerstwo Obrony Ukrainy", "UA"],
    ["uk", "Посольство України в Польщі повідомило, що документи готові.", "Посольство України в Польщі", "UA"],
  ])("the noun of a body and the state in its name (%s): %s", (language, text, name, side) => {
    expect(last(language, text)).toMatchObject({ name, kind: "institution", side });
  });
  it("negative: a body the lexicon knows stays itself", () => {
    expect(last("ru", "Минобороны России сообщило, что ночью были сбиты пять беспилотников.")).toMatchObject({
      name: "Russian Defence Ministry",
      side: "RU",
    });
  });
  it("negative: the place after a preposition is where the body is, not its side", () => {
    expect(last("pl", "Ambasada Rosji w Warszawie poinformowała, że dokumenty są gotowe.")).toMatchObject({ kind: "institution", side: "RU" });
  });
});

describe("someone from a city is a description, not the state", () => {
  it.each([
    ["ru", "Эксперт из Москвы заявил, что цены на нефть вырастут.", "Эксперт из Москвы", "цены на нефть вырастут."],
    ["ru", "Аналитик из Киева считает, что наступление затянется.", "Аналитик из Киева", "наступление затянется."],
    ["uk", "Експерт із Києва заявив, що ціни на пальне зростуть.", "Експерт із Києва", "ціни на пальне зростуть."],
    ["pl", "Ekspert z Moskwy powiedział, że ceny ropy wzrosną.", "Ekspert z Moskwy", "ceny ropy wzrosną."],
    ["pl", "Analityk z Kijowa uważa, że ofensywa się przedłuży.", "Analityk z Kijowa", "ofensywa się przedłuży."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual({ name, kind: "unknown", side: null, content });
  });
  it("a named person from a city is that person", () => {
    expect(last("ru", "Иван Петров из Москвы заявил, что цены вырастут.")).toMatchObject({ name: "Иван Петров", kind: "person" });
  });
  it("negative: a source in the Kremlin keeps the Kremlin (a preposition of place, not of origin)", () => {
    expect(last("ru", "Источник в Кремле сообщил, что встреча состоится.")).toMatchObject({ name: "Kremlin", side: "RU" });
  });
});

describe("a name between commas after an office is the speaker, in its base form; the content follows the second comma", () => {
  it.each([
    ["ru", "По словам пресс-секретаря, Ивана Петрова, переговоры продолжатся в среду.", "Иван Петров", "переговоры продолжатся в среду."],
    ["ru", "По словам официального представителя МИД России, Марии Захаровой, Москва ответит на санкции.", "Maria Zakharova", "Москва ответит на санкции."],
    ["uk", "За словами речника, Івана Петренка, переговори триватимуть у середу.", "Іван Петренко", "переговори триватимуть у середу."],
    ["uk", "За словами речника МЗС, Георгія Тихого, Київ не отримував запрошення.", "Георгій Тихий", "Київ не отримував запрошення."],
    ["pl", "Według rzecznika MSZ, Jana Kowalskiego, rozmowy będą kontynuowane w środę.", "Jan Kowalski", "rozmowy będą kontynuowane w środę."],
    ["pl", "Jak powiedział rzecznik rządu, Piotr Wiśniewski, decyzja zapadnie wkrótce.", "Piotr Wiśniewski", "decyzja zapadnie wkrótce."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toMatchObject({ name, kind: "person", content });
  });
  it.each([
    ["uk", "За словами речника, Іван Петренко піде у відставку.", "речник", "Іван Петренко піде у відставку."],
    ["pl", "Według rzecznika, Jan Kowalski zostanie odwołany.", "rzecznik", "Jan Kowalski zostanie odwołany."],
  ])("negative, a name with no comma after it is in the content (%s): %s", (language, text, name, content) => {
    expect(last(language, text)).toMatchObject({ name, content });
  });
});

describe("Polish genitives of names: undeclined surnames and feminine names in -ia", () => {
  it.each([
    ["Według Kai Kallas Unia musi działać szybciej.", "Unia musi działać szybciej."],
    ["Zdaniem Natalii Kowalczuk unijna dyplomacja musi działać szybciej.", "unijna dyplomacja musi działać szybciej."],
  ])("a surname in no case after a first name in the genitive goes with the name: %s", (text, content) => {
    expect(last("pl", text)?.content).toBe(content);
  });
  it.each([
    ["Według Marii Zielińskiej rząd przyjmie ustawę.", "Maria Zielińska"],
    ["Według Natalii Nowak rząd przyjmie ustawę.", "Natalia Nowak"],
    ["Według Patrycji Kowalskiej rząd przyjmie ustawę.", "Patrycja Kowalska"],
    ["Według Emilii Sowy rząd przyjmie ustawę.", "Emilia Sowa"],
  ])("-ii, -ji → -ia, -ja: %s", (text, name) => {
    expect(last("pl", text)?.name).toBe(name);
  });
  it("negative: a foreign surname stays as written", () => {
    expect(last("pl", "Według Marka Vandenbroucke rząd Belgii nie zmieni stanowiska.")?.name).toBe("Mark Vandenbroucke");
  });
  it("negative: a word in the nominative after the name opens the clause", () => {
    expect(last("pl", "Według Anny Nowak Polska zyska na umowie.")).toMatchObject({ name: "Anna Nowak", content: "Polska zyska na umowie." });
  });
});

describe("a medium right after the verb was told; the phrase after it speaks", () => {
  it.each([
    ["ru", "«Мы готовы к диалогу», — заявил РИА Новости заместитель министра иностранных дел Сергей Рябков.", "Сергей Рябков"],
    ["ru", "«Переговоры зашли в тупик», — сказал ТАСС источник в дипломатических кругах.", "источник"],
    ["ru", "Как сообщил РИА Новости представитель МЧС, пожар локализован.", "представитель МЧС"],
    ["uk", "«Ми готові до діалогу», — сказав Укрінформу речник МЗС Георгій Тихий.", "Георгій Тихий"],
    ["uk", "Як повідомив Укрінформу речник Повітряних сил Юрій Ігнат, збито десять дронів.", "Юрій Ігнат"],
    ["pl", "– Nie zgodzimy się na to – powiedział PAP wiceminister spraw zagranicznych Andrzej Nowicki.", "Andrzej Nowicki"],
  ])("%s: %s", (language, text, name) => {
    expect(last(language, text)?.name).toBe(name);
  });
  it.each([
    ["ru", "Путин заявил, что Москва готова к диалогу, передает ТАСС.", "Vladimir Putin"],
    ["ru", "«Ситуация стабильная», — сообщил ТАСС в среду глава региона.", "TASS"],
  ])("negative, nothing or a date after the medium (%s): %s", (language, text, name) => {
    expect(last(language, text)?.name).toBe(name);
  });
});

describe("a role word before a body's noun in the genitive heads a person's description, not the body", () => {
  it.each([
    ["pl", "Rzeczniczka policji poinformowała, że sprawca został zatrzymany.", "Rzeczniczka policji", "unknown"],
    ["pl", "Jak przekazała rzeczniczka policji, sprawca został zatrzymany.", "rzeczniczka policji", "unknown"],
    ["ru", "Представитель посольства России заявил, что документы готовы.", "Представитель посольства России", "unknown"],
    ["ru", "Пресс-служба ведомства сообщила, что проверка продолжается.", "Пресс-служба ведомства", "institution"],
    ["ru", "Посольство России заявило, что документы готовы.", "Посольство России", "institution"],
  ])("%s: %s", (language, text, name, kind) => {
    expect(last(language, text)).toMatchObject({ name, kind });
  });
});
