import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of Vietnamese news (VnExpress, Tuổi Trẻ, TTXVN) and their
// English equivalents: people named with a title and an apposition, statements dated by a part of the day.
const PUB = "2024-03-14";
const { one } = sentenceClaims(PUB, "vi");

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
