import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A title before a name the lexicon does not know (issue 11, item 1: open speakers): a bare title of
// an office one person holds ("Chancellor", "Bundeskanzler") names another holder of its kind, so it
// gives neither that office's label nor its state; words that say whose office it is do.
const speaker = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2017-03-08" }).claims[0]?.speaker;

describe("a bare title before an unknown name gives no office and no side", () => {
  it.each([
    ["en", "Chancellor Philip Hammond said the budget would be balanced.", "Philip Hammond"],
    ["en", "President John Doe said the vote had been fair.", "John Doe"],
    ["de", "Bundeskanzler Hans Huber sagte, der Haushalt sei ausgeglichen.", "Hans Huber"],
  ])("%s: %s", (language, text, name) => {
    const s = speaker(language, text);
    expect(s?.name).toBe(name);
    expect(s?.side).toBeNull();
    expect(s?.role).not.toMatch(/Germany|United States/);
  });
});

describe("a title that names its state or body keeps its side", () => {
  it.each([
    ["en", "White House spokesman Hogan Gidley said the call was good.", "Hogan Gidley", "US"],
    ["en", "Kremlin spokesman Ivan Petrov said the call was good.", "Ivan Petrov", "RU"],
    ["vi", "Phát ngôn viên Nhà Trắng Hogan Gidley cho biết cuộc điện đàm rất tốt.", "Hogan Gidley", "US"],
  ])("%s: %s", (language, text, name, side) => {
    const s = speaker(language, text);
    expect([s?.name, s?.side]).toEqual([name, side]);
  });
  it("negative: the title alone is its holder on the article's date", () => {
    expect(speaker("en", "The chancellor said the budget would be balanced.")).toMatchObject({ name: "Angela Merkel", side: "DE" });
  });
});
