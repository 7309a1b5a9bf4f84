import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of Vietnamese news (VnExpress, Tuổi Trẻ, TTXVN) and their
// English equivalents: people named with a title and an apposition, statements dated by a part of the day.
const PUB = "2024-03-14";
const { claims, show, one } = sentenceClaims(PUB, "vi");

/** The claim of the last paragraph of `text`. */
const last = (text: string, language = "vi") => {
  const cs = claims(text, language);
  expect(cs.length, show(cs)).toBeGreaterThan(0);
  return cs[cs.length - 1]!;
};

describe("a quotation, then a name with its description set off by commas, then the verb: the name speaks", () => {
  const before = "Bộ Công Thương cho biết xuất khẩu tăng 10% trong quý đầu năm.\n\n";
  it.each([
    ['"Chúng tôi sẵn sàng hợp tác", ông Nam, Thứ trưởng Bộ Công Thương, nói.', "Nam", "Thứ trưởng Bộ Công Thương"],
    ['"Chúng tôi sẵn sàng hợp tác", ông Nguyễn Văn Nam, Thứ trưởng Bộ Công Thương, nói.', "Nguyễn Văn Nam", "Thứ trưởng Bộ Công Thương"],
    ['"Giá điện sẽ không tăng", bà Lan, Phó Giám đốc Sở Công Thương, cho biết.', "Lan", "Phó Giám đốc Sở Công Thương"],
    ['"Hàng hóa đã sẵn sàng", ông Trần Văn Hùng, Cục trưởng Cục Xuất nhập khẩu, khẳng định.', "Trần Văn Hùng", "Cục trưởng Cục Xuất nhập khẩu"],
  ])("%s", (text, speaker, role) => {
    const c = last(before + text);
    expect(c.kind).toBe("direct");
    expect(c.speaker.name).toBe(speaker);
    expect(c.speaker.kind).toBe("person");
    expect(c.speaker.role).toBe(role);
    expect(c.assertion.startsWith('"')).toBe(true);
    expect(c.assertion).not.toContain(role);
  });
  it("a title and one name with no description: “…”, ông Nam nói.", () => {
    const c = last(`${before}"Chúng tôi sẵn sàng hợp tác", ông Nam nói.`);
    expect(c.kind).toBe("direct");
    expect(c.speaker.name).toBe("Nam");
  });
  it("English: “…,” Mr. Miller, the deputy trade minister, said.", () => {
    const c = last('The ministry said exports rose.\n\n"We are ready to cooperate," Mr. Miller, the deputy trade minister, said.', "en");
    expect(c.kind).toBe("direct");
    expect(c.speaker.name).toBe("Miller");
    expect(c.assertion).toBe('"We are ready to cooperate,"');
  });
  it("English: “…,” John Miller, the deputy trade minister, told reporters.", () => {
    const c = last('The ministry said exports rose.\n\n"We are ready to cooperate," John Miller, the deputy trade minister, told reporters.', "en");
    expect(c.kind).toBe("direct");
    expect(c.speaker.name).toBe("John Miller");
  });
  // negative: with no name before the description, the described person is no one named — no person "Thứ trưởng"
  it("negative: a description alone after the quotation is no name", () => {
    const c = last(`${before}"Chúng tôi sẵn sàng hợp tác", Thứ trưởng Bộ Công Thương nói.`);
    expect(c.speaker.kind).not.toBe("person");
    expect(c.speaker.name).not.toBe("Bộ Công Thương");
  });
});

describe("a part of the day before a day and month names the day as “ngày” does", () => {
  it.each([
    ['Phát biểu tại cuộc họp báo chiều 12/3, Bộ trưởng Lê Minh Hoan nhấn mạnh: "Giá lúa sẽ ổn định trong tháng tới."', "2024-03-12"],
    ['Sáng 11/3, Bộ trưởng Lê Minh Hoan nhấn mạnh: "Giá lúa sẽ ổn định."', "2024-03-11"],
    ["Tối 10/3, ông Hoan cho biết giá lúa sẽ ổn định.", "2024-03-10"],
  ])("%s", (text, iso) => {
    const c = one(text);
    expect(c.speaker.name).toMatch(/Hoan$/u);
    expect(c.date.iso).toBe(iso);
    expect(c.date.basis).toBe("explicit");
  });
  // negative: a day to come in the content is no day of the statement
  it("negative: a meeting set for an evening to come does not date the statement", () => {
    const c = one("Ông Hoan cho biết cuộc họp sẽ diễn ra tối 20/3.");
    expect(c.date.iso).not.toBe("2024-03-20");
  });
  // negative: a number after "tối" that is no day and month stays no date
  it("negative: “tối đa 10/3” is no date", () => {
    const c = one("Ông Hoan cho biết mức tăng tối đa 10/3 là hợp lý.");
    expect(c.date.iso).not.toBe("2024-03-10");
  });
});

describe("a name after a title keeps a middle name that is also a state's name", () => {
  it.each([
    ["Bộ trưởng Lê Đức Phớc cho biết giá lúa sẽ ổn định.", "Lê Đức Phớc", "Bộ trưởng"],
    ["Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết ngân sách đạt kết quả khả quan.", "Hồ Đức Phớc", "Bộ trưởng Bộ Tài chính"],
    ["Thứ trưởng Nguyễn Thị Mỹ Linh nói xuất khẩu sẽ tăng.", "Nguyễn Thị Mỹ Linh", "Thứ trưởng"],
  ])("%s", (text, name, role) => {
    const c = one(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
    expect(c.speaker.role).toBe(role);
  });
  // negative: a place that opens the run after the office is still the office's, not the name's
  it("negative: Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller", () => {
    const c = one("Người phát ngôn Bộ Ngoại giao Mỹ Matthew Miller nói Washington quan ngại.");
    expect(c.speaker.name).toBe("Matthew Miller");
  });
  it("negative: phát ngôn viên Nhà Trắng Hogan Gidley", () => {
    const c = one("Phát ngôn viên Nhà Trắng Hogan Gidley nói Washington quan ngại.");
    expect(c.speaker.name).toBe("Hogan Gidley");
  });
});

describe("phrases that open with the source word “theo” and name no source", () => {
  it.each([
    ["Theo kế hoạch, dự án sẽ hoàn thành vào tháng 6."],
    ["Theo quy định, người lao động được nghỉ 12 ngày."],
    ["Các nhà khoa học đang theo dõi diễn biến của cơn bão."],
  ])("%s: no claim", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(0);
  });
  it("“theo dõi” inside the content does not cut it", () => {
    const c = one("Người phát ngôn Bộ Quốc phòng Mỹ cho biết Lầu Năm Góc đang theo dõi sát tình hình.");
    expect(c.assertion).toBe("Lầu Năm Góc đang theo dõi sát tình hình.");
  });
  // negatives: "theo" before a person or a body is still a source
  it.each([
    ["Theo ông An, dự án sẽ hoàn thành vào tháng 6.", "An"],
    ["Theo Bộ Y tế, cả nước ghi nhận 1.200 ca mắc mới.", "Bộ Y tế"],
  ])("negative: %s", (text, speaker) => {
    const c = one(text);
    expect(c.speaker.name).toBe(speaker);
    expect(c.cue).toBe("Theo");
  });
});

describe("a reporter speaks for the medium named with him, not for the place he writes from", () => {
  it.each([
    ["Theo phóng viên TTXVN tại Washington, cuộc đàm phán kết thúc mà không có thỏa thuận.", "Vietnam News Agency"],
    ["Theo phóng viên thường trú TTXVN tại Moskva, cuộc đàm phán kết thúc mà không có thỏa thuận.", "Vietnam News Agency"],
    ["Theo phóng viên Reuters, cuộc đàm phán kết thúc mà không có thỏa thuận.", "Reuters"],
  ])("%s", (text, medium) => {
    const c = one(text);
    expect(c.speaker.kind).toBe("media");
    expect(c.speaker.name).toBe(medium);
    expect(c.assertion).toBe("cuộc đàm phán kết thúc mà không có thỏa thuận.");
  });
  it("English: According to a Reuters correspondent in Washington, …", () => {
    const c = one("According to a Reuters correspondent in Washington, the talks ended without a deal.", "en");
    expect(c.speaker.name).toBe("Reuters");
  });
  // negative: a person who told reporters still speaks
  it("negative: “…”, bà Lan nói với phóng viên VnExpress.", () => {
    const c = one('"Tình hình đang được kiểm soát", bà Lan nói với phóng viên VnExpress.');
    expect(c.speaker.name).toBe("Lan");
    expect(c.kind).toBe("direct");
  });
});

describe("an official asking for anonymity: the verb of asking set off by commas is no cue", () => {
  it.each([
    [
      "Một quan chức cấp cao Mỹ, đề nghị giấu tên, cho biết Washington đang cân nhắc các lựa chọn.",
      "Một quan chức cấp cao Mỹ",
      "Washington đang cân nhắc các lựa chọn.",
    ],
    ["Một nhà ngoại giao châu Âu, yêu cầu không nêu tên, nói rằng cuộc đàm phán đã bế tắc.", "Một nhà ngoại giao châu Âu", "cuộc đàm phán đã bế tắc."],
  ])("%s", (text, speaker, assertion) => {
    const c = one(text);
    expect(c.speaker.name).toBe(speaker);
    expect(c.assertion).toBe(assertion);
  });
  it("English: A senior US official, who asked not to be named, said …", () => {
    const c = one("A senior US official, who asked not to be named, said Washington was weighing its options.", "en");
    expect(c.speaker.name).toBe("A senior US official");
  });
  // negative: "đề nghị" with an object still reports the proposal
  it("negative: Bộ Công Thương đề nghị các doanh nghiệp tăng cường kiểm tra.", () => {
    const c = one("Bộ Công Thương đề nghị các doanh nghiệp tăng cường kiểm tra.");
    expect(c.cue).toBe("đề nghị");
    expect(c.speaker.name).toBe("Bộ Công Thương");
  });
});

describe("where heads come first, a body's name goes on after “và” (and)", () => {
  it("Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn: one minister", () => {
    const c = one("Chiều 12/3, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn cho biết kỳ thi tốt nghiệp sẽ diễn ra vào cuối tháng 6.");
    expect(c.speaker.name).toBe("Nguyễn Kim Sơn");
    expect(c.speaker.kind).toBe("person");
    expect(c.speaker.role).toBe("Bộ trưởng Bộ Giáo dục và Đào tạo");
    expect(c.date.iso).toBe("2024-03-12");
  });
  it("Bộ Tài nguyên và Môi trường: one body", () => {
    const c = one("Bộ Tài nguyên và Môi trường cho biết mực nước sông Hồng đang giảm.");
    expect(c.speaker.name).toBe("Bộ Tài nguyên và Môi trường");
    expect(c.speaker.kind).toBe("institution");
  });
  it("English: The Food and Drug Administration said …", () => {
    const c = one("The Food and Drug Administration said the vaccine was safe.", "en");
    expect(c.speaker.kind).toBe("institution");
    expect(c.speaker.name).toContain("Food and Drug Administration");
  });
  // negatives: two bodies, or a body and a known one, are two speakers
  it.each([["Bộ Ngoại giao và Bộ Quốc phòng cho biết hai bên đã trao đổi thư."], ["Bộ Y tế và Điện Kremlin cho biết sẽ hợp tác."]])("negative: %s", (text) => {
    const c = one(text);
    expect(c.speaker.kind).toBe("group");
  });
});
