import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { es } from "../src/lang/es/index.js";
import { BUILTIN_PACKS, detectLanguage, extractClaims, type Claim } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";
import { expectExplicitAndExtendedPack } from "./helpers/language-checks.js";

const { whole, find } = lookups(es, { cues: ["verb", "impersonal", "noun", "source", "comp", "undated"] });

/** Saturday: "el viernes" is 2025-05-16, "ayer" too, "el martes" 2025-05-13. */
const PUB = "2025-05-17";
const run = (text: string, publishedAt: string = PUB): Claim[] => extractClaims({ text, language: "es", publishedAt }).claims;
const brief = (c: Claim) => ({ speaker: c.speaker.name, side: c.speaker.side, kind: c.kind, date: c.date.iso });

describe("Spanish language pack: data", () => {
  it("validates and is keyed by the shared lexicon's ids, covering every role and core topic", () => {
    expectValidPack(es);
    expectKeyedBySharedLexicon(es);
    expect(es.dates.agoBefore).toContain("hace");
    expect(es.quotes.pairs).toContainEqual(["«", "»"]);
    expect(es.quotes.dashes).toContain("—");
  });

  it("resolves Spanish spellings of people and institutions, with and without accents on transliterations", () => {
    expect(whole("mentions", "la Casa Blanca")).toEqual(["entity:white-house"]);
    expect(whole("mentions", "el Kremlin")).toEqual(["entity:kremlin"]);
    expect(whole("mentions", "Vladímir Putin")).toEqual(["entity:vladimir-putin"]);
    expect(whole("mentions", "Vladimir Putin")).toEqual(["entity:vladimir-putin"]);
    expect(whole("mentions", "Dmitri Peskov")).toEqual(["entity:dmitry-peskov"]);
    expect(whole("mentions", "Yuri Ushákov")).toEqual(["entity:yury-ushakov"]);
    expect(whole("mentions", "Serguéi Lavrov")).toEqual(["entity:sergey-lavrov"]);
    expect(whole("mentions", "María Zajárova")).toEqual(["entity:maria-zakharova"]);
    expect(whole("mentions", "Volodímir Zelenski")).toEqual(["entity:volodymyr-zelenskyy"]);
    expect(whole("mentions", "el Departamento de Estado")).toEqual(["entity:state-department"]);
    expect(whole("mentions", "la cancillería rusa")).toEqual(["entity:russian-foreign-ministry"]);
    expect(whole("mentions", "la agencia EFE")).toEqual(["entity:efe"]);
    expect(whole("mentions", "EE.UU.")).toEqual(["entity:us-government"]);
    expect(whole("mentions", "Putin y Trump")).toEqual(["entity:putin-and-trump"]);
    expect(whole("mentions", "el magnate neoyorquino")).toEqual(["entity:donald-trump"]);
  });

  it("resolves roles and titles, the longest form winning over the institution inside it", () => {
    expect(whole("mentions", "el portavoz del Kremlin")).toEqual(["role:kremlin-spokesperson"]);
    expect(whole("mentions", "la portavoz de la Casa Blanca")).toEqual(["role:wh-press-secretary"]);
    expect(whole("mentions", "el presidente ruso")).toEqual(["role:ru-president"]);
    expect(whole("mentions", "el jefe del Kremlin")).toEqual(["role:ru-leader"]);
    expect(whole("mentions", "el presidente estadounidense")).toEqual(["role:us-president"]);
    expect(whole("mentions", "presidente de EE.UU.")).toEqual(["role:us-president"]);
    expect(whole("mentions", "el asesor del Kremlin para asuntos internacionales")).toEqual(["role:kremlin-aide"]);
    expect(whole("mentions", "el jefe de la diplomacia rusa")).toEqual(["role:ru-foreign-minister"]);
    expect(whole("mentions", "la portavoz de la diplomacia rusa")).toEqual(["role:ru-foreign-ministry-spokesperson"]);
    expect(whole("mentions", "un alto funcionario estadounidense")).toEqual(["role:us-officials"]);
    expect(whole("mentions", "ambos presidentes")).toEqual(["role:both-leaders"]);
    // "canciller" is the foreign minister in Latin America and the German chancellor in Spain: only qualified forms.
    expect(whole("mentions", "el canciller ruso")).toEqual(["role:ru-foreign-minister"]);
    expect(whole("mentions", "la canciller alemana")).toEqual(["role:de-chancellor"]);
    expect(whole("mentions", "canciller")).toEqual([]);
  });

  it("keeps the accents that carry grammar: pronoun 'él' is not the article 'el'", () => {
    expect(whole("mentions", "Él")).toEqual(["pronoun"]);
    expect(whole("mentions", "el")).toEqual([]);
  });

  it("recognises reporting verbs in preterite, present, compound and reportative forms", () => {
    for (const v of [
      "dijo",
      "dijeron",
      "afirmó",
      "aseguraron",
      "ha señalado",
      "han subrayado",
      "había dicho",
      "habría afirmado",
      "advirtió",
      "sostuvo",
      "propuso",
      "le dijo",
      "hizo hincapié",
      "dejó claro",
      "dijo a la prensa",
      "declaró a los periodistas",
    ]) {
      expect(whole("cues", v), v).toEqual(["verb"]);
    }
    // ("se mostró" reports only with content after it: a content verb)
    expect(es.reporting.contentVerbs).toContain("se mostró");
    for (const v of ["se informó", "se acordó", "se subrayó", "se lee"]) expect(whole("cues", v), v).toEqual(["impersonal"]);
    for (const v of ["según", "de acuerdo con", "citado por", "según relató"]) expect(whole("cues", v), v).toEqual(["source"]);
    expect(whole("cues", "en un comunicado")).toEqual(["noun"]);
    expect(whole("cues", "en reiteradas ocasiones")).toEqual(["undated"]);
    expect(whole("cues", "que")).toEqual(["comp"]);
  });

  it("does not read nouns that look like verbs as cues (accents are not folded)", () => {
    // "anuncio" (an announcement), "rechazo" (a rejection), "relato" (a story) vs "anunció", "rechazó", "relató".
    expect(find("cues", "El anuncio llegó tras el rechazo y el relato de los hechos")).toEqual([]);
    expect(find("cues", "una crítica precisa y una denuncia expresa")).toEqual([]);
    expect(whole("cues", "anunció")).toEqual(["verb"]);
  });

  it("maps topic words to concept ids", () => {
    expect(find("topics", "las sanciones contra Rusia")).toEqual([["sanciones", ["sanctions"]]]);
    expect(whole("topics", "alto el fuego")).toEqual(["ceasefire"]);
    expect(whole("topics", "península coreana")).toEqual(["korean-peninsula"]);
    expect(whole("topics", "garantías de seguridad")).toEqual(["security-guarantees"]);
    expect(whole("topics", "Oriente Medio")).toEqual(["middle-east"]);
    expect(whole("topics", "conversación telefónica")).toEqual(["phone-call"]);
  });

  it("reads months (with abbreviations that are not words) and weekdays", () => {
    expect(whole("months", "enero")).toEqual(["0"]);
    expect(whole("months", "setiembre")).toEqual(["8"]);
    expect(whole("months", "dic")).toEqual(["11"]);
    expect(whole("months", "mar")).toEqual([]); // the sea, not March
    expect(whole("weekdays", "miércoles")).toEqual(["2"]);
    expect(whole("weekdays", "sábado")).toEqual(["5"]);
  });

  it("marks boilerplate lines without swallowing lines that credit an agency", () => {
    expect(whole("boiler", "Lea también")).toEqual(["lineStart"]);
    expect(whole("boiler", "Te puede interesar")).toContain("lineStart");
    expect(whole("boiler", "Noticias relacionadas")).toContain("end");
    expect(find("boiler", "Putin habla con Biden. EFE/Archivo").flatMap(([, v]) => v)).not.toContain("caption");
    expect(find("boiler", "Imagen de archivo del Kremlin")).toEqual([["Imagen de archivo", ["caption"]]]);
  });

  it("is detected as Spanish among the other packs", () => {
    const text =
      "El portavoz del Kremlin, Dmitri Peskov, afirmó este viernes que una cumbre entre Putin y Trump es necesaria, pero que requiere una preparación minuciosa, según informó la agencia EFE.";
    expect(detectLanguage(text, BUILTIN_PACKS)?.pack.code).toBe("es");
  });
});

describe("Spanish: claims from realistic sentences", () => {
  it("direct quotation with a trailing attribution and a role in apposition", () => {
    const c = run("«Las relaciones entre nuestros países atraviesan un momento muy difícil», dijo el portavoz del Kremlin, Dmitri Peskov.");
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "direct", date: PUB }]);
    expect(c[0]!.topics).toContain("relations");
  });

  it("reported speech with a relative weekday", () => {
    const c = run("El portavoz del Kremlin, Dmitri Peskov, afirmó el viernes que una cumbre entre Putin y Trump requiere una preparación minuciosa.");
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "indirect", date: "2025-05-16" }]);
    expect(c[0]!.date.basis).toBe("relative");
    expect(c[0]!.assertion).toBe("una cumbre entre Putin y Trump requiere una preparación minuciosa.");
  });

  it("mixed speech from the White House press secretary", () => {
    const c = run("La portavoz de la Casa Blanca, Karoline Leavitt, aseguró que la conversación fue «muy productiva».");
    expect(c.map(brief)).toEqual([{ speaker: "Karoline Leavitt", side: "US", kind: "mixed", date: PUB }]);
    expect(c[0]!.topics).toEqual(expect.arrayContaining(["tone", "phone-call"]));
  });

  it("a source phrase that opens the sentence", () => {
    const c = run("Según el Kremlin, los dos presidentes abordaron la situación en Ucrania y en Oriente Medio.");
    expect(c.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: PUB }]);
    expect(c[0]!.topics).toEqual(expect.arrayContaining(["ukraine", "middle-east"]));
  });

  it("a role with no name resolves to its holder, 'ayer' to the day before", () => {
    const c = run("El presidente ruso aseguró ayer que Moscú está dispuesto a negociar sin condiciones previas.");
    expect(c.map(brief)).toEqual([{ speaker: "Vladimir Putin", side: "RU", kind: "indirect", date: "2025-05-16" }]);
  });

  it("an implicit subject and a pronoun continue the last speaker", () => {
    const implicit = run("El secretario de Estado, Marco Rubio, declaró que Washington no levantará las sanciones. Añadió que la decisión depende de Moscú.");
    expect(implicit.map((c) => c.speaker.name)).toEqual(["Marco Rubio", "Marco Rubio"]);
    expect(implicit[1]!.speaker.mention).toBeNull();
    const pronoun = run("El secretario de Estado, Marco Rubio, declaró que Washington no levantará las sanciones. Él insistió en que no habrá concesiones.");
    expect(pronoun.map((c) => [c.speaker.name, c.speaker.mention])).toEqual([
      // ("secretario de Estado" alone is a Spanish office too, no US role: the name is the mention — ml32)
      ["Marco Rubio", "Marco Rubio"],
      ["Marco Rubio", "Él"],
    ]);
  });

  it("dialogue em-dashes: —…—dijo Peskov—.", () => {
    const c = run("—No hay ningún acuerdo todavía —dijo Peskov—. Seguiremos trabajando.");
    expect(c.map(brief)).toEqual([{ speaker: "Dmitry Peskov", side: "RU", kind: "direct", date: PUB }]);
    expect(c[0]!.assertion).toBe("No hay ningún acuerdo todavía");
  });

  it("a trailing attribution with an audience between the verb and its subject", () => {
    const c = run("«Una cumbre debe prepararse con cuidado», dijo a la prensa el asesor del Kremlin, Yuri Ushakov.");
    expect(c.map(brief)).toEqual([{ speaker: "Yury Ushakov", side: "RU", kind: "direct", date: PUB }]);
  });

  it("'hace un mes' gives the month; 'en reiteradas ocasiones' gives no date", () => {
    const ago = run("Hace un mes, el Departamento de Estado advirtió de que Rusia podría lanzar una nueva ofensiva.");
    expect(ago.map(brief)).toEqual([{ speaker: "US State Department", side: "US", kind: "indirect", date: "2025-04" }]);
    const bg = run("Putin ha advertido en reiteradas ocasiones de que la expansión de la OTAN es una amenaza para Rusia.");
    expect(bg.map(brief)).toEqual([{ speaker: "Vladimir Putin", side: "RU", kind: "indirect", date: null }]);
    expect(bg[0]!.background).toBe(true);
  });

  it("a denial with its weekday", () => {
    const c = run("El Kremlin negó el martes que Putin vaya a viajar a Estambul.");
    expect(c.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: "2025-05-13" }]);
  });

  it("negative cases: narration, nouns that look like verbs, captions and read-also lines yield nothing", () => {
    expect(run("Los dos líderes se reunieron en Ginebra en junio. El anuncio de la Casa Blanca llegó tarde y el rechazo de Moscú fue inmediato.")).toEqual([]);
    expect(run("Foto: Vladímir Putin, en el Kremlin, el pasado lunes. EFE/Sputnik")).toEqual([]);
    expect(run("Lea también: Peskov dice que «no hay plazos» para la cumbre")).toEqual([]);
    const withEnd = run("«Seguimos abiertos al diálogo», dijo Peskov.\nNoticias relacionadas\nZajárova afirmó que Occidente miente.");
    expect(withEnd.map((c) => c.speaker.name)).toEqual(["Dmitry Peskov"]);
  });

  it("passing the pack explicitly still works, and an extended pack replaces the built-in one", () => {
    expectExplicitAndExtendedPack({
      pack: es,
      publishedAt: PUB,
      sentence: "El Kremlin negó el martes que Putin vaya a viajar a Estambul.",
      text: "Peskov bramó que Occidente es responsable de la escalada.",
      verb: "bramó",
      expected: ["Dmitry Peskov", "bramó", "Occidente es responsable de la escalada."],
    });
  });

  it("an EFE dateline ('Moscú, 16 may (EFE).-') is not the subject of the sentence after it", () => {
    const c = run("Moscú, 16 may (EFE).- El Kremlin afirmó este viernes que la cumbre requiere una preparación minuciosa.");
    expect(c.map(brief)).toEqual([{ speaker: "Kremlin", side: "RU", kind: "indirect", date: "2025-05-16" }]);
    expect(c[0]!.speaker.mention).toBe("El Kremlin");
    expect(c[0]!.assertion).toBe("la cumbre requiere una preparación minuciosa.");
  });

  it("dialogue dash with a name inside the speech: the speech is content, the speaker is named after the closing dash", () => {
    const c = run("—Le dejé claro al presidente Putin que no habrá concesiones —dijo el viernes el presidente estadounidense—.");
    expect(c.map(brief)).toEqual([{ speaker: "Donald Trump", side: "US", kind: "direct", date: "2025-05-16" }]);
    expect(c[0]!.speaker.mention).toBe("el presidente estadounidense");
    expect(c[0]!.assertion).toBe("Le dejé claro al presidente Putin que no habrá concesiones");
  });

  it("'EE.UU.' written without a space names the United States", () => {
    expect(run("EE.UU. afirmó que las sanciones seguirán en vigor.").map(brief)).toEqual([
      { speaker: "US government", side: "US", kind: "indirect", date: PUB },
    ]);
  });

  it("'EE. UU.' (RAE spelling, with a space) names the United States", () => {
    expect(run("El presidente de EE. UU. dijo que las sanciones seguirán en vigor.").map(brief)).toEqual([
      { speaker: "Donald Trump", side: "US", kind: "indirect", date: PUB },
    ]);
  });
});

describe("Spanish fixture es-01 scored against its gold", () => {
  const dir = fileURLToPath(new URL("../fixtures/lang/es/", import.meta.url));
  const text = readFileSync(`${dir}es-01.txt`, "utf8");
  const meta = JSON.parse(readFileSync(`${dir}es-01.json`, "utf8")) as { language: string; publishedAt: string };
  const gold = JSON.parse(readFileSync(`${dir}gold.json`, "utf8")) as {
    articles: Record<string, { claims: Array<{ evidence: string; span: [number, number] }> }>;
  };
  const result = extractClaims({ id: "es-01", text, language: meta.language, publishedAt: meta.publishedAt });
  const score = scoreResult(gold, { articles: [{ id: "es-01", claims: result.claims }] });

  it("gold spans point at their evidence in the text as stored", () => {
    for (const c of gold.articles["es-01"]!.claims) expect(text.slice(c.span[0], c.span[1])).toBe(c.evidence);
  });

  it("finds the claims: F1 ≥ 0.90, recall ≥ 0.85", () => {
    expect(score.claims.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.claims.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("nothing from the caption, the read-also line or the narration", () => {
    const caption = text.indexOf("Foto:");
    const readAlso = text.indexOf("Lea también");
    const narration = text.indexOf("Los dos mandatarios hablaron");
    for (const c of result.claims) for (const at of [caption, readAlso, narration]) expect(c.span[0] <= at && at < c.span[1]).toBe(false);
  });

  it("speaker ≥ 0.92 and side ≥ 0.92", () => {
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(score.sideAccuracy).toBeGreaterThanOrEqual(0.92);
  });

  it("date ≥ 0.90", () => expect(score.dateAccuracy).toBeGreaterThanOrEqual(0.9));
});
