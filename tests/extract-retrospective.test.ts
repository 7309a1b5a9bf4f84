import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2024-04-03" }).claims;

describe("a sentence that points back: the sentence before is what its source said", () => {
  it.each([
    ["it", "Biden ha ribadito che gli Stati Uniti rispettano il principio dell'Unica Cina. L'ha annunciato il Cremlino.", "Kremlin"],
    ["it", "Biden ha ribadito che gli Stati Uniti rispettano il principio dell'Unica Cina. Lo ha riferito la Casa Bianca.", "White House"],
    ["fr", "Biden a réaffirmé que les États-Unis respectent le principe d'une seule Chine. C'est ce qu'a indiqué le Kremlin.", "Kremlin"],
    ["es", "Biden reiteró que Estados Unidos respeta el principio de una sola China. Así lo informó el Kremlin.", "Kremlin"],
    ["ru", "Байден подтвердил, что США придерживаются принципа одного Китая. Об этом сообщил Кремль.", "Kremlin"],
  ])("%s: %s", (language, text, speaker) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion.startsWith("Bi") || cs[0]!.assertion.startsWith("Ба")).toBe(true);
  });

  it("a description after the verb is the speaker, with the side of the body it names", () => {
    const [c] = claims("it", "Biden ha sollevato le preoccupazioni americane sulla Russia. Lo ha riferito un funzionario dell'amministrazione americana.");
    expect(c!.speaker).toMatchObject({ name: "un funzionario dell'amministrazione americana", side: "US" });
    expect(c!.assertion).toMatch(/^Biden ha sollevato/);
  });

  it.each([
    ["it", "Lo scontro è stato duro, ha detto il ministro.", "Lo scontro è stato duro"],
    ["es", "Lo importante es la paz, dijo el ministro.", "Lo importante es la paz"],
  ])("an article that looks like the pronoun points back to nothing: %s: %s", (language, text, content) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.assertion).toBe(content);
  });
});
