import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of Vietnamese news: an official named after the capitalised
// name of the body he serves, and a name whose last word is written like a pronoun.
const PUB = "2025-03-01";
const { claims, show } = sentenceClaims(PUB, "vi");

const only = (text: string) => {
  const cs = claims(text, "vi");
  expect(cs.length, show(cs)).toBe(1);
  return cs[0]!;
};

describe("a family name after a body's capitalised name starts the person's name (grammar.familyNames)", () => {
  it.each([
    ["Thứ trưởng Bộ Công Thương Nguyễn Văn Nam nói rằng giá điện sẽ tăng vào tháng tới.", "Nguyễn Văn Nam", "Thứ trưởng Bộ Công Thương"],
    ["Cục trưởng Cục Xuất Nhập Khẩu Trần Thanh Hải cho biết xuất khẩu gạo giảm mạnh.", "Trần Thanh Hải", "Cục trưởng Cục Xuất Nhập Khẩu"],
    ["Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi cho biết thành phố sẽ mở thêm tuyến metro.", "Phan Văn Mãi", "Chủ tịch UBND TP Hồ Chí Minh"],
  ])("%s", (text, name, role) => {
    const c = only(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
    expect(c.speaker.role).toBe(role);
    expect(text.slice(c.assertionSpan[0], c.assertionSpan[1])).toBe(c.assertion);
  });

  // Negatives: no body before the name, or a family name inside it — the whole name stays.
  it.each([
    ["Ông Nguyễn Văn Hoàng Minh cho biết dự án sẽ hoàn thành vào năm sau.", "Nguyễn Văn Hoàng Minh"],
    ["Bộ trưởng Bộ Tài chính Nguyễn Trần Phúc cho biết thu ngân sách đạt kế hoạch.", "Nguyễn Trần Phúc"],
  ])("%s", (text, name) => {
    const c = only(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
  });
});

describe("a capitalised pronoun after two capitalised words of a name is the name's last word", () => {
  it("Thứ trưởng Trần Tuấn Anh", () => {
    const c = only("Thứ trưởng Trần Tuấn Anh nói rằng xuất khẩu sẽ tăng trong năm nay.");
    expect(c.speaker.name).toBe("Trần Tuấn Anh");
    expect(c.speaker.kind).toBe("person");
    expect(c.assertion).toBe("xuất khẩu sẽ tăng trong năm nay.");
  });
  // Negatives: the pronoun opening a clause, and the state's name after a role word.
  it("Trong cuộc họp, Anh nói … — a pronoun, no name", () => {
    const c = only("Trong cuộc họp, Anh nói rằng mọi việc vẫn ổn.");
    expect(c.speaker.name).not.toMatch(/Anh/u);
    expect(c.speaker.kind).not.toBe("person");
  });
  it("Thủ tướng Anh Keir Starmer — the state, then the name", () => {
    const c = only("Thủ tướng Anh Keir Starmer nói rằng nước này sẽ tăng chi tiêu quốc phòng.");
    expect(c.speaker.name).toBe("Keir Starmer");
    expect(c.speaker.side).toBe("GB");
  });
});
