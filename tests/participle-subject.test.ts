import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A participle after a comma ("…, saying that …", "…, declarând că …", "…, mówiąc, że …") has no
// subject of its own: it reports for the subject that opens the sentence, not for a noun in the
// object of the first verb (issue 11, item 4). A one-word subject before an auxiliary ("Putin a
// vizitat …") and languages with no articles to mark where the object begins (Slavic) are covered.
const first = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims[0];

describe("the participle's speaker is the sentence's subject", () => {
  it.each([
    ["ro", "Putin a vizitat orașul Kievului, declarând că este frumos.", "este frumos."],
    ["ro", "Putin a respins propunerea Kievului, declarând că nu este serioasă.", "nu este serioasă."],
    ["pl", "Putin odwiedził miasto Kijowa, mówiąc, że jest piękne.", "jest piękne."],
    ["ru", "Путин посетил город Киева, сказав, что он красивый.", "он красивый."],
    ["uk", "Путін відвідав місто Києва, сказавши, що воно гарне.", "воно гарне."],
    ["fr", "Poutine a visité la ville de Kiev, affirmant qu'elle était belle.", "elle était belle."],
    ["it", "Putin ha visitato la città di Kiev, affermando che è bella.", "è bella."],
    ["en", "Putin visited the city of Kyiv, saying that it was beautiful.", "it was beautiful."],
  ])("%s: %s", (language, text, assertion) => {
    const c = first(language, text);
    expect([c?.speaker.name, c?.assertion]).toEqual(["Vladimir Putin", assertion]);
  });
});

describe("a possessor is not the subject, and a date before the main verb is no part of it", () => {
  it.each([
    ["Donald Trump's campaign on Tuesday dismissed a new poll, calling it “totally fake”.", "Donald Trump's campaign"],
    ["Hillary Clinton's spokesman dismissed the report, calling it “absurd”.", "Hillary Clinton's spokesman"],
    ["The Senate majority leader on Monday delayed the vote, saying more time was needed.", "The Senate majority leader"],
  ])("en: %s", (text, name) => {
    expect(first("en", text)?.speaker.name).toBe(name);
  });
  it("negative: a person who opens the sentence still speaks", () => {
    expect(first("en", "Trump dismissed the poll, calling it “totally fake”.")?.speaker.name).toBe("Donald Trump");
  });
});

describe("negative cases", () => {
  it("a subject after an opening prepositional phrase is not taken from inside it", () => {
    // (the phrase "Po rozmowie z Trumpem" holds no subject: the speaker is Putin, who follows it)
    const c = first("pl", "Po rozmowie z Trumpem Putin odwiedził Kijów, mówiąc, że jest piękny.");
    expect(c?.speaker.name).not.toBe("Donald Trump");
  });
  it("a first verb with a clause of its own keeps its content and speaker", () => {
    const c = first("pl", "Putin powiedział, że Kijów jest piękny, dodając, że chce go odwiedzić.");
    expect(c?.speaker.name).toBe("Vladimir Putin");
    expect(c?.cue).toBe("powiedział");
  });
});
