import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Wire-style political sentences written for these tests (es, it, ro, pl, fr): quotations with the cue
// after them and a continuation ("ha aggiunto", "a adăugat", "dodał", "añadió", "a-t-il ajouté"), source
// phrases, described speakers, and words that look like a source phrase but are none.
const PUB = "2026-12-01";
const claims = (language: string, text: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const who = (cs: Claim[]) => cs.map((c) => c.speaker.name);

describe("quotations with the cue after them, and the speaker's continuation", () => {
  it.each([
    ["es", "«Estamos dispuestos a dialogar», dijo el presidente Pedro Sánchez. «Pero no a cualquier precio», añadió.", "Pedro Sánchez", "añadió"],
    ["it", "«La situazione è grave», ha detto il portavoce del Cremlino. «Serve una soluzione politica», ha aggiunto.", "Dmitry Peskov", "ha aggiunto"],
    ["ro", "„Situația este sub control”, a afirmat ministrul. „Vom continua dialogul”, a adăugat acesta.", "ministrul", "a adăugat"],
    ["pl", "„Sytuacja jest poważna” – powiedział premier. „Musimy działać szybko” – dodał.", "premier", "dodał"],
    [
      "fr",
      "« La situation est grave », a affirmé le porte-parole du Kremlin. « Il faut une solution politique », a-t-il ajouté.",
      "Dmitry Peskov",
      "a-t-il ajouté",
    ],
  ])("%s: two direct claims of one speaker", (lang, text, speaker, added) => {
    const cs = claims(lang, text);
    expect(cs).toHaveLength(2);
    expect(who(cs)).toEqual([speaker, speaker]);
    expect(cs.map((c) => c.kind)).toEqual(["direct", "direct"]);
    expect(cs[1]!.cue).toBe(added);
  });

  it("es: a quotation set off by dashes, the cue after it", () => {
    const [c, ...rest] = claims("es", "—La reunión ha sido muy productiva—, afirmó el portavoz del Gobierno.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker.name).toBe("el portavoz del Gobierno");
    expect(c!.kind).toBe("direct");
  });

  it("it: a quotation paragraph after the cue's one goes on with the same speaker", () => {
    const cs = claims(
      "it",
      "«Non accetteremo alcun ricatto», ha dichiarato il ministro degli Esteri Antonio Tajani durante una conferenza stampa a Roma.\n\n«L'Italia continuerà a sostenere Kiev finché sarà necessario.»",
    );
    expect(who(cs)).toEqual(["Antonio Tajani", "Antonio Tajani"]);
  });
});

describe("source phrases", () => {
  it.each([
    ["es", "Según fuentes del Gobierno, la cumbre se celebrará en Bruselas el próximo mes.", "fuentes del Gobierno"],
    ["it", "Secondo fonti diplomatiche il vertice potrebbe slittare a dicembre.", "fonti diplomatiche"],
    ["fr", "Selon des sources diplomatiques, le sommet pourrait être reporté.", "des sources diplomatiques"],
    ["ro", "Potrivit lui Marcel Ciolacu, guvernul nu va majora taxele.", "Marcel Ciolacu"],
    ["pl", "Według rzecznika Kremla Dmitrija Pieskowa Putin nie planuje spotkania.", "Dmitry Peskov"],
  ])("%s: %s", (lang, text, speaker) => {
    const cs = claims(lang, text);
    expect(who(cs)).toEqual([speaker]);
    expect(cs[0]!.kind).toBe("indirect");
  });

  it("fr: « Pour X, président de …, « … » » gives X's view", () => {
    const [c] = claims("fr", "Pour Emmanuel Macron, président de la République, « l'Europe doit se réveiller ».");
    expect(c!.speaker.name).toBe("Emmanuel Macron");
  });

  // "potrivit surselor", "potrivit unor surse" were cues of their own, which left the sources' adjective as
  // the speaker ("guvernamentale") or gave no claim with no one speaking before.
  it.each([
    ["Potrivit unor surse guvernamentale, premierul va demisiona luni.", "surse guvernamentale"],
    ["Potrivit unor surse, premierul va demisiona luni.", "surse"],
    ["Potrivit surselor, premierul va demisiona luni.", "sursele"],
    ["Potrivit unui oficial american, negocierile continuă.", "US officials"],
  ])("ro: %s → %s", (text, speaker) => {
    const cs = claims("ro", text);
    expect(who(cs)).toEqual([speaker]);
    expect(cs[0]!.cue).toBe("Potrivit");
  });
});

describe("speakers described, not named", () => {
  it.each([
    ["es", "Un alto funcionario estadounidense aseguró que las conversaciones avanzan.", "US officials"],
    ["it", "Un alto funzionario americano ha spiegato che le sanzioni resteranno in vigore.", "US officials"],
    ["fr", "Un haut responsable américain a déclaré que les sanctions resteraient en vigueur.", "US officials"],
    ["pl", "Przedstawiciel Departamentu Stanu powiedział, że rozmowy będą kontynuowane.", "US officials"],
    ["ro", "Un oficial de rang înalt a declarat că negocierile sunt blocate.", "Un oficial de rang înalt"],
    ["it", "Il portavoce del Cremlino ha dichiarato che Mosca è pronta a negoziare.", "Dmitry Peskov"],
    ["es", "El Ministerio de Exteriores ruso afirmó en un comunicado que las sanciones son ilegales.", "Russian Foreign Ministry"],
    ["ro", "Ministerul Afacerilor Externe a anunțat că ambasadorul a fost convocat.", "Ministerul Afacerilor Externe"],
  ])("%s: %s", (lang, text, speaker) => {
    expect(who(claims(lang, text))).toEqual([speaker]);
  });
});

describe("no claim", () => {
  // A source word right after an article or a preposition is an ordinal or an adjective, no source phrase.
  it.each([
    ["it", "Nel secondo tempo la squadra ha segnato due gol."],
    ["it", "Il secondo vertice si terrà a Roma il mese prossimo."],
    ["it", "Per il secondo anno consecutivo, il PIL è cresciuto."],
    ["it", "Al secondo posto si è piazzato il candidato del centrodestra."],
    ["es", "El presidente Sánchez habló por teléfono con Emmanuel Macron. Ambos líderes abordaron la situación en Ucrania."],
    ["fr", "Le président a eu un entretien téléphonique avec Joe Biden. Les deux dirigeants ont évoqué la situation en Ukraine."],
    ["ro", "Declarațiile lui Ciolacu au venit după o întâlnire cu liderii coaliției."],
  ])("%s: %s", (lang, text) => {
    expect(claims(lang, text)).toEqual([]);
  });

  it("a source word after a comma still opens a source phrase", () => {
    const cs = claims("it", "Il vertice, secondo fonti diplomatiche, potrebbe slittare a dicembre.");
    expect(who(cs)).toEqual(["fonti diplomatiche"]);
  });
});

// One word in capitals only is a body's acronym, no person's name: it was "MSZ (person)" for "według
// rzecznika MSZ" and "MSZ poinformowało".
describe("acronyms of bodies", () => {
  it.each([
    ["pl", "Według rzecznika MSZ, ambasador został wezwany.", "rzecznik MSZ", "unknown"],
    ["pl", "Według MSZ, ambasador został wezwany.", "MSZ", "institution"],
    ["pl", "MSZ poinformowało, że ambasador Rosji został wezwany.", "MSZ", "institution"],
    ["pl", "Minister obrony Litwy przyjechał do Warszawy. Szef MON zapewnił, że Polska pomoże.", "Szef MON", "unknown"],
    // (an acronym's name has no article — src41, stop 39: "Laut der OECD" → "OECD")
    ["it", "La CGIL ha detto che lo sciopero continuerà.", "CGIL", "institution"],
  ])("%s: %s", (lang, text, speaker, kind) => {
    const cs = claims(lang, text);
    expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[speaker, kind]]);
  });
});
