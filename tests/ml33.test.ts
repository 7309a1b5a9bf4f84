import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution in pl ru uk (ml33, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("a spokesperson of a body speaks, not the body", () => {
  it.each([
    ["pl", "Rzecznik Komisji Europejskiej powiedział, że negocjacje z Mercosurem potrwają do lata.", "Rzecznik Komisji Europejskiej"],
    ["pl", "W czwartek rzeczniczka Komisji Europejskiej przekazała, że wniosek Polski zostanie rozpatrzony.", "rzeczniczka Komisji Europejskiej"],
    ["ru", "Представитель Еврокомиссии заявил, что новые пошлины вступят в силу в мае.", "Представитель Еврокомиссии"],
    ["uk", "Речник Єврокомісії заявив, що рішення щодо кредиту ухвалять у квітні.", "Речник Єврокомісії"],
  ])("%s: %s", (language, text, name) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("unknown");
    expect(text.slice(...(sp!.mentionSpan as [number, number]))).toBe(name);
  });
  it.each([
    ["pl", "Komisja Europejska poinformowała, że negocjacje z Mercosurem potrwają do lata."],
    ["ru", "Еврокомиссия заявила, что новые пошлины вступят в силу в мае."],
    ["uk", "Єврокомісія заявила, що рішення щодо кредиту ухвалять у квітні."],
  ])("negative: the body alone is still the body (%s)", (language, text) => {
    const sp = first(language, text);
    expect(sp?.name).toBe("European Commission");
    expect(sp?.kind).toBe("institution");
  });
  it("negative: a spokesman with his name is that person (pl)", () => {
    const sp = first("pl", "Rzecznik Komisji Europejskiej Jan Wierzba powiedział, że negocjacje potrwają do lata.");
    expect(sp?.name).toBe("Jan Wierzba");
  });
});
