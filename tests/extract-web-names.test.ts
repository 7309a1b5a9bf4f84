import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims;

describe("a medium named by its web address after a trailing cue", () => {
  it.each([
    ["ru", "Владимир Путин поддержал идею Дональда Трампа об отказе от ударов, передает Ulysmedia.kz.", "Ulysmedia.kz", "Владимир Путин поддержал"],
    ["en", "Putin backed the idea of a halt to strikes on energy sites, reports Ulysmedia.kz.", "Ulysmedia.kz", "Putin backed"],
    ["ro", "Putin a acceptat ideea unui armistițiu energetic, relatează HotNews.ro.", "HotNews.ro", "Putin a acceptat"],
  ])("%s: %s", (language, text, speaker, content) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker).toMatchObject({ name: speaker, kind: "media" });
    expect(cs[0]!.assertion.startsWith(content)).toBe(true);
  });

  // A newspaper's name the pack lists (a masthead, "HotNews") written as its web address is one mention, under that address,
  // wherever it stands: before its verb and after a source phrase too (these gave "ro" and "HotNews").
  it.each([
    ["HotNews.ro a scris că Putin a acceptat ideea.", "Putin a acceptat"],
    ["Potrivit HotNews.ro, Putin a acceptat ideea.", "Putin a acceptat"],
  ])("ro: %s", (text, content) => {
    const cs = claims("ro", text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker).toMatchObject({ name: "HotNews.ro", kind: "media", mention: "HotNews.ro" });
    expect(cs[0]!.assertion.startsWith(content)).toBe(true);
  });

  it("a lower-case word after a dot is no domain of a name, and a name alone stays a name", () => {
    const cs = claims("en", "The talks were constructive, said Ushakov.");
    expect(cs[0]!.speaker.name).toBe("Yury Ushakov");
    expect(cs[0]!.speaker.kind).toBe("person");
  });
});
