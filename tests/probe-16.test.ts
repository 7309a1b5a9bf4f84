import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Constructions found by probing fresh news text written by the team (no corpus text). Each block
// has positive cases in every language where the construction exists, and negative ones.

const run = (language: string, text: string): Claim[] => extractClaims({ id: "t", language, text, publishedAt: "2026-12-04" }).claims;
const rows = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.cue, c.assertion]);

describe("a preposition of view, a person and a quotation with no comma: “Per Matteo Salvini “…””", () => {
  const cases: [string, string, string, string, string][] = [
    ["it", "Per Matteo Salvini “servono negoziati, non altre armi”.", "Matteo Salvini", "Per", "“servono negoziati, non altre armi”."],
    ["es", "Para Alberto Núñez Feijóo «el pacto es un error».", "Alberto Núñez Feijóo", "Para", "«el pacto es un error»."],
    ["fr", "Pour Jean Dupont « il faut négocier ».", "Jean Dupont", "Pour", "« il faut négocier »."],
    ["ro", "Pentru Ion Popescu „acordul este o greșeală”.", "Ion Popescu", "Pentru", "„acordul este o greșeală”."],
  ];
  for (const [lang, text, speaker, cue, content] of cases) it(`${lang}: ${text}`, () => expect(rows(run(lang, text))).toEqual([[speaker, cue, content]]));

  it("does not take the source of the next sentence", () => {
    const cs = run("it", "Per Matteo Salvini “servono negoziati”. Secondo fonti della Lega, il vicepremier chiederà un vertice.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Matteo Salvini", "fonti della Lega"]);
  });

  const none: [string, string][] = [
    ["it", "Per la prima volta “una svolta” è possibile."],
    ["it", "Per Roma “è una vittoria”."],
    ["fr", "Pour la première fois « une percée » est possible."],
    ["es", "Para el año que viene «habrá cambios»."],
  ];
  for (const [lang, text] of none) it(`${lang}: no person: ${text}`, () => expect(run(lang, text)).toEqual([]));
});

describe("a headline that names its speaker by surname, a verb and a colon: “Meloni sente Zelensky: “…””", () => {
  it("it: the surname is the person the article names in full", () => {
    const cs = run("it", "Meloni sente Zelensky: “Sostegno fino alla fine”\n\nROMA - La presidente del Consiglio Giorgia Meloni ha parlato con Zelensky.");
    expect(rows(cs)).toEqual([["Giorgia Meloni", null, "“Sostegno fino alla fine”"]]);
  });
  it("en: an unknown surname", () => {
    const cs = run("en", "Smith hits back: “We will win this fight”\n\nWASHINGTON - Senator John Smith spoke on Monday.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.kind, c.assertion])[0]).toEqual(["John Smith", "person", "“We will win this fight”"]);
  });
  const none: [string, string][] = [
    ["it", "Roma ospita il vertice: “Una giornata storica per la città”\n\nIl vertice si apre oggi a Roma."],
    ["fr", "Paris accueille le sommet : « Une journée historique »\n\nLe sommet commence à Paris."],
    ["en", "Madrid hosts summit: “A historic day”\n\nThe summit opens in Madrid."],
    // (not a headline: a sentence of the body)
    ["it", "Roma. Meloni sente Zelensky: “Sostegno fino alla fine”. Poi Giorgia Meloni è partita."],
  ];
  for (const [lang, text] of none) it(`${lang}: no full name below: ${text.split("\n")[0]}`, () => expect(run(lang, text)).toEqual([]));
});

describe("a direct-object clitic before a Spanish verb that qualifies: “la oposición la calificó de “…””", () => {
  const cases: [string, string, string, string][] = [
    ["Mientras que el Gobierno habla de éxito, la oposición la calificó de “propaganda”.", "la oposición", "la calificó", "“propaganda”"],
    ["El ministro la ha calificado de “inaceptable”.", "El ministro", "la ha calificado", "“inaceptable”"],
    ["El ministro lo describió como “un error grave”.", "El ministro", "lo describió", "como “un error grave”."],
  ];
  for (const [text, speaker, cue, content] of cases) it(`es: ${text}`, () => expect(rows(run("es", text))).toEqual([[speaker, cue, content]]));
  const none = ["El ministro la compró en “El Corte Inglés”.", "La describe la guía como una ciudad tranquila."];
  for (const text of none) it(`es: no report: ${text}`, () => expect(run("es", text)).toEqual([]));
});

describe("a phrase of the speaker's own turn between auxiliary and participle: “a pour sa part estimé”", () => {
  const cases: [string, string, string, string, string][] = [
    [
      "fr",
      "Le maire de Lyon, Paul Mercier, a pour sa part estimé que les entreprises attendaient des garanties.",
      "Paul Mercier",
      "a pour sa part estimé",
      "les entreprises attendaient des garanties.",
    ],
    ["fr", "Le maire a quant à lui déclaré que la ville était prête.", "Le maire", "a quant à lui déclaré", "la ville était prête."],
    ["it", "Il sindaco ha da parte sua dichiarato che la città è pronta.", "Il sindaco", "ha da parte sua dichiarato", "la città è pronta."],
    ["it", "Il sindaco ha dal canto suo dichiarato che la città è pronta.", "Il sindaco", "ha dal canto suo dichiarato", "la città è pronta."],
  ];
  for (const [lang, text, speaker, cue, content] of cases) it(`${lang}: ${text}`, () => expect(rows(run(lang, text))).toEqual([[speaker, cue, content]]));
  const none: [string, string][] = [
    ["fr", "Le maire a de son côté visité le chantier."],
    ["it", "Il sindaco ha da parte sua visitato il cantiere."],
  ];
  for (const [lang, text] of none) it(`${lang}: no reporting verb: ${text}`, () => expect(run(lang, text)).toEqual([]));
});

describe("a title and one word before a name set off by commas: “Ministrul Apărării, Ion Popescu, a declarat”", () => {
  it("ro: the name in the parenthesis speaks", () => {
    const cs = run("ro", "Ministrul Apărării, Ion Popescu, a declarat că România va cere mai mulți bani.");
    expect(rows(cs)).toEqual([["Ion Popescu", "a declarat", "România va cere mai mulți bani."]]);
  });
  it("ro: a description in the parenthesis leaves the titled name the speaker", () => {
    const cs = run("ro", "Ministrul Popescu, fost deputat, a declarat că bugetul crește.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Popescu"]);
  });
});

describe("a title opening the sentence before a subject and its apposition: “Ông Nguyễn Văn An, giám đốc công ty, cho biết …”", () => {
  const cases: [string, string, string, string][] = [
    ["vi", "Ông Nguyễn Văn An, giám đốc công ty, cho biết doanh thu tăng mạnh.", "Nguyễn Văn An", "doanh thu tăng mạnh."],
    ["vi", "Bà Trần Thị Lan, hiệu trưởng nhà trường, khẳng định học sinh an toàn.", "Trần Thị Lan", "học sinh an toàn."],
    ["de", "Herr Hans Gruber, der Bürgermeister, sagte, die Stadt sei bereit.", "Hans Gruber", "die Stadt sei bereit."],
    ["pl", "Pan Jan Kowalski, dyrektor firmy, powiedział, że przychody wzrosły.", "Jan Kowalski", "przychody wzrosły."],
    ["en", "Mr John Smith, the company director, said revenue rose sharply.", "John Smith", "revenue rose sharply."],
  ];
  for (const [lang, text, speaker, content] of cases)
    it(`${lang}: ${text}`, () => expect(run(lang, text).map((c) => [c.speaker.name, c.assertion])).toEqual([[speaker, content]]));
  it("vi: content first, the speaker after it, still reads", () => {
    const cs = run("vi", "Doanh thu năm nay tăng mạnh, ông Nguyễn Văn An cho biết.");
    expect(cs.map((c) => [c.speaker.name, c.assertion])).toEqual([["Nguyễn Văn An", "Doanh thu năm nay tăng mạnh"]]);
  });
});

describe("a noun of a public body with a lower-case role word after it, before a name: “Bộ trưởng Nguyễn Văn An”", () => {
  it("vi: the minister speaks, and “ông An” is that minister", () => {
    const cs = run("vi", 'Bộ trưởng Nguyễn Văn An cho biết hai nước sẽ ký thỏa thuận. "Đây là bước tiến quan trọng", ông An nói với báo giới.');
    expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([
      ["Nguyễn Văn An", "person"],
      ["Nguyễn Văn An", "person"],
    ]);
  });
  const bodies: [string, string][] = [
    ["vi", "Bộ Công Thương cho biết hai nước sẽ ký thỏa thuận."],
    ["en", "The Ministry of Health said the hospitals were ready."],
  ];
  for (const [lang, text] of bodies) it(`${lang}: the body itself: ${text}`, () => expect(run(lang, text).map((c) => c.speaker.kind)).toEqual(["institution"]));
});

describe("an attribution between spaced dashes inside one pair of guillemets: “«…, — сказал Песков. — …»”", () => {
  const cases: [string, string, string, string][] = [
    ["ru", "«Мы готовы к диалогу, — сказал Песков журналистам. — Но не на любых условиях».", "Dmitry Peskov", "сказал"],
    ["uk", "«Ми готові до діалогу, — сказав Зеленський журналістам. — Але не на будь-яких умовах».", "Volodymyr Zelenskyy", "сказав"],
    ["ru", "«Мы готовы к диалогу, — сказал Песков, — но не на любых условиях».", "Dmitry Peskov", "сказал"],
  ];
  for (const [lang, text, speaker, cue] of cases)
    it(`${lang}: ${text}`, () => expect(run(lang, text).map((c) => [c.speaker.name, c.cue, c.kind])).toEqual([[speaker, cue, "direct"]]));
  it("ru: the whole quotation is the content when the speaker closes the attribution", () => {
    const [c] = run("ru", "«Мы готовы к диалогу, — сказал Песков. — Но не на любых условиях».");
    expect(c?.assertion).toContain("Но не на любых условиях");
  });
  it("ru: a dash inside a quotation with no reporting verb gives no claim", () => {
    expect(run("ru", "«Это был трудный год. — Он замолчал. — Очень трудный».")).toEqual([]);
  });
});

describe("a hyphenated first name after a role and its complement: “Le ministre des Affaires étrangères Jean-Luc Martin”", () => {
  const cases: [string, string, string][] = [
    ["fr", "Le ministre des Affaires étrangères Jean-Luc Martin a déclaré que la France était prête.", "Jean-Luc Martin"],
    ["fr", "Le ministre des Affaires étrangères Paul Mercier a déclaré que la France était prête.", "Paul Mercier"],
    ["it", "Il ministro degli Esteri Gian-Luca Rossi ha dichiarato che il governo è pronto.", "Gian-Luca Rossi"],
  ];
  for (const [lang, text, speaker] of cases)
    it(`${lang}: ${text}`, () => expect(run(lang, text).map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[speaker, "person"]]));
});
