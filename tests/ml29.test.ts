import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speaker phrases in pl ru uk (ml29, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const speaker = (language: string, text: string) => run(language, text).at(-1)?.speaker.name ?? null;

describe("a lower-case noun or a date word before a role word is no part of the speaker", () => {
  it.each([
    ["pl", "Trzy dni temu minister powiedział, że rząd podniesie płacę minimalną.", "minister"],
    ["pl", "W udzielonym w piątek wywiadzie rzecznik powiedział, że rozmowy będą kontynuowane.", "rzecznik"],
    ["ru", "В опубликованном в четверг интервью министр заявил, что бюджет будет пересмотрен.", "министр"],
    ["uk", "В опублікованому в четвер інтерв’ю міністр заявив, що бюджет переглянуть.", "міністр"],
  ])("%s: %s", (language, text, name) => {
    expect(speaker(language, text)).toBe(name);
  });
  it.each([
    ["pl", "Były minister powiedział, że rząd podniesie płacę minimalną.", "Były minister"],
    ["pl", "Polski premier powiedział, że rozmowy będą kontynuowane.", "Polski premier"],
    ["ru", "Вчера российский министр заявил, что бюджет будет пересмотрен.", "российский министр"],
    ["uk", "Колишній міністр заявив, що бюджет переглянуть.", "Колишній міністр"],
  ])("negative: an adjective before the role word stays (%s: %s)", (language, text, name) => {
    expect(speaker(language, text)).toBe(name);
  });
});
