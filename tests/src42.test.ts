import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: source cues followed by no source (a first-person pronoun, a plan or
// schedule with no owner), the same cues with a real source, and acronyms kept as written.
const { claims, show } = sentenceClaims("2025-03-12", "en");

describe("a first-person pronoun after a source cue is the author: no attributed claim", () => {
  it.each([
    ["en", "According to me, the new tunnel will be finished before winter."],
    ["de", "Laut mir wird der neue Tunnel vor dem Winter fertig."],
    ["fr", "Selon moi, le nouveau tunnel sera terminé avant l'hiver."],
    ["fr", "Selon nous, la réforme des retraites échouera au Sénat."],
    ["es", "Según yo, el nuevo túnel estará terminado antes del invierno."],
    ["it", "Secondo me, il nuovo tunnel sarà finito prima dell'inverno."],
    ["it", "Secondo noi, la riforma fiscale non passerà in Senato."],
    ["ro", "După mine, noul tunel va fi gata înainte de iarnă."],
    ["pl", "Według mnie nowy tunel będzie gotowy przed zimą."],
    ["ru", "По моему мнению, новый тоннель построят до зимы."],
    ["vi", "Theo tôi, đường hầm mới sẽ hoàn thành trước mùa đông."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("a plan or schedule with no owner names no source", () => {
  it.each([
    ["en", "According to plan, the new tunnel will be finished before winter."],
    ["en", "According to the schedule, the new tunnel will be finished before winter."],
    ["de", "Laut Zeitplan wird der neue Tunnel vor dem Winter fertig."],
    ["fr", "Selon le calendrier, le nouveau tunnel sera terminé avant l'hiver."],
    ["es", "Según el plan, el nuevo túnel estará terminado antes del invierno."],
    ["es", "Según lo previsto, el nuevo túnel estará terminado antes del invierno."],
    ["it", "Secondo il programma, il nuovo tunnel sarà finito prima dell'inverno."],
    ["ro", "Conform planului, noul tunel va fi gata înainte de iarnă."],
    ["pl", "Według harmonogramu nowy tunel będzie gotowy przed zimą."],
    ["ru", "По графику новый тоннель построят до зимы."],
    ["uk", "За планом новий тунель збудують до зими."],
    ["vi", "Theo kế hoạch, đường hầm mới sẽ hoàn thành trước mùa đông."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs, show(cs)).toHaveLength(0);
  });
});

describe("the same cues before a real source keep it", () => {
  it.each([
    ["en", "According to Maria Keller, the new tunnel will be finished before winter.", "Maria Keller"],
    ["de", "Laut Maria Keller wird der neue Tunnel vor dem Winter fertig.", "Maria Keller"],
    ["fr", "Selon Marie Dupont, le nouveau tunnel sera terminé avant l'hiver.", "Marie Dupont"],
    ["it", "Secondo Marco Bianchi, il nuovo tunnel sarà finito prima dell'inverno.", "Marco Bianchi"],
    ["pl", "Według Tomasza Nowaka nowy tunel będzie gotowy przed zimą.", "Tomasz Nowak"],
    ["vi", "Theo ông Nguyễn Văn Hùng, đường hầm mới sẽ hoàn thành trước mùa đông.", "Nguyễn Văn Hùng"],
  ])("%s: %s", (lang, text, name) => {
    const cs = claims(text, lang);
    expect(cs.length, show(cs)).toBe(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("an acronym in capitals is never de-declined", () => {
  it.each([
    ["ru", "По данным ВЦИОМ, рейтинг партии вырос на два пункта.", "ВЦИОМ"],
    ["pl", "Według CBOS poparcie dla rządu spadło o trzy punkty.", "CBOS"],
    ["uk", "За даними КМІС, рейтинг партії зріс на два пункти.", "КМІС"],
  ])("%s: %s", (lang, text, name) => {
    const cs = claims(text, lang);
    expect(cs.length, show(cs)).toBe(1);
    expect(cs[0]!.speaker.name).toBe(name);
  });
});

describe("a plan with an owner keeps the owner's claim (not dropped as a plan)", () => {
  it.each([
    ["en", "According to the plan of the transport ministry, the new tunnel will be finished before winter."],
    ["de", "Laut Plan der Regierung wird der neue Tunnel vor dem Winter fertig."],
    ["es", "Según el plan del Ministerio de Transportes, el nuevo túnel estará terminado antes del invierno."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs.length, show(cs)).toBe(1);
  });
});

describe("a bank named after a source cue or before a verb is a body", () => {
  it.each([
    ["en", "According to the Central Bank of Ruritania, inflation will slow next year."],
    ["en", "The Asian Development Bank said inflation would slow next year."],
    ["es", "Según el Banco Interamericano de Desarrollo, la inflación bajará el próximo año."],
    ["it", "Secondo la Banca Europea per gli Investimenti, l'inflazione calerà l'anno prossimo."],
    ["fr", "Selon la Banque européenne d'investissement, l'inflation baissera l'an prochain."],
    ["ro", "Potrivit Băncii Europene de Investiții, inflația va scădea anul viitor."],
    ["pl", "Według Banku Inwestycyjnego Rady Europy inflacja spadnie w przyszłym roku."],
    ["ru", "По данным Национального банка, инфляция замедлится в следующем году."],
    ["uk", "За даними Національного банку, інфляція сповільниться наступного року."],
  ])("%s: %s", (lang, text) => {
    const cs = claims(text, lang);
    expect(cs.length, show(cs)).toBe(1);
    expect(cs[0]!.speaker.kind).toBe("institution");
  });

  it.each([
    // (a person named next to a bank stays a person)
    ["en", "According to Maria Keller, a bank economist, inflation will slow next year.", "person"],
  ])("%s: %s", (lang, text, kind) => {
    const cs = claims(text, lang);
    expect(cs.length, show(cs)).toBe(1);
    expect(cs[0]!.speaker.kind).toBe(kind);
  });
});
