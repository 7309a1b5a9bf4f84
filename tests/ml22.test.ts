import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution leftovers in ru uk ro vi (ml22, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.kind, text.slice(...c.assertionSpan)] : null;
};

describe("a one-word body (a clipped compound or a declined acronym) after a title is the body, not part of the name", () => {
  it.each([
    ["ru", "Глава Минфина Антон Силуанов заявил, что бюджет будет исполнен в срок.", "Антон Силуанов", "бюджет будет исполнен в срок."],
    ["ru", "Глава Минздрава Олег Кравцов заявил, что больницы получат новое оборудование.", "Олег Кравцов", "больницы получат новое оборудование."],
    ["ru", "Глава МИДа Иван Петров заявил, что переговоры продолжатся.", "Иван Петров", "переговоры продолжатся."],
    ["uk", "Голова Мінфіну Сергій Марченко заявив, що бюджет буде виконано.", "Сергій Марченко", "бюджет буде виконано."],
    ["uk", "Голова Полтавської ОВА Володимир Когут заявив, що ворог атакував область.", "Володимир Когут", "ворог атакував область."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "person", content]);
  });
  it.each([
    ["ru", "Губернатор Иван Минаев заявил, что дороги отремонтируют.", "Иван Минаев"],
    ["ru", "Ростислав Петров заявил, что дороги отремонтируют.", "Ростислав Петров"],
    ["uk", "Мер Іван Мінченко заявив, що дороги відремонтують.", "Іван Мінченко"],
  ])("negative: a name that only looks like a body's stem stays whole (%s: %s)", (language, text, name) => {
    expect(last(language, text)?.slice(0, 2)).toEqual([name, "person"]);
  });
});

describe("a one-word body the pack knows by its stem speaks as an institution", () => {
  it.each([
    ["ru", "Росстат сообщил, что инфляция в марте замедлилась.", "Росстат", "инфляция в марте замедлилась."],
    ["ru", "Роскомнадзор заявил, что ограничил доступ к сайту.", "Роскомнадзор", "ограничил доступ к сайту."],
    ["uk", "Держстат повідомив, що інфляція сповільнилася.", "Держстат", "інфляція сповільнилася."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "institution", content]);
  });
  it("negative: an unknown surname alone is no body", () => {
    expect(last("ru", "Известный экономист Петров заявил, что инфляция замедлилась.")?.[1]).not.toBe("institution");
  });
});

describe("a plural verb with no subject, then a preposition and a public body closing the sentence: the body speaks", () => {
  it.each([
    ["ru", "Бюджет будет пересмотрен осенью, сообщили в министерстве.", "министерство", "Бюджет будет пересмотрен осенью"],
    ["ru", "Бюджет будет пересмотрен осенью, сообщили в пятницу в министерстве финансов.", "министерство финансов", "Бюджет будет пересмотрен осенью"],
    ["uk", "Бюджет переглянуть восени, повідомили в міністерстві.", "міністерство", "Бюджет переглянуть восени"],
    ["uk", "Бюджет переглянуть восени, повідомили у Міністерстві фінансів.", "Міністерство фінансів", "Бюджет переглянуть восени"],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "institution", content]);
  });
  it("negative: a place after the verb is no body ('сообщили в Москве')", () => {
    expect(last("ru", "Бюджет будет пересмотрен осенью, сообщили в Москве.")?.[0]).not.toBe("министерство");
    expect(run("ru", "Бюджет будет пересмотрен осенью, сообщили в Москве.").every((c) => c.speaker.kind !== "institution" || c.speaker.name !== "Москва")).toBe(
      true,
    );
  });
  it("negative: a singular verb with no subject is not read so ('сообщил в министерстве')", () => {
    expect(run("ru", "Бюджет будет пересмотрен осенью, сообщил в министерстве.").some((c) => c.speaker.name === "министерство")).toBe(false);
  });
});

describe("Romanian: a noun of office in the genitive-dative before its complement comes back to its base form", () => {
  it.each([
    ["Potrivit președintelui Consiliului Județean, drumul va fi redeschis luni.", "președintele Consiliului Județean"],
    ["Potrivit ministrului Sănătății, spitalul va fi redeschis luni.", "ministrul Sănătății"],
  ])("%s", (text, name) => {
    expect(last("ro", text)?.[0]).toBe(name);
  });
  it("negative: a person's name after 'lui' is unchanged", () => {
    expect(last("ro", "Potrivit lui Ion Popescu, drumul va fi redeschis luni.")?.slice(0, 2)).toEqual(["Ion Popescu", "person"]);
  });
});

describe("Vietnamese: a noun of a public body of two words names the body", () => {
  it.each([
    ["Công an cho biết nghi phạm đã bị bắt giữ.", "Công an"],
    ["Theo Công an, nghi phạm đã bị bắt giữ.", "Công an"],
    ["Tòa án nhân dân tỉnh cho biết phiên xử sẽ diễn ra vào tháng sau.", "Tòa án nhân dân tỉnh"],
  ])("%s", (text, name) => {
    expect(last("vi", text)?.slice(0, 2)).toEqual([name, "institution"]);
  });
  it("negative: a person of the body is no institution ('Một cán bộ công an')", () => {
    expect(last("vi", "Một cán bộ công an cho biết nghi phạm đã bị bắt giữ.")?.[1]).not.toBe("institution");
  });
});
