import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests. (1) A sentence with a few quoted words, no cue and no verb in
// the mood of reported speech is the reporter's narration with a quoted term or title, not speech of
// its paragraph's source: German only, the one pack with such a mood (`reporting.reportedMood`).
// (2) "Sich zeigen" and its Romance counterparts ("se mostró", "s'est montré", "si è mostrato")
// report only with content after them (pack `reporting.contentVerbs`).
const PUB = "2026-12-01";
const claims = (text: string, language = "de"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;

describe("a quoted term or title in narration is no claim of the paragraph's source", () => {
  it.each([
    ["Der Regisseur sagte, die Arbeit sei hart gewesen. Am Abend zeigte er seinen Film „Die lange Nacht“.", "Die lange Nacht"],
    ["Die Sprecherin erklärte, man prüfe den Fall. Am Sonntag wurde die Ausstellung „Kunst und Macht“ eröffnet.", "Kunst und Macht"],
    ["Der Rektor sagte, der Umbau sei teuer. Am Abend lud die Schule die Eltern ein, um die „digitale Wende“ zu besprechen.", "digitale Wende"],
    ["„Wir bleiben hier“, sagte die Wirtin. Das Lokal trägt seit Jahren den Leitspruch „Gut und günstig“.", "Gut und günstig"],
  ])("%s", (text, quoted) => {
    const cs = claims(text);
    expect(
      cs.some((c) => c.assertion.includes(quoted)),
      JSON.stringify(cs.map((c) => c.assertion)),
    ).toBe(false);
    expect(cs).toHaveLength(1);
  });

  it.each([
    // (in the mood of reported speech: speech of the source before)
    ["Der Minister sagte, die Lage sei ernst. Der Plan sei „nicht durchdacht“, man müsse neu beginnen.", "nicht durchdacht"],
    // (more quoted words than a term: a quotation of the source)
    ["Die Gewerkschaft kritisierte die Pläne scharf. Den Beschäftigten werde „jede Perspektive auf eine sichere Zukunft genommen“.", "jede Perspektive"],
  ])("still a claim: %s", (text, quoted) => {
    const cs = claims(text);
    expect(
      cs.some((c) => c.assertion.includes(quoted) && c.speaker.name !== "unknown"),
      JSON.stringify(cs.map((c) => c.assertion)),
    ).toBe(true);
  });

  it("a language with no mood of reported speech keeps its rule: a partly quoted sentence takes its paragraph's source", () => {
    const cs = claims("The mayor said the budget was tight. The plan was “not well thought out” at all.", "en");
    expect(cs.some((c) => c.assertion.includes("not well thought out"))).toBe(true);
  });
});

describe("verbs of showing oneself report only with content after them", () => {
  it.each([
    ["de", "Die Folgen des Sturms zeigten sich erst am nächsten Morgen im Hafen."],
    ["de", "Die Schwächen der Mannschaft zeigten sich erst in der zweiten Halbzeit."],
    ["es", "El cansancio del equipo se mostró en la segunda mitad del partido."],
    ["fr", "La fatigue des joueurs se montre surtout en fin de match."],
    ["it", "La stanchezza della squadra si è mostrata nel secondo tempo."],
  ])("%s: no claim: %s", (language, text) => {
    expect(claims(text, language)).toHaveLength(0);
  });

  it.each([
    ["de", "Der Minister zeigte sich zuversichtlich, dass die Einigung gelingt.", "Der Minister", "die Einigung gelingt"],
    ["de", "Die Ministerin zeigte sich überzeugt: „Wir schaffen das.“", "Die Ministerin", "„Wir schaffen das.“"],
    ["es", "El ministro se mostró convencido de que el acuerdo llegará pronto.", "El ministro", "el acuerdo llegará"],
    ["fr", "Le ministre s'est montré confiant qu'un accord serait trouvé.", "Le ministre", "un accord serait"],
    ["it", "Il ministro si è mostrato fiducioso che un accordo arrivi presto.", "Il ministro", "un accordo arrivi"],
  ])("%s: claim: %s", (language, text, mention, content) => {
    const cs = claims(text, language);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toBe(mention);
    expect(cs[0]!.assertion.startsWith(content)).toBe(true);
  });
});

// (3) A trailing attribution in the perfect, where the verb stands second: the auxiliary after the
// content's comma, the speaker, circumstance, the participle last. German only: no other pack is
// verb-second (`grammar.verbSecond`); "…, a declarat X" and "…, has said X" are read already.
describe("a trailing attribution in the perfect: „…, hatte X gesagt“", () => {
  it.each([
    ["Die Lage sei ruhig, hatte der Präsident gesagt.", "der Präsident", "Die Lage sei ruhig"],
    ["Die Lage sei ruhig, hat Ministerin Anna Berg am Montag in Paris erklärt.", "Anna Berg", "Die Lage sei ruhig"],
    ["Wir fahren morgen nach Hause, hatte der Vater den Kindern gesagt.", "der Vater", "Wir fahren morgen"],
  ])("%s", (text, mention, content) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.mention).toContain(mention.split(" ").pop());
    expect(cs[0]!.assertion.startsWith(content)).toBe(true);
  });

  it.each([
    // (no auxiliary of the perfect opens the last part: narration)
    ["Der Präsident hat die Rede gehalten, die er gestern angekündigt hatte."],
    // (the auxiliary of the passive is no perfect)
    ["Die Halle war voll, wurde am Abend gemeldet."],
  ])("no claim of a trailing speaker: %s", (text) => {
    expect(claims(text).every((c) => !c.assertion.startsWith(text.split(",")[0]!) || c.speaker.name === "unknown")).toBe(true);
  });
});

// The auxiliary right after a parenthesis on the subject that opens the sentence: "Der Chef der Bahn,
// Peter Maier, hat angekündigt, …" gave no claim (the subject stands before the auxiliary).
describe("a subject with its apposition, then the auxiliary and the participle", () => {
  it.each([
    ["Der Chef der Bahn, Peter Maier, hat angekündigt, dass die Preise steigen.", "Peter Maier"],
    ["Peter Maier, Chef der Bahn, hat angekündigt, dass die Preise steigen.", "Peter Maier"],
  ])("%s", (text, speaker) => {
    expect(claims(text).map((c) => c.speaker.name)).toEqual([speaker]);
  });
  it("negative: the same sentence with no report", () => {
    expect(claims("Der Chef der Bahn, Peter Maier, hat am Montag einen neuen Zug vorgestellt.")).toEqual([]);
  });
});
