import { describe, expect, it } from "vitest";
import { vi as viPack } from "../src/lang/vi/index.js";
import { toneVariants } from "../src/lang/vi/forms.js";
import { tokenize } from "../src/text/tokens.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";

const { whole, find } = lookups(viPack);

describe("Vietnamese language pack", () => {
  it("validates against the schema and keeps diacritics when matching", () => {
    expectValidPack(viPack);
    expect(viPack.matching.normalizers).toEqual(["vi-tone"]);
    expect(viPack.detection.stopwords.length).toBeGreaterThanOrEqual(40);
    expect(viPack.dates.numericOrder).toBe("dmy");
  });

  it("keys roles, entities and topics by ids of the shared lexicon", () => {
    expectKeyedBySharedLexicon(viPack);
  });

  it("resolves institutions, people and media, and not their parts", () => {
    expect(whole("entities", "Điện Kremlin")).toEqual(["kremlin"]);
    expect(whole("entities", "Nhà Trắng")).toEqual(["white-house"]);
    expect(whole("entities", "Nhà Trắng Mỹ")).toEqual(["white-house"]);
    expect(whole("entities", "Lầu Năm Góc")).toEqual(["pentagon"]);
    expect(whole("entities", "hãng tin Reuters")).toEqual(["reuters"]);
    expect(whole("entities", "Thông tấn xã Việt Nam")).toEqual(["ttxvn"]);
    expect(whole("entities", "ông Putin")).toEqual(["vladimir-putin"]);
    expect(whole("entities", "bà Merkel")).toEqual(["angela-merkel"]);
    expect(whole("entities", "ông Tập")).toEqual(["xi-jinping"]);
    expect(whole("entities", "Bộ Ngoại giao Nga")).toEqual(["russian-foreign-ministry"]);
    // Parts and look-alikes do not resolve.
    expect(whole("entities", "nhà")).toEqual([]);
    expect(whole("entities", "trắng")).toEqual([]);
    expect(whole("entities", "Tập")).toEqual([]);
    expect(whole("entities", "May")).toEqual([]);
    // Tone marks tell words apart: "ngà" (ivory) is not "Nga" (Russia).
    expect(whole("entities", "Nga")).toEqual(["russia"]);
    expect(whole("entities", "ngà")).toEqual([]);
  });

  it("finds the speaker and cue of a trailing attribution in Vietnamese", () => {
    const text = "“Cuộc gặp diễn ra thẳng thắn và cởi mở” – Điện Kremlin thông báo.";
    expect(find("entities", text)).toEqual([["Điện Kremlin", ["kremlin"]]]);
    expect(find("cues", text)).toContainEqual(["thông báo", ["verb"]]);
    const source = "Theo thông báo của Điện Kremlin, cuộc điện đàm giữa hai bên kéo dài gần 2 giờ.";
    expect(find("cues", source)[0]).toEqual(["Theo thông báo của", ["source"]]);
    expect(find("topics", source).flatMap(([, ids]) => ids)).toEqual(expect.arrayContaining(["phone-call", "duration"]));
  });

  it("resolves roles by the longest title", () => {
    const text = "Tổng thống Nga Vladimir Putin và Phó Tổng thống Mỹ Mike Pence";
    expect(find("roles", text).map(([s, ids]) => [s, ids[0]])).toEqual([
      ["Tổng thống Nga", "ru-president"],
      ["Phó Tổng thống Mỹ", "us-vice-president"],
    ]);
    expect(whole("roles", "người phát ngôn Điện Kremlin")).toEqual(["kremlin-spokesperson"]);
    expect(whole("roles", "Các cơ quan tình báo Mỹ")).toEqual(["us-intelligence"]);
    expect(whole("roles", "Thủ tướng Anh")).toEqual(["gb-prime-minister"]);
    expect(whole("roles", "hai Tổng thống")).toEqual(["both-leaders"]);
    expect(whole("roles", "Tổng thống")).toEqual([]);
  });

  it("tells reporting verbs, sources and undated markers apart", () => {
    expect(whole("cues", "cho biết")).toEqual(["verb"]);
    expect(whole("cues", "theo thông báo của")).toEqual(["source"]);
    expect(whole("cues", "trong thông cáo")).toEqual(["noun"]);
    expect(whole("cues", "từng")).toEqual(["undated"]);
    expect(find("cues", "Bản thân ông Trump luôn bác bỏ.")).toEqual([
      ["luôn", ["undated"]],
      ["bác bỏ", ["verb"]],
    ]);
    // "biết" alone (to know) is not a cue.
    expect(whole("cues", "biết")).toEqual([]);
  });

  it("reads months and weekdays as phrases, not their parts", () => {
    expect(whole("months", "tháng 1")).toEqual(["0"]);
    expect(whole("months", "tháng giêng")).toEqual(["0"]);
    expect(whole("months", "Tháng Mười Một")).toEqual(["10"]);
    expect(whole("months", "tháng 10")).toEqual(["9"]);
    expect(whole("months", "tháng chạp")).toEqual(["11"]);
    expect(whole("months", "tháng")).toEqual([]);
    expect(whole("weekdays", "thứ sáu")).toEqual(["4"]);
    expect(whole("weekdays", "Thứ Hai")).toEqual(["0"]);
    expect(whole("weekdays", "chủ nhật")).toEqual(["6"]);
    expect(whole("weekdays", "thứ")).toEqual([]);
    // "thứ sau" without the tone mark is not Friday.
    expect(whole("weekdays", "thứ sau")).toEqual([]);
  });

  it("maps topic phrases, including both tone placements", () => {
    expect(whole("topics", "chống khủng bố")).toEqual(["terrorism"]);
    expect(whole("topics", "Nhà nước Hồi giáo")).toEqual(["isis"]);
    expect(whole("topics", "bán đảo Triều Tiên")).toEqual(["korean-peninsula"]);
    expect(whole("topics", "chương trình hạt nhân Iran")).toEqual(["iran-nuclear"]);
    expect(whole("topics", "hòa bình")).toEqual(["peace"]);
    expect(whole("topics", "hoà bình")).toEqual(["peace"]);
    expect(whole("topics", "thoả thuận ngừng bắn")).toEqual(["ceasefire"]);
    // Saudi Arabia is the Middle East, not the Arab–Israeli conflict.
    expect(whole("topics", "Ả Rập Xê Út")).toEqual(["middle-east"]);
    expect(whole("topics", "Ả Rập")).toEqual(["israel-palestine"]);
    const text = "Giới chức Mỹ nói rằng Moskva đã can thiệp để ông Trump thắng cử năm đó.";
    expect(find("topics", text).flatMap(([, ids]) => ids)).toEqual(["election-interference", "election-interference"]);
  });

  it("marks captions without hiding paragraphs about influence or images", () => {
    expect(find("boiler", "Tổng thống Nga Vladimir Putin tại Moscow. Ảnh minh họa")).toEqual([["Ảnh minh họa", ["caption", "lineStart"]]]);
    expect(find("boiler", "Nguồn ảnh: Getty Images")).toEqual([
      ["Nguồn ảnh", ["caption"]],
      ["Getty Images", ["caption"]],
    ]);
    // "ảnh hưởng" (influence) and "hình ảnh" (image) are ordinary words, not caption markers.
    expect(find("boiler", "Ảnh hưởng của lệnh trừng phạt tới hình ảnh của Nga là rất lớn.")).toEqual([]);
  });

  it("derives the other tone placement of oa, oe and uy only", () => {
    expect(toneVariants("hòa bình")).toEqual(["hòa bình", "hoà bình"]);
    expect(toneVariants("hoà bình")).toEqual(["hoà bình", "hòa bình"]);
    expect(toneVariants("Ủy ban")).toEqual(["Ủy ban", "Uỷ ban"]);
    expect(toneVariants("khỏe")).toEqual(["khỏe", "khoẻ"]);
    expect(toneVariants("quý")).toEqual(["quý"]);
    expect(toneVariants("hoàn toàn")).toEqual(["hoàn toàn"]);
    expect(toneVariants("Xy-ri")).toEqual(["Xy-ri"]);
  });

  it("has detection data that separates Vietnamese from English", () => {
    const stop = new Set(viPack.detection.stopwords);
    const count = (s: string) => tokenize(s, false).filter((t) => stop.has(t.key)).length;
    const vi = "Điện Kremlin cho biết hai bên đã nói về việc cần phải mở rộng các quan hệ kinh tế và thương mại trong những năm tới.";
    const en = "The Kremlin said the two presidents had mentioned the importance of restoring mutually beneficial trade and economic ties.";
    expect(count(vi)).toBeGreaterThanOrEqual(6);
    expect(count(en)).toBe(0);
    const letters = new Set(viPack.detection.letters);
    expect([...vi.toLowerCase()].filter((c) => letters.has(c)).length).toBeGreaterThan(10);
  });
});
