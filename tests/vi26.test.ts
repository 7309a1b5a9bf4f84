import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests, in the style of Vietnamese news (VnExpress, Tuổi Trẻ, TTXVN).
const PUB = "2025-08-20";
const { claims, show } = sentenceClaims(PUB, "vi");

const only = (text: string) => {
  const cs = claims(text, "vi");
  expect(cs.length, show(cs)).toBe(1);
  return cs[0]!;
};
const none = (text: string) => {
  const cs = claims(text, "vi");
  expect(cs.length, show(cs)).toBe(0);
};

describe("'Anh' inside a Vietnamese name, after a title or a family name", () => {
  it.each([
    ["Ông Trần Tuấn Anh cho biết ngành điện sẽ tăng công suất thêm 10%.", "Trần Tuấn Anh", "ngành điện sẽ tăng công suất thêm 10%."],
    ["Trong khi đó, ông Trần Tuấn Anh cho biết giá xăng sẽ giảm nhẹ.", "Trần Tuấn Anh", "giá xăng sẽ giảm nhẹ."],
    ["Ông Lê Anh Tuấn cho biết dự án sẽ khởi công vào quý IV.", "Lê Anh Tuấn", "dự án sẽ khởi công vào quý IV."],
    ["Bộ trưởng Lê Anh Tuấn khẳng định dự án cao tốc sẽ hoàn thành đúng hạn.", "Lê Anh Tuấn", "dự án cao tốc sẽ hoàn thành đúng hạn."],
    ["Theo ông Lê Anh, chuyên gia kinh tế, lạm phát năm nay khó vượt 4%.", "Lê Anh", "lạm phát năm nay khó vượt 4%."],
  ])("%s", (text, name, assertion) => {
    const c = only(text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
    expect(c.assertion).toBe(assertion);
    expect(text.slice(c.assertionSpan[0], c.assertionSpan[1])).toBe(c.assertion);
  });
  // Negatives: "Anh" as Britain after a role, and as a pronoun opening a clause.
  it("Thủ tướng Anh Keir Starmer — the state, then the name", () => {
    const c = only("Thủ tướng Anh Keir Starmer nói rằng nước này sẽ tăng chi tiêu quốc phòng.");
    expect(c.speaker.name).toBe("Keir Starmer");
    expect(c.speaker.side).toBe("GB");
  });
  it("Sau đó, Anh cho biết … — a pronoun after a comma", () => {
    const c = only("Sau cuộc họp, Anh cho biết sẽ rút khỏi thỏa thuận.");
    expect(c.speaker.name).not.toMatch(/Anh/u);
  });
});

describe("verbs of demanding and proposing report what is asked (yêu cầu, đề xuất, kiến nghị)", () => {
  it.each([
    [
      "Bộ Ngoại giao yêu cầu phía Trung Quốc tôn trọng chủ quyền của Việt Nam.",
      "Bộ Ngoại giao",
      "yêu cầu",
      "phía Trung Quốc tôn trọng chủ quyền của Việt Nam.",
    ],
    [
      "Ông Phạm Minh Chính yêu cầu các bộ ngành khẩn trương hoàn thiện hồ sơ dự án.",
      "Phạm Minh Chính",
      "yêu cầu",
      "các bộ ngành khẩn trương hoàn thiện hồ sơ dự án.",
    ],
    ["Bộ trưởng Nguyễn Văn Thắng đề xuất giảm thuế giá trị gia tăng thêm 2%.", "Nguyễn Văn Thắng", "đề xuất", "giảm thuế giá trị gia tăng thêm 2%."],
    [
      "Hiệp hội Ngân hàng kiến nghị Chính phủ lùi thời hạn áp dụng quy định mới.",
      "Hiệp hội Ngân hàng",
      "kiến nghị",
      "Chính phủ lùi thời hạn áp dụng quy định mới.",
    ],
  ])("%s", (text, name, cue, assertion) => {
    const c = only(text);
    expect(c.speaker.name).toBe(name);
    expect(c.cue).toBe(cue);
    expect(c.assertion).toBe(assertion);
  });
  // Negatives: the same words as nouns — after a determiner, after "theo" (at the request of), as an object.
  it.each([
    "Theo yêu cầu của Bộ Y tế, các bệnh viện đã tăng cường công tác phòng dịch.",
    "Dự án này chưa đáp ứng yêu cầu về an toàn môi trường.",
    "Các đề xuất của Hà Nội đã được phía Mỹ xem xét kỹ lưỡng.",
    "Những kiến nghị của cử tri đã được chuyển tới các cơ quan chức năng.",
  ])("no claim: %s", (text) => none(text));
});
