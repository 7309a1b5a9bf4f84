import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests, in the style of wire copy on diplomacy and the economy: an
// adverbial opening before the speaker and a complement clause, a Vietnamese adverbial opened by a
// reporting verb, Vietnamese ministries named in a source phrase, and Vietnamese titles before names.
const PUB = "2026-12-01";
const claims = (language: string, text: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;

describe("an adverbial opening, then the speaker, the verb, a comma and a complement clause", () => {
  it.each([
    ["ru", "Отвечая на вопрос журналистов, министр Иван Петров сказал, что цены снизятся.", "Иван Петров", "цены снизятся."],
    ["uk", "Відповідаючи на запитання журналістів, міністр Іван Петренко сказав, що ціни знизяться.", "Іван Петренко", "ціни знизяться."],
    ["pl", "Po spotkaniu z premierem, minister Jan Kowalski powiedział, że ceny spadną.", "Jan Kowalski", "ceny spadną."],
  ])("%s: the content is the complement clause, not the whole sentence", (lang, text, speaker, content) => {
    const cs = claims(lang, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each([
    ["ru", "Цены, сказал министр Иван Петров, снизятся уже в январе.", "Иван Петров"],
    ["uk", "Ціни, сказав міністр Іван Петренко, знизяться вже в січні.", "Іван Петренко"],
    ["pl", "Ceny, powiedział minister Jan Kowalski, spadną już w styczniu.", "Jan Kowalski"],
  ])("%s: a true parenthesis still attributes the whole sentence", (lang, text, speaker) => {
    const cs = claims(lang, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(text);
  });
});

describe("Vietnamese: a reporting verb opening an adverbial clause is the circumstance of the speaker after it", () => {
  it.each([
    ["Trả lời phỏng vấn hãng tin Reuters, ông Nguyễn Văn An cho biết giá điện sẽ tăng.", "Nguyễn Văn An"],
    ["Phát biểu với Reuters, Bộ trưởng Nguyễn Văn An cho biết giá điện sẽ tăng.", "Nguyễn Văn An"],
    ['Trả lời phỏng vấn báo Tuổi Trẻ, ông Trần Văn Bình nói rằng quan hệ hai nước "đang rất tốt".', "Trần Văn Bình"],
  ])("%s", (text, speaker) => {
    const cs = claims("vi", text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.speaker.kind).toBe("person");
  });

  it("keeps the verb with its own subject and complementizer", () => {
    const cs = claims("vi", "Ông Nguyễn Văn An trả lời phỏng vấn báo Tuổi Trẻ rằng giá điện sẽ tăng.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Nguyễn Văn An");
    expect(cs[0]!.assertion).toBe("giá điện sẽ tăng.");
  });

  it.each([
    ["es", "Preguntado por la agencia Reuters, el ministro Carlos Ruiz dijo que los precios bajarán.", "Carlos Ruiz"],
    ["fr", "Interrogé par Reuters, le ministre Jean Dupont a affirmé que les prix baisseront.", "Jean Dupont"],
  ])("%s: the same construction with a participle that is no cue", (lang, text, speaker) => {
    expect(claims(lang, text).map((c) => c.speaker.name)).toEqual([speaker]);
  });
});

describe("Vietnamese ministries in a source phrase keep their lower-case syllables", () => {
  it.each([
    ["Theo Bộ Quốc phòng, cuộc tập trận sẽ kéo dài một tuần.", "Bộ Quốc phòng"],
    ["Theo Bộ Ngoại giao, hai bên đã nhất trí tăng cường hợp tác.", "Bộ Ngoại giao"],
    ["Bộ Tài chính cho biết thâm hụt ngân sách đã giảm.", "Bộ Tài chính"],
  ])("%s", (text, body) => {
    const cs = claims("vi", text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(body);
    expect(cs[0]!.speaker.kind).toBe("institution");
  });

  it("a minister before a name is the person, not the ministry", () => {
    const cs = claims("vi", "Theo Bộ trưởng Nguyễn Văn An, giá điện sẽ tăng.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Nguyễn Văn An"]);
  });

  it("a known ministry keeps its lexicon name", () => {
    const cs = claims("vi", "Theo Bộ Ngoại giao Nga, hai bên đã nhất trí.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Russian Foreign Ministry"]);
  });

  it.each([
    ["pl", "Według Ministerstwa Zdrowia, liczba zachorowań spadła.", "Ministerstwo Zdrowia"],
    ["es", "Según el Ministerio de Defensa, las maniobras durarán una semana.", "el Ministerio de Defensa"],
  ])("%s: other languages unchanged", (lang, text, body) => {
    expect(claims(lang, text).map((c) => c.speaker.name)).toEqual([body]);
  });
});

describe("Vietnamese titles before names: a name syllable that is also a word of some role's body is no title", () => {
  it.each([
    ["Thủ tướng Phạm Minh Chính khẳng định Việt Nam sẵn sàng hợp tác.", "Phạm Minh Chính", "Thủ tướng"],
    ["Chủ tịch Lê Minh Hùng cho biết thành phố sẽ mở thêm trường học.", "Lê Minh Hùng", "Chủ tịch"],
    ["Thủ tướng Nhật Bản Ishiba Shigeru cho biết Nhật Bản sẵn sàng hỗ trợ.", "Ishiba Shigeru", "Thủ tướng Nhật Bản"],
  ])("%s", (text, name, role) => {
    const cs = claims("vi", text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(name);
    expect(cs[0]!.speaker.kind).toBe("person");
    expect(cs[0]!.speaker.role).toBe(role);
  });

  it("a place before a name no lexicon knows still closes the title", () => {
    const cs = claims("vi", "Phát ngôn viên Nhà Trắng Hogan Gidley cho biết Mỹ sẵn sàng đàm phán.");
    expect(cs[0]!.speaker.name).toBe("Hogan Gidley");
    expect(cs[0]!.speaker.side).toBe("US");
  });

  it("a known role with its body still resolves", () => {
    const cs = claims("vi", "Tổng thư ký NATO Mark Rutte cho biết liên minh sẵn sàng.");
    expect(cs[0]!.speaker.name).toBe("Mark Rutte");
  });
});
