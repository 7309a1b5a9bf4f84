import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

/**
 * A fictional phone call between the French president and the German chancellor, written for
 * these tests: the Élysée's readout (four claims: a 40-minute call, "constructive", Europe's
 * energy security, a meeting in Berlin in December), the German government's (three: an hour,
 * "very good", the meeting), and one outlet quoting each side. Each row is one language; the
 * sentences are, in order: Élysée ×4, Berlin ×3, the outlet quoting the Élysée, the outlet
 * quoting Berlin.
 */
const CALLS: Record<string, string[]> = {
  en: [
    "Emmanuel Macron and Friedrich Merz held a 40-minute phone call.",
    "The exchange was constructive.",
    "The two leaders discussed Europe's energy security.",
    "They agreed to meet in Berlin in December.",
    "Friedrich Merz and Emmanuel Macron spoke by phone for an hour.",
    "The conversation was very good.",
    "They agreed on a meeting in Berlin in December.",
    "The call between Macron and Merz lasted 40 minutes and was constructive.",
    "The conversation between Merz and Macron lasted one hour and was very good.",
  ],
  de: [
    "Emmanuel Macron und Friedrich Merz führten ein 40-minütiges Telefonat.",
    "Der Austausch war konstruktiv.",
    "Die beiden Politiker sprachen über die Energiesicherheit Europas.",
    "Sie vereinbarten, sich im Dezember in Berlin zu treffen.",
    "Friedrich Merz und Emmanuel Macron telefonierten eine Stunde lang.",
    "Das Gespräch war sehr gut.",
    "Sie verabredeten ein Treffen im Dezember in Berlin.",
    "Das Telefonat zwischen Macron und Merz dauerte 40 Minuten und war konstruktiv.",
    "Das Gespräch zwischen Merz und Macron dauerte eine Stunde und war sehr gut.",
  ],
  es: [
    "Emmanuel Macron y Friedrich Merz mantuvieron una conversación telefónica de 40 minutos.",
    "El intercambio fue constructivo.",
    "Los dos líderes hablaron de la seguridad energética de Europa.",
    "Acordaron reunirse en Berlín en diciembre.",
    "Friedrich Merz y Emmanuel Macron hablaron por teléfono durante una hora.",
    "La conversación fue muy buena.",
    "Acordaron una reunión en Berlín en diciembre.",
    "La llamada entre Macron y Merz duró 40 minutos y fue constructiva.",
    "La conversación entre Merz y Macron duró una hora y fue muy buena.",
  ],
  fr: [
    "Emmanuel Macron et Friedrich Merz ont eu un entretien téléphonique de 40 minutes.",
    "L'échange a été constructif.",
    "Les deux dirigeants ont évoqué la sécurité énergétique de l'Europe.",
    "Ils sont convenus de se rencontrer à Berlin en décembre.",
    "Friedrich Merz et Emmanuel Macron se sont parlé au téléphone pendant une heure.",
    "La conversation a été très bonne.",
    "Ils ont convenu d'une rencontre à Berlin en décembre.",
    "L'appel entre Macron et Merz a duré 40 minutes et a été constructif.",
    "La conversation entre Merz et Macron a duré une heure et a été très bonne.",
  ],
  it: [
    "Emmanuel Macron e Friedrich Merz hanno avuto un colloquio telefonico di 40 minuti.",
    "Lo scambio è stato costruttivo.",
    "I due leader hanno parlato della sicurezza energetica dell'Europa.",
    "Hanno concordato di incontrarsi a Berlino a dicembre.",
    "Friedrich Merz ed Emmanuel Macron si sono sentiti al telefono per un'ora.",
    "La conversazione è stata molto buona.",
    "Hanno concordato un incontro a Berlino a dicembre.",
    "La telefonata tra Macron e Merz è durata 40 minuti ed è stata costruttiva.",
    "La conversazione tra Merz e Macron è durata un'ora ed è stata molto buona.",
  ],
  pl: [
    "Emmanuel Macron i Friedrich Merz odbyli 40-minutową rozmowę telefoniczną.",
    "Wymiana zdań była konstruktywna.",
    "Obaj przywódcy rozmawiali o bezpieczeństwie energetycznym Europy.",
    "Uzgodnili, że spotkają się w Berlinie w grudniu.",
    "Friedrich Merz i Emmanuel Macron rozmawiali przez telefon przez godzinę.",
    "Rozmowa była bardzo dobra.",
    "Uzgodnili spotkanie w Berlinie w grudniu.",
    "Rozmowa telefoniczna Macrona z Merzem trwała 40 minut i była konstruktywna.",
    "Rozmowa Merza z Macronem trwała godzinę i była bardzo dobra.",
  ],
  ro: [
    "Emmanuel Macron și Friedrich Merz au avut o convorbire telefonică de 40 de minute.",
    "Schimbul de opinii a fost constructiv.",
    "Cei doi lideri au discutat despre securitatea energetică a Europei.",
    "Au convenit să se întâlnească la Berlin în decembrie.",
    "Friedrich Merz și Emmanuel Macron au vorbit la telefon timp de o oră.",
    "Convorbirea a fost foarte bună.",
    "Au convenit asupra unei întâlniri la Berlin în decembrie.",
    "Convorbirea dintre Macron și Merz a durat 40 de minute și a fost constructivă.",
    "Convorbirea dintre Merz și Macron a durat o oră și a fost foarte bună.",
  ],
  ru: [
    "Эмманюэль Макрон и Фридрих Мерц провели 40-минутный телефонный разговор.",
    "Обмен мнениями был конструктивным.",
    "Оба лидера обсудили энергетическую безопасность Европы.",
    "Они договорились встретиться в Берлине в декабре.",
    "Фридрих Мерц и Эмманюэль Макрон час говорили по телефону.",
    "Разговор был очень хорошим.",
    "Они договорились о встрече в Берлине в декабре.",
    "Телефонный разговор Макрона и Мерца длился 40 минут и был конструктивным.",
    "Разговор Мерца и Макрона длился час и был очень хорошим.",
  ],
  uk: [
    "Емманюель Макрон і Фрідріх Мерц провели 40-хвилинну телефонну розмову.",
    "Обмін думками був конструктивним.",
    "Обидва лідери обговорили енергетичну безпеку Європи.",
    "Вони домовилися зустрітися в Берліні в грудні.",
    "Фрідріх Мерц і Емманюель Макрон годину розмовляли телефоном.",
    "Розмова була дуже хорошою.",
    "Вони домовилися про зустріч у Берліні в грудні.",
    "Телефонна розмова Макрона і Мерца тривала 40 хвилин і була конструктивною.",
    "Розмова Мерца і Макрона тривала годину і була дуже хорошою.",
  ],
  vi: [
    "Emmanuel Macron và Friedrich Merz đã có cuộc điện đàm kéo dài 40 phút.",
    "Cuộc trao đổi mang tính xây dựng.",
    "Hai nhà lãnh đạo đã thảo luận về an ninh năng lượng của châu Âu.",
    "Họ đã nhất trí gặp nhau tại Berlin vào tháng 12.",
    "Friedrich Merz và Emmanuel Macron đã điện đàm trong một giờ.",
    "Cuộc trò chuyện rất tốt đẹp.",
    "Họ đã nhất trí về một cuộc gặp tại Berlin vào tháng 12.",
    "Cuộc điện đàm giữa Macron và Merz kéo dài 40 phút và mang tính xây dựng.",
    "Cuộc trò chuyện giữa Merz và Macron kéo dài một giờ và rất tốt đẹp.",
  ],
};

const DATE = "2026-11-20";

function call(language: string): Claim[] {
  const s = CALLS[language]!;
  const c = (id: string, article: string, speaker: string, side: string, assertion: string) =>
    makeClaim({ id, article, language, speaker, side, assertion, date: DATE });
  return [
    c("fr:c1", "fr", "Élysée", "FR", s[0]!),
    c("fr:c2", "fr", "Élysée", "FR", s[1]!),
    c("fr:c3", "fr", "Élysée", "FR", s[2]!),
    c("fr:c4", "fr", "Élysée", "FR", s[3]!),
    c("de:c1", "de", "Bundesregierung", "DE", s[4]!),
    c("de:c2", "de", "Bundesregierung", "DE", s[5]!),
    c("de:c3", "de", "Bundesregierung", "DE", s[6]!),
    c("n1:c1", "n1", "Élysée", "FR", s[7]!),
    c("n2:c1", "n2", "Bundesregierung", "DE", s[8]!),
  ];
}

const LANGUAGES = Object.keys(CALLS);

describe("a fictional call read as a journalist would (every language)", () => {
  it.each(LANGUAGES)("%s: one event; the duration conflict, the omitted topic and the two tones are flagged", (language) => {
    const result = compareClaims(call(language));
    expect(result.events).toHaveLength(1);
    const d = result.events[0]!.disagreements;
    // 40 minutes (Élysée) against an hour (Berlin).
    const durations = d.filter((x) => x.type === "factual");
    expect(
      durations.some(
        (x) => x.claims.some((id) => id.startsWith("fr:") || id.startsWith("n1:")) && x.claims.some((id) => id.startsWith("de:") || id.startsWith("n2:")),
      ),
    ).toBe(true);
    // Only the Élysée mentions energy security.
    expect(d.some((x) => x.type === "omission" && x.claims.includes("fr:c3"))).toBe(true);
    // "Constructive" against "very good".
    expect(d.some((x) => x.type === "characterization" && x.claims.includes("fr:c2") && x.claims.includes("de:c2"))).toBe(true);
    // The meeting both sides agreed on is no disagreement, nor omitted.
    expect(d.some((x) => x.claims.includes("fr:c4") || x.claims.includes("de:c3"))).toBe(false);
    // Two durations that differ never align.
    const pairs = result.events[0]!.alignments.map((a) => [...a.claims].sort().join("~"));
    expect(pairs).not.toContain("de:c1~fr:c1");
    expect(pairs).not.toContain("n1:c1~n2:c1");
  });

  // The meeting in Berlin in December: both sides agreed on it ("verabredeten" in German as well).
  it.each(LANGUAGES)("%s: both sides' account of the agreed meeting align", (language) => {
    const pairs = compareClaims(call(language)).events[0]!.alignments.map((a) => [...a.claims].sort().join("~"));
    expect(pairs).toContain("de:c3~fr:c4");
  });

  // An amount only two claims give ("40 minutes" in the readout and in the outlet quoting it) is
  // as telling as any key only they carry: with the call and its parties, it aligns the two.
  // Compound adjectives of duration ("40-minütig", "40-minutowa", "40-минутный", "40-хвилинна")
  // are durations, not counts of a noun.
  it.each(LANGUAGES)("%s: the readout's 40-minute call aligns with the outlet quoting it", (language) => {
    const pairs = compareClaims(call(language)).events[0]!.alignments.map((a) => [...a.claims].sort().join("~"));
    expect(pairs).toContain("fr:c1~n1:c1");
  });
});

/** Two sentences that share an amount of time and nothing else: a press conference and a late train. */
const ONLY_AMOUNT: Array<[string, string, string]> = [
  ["en", "Macron answered questions from reporters for 40 minutes.", "The train to Lyon was 40 minutes late."],
  ["de", "Macron beantwortete 40 Minuten lang Fragen von Journalisten.", "Der Zug nach Lyon hatte 40 Minuten Verspätung."],
  ["es", "Macron respondió a preguntas de los periodistas durante 40 minutos.", "El tren a Lyon llegó con 40 minutos de retraso."],
  ["fr", "Macron a répondu aux questions des journalistes pendant 40 minutes.", "Le train pour Lyon avait 40 minutes de retard."],
  ["it", "Macron ha risposto alle domande dei giornalisti per 40 minuti.", "Il treno per Lione aveva 40 minuti di ritardo."],
  ["pl", "Macron przez 40 minut odpowiadał na pytania dziennikarzy.", "Pociąg do Lyonu miał 40 minut opóźnienia."],
  ["ro", "Macron a răspuns timp de 40 de minute la întrebările jurnaliștilor.", "Trenul spre Lyon a avut o întârziere de 40 de minute."],
  ["ru", "Макрон 40 минут отвечал на вопросы журналистов.", "Поезд в Лион опоздал на 40 минут."],
  ["uk", "Макрон 40 хвилин відповідав на запитання журналістів.", "Потяг до Ліона запізнився на 40 хвилин."],
  ["vi", "Macron đã trả lời câu hỏi của các nhà báo trong 40 phút.", "Chuyến tàu đi Lyon bị trễ 40 phút."],
];

describe("an amount alone aligns nothing", () => {
  it.each(ONLY_AMOUNT)("%s: two claims sharing only '40 minutes' do not align", (language, press, train) => {
    const claims = [
      ...call(language),
      makeClaim({ id: "fr:c5", article: "fr", language, speaker: "Élysée", side: "FR", assertion: press, date: DATE }),
      makeClaim({ id: "n1:c2", article: "n1", language, speaker: "Élysée", side: "FR", assertion: train, date: DATE }),
    ];
    const pairs = compareClaims(claims).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));
    expect(pairs).not.toContain("fr:c5~n1:c2");
  });
});

const rep = (language: string, text: string) =>
  represent(makeClaim({ assertion: text, language, speaker: "Élysée", side: "FR", date: DATE, article: "s" }), lexiconFor(language).lexicon, 0);
const durations = (language: string, text: string) =>
  rep(language, text)
    .keys.filter((k) => k.key.startsWith("q:duration:"))
    .map((k) => k.key);

describe("compound adjectives of duration are durations", () => {
  it.each([
    ["de", "Sie führten ein 40-minütiges Gespräch.", "Sie führten ein zweistündiges Gespräch über 40 Minister.", "q:duration:time:40"],
    ["de", "Es war ein 2-stündiges Treffen.", "Zwei Stunden später trafen sie 2 Minister.", "q:duration:time:120"],
    ["pl", "Odbyli 40-minutową rozmowę.", "Rozmawiali o 40 ministrach.", "q:duration:time:40"],
    ["pl", "To było 2-godzinne spotkanie.", "Spotkali 2 ministrów.", "q:duration:time:120"],
    ["ru", "Они провели 40-минутный разговор.", "Они обсудили 40 министров.", "q:duration:time:40"],
    ["ru", "Это была 2-часовая встреча.", "Они встретили 2 министров.", "q:duration:time:120"],
    ["uk", "Вони провели 40-хвилинну розмову.", "Вони обговорили 40 міністрів.", "q:duration:time:40"],
    ["uk", "Це була 2-годинна зустріч.", "Вони зустріли 2 міністрів.", "q:duration:time:120"],
  ])("%s: %s", (language, positive, negative, key) => {
    expect(durations(language, positive)).toContain(key);
    expect(durations(language, negative)).not.toContain(key);
  });
});

describe("Polish 'trwała' (lasted) is no evaluation; 'trwałego' (lasting) is", () => {
  it("reads the verb of duration as no term, the adjective as 'lasting'", () => {
    expect(rep("pl", "Rozmowa trwała godzinę.").keys.map((k) => k.key)).not.toContain("t:lasting");
    expect(rep("pl", "Spotkanie trwało dwie godziny.").keys.map((k) => k.key)).not.toContain("t:lasting");
    expect(rep("pl", "Przywódcy chcą trwałego pokoju.").keys.map((k) => k.key)).toContain("t:lasting");
    expect(rep("pl", "Porozumienie ma być trwałe.").keys.map((k) => k.key)).toContain("t:lasting");
  });
});

const acts = (language: string, text: string) => rep(language, text).predicates.map((p) => p.cls);

describe("'thanks to' is a cause, not thanks", () => {
  // The preposition of cause shares its word with the verb of thanking in English, German and
  // Russian; elsewhere ("grâce à", "gracias a", "grazie a", "datorită", "dzięki", "завдяки",
  // "nhờ") it is a word of its own and was never read as thanks.
  it.each([
    ["en", "The attack was prevented thanks to American intelligence.", "Putin thanked Trump for the intelligence."],
    ["en", "Thanks to the tip, two suspects were arrested.", "Putin expressed his thanks to Trump for the tip."],
    ["de", "Der Anschlag wurde dank amerikanischer Hinweise verhindert.", "Putin dankte Trump für die Hinweise."],
    ["de", "Dank des Hinweises wurden zwei Verdächtige festgenommen.", "Putin sprach Trump seinen Dank aus."],
    ["ru", "Теракт удалось предотвратить благодаря американской разведке.", "Путин поблагодарил Трампа за информацию."],
    ["ru", "Благодаря этой информации задержаны двое подозреваемых.", "Путин благодарит Трампа за помощь."],
    ["fr", "L'attentat a été déjoué grâce aux renseignements américains.", "Poutine a remercié Trump pour les renseignements."],
    ["es", "El atentado se evitó gracias a la inteligencia estadounidense.", "Putin agradeció a Trump la información."],
    ["it", "L'attentato è stato sventato grazie all'intelligence americana.", "Putin ha ringraziato Trump per le informazioni."],
    ["ro", "Atentatul a fost dejucat datorită informațiilor americane.", "Putin i-a mulțumit lui Trump pentru informații."],
    ["pl", "Zamach udaremniono dzięki amerykańskiemu wywiadowi.", "Putin podziękował Trumpowi za informacje."],
    ["uk", "Теракту вдалося запобігти завдяки американській розвідці.", "Путін подякував Трампу за інформацію."],
    ["vi", "Vụ tấn công đã bị ngăn chặn nhờ tình báo Mỹ.", "Ông Putin đã cảm ơn ông Trump về thông tin tình báo."],
  ])("%s: %s", (language, cause, thanks) => {
    expect(acts(language, cause)).not.toContain("thank");
    expect(acts(language, thanks)).toContain("thank");
  });
});
