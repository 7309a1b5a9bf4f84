import { describe, expect, it } from "vitest";
import { sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: sources introduced by a preposition ("according to X") where X is a
// document of evidence (its author speaks) or a body's short name.
const { claims, show } = sentenceClaims("2025-03-12", "en");

const speaker = (lang: string, text: string) => {
  const cs = claims(text, lang);
  expect(cs.length, show(cs)).toBe(1);
  return cs[0]!.speaker;
};

describe("a noun of evidence after a source preposition: its author speaks, in every pack", () => {
  it.each([
    ["en", "According to a report by the Federal Reserve, inflation will slow next year.", "Federal Reserve"],
    ["de", "Laut einer Umfrage des Ifo-Instituts sinkt die Stimmung der Unternehmen.", "Ifo-Institut"],
    ["fr", "Selon une enquête de l'OCDE, le chômage a baissé en Europe.", "OCDE"],
    ["es", "Según una encuesta del CIS, el PSOE ganaría las elecciones.", "CIS"],
    ["it", "Secondo un rapporto della Corte dei conti, il deficit supera il 5%.", "Corte dei conti"],
    ["ro", "Potrivit unui raport al Curții de Conturi, deficitul a depășit 5%.", "Curtea de Conturi"],
    ["ro", "Potrivit unui sondaj al INSCOP, majoritatea românilor susțin reforma.", "INSCOP"],
    ["pl", "Według raportu NIK szpitale są coraz bardziej zadłużone.", "NIK"],
    ["pl", "Według sondażu CBOS poparcie dla rządu spadło o trzy punkty.", "CBOS"],
    ["ru", "Согласно докладу Минфина, дефицит бюджета превысил 5%.", "Минфин"],
    ["uk", "Згідно з доповіддю НБУ, інфляція сповільниться наступного року.", "НБУ"],
    ["uk", "Згідно з опитуванням КМІС, більшість українців підтримують реформу.", "КМІС"],
    ["vi", "Theo báo cáo của Ngân hàng Nhà nước, lạm phát sẽ giảm trong năm tới.", "Ngân hàng Nhà nước"],
    ["vi", "Theo khảo sát của VCCI, phần lớn doanh nghiệp lạc quan về năm tới.", "VCCI"],
  ])("%s: %s", (lang, text, name) => {
    const sp = speaker(lang, text);
    expect(sp.name).toBe(name);
    // (the author, not the document: no evidence noun in the name)
    expect(sp.name).not.toMatch(/report|Umfrage|rapport|enquête|encuesta|raport|sondaj|sondaż|доклад|доповід|опитуван|báo cáo|khảo sát/iu);
    // (the mention is a span of the text)
    if (sp.mention && sp.mentionSpan) expect(text.slice(sp.mentionSpan[0], sp.mentionSpan[1])).toBe(sp.mention);
  });

  it.each([
    // (a document with no author named keeps no author: the document phrase as before)
    ["en", "According to the report, inflation will slow next year.", "the report"],
    // (a date after the noun is no author)
    ["fr", "Selon un rapport de mardi, le déficit a dépassé 5 %.", "un rapport"],
  ])("no author: %s: %s", (lang, text, name) => {
    expect(speaker(lang, text).name).toBe(name);
  });

  it.each([
    ["en", "According to plan, the bridge will open in May."],
    ["de", "Laut Fahrplan fährt der Zug um acht Uhr ab."],
    ["it", "Secondo me, l'economia rallenterà l'anno prossimo."],
    ["pl", "Według mnie gospodarka zwolni w przyszłym roku."],
  ])("no evidence noun, no author: %s: %s", (lang, text) => {
    for (const c of claims(text, lang)) expect(c.speaker.kind).not.toBe("institution");
  });

  it("no source for a date after 'по данным'", () => {
    expect(claims("По данным на 1 января, население города составило 500 тысяч человек.", "ru")).toHaveLength(0);
  });
});

describe("a body's short name after a source preposition", () => {
  it.each([
    ["de", "Laut der OECD wird die Wirtschaft in diesem Jahr um zwei Prozent wachsen.", "OECD"],
    ["fr", "Selon l'OCDE, l'économie va croître de 2 % cette année.", "OCDE"],
    ["it", "Secondo l'Istat, l'inflazione è salita al 2% a novembre.", "Istat"],
    ["fr", "Selon l'Insee, l'inflation a ralenti en novembre.", "Insee"],
  ])("%s: %s — the name with no article, an institution", (lang, text, name) => {
    const sp = speaker(lang, text);
    expect(sp.name).toBe(name);
    expect(sp.kind).toBe("institution");
  });

  it.each([
    // (a full article may stand before a woman's surname: no body)
    ["it", "Secondo la Meloni, l'economia crescerà l'anno prossimo."],
    // (a surname with no article is a person's)
    ["fr", "Selon Dupont, l'inflation a ralenti en novembre."],
  ])("%s: %s — no body", (lang, text) => {
    expect(speaker(lang, text).kind).not.toBe("institution");
  });
});
