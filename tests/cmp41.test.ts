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

/**
 * Bilaterals at a summit: on the sidelines of the G20, Merz meets Starmer (in the lexicon), then
 * Jan Kowalczyk, a prime minister the lexicon does not know. Each meeting has Merz's account and the
 * counterpart's; the articles on Merz and Kowalczyk name Kowalczyk in their title and lead, and his
 * own lets him speak. Articles in order: Merz–Starmer (Merz), Starmer–Merz (Starmer), Merz–Kowalczyk
 * (Merz), Kowalczyk–Merz (Kowalczyk).
 */
const SUMMIT: Record<string, string[]> = {
  en: [
    "Merz meets Starmer at G20 summit\n\nChancellor Friedrich Merz met British Prime Minister Keir Starmer on the sidelines of the G20 summit in Johannesburg on Saturday. Merz said Germany and Britain would build a joint fleet of transport aircraft.",
    "Starmer and Merz agree on aircraft\n\nKeir Starmer met Friedrich Merz at the G20 summit in Johannesburg on Saturday. Starmer said the joint fleet of transport aircraft would be ready by 2030.",
    "Merz meets Kowalczyk in Johannesburg\n\nChancellor Friedrich Merz met with Prime Minister Jan Kowalczyk on the sidelines of the G20 summit in Johannesburg on Saturday. Merz said the two countries would open a joint ammunition plant near the border.",
    "Kowalczyk: ammunition plant by next year\n\nPrime Minister Jan Kowalczyk met Chancellor Friedrich Merz at the G20 summit in Johannesburg on Saturday. Kowalczyk said the joint ammunition plant would produce its first shells next year.",
  ],
  de: [
    "Merz trifft Starmer beim G20-Gipfel\n\nBundeskanzler Friedrich Merz hat am Samstag am Rande des G20-Gipfels in Johannesburg den britischen Premierminister Keir Starmer getroffen. Merz sagte, Deutschland und Großbritannien würden eine gemeinsame Flotte von Transportflugzeugen aufbauen.",
    "Starmer und Merz einig über Flugzeuge\n\nKeir Starmer hat am Samstag beim G20-Gipfel in Johannesburg Friedrich Merz getroffen. Starmer sagte, die gemeinsame Flotte von Transportflugzeugen werde bis 2030 bereitstehen.",
    "Merz trifft Kowalczyk in Johannesburg\n\nBundeskanzler Friedrich Merz hat am Samstag am Rande des G20-Gipfels in Johannesburg Ministerpräsident Jan Kowalczyk getroffen. Merz sagte, die beiden Länder würden eine gemeinsame Munitionsfabrik an der Grenze eröffnen.",
    "Kowalczyk: Munitionsfabrik im nächsten Jahr\n\nMinisterpräsident Jan Kowalczyk hat am Samstag beim G20-Gipfel in Johannesburg Bundeskanzler Friedrich Merz getroffen. Kowalczyk sagte, die gemeinsame Munitionsfabrik werde im nächsten Jahr die ersten Granaten herstellen.",
  ],
  fr: [
    "Merz rencontre Starmer au sommet du G20\n\nLe chancelier Friedrich Merz a rencontré samedi le Premier ministre britannique Keir Starmer en marge du sommet du G20 à Johannesburg. Merz a déclaré que l'Allemagne et le Royaume-Uni allaient constituer une flotte commune d'avions de transport.",
    "Starmer et Merz d'accord sur les avions\n\nKeir Starmer a rencontré samedi Friedrich Merz au sommet du G20 à Johannesburg. Starmer a déclaré que la flotte commune d'avions de transport serait prête d'ici 2030.",
    "Merz rencontre Kowalczyk à Johannesburg\n\nLe chancelier Friedrich Merz a rencontré samedi le Premier ministre Jan Kowalczyk en marge du sommet du G20 à Johannesburg. Merz a déclaré que les deux pays allaient ouvrir une usine de munitions commune près de la frontière.",
    "Kowalczyk : une usine de munitions l'an prochain\n\nLe Premier ministre Jan Kowalczyk a rencontré samedi le chancelier Friedrich Merz au sommet du G20 à Johannesburg. Kowalczyk a déclaré que l'usine de munitions commune produirait ses premiers obus l'an prochain.",
  ],
  ru: [
    "Мерц встретился со Стармером на саммите G20\n\nКанцлер Фридрих Мерц в субботу встретился с премьер-министром Великобритании Киром Стармером на полях саммита G20 в Йоханнесбурге. Мерц заявил, что Германия и Великобритания создадут общий парк транспортных самолетов.",
    "Стармер и Мерц договорились о самолетах\n\nКир Стармер в субботу встретился с Фридрихом Мерцем на саммите G20 в Йоханнесбурге. Стармер заявил, что общий парк транспортных самолетов будет готов к 2030 году.",
    "Мерц встретился с Ковальчиком в Йоханнесбурге\n\nКанцлер Фридрих Мерц в субботу встретился с премьер-министром Яном Ковальчиком на полях саммита G20 в Йоханнесбурге. Мерц заявил, что две страны откроют совместный завод боеприпасов у границы.",
    "Ковальчик: завод боеприпасов в следующем году\n\nПремьер-министр Ян Ковальчик в субботу встретился с канцлером Фридрихом Мерцем на саммите G20 в Йоханнесбурге. Ковальчик заявил, что совместный завод боеприпасов выпустит первые снаряды в следующем году.",
  ],
  es: [
    "Merz se reúne con Starmer en la cumbre del G20\n\nEl canciller Friedrich Merz se reunió el sábado con el primer ministro británico Keir Starmer al margen de la cumbre del G20 en Johannesburgo. Merz dijo que Alemania y el Reino Unido crearían una flota común de aviones de transporte.",
    "Starmer y Merz, de acuerdo sobre los aviones\n\nKeir Starmer se reunió el sábado con Friedrich Merz en la cumbre del G20 en Johannesburgo. Starmer dijo que la flota común de aviones de transporte estaría lista en 2030.",
    "Merz se reúne con Kowalczyk en Johannesburgo\n\nEl canciller Friedrich Merz se reunió el sábado con el primer ministro Jan Kowalczyk al margen de la cumbre del G20 en Johannesburgo. Merz dijo que los dos países abrirían una fábrica de municiones conjunta cerca de la frontera.",
    "Kowalczyk: una fábrica de municiones el próximo año\n\nEl primer ministro Jan Kowalczyk se reunió el sábado con el canciller Friedrich Merz en la cumbre del G20 en Johannesburgo. Kowalczyk dijo que la fábrica de municiones conjunta produciría sus primeros proyectiles el próximo año.",
  ],
};

function summit(language: string, texts = SUMMIT[language]!) {
  const results = texts.map((text, i) => extractClaims({ id: `a${i + 1}`, language, publishedAt: "2026-11-22", text }));
  const events = compareClaims(results).events;
  const eventOf = (article: string) => events.filter((e) => e.claims.some((id) => id.startsWith(`${article}:`))).map((e) => e.id);
  return { results, events, eventOf };
}

describe("summit bilaterals: a meeting with a counterpart the lexicon does not know is an event of its own", () => {
  it.each(Object.keys(SUMMIT))("%s: the two articles on Merz and Kowalczyk form their own event, apart from Merz and Starmer", (language) => {
    const { results, eventOf } = summit(language);
    expect(results.map((r) => r.claims.length)).toEqual([1, 1, 1, 1]);
    expect(results[3]!.claims[0]!.speaker.id).toBeNull();
    const [starmer, starmerOwn, kowalczyk, kowalczykOwn] = ["a1", "a2", "a3", "a4"].map(eventOf);
    expect(kowalczyk).toHaveLength(1);
    expect(kowalczykOwn).toEqual(kowalczyk);
    expect(starmerOwn).toEqual(starmer);
    expect(kowalczyk).not.toEqual(starmer);
  });

  it("negative: an analyst the lexicon does not know, quoted on the meeting and in an article of his own, leaves it one event", () => {
    const texts = [
      "Merz meets Starmer at G20 summit\n\nChancellor Friedrich Merz met British Prime Minister Keir Starmer on the sidelines of the G20 summit in Johannesburg on Saturday. Merz said Germany and Britain would build a joint fleet of transport aircraft. The defence analyst Tomasz Wrona said the joint fleet was long overdue.",
      "Starmer and Merz agree on aircraft\n\nKeir Starmer met Friedrich Merz at the G20 summit in Johannesburg on Saturday. Starmer said the joint fleet of transport aircraft would be ready by 2030.",
      "Wrona: aircraft fleet overdue\n\nThe defence analyst Tomasz Wrona said on Saturday that the joint fleet of transport aircraft agreed by Friedrich Merz and Keir Starmer was long overdue.",
    ];
    const { events, results } = summit("en", texts);
    expect(results[2]!.claims[0]!.speaker.name).toBe("Tomasz Wrona");
    expect(events).toHaveLength(1);
  });

  it.each(["en", "de"])("%s negative: a speaker the lexicon does not know, named by one word, makes no counterpart", (language) => {
    // Kowalczyk's own article names him by his surname alone: no person of two words speaks.
    const texts = SUMMIT[language]!.map((t, i) => (i === 3 ? t.replaceAll("Jan Kowalczyk", "Kowalczyk") : t));
    const { results, eventOf } = summit(language, texts);
    expect(results[3]!.claims[0]!.speaker.name).toBe("Kowalczyk");
    expect(eventOf("a3")).toEqual(eventOf("a1"));
  });
});
