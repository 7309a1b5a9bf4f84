import { describe, expect, it } from "vitest";
import { extractClaims, type Claim, type ExtractionResult } from "../src/index.js";

// Realistic Vietnamese wire copy (not taken from the seeds). Reference date: Friday 14 March 2025,
// so "hôm qua" = 13 March, "hôm thứ Tư" = 12 March.
const PUB = "2025-03-14";
const run = (text: string, publishedAt: string | null = PUB): ExtractionResult =>
  extractClaims({ id: "vi", text, language: "vi", ...(publishedAt ? { publishedAt } : {}) });
const one = (text: string, publishedAt: string | null = PUB): Claim[] => run(text, publishedAt).claims;

describe("Vietnamese: direct speech and quote styles", () => {
  it("“…” – ông NAME nói", () => {
    const cs = one("“Cuộc đàm phán ở Riyadh rất hữu ích” – ông Peskov nói.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Dmitry Peskov", side: "RU", kind: "person" });
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("nói");
    expect(c.assertion).toBe("“Cuộc đàm phán ở Riyadh rất hữu ích”");
    expect(c.topics).toContain("negotiations");
  });

  it('straight quotes "…", then Tổng thống NAME cho biết hôm thứ Tư', () => {
    const [c] = one('"Ukraine sẵn sàng chấp nhận lệnh ngừng bắn 30 ngày", Tổng thống Volodymyr Zelensky cho biết hôm thứ Tư.');
    expect(c!.speaker).toMatchObject({ name: "Volodymyr Zelenskyy", side: "UA" });
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe('"Ukraine sẵn sàng chấp nhận lệnh ngừng bắn 30 ngày"');
    expect(c!.date).toMatchObject({ iso: "2025-03-12", basis: "relative" });
  });

  it('straight quotes "…", then ông NAME cho biết hôm thứ Tư', () => {
    const [c, ...rest] = one('"Ukraine sẵn sàng chấp nhận lệnh ngừng bắn 30 ngày", ông Zelensky cho biết hôm thứ Tư.');
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Volodymyr Zelenskyy", side: "UA" });
    expect(c!.kind).toBe("direct");
    expect(c!.cue).toBe("cho biết");
    expect(c!.assertion).toBe('"Ukraine sẵn sàng chấp nhận lệnh ngừng bắn 30 ngày"');
    expect(c!.date).toMatchObject({ iso: "2025-03-12", basis: "relative" });
    expect(c!.topics).toContain("ceasefire");
  });

  it("a nested ‘…’ inside “…” stays inside one direct quotation", () => {
    const [c, ...rest] = one("“Chúng tôi sẽ không chấp nhận cái gọi là ‘hòa bình bằng mọi giá’” – ông Macron nói.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Emmanuel Macron", side: "FR" });
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("“Chúng tôi sẽ không chấp nhận cái gọi là ‘hòa bình bằng mọi giá’”");
    expect(c!.topics).toContain("peace");
  });

  it("a quotation over two sentences is one claim; “nói với các phóng viên” is one cue", () => {
    const cs = one("“Nga không có kế hoạch tấn công bất kỳ nước NATO nào. Đó là điều vô nghĩa” – ông Putin nói với các phóng viên.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Vladimir Putin");
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.cue).toBe("nói với các phóng viên");
    expect(cs[0]!.assertion).toBe("“Nga không có kế hoạch tấn công bất kỳ nước NATO nào. Đó là điều vô nghĩa”");
    expect(cs[0]!.topics).toContain("nato");
  });

  it("NBSP inside the quotation keeps exact offsets", () => {
    const text = "“Mỹ sẽ tiếp tục\u00a0hỗ trợ Ukraine” – ông Rubio cho biết.";
    const r = run(text);
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker).toMatchObject({ name: "Marco Rubio", side: "US" });
    expect(c.assertion).toBe("“Mỹ sẽ tiếp tục\u00a0hỗ trợ Ukraine”");
    expect(r.text.slice(...c.assertionSpan)).toBe(c.assertion);
  });

  it("an unclosed quotation never crashes and never swallows the following paragraphs", () => {
    const text = [
      "“Chúng tôi sẽ tiếp tục đàm phán, ông Zelensky nói.",
      "Các cuộc không kích vẫn tiếp diễn tại Kharkiv trong đêm.",
      "“Mọi thứ phụ thuộc vào Moscow” – ông Rubio cho biết.",
    ].join("\n");
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain("unclosed_quote");
    for (const c of r.claims) expect(r.text.slice(...c.span)).not.toContain("\n");
    expect(r.claims.some((c) => c.assertion.includes("không kích"))).toBe(false);
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Volodymyr Zelenskyy", "Marco Rubio"]);
    expect(r.claims[1]!.assertion).toBe("“Mọi thứ phụ thuộc vào Moscow”");
  });

  it("attribution before the quotation", () => {
    const cs = one("Ông Lavrov nói: “Phương Tây không muốn hòa bình ở Ukraine”.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker.name).toBe("Sergey Lavrov");
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("nói");
    expect(c.assertion.startsWith("“Phương Tây không muốn hòa bình ở Ukraine”")).toBe(true);
    expect(c.topics).toEqual(expect.arrayContaining(["peace", "ukraine"]));
  });

  it("attribution before the quotation: the assertion is the quotation alone", () => {
    const [c] = one("Ông Lavrov nói: “Phương Tây không muốn hòa bình ở Ukraine”.");
    expect(c!.assertion).toBe("“Phương Tây không muốn hòa bình ở Ukraine”");
  });

  it("attribution inside a split quotation is one claim covering both parts", () => {
    const cs = one("“Chúng tôi muốn hòa bình”, ông Zelensky nói, “nhưng không phải bằng mọi giá”.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.assertion).toContain("Chúng tôi muốn hòa bình");
    expect(cs[0]!.assertion).toContain("nhưng không phải bằng mọi giá");
  });
});

describe("Vietnamese: reported speech, sources and trailing attribution", () => {
  it("“cho biết” with a role and a name, and “hôm qua” before the cue", () => {
    const cs = one("Người phát ngôn Điện Kremlin Dmitry Peskov hôm qua cho biết Nga chưa nhận được đề xuất chính thức nào từ phía Mỹ.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Dmitry Peskov", side: "RU" });
    expect(c.kind).toBe("indirect");
    expect(c.cue).toBe("cho biết");
    expect(c.assertion).toBe("Nga chưa nhận được đề xuất chính thức nào từ phía Mỹ.");
    expect(c.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
    expect(c.topics).toContain("proposals");
  });

  it("the role of “Người phát ngôn Điện Kremlin Dmitry Peskov” is kept", () => {
    const [c] = one("Người phát ngôn Điện Kremlin Dmitry Peskov hôm qua cho biết Nga chưa nhận được đề xuất chính thức nào từ phía Mỹ.");
    expect(c!.speaker.role).toBe("Kremlin spokesperson");
  });

  it("“Theo thông báo của Nhà Trắng” → White House", () => {
    const [c, ...rest] = one("Theo thông báo của Nhà Trắng, hai bên đã nhất trí bắt đầu đàm phán về một thỏa thuận hòa bình lâu dài.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "White House", side: "US", kind: "institution" });
    expect(c!.cue).toBe("Theo thông báo của");
    expect(c!.kind).toBe("indirect");
    expect(c!.assertion).toBe("hai bên đã nhất trí bắt đầu đàm phán về một thỏa thuận hòa bình lâu dài.");
    expect(c!.topics).toEqual(expect.arrayContaining(["negotiations", "peace"]));
  });

  it("trailing attribution without quotes: “– Điện Kremlin thông báo”", () => {
    const [c, ...rest] = one("Hai nhà lãnh đạo đã thảo luận về việc trao đổi tù binh – Điện Kremlin thông báo.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Kremlin", side: "RU" });
    expect(c!.kind).toBe("indirect");
    expect(c!.cue).toBe("thông báo");
    expect(c!.assertion).toBe("Hai nhà lãnh đạo đã thảo luận về việc trao đổi tù binh");
    expect(c!.topics).toContain("prisoners");
  });

  it("an impersonal continuation (“Thông cáo cho biết…”) keeps the source", () => {
    const cs = one(
      "Điện Kremlin cho biết cuộc điện đàm giữa hai tổng thống kéo dài hơn hai giờ. Thông cáo cho biết hai bên nhất trí ngừng tấn công vào cơ sở hạ tầng năng lượng trong 30 ngày.",
    );
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
    expect(cs[0]!.topics).toEqual(expect.arrayContaining(["phone-call", "duration"]));
    expect(cs[1]!.cue).toBe("Thông cáo cho biết");
    expect(cs[1]!.assertion).toBe("hai bên nhất trí ngừng tấn công vào cơ sở hạ tầng năng lượng trong 30 ngày.");
    expect(cs[1]!.topics).toEqual(expect.arrayContaining(["ceasefire", "energy"]));
  });

  it("“Theo Điện Kremlin” covers the following sentences of its paragraph, not the next paragraph", () => {
    const cs = one("Theo Điện Kremlin, cuộc điện đàm kéo dài hơn hai giờ. Hai bên cũng đã thảo luận về an ninh hàng hải ở Biển Đen.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
    expect(cs[1]!.topics).toContain("security");
    expect(one("Theo Điện Kremlin, cuộc điện đàm kéo dài hơn hai giờ.\nThời tiết ở Moskva rất lạnh trong tuần này.").map((c) => c.speaker.name)).toEqual([
      "Kremlin",
    ]);
  });

  it("mixed claims: reported speech with quoted fragments", () => {
    const [c] = one("Ông Zelensky gọi cuộc gặp là “một bước tiến quan trọng”, nhưng nói rằng Ukraine “sẽ không nhượng bộ về lãnh thổ”.");
    expect(c!.speaker).toMatchObject({ name: "Volodymyr Zelenskyy", side: "UA" });
    expect(c!.kind).toBe("mixed");
    expect(c!.assertion).toContain("“sẽ không nhượng bộ về lãnh thổ”");
  });

  it("an unknown name after the honorific “Ông” is the speaker", () => {
    const [c] = one("Ông Keith Kellogg cho biết Mỹ sẽ tiếp tục chia sẻ thông tin tình báo với Ukraine.");
    expect(c!.speaker.name).toBe("Keith Kellogg");
    expect(c!.speaker.side).toBeNull();
  });
});

describe("Vietnamese: dates of the statement", () => {
  it("“Ngày 12-3” takes the year of the publication date", () => {
    const [c] = one("Ngày 12-3, Ngoại trưởng Mỹ Marco Rubio cho biết Washington sẽ nối lại viện trợ quân sự cho Kyiv.");
    expect(c!.speaker).toMatchObject({ name: "Marco Rubio", side: "US" });
    expect(c!.kind).toBe("indirect");
    expect(c!.assertion).toBe("Washington sẽ nối lại viện trợ quân sự cho Kyiv.");
    expect(c!.date.iso).toBe("2025-03-12");
  });

  it("“Ngày 12-3” is an explicit date", () => {
    const [c] = one("Ngày 12-3, Ngoại trưởng Mỹ Marco Rubio cho biết Washington sẽ nối lại viện trợ quân sự cho Kyiv.");
    expect(c!.date).toMatchObject({ iso: "2025-03-12", basis: "explicit" });
  });

  it("“từng” marks a past, undated statement", () => {
    const [c] = one("Ông Trump từng tuyên bố có thể chấm dứt chiến tranh ở Ukraine “trong 24 giờ”.");
    expect(c!.speaker).toMatchObject({ name: "Donald Trump", side: "US" });
    expect(c!.date.iso).toBeNull();
    expect(c!.background).toBe(true);
    expect(c!.kind).toBe("mixed");
    expect(c!.topics).toContain("peace");
  });
});

describe("Vietnamese: publication date from the text", () => {
  it("a stamp “Thứ Sáu, 14/3/2025, 08:15 (GMT+7)” is the publication date when metadata has none", () => {
    const r = run(["Thứ Sáu, 14/3/2025, 08:15 (GMT+7)", "Điện Kremlin hôm qua cho biết ông Putin đã nhận được đề xuất ngừng bắn của Mỹ."].join("\n"), null);
    expect(r.article.publishedAt).toBe("2025-03-14");
    expect(r.article.publishedAtSource).toBe("text");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.speaker.name).toBe("Kremlin");
    expect(r.claims[0]!.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
  });

  it("no metadata and no dateline: the publication date is null and “hôm qua” stays unresolved", () => {
    const r = run("Điện Kremlin hôm qua cho biết ông Putin đã nhận được đề xuất ngừng bắn của Mỹ.", null);
    expect(r.article.publishedAt).toBeNull();
    expect(r.article.publishedAtSource).toBe("none");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.date.iso).toBeNull();
  });
});

describe("Vietnamese: what is not a claim", () => {
  it("captions, read-also lines, narration, a headline without a cue, comment boxes and an unattributed quote yield nothing", () => {
    const text = [
      "Điện Kremlin và cuộc điện đàm Putin - Trump",
      "Quan hệ Nga-Mỹ đã xuống mức thấp nhất trong nhiều năm.",
      "Tổng thống Nga Vladimir Putin phát biểu tại Moscow ngày 13-3. Ảnh: AFP",
      "Xem thêm: Ông Trump nói sẽ sớm gặp ông Putin",
      "“Đây là một ngày lịch sử của châu Âu.”",
      "Bình luận",
      "Ông Peskov nói thời tiết hôm nay đẹp.",
    ].join("\n");
    expect(one(text)).toHaveLength(0);
  });
});
