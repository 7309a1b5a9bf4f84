import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Claim, extractClaims } from "../src/index.js";

// Constructions found by probing fresh Vietnamese news articles written by the team (tests/fixtures/vi41,
// no corpus text), with the English, French and Spanish forms of the same date rule. Positives and look-alike negatives.

const PUB = "2026-08-18"; // a Tuesday
const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: PUB }).claims;
const one = (language: string, text: string): Claim => {
  const cs = run(language, text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("a clause on a noun with no relative word, closed by its date before the predicate: the day of that thing", () => {
  it.each([
    ["vi", "Ông Trương Quốc Bảo cho biết các cuộc thương lượng khởi động ngày 3/8 đã có bước tiến."],
    ["vi", "Ông Trương Quốc Bảo cho biết thỏa thuận được ký ngày 3/8 sẽ có hiệu lực từ năm sau."],
    ["vi", "Ông Trương Quốc Bảo cho biết văn kiện mà hai bên ký vào ngày 3/8 vẫn chưa được phê chuẩn."],
    ["en", "Trade envoy Mark Ellison said the accord signed on 3 August would take effect next year."],
    ["en", "Trade envoy Mark Ellison said the negotiations launched on 3 August had stalled."],
    ["fr", "L'envoyé Paul Girard a déclaré que les discussions lancées le 3 août ont échoué."],
    ["es", "El enviado Luis Moreno dijo que las conversaciones iniciadas el 3 de agosto han fracasado."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date.iso).not.toBe("2026-08-03");
  });

  it.each([
    // (a date right after the verb, or a name's act: the day stays the article's event)
    ["vi", "Ông Trương Quốc Bảo cho biết ngày 3/8 đã có năm người bị thương.", "2026-08-03"],
    ["vi", "Điện Kremlin cho biết Tổng thống Putin ngày 3/8 đã điện đàm với Tổng thống Trump.", "2026-08-03"],
    ["vi", "Ông Trương Quốc Bảo cho biết hai bên đã ký văn kiện ngày 3/8.", "2026-08-03"],
    ["en", "Trade envoy Mark Ellison said on 3 August that the accord would take effect.", "2026-08-03"],
    ["en", "Trade envoy Mark Ellison said Putin on 3 August had called Trump.", "2026-08-03"],
    // (the statement's own day before the content)
    ["vi", "Ông Trương Quốc Bảo hôm thứ Hai cho biết thỏa thuận được ký ngày 3/8 sẽ có hiệu lực.", "2026-08-17"],
  ])("still dated — %s: %s", (language, text, iso) => {
    expect(one(language, text).date.iso).toBe(iso);
  });
});

describe("a verb opening the sentence after a date set off by a comma is the speaker's circumstance", () => {
  it("vi: the speaker after it speaks, not the one before", () => {
    const cs = run(
      "vi",
      "Ông Đỗ Thanh Tùng cho biết hai nước sẽ tăng cường hợp tác.\n\nSáng nay, trả lời câu hỏi của phóng viên, người phát ngôn Bộ Y tế Lê Thu Trang nói tình hình đã được kiểm soát.",
    );
    expect(cs.map((c) => [c.speaker.name, c.cue, c.date.iso])).toEqual([
      ["Đỗ Thanh Tùng", "cho biết", "2026-08-18"],
      ["Lê Thu Trang", "nói", "2026-08-18"],
    ]);
  });

  it("en: the same after a weekday", () => {
    const cs = run(
      "en",
      "Mayor Tom Hale said the bridge would reopen.\n\nOn Monday, speaking to reporters, engineer Rosa Kent said the repairs were finished.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Tom Hale", "Rosa Kent"]);
  });

  it("vi: with no date before it, a verb that is the sentence's own still reports", () => {
    const cs = run("vi", "Ông Đỗ Thanh Tùng cho biết hai nước sẽ tăng cường hợp tác.\n\nSáng nay, bà Lê Thu Trang trả lời rằng tình hình đã được kiểm soát.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Đỗ Thanh Tùng", "Lê Thu Trang"]);
  });
});

describe("vi: telling what one saw ('kể lại', 'thuật lại') reports", () => {
  it.each([
    ["Chị Vũ Ngọc Lan kể lại rằng nước lên rất nhanh trong đêm.", "Vũ Ngọc Lan", "kể lại"],
    ["Anh Hồ Văn Sơn thuật lại rằng chiếc xe đã vượt đèn đỏ.", "Hồ Văn Sơn", "thuật lại"],
  ])("%s", (text, speaker, cue) => {
    const c = one("vi", text);
    expect([c.speaker.name, c.cue]).toEqual([speaker, cue]);
  });

  it.each([
    // ("kể từ" since, "kể cả" including: no cue)
    "Kể từ tháng 3, giá xăng đã tăng ba lần.",
    "Tất cả mọi người, kể cả trẻ em, đều được tiêm vắc xin.",
  ])("no claim: %s", (text) => {
    expect(run("vi", text)).toEqual([]);
  });
});

describe("a cue word that opens a longer noun of office is that noun ('bác' refutes, 'bác sĩ' is a doctor)", () => {
  it.each([
    ["Bác sĩ Phan Thị Hoa cho biết hai bệnh nhân đã qua cơn nguy kịch.", "Phan Thị Hoa", "Bác sĩ Phan Thị Hoa"],
    ["Bác sĩ Phan Thị Hoa, Phó giám đốc Bệnh viện Chợ Rẫy, cho biết hai bệnh nhân đã qua cơn nguy kịch.", "Phan Thị Hoa", "Bác sĩ Phan Thị Hoa"],
  ])("%s", (text, speaker, mention) => {
    const c = one("vi", text);
    expect([c.speaker.name, c.speaker.mention]).toEqual([speaker, mention]);
  });

  it("'bác bỏ' still refutes", () => {
    const c = one("vi", "Bộ Công Thương bác bỏ tin đồn rằng giá điện sẽ tăng trong tháng tới.");
    expect(c.cue).toBe("bác bỏ");
  });
});

describe("fresh Vietnamese articles written by the team (tests/fixtures/vi41): the claims verified as right", () => {
  const dir = fileURLToPath(new URL("./fixtures/vi41/", import.meta.url));
  const expected = JSON.parse(readFileSync(`${dir}expected.json`, "utf8")) as Record<
    string,
    { claims: { speaker: string; kind?: string; contains: string; date: (string | null)[]; open?: boolean }[]; none: string[] }
  >;
  for (const [name, e] of Object.entries(expected))
    it(name, () => {
      const text = readFileSync(`${dir}${name}.txt`, "utf8");
      const side = JSON.parse(readFileSync(`${dir}${name}.json`, "utf8"));
      const { claims } = extractClaims({ id: name, text, ...side });
      for (const x of e.claims.filter((c) => !c.open)) {
        const c = claims.find((c) => c.assertion.includes(x.contains));
        expect(c, x.contains).toBeDefined();
        expect(c!.speaker.name, x.contains).toBe(x.speaker);
        if (x.kind) expect(c!.kind, x.contains).toBe(x.kind);
        expect(x.date, x.contains).toContain(c!.date.iso);
      }
      for (const n of e.none)
        expect(
          claims.some((c) => c.assertion.includes(n)),
          n,
        ).toBe(false);
    });
});
