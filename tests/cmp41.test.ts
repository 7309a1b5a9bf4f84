import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims } from "../src/index.js";
import type { Claim } from "../src/schema/claim.js";

// Team-written articles (invented calls and statements; no corpus text).

/**
 * A call between the German chancellor and the French president. The German article reports the
 * call as a list of three matters; the French one gives Macron's line on the first matter and on
 * the last, in two claims, and a line on a matter the list does not name. `pair` is the German
 * article's claim naming only two matters (no list), `other` a French claim on a matter outside it.
 */
interface ListCall {
  list: string;
  pair: string;
  french: string;
  trade: string;
  war: string;
  other: string;
}
const LIST_CALL: Record<string, ListCall> = {
  en: {
    list: "Merz and Macron talk trade and Ukraine\n\nChancellor Friedrich Merz spoke by phone with French President Emmanuel Macron on Wednesday. The two leaders discussed trade, energy prices and the war in Ukraine, a German government spokesman said.",
    pair: "Merz and Macron talk trade\n\nChancellor Friedrich Merz spoke by phone with French President Emmanuel Macron on Wednesday. The two leaders discussed trade and energy prices, a German government spokesman said.",
    french: "Macron calls Merz\n\nFrench President Emmanuel Macron spoke by phone with Chancellor Friedrich Merz on Wednesday.",
    trade: "Macron said trade between France and Germany had to grow.",
    war: "Macron also said that the war in Ukraine had to end by spring.",
    other: "Macron said the asylum rules of the European Union had to be reformed.",
  },
  de: {
    list: "Merz telefoniert mit Macron\n\nBundeskanzler Friedrich Merz hat am Mittwoch mit dem französischen Präsidenten Emmanuel Macron telefoniert. Die beiden hätten über den Handel, die Energiepreise und den Krieg in der Ukraine gesprochen, teilte ein Regierungssprecher mit.",
    pair: "Merz telefoniert mit Macron\n\nBundeskanzler Friedrich Merz hat am Mittwoch mit dem französischen Präsidenten Emmanuel Macron telefoniert. Die beiden hätten über den Handel und die Energiepreise gesprochen, teilte ein Regierungssprecher mit.",
    french: "Macron telefoniert mit Merz\n\nDer französische Präsident Emmanuel Macron hat am Mittwoch mit Bundeskanzler Friedrich Merz telefoniert.",
    trade: "Macron sagte, der Handel zwischen Frankreich und Deutschland müsse wachsen.",
    war: "Macron sagte außerdem, der Krieg in der Ukraine müsse bis zum Frühjahr enden.",
    other: "Macron sagte, die Asylregeln der Europäischen Union müssten reformiert werden.",
  },
  fr: {
    list: "Merz s'entretient avec Macron\n\nLe chancelier Friedrich Merz s'est entretenu mercredi au téléphone avec le président Emmanuel Macron. Les deux dirigeants ont évoqué le commerce, les prix de l'énergie et la guerre en Ukraine, a indiqué un porte-parole du gouvernement allemand.",
    pair: "Merz s'entretient avec Macron\n\nLe chancelier Friedrich Merz s'est entretenu mercredi au téléphone avec le président Emmanuel Macron. Les deux dirigeants ont évoqué le commerce et les prix de l'énergie, a indiqué un porte-parole du gouvernement allemand.",
    french: "Macron s'entretient avec Merz\n\nLe président Emmanuel Macron s'est entretenu mercredi au téléphone avec le chancelier Friedrich Merz.",
    trade: "Macron a déclaré que le commerce entre la France et l'Allemagne devait croître.",
    war: "Macron a aussi déclaré que la guerre en Ukraine devait cesser au printemps.",
    other: "Macron a déclaré que les règles d'asile de l'Union européenne devaient être réformées.",
  },
  es: {
    list: "Merz habla con Macron\n\nEl canciller Friedrich Merz habló el miércoles por teléfono con el presidente francés Emmanuel Macron. Los dos líderes abordaron el comercio, los precios de la energía y la guerra en Ucrania, según un portavoz del Gobierno alemán.",
    pair: "Merz habla con Macron\n\nEl canciller Friedrich Merz habló el miércoles por teléfono con el presidente francés Emmanuel Macron. Los dos líderes abordaron el comercio y los precios de la energía, según un portavoz del Gobierno alemán.",
    french: "Macron habla con Merz\n\nEl presidente francés Emmanuel Macron habló el miércoles por teléfono con el canciller Friedrich Merz.",
    trade: "Macron dijo que el comercio entre Francia y Alemania debía crecer.",
    war: "Macron dijo también que la guerra en Ucrania debía terminar en primavera.",
    other: "Macron dijo que las normas de asilo de la Unión Europea debían reformarse.",
  },
  it: {
    list: "Merz sente Macron\n\nIl cancelliere Friedrich Merz ha avuto mercoledì un colloquio telefonico con il presidente francese Emmanuel Macron. I due leader hanno discusso di commercio, prezzi dell'energia e della guerra in Ucraina, ha detto un portavoce del governo tedesco.",
    pair: "Merz sente Macron\n\nIl cancelliere Friedrich Merz ha avuto mercoledì un colloquio telefonico con il presidente francese Emmanuel Macron. I due leader hanno discusso di commercio e prezzi dell'energia, ha detto un portavoce del governo tedesco.",
    french: "Macron sente Merz\n\nIl presidente francese Emmanuel Macron ha avuto mercoledì un colloquio telefonico con il cancelliere Friedrich Merz.",
    trade: "Macron ha detto che il commercio tra Francia e Germania deve crescere.",
    war: "Macron ha detto anche che la guerra in Ucraina deve finire entro la primavera.",
    other: "Macron ha detto che le regole sull'asilo dell'Unione europea devono essere riformate.",
  },
  ru: {
    list: "Мерц поговорил с Макроном\n\nКанцлер Фридрих Мерц в среду провел телефонный разговор с президентом Франции Эмманюэлем Макроном. Лидеры обсудили торговлю, цены на энергоносители и войну в Украине, сообщил представитель правительства Германии.",
    pair: "Мерц поговорил с Макроном\n\nКанцлер Фридрих Мерц в среду провел телефонный разговор с президентом Франции Эмманюэлем Макроном. Лидеры обсудили торговлю и цены на энергоносители, сообщил представитель правительства Германии.",
    french: "Макрон поговорил с Мерцем\n\nПрезидент Франции Эмманюэль Макрон в среду провел телефонный разговор с канцлером Фридрихом Мерцем.",
    trade: "Макрон заявил, что торговля между Францией и Германией должна расти.",
    war: "Макрон также заявил, что война в Украине должна закончиться к весне.",
    other: "Макрон заявил, что правила предоставления убежища в Евросоюзе должны быть реформированы.",
  },
};

/** The German and French articles extracted; the French one with the given lines after its lead. */
function listCall(language: string, german: "list" | "pair", lines: Array<"trade" | "war" | "other">) {
  const t = LIST_CALL[language]!;
  const de = extractClaims({ id: "d1", language, publishedAt: "2026-11-12", text: t[german] });
  const fr = extractClaims({ id: "f1", language, publishedAt: "2026-11-12", text: [t.french, ...lines.map((l) => t[l])].join(" ") });
  const alignments = compareClaims([de, fr]).events.flatMap((e) => e.alignments);
  const with_ = (c: Claim) => alignments.filter((a) => a.claims.includes(c.id)).map((a) => a.claims.find((id) => id !== c.id)!);
  return { de: de.claims, fr: fr.claims, with_ };
}

describe("one-to-many: a list of matters aligns with each claim about one of them", () => {
  it.each(Object.keys(LIST_CALL))("%s: the list aligns with the claim on trade and with the claim on the war", (language) => {
    const { de, fr, with_ } = listCall(language, "list", ["trade", "war"]);
    expect(de).toHaveLength(1);
    expect(fr).toHaveLength(2);
    expect(with_(de[0]!).sort()).toEqual([fr[0]!.id, fr[1]!.id].sort());
  });

  it.each(Object.keys(LIST_CALL))("%s negative: a claim on a matter the list does not name stays unaligned", (language) => {
    const { de, fr, with_ } = listCall(language, "list", ["trade", "other", "war"]);
    expect(fr).toHaveLength(3);
    expect(with_(fr[1]!)).toEqual([]);
    expect(with_(de[0]!)).not.toContain(fr[1]!.id);
  });

  it.each(Object.keys(LIST_CALL))("%s negative: a claim naming two matters (no list) aligns with one claim at most", (language) => {
    const { de, with_ } = listCall(language, "pair", ["trade", "war"]);
    expect(de).toHaveLength(1);
    expect(with_(de[0]!).length).toBeLessThanOrEqual(1);
  });
});
