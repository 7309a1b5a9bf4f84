import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Institutions that speak in es fr it ro (rom34). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => run(language, text).at(-1)?.speaker ?? null;

describe("the government speaks as one body (pack grammar.institutionNouns)", () => {
  it.each([
    ["es", "Desde el Gobierno aseguran que la subida de las pensiones llegará en enero.", "el Gobierno"],
    ["es", "Desde el Gobierno de Canarias explican que los vuelos se reanudarán el lunes.", "el Gobierno de Canarias"],
    ["es", "El Gobierno aseguró que la subida llegará en enero.", "El Gobierno"],
    ["it", "Dal governo fanno sapere che la manovra è pronta.", "governo"],
    ["it", "Il governo ha detto che la manovra è pronta.", "Il governo"],
    ["fr", "Le gouvernement a assuré que la réforme sera maintenue.", "Le gouvernement"],
    ["ro", "Guvernul a anunțat că pensiile vor crește din ianuarie.", "Guvernul"],
  ])("%s: %s", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("institution");
  });
  it.each([
    ["es", "Desde el Gobierno, el ministro aseguró que la subida llegará.", "el ministro"],
    ["es", "El portavoz del Gobierno aseguró que habrá acuerdo.", "El portavoz del Gobierno"],
    ["it", "Fonti di governo hanno detto che la manovra è pronta.", "Fonti di governo"],
    ["fr", "Le porte-parole du gouvernement a assuré que la réforme sera maintenue.", "Le porte-parole du gouvernement"],
    ["ro", "Purtătorul de cuvânt al Guvernului a anunțat că pensiile vor crește.", "Purtătorul de cuvânt al Guvernului"],
  ])("negative: a person of the government, or one who speaks after it, is no body (%s: %s)", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).not.toBe("institution");
  });
  it("negative: a date after 'Desde' opens no body", () => {
    expect(run("es", "Desde el lunes aseguran que la subida llegará.").map((c) => c.speaker.kind)).not.toContain("institution");
  });
});

describe("a body in a phrase that opens the sentence speaks for 'on' after the comma (pack grammar.genericSubjects)", () => {
  it.each([
    ["fr", "Au ministère de la Santé, on assure que les vaccins arriveront la semaine prochaine.", "ministère de la Santé"],
    ["fr", "Au ministère, on assure que les vaccins arriveront lundi.", "ministère"],
    ["fr", "Au gouvernement, on explique que la réforme sera maintenue.", "gouvernement"],
  ])("%s: %s", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("institution");
  });
  it("a known body there keeps its name", () => {
    expect(last("fr", "À l'Élysée, on explique que la réforme sera maintenue.")?.name).toBe("Élysée Palace");
  });
  it("negative: a person who speaks after the comma is the speaker, not the body", () => {
    expect(last("fr", "Au ministère de la Santé, le ministre a assuré que les vaccins arriveront.")?.name).toBe("le ministre");
  });
  it.each([
    ["fr", "Dans les hôpitaux, on assure que les lits manquent."],
    ["fr", "À Paris, on assure que les vaccins arriveront."],
  ])("negative: a place or a thing that is no public body speaks for no one (%s: %s)", (language, text) => {
    expect(run(language, text).map((c) => c.speaker.kind)).not.toContain("institution");
  });
  it("negative: a pack with no generic pronoun reads a comma before the verb as before (es)", () => {
    expect(run("es", "En el Ministerio de Sanidad, uno asegura que las vacunas llegarán.").map((c) => c.speaker.name)).not.toContain(
      "el Ministerio de Sanidad",
    );
  });
});

describe("a body after a compound preposition of origin speaks (pack grammar.fromPhrases)", () => {
  it.each([
    ["ro", "Din partea Ministerului Sănătății s-a transmis că vaccinurile vor sosi săptămâna viitoare.", "Ministerul Sănătății"],
    ["ro", "Din partea Guvernului s-a precizat că pensiile vor crește.", "Guvernul"],
    ["ro", "De la Ministerul Sănătății s-a transmis că vaccinurile vor sosi.", "Ministerul Sănătății"],
    ["fr", "Du côté du gouvernement, on assure que la réforme sera maintenue.", "gouvernement"],
    ["fr", "De la part du ministère de l'Intérieur, on précise que les contrôles seront renforcés.", "ministère de l'Intérieur"],
    ["es", "Por parte del Ministerio de Sanidad aseguran que las vacunas llegarán.", "Ministerio de Sanidad"],
    ["it", "Da parte del ministero della Salute fanno sapere che i vaccini arriveranno.", "ministero della Salute"],
  ])("%s: %s", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("institution");
  });
  it("negative: a person who speaks after the phrase is the speaker (ro)", () => {
    expect(last("ro", "Din partea Ministerului Sănătății, ministrul a declarat că vaccinurile vor sosi.")?.name).toBe("ministrul");
  });
  it("negative: the speaker's own turn is no body (it 'Da parte sua')", () => {
    expect(last("it", "Da parte sua, il sindaco ha detto che i fondi arriveranno.")?.name).toBe("il sindaco");
  });
  it.each([
    ["ro", "Din partea familiei s-a transmis că înmormântarea va avea loc joi."],
    ["ro", "De la București s-a transmis că vaccinurile vor sosi."],
    ["es", "Por parte de la oposición aseguran que votarán en contra."],
  ])("negative: no public body after the phrase, no institution (%s: %s)", (language, text) => {
    expect(run(language, text).map((c) => c.speaker.kind)).not.toContain("institution");
  });
});

describe("a field's name after 'and' in a ministry's name is part of it, capitalised on its first word only", () => {
  it.each([
    [
      "it",
      "Il ministero dell'Ambiente e della Sicurezza energetica ha detto che le bollette scenderanno.",
      "Il ministero dell'Ambiente e della Sicurezza energetica",
      "institution",
    ],
    [
      "it",
      "Secondo il ministero dell'Ambiente e della Sicurezza energetica, le bollette scenderanno.",
      "il ministero dell'Ambiente e della Sicurezza energetica",
      "institution",
    ],
    [
      "fr",
      "Le ministère de la Transition écologique et de la Cohésion des territoires a indiqué que la taxe baissera.",
      "Le ministère de la Transition écologique et de la Cohésion des territoires",
      "institution",
    ],
    ["it", "Il ministero dell'Economia e delle Finanze ha detto che il deficit scenderà.", "Il ministero dell'Economia e delle Finanze", "institution"],
    [
      "es",
      "El Ministerio de Transportes y Movilidad Sostenible ha asegurado que el tren llegará.",
      "El Ministerio de Transportes y Movilidad Sostenible",
      "institution",
    ],
    ["ro", "Ministerul Muncii și Solidarității Sociale a anunțat că pensiile vor crește.", "Ministerul Muncii și Solidarității Sociale", "institution"],
  ])("%s: %s", (language, text, name, kind) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe(kind);
  });
  it("an office with two such fields is one speaker", () => {
    expect(last("it", "Il ministro dell'Ambiente e della Sicurezza energetica ha detto che le bollette scenderanno.")?.name).toBe(
      "Il ministro dell'Ambiente e della Sicurezza energetica",
    );
  });
  it.each([
    ["it", "Il ministero della Salute e della ricerca ha detto che i vaccini arriveranno.", "Il ministero della Salute e della ricerca"],
    ["it", "Il ministero della Salute e le regioni hanno detto che i vaccini arriveranno.", "Il ministero della Salute e le regioni"],
    ["fr", "Le ministère de la Santé et le maire ont indiqué que la taxe baissera.", "Le ministère de la Santé et le maire"],
    ["ro", "Ministerul Sănătății și ministrul de Interne au anunțat că pensiile vor crește.", "Ministerul Sănătății și ministrul de Interne"],
  ])("negative: a lower-case complement or a second speaker is no part of the name (%s: %s)", (language, text, joined) => {
    expect(run(language, text).map((c) => c.speaker.name)).not.toContain(joined);
  });
});
