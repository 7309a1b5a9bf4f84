import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates, issue 11 item 8: a day after a future or conditional verb form is ahead; a span up to
// the day of writing after the cue is the time of what was said; a modal of the past before a
// reporting verb keeps the day before it the statement's. Sentences written for these tests; fixed
// reference date Wednesday 2025-03-19 (last Friday 2025-03-14, last Monday 2025-03-17).

const REF = "2025-03-19";
const one = (language: string, text: string) => {
  const cs = extractClaims({ id: "t", text, language, publishedAt: REF }).claims;
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("a day after a future or conditional form is ahead, never the statement's", () => {
  it.each([
    ["pl", "Jak powiedział rzecznik ministerstwa, decyzja w sprawie budżetu zapadnie w piątek."],
    ["pl", "Rzecznik rządu Adam Nowak powiedział, że negocjacje rozpoczną się w poniedziałek."],
    ["ru", "Представитель министерства Иван Петров сообщил, что решение примут в пятницу."],
    ["ru", "Мэр города Олег Сидоров сказал, что новый мост откроют в понедельник."],
    ["uk", "Речник міністерства Іван Петренко повідомив, що рішення ухвалять у пʼятницю."],
    ["fr", "Le ministre Jean Dupont a affirmé que les négociations reprendraient lundi."],
    ["fr", "Le maire Jean Dupont a indiqué que la piscine municipale serait rouverte vendredi."],
  ])("%s: %s", (language, text) => {
    const c = one(language, text);
    expect(c.date.iso).toBe(REF);
    expect(c.date.basis).toBe("published");
  });

  it.each([
    ["pl", "Rzecznik rządu Adam Nowak powiedział, że decyzja zapadła w piątek.", "2025-03-14"],
    ["pl", "Rzecznik rządu Adam Nowak powiedział, że w piątek odbyło się posiedzenie rządu.", "2025-03-14"],
    ["ru", "Представитель министерства Иван Петров сообщил, что решение приняли в пятницу.", "2025-03-14"],
    ["ru", "Представитель министерства Иван Петров сообщил, что в пятницу совет принял решение.", "2025-03-14"],
    ["uk", "Речник міністерства Іван Петренко повідомив, що рішення ухвалили у пʼятницю.", "2025-03-14"],
    // (the conditional of hearsay of the past: "aurait")
    ["fr", "Le maire Jean Dupont a indiqué que le suspect aurait été arrêté vendredi.", "2025-03-14"],
    ["fr", "Le maire Jean Dupont a indiqué vendredi que la piscine était fermée.", "2025-03-14"],
  ])("not with a past form — %s: %s", (language, text, iso) => {
    expect(one(language, text).date.iso).toBe(iso);
  });
});

describe("a span up to the day of writing after the cue: the time of what was said", () => {
  it.each([
    ["vi", "Bộ Y tế cho biết trong tuần qua cả nước ghi nhận 300 ca mắc sốt xuất huyết mới."],
    ["vi", "Ông Nguyễn Văn An cho biết trong tuần trước cả nước ghi nhận 300 ca mắc mới."],
    ["en", "The health ministry said over the past week more than 300 new cases of dengue were recorded."],
    ["ru", "Глава ведомства Иван Петров сообщил, что за прошлую неделю выявлено 300 новых случаев."],
  ])("%s: %s", (language, text) => {
    const c = one(language, text);
    expect(c.date.iso).toBe(REF);
    expect(c.date.basis).toBe("published");
  });

  it("a point in the past after the cue still dates the statement", () => {
    const c = one("en", "The ministry said last week that more than 300 new cases were recorded.");
    expect(c.date.iso).toBe("2025-03-12");
  });

  it("a span before a complementizer is the vague time of the saying: no date", () => {
    const c = one("en", "The ministry said in the past week that cases had risen sharply.");
    expect(c.date.iso).toBeNull();
  });
});

describe("a modal of the past before a reporting verb: the day before it is the statement's", () => {
  it("On Friday the spokesman would only say …", () => {
    const c = one("en", "On Friday the spokesman would only say that the talks were continuing.");
    expect(c.date.iso).toBe("2025-03-14");
    expect(c.date.text).toBe("Friday");
  });

  it.each(["On Friday the council will vote on the plan, the mayor said.", "On Friday the council would vote on the plan, the mayor said."])(
    "not a modal before another verb: %s",
    (text) => {
      const c = one("en", text);
      expect(c.date.iso).toBe(REF);
      expect(c.date.basis).toBe("published");
    },
  );
});
