import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A report relayed by a source that closes the sentence: "Lula aseguró que …, según informó la
// presidencia", "Macron a affirmé que …, a annoncé l'Élysée". The subject with its own reporting
// verb and complementizer speaks; the source that relays it did not. They gave the source.
const speakers = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-11-14" }).claims.map((c) => c.speaker.name);

describe("a report relayed by a source at the end of the sentence", () => {
  it.each([
    ["es", "Lula aseguró que Brasil no aceptará presiones, según informó la presidencia brasileña.", "Lula"],
    ["es", "Lula, por su parte, aseguró que Brasil no aceptará presiones, según la presidencia brasileña.", "Lula"],
    ["fr", "Macron a affirmé que la France soutient l'Ukraine, a annoncé l'Élysée.", "Emmanuel Macron"],
    ["it", "Macron ha detto che la Francia sosterrà l'Ucraina, ha riferito l'Eliseo.", "Emmanuel Macron"],
    ["ro", "Macron a declarat că Franța sprijină Ucraina, a anunțat Palatul Elysee.", "Emmanuel Macron"],
    ["ru", "Макрон заявил, что Франция поддерживает Украину, сообщает Елисейский дворец.", "Emmanuel Macron"],
    ["uk", "Макрон наголосив, що Франція підтримує Україну, повідомляє Єлисейський палац.", "Emmanuel Macron"],
    ["en", "The minister said that talks would resume, according to a statement from the ministry.", "The minister"],
  ])("%s: %s", (language, text, speaker) => {
    expect(speakers(language, text)).toEqual([speaker]);
  });
});

describe("negative: the source speaks when no one else reports", () => {
  it.each([
    // (what the parties agreed is told by the source)
    ["es", "Trump y Putin acordaron que habrá una tregua, según informó la Casa Blanca.", "White House"],
    // (narration with no reporting verb of its own)
    ["es", "La tregua comenzará la próxima semana, según informó la Casa Blanca.", "White House"],
    ["fr", "La trêve commencera la semaine prochaine, a annoncé l'Élysée.", "Élysée Palace"],
    ["uk", "Перемир'я почнеться наступного тижня, повідомляє Єлисейський палац.", "Élysée Palace"],
  ])("%s: %s", (language, text, speaker) => {
    expect(speakers(language, text)).toEqual([speaker]);
  });
});

// A known body with its article before the verb, circumstance after it: "…, the Elysee said in a
// statement." gave the content "in a statement." (the lexicon's "the Kremlin" holds its article).
describe("a trailing subject with its article, then circumstance", () => {
  const claim = (language: string, text: string) =>
    extractClaims({ id: "t", text, language, publishedAt: "2025-11-14" }).claims.map((c) => [c.speaker.name, c.assertion]);
  it.each([
    ["en", "Talks will resume next month, the Elysee said in a statement.", "Élysée Palace", "Talks will resume next month"],
    ["en", "Macron spoke with Merz by phone on Monday, the Élysée said in a statement.", "Élysée Palace", "Macron spoke with Merz by phone on Monday"],
    ["en", "Talks will resume next month, the Kremlin said in a statement.", "Kremlin", "Talks will resume next month"],
  ])("%s: %s", (language, text, speaker, assertion) => {
    expect(claim(language, text)).toEqual([[speaker, assertion]]);
  });
  it("negative: an article with no separator before it opens no trailing subject", () => {
    expect(claim("en", "Macron told the Elysee staff in a meeting that talks would resume.").map((c) => c[0])).toEqual(["Emmanuel Macron"]);
  });
});

// An entity's canonical name is one of its forms: "the Elysee Palace said" was an unknown person "Elysee Palace".
describe("an entity named by its canonical name", () => {
  it("is the entity", () => {
    const out = extractClaims({
      id: "t",
      text: "Talks will resume next month, the Elysee Palace said in a statement.",
      language: "en",
      publishedAt: "2025-11-14",
    }).claims;
    expect(out.map((c) => [c.speaker.name, c.speaker.kind, c.speaker.side])).toEqual([["Élysée Palace", "institution", "FR"]]);
  });
});
