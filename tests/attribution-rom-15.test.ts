import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Passives of reporting verbs in French, Spanish, Italian and Romanian (sentences written for these
// tests): the subject of "a été qualifiée", "fue calificada", "è stato definito", "a fost calificată"
// did not speak; the agent after "par", "por", "da", "de (către)" did, and with no agent no one is
// named. Built from pack data (reporting.passives, grammar.passive, grammar.agents) on the English and
// German machinery.
const PUB = "2026-12-01";
const claims = (language: string, text: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const who = (cs: Claim[]) => cs.map((c) => c.speaker.name);

describe("a passive with a quoted characterisation: the agent speaks, the quotation is what was said", () => {
  it.each([
    ["fr", "La rencontre a été qualifiée de « constructive » par le porte-parole du Kremlin.", "Dmitry Peskov", "qualifiée", "« constructive »"],
    ["fr", "Il a été décrit comme « un échec » par ses adversaires.", "ses adversaires", "décrit", "« un échec »"],
    ["fr", "Les négociations ont été qualifiées de « difficiles » par la ministre Claire Morel.", "Claire Morel", "qualifiées", "« difficiles »"],
    ["es", "La reunión fue calificada de «constructiva» por el portavoz del Gobierno.", "el portavoz del Gobierno", "calificada", "«constructiva»"],
    ["es", "La cumbre fue descrita como «un fracaso» por los analistas.", "los analistas", "descrita", "«un fracaso»"],
    ["it", "L'incontro è stato definito «costruttivo» dal portavoce del Cremlino.", "Dmitry Peskov", "definito", "«costruttivo»"],
    ["it", "La riunione è stata descritta come «un fallimento» dagli analisti.", "analisti", "descritta", "«un fallimento»"],
    [
      "ro",
      "Întâlnirea a fost calificată drept „constructivă” de către purtătorul de cuvânt al guvernului.",
      "purtătorul de cuvânt al guvernului",
      "calificată",
      "„constructivă”",
    ],
    ["ro", "Reuniunea a fost descrisă ca „un eșec” de analiști.", "analiști", "descrisă", "„un eșec”"],
    // the agent before the quotation
    ["fr", "La rencontre a été qualifiée par le Kremlin de « constructive ».", "Kremlin", "qualifiée", "« constructive »"],
    ["es", "La reunión fue calificada por el Kremlin de «constructiva».", "Kremlin", "calificada", "«constructiva»"],
    ["it", "La proposta è stata definita da Putin «inaccettabile».", "Vladimir Putin", "definita", "«inaccettabile»"],
    ["ro", "Planul a fost descris de ministrul de externe drept „nerealist”.", "ministrul de externe", "descris", "„nerealist”"],
  ])("%s: %s", (lang, text, speaker, cue, quote) => {
    const cs = claims(lang, text);
    expect(who(cs)).toEqual([speaker]);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.assertion).toContain(quote);
    // the speaker's span is the agent's phrase in the original text
    const [a, b] = cs[0]!.speaker.mentionSpan!;
    expect(text.slice(a, b)).toBe(cs[0]!.speaker.mention);
  });
});

describe("a passive with its agent and no quotation: the agent speaks of the subject", () => {
  it.each([
    ["fr", "Le projet a été critiqué par l'opposition.", "l'opposition", "critiqué"],
    ["fr", "La décision a été vivement dénoncée par les syndicats.", "les syndicats", "dénoncée"],
    ["es", "El acuerdo ha sido criticado por la oposición.", "la oposición", "criticado"],
    ["es", "Las medidas fueron duramente criticadas por los sindicatos.", "los sindicatos", "criticadas"],
    ["it", "Il progetto è stato criticato dall'opposizione.", "opposizione", "criticato"],
    ["it", "La proposta viene criticata dai sindacati.", "sindacati", "criticata"],
    ["ro", "Proiectul a fost criticat de opoziție.", "opoziție", "criticat"],
    ["ro", "Măsurile au fost criticate de către sindicate.", "sindicate", "criticate"],
    // an adverb between the participle and its agent
    ["it", "Il piano è stato criticato duramente da Giorgia Meloni.", "Giorgia Meloni", "criticato"],
    ["es", "El plan fue criticado duramente por la oposición.", "la oposición", "criticado"],
  ])("%s: %s", (lang, text, speaker, cue) => {
    const cs = claims(lang, text);
    expect(who(cs)).toEqual([speaker]);
    expect(cs[0]!.cue).toBe(cue);
  });
});

describe("negative: an agentless passive names no one, its subject least of all", () => {
  it.each([
    ["fr", "La rencontre a été qualifiée de « constructive »."],
    ["fr", "Le projet a été vivement critiqué."],
    ["es", "La reunión fue calificada de «constructiva»."],
    ["es", "El acuerdo ha sido criticado."],
    ["it", "L'incontro è stato definito «costruttivo»."],
    ["it", "Il progetto è stato criticato."],
    ["ro", "Întâlnirea a fost calificată drept „constructivă”."],
    ["ro", "Proiectul a fost criticat."],
  ])("%s: %s", (lang, text) => {
    expect(claims(lang, text)).toEqual([]);
  });
});

describe("negative: sentences that must not change", () => {
  it.each([
    // active sentences: the subject speaks
    ["fr", "Le porte-parole a qualifié la rencontre de « constructive ».", "Le porte-parole", "a qualifié"],
    ["es", "El portavoz calificó la reunión de «constructiva».", "El portavoz", "calificó"],
    ["it", "Il portavoce ha definito l'incontro «costruttivo».", "Il portavoce", "ha definito"],
    ["ro", "Purtătorul de cuvânt a calificat întâlnirea drept „constructivă”.", "Purtătorul de cuvânt", "a calificat"],
    // ordinary claims
    ["fr", "Le ministre a déclaré que la réforme serait adoptée.", "Le ministre", "a déclaré"],
    ["es", "El ministro ha dicho que la reforma será aprobada.", "El ministro", "ha dicho"],
    ["it", "Il ministro ha detto che la riforma sarà approvata.", "Il ministro", "ha detto"],
    ["ro", "Ministrul a spus că reforma va fi adoptată.", "Ministrul", "a spus"],
    // a finite verb before a word that also introduces an agent is active, no reduced passive
    ["es", "El ministro dijo por la tarde que la reforma será aprobada.", "El ministro", "dijo"],
    ["it", "Il ministro ha dichiarato dalla Casa Bianca che la riforma sarà approvata.", "Il ministro", "ha dichiarato"],
    ["ro", "Ministrul a declarat de la Bruxelles că reforma este necesară.", "Ministrul", "a declarat"],
    // a reflexive verb of saying is no passive
    ["fr", "Le porte-parole s'est dit « très préoccupé » par la situation.", "Le porte-parole", "s'est dit"],
    ["it", "Il portavoce si è detto «molto preoccupato» per la situazione.", "Il portavoce", "si è detto"],
    // an auxiliary's look-alike noun stays in the speaker's phrase
    ["it", "Il capo dello Stato ha detto che la riforma è necessaria.", "Il capo dello Stato", "ha detto"],
    ["it", "Il capo di stato maggiore ha detto che le truppe sono pronte.", "Il capo di stato maggiore", "ha detto"],
    ["it", "Gli Stati Uniti hanno detto che l'incontro è stato utile.", "US government", "hanno detto"],
    ["fr", "Cet été, le ministre a déclaré que la réforme serait adoptée.", "le ministre", "a déclaré"],
  ])("%s: %s", (lang, text, speaker, cue) => {
    const cs = claims(lang, text);
    expect(who(cs)).toEqual([speaker]);
    expect(cs[0]!.cue).toBe(cue);
  });

  it.each([
    // verbs that do not report: the passive names no speaker
    ["fr", "Le maire a été élu par le conseil municipal."],
    ["fr", "L'accusé a été déclaré coupable par le tribunal."],
    ["es", "El sospechoso fue detenido por la policía."],
    ["it", "Il sindaco è stato eletto dal consiglio comunale."],
    ["ro", "Primarul a fost ales de consiliul local."],
    ["ro", "Ministrul a fost declarat câștigător de comisie."],
    // a time or an adverb after the agent's preposition is no agent
    ["it", "Il progetto è stato criticato da anni."],
    ["ro", "Decizia a fost anunțată de ieri."],
    ["ro", "Proiectul a fost criticat de asemenea."],
    // a participle with no auxiliary is an adjective
    ["fr", "Les propositions qualifiées de « provocatrices » ont été retirées."],
    ["es", "Las medidas criticadas serán revisadas."],
  ])("%s: %s — no claim", (lang, text) => {
    expect(claims(lang, text)).toEqual([]);
  });

  it.each([
    ["fr", "Le ministre, qui a été critiqué par l'opposition, a déclaré que la réforme était nécessaire.", "Le ministre"],
    ["ro", "Ministrul, care a fost criticat de opoziție, a declarat că reforma este necesară.", "Ministrul"],
  ])("%s: a passive in a relative clause leaves the claim to the main clause", (lang, text, speaker) => {
    expect(who(claims(lang, text))).toEqual([speaker]);
  });
});
