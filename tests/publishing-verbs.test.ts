import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Publishing a document is narration; publishing content is a report (issue 11, item 4: cue words
// in other senses become claims). A headline "X publishes the content of the call" gave a claim whose
// assertion was the document's name.
const claims = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims;

describe("a verb of publishing with only an object is no claim", () => {
  it.each([
    ["en", "The White House released the transcript of the call."],
    ["es", "La Casa Blanca publicó la transcripción de la llamada."],
    ["es", "El ministerio ha publicado los resultados del estudio."],
    ["it", "La Casa Bianca ha pubblicato il resoconto della telefonata."],
    ["it", "Il governo pubblicarono i dati."],
    ["ro", "Casa Albă a publicat transcrierea convorbirii."],
    ["vi", "Nhà Trắng công bố nội dung điện đàm giữa hai tổng thống"],
    ["vi", "Bộ Y tế công bố kết quả xét nghiệm."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});

describe("with a complementizer, a colon or a quotation after it, it reports", () => {
  it.each([
    ["es", "La Casa Blanca ha publicado que la llamada fue buena.", "White House", "la llamada fue buena."],
    ["es", "Trump publicó en Twitter que la llamada fue excelente.", "Donald Trump", "la llamada fue excelente."],
    ["it", "Trump ha pubblicato su Twitter che la telefonata è stata ottima.", "Donald Trump", "la telefonata è stata ottima."],
    ["ro", "Trump a publicat pe Twitter că discuția a fost excelentă.", "Donald Trump", "discuția a fost excelentă."],
    ["vi", "Bộ Ngoại giao công bố rằng hai bên sẽ gặp nhau vào tháng tới.", "Bộ Ngoại giao", "hai bên sẽ gặp nhau vào tháng tới."],
  ])("%s: %s", (language, text, speaker, assertion) => {
    const c = claims(language, text);
    expect(c.map((x) => [x.speaker.name, x.assertion])).toEqual([[speaker, assertion]]);
  });
  it.each([
    ["es", 'El Kremlin publicó un comunicado: "La conversación fue útil".'],
    ["vi", 'Điện Kremlin công bố: "Cuộc điện đàm rất hữu ích".'],
  ])("%s, a quotation: %s", (language, text) => {
    const c = claims(language, text);
    expect(c.map((x) => [x.speaker.name, x.kind])).toEqual([["Kremlin", "direct"]]);
  });
});
