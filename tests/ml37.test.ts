import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers in Romance languages (ml37, issue 11). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const first = (language: string, text: string) => run(language, text)[0]?.speaker ?? null;

describe("an office and a name joined by 'and' before a verb in the plural: two speakers, a group", () => {
  it.each([
    ["it", "Il ministro degli Esteri e Mario Rossi hanno detto che la visita è stata un successo.", "Il ministro degli Esteri and Mario Rossi"],
    ["es", "La ministra de Hacienda y Pedro Gómez dijeron que el presupuesto está listo.", "La ministra de Hacienda and Pedro Gómez"],
    ["fr", "La ministre de la Santé et Pierre Martin ont déclaré que les hôpitaux sont prêts.", "La ministre de la Santé and Pierre Martin"],
    ["ro", "Ministrul Sănătății și Ion Popescu au declarat că spitalele sunt pregătite.", "Ion Popescu and Ministrul Sănătății"],
  ])("%s: %s", (language, text, name) => {
    const sp = first(language, text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("group");
  });
  it.each([
    // (one office with two fields: the verb in the singular)
    ["it", "Il ministro dell'Economia e delle Finanze ha detto che il bilancio è pronto.", "Il ministro dell'Economia e delle Finanze"],
    ["es", "La ministra de Hacienda y Función Pública dijo que el presupuesto está listo.", "La ministra de Hacienda y Función Pública"],
    // (a body's two fields, the verb in the singular)
    ["it", "Il ministero delle Infrastrutture e dei Trasporti ha detto che il ponte sarà chiuso.", "Il ministero delle Infrastrutture e dei Trasporti"],
    ["fr", "Le ministère de l'Agriculture et de l'Alimentation a déclaré que la récolte sera bonne.", "Le ministère de l'Agriculture et de l'Alimentation"],
    ["ro", "Ministerul Agriculturii și Dezvoltării Rurale a anunțat că recolta va fi bună.", "Ministerul Agriculturii și Dezvoltării Rurale"],
  ])("negative: %s: %s", (language, text, name) => {
    expect(first(language, text)?.name).toBe(name);
  });
  it("negative: two names stay the group of both", () => {
    const sp = first("it", "Mario Rossi e Luca Bianchi hanno detto che la visita è stata un successo.");
    expect(sp?.name).toBe("Luca Bianchi and Mario Rossi");
    expect(sp?.kind).toBe("group");
  });
});

describe("es: a ministry whose fields are listed with commas, or whose last field opens with its article, is one body", () => {
  it.each([
    ["El Ministerio de Agricultura, Pesca y Alimentación dijo que la cosecha será buena.", "El Ministerio de Agricultura, Pesca y Alimentación"],
    [
      "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación dijo que la visita fue un éxito.",
      "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación",
    ],
    [
      "El Ministerio de la Transición Ecológica y el Reto Demográfico dijo que la central cerrará.",
      "El Ministerio de la Transición Ecológica y el Reto Demográfico",
    ],
    [
      "El Ministerio para la Transición Ecológica y el Reto Demográfico dijo que la central cerrará.",
      "El Ministerio para la Transición Ecológica y el Reto Demográfico",
    ],
    // (a preposition in a role of the lexicon, "asesor del Kremlin para asuntos internacionales", is no role word)
    ["El Ministerio para la Transición Ecológica dijo que la central cerrará.", "El Ministerio para la Transición Ecológica"],
  ])("%s", (text, name) => {
    const sp = first("es", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("institution");
  });
  it("negative: the adviser for international affairs keeps his role and name", () => {
    const sp = first("es", "El asesor del Kremlin para asuntos internacionales, Yuri Ushakov, dijo que la reunión fue útil.");
    expect(sp?.name).toBe("Yury Ushakov");
  });
  it.each([
    // (a verb in the plural: two subjects)
    ["La ministra de Hacienda y Pedro Gómez dijeron que el presupuesto está listo.", "group"],
    // (two people, the verb in the singular, a comma between: no body's noun opens the list)
    ["Juan Pérez, Ana López y Pedro Gómez dijeron que el presupuesto está listo.", null],
  ])("negative: %s", (text, kind) => {
    const sp = first("es", text);
    if (kind) expect(sp?.kind).toBe(kind);
    else expect(sp?.kind).not.toBe("institution");
  });
});

describe("ro: a bare role refers back to the person named earlier with that role", () => {
  it.each([
    [
      "Ministrul Sănătății Alexandru Rafila a declarat că spitalele sunt pregătite. Ministrul a precizat că nu există motive de îngrijorare.",
      "Alexandru Rafila",
    ],
    ["Premierul Marcel Ciolacu a declarat că bugetul este gata. Premierul a precizat că nu vor fi taxe noi.", "Marcel Ciolacu"],
  ])("%s", (text, name) => {
    const claims = run("ro", text);
    expect(claims[1]?.speaker.name).toBe(name);
    expect(claims[1]?.speaker.kind).toBe("person");
  });
});

describe("ro: a county council's president before a name is that person, and the bare role refers back to him", () => {
  it.each([
    ["Președintele Consiliului Județean Cluj Alin Tișe a declarat că drumul va fi reparat.", "Alin Tișe"],
    ["Președintele Consiliului Local Sibiu Ion Marcu a declarat că drumul va fi reparat.", "Ion Marcu"],
  ])("%s", (text, name) => {
    const sp = first("ro", text);
    expect(sp?.name).toBe(name);
    expect(sp?.kind).toBe("person");
  });
  it.each([
    ["Președintele Consiliului Județean Cluj Alin Tișe a vizitat șantierul. Președintele a precizat că lucrările încep luni."],
    ["Președintele Consiliului Județean Cluj Alin Tișe a vizitat șantierul. „Drumul va fi reparat”, a precizat președintele."],
  ])("%s", (text) => {
    const claims = run("ro", text);
    expect(claims.at(-1)?.speaker.name).toBe("Alin Tișe");
  });
  it.each([
    // (no name after the area's name)
    ["Președintele Consiliului Județean Cluj a declarat că drumul va fi reparat.", "Președintele Consiliului Județean Cluj"],
    // (no word of an area: the body's name runs on)
    ["Președintele Autorității Naționale Sanitare Veterinare a declarat că drumul va fi reparat.", "Președintele Autorității Naționale Sanitare Veterinare"],
  ])("negative: %s", (text, name) => {
    expect(first("ro", text)?.name).toBe(name);
  });
});
