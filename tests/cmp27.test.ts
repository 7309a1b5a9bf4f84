import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-12-06";

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: DATE });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const claim = (id: string, language: string, speaker: string, side: string, assertion: string): Claim => ({
  ...makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: DATE }),
  span: [0, assertion.length],
});

describe("a verb of dealing with something is no treaty; the noun after its determiner is", () => {
  it.each([
    ["fr", "Les deux ministres ont convenu de traiter la question des réfugiés."],
    ["fr", "La France a traité cette demande avec sérieux."],
    ["it", "Il governo tratta con Mosca sul gas."],
    ["it", "I ministri hanno trattato la questione dei profughi."],
    ["es", "Los ministros acordaron tratar la cuestión de los refugiados."],
    ["es", "El gobierno trató el asunto con discreción."],
    ["de", "Die beiden Länder vertragen sich inzwischen wieder besser."],
    ["ro", "Ministrul a tratat problema cu seriozitate."],
    ["pl", "Ministrowie postanowili potraktować sprawę uchodźców poważnie."],
  ])("%s, no treaty: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("treaty");
  });

  it.each([
    ["fr", "Les deux pays ont signé un traité de paix."],
    ["fr", "Moscou veut un nouveau traité sur la sécurité européenne."],
    ["it", "I due paesi hanno firmato un trattato di pace."],
    ["it", "Il trattato di pace è stato firmato a Roma."],
    ["es", "Los dos países firmaron un tratado de paz."],
    ["de", "Die beiden Länder unterzeichneten einen Vertrag über Abrüstung."],
    ["de", "Beide Verträge seien weiter gültig."],
    ["de", "Der Vertragsentwurf liege inzwischen vor."],
    ["ro", "Cele două țări au semnat un tratat de pace."],
    ["ro", "Tratatul de pace a fost semnat la București."],
    ["pl", "Oba kraje podpisały traktat pokojowy."],
  ])("%s, a treaty: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("treaty");
  });

  const acts = (language: string, text: string) => read(language, text).predicates.map((p) => p.cls);
  it.each([
    ["it", "I due paesi hanno firmato un trattato di pace.", []],
    ["es", "Los dos países firmaron un tratado de paz.", []],
    ["es", "El ministro trató de convencer a su homólogo.", []],
    ["it", "I ministri hanno trattato la questione dei profughi.", ["discuss"]],
    ["es", "Los ministros trataron la cuestión de los refugiados.", ["discuss"]],
  ])("%s, the treaty is no discussion, dealing with a matter is: %s", (language, text, expected) => {
    expect(acts(language, text)).toEqual(expected);
  });

  it("ro: 'tratat' (a treaty) is no negotiation, 'tratativele' are", () => {
    expect(read("ro", "Cele două țări au semnat un tratat de pace.").concepts).not.toContain("negotiations");
    expect(read("ro", "Tratativele continuă la Geneva.").concepts).toContain("negotiations");
  });
});

describe("the common readout adjectives have a level and a sense in every pack", () => {
  const evals = (language: string, text: string) => read(language, text).evaluations.map((e) => `${e.level}/${e.sense}`);
  it.each([
    ["en", "Both leaders had an open conversation about trade.", "1/frank"],
    ["ru", "Лидеры провели открытый разговор о торговле.", "1/frank"],
    ["uk", "Лідери провели відкриту розмову про торгівлю.", "1/frank"],
    ["uk", "Лідери провели ділові переговори в Києві.", "1/businesslike"],
    ["uk", "Сторони провели щирі переговори.", "1/sincere"],
    ["de", "Die Gespräche seien freimütig gewesen.", "1/frank"],
    ["fr", "Les entretiens ont été approfondis.", "1/detailed"],
    ["fr", "Les ministres ont eu des échanges ouverts.", "1/frank"],
    ["fr", "Les ministres ont eu un entretien ouvert.", "1/frank"],
    ["es", "Los ministros mantuvieron un diálogo abierto sobre el comercio.", "1/frank"],
    ["it", "I colloqui sono stati franchi.", "1/frank"],
    ["it", "I colloqui sono stati schietti.", "1/frank"],
    ["it", "I colloqui sono stati sostanziali.", "1/substantive"],
    ["it", "I due ministri hanno avuto un confronto aperto sul commercio.", "1/frank"],
    ["it", "I colloqui sono stati tesi.", "-1/tense"],
    ["it", "Il clima è teso.", "-1/tense"],
    ["pl", "Rozmowy były merytoryczne.", "1/substantive"],
    ["pl", "Rozmowa odbyła się w ciepłej atmosferze.", "2/warm"],
    ["ro", "Cei doi lideri au avut discuții calde.", "2/warm"],
    ["ro", "Discuțiile au fost substanțiale.", "1/substantive"],
    ["vi", "Cuộc hội đàm diễn ra thiết thực.", "1/pragmatic"],
    ["vi", "Hai bên đã trao đổi chi tiết về thương mại.", "1/detailed"],
    ["vi", "Cuộc hội đàm diễn ra cởi mở.", "1/frank"],
  ])("%s: %s", (language, text, expected) => {
    expect(evals(language, text)).toEqual([expected]);
  });

  it.each([
    // The same words in another sense: a border, a question, a door, business circles, water, weather, an aim, a thesis.
    ["en", "The border crossing remains open."],
    ["ru", "Вопрос остаётся открытым."],
    ["uk", "Ділові кола стурбовані новими митами."],
    ["fr", "Les négociations ont été ouvertes à Genève."],
    ["es", "El paso fronterizo sigue abierto."],
    ["it", "Un'iniziativa tesa a ridurre il numero dei profughi."],
    ["it", "Il ministro ha presentato la tesi di Mosca."],
    ["pl", "W ciepłe dni ludzie wyjeżdżają nad morze."],
    ["ro", "Apa caldă lipsește în tot cartierul."],
    ["vi", "Bộ không cho biết chi tiết."],
  ])("%s, no evaluation: %s", (language, text) => {
    expect(evals(language, text)).toEqual([]);
  });

  it("a tense call against a warm one is a characterization of the tone across languages", () => {
    const claims = [
      claim("a:c1", "it", "Palazzo Chigi", "IT", "La telefonata tra i due leader è stata tesa."),
      claim("b:c1", "pl", "Kancelaria Premiera", "PL", "Rozmowa telefoniczna przywódców odbyła się w ciepłej atmosferze."),
    ];
    const flags = compareClaims(claims).events.flatMap((e) => e.disagreements.filter((d) => d.type === "characterization"));
    expect(flags.map((d) => d.topic)).toEqual(["tone"]);
  });
});

describe("two dotted pairs after a range opener: dates when both can be a day and a month, times with a word of the clock", () => {
  const amounts = (language: string, text: string) =>
    read(language, text).quantities.map((q) => `${q.kind} ${Math.round(q.lo)}-${Math.round(q.hi)} "${q.text}"`);

  it.each([
    ["ru", "Учения пройдут с 10.03 до 15.03 в Калининградской области."],
    ["ru", "Министр сказал, что переговоры шли с 16.04 до 17.06."],
    ["uk", "Навчання триватимуть з 10.03 до 15.03, повідомило міністерство."],
    ["de", "Das Manöver dauert von 10.03 bis 15.03."],
    ["de", "Die Minister sprachen von 16.04 bis 17.06."],
    ["pl", "Ćwiczenia potrwają od 10.03 do 15.03."],
    ["it", "Le esercitazioni si svolgeranno dal 10.03 al 15.03."],
  ])("%s, two dates: %s", (language, text) => {
    const q = amounts(language, text);
    expect(q.filter((x) => x.startsWith("duration"))).toEqual([]);
    expect(q.filter((x) => x.startsWith("date")).length).toBe(2);
  });

  it.each([
    // A word of the clock near the range, before or after it.
    ["ru", "Переговоры шли с 10.03 до 15.03 по московскому времени.", 'duration 298-302 "10.03 до 15.03"'],
    ["ru", "По московскому времени переговоры шли с 10.03 до 11.03.", 'duration 58-62 "10.03 до 11.03"'],
    ["uk", "Переговори тривали з 10.03 до 11.03 за київським часом.", 'duration 58-62 "10.03 до 11.03"'],
    ["de", "Die Minister sprachen von 10.03 bis 11.03 Ortszeit.", 'duration 58-62 "10.03 bis 11.03"'],
    ["pl", "Ministrowie rozmawiali od 10.03 do 11.03 czasu lokalnego.", 'duration 58-62 "10.03 do 11.03"'],
    ["it", "I ministri hanno parlato dalle 10.03 alle 11.03.", 'duration 58-62 "10.03 alle 11.03"'],
    // One pair can be no day and month (month 30, 45): times with no word of the clock.
    ["ru", "Переговоры шли с 10.30 до 12.15.", 'duration 103-107 "10.30 до 12.15"'],
    ["ru", "Переговоры шли с 10.03 до 11.45.", 'duration 100-104 "10.03 до 11.45"'],
    ["de", "Die Minister sprachen von 10.30 bis 11.45 miteinander.", 'duration 73-77 "10.30 bis 11.45"'],
    ["pl", "Ministrowie rozmawiali od 9.40 do 11.05.", 'duration 83-87 "9.40 do 11.05"'],
  ])("%s, times: %s", (language, text, expected) => {
    expect(amounts(language, text)).toEqual([expected]);
  });

  it.each([
    // The word of the clock in another sentence, or too far, says nothing of these figures.
    ["ru", "Время указано московское. Учения пройдут с 10.03 до 15.03."],
    ["de", "Die Angaben folgen der Ortszeit. Das Manöver dauert von 10.03 bis 15.03."],
  ])("%s, the clock word elsewhere: %s", (language, text) => {
    expect(amounts(language, text).filter((x) => x.startsWith("duration"))).toEqual([]);
  });

  it("en: a figure before a comma counts nothing after it ('to 15.03, the ministry said')", () => {
    expect(amounts("en", "The exercise will run from 10.03 to 15.03, the ministry said.").filter((x) => x.startsWith("count"))).toEqual([]);
    expect(amounts("en", "Police detained 15 protesters in the capital.")).toEqual(['count 15-15 "15 protesters"']);
  });

  it("a date range and a clock range of one exercise are no factual conflict of lengths", () => {
    const claims = [
      {
        ...makeClaim({
          id: "a:c1",
          article: "a",
          language: "ru",
          speaker: "Минобороны России",
          side: "RU",
          assertion: "Учения пройдут с 10.03 до 15.03 у границы.",
          date: DATE,
        }),
        span: [0, 41] as [number, number],
      },
      {
        ...makeClaim({
          id: "b:c1",
          article: "b",
          language: "ru",
          speaker: "Генштаб ВСУ",
          side: "UA",
          assertion: "Учения у границы продлятся два часа.",
          date: DATE,
        }),
        span: [0, 36] as [number, number],
      },
    ];
    const flags = compareClaims(claims).events.flatMap((e) => e.disagreements.filter((d) => d.type === "factual"));
    expect(flags).toEqual([]);
  });
});

describe("'no agreement until everything is agreed' holds the act under a condition; against an asserted agreement it is a stance", () => {
  const acts = (language: string, text: string) =>
    read(language, text).predicates.map((p) => `${p.held ? "held " : p.conditional ? "if " : ""}${p.negated ? "not " : ""}${p.cls}`);

  it.each([
    ["en", "There will be no agreement until everything is agreed."],
    ["ru", "Никакого соглашения не будет, пока не будет согласовано всё."],
    ["ru", "Ничего не согласовано, пока не согласовано всё."],
    ["uk", "Жодної угоди не буде, доки не буде погоджено все."],
    ["de", "Nichts ist vereinbart, solange nicht alles vereinbart ist."],
    ["fr", "Il n'y aura pas d'accord tant que tout ne sera pas convenu."],
    ["es", "No habrá acuerdo hasta que todo esté acordado."],
    ["it", "Non ci sarà alcun accordo finché tutto non sarà concordato."],
    ["pl", "Nie będzie porozumienia, dopóki wszystko nie zostanie uzgodnione."],
    ["ro", "Nu va exista niciun acord până când totul nu va fi convenit."],
    ["vi", "Sẽ không có thỏa thuận nào cho đến khi mọi thứ được thống nhất."],
  ])("%s, a negated act before 'until' is held: %s", (language, text) => {
    expect(acts(language, text)[0]).toBe("held not agree");
  });

  it.each([
    // "only when": the act before it is held, negated or not.
    ["de", "Eine Einigung gebe es doch erst, wenn alles vereinbart sei."],
    ["en", "The sides will agree on a ceasefire only when all details are settled."],
    ["ru", "Договоренность будет подписана только когда будут согласованы все детали."],
    ["es", "Las partes acordarán un alto el fuego solo cuando todo esté resuelto."],
  ])("%s, an act before 'only when' is held: %s", (language, text) => {
    expect(acts(language, text)[0]).toMatch(/^held (not )?agree$/);
  });

  it.each([
    // An asserted act before "until" stays asserted: they agreed, and will talk until…
    ["en", "The sides agreed to keep talking until a deal is reached.", "agree"],
    ["fr", "Les deux parties se sont mises d'accord pour négocier jusqu'à ce qu'une solution soit trouvée.", "agree"],
    ["ru", "Стороны договорились продолжать переговоры, пока не будет найдено решение.", "agree"],
    // A plain negation with no condition stays a negation.
    ["en", "The sides did not agree on a ceasefire in Geneva.", "not agree"],
  ])("%s, not held: %s", (language, text, first) => {
    expect(acts(language, text)[0]).toBe(first);
  });

  const stances = (claims: Claim[]) =>
    compareClaims(claims).events.flatMap((e) =>
      e.disagreements.filter((d) => d.type === "stance").map((d) => [d.topic, /until a condition is met/.test(d.explanation)]),
    );

  it.each([
    [
      "en",
      "US",
      "White House",
      "The sides reached an understanding on a ceasefire in Geneva.",
      "en",
      "There will be no agreement on a ceasefire until everything is agreed.",
    ],
    [
      "ru",
      "RU",
      "Кремль",
      "Стороны достигли понимания по прекращению огня.",
      "ru",
      "Никакого соглашения о прекращении огня не будет, пока не будет согласовано всё.",
    ],
    [
      "de",
      "DE",
      "Bundesregierung",
      "Die Seiten haben sich auf eine Waffenruhe verständigt.",
      "fr",
      "Il n'y aura pas d'accord sur un cessez-le-feu tant que tout ne sera pas convenu.",
    ],
    [
      "fr",
      "FR",
      "Élysée",
      "Les deux parties se sont mises d'accord sur un cessez-le-feu.",
      "de",
      "Eine Einigung über eine Waffenruhe gebe es doch erst, wenn alles vereinbart sei.",
    ],
    [
      "es",
      "ES",
      "Moncloa",
      "Las partes acordaron un alto el fuego en Ginebra.",
      "pl",
      "Nie będzie porozumienia w sprawie zawieszenia broni, dopóki wszystko nie zostanie uzgodnione.",
    ],
  ])("%s asserted against %s held: a stance of condition on the ceasefire", (l1, side, speaker, t1, l2, t2) => {
    const claims = [claim("a:c1", l1, speaker, side, t1), claim("b:c1", l2, "Ministry", "XX", t2)];
    expect(stances(claims)).toEqual([["ceasefire", true]]);
  });

  it("a plain negation against an agreement stays a polarity stance, not a condition", () => {
    const claims = [
      claim("a:c1", "en", "White House", "US", "The sides agreed on a ceasefire in Geneva."),
      claim("b:c1", "en", "Kremlin", "RU", "The sides did not agree on a ceasefire in Geneva."),
    ];
    expect(stances(claims)).toEqual([["ceasefire", false]]);
  });

  it("two sides that both hold the agreement under a condition take no opposite stance", () => {
    const claims = [
      claim("a:c1", "en", "White House", "US", "There will be no agreement on a ceasefire until everything is agreed."),
      claim("b:c1", "ru", "Кремль", "RU", "Никакого соглашения о прекращении огня не будет, пока не будет согласовано всё."),
    ];
    expect(stances(claims)).toEqual([]);
  });
});

describe("'not easy' is a difficult conversation in every pack", () => {
  const evals = (language: string, text: string) => read(language, text).evaluations.map((e) => `${e.level}/${e.sense}`);
  it.each([
    ["en", "The talks were not easy."],
    ["ru", "Разговор был непростым."],
    ["uk", "Розмова була непростою."],
    ["de", "Das Gespräch sei nicht einfach gewesen."],
    ["fr", "Les échanges n'ont pas été faciles."],
    ["es", "La conversación no fue fácil."],
    ["it", "Il colloquio non è stato facile."],
    ["pl", "Rozmowa nie była łatwa."],
    ["ro", "Discuția nu a fost ușoară."],
    ["vi", "Cuộc hội đàm không dễ dàng."],
  ])("%s: %s", (language, text) => {
    expect(evals(language, text)).toEqual(["-1/difficult"]);
    expect(read(language, text).encounterLevel).toBe(-1);
  });

  it.each([
    ["de", "Das sei einfach falsch."],
    ["en", "Both leaders said it was easy to agree."],
    ["ru", "Разговор был простым."],
    ["fr", "Le dossier est facile à régler."],
  ])("%s, no evaluation: %s", (language, text) => {
    expect(evals(language, text)).toEqual([]);
  });

  it("'not easy' against 'very warm' is a characterization of the tone", () => {
    const claims = [
      claim("a:c1", "fr", "Élysée", "FR", "L'entretien téléphonique n'a pas été facile."),
      claim("b:c1", "de", "Bundesregierung", "DE", "Das Telefonat sei sehr herzlich gewesen."),
    ];
    const flags = compareClaims(claims).events.flatMap((e) => e.disagreements.filter((d) => d.type === "characterization"));
    expect(flags.map((d) => d.topic)).toEqual(["tone"]);
  });
});

describe("a hedged unit with no number takes the half after it", () => {
  const minutes = (language: string, text: string) => read(language, text).quantities.map((q) => [Math.round(q.lo), Math.round(q.hi), q.text]);
  it("es: 'más de hora y media' is over 90 minutes, 'más de hora' over 60", () => {
    expect(minutes("es", "La conversación se prolongó durante más de hora y media.")).toEqual([[90, 122, "más de hora y media"]]);
    expect(minutes("es", "La conversación se prolongó durante más de hora.")).toEqual([[60, 81, "más de hora"]]);
  });
});
