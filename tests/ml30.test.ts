import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution in es fr it ro (ml30, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => run(language, text).at(-1)?.speaker ?? null;

describe("a newspaper's name is a medium, under that name", () => {
  it.each([
    ["es", "El País informó el martes de que el Gobierno prepara una subida del salario mínimo.", "El País"],
    ["es", "Según La Vanguardia, el alcalde dimitirá en marzo.", "La Vanguardia"],
    ["fr", "Le Monde a révélé mardi que le gouvernement prépare une hausse de la TVA.", "Le Monde"],
    ["fr", "Selon Libération, la réforme des retraites sera retirée.", "Libération"],
    ["it", "Il Corriere della Sera ha scritto che il governo prepara una manovra da trenta miliardi.", "Il Corriere della Sera"],
    ["it", "Secondo il Corriere della Sera, la Regione chiuderà due ospedali.", "il Corriere della Sera"],
    ["ro", "Adevărul a scris marți că Guvernul pregătește o creștere a TVA.", "Adevărul"],
    ["ro", "Potrivit Libertatea, ministrul Transporturilor va demisiona.", "Libertatea"],
  ])("%s: %s", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("media");
    expect(text.slice(...(sp!.mentionSpan as [number, number]))).toContain(name);
  });
  it("negative: the word a name is made of, in lower case, is no medium (ro 'adevărul')", () => {
    const claims = run("ro", "Primarul a declarat că adevărul va ieși la iveală.");
    expect(claims.map((c) => c.speaker.kind)).not.toContain("media");
    expect(claims.at(-1)?.speaker.name).toBe("Primarul");
  });
  it("negative: the press at large stays the media ('la prensa')", () => {
    expect(last("es", "La prensa local informó de que el puente se cerrará.")?.name).not.toBe("La prensa local");
  });
});

describe("lower-case particles the pack reads as function words stand inside a person's name", () => {
  it.each([
    ["fr", "Charles de Gaulle a déclaré que la France resterait libre.", "Charles de Gaulle"],
    ["fr", "Le général Charles de Gaulle a déclaré que la France resterait libre.", "Charles de Gaulle"],
    ["fr", "Jean de La Fontaine a écrit que la raison du plus fort était la meilleure.", "Jean de La Fontaine"],
    ["es", "Luis de la Fuente dijo que la selección jugará con tres delanteros.", "Luis de la Fuente"],
    ["es", "Luis De la Fuente dijo que la selección jugará con tres delanteros.", "Luis De la Fuente"],
    ["es", "El seleccionador, Luis de la Fuente, dijo que la selección jugará con tres delanteros.", "Luis de la Fuente"],
    ["it", "Leonardo da Vinci ha scritto che la pittura è poesia muta.", "Leonardo da Vinci"],
  ])("%s: %s", (language, text, name) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
  });
  it.each([
    ["es", "La Comunidad de Madrid aseguró que bajará los impuestos."],
    ["es", "Banco de España aseguró que la inflación bajará."],
    ["es", "El ministro de Sanidad dijo que las vacunas llegarán en enero."],
    ["fr", "La Banque de France a déclaré que la croissance ralentirait."],
    ["fr", "La ministre de la Santé a déclaré que les vaccins arriveraient."],
  ])("negative: a body or an office is no person (%s: %s)", (language, text) => {
    expect(last(language, text)?.kind).not.toBe("person");
  });
});

describe("a body's name with 'and' and a second complement is one body", () => {
  it.each([
    ["it", "Il ministero dell'Economia e delle Finanze ha detto che il deficit scenderà.", "Il ministero dell'Economia e delle Finanze", "institution"],
    [
      "it",
      "Il ministero delle Infrastrutture e dei Trasporti ha spiegato che i cantieri riapriranno.",
      "Il ministero delle Infrastrutture e dei Trasporti",
      "institution",
    ],
    ["fr", "Le ministère de l'Économie et des Finances a indiqué que la croissance ralentirait.", "Le ministère de l'Économie et des Finances", "institution"],
    ["es", "El Ministerio de Hacienda y Función Pública ha asegurado que el déficit bajará.", "El Ministerio de Hacienda y Función Pública", "institution"],
    ["ro", "Ministerul Muncii și Solidarității Sociale a anunțat că pensiile vor crește.", "Ministerul Muncii și Solidarității Sociale", "institution"],
  ])("%s: %s", (language, text, name, kind) => {
    const sp = last(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe(kind);
  });
  it("an office with two complements is one speaker, no person named 'Finanze'", () => {
    const sp = last("it", "Il ministro dell'Economia e delle Finanze ha detto che il deficit scenderà.");
    expect(sp?.name).toBe("Il ministro dell'Economia e delle Finanze");
  });
  it("negative: two people joined by 'e' stay two", () => {
    const sp = last("it", "Mario Rossi e Luca Bianchi hanno detto che il deficit scenderà.");
    expect(sp?.kind).toBe("group");
  });
});

describe("a feminine role word refers back to the one holder named before", () => {
  it.each([
    ["es", "La presidenta de la Comunidad, Isabel Soler, dijo que bajará los impuestos. La presidenta afirmó que recurrirá la ley.", "Isabel Soler"],
    ["fr", "La présidente de la Région, Carole Martin, a présenté le plan. La présidente a assuré que la Région tiendrait.", "Carole Martin"],
    ["it", "La premier, Giulia Ferri, ha incontrato i sindacati. La premier ha detto che il salario minimo non serve.", "Giulia Ferri"],
    ["ro", "Premierul Ion Popescu a vizitat Bruxelles. Premierul a declarat că România va respecta ținta de deficit.", "Ion Popescu"],
  ])("%s: %s", (language, text, name) => {
    const claims = run(language, text);
    const sp = claims.at(-1)!.speaker;
    expect(sp.name).toBe(name);
    expect(sp.kind).toBe("person");
    expect(text.slice(...(sp.mentionSpan as [number, number])).toLowerCase()).toMatch(/^la pr|^premierul/u);
  });
  it("negative: with two presidents named before, the bare role word stays unresolved", () => {
    const sp = last(
      "es",
      "La presidenta de la Comunidad, Isabel Soler, dijo que bajará los impuestos. La presidenta de Navarra, Ana Ruiz, dijo que subirá las pensiones. La presidenta afirmó que recurrirá la ley.",
    );
    expect(sp?.name).toBe("La presidenta");
  });
});
