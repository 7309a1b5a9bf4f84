import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution leftovers in Spanish, French and Italian news (issue 11). Every sentence below was
// written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-18" }).claims;
const said = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.speaker.kind, c.cue]);

describe("a verb before its subject: a description, its complement, a comma and the name that ends the sentence", () => {
  it.each([
    ["it", "«Non ci sono le condizioni», ha replicato il capogruppo azzurro alla Camera, Paolo Barelli.", "Paolo Barelli", "ha replicato"],
    ["it", "«La legge va cambiata», ha detto la relatrice del provvedimento al Senato, Giulia Ferraris.", "Giulia Ferraris", "ha detto"],
    ["es", "«No vamos a apoyar estos presupuestos», afirmó el portavoz del PSOE en el Congreso, Patxi López.", "Patxi López", "afirmó"],
    ["es", "«Es una vergüenza», dijo la consejera de Sanidad en la Asamblea, Marta Galindo.", "Marta Galindo", "dijo"],
    ["fr", "« Nous ne voterons pas ce budget », a réagi la porte-parole du groupe à l'Assemblée, Anne Martin.", "Anne Martin", "a réagi"],
    ["fr", "« C'est inacceptable », a déclaré le président de la commission au Sénat, Paul Girard.", "Paul Girard", "a déclaré"],
  ])("%s: %s", (language, text, name, cue) => {
    const c = run(language, text).find((x) => x.cue === cue);
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("person");
    // the span covers the description, its complement and the name
    const span = c?.speaker.mentionSpan ?? [0, 0];
    expect(text.slice(span[0], span[1]).endsWith(name)).toBe(true);
  });
  it.each([
    // no name after the comma: the description speaks
    ["it", "«Non ci sono le condizioni», ha replicato il capogruppo alla Camera, aggiungendo che si voterà contro.", "Paolo Barelli"],
    ["es", "«No vamos a apoyar estos presupuestos», afirmó el portavoz en el Congreso, sin dar más detalles.", "Patxi López"],
    // the name does not end the sentence: more words after it
    ["fr", "« Nous ne voterons pas ce budget », a déclaré la porte-parole du groupe au Sénat, Anne Martin étant absente.", "Anne Martin"],
  ])("negative (%s): %s", (language, text, notName) => {
    const names = said(language, text).map((x) => x[0]);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(notName);
  });
});

describe("a description before the verb, then a name between commas whose particle reads as an article", () => {
  it.each([
    ["fr", "La présidente du groupe RN, Marine Le Pen, a dénoncé une atteinte à la liberté de la presse.", "Marine Le Pen"],
    ["fr", "Le président du parti, Jean-Marie Le Guen, a affirmé que la réforme serait votée.", "Jean-Marie Le Guen"],
    ["it", "La presidente del gruppo, Maria La Torre, ha denunciato un attacco alla libertà di stampa.", "Maria La Torre"],
    ["es", "La presidenta del grupo, Ana La Rosa, ha denunciado un ataque a la libertad de prensa.", "Ana La Rosa"],
  ])("%s: %s", (language, text, name) => {
    const c = run(language, text)[0];
    expect(c?.speaker.name).toBe(name);
    expect(c?.speaker.kind).toBe("person");
  });
  it.each([
    // a parenthesis that is no name: the description speaks
    ["fr", "La présidente du groupe, pour sa part, a dénoncé une atteinte à la liberté de la presse.", "La présidente du groupe"],
    ["it", "La presidente del gruppo, a quanto pare, ha denunciato un attacco alla libertà di stampa.", "La presidente del gruppo"],
  ])("negative (%s): %s", (language, text, speaker) => {
    expect(run(language, text)[0]?.speaker.name).toBe(speaker);
  });
});
