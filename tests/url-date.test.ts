import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";
import { urlDate } from "../src/pipeline/url-date.js";

// The date in a news URL is the publication date of an article given without one (issue 11,
// item 8: most held-out news comes without a date, and its relative days then resolve to nothing).
describe("urlDate: the publication day a news address carries", () => {
  it.each([
    ["https://news.example.com/world/2025/03/18/leaders-talk-by-phone/", "2025-03-18"],
    ["https://www.example.co.uk/world/2017/may/02/leaders-discuss-the-war", "2017-05-02"],
    ["https://example.org/politica/llamada-entre-presidentes-2024-04-02.html", "2024-04-02"],
    ["https://example.ro/stiri/convorbire_20240402.htm", "2024-04-02"],
    ["https://example.az/news/20250318115739916-presidents-spoke", "2025-03-18"],
    ["https://example.de/news/gespraech-ohne-ergebnis-65N20250319073309.html", "2025-03-19"],
    ["https://example.it/index.php?date=2019-12-29&id=4", "2019-12-29"],
    ["/2016/11/14/trump-putin-call", "2016-11-14"],
  ])("%s → %s", (url, iso) => {
    expect(urlDate(url)).toBe(iso);
  });
  it("the first date wins: the site's date comes before a slug that mentions another day", () => {
    expect(urlDate("https://example.com/2025/03/19/what-was-said-on-2025-03-18")).toBe("2025-03-19");
  });
  it.each([
    ["a year and month give no day", "https://example.com/2024/04/news/readouts-of-the-call/"],
    ["an article number is no date", "https://example.vn/putin-cam-on-trump-post28429.html"],
    ["a long id that does not open with a date", "https://example.ru/amp/article/3884053"],
    ["a day-first triple with the year last is ambiguous", "https://example.pl/a/03-04-2025/rozmowa"],
    ["no 31 April", "https://example.com/2025/04/31/story"],
    ["no month 13", "https://example.com/2025/13/01/story"],
    ["a timestamp with no valid time after its date", "https://example.com/news/20250318997739-story"],
    ["the host names no day", "https://2024.example.org/news/story"],
    ["nothing at all", ""],
  ])("negative: %s", (_why, url) => {
    expect(urlDate(url)).toBeNull();
  });
  it("null and hostile input give null, quickly", () => {
    expect(urlDate(null)).toBeNull();
    expect(urlDate(undefined)).toBeNull();
    expect(urlDate(`https://example.com/${"1".repeat(5000)}`)).toBeNull();
    expect(urlDate(`https://example.com/${"2025-".repeat(800)}`)).toBeNull();
  });
});

describe("extractClaims dates an article from its url when nothing else does", () => {
  const text = "The Kremlin said on Monday that the call was useful.";
  it("relative days then resolve against it", () => {
    const r = extractClaims({ id: "u", text, language: "en", url: "https://example.com/world/2025/03/19/kremlin-call" });
    expect(r.article.publishedAt).toBe("2025-03-19");
    expect(r.article.publishedAtSource).toBe("url");
    expect(r.claims[0]?.date.iso).toBe("2025-03-17");
  });
  it("metadata wins over the url", () => {
    const r = extractClaims({ id: "u", text, language: "en", publishedAt: "2025-03-20", url: "https://example.com/2025/03/19/kremlin-call" });
    expect(r.article.publishedAt).toBe("2025-03-20");
    expect(r.article.publishedAtSource).toBe("metadata");
  });
  it("a dateline in the text wins over the url", () => {
    const r = extractClaims({
      id: "u",
      text: `MOSCOW, March 21, 2025 — ${text}`,
      language: "en",
      url: "https://example.com/2025/03/19/kremlin-call",
    });
    expect(r.article.publishedAt).toBe("2025-03-21");
    expect(r.article.publishedAtSource).toBe("text");
  });
  it("negative: a url without a date leaves the article undated", () => {
    const r = extractClaims({ id: "u", text, language: "en", url: "https://example.com/world/kremlin-call-123456" });
    expect(r.article.publishedAt).toBeNull();
    expect(r.article.publishedAtSource).toBe("none");
  });
});
