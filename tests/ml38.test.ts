import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers in languages other than English and German (ml38, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("vi: an honorific, a name and a parenthesis before the verb — the name speaks, not the honorific", () => {
  it.each([
    ["Ông Lê Văn Nam, người dân ở xã Tân Lập, cho biết giá lúa đã tăng mạnh.", "Lê Văn Nam"],
    ["Bà Trần Thị Hoa, nông dân ở huyện Cần Giuộc, cho biết nước mặn đã vào ruộng.", "Trần Thị Hoa"],
    ["Ông Phạm Quốc Bảo, hôm qua, cho biết công ty sẽ tuyển thêm công nhân.", "Phạm Quốc Bảo"],
  ])("%s", (text, name) => {
    expect(first("vi", text)?.name).toBe(name);
  });
  it.each([
    // (a parenthesis with no honorific before the name, and one that is the role, as before)
    ["Lê Văn Nam, người dân ở xã Tân Lập, cho biết giá lúa đã tăng mạnh.", "Lê Văn Nam"],
    ["Ông Nguyễn Văn An, giám đốc công ty, cho biết giá lúa đã tăng.", "Nguyễn Văn An"],
  ])("negative: %s", (text, name) => {
    expect(first("vi", text)?.name).toBe(name);
  });
  it("negative: a parenthesis after a phrase that does not open the sentence gives no speaker from before it", () => {
    const names = run("vi", "Theo báo cáo, trong tháng này, cho biết giá lúa đã tăng.").map((c) => c.speaker.name);
    expect(names).not.toContain("Ông");
  });
});

describe("vi: a state's name closing a description of office is its complement, no person's name", () => {
  it.each([
    ["Người phát ngôn Bộ Ngoại giao Việt Nam cho biết Hà Nội phản đối hành động này.", "Người phát ngôn Bộ Ngoại giao Việt Nam", "VN"],
    ["Người phát ngôn Bộ Ngoại giao Trung Quốc cho biết Bắc Kinh phản đối hành động này.", "Người phát ngôn Bộ Ngoại giao Trung Quốc", "CN"],
    ["Bộ Ngoại giao Việt Nam cho biết Hà Nội phản đối hành động này.", "Bộ Ngoại giao Việt Nam", "VN"],
  ])("%s", (text, name, side) => {
    const sp = first("vi", text);
    expect(sp?.name).toBe(name);
    expect(sp?.side).toBe(side);
    expect(sp?.kind).not.toBe("person");
  });
  it.each([
    // (a person's name after the same office is the person)
    ["Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Hà Nội phản đối hành động này.", "Lê Thị Thu Hằng"],
    ["Phát ngôn viên Nhà Trắng Hogan Gidley cho biết Mỹ phản đối hành động này.", "Hogan Gidley"],
  ])("negative: %s", (text, name) => {
    const sp = first("vi", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
  });
});

describe("pl: names with a fleeting vowel in the genitive, and a foreign '-o' after '-abl'", () => {
  it.each([
    ["Według Jana Wróbla sytuacja na granicy jest trudna.", "Jan Wróbel"],
    ["Według Piotra Pudla sytuacja na granicy jest trudna.", "Piotr Pudel"],
    ["Według Jana Pawełka sytuacja na granicy jest trudna.", "Jan Pawełek"],
    ["Według Pabla Nerudy sytuacja na granicy jest trudna.", "Pablo Neruda"],
  ])("%s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
  it.each([
    // (regular names keep their rules; "-dra" stays Aleksander's)
    ["Według Donalda Tuska sytuacja na granicy jest trudna.", "Donald Tusk"],
    ["Według Jana Kowalskiego sytuacja na granicy jest trudna.", "Jan Kowalski"],
    ["Według Marka Kisiela sytuacja na granicy jest trudna.", "Marek Kisiel"],
    ["Według Aleksandra Nowaka sytuacja na granicy jest trudna.", "Aleksander Nowak"],
  ])("negative: %s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
});

describe("pl: an adjective after a noun of office agrees with it, in the base form", () => {
  it.each([
    ["Według rzecznika prasowego sytuacja na granicy jest trudna.", "rzecznik prasowy"],
    ["Według rzeczniczki prasowej sytuacja na granicy jest trudna.", "rzeczniczka prasowa"],
    ["Według rzecznika prasowego MSZ sytuacja na granicy jest trudna.", "rzecznik prasowy MSZ"],
  ])("%s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
  it.each([
    // (an adjective before a noun of its own belongs to the complement, which keeps its case)
    ["Według rzecznika polskiego rządu sytuacja na granicy jest trudna.", "rzecznik polskiego rządu"],
    ["Według rzeczniczki policji sytuacja na granicy jest trudna.", "rzeczniczka policji"],
  ])("negative: %s", (text, name) => {
    expect(first("pl", text)?.name).toBe(name);
  });
});

describe("a reporting verb and its subject closing a sentence whose own verb has a complementizer relay the report", () => {
  it.each([
    ["fr", "Macron a affirmé que la situation était grave, a annoncé l'Élysée.", "la situation était grave"],
    ["es", "Sánchez aseguró que la situación era grave, informó la Moncloa.", "la situación era grave"],
    ["it", "Meloni ha detto che la situazione è grave, ha reso noto Palazzo Chigi.", "la situazione è grave"],
    ["ro", "Iohannis a declarat că situația este gravă, a anunțat Administrația Prezidențială.", "situația este gravă"],
  ])("%s: %s", (language, text, content) => {
    const c = run(language, text)[0];
    expect(c?.assertion.replace(/[.]$/u, "")).toBe(content);
  });
  it.each([
    // (a subject in lower case, or a circumstance after it, is no relayed source: the content runs on)
    ["fr", "Macron a affirmé que la situation était grave, a annoncé la mairie.", "a annoncé la mairie"],
    ["fr", "Le ministre a affirmé que Paris a tort, a répété Jean Dupont devant les députés.", "a répété Jean Dupont"],
  ])("negative: %s: %s", (language, text, kept) => {
    expect(run(language, text)[0]?.assertion).toContain(kept);
  });
});
