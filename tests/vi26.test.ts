import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims } from "../src/index.js";
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
    ["Bà Lê Anh Thư, Giám đốc Sở Y tế, cho hay số ca sốt xuất huyết đã giảm 20%.", "Lê Anh Thư", "số ca sốt xuất huyết đã giảm 20%."],
    ["Trả lời phóng viên, ông Nguyễn Anh Dũng cho rằng giá vàng sẽ còn biến động mạnh.", "Nguyễn Anh Dũng", "giá vàng sẽ còn biến động mạnh."],
    ["Ông Vũ Tuấn Anh, Phó Tổng giám đốc ngân hàng, cho biết lãi suất sẽ ổn định.", "Vũ Tuấn Anh", "lãi suất sẽ ổn định."],
    ["Theo ông Hoàng Anh, người dân cần cảnh giác với các chiêu lừa đảo qua mạng.", "Hoàng Anh", "người dân cần cảnh giác với các chiêu lừa đảo qua mạng."],
    ["“Chúng tôi sẵn sàng đối thoại”, ông Trần Tuấn Anh nói với phóng viên bên lề hội nghị.", "Trần Tuấn Anh", "“Chúng tôi sẵn sàng đối thoại”"],
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

describe("a Vietnamese account of a call and an English one align claim by claim, acts read from the cue", () => {
  const VI = [
    "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản",
    "",
    "Hà Nội, ngày 12/3 - Tối 11/3, Thủ tướng Phạm Minh Chính đã có cuộc điện đàm với Thủ tướng Nhật Bản Shigeru Ishiba.",
    "",
    "Thủ tướng Phạm Minh Chính đề nghị Nhật Bản tăng cường hợp tác trong lĩnh vực bán dẫn và năng lượng sạch.",
    "",
    "Theo Bộ Ngoại giao, hai bên nhất trí thúc đẩy đàm phán về hiệp định thương mại song phương.",
    "",
    "Ông Ishiba khẳng định Nhật Bản coi trọng quan hệ đối tác chiến lược toàn diện với Việt Nam.",
  ].join("\n");
  const EN = [
    "Ishiba holds phone talks with Vietnam's prime minister",
    "",
    "TOKYO, March 12 - Japanese Prime Minister Shigeru Ishiba held phone talks with Vietnamese Prime Minister Pham Minh Chinh on Tuesday evening, the Foreign Ministry said.",
    "",
    "Chinh proposed that Japan strengthen cooperation in semiconductors and clean energy, the ministry said.",
    "",
    "The two sides agreed to push forward negotiations on a bilateral trade agreement, according to the Foreign Ministry.",
    "",
    "Ishiba said Japan values its comprehensive strategic partnership with Vietnam.",
  ].join("\n");
  const results = [
    extractClaims({ id: "vn", text: VI, language: "vi", publishedAt: "2025-03-12", outlet: "TTXVN" }),
    extractClaims({ id: "kyo", text: EN, language: "en", publishedAt: "2025-03-12", outlet: "Kyodo" }),
  ];
  const cmp = compareClaims(results);
  const aligned = cmp.events.flatMap((e) => e.alignments);
  const claimOf = (id: string) => results.flatMap((r) => r.claims).find((c) => c.id === id);
  const partner = (needle: string) => {
    const a = aligned.find((x) => x.claims.some((id) => id.startsWith("vn:") && claimOf(id)?.assertion.includes(needle)));
    return a ? claimOf(a.claims.find((id) => id.startsWith("kyo:"))!) : undefined;
  };
  it("one event, no disagreement", () => {
    expect(cmp.events.length).toBe(1);
    expect(cmp.events[0]!.disagreements ?? []).toEqual([]);
  });
  it("đề nghị ↔ proposed", () => expect(partner("bán dẫn")?.assertion).toMatch(/semiconductors/u));
  it("nhất trí ↔ agreed", () => expect(partner("hiệp định thương mại")?.assertion).toMatch(/trade agreement/u));
  it("khẳng định ↔ said", () => expect(partner("đối tác chiến lược")?.assertion).toMatch(/strategic partnership/u));
});

describe("yêu cầu is a cue whose act the comparison reads: a demand aligns with the English report of it", () => {
  const head = "Tối 11/3, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Nhật Bản Shigeru Ishiba. ";
  const en =
    "TOKYO, March 12 - Japanese Prime Minister Shigeru Ishiba held phone talks with Vietnamese Prime Minister Pham Minh Chinh on Tuesday. Ishiba called on Vietnam to step up cooperation on climate change.";
  const run = (vi: string) => {
    const results = [
      extractClaims({ id: "vn", text: head + vi, language: "vi", publishedAt: "2025-03-12", outlet: "TTXVN" }),
      extractClaims({ id: "kyo", text: en, language: "en", publishedAt: "2025-03-12", outlet: "Kyodo" }),
    ];
    return { results, aligned: compareClaims(results).events.flatMap((e) => e.alignments) };
  };
  it("Ông Ishiba yêu cầu Việt Nam tăng cường hợp tác về biến đổi khí hậu.", () => {
    const { results, aligned } = run("Ông Ishiba yêu cầu Việt Nam tăng cường hợp tác về biến đổi khí hậu.");
    const vn = results[0]!.claims.find((c) => c.cue === "yêu cầu");
    // (the full name of the lead, its title's place "Nhật Bản" left out since vi44)
    expect(vn?.speaker.name).toBe("Shigeru Ishiba");
    expect(aligned.some((a) => a.claims.includes(vn!.id) && a.claims.some((id) => id.startsWith("kyo:")))).toBe(true);
  });
  // Negative: a demand on another matter does not align.
  it("Ông Ishiba yêu cầu Việt Nam mở cửa thị trường cho xe hơi Nhật Bản.", () => {
    const { results, aligned } = run("Ông Ishiba yêu cầu Việt Nam mở cửa thị trường cho xe hơi Nhật Bản.");
    const vn = results[0]!.claims.find((c) => c.cue === "yêu cầu");
    expect(vn).toBeDefined();
    expect(aligned.some((a) => a.claims.includes(vn!.id))).toBe(false);
  });
});

describe("Vietnamese days of saying: hôm 15/8, sáng thứ Ba, tuần trước, ngày 3-12", () => {
  it.each([
    ["Bộ Ngoại giao hôm 15/8 cho hay Việt Nam đã gửi công hàm phản đối.", "2025-08-15"],
    ["Phát biểu tại hội nghị sáng thứ Ba, ông Nguyễn Văn Hùng cho biết ngành điện sẽ tăng công suất.", "2025-08-19"],
    ["Ngày 3-8, Bộ Công Thương cho biết xuất khẩu gạo tăng mạnh.", "2025-08-03"],
    ["Ông Nguyễn Văn Hùng cho biết hôm thứ Hai rằng lũ đã rút.", "2025-08-18"],
  ])("%s", (text, iso) => {
    expect(only(text).date.iso).toBe(iso);
  });
  it("Tuần trước, … — a day of the week before", () => {
    const c = only("Tuần trước, ông Nguyễn Văn Hùng cho biết giá điện sẽ không tăng.");
    expect(c.date.iso! < PUB).toBe(true);
    expect(c.date.basis).toBe("relative");
  });
  // Negative: a deadline in the content is no day of saying.
  it("… hoàn thiện hồ sơ trước ngày 3-12 — a deadline", () => {
    const c = only("Ông Phạm Minh Chính yêu cầu các bộ ngành hoàn thiện hồ sơ trước ngày 3-12.");
    expect(c.date.iso).not.toBe("2025-12-03");
  });
});
