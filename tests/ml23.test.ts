import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution leftovers in ru uk pl ro vi (ml23, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.kind, text.slice(...c.assertionSpan)] : null;
};

describe("a one-word body in the prepositional case speaks as the body, in its base form", () => {
  it.each([
    ["ru", "В Минфине сообщили, что дефицит бюджета сократился до двух процентов.", "Минфин", "дефицит бюджета сократился до двух процентов."],
    ["ru", "В Госдуме заявили, что закон примут осенью.", "Госдума", "закон примут осенью."],
    ["ru", "В МИДе заявили, что посол будет вызван для объяснений.", "МИД", "посол будет вызван для объяснений."],
    ["ru", "В Росгвардии сообщили, что задержаны трое участников драки.", "Росгвардия", "задержаны трое участников драки."],
    ["ru", "В Минздраве Украины сообщили, что вакцина поступит в апреле.", "Минздрав Украины", "вакцина поступит в апреле."],
    ["ru", "Как сообщили в Росстате, цены на овощи выросли на пять процентов.", "Росстат", "цены на овощи выросли на пять процентов."],
    ["uk", "У МЗС заявили, що посол залишить країну до кінця тижня.", "МЗС", "посол залишить країну до кінця тижня."],
    ["uk", "У Мінфіні повідомили, що дефіцит бюджету зменшився.", "Мінфін", "дефіцит бюджету зменшився."],
    ["uk", "У Нацполіції повідомили, що затримано трьох підозрюваних.", "Нацполіція", "затримано трьох підозрюваних."],
    ["uk", "У Мінцифри заявили, що застосунок оновлять у травні.", "Мінцифри", "застосунок оновлять у травні."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "institution", content]);
  });
  it.each([
    ["ru", "Дефицит бюджета сократился, сообщили в Минфине.", "Минфин", "Дефицит бюджета сократился"],
    ["uk", "Дефіцит бюджету зменшився, повідомили в Мінфіні.", "Мінфін", "Дефіцит бюджету зменшився"],
  ])("after the verb that closes the sentence (%s: %s)", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "institution", content]);
  });
  it.each([
    ["ru", "В понедельник заявили, что переговоры продолжатся."],
    ["uk", "У понеділок заявили, що переговори триватимуть."],
  ])("negative: a date after the preposition is no body (%s: %s)", (language, text) => {
    expect(run(language, text).some((c) => c.speaker.kind === "institution")).toBe(false);
  });
  it("negative: a person's name stays a person, the name not cut", () => {
    expect(last("ru", "Ростислав Минаев заявил, что дороги отремонтируют.")?.slice(0, 2)).toEqual(["Ростислав Минаев", "person"]);
    expect(last("ru", "Глава МИДа Иван Петров заявил, что переговоры продолжатся.")?.slice(0, 2)).toEqual(["Иван Петров", "person"]);
  });
});

describe("a person's name, then a preposition and where they come from: the person speaks", () => {
  it.each([
    ["ru", "Иван Петров из Российской академии наук заявил, что эксперимент прошёл успешно.", "Иван Петров", "эксперимент прошёл успешно."],
    ["ru", "Анна Смирнова из Института физики сказала, что результаты будут опубликованы.", "Анна Смирнова", "результаты будут опубликованы."],
    ["ru", "По словам Ивана Петрова из Российской академии наук, эксперимент прошёл успешно.", "Иван Петров", "эксперимент прошёл успешно."],
    ["uk", "Іван Петренко з Національної академії наук заявив, що експеримент був успішним.", "Іван Петренко", "експеримент був успішним."],
    ["pl", "Jan Kowalski z Polskiej Akademii Nauk powiedział, że eksperyment się udał.", "Jan Kowalski", "eksperyment się udał."],
    ["en", "John Smith from the Royal Society said that the test worked.", "John Smith", "the test worked."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "person", content]);
  });
  it.each([
    ["ru", "Эксперт из Москвы заявил, что цены вырастут.", "Эксперт"],
    ["en", "United Nations officials in Geneva said that the talks would resume.", "United Nations"],
  ])("negative: a description or a body with a place is no person's name (%s: %s)", (language, text, not) => {
    const c = run(language, text).at(-1);
    expect(c?.speaker.kind).not.toBe("person");
    expect(c?.speaker.name).not.toBe(not);
  });
});

describe("ro: a noun of office after 'potrivit' comes back to its articled base form", () => {
  it.each([
    ["Potrivit primarului, lucrările vor fi gata în mai.", "primarul", "lucrările vor fi gata în mai."],
    ["Potrivit ministrului, pensiile vor crește din iulie.", "ministrul", "pensiile vor crește din iulie."],
    ["Potrivit purtătorului de cuvânt al poliției, suspectul a fost reținut.", "purtătorul de cuvânt al poliției", "suspectul a fost reținut."],
  ])("%s", (text, name, content) => {
    expect(last("ro", text)).toEqual([name, "unknown", content]);
  });
  it.each([
    ["Potrivit primarului Ion Popescu, lucrările vor fi gata în mai.", "Ion Popescu"],
    ["Potrivit lui Ion Popescu, lucrările vor fi gata în mai.", "Ion Popescu"],
  ])("negative: a name after the noun is the speaker (%s)", (text, name) => {
    expect(last("ro", text)?.slice(0, 2)).toEqual([name, "person"]);
  });
});

describe("a description set off by commas after the source's name is the speaker's, not the content", () => {
  it.each([
    ["vi", "Theo ông Nguyễn Văn An, chuyên gia kinh tế, lạm phát sẽ giảm trong quý tới.", "Nguyễn Văn An", "lạm phát sẽ giảm trong quý tới."],
    ["vi", "Theo bà Trần Thị Mai, giáo sư Đại học Huế, học phí sẽ không tăng.", "Trần Thị Mai", "học phí sẽ không tăng."],
    ["ro", "Potrivit lui Ion Popescu, directorul spitalului, pacienții au fost externați.", "Ion Popescu", "pacienții au fost externați."],
    ["en", "According to John Hill, the mayor, the road will reopen in May.", "John Hill", "the road will reopen in May."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "person", content]);
  });
  it.each([
    ["vi", "Theo ông Nguyễn Văn An, giá xăng sẽ tăng, còn giá điện sẽ giảm.", "giá xăng sẽ tăng, còn giá điện sẽ giảm."],
    ["ro", "Potrivit lui Ion Popescu, pacienții au fost externați, iar spitalul a fost închis.", "pacienții au fost externați, iar spitalul a fost închis."],
    ["en", "According to John Hill, the road will reopen, and the bridge will close.", "the road will reopen, and the bridge will close."],
  ])("negative: a clause after the name stays content (%s: %s)", (language, text, content) => {
    expect(last(language, text)?.[2]).toBe(content);
  });
});
