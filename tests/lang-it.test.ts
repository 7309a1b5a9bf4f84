import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { itPack } from "../src/lang/it/index.js";
import { BUILTIN_PACKS, detectLanguage, extractClaims, type Claim } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";
import { expectExplicitAndExtendedPack } from "./helpers/language-checks.js";

const { whole, find } = lookups(itPack, { cues: ["verb", "impersonal", "noun", "source", "comp", "undated"] });

/** Saturday: "venerdì" is 2025-05-16, "ieri" too, "martedì" 2025-05-13. */
const PUB = "2025-05-17";
const run = (text: string, publishedAt: string = PUB): Claim[] => extractClaims({ text, language: "it", publishedAt }).claims;
const brief = (c: Claim) => ({ speaker: c.speaker.name, side: c.speaker.side, kind: c.kind, date: c.date.iso });

describe("Italian language pack: data", () => {
  it("validates and is keyed by the shared lexicon's ids, covering every role and core topic", () => {
    expectValidPack(itPack);
    expectKeyedBySharedLexicon(itPack);
    expect(itPack.dates.agoAfter).toContain("fa");
    expect(itPack.quotes.pairs).toContainEqual(["«", "»"]);
    expect(itPack.quotes.dashes).toContain("–");
  });

  it("resolves Italian spellings of people and institutions, elided articles included", () => {
    expect(whole("mentions", "la Casa Bianca")).toEqual(["entity:white-house"]);
    expect(whole("mentions", "il Cremlino")).toEqual(["entity:kremlin"]);
    expect(whole("mentions", "l'Eliseo")).toEqual(["entity:elysee"]);
    expect(whole("mentions", "Dmitrij Peskov")).toEqual(["entity:dmitry-peskov"]);
    expect(whole("mentions", "Jurij Ushakov")).toEqual(["entity:yury-ushakov"]);
    expect(whole("mentions", "Sergej Lavrov")).toEqual(["entity:sergey-lavrov"]);
    expect(whole("mentions", "Zelenskyj")).toEqual(["entity:volodymyr-zelenskyy"]);
    expect(whole("mentions", "il Dipartimento di Stato")).toEqual(["entity:state-department"]);
    expect(whole("mentions", "la Farnesina")).toEqual([]); // Italy's own ministry is not Russia's
    expect(whole("mentions", "il ministero degli Esteri russo")).toEqual(["entity:russian-foreign-ministry"]);
    expect(whole("mentions", "gli Usa")).toEqual(["entity:us-government"]);
    expect(whole("mentions", "Usa")).toEqual([]); // "usa" is also "uses"
    expect(whole("mentions", "il tycoon")).toEqual(["entity:donald-trump"]);
    expect(whole("mentions", "lo zar")).toEqual(["entity:vladimir-putin"]);
    expect(whole("mentions", "l'agenzia Ansa")).toEqual(["entity:ansa"]);
    expect(whole("mentions", "Putin e Trump")).toEqual(["entity:putin-and-trump"]);
  });

  it("resolves roles and titles, the longest form winning over the institution inside it", () => {
    expect(whole("mentions", "il portavoce del Cremlino")).toEqual(["role:kremlin-spokesperson"]);
    expect(whole("mentions", "la portavoce della Casa Bianca")).toEqual(["role:wh-press-secretary"]);
    expect(whole("mentions", "il presidente russo")).toEqual(["role:ru-president"]);
    expect(whole("mentions", "il capo del Cremlino")).toEqual(["role:ru-leader"]);
    expect(whole("mentions", "il presidente americano")).toEqual(["role:us-president"]);
    expect(whole("mentions", "il presidente dell'Ucraina")).toEqual(["role:ua-president"]);
    expect(whole("mentions", "il consigliere diplomatico del Cremlino")).toEqual(["role:kremlin-aide"]);
    expect(whole("mentions", "il capo della diplomazia russa")).toEqual(["role:ru-foreign-minister"]);
    expect(whole("mentions", "la portavoce del ministero degli Esteri russo")).toEqual(["role:ru-foreign-ministry-spokesperson"]);
    expect(whole("mentions", "un alto funzionario americano")).toEqual(["role:us-officials"]);
    expect(whole("mentions", "la cancelliera tedesca")).toEqual(["role:de-chancellor"]);
    expect(whole("mentions", "i due leader")).toEqual(["role:both-leaders"]);
  });

  it("recognises reporting verbs in passato prossimo (with adverbs), remoto, present and reportative conditional", () => {
    for (const v of [
      "ha detto",
      "hanno detto",
      "ha poi aggiunto",
      "ha inoltre sottolineato",
      "aveva detto",
      "avrebbe detto",
      "disse",
      "dichiarò",
      "afferma",
      "sostiene",
      "ribadisce",
      "ha fatto sapere",
      "ha reso noto",
      "si è detto",
      "si sono detti",
      "ha detto ai giornalisti",
      "ha spiegato in conferenza stampa",
      "ha scritto su X",
    ]) {
      expect(whole("cues", v), v).toEqual(["verb"]);
    }
    for (const v of ["si legge", "è stato sottolineato", "E' stato sottolineato", "sono stati discussi"]) expect(whole("cues", v), v).toEqual(["impersonal"]);
    for (const v of ["secondo", "stando a", "secondo quanto riferito dalla", "a detta del", "come riporta"]) expect(whole("cues", v), v).toEqual(["source"]);
    expect(whole("cues", "in una nota")).toEqual(["noun"]);
    expect(whole("cues", "più volte")).toEqual(["undated"]);
    expect(whole("cues", "che")).toEqual(["comp"]);
  });

  it("does not read nouns and adjectives as cues, even with accents folded", () => {
    // "annunciò" folds to "annuncio" (an announcement), "commentò" to "commento", "ricordò" to "ricordo".
    expect(find("cues", "L'annuncio e il commento sono un ricordo; la conferma è una data precisa, l'accusa pubblica")).toEqual([]);
    // A participle alone is no cue: "l'obiettivo dichiarato", "il valore aggiunto".
    expect(find("cues", "l'obiettivo dichiarato e il valore aggiunto")).toEqual([]);
  });

  it("maps topic words to concept ids", () => {
    expect(find("topics", "le sanzioni contro la Russia")).toEqual([["sanzioni", ["sanctions"]]]);
    expect(whole("topics", "cessate il fuoco")).toEqual(["ceasefire"]);
    expect(whole("topics", "penisola coreana")).toEqual(["korean-peninsula"]);
    expect(whole("topics", "garanzie di sicurezza")).toEqual(["security-guarantees"]);
    expect(whole("topics", "Medio Oriente")).toEqual(["middle-east"]);
    expect(whole("topics", "colloquio telefonico")).toEqual(["phone-call"]);
  });

  it("reads months and weekdays, accented or not, and leaves look-alikes alone", () => {
    expect(whole("months", "gennaio")).toEqual(["0"]);
    expect(whole("months", "sett")).toEqual(["8"]);
    expect(whole("months", "mar")).toEqual([]); // "mar Nero": the sea, not March
    expect(whole("months", "ago")).toEqual([]); // a needle
    expect(whole("weekdays", "venerdì")).toEqual(["4"]);
    expect(whole("weekdays", "venerdi")).toEqual(["4"]);
    expect(whole("weekdays", "sabato")).toEqual(["5"]);
  });

  it("marks boilerplate lines without swallowing lines that credit an agency", () => {
    expect(whole("boiler", "Leggi anche")).toEqual(["lineStart"]);
    expect(whole("boiler", "© RIPRODUZIONE RISERVATA")).toContain("end");
    expect(find("boiler", "Vladimir Putin al Cremlino (foto ANSA)")).toEqual([["foto ANSA", ["caption"]]]);
    expect(find("boiler", "Lo riferisce l'ANSA da Mosca").flatMap(([, v]) => v)).not.toContain("caption");
  });

  it("is detected as Italian among the other packs", () => {
    const text =
      "Il portavoce del Cremlino, Dmitri Peskov, ha dichiarato venerdì che un incontro tra Putin e Trump è necessario, ma che richiede una preparazione accurata, secondo quanto riferisce l'agenzia Ansa.";
    expect(detectLanguage(text, BUILTIN_PACKS)?.pack.code).toBe("it");
  });
});

describe("Italian: claims from realistic sentences", () => {
  it("direct quotation with a trailing attribution by role and name", () => {
    const c = run("«Non ci sono scadenze per il vertice», ha detto il portavoce del Cremlino Dmitri Peskov.");
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "direct", date: PUB }]);
    expect(c[0]!.topics).toContain("meeting");
  });

  it("reported speech with a relative weekday", () => {
    const c = run("Il portavoce del Cremlino, Dmitri Peskov, ha dichiarato venerdì che un incontro tra Putin e Trump richiede una preparazione accurata.");
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "indirect", date: "2025-05-16" }]);
    expect(c[0]!.assertion).toBe("un incontro tra Putin e Trump richiede una preparazione accurata.");
  });

  it("mixed speech from the White House press secretary", () => {
    const c = run("La portavoce della Casa Bianca, Karoline Leavitt, ha assicurato che la telefonata è stata «molto produttiva».");
    expect(c.map(brief)).toEqual([{ speaker: "Karoline Leavitt", side: "US", kind: "mixed", date: PUB }]);
    expect(c[0]!.topics).toEqual(expect.arrayContaining(["tone", "phone-call"]));
  });

  it("a source phrase that opens the sentence, and one that closes it with an articulated preposition", () => {
    const open = run("Secondo il Cremlino, i due presidenti hanno discusso della situazione in Ucraina e in Medio Oriente.");
    expect(open.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: PUB }]);
    expect(open[0]!.topics).toEqual(expect.arrayContaining(["ukraine", "middle-east"]));
    const close = run("La telefonata è durata più di due ore, secondo quanto riferito dalla Casa Bianca.");
    expect(close.map(brief)).toEqual([{ speaker: "White House", side: "US", kind: "indirect", date: PUB }]);
    expect(close[0]!.topics).toEqual(expect.arrayContaining(["phone-call", "duration"]));
  });

  it("a role with no name resolves to its holder, 'ieri' to the day before", () => {
    const c = run("Il presidente russo ha assicurato ieri che Mosca è pronta a negoziare senza precondizioni.");
    expect(c.map(brief)).toEqual([{ speaker: "Vladimir Putin", side: "RU", kind: "indirect", date: "2025-05-16" }]);
  });

  it("an implicit subject continues the last speaker; a name after 'che' is content", () => {
    const c = run(
      "Il segretario di Stato Marco Rubio ha dichiarato che Washington non revocherà le sanzioni. Ha poi aggiunto che Mosca deve fare la prossima mossa.",
    );
    expect(c.map((x) => [x.speaker.name, x.cue])).toEqual([
      ["Marco Rubio", "ha dichiarato"],
      ["Marco Rubio", "Ha poi aggiunto"],
    ]);
  });

  it("dialogue dashes: – … – ha detto Peskov. – …: the dialogue that goes on after its cue is part of the same claim", () => {
    const text = "– Non c'è alcun accordo – ha detto Peskov. – Continueremo a lavorare.";
    const c = run(text);
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "direct", date: PUB }]);
    expect(c[0]!.quotes.map((q) => text.slice(...q))).toEqual(["Non c'è alcun accordo", "Continueremo a lavorare."]);
  });

  it("an epithet and a verb + audience collocation", () => {
    const c = run("Lo zar ha detto ai giornalisti che la Russia «non ha fretta».");
    expect(c.map(brief)).toEqual([{ speaker: "Vladimir Putin", side: "RU", kind: "mixed", date: PUB }]);
    const t = run("Il tycoon ha scritto sui social che la guerra «deve finire subito».");
    expect(t.map((x) => x.speaker.name)).toEqual(["Donald Trump"]);
  });

  it("'più volte' after the participle gives no date", () => {
    const c = run("Il Cremlino ha negato più volte che Putin voglia invadere i Paesi baltici.");
    expect(c.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: null }]);
    expect(c[0]!.background).toBe(true);
  });

  it("a possessive after 'secondo' continues the source already speaking", () => {
    const c = run(
      "Il Cremlino ha dichiarato che la conversazione è stata franca. Secondo la loro nota, i due presidenti hanno concordato di risentirsi presto.",
    );
    expect(c.map((x) => x.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
  });

  it("negative cases: narration, nouns built on verbs, captions, read-also lines and the copyright line yield nothing", () => {
    expect(run("I due leader si sono incontrati a Ginevra nel 2021. L'annuncio della Casa Bianca è arrivato in serata.")).toEqual([]);
    expect(run("Vladimir Putin al Cremlino lunedì scorso (foto ANSA)")).toEqual([]);
    expect(run("Leggi anche: Peskov: «Nessuna scadenza per il vertice»")).toEqual([]);
    const withEnd = run("«Restiamo aperti al dialogo», ha detto Peskov.\n© RIPRODUZIONE RISERVATA\nZakharova ha affermato che l'Occidente mente.");
    expect(withEnd.map((c) => c.speaker.name)).toEqual(["Dmitry Peskov"]);
  });

  it("passing the pack explicitly still works, and an extended pack replaces the built-in one", () => {
    expectExplicitAndExtendedPack({
      pack: itPack,
      publishedAt: PUB,
      sentence: "Il Cremlino ha negato più volte che Putin voglia invadere i Paesi baltici.",
      text: "Peskov ha sbottato che l'Occidente è responsabile dell'escalation.",
      verb: "ha sbottato",
      expected: ["Dmitry Peskov", "ha sbottato", "l'Occidente è responsabile dell'escalation."],
    });
  });

  it("the article 'Un' opening a sentence is not the UN", () => {
    const c = run("Un mese fa il Dipartimento di Stato aveva avvertito che la Russia poteva lanciare una nuova offensiva.");
    expect(c.map(brief)).toEqual([{ speaker: "US State Department", side: "US", kind: "indirect", date: "2025-04" }]);
    expect(c[0]!.speaker.mention).toBe("il Dipartimento di Stato");
    expect(c[0]!.assertion).toBe("la Russia poteva lanciare una nuova offensiva.");
  });

  it("'più volte' inside the compound verb ('ha più volte negato') gives no date", () => {
    const c = run("Il Cremlino ha più volte negato che Putin voglia invadere i Paesi baltici.");
    expect(c.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: null }]);
    expect(c[0]!.background).toBe(true);
    expect(c[0]!.date.basis).toBeNull();
  });

  it("an impersonal 'E' stato sottolineato che…' continues the current source; a name after 'che' is content", () => {
    const c = run(
      "Il Cremlino ha dichiarato che la conversazione è stata franca. E' stato sottolineato che i due leader hanno concordato di risentirsi presto.",
    );
    expect(c.map((x) => [x.speaker.name, x.cue])).toEqual([
      ["Kremlin", "ha dichiarato"],
      ["Kremlin", "E' stato sottolineato"],
    ]);
    expect(c[1]!.assertion).toBe("i due leader hanno concordato di risentirsi presto.");
    // With no source speaking yet, the leaders named in the content are still not the speaker.
    expect(run("E' stato sottolineato che i due leader hanno concordato di risentirsi presto.").map((x) => x.speaker.name)).not.toContain("both leaders");
  });

  it("datelines ('(ANSA) - MOSCA, 16 MAG -', 'WASHINGTON -') are not the subject", () => {
    const a = run("(ANSA) - MOSCA, 16 MAG - Il Cremlino ha affermato che la telefonata è stata franca.");
    // "16 MAG" dates the dispatch: "mag" is CLDR's short May (src/lang/it/cldr.generated.ts), read as "16 GEN" already was.
    expect(a.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: "2025-05-16" }]);
    expect(a[0]!.assertion).toBe("la telefonata è stata franca.");
    const b = run("WASHINGTON - Il presidente americano Joe Biden ha avvertito che le sanzioni saranno pesanti.");
    expect(b.map(brief)).toEqual([{ speaker: "Joe Biden", side: "US", kind: "indirect", date: PUB }]);
  });
});

describe("Italian fixture it-01 scored against its gold", () => {
  const dir = fileURLToPath(new URL("../fixtures/lang/it/", import.meta.url));
  const text = readFileSync(`${dir}it-01.txt`, "utf8");
  const meta = JSON.parse(readFileSync(`${dir}it-01.json`, "utf8")) as { language: string; publishedAt: string };
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, "utf8")) as {
    articles: Record<string, { claims: Array<{ evidence: string; span: [number, number] }> }>;
  };
  const result = extractClaims({ id: "it-01", text, language: meta.language, publishedAt: meta.publishedAt });
  const score = scoreResult(gold, { articles: [{ id: "it-01", claims: result.claims }] });

  it("gold spans point at their evidence in the text as stored", () => {
    for (const c of gold.articles["it-01"]!.claims) expect(text.slice(c.span[0], c.span[1])).toBe(c.evidence);
  });

  it("finds the claims: F1 ≥ 0.90, recall ≥ 0.85", () => {
    expect(score.claims.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.claims.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("side ≥ 0.92 and date ≥ 0.90", () => {
    expect(score.sideAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("credits the agencies of the 'Fonte:' line and takes nothing from the caption, read-also line or narration", () => {
    expect(result.article.via).toEqual(expect.arrayContaining(["ANSA", "Reuters"]));
    for (const marker of ["(foto ANSA)", "Leggi anche", "Poche ore prima", "Fonte: ANSA"]) {
      const at = text.indexOf(marker);
      expect(at).toBeGreaterThan(0);
      for (const c of result.claims) expect(c.span[0] <= at && at < c.span[1], marker).toBe(false);
    }
  });

  it("speaker ≥ 0.92", () => expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.92));
});
