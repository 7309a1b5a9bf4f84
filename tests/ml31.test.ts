import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution in ru, uk and pl agency news (ml31). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-04" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? { name: c.speaker.name, kind: c.kind, content: text.slice(...c.assertionSpan) } : null;
};

describe("a statement noun that closes with its preposition names whom it was told; the speaker follows", () => {
  it.each([
    ["ru", "«Мы не допустим повторения этой ситуации», — отметила в беседе с ТАСС глава Совфеда Валентина Матвиенко.", "Валентина Матвиенко"],
    ["ru", "«Цены не вырастут», — сказал в разговоре с РИА Новости глава Минфина Антон Силуанов.", "Антон Силуанов"],
    ["uk", "«Ми отримаємо нові системи ППО», — додала в розмові з Укрінформом заступниця міністра оборони Ганна Маляр.", "Ганна Маляр"],
    ["pl", "„Polska jest gotowa na każdy scenariusz” – podkreślił w rozmowie z Polsat News szef MON Władysław Kosiniak-Kamysz.", "Władysław Kosiniak-Kamysz"],
    ["pl", "„Ceny prądu nie wzrosną” – powiedziała w rozmowie z Radiem Zet minister Paulina Hennig-Kloska.", "Paulina Hennig-Kloska"],
  ])("%s: %s", (language, text, name) => {
    const c = last(language, text);
    expect(c?.name).toBe(name);
    expect(c?.kind).toBe("direct");
  });

  it.each([
    [
      "ru",
      "Как сообщил в беседе с «Интерфаксом» источник в правительстве, законопроект внесут в Думу в марте.",
      "источник",
      "законопроект внесут в Думу в марте.",
    ],
    ["ru", "Как рассказал в интервью ТАСС губернатор Белгородской области Вячеслав Гладков, эвакуация завершена.", "Вячеслав Гладков", "эвакуация завершена."],
    [
      "uk",
      "Як розповів у розмові з Укрінформом речник Сил оборони півдня Владислав Волошин, ворог втратив два танки.",
      "Владислав Волошин",
      "ворог втратив два танки.",
    ],
    ["pl", "Jak powiedział w rozmowie z PAP wiceminister rolnictwa Michał Kołodziejczak, ceny zbóż spadną.", "Michał Kołodziejczak", "ceny zbóż spadną."],
    [
      "pl",
      "Jak poinformował w rozmowie z Radiem Zet rzecznik rządu Adam Szłapka, projekt trafi do Sejmu w marcu.",
      "Adam Szłapka",
      "projekt trafi do Sejmu w marcu.",
    ],
  ])("as-source past the noun: %s: %s", (language, text, name, content) => {
    const c = last(language, text);
    expect(c?.name).toBe(name);
    expect(c?.content).toBe(content);
  });

  it("negative: the one addressed is no speaker of a statement noun ('в беседе с Ван И обсуждение' reports nothing)", () => {
    const c = run("ru", "Глава МИД Сергей Лавров провёл в беседе с Ван И обсуждение ситуации на Ближнем Востоке.");
    expect(c.some((x) => /Ван/u.test(x.speaker.name))).toBe(false);
  });
  it("negative: a statement noun with no preposition keeps its medium as speaker after a verb ('заявил в интервью РИА Новости министр')", () => {
    expect(last("ru", "«Решение будет принято до конца месяца», — заявил в интервью РИА Новости министр финансов Антон Силуанов.")?.name).toBe(
      "Антон Силуанов",
    );
  });
  it("negative: the verb's own subject still speaks when the noun opens the sentence ('W rozmowie z PAP wiceminister … powiedział, że')", () => {
    const c = last("pl", "W rozmowie z PAP wiceminister rolnictwa Michał Kołodziejczak powiedział, że ceny zbóż spadną.");
    expect(c?.name).toBe("Michał Kołodziejczak");
    expect(c?.content).toBe("ceny zbóż spadną.");
  });
});

describe("a clipped body's name between a role word and a name of two words is no part of the name", () => {
  it.each([
    ["ru", "«Ситуация под контролем», — сказал глава Совфеда Валентина Матвиенко.", "Валентина Матвиенко"],
    ["uk", "«Ситуація на фронті складна, але контрольована», — зазначив речник Генштабу Андрій Коваленко.", "Андрій Коваленко"],
    ["ru", "«Бюджет будет исполнен», — заявил представитель Минфина Иван Чебесков.", "Иван Чебесков"],
  ])("%s: %s", (language, text, name) => {
    expect(last(language, text)?.name).toBe(name);
  });
  it("negative: a name with its patronymic after a role word stays whole (no clipped body opens it)", () => {
    expect(last("ru", "«Мы готовы к паводку», — сказал губернатор Андрей Андреевич Соколов.")?.name).toBe("Андрей Андреевич Соколов");
  });
});

describe("a known body in the genitive after a role word opening a source phrase: the description speaks, not the body", () => {
  it.each([
    ["pl", "Według rzecznika Komisji Europejskiej decyzja zostanie podjęta w przyszłym tygodniu.", "rzecznik Komisji Europejskiej"],
    ["pl", "Według rzecznika Komisji Europejskiej, rozmowy z Chinami potrwają do maja.", "rzecznik Komisji Europejskiej"],
  ])("%s: %s", (language, text, name) => {
    const c = run(language, text).at(-1);
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).not.toBe("institution");
  });
  it("negative: the body alone after the preposition still speaks ('Według Komisji Europejskiej')", () => {
    const c = run("pl", "Według Komisji Europejskiej decyzja zostanie podjęta w przyszłym tygodniu.").at(-1);
    expect(c?.speaker.kind).toBe("institution");
  });
  it("negative: a role the lexicon holds with its body keeps its holder ('Według rzecznika Kremla' is Peskov)", () => {
    expect(run("pl", "Według rzecznika Kremla decyzja zostanie podjęta w przyszłym tygodniu.").at(-1)?.speaker.name).toBe("Dmitry Peskov");
  });
});
