import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests (government crisis, courts, budget and diplomacy copy in the style of Italian and
// Romanian agencies): Italian and Romanian attribution on unseen news (issue 11). Each construction is checked in the
// other packs where it exists too.
const PUB = "2026-05-14";
const claims = (text: string, language: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.speaker.kind, c.cue, c.assertion]));

describe("a passive agent named in apposition speaks through the relative clause of saying after the name", () => {
  it.each([
    [
      "it",
      "Il piano è stato criticato dal sindaco, Paolo Brindisi, che ha detto che il chiarimento è necessario.",
      "Paolo Brindisi",
      "il chiarimento è necessario.",
    ],
    [
      "ro",
      "Proiectul a fost criticat de purtătorul de cuvânt al Guvernului, Maria Enache, care a spus că documentul va fi publicat.",
      "Maria Enache",
      "documentul va fi publicat.",
    ],
    [
      "ro",
      "Proiectul a fost anunțat de primarul orașului, Ion Popescu, care a declarat că lucrările încep în iunie.",
      "Ion Popescu",
      "lucrările încep în iunie.",
    ],
    ["en", "The plan was criticized by the mayor, John Keller, who said that the city could not wait.", "John Keller", "the city could not wait."],
    [
      "fr",
      "Le projet a été critiqué par le maire, Jean Dubois, qui a déclaré que la ville ne pouvait pas attendre.",
      "Jean Dubois",
      "la ville ne pouvait pas attendre.",
    ],
    ["es", "El proyecto fue criticado por el alcalde, Juan Pérez, quien dijo que la ciudad no puede esperar.", "Juan Pérez", "la ciudad no puede esperar."],
  ])("%s: %s", (lang, text, speaker, content) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  // (an apposition with no relative clause of saying: where the agent opens with its own article, es43's rule gives
  // the name in apposition — "by the mayor, John Keller," — the mayor named; a fused or suffixed article ("dal
  // sindaco", "primarul orașului") still keeps the agent: a known gap, docs/limitations.md, stop 40)
  it("en: The plan was announced by the mayor, John Keller, on Monday.", () => {
    const cs = claims("The plan was announced by the mayor, John Keller, on Monday.", "en");
    expect(
      cs.map((c) => c.speaker.name),
      show(cs),
    ).toEqual(["John Keller"]);
  });
  it.each([["ro", "Planul a fost anunțat de primarul orașului, Ion Popescu, luni seara.", "primarul orașului"]])("%s: %s", (lang, text, speaker) => {
    const cs = claims(text, lang);
    expect(cs.every((c) => c.speaker.name !== "John Keller" && c.speaker.name !== "Ion Popescu") || cs.length === 0, show(cs)).toBe(true);
    for (const c of cs) expect(c.speaker.mention ?? "").toContain(speaker.split(" ")[0]);
  });
});

describe("a preposition of view before a description and a name in apposition, or before a quotation after a comma", () => {
  it.each([
    ["Per la leader dell'opposizione, Chiara Montanari, il governo è arrivato al capolinea.", "Chiara Montanari", "il governo è arrivato al capolinea."],
    ["Per Chiara Montanari, «il governo è arrivato al capolinea».", "Chiara Montanari", "«il governo è arrivato al capolinea»."],
  ])("it: %s", (text, speaker, content) => {
    const cs = claims(text, "it");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each([
    ["fr", "Pour la présidente du groupe, Marie Laurent, le texte doit être retiré.", "Marie Laurent"],
    ["fr", "Pour Marie Laurent, « le texte doit être retiré ».", "Marie Laurent"],
  ])("%s: %s", (lang, text, speaker) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
  });

  // (with no name the description is not enough, and "per" in other senses names no one)
  it.each([
    "Per la leader dell'opposizione, il governo è arrivato al capolinea.",
    "Per la città, il nuovo ponte è una buona notizia.",
    "Per tre giorni, «la strada resterà chiusa».",
  ])("it: %s", (text) => {
    const cs = claims(text, "it");
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("a plan noun with a plain noun after it names no one", () => {
  it.each([
    ["ro", "Conform planului de investiții, lucrările la autostradă încep în iunie."],
    ["it", "Secondo il piano di rilancio, i cantieri apriranno in giugno."],
    ["ro", "Potrivit programului de lucru, ghișeele se deschid la ora opt."],
    ["it", "Secondo il programma dei lavori, i cantieri apriranno in giugno."],
    ["en", "According to the plan of action, the tunnel opens in June."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(0);
  });

  // (a source phrase that is no plan keeps its speaker, a plan of someone named too)
  it.each([
    ["ro", "Conform Consiliului Fiscal, deficitul real ar putea depăși 6% din PIB.", "Consiliul Fiscal"],
    ["it", "Secondo il politologo Andrea Salvi, la crisi potrebbe chiudersi con un rimpasto.", "Andrea Salvi"],
    ["it", "Secondo quanto dichiarato dal ministro, il voto si terrà entro dieci giorni.", "ministro"],
    ["ro", "Conform planului Ministerului Transporturilor, lucrările încep în iunie.", "Ministerul Transporturilor"],
  ])("%s: %s", (lang, text, speaker) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
  });
});

describe("a verb of discussing in a relative clause, with a quotation right after it, reports for the one the clause is on", () => {
  it.each([
    [
      "it",
      "Un vertice è stato annunciato dal sottosegretario Paolo Brindisi, che ha parlato di «un chiarimento ormai necessario».",
      "Paolo Brindisi",
      "«un chiarimento ormai necessario»",
    ],
    ["it", "Il fermo è stato convalidato dal giudice, che ha parlato di «concreto pericolo di fuga».", "giudice", "«concreto pericolo di fuga»"],
    ["it", "Il piano è stato criticato dai sindacati, che hanno parlato di «un errore grave».", "sindacati", "«un errore grave»"],
    ["ro", "Planul a fost anunțat de primarul orașului, Ion Popescu, care a vorbit despre „o zi istorică”.", "Ion Popescu", "„o zi istorică”"],
    ["ro", "Decizia a fost criticată de primar, care a vorbit despre „o greșeală gravă”.", "primar", "„o greșeală gravă”"],
  ])("%s: %s", (lang, text, speaker, content) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  // (one speaker discussing a topic is narration; only a quotation makes it a claim; agreeing parties stay with the source)
  it.each([
    ["it", "Il sindaco Paolo Brindisi ha parlato di economia."],
    ["it", "Il ministro ha parlato a lungo di economia con i giornalisti."],
    ["it", "Il fermo è stato convalidato dal giudice, che ha parlato di economia."],
    ["ro", "Primarul Ion Popescu a vorbit despre economie și despre investițiile din oraș."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(0);
  });

  it("it: a source phrase keeps a verb of discussing of its own", () => {
    const cs = claims("Secondo la Casa Bianca, i due leader hanno parlato di «un passo avanti».", "it");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("White House");
  });
});

describe("a name set off by commas right after a described source is the person described", () => {
  it.each([
    ["ro", "Potrivit ministrului de Externe, Elena Popa, dialogul cu partenerii rămâne deschis.", "Elena Popa", "dialogul cu partenerii rămâne deschis."],
    ["ro", "Potrivit ambasadorului Germaniei la București, Thomas Weber, Berlinul susține extinderea.", "Thomas Weber", "Berlinul susține extinderea."],
    ["it", "Secondo il ministro della Giustizia, Renata Colasanti, la legge accorcia i processi.", "Renata Colasanti", "la legge accorcia i processi."],
    ["en", "According to the mayor, John Keller, the city cannot wait.", "John Keller", "the city cannot wait."],
    ["fr", "Selon le maire de la ville, Jean Dubois, le projet doit être retiré.", "Jean Dubois", "le projet doit être retiré."],
    ["es", "Según el alcalde de la ciudad, Juan Pérez, el proyecto debe ser retirado.", "Juan Pérez", "el proyecto debe ser retirado."],
  ])("%s: %s", (lang, text, speaker, content) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  // (a named source keeps its name, a body too, and a name a relative clause describes is content)
  it.each([
    ["ro", "Potrivit lui Mureșan, Ion Popescu, fostul primar, a greșit.", "Mureșan"],
    ["en", "According to John Smith, John Keller, 45, was arrested.", "John Smith"],
    ["en", "According to police, John Keller, 45, was arrested.", "police"],
    ["en", "According to the ministry, New York City, which hosts the event, will pay.", "the ministry"],
  ])("%s: %s", (lang, text, speaker) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
  });
});

describe("'secondo quanto previsto' and its kin name no one; a participle of saying with an agent keeps the agent", () => {
  it.each([
    "Secondo quanto previsto dal regolamento, il voto finale si terrà entro dieci giorni.",
    "Secondo quanto stabilito dalla legge, il voto si terrà entro dieci giorni.",
    "Secondo quanto previsto, il voto si terrà entro dieci giorni.",
    "Secondo quanto disposto dal decreto, le scuole restano chiuse.",
  ])("it: %s", (text) => {
    const cs = claims(text, "it");
    expect(cs, show(cs)).toHaveLength(0);
  });

  it.each([
    ["Secondo quanto riferito dalla polizia, l'uomo è fuggito.", "polizia"],
    ["Secondo quanto dichiarato dal ministro, il voto si terrà entro dieci giorni.", "ministro"],
  ])("it: %s", (text, speaker) => {
    const cs = claims(text, "it");
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
  });
});
