import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-14" }).claims;
const BODY: Record<string, string> = {
  en: "The two presidents spoke on Thursday.",
  de: "Die beiden Präsidenten sprachen am Donnerstag.",
  fr: "Les deux présidents se sont parlé jeudi.",
  es: "Los dos presidentes hablaron el jueves.",
  it: "I due presidenti si sono sentiti giovedì.",
  ro: "Cei doi președinți au vorbit joi.",
  ru: "Два президента поговорили в четверг.",
  uk: "Два президенти поговорили в четвер.",
  pl: "Dwaj prezydenci rozmawiali w czwartek.",
  vi: "Hai tổng thống đã điện đàm hôm thứ Năm.",
};

describe("a speaker as a label: name, colon, quotation (headlines and leads)", () => {
  it.each([
    ["en", "Kremlin: “The talks were constructive”", "Kremlin"],
    ["en", "The White House: “A very good call”", "White House"],
    ["de", "Peskow: „Das Gespräch war offen und sachlich“", "Dmitry Peskov"],
    ["fr", "Le Kremlin : « Une conversation constructive »", "Kremlin"],
    ["es", "Kremlin: «Una conversación constructiva»", "Kremlin"],
    ["it", "Cremlino: «Il colloquio è stato costruttivo»", "Kremlin"],
    ["ro", "Kremlinul: „Discuția a fost constructivă”", "Kremlin"],
    ["ru", "Песков: «Разговор был конструктивным»", "Dmitry Peskov"],
    ["uk", "Пєсков: «Розмова була конструктивною»", "Dmitry Peskov"],
    ["pl", "Pieskow: „Rozmowa była konstruktywna”", "Dmitry Peskov"],
    ["vi", "Điện Kremlin: “Cuộc điện đàm mang tính xây dựng”", "Kremlin"],
  ])("%s: %s", (language, headline, speaker) => {
    const cs = claims(language, `${headline}\n\n${BODY[language]}`);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.cue).toBeNull();
  });

  it.each([
    ["en", "Syria: “a new phase” in the talks"],
    ["en", "Syria: “A new phase of the war”"],
    ["en", "Kremlin: talks were constructive"],
    ["en", "Kremlin: “Talks” to resume in May"],
    ["it", "Siria: «una nuova fase»"],
    ["ru", "Сирия: «новый этап»"],
  ])("no speaker in the label, no quotation after the colon, or words after it: %s: %s", (language, headline) => {
    expect(claims(language, `${headline}\n\n${BODY[language]}`)).toHaveLength(0);
  });
});
