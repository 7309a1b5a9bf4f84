import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers of fresh news sentences in es fr it pl ro ru uk vi (ml21). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.kind, text.slice(...c.assertionSpan)] : null;
};

describe("a title or a case mark before one name in a source phrase: the name is the person's", () => {
  it.each([
    ["vi", "Theo ông Hùng, dự án sẽ hoàn thành trong năm nay.", "Hùng", "dự án sẽ hoàn thành trong năm nay."],
    ["vi", "Theo bà Lan, nguồn vốn sẽ được giải ngân vào tháng 7.", "Lan", "nguồn vốn sẽ được giải ngân vào tháng 7."],
    ["vi", "Theo ông Trần Minh Tuấn, kế hoạch này chưa đủ.", "Trần Minh Tuấn", "kế hoạch này chưa đủ."],
    ["ro", "Potrivit lui Popescu, primele fonduri vor ajunge în iulie.", "Popescu", "primele fonduri vor ajunge în iulie."],
    ["ro", "Potrivit lui Vasilescu primele fonduri vor ajunge în iulie.", "Vasilescu", "primele fonduri vor ajunge în iulie."],
  ])("%s: %s", (language, text, name, content) => {
    expect(last(language, text)).toEqual([name, "person", content]);
  });
  it("negative: the pronoun alone still refers back ('Theo ông, …' after a named speaker)", () => {
    const c = last("vi", "Ông Trần Minh Tuấn cho biết kế hoạch chưa đủ. Theo ông, cần một cuộc cải cách rộng hơn.");
    expect(c?.[0]).toBe("Trần Minh Tuấn");
    expect(c?.[2]).toBe("cần một cuộc cải cách rộng hơn.");
  });
  it("negative: a body in the dative is no person ('Potrivit Guvernului')", () => {
    expect(last("ro", "Potrivit Guvernului, primele fonduri vor ajunge în iulie.")?.[1]).not.toBe("person");
  });
});

describe("an auxiliary ends a source phrase with no comma: the word before it is the clause's subject, no complement of the role", () => {
  it.each([
    ["pl", "Zdaniem ministra podwyżki są konieczne.", "minister", "podwyżki są konieczne."],
    ["pl", "Według ministra ceny będą rosły.", "minister", "ceny będą rosły."],
    ["ru", "По словам министра цены будут расти.", "министр", "цены будут расти."],
    ["uk", "За словами міністра ціни будуть зростати.", "міністр", "ціни будуть зростати."],
  ])("%s: %s", (language, text, name, content) => {
    const c = last(language, text);
    expect(c?.[0]).toBe(name);
    expect(c?.[2]).toBe(content);
  });
  it.each([
    ["pl", "Według ministra zdrowia reforma jest konieczna.", "minister zdrowia", "reforma jest konieczna."],
    ["pl", "Zdaniem ministra rolnictwa susza może potrwać do jesieni.", "minister rolnictwa", "susza może potrwać do jesieni."],
    ["ru", "По словам министра обороны учения будут продолжены.", "министр обороны", "учения будут продолжены."],
    ["uk", "За словами міністра оборони навчання будуть тривати.", "міністр оборони", "навчання будуть тривати."],
  ])("negative: the role's complement stays before a subject (%s: %s)", (language, text, name, content) => {
    const c = last(language, text);
    expect(c?.[0]).toBe(name);
    expect(c?.[2]).toBe(content);
  });
});

describe("vi: a short run of capitals after the noun of an area is the area's name, no person's", () => {
  it.each([
    ["Công an tỉnh Nghệ An cho biết đang điều tra các vụ hành hung.", "Công an tỉnh Nghệ An"],
    ["Chủ tịch tỉnh Nghệ An cho biết đang điều tra các vụ hành hung.", "Chủ tịch tỉnh Nghệ An"],
    ["UBND thành phố Cần Thơ cho biết dự án sẽ khởi công vào tháng 5.", "UBND thành phố Cần Thơ"],
  ])("%s", (text, name) => {
    const c = run("vi", text).at(-1);
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).not.toBe("person");
  });
  it("negative: a person's name after the area's name is the person", () => {
    const c = run("vi", "Chủ tịch UBND tỉnh Lào Cai Lê Thị Mai cho biết các tuyến đường sẽ được sửa chữa.").at(-1);
    expect(c?.speaker.name).toBe("Lê Thị Mai");
    expect(c?.speaker.kind).toBe("person");
  });
});

describe("pl: a dot after the złoty's sign before a capital ends the sentence", () => {
  it("the next sentence's speaker is found and the content stops at 'zł.'", () => {
    const text = "Według Jana Nowaka koszty reformy wyniosą 3 mld zł. Rzeczniczka rady Anna Wiśniewska powiedziała, że lekarze poprą zmiany.";
    const cs = run("pl", text);
    expect(cs.map((c) => [c.speaker.name, text.slice(...c.assertionSpan)])).toEqual([
      ["Jan Nowak", "koszty reformy wyniosą 3 mld zł."],
      ["Anna Wiśniewska", "lekarze poprą zmiany."],
    ]);
  });
  it("negative: a lower-case word after it goes on with the sentence", () => {
    const text = "Zasiłek wyniesie 500 zł. miesięcznie – powiedziała Anna Wiśniewska.";
    expect(last("pl", text)?.[0]).toBe("Anna Wiśniewska");
  });
});

describe("vi: a speaker phrase is counted in syllables, so a long title with its body and province still reaches the name", () => {
  it.each([
    ["Phó giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn Hải cho biết tỉnh còn thiếu 500 bác sĩ.", "Nguyễn Văn Hải", "tỉnh còn thiếu 500 bác sĩ."],
    ["Theo Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn Hải, tỉnh còn thiếu 500 bác sĩ.", "Nguyễn Văn Hải", "tỉnh còn thiếu 500 bác sĩ."],
  ])("%s", (text, name, content) => {
    expect(last("vi", text)).toEqual([name, "person", content]);
  });
  it("negative: the body alone with its province is the body", () => {
    expect(last("vi", "Sở Y tế tỉnh Nghệ An cho biết 300 điều dưỡng đã được tuyển dụng.")?.slice(0, 2)).toEqual(["Sở Y tế tỉnh Nghệ An", "institution"]);
  });
});

describe("bodies that speak as one are institutions (fr gendarmerie, it carabinieri, es consejería)", () => {
  it.each([
    ["fr", "La gendarmerie a confirmé qu’elle enquêtait sur les agressions.", "La gendarmerie"],
    ["it", "I carabinieri hanno confermato che indagano sulle aggressioni.", "I carabinieri"],
    ["es", "La Consejería de Salud de Andalucía informó de que ya ha contratado a 300 enfermeros.", "La Consejería de Salud de Andalucía"],
  ])("%s: %s", (language, text, name) => {
    expect(last(language, text)?.slice(0, 2)).toEqual([name, "institution"]);
  });
  it("negative: a person of the body is headed by a role word and stays a description", () => {
    expect(last("it", "Un portavoce dei carabinieri ha confermato che indagano sulle aggressioni.")?.[1]).not.toBe("institution");
  });
});
