import { describe, expect, it } from "vitest";
import { expandPattern } from "../src/text/slots.js";
import { readFileSync } from "node:fs";
import { fr } from "../src/lang/fr/index.js";
import { conjugate } from "../src/lang/fr/verbs.js";
import { tokenize } from "../src/text/tokens.js";
import { extractClaims, type Claim } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { detectLanguage } from "../src/pipeline/detect.js";
import { BUILTIN_PACKS } from "../src/lang/registry.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";
import { expectExplicitAndExtendedPack, itMeetsTheLanguageBars } from "./helpers/language-checks.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const { whole, find } = lookups(fr);

describe("French language pack: data", () => {
  it("validates against the schema", () => {
    expectValidPack(fr);
    expect(fr.detection.stopwords.length).toBeGreaterThanOrEqual(40);
    expect(fr.dates.numericOrder).toBe("dmy");
    // « … » with no-break spaces inside, and “…”; the right single quote is an apostrophe.
    expect(fr.quotes.pairs).toEqual(
      expect.arrayContaining([
        ["«", "»"],
        ["“", "”"],
      ]),
    );
    expect(fr.quotes.pairs.some(([, c]) => c === "’")).toBe(false);
  });

  it("keys roles, entities and topics by ids of the shared lexicon, and covers every role and core topic", () => {
    expectKeyedBySharedLexicon(fr);
  });

  it("conjugates reporting verbs into compound tenses and inverted incises", () => {
    // The compound tenses come as one pattern with a slot ("{a|ont|…} dit"), expanded when the pack is built.
    const dire = conjugate({ p3s: "dit", p3p: "disent", pp: "dit", imp: "dis", ps: "dit", psp: "dirent" }).flatMap(expandPattern);
    expect(dire).toEqual(
      expect.arrayContaining(["dit", "disent", "disait", "a dit", "ont dit", "avait dit", "a-t-il dit", "a-t-elle dit", "dit-il", "dit-elle", "ont-ils dit"]),
    );
    for (const v of [
      "a déclaré",
      "a-t-il déclaré",
      "a-t-elle ajouté",
      "ont-ils affirmé",
      "estime-t-elle",
      "déclare-t-il",
      "a précisé",
      "avait indiqué",
      "aurait affirmé",
      "a fait savoir",
      "a mis en garde",
      "s'est dit",
      "annonçait",
      "rappelle",
      "a martelé",
      "martèle",
    ]) {
      expect(whole("cues", v), v).toEqual(["verb"]);
    }
    // "juger" reports only with content after it (pack reporting.contentVerbs): "le tribunal a jugé l'affaire" does not.
    const content = fr.reporting.contentVerbs.flatMap(expandPattern);
    for (const v of ["a jugé", "jugeait", "juge-t-il", "juge"]) {
      expect(content, v).toContain(v);
      expect(whole("cues", v), v).toEqual([]);
    }
    // An adverb between auxiliary and participle still leaves a cue on the participle.
    expect(find("cues", "a notamment déclaré").map(([s]) => s)).toEqual(["déclaré"]);
  });

  it("keeps nouns and passives that look like verbs out of the cues", () => {
    // "la menace", "une demande", "critique", "l'accord conclu", "soutenu par", "le plan proposé par",
    // "un accord salué par" (with diacritics folded, "proposé" reads as the present "propose").
    for (const w of ["menace", "demande", "critique", "conclu", "soutenu", "proposé", "propose", "salué"]) expect(whole("cues", w), w).toEqual([]);
    expect(whole("cues", "a menacé")).toEqual(["verb"]);
    expect(whole("cues", "a proposé")).toEqual(["verb"]);
    expect(whole("cues", "propose-t-il")).toEqual(["verb"]);
  });

  it("tells sources, impersonal cues, nouns and undated markers apart", () => {
    expect(whole("cues", "selon")).toEqual(["source"]);
    expect(whole("cues", "d'après")).toEqual(["source"]);
    expect(whole("cues", "d’après")).toEqual(["source"]);
    expect(whole("cues", "a-t-on indiqué")).toEqual(["impersonal"]);
    expect(whole("cues", "dans un communiqué")).toEqual(["noun"]);
    expect(whole("cues", "à plusieurs reprises")).toEqual(["undated"]);
    expect(whole("cues", "par le passé")).toEqual(["undated"]);
  });

  it("resolves institutions and people in French spelling, elided or not", () => {
    for (const form of ["Vladimir Poutine", "Poutine", "M. Poutine"])
      expect(
        find("mentions", form).map(([, v]) => v[0]),
        form,
      ).toEqual(["entity:vladimir-putin"]);
    expect(whole("mentions", "Dmitri Peskov")).toEqual(["entity:dmitry-peskov"]);
    expect(whole("mentions", "Iouri Ouchakov")).toEqual(["entity:yury-ushakov"]);
    expect(whole("mentions", "Sergueï Lavrov")).toEqual(["entity:sergey-lavrov"]);
    expect(whole("mentions", "Volodymyr Zelensky")).toEqual(["entity:volodymyr-zelenskyy"]);
    expect(whole("mentions", "la Maison Blanche")).toEqual(["entity:white-house"]);
    expect(whole("mentions", "la Maison-Blanche")).toEqual(["entity:white-house"]);
    expect(whole("mentions", "l'Élysée")).toEqual(["entity:elysee"]);
    expect(whole("mentions", "l’Élysée")).toEqual(["entity:elysee"]);
    expect(whole("mentions", "le Kremlin")).toEqual(["entity:kremlin"]);
    expect(whole("mentions", "la présidence russe")).toEqual(["entity:kremlin"]);
    expect(whole("mentions", "l'Otan")).toEqual(["entity:nato"]);
    expect(whole("mentions", "la diplomatie russe")).toEqual(["entity:russian-foreign-ministry"]);
    expect(find("mentions", "l'Agence France-Presse").map(([, v]) => v[0])).toEqual(["entity:afp"]);
    // Parts do not resolve.
    expect(whole("mentions", "Maison")).toEqual([]);
    expect(whole("mentions", "Blanche")).toEqual([]);
  });

  it("resolves roles by the longest title", () => {
    expect(whole("roles", "le porte-parole du Kremlin")).toEqual(["kremlin-spokesperson"]);
    expect(whole("roles", "le conseiller diplomatique du Kremlin")).toEqual(["kremlin-aide"]);
    expect(whole("roles", "le président américain")).toEqual(["us-president"]);
    expect(whole("roles", "le président russe")).toEqual(["ru-president"]);
    expect(whole("roles", "le maître du Kremlin")).toEqual(["ru-leader"]);
    expect(whole("roles", "le chef de la diplomatie russe")).toEqual(["ru-foreign-minister"]);
    expect(whole("roles", "le chef de la diplomatie américaine")).toEqual(["us-secretary-of-state"]);
    expect(whole("roles", "le conseiller à la sécurité nationale")).toEqual(["us-national-security-adviser"]);
    expect(whole("roles", "les deux dirigeants")).toEqual(["both-leaders"]);
    expect(whole("roles", "un responsable américain")).toEqual(["us-officials"]);
    // The role wins over the institution inside it.
    expect(find("mentions", "la porte-parole de la Maison Blanche")).toEqual([["la porte-parole de la Maison Blanche", ["role:wh-press-secretary"]]]);
    expect(whole("roles", "président")).toEqual([]);
  });

  it("reads months, weekdays and relative days, and not the number « sept » as September", () => {
    expect(whole("months", "décembre")).toEqual(["11"]);
    expect(whole("months", "decembre")).toEqual(["11"]);
    expect(whole("months", "août")).toEqual(["7"]);
    expect(whole("months", "sept")).toEqual([]);
    expect(whole("weekdays", "mardi")).toEqual(["1"]);
    expect(whole("weekdays", "dimanche")).toEqual(["6"]);
    expect(whole("days", "hier")).toEqual(["-1"]);
    expect(whole("days", "avant-hier")).toEqual(["-2"]);
    expect(whole("days", "aujourd'hui")).toEqual(["0"]);
    expect(whole("days", "aujourd’hui")).toEqual(["0"]);
  });

  it("maps topic phrases with their inflections", () => {
    expect(whole("topics", "garanties de sécurité")).toEqual(["security-guarantees"]);
    expect(whole("topics", "cessez-le-feu")).toEqual(["ceasefire"]);
    expect(whole("topics", "constructive")).toEqual(["tone"]);
    expect(whole("topics", "sanctions")).toEqual(["sanctions"]);
    expect(whole("topics", "élargissement de l'Otan")).toEqual(["nato-expansion"]);
    expect(whole("topics", "visioconférence")).toEqual(["phone-call"]);
    expect(whole("topics", "Corée du Nord")).toEqual(["korean-peninsula"]);
    // "position" is not "positif".
    expect(whole("topics", "position")).toEqual([]);
  });

  it("marks captions and read-also lines without hiding body text that names an agency", () => {
    expect(find("captions", "Vladimir Poutine à Sotchi. MIKHAIL METZEL / SPUTNIK / AFP").map(([, v]) => v)).toEqual([["caption"]]);
    expect(whole("lineStarts", "Lire aussi")).toEqual(["lineStart"]);
    expect(whole("lineStarts", "À lire aussi")).toEqual(["lineStart"]);
    expect(find("captions", "Dmitri Peskov a déclaré à l'AFP qu'une photo du sommet serait publiée.")).toEqual([]);
  });

  it("has detection data that separates French from English", () => {
    const stop = new Set(fr.detection.stopwords);
    const count = (s: string) => tokenize(s, false).filter((t) => stop.has(t.key)).length;
    const french = "Le Kremlin a indiqué que les deux présidents avaient évoqué la situation en Ukraine et convenu de maintenir le contact.";
    const english = "The Kremlin said the two presidents had discussed the situation in Ukraine and agreed to keep in touch.";
    expect(count(french)).toBeGreaterThanOrEqual(6);
    expect(count(english)).toBeLessThanOrEqual(1);
  });
});

// --- extraction on realistic French sentences --------------------------------------------------
// Published on Friday 10 December 2021: "jeudi" is 9 December, "hier" too.
const PUBLISHED = "2021-12-10";
const claimsOf = (text: string): Claim[] => extractClaims({ text, language: "fr", publishedAt: PUBLISHED }).claims;
const one = (text: string): Claim => {
  const cs = claimsOf(text);
  expect(cs, text).toHaveLength(1);
  return cs[0]!;
};

describe("French extraction", () => {
  it("« … » with narrow no-break spaces and a trailing attribution", () => {
    const c = one(`«${NNBSP}Nous sommes prêts à discuter${NNBSP}», a déclaré Dmitri Peskov.`);
    expect([c.speaker.name, c.speaker.side, c.kind]).toEqual(["Dmitry Peskov", "RU", "direct"]);
    expect(c.assertion).toBe(`«${NNBSP}Nous sommes prêts à discuter${NNBSP}»`);
    expect(c.date).toMatchObject({ iso: PUBLISHED, basis: "published" });
  });

  it("an inverted incise « a-t-il ajouté » continues the speaker", () => {
    const cs = claimsOf(`Dmitri Peskov a déclaré jeudi que la Russie restait ouverte au dialogue. «${NBSP}Il n'y a pas d'autre voie${NBSP}», a-t-il ajouté.`);
    expect(cs).toHaveLength(2);
    expect(cs[0]!.date).toMatchObject({ iso: "2021-12-09", basis: "relative" });
    expect(cs[0]!.assertion).toBe("la Russie restait ouverte au dialogue.");
    expect([cs[1]!.speaker.name, cs[1]!.kind, cs[1]!.cue]).toEqual(["Dmitry Peskov", "direct", "a-t-il ajouté"]);
  });

  it("“…” quotations and a dialogue dash", () => {
    const a = one("“C'était une très bonne conversation”, a dit Donald Trump.");
    expect([a.speaker.name, a.speaker.side, a.kind]).toEqual(["Donald Trump", "US", "direct"]);
    const b = one("— Nous ne menaçons personne, a déclaré Vladimir Poutine.");
    expect([b.speaker.name, b.kind, b.assertion]).toEqual(["Vladimir Putin", "direct", "Nous ne menaçons personne"]);
  });

  it("an opening source « Selon le Kremlin » and a trailing one", () => {
    const c = one(`Selon le Kremlin, la conversation a été «${NBSP}franche et constructive${NBSP}».`);
    expect([c.speaker.name, c.speaker.side, c.kind]).toEqual(["Kremlin", "RU", "mixed"]);
    expect(c.topics).toContain("tone");
    const t = one("La menace d'une invasion reste élevée, selon les services de renseignement américains.");
    expect([t.speaker.name, t.speaker.side]).toEqual(["US intelligence community", "US"]);
    expect(t.assertion).toBe("La menace d'une invasion reste élevée");
  });

  it("roles resolve to their holder, with the date after the cue", () => {
    const c = one("Le porte-parole du Kremlin a indiqué jeudi que la date d'un sommet n'avait pas été fixée.");
    expect(c.speaker).toMatchObject({ name: "Dmitry Peskov", side: "RU", role: "Kremlin spokesperson" });
    expect(c.date).toMatchObject({ iso: "2021-12-09", basis: "relative" });
    const r = one(`«${NBSP}Nous n'avons pas l'intention d'attaquer qui que ce soit${NBSP}», a martelé le président russe lundi dernier.`);
    expect(r.speaker).toMatchObject({ name: "Vladimir Putin", role: "President of Russia" });
    expect(r.date.iso).toBe("2021-12-06");
    const o = one("Un responsable américain a déclaré que les sanctions seraient sévères.");
    expect([o.speaker.name, o.speaker.side]).toEqual(["US officials", "US"]);
  });

  it("a pronoun subject continues the last person", () => {
    // ("s'est exprimé lundi" has no content: narration, whose subject "Il" goes on with.)
    const [b, ...rest] = claimsOf("Sergueï Lavrov s'est exprimé lundi. Il a précisé que Moscou attendait des propositions concrètes.");
    expect(rest).toEqual([]);
    expect(b!.speaker).toMatchObject({ name: "Sergey Lavrov", mention: "Il" });
    expect(b!.assertion).toBe("Moscou attendait des propositions concrètes.");
  });

  it("relative dates: « hier soir »", () => {
    const c = one(`La Maison Blanche a fait savoir hier soir que le président était «${NBSP}satisfait${NBSP}».`);
    expect([c.speaker.name, c.kind]).toEqual(["White House", "mixed"]);
    expect(c.date).toMatchObject({ iso: "2021-12-09", basis: "relative" });
  });

  it("an impersonal « a-t-on indiqué au Kremlin » names its source", () => {
    const c = one(`La conversation a été «${NBSP}franche${NBSP}», a-t-on indiqué au Kremlin.`);
    expect([c.speaker.name, c.kind]).toEqual(["Kremlin", "mixed"]);
  });

  it("a background statement with an undated marker has no date", () => {
    const c = one("Vladimir Poutine a affirmé à plusieurs reprises que la Russie ne menaçait personne.");
    expect(c.speaker.name).toBe("Vladimir Putin");
    expect(c.date.iso).toBeNull();
    expect(c.background).toBe(true);
  });

  it("narration, captions and read-also lines yield no claim", () => {
    expect(claimsOf("Vladimir Poutine et Joe Biden se sont entretenus pendant deux heures mardi.")).toEqual([]);
    expect(claimsOf(`Lire aussi${NBSP}: Poutine${NBSP}: «${NBSP}La Russie ne menace personne${NBSP}»`)).toEqual([]);
    expect(claimsOf(`Photo${NBSP}: Vladimir Poutine au Kremlin. SPUTNIK / AFP`)).toEqual([]);
    expect(claimsOf("La menace russe et la demande de Kiev ont dominé le sommet, critique pour l'Alliance.")).toEqual([]);
    expect(claimsOf("Le plan de paix proposé par Donald Trump prévoit un gel de la ligne de front.")).toEqual([]);
  });

  it("language detection picks fr among the other packs, and a Cyrillic aside does not disturb it", () => {
    expect(detectLanguage(readFileSync("fixtures/lang/fr/fr-01.txt", "utf8"), BUILTIN_PACKS)?.pack.code).toBe("fr");
    expect(detectLanguage("The Kremlin said the call was constructive and that the two presidents agreed to stay in touch.", BUILTIN_PACKS)?.pack.code).toBe(
      "en",
    );
    const r = extractClaims({ text: "« Nous sommes prêts », a déclaré Dmitri Peskov (Дмитрий Песков).", publishedAt: PUBLISHED });
    expect(r.article.language).toBe("fr");
    expect(r.claims.map((c) => [c.speaker.name, c.kind, c.assertion])).toEqual([["Dmitry Peskov", "direct", "« Nous sommes prêts »"]]);
  });

  it("passing the pack explicitly still works, and an extended pack replaces the built-in one", () => {
    expectExplicitAndExtendedPack({
      pack: fr,
      publishedAt: PUBLISHED,
      sentence: "Dmitri Peskov a déclaré jeudi que la Russie restait ouverte au dialogue.",
      text: "Dmitri Peskov a tonné que l'Occident portait la responsabilité de l'escalade.",
      verb: "a tonné",
      expected: ["Dmitry Peskov", "a tonné", "l'Occident portait la responsabilité de l'escalade."],
    });
  });

  it("« Selon lui, … »: a pronoun right after the source phrase is the source, not a name in the content", () => {
    const cs = claimsOf(
      "Iouri Ouchakov a déclaré mardi que l'échange avait été franc. Selon lui, Joe Biden et Vladimir Poutine ont convenu de poursuivre le dialogue.",
    );
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker).toMatchObject({ name: "Yury Ushakov", side: "RU", mention: "lui" });
    expect([cs[1]!.kind, cs[1]!.cue]).toEqual(["indirect", "Selon"]);
    expect(cs[1]!.date).toMatchObject({ iso: "2021-12-07" });
  });

  it("« Selon lui, … » keeps the whole content as the assertion", () => {
    const cs = claimsOf(
      "Iouri Ouchakov a déclaré mardi que l'échange avait été franc. Selon lui, Joe Biden et Vladimir Poutine ont convenu de poursuivre le dialogue.",
    );
    expect(cs[1]!.assertion).toBe("Joe Biden et Vladimir Poutine ont convenu de poursuivre le dialogue.");
  });

  it("a trailing attribution may end with an apposition or with adverbials", () => {
    const a = one(`«${NBSP}Il n'y a pas de percée${NBSP}», estime Iouri Ouchakov, conseiller diplomatique du Kremlin.`);
    expect(a.speaker).toMatchObject({
      name: "Yury Ushakov",
      side: "RU",
      role: "Aide to the President of Russia",
      mention: "Iouri Ouchakov, conseiller diplomatique du Kremlin",
    });
    expect([a.kind, a.cue, a.assertion]).toEqual(["direct", "estime", `«${NBSP}Il n'y a pas de percée${NBSP}»`]);
    const b = one(`«${NBSP}Il n'y a pas de percée${NBSP}», a déclaré Iouri Ouchakov lors d'un point de presse mardi soir.`);
    expect([b.speaker.name, b.kind, b.assertion]).toEqual(["Yury Ushakov", "direct", `«${NBSP}Il n'y a pas de percée${NBSP}»`]);
    expect(b.date).toMatchObject({ iso: "2021-12-07", basis: "relative" });
  });

  it("« il y a deux jours » after the cue dates the claim two days before publication", () => {
    const c = one("Dmitri Peskov a déclaré il y a deux jours que le sommet n'était pas exclu.");
    expect([c.speaker.name, c.kind, c.cue]).toEqual(["Dmitry Peskov", "indirect", "a déclaré"]);
    expect(c.date).toMatchObject({ iso: "2021-12-08", basis: "relative" });
  });

  it("« a déclaré il y a deux jours que … » drops « que » from the assertion", () => {
    expect(one("Dmitri Peskov a déclaré il y a deux jours que le sommet n'était pas exclu.").assertion).toBe("le sommet n'était pas exclu.");
  });

  it("the article « Un » is not the UN, while « l'ONU » is", () => {
    const c = one("Un diplomate européen a déclaré que les sanctions seraient coordonnées.");
    // (one diplomat is a description, no group of foreign diplomats: ml28)
    expect(c.speaker).toMatchObject({ name: "Un diplomate européen", kind: "unknown", side: null, mention: "Un diplomate européen" });
    expect(c.assertion).toBe("les sanctions seraient coordonnées.");
    expect(one("L'ONU a déclaré que la situation humanitaire était grave.").speaker).toMatchObject({ name: "United Nations", kind: "institution" });
  });

  it("the ordinal day « 1er » before a month is day 1", () => {
    const c = one("Dmitri Peskov a déclaré le 1er décembre que le sommet n'était pas exclu.");
    expect([c.speaker.name, c.assertion]).toEqual(["Dmitry Peskov", "le sommet n'était pas exclu."]);
    expect(c.date).toMatchObject({ iso: "2021-12-01", basis: "explicit" });
  });
});

// --- the French fixture, scored like the seeds -------------------------------------------------
describe("French fixture fr-01 (Biden–Putin video call, 7 December 2021)", () => {
  const dir = "fixtures/lang/fr";
  const { note: _note, ...meta } = JSON.parse(readFileSync(`${dir}/fr-01.json`, "utf8")) as {
    language: string;
    publishedAt: string;
    outlet: string | null;
    url: string | null;
    note?: string;
  }; // ArticleInput is strict: the sidecar's note is no article field
  const text = readFileSync(`${dir}/fr-01.txt`, "utf8");
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, "utf8")) as {
    articles: Record<string, { claims: Array<{ span: [number, number]; evidence: string }> }>;
  };
  const result = extractClaims({ id: "fr-01", text, ...meta });
  const score = scoreResult(gold, { articles: [{ id: "fr-01", claims: result.claims }] });

  it("gold spans are exact offsets into the stored text, which keeps its no-break spaces", () => {
    for (const c of gold.articles["fr-01"]!.claims) expect(text.slice(...c.span)).toBe(c.evidence);
    expect(text).toContain(NNBSP);
    expect(text).toContain(NBSP);
  });
  itMeetsTheLanguageBars(() => score);
  it("the background statement stays undated", () => expect(score.undatedAccuracy).toBe(1));
  it("the caption, the read-also line and the credit line yield no claim; agencies go to via", () => {
    for (const c of result.claims) expect(c.assertion).not.toMatch(/Lire aussi|ce que l'on sait|METZEL|SPUTNIK|Avec AFP/);
    expect(result.article.via).toEqual(expect.arrayContaining(["AFP", "Reuters"]));
    expect(result.article.outlet).toBeNull();
  });
});

describe("French impersonal incises with an inverted « on »", () => {
  it("« estime-t-on à l'Élysée »: the place named after it speaks, never the euphonic « t »", () => {
    const cs = claimsOf("La situation reste « très préoccupante », estime-t-on à l'Élysée.");
    expect(cs.map((c) => [c.speaker.name, c.cue])).toEqual([["Élysée Palace", "estime-t-on"]]);
  });
  it("« juge-t-on à Moscou »: the cue holds the inverted « on »", () => {
    const cs = claimsOf("La proposition est « inacceptable », juge-t-on à Moscou.");
    expect(cs.map((c) => c.cue)).toEqual(["juge-t-on"]);
    expect(cs[0]!.speaker.name).not.toBe("t");
  });
});

describe("« exprimer » reports what is expressed", () => {
  it("« a exprimé son inquiétude face à … »", () => {
    const cs = claimsOf("Joe Biden a exprimé son inquiétude face au soutien chinois à la Russie.");
    expect(cs.map((c) => [c.speaker.name, c.cue, c.assertion])).toEqual([["Joe Biden", "a exprimé", "son inquiétude face au soutien chinois à la Russie."]]);
  });
  it("negative: the participle alone is no cue (« les vœux exprimés par les familles »)", () => {
    expect(claimsOf("Les vœux exprimés par les familles seront lus dimanche.")).toEqual([]);
  });
});
