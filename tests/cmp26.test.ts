import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written articles (invented statements of public figures), each a few sentences.

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const designatorKeys = (r: ClaimRep) => r.keys.filter((k) => k.kind === "designator").map((k) => k.key);

function compare(articles: ArticleInput[]): ComparisonResult {
  return compareClaims(articles.map((a) => extractClaims(a)));
}
const eventOf = (cmp: ComparisonResult, article: string) => cmp.events.filter((e) => e.articles.includes(article)).map((e) => e.id);
const pairs = (cmp: ComparisonResult) => cmp.events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));

describe("designators are one key in every language and script", () => {
  it.each([
    ["en", "The talks covered the delivery of F-35 jets and S-400 systems.", ["d:f35", "d:s400"]],
    ["ru", "Переговоры касались поставок F-35 и С-400.", ["d:f35", "d:s400"]],
    ["uk", "Переговори стосувалися поставок F-35 та С-400.", ["d:f35", "d:s400"]],
    ["pl", "Rozmowy dotyczyły dostaw F-35 i S-400.", ["d:f35", "d:s400"]],
    ["fr", "Les pourparlers ont porté sur la livraison de F-35 et de S-400.", ["d:f35", "d:s400"]],
    ["de", "Die Gespräche betrafen die Lieferung von F-35-Kampfjets und S-400-Systemen.", ["d:f35", "d:s400"]],
    ["it", "I colloqui hanno riguardato la consegna degli F-35 e degli S-400.", ["d:f35", "d:s400"]],
    ["es", "Las conversaciones trataron la entrega de F-35 y S-400.", ["d:f35", "d:s400"]],
    ["ro", "Discuțiile au vizat livrarea de F-35 și S-400.", ["d:f35", "d:s400"]],
    ["vi", "Các cuộc đàm phán đề cập việc chuyển giao F-35 và S-400.", ["d:f35", "d:s400"]],
    ["ru", "Он сказал, что Су-35 и МиГ-29 останутся на базе.", ["d:mig29", "d:su35"]],
    ["en", "He said the Su-35 and MiG-29 jets would stay at the base.", ["d:mig29", "d:su35"]],
    ["en", "Nord Stream 2 must be halted, he said.", ["d:gas:2"]],
    ["de", "Nord Stream 2 müsse gestoppt werden.", ["d:gas:2"]],
    ["ru", "«Северный поток — 2» должен быть остановлен.", ["d:gas:2"]],
    ["pl", "Nord Stream 2 musi zostać wstrzymany.", ["d:gas:2"]],
    ["fr", "Paris livrera six Mirage 2000 supplémentaires.", ["d:mirag:2000"]],
    ["pl", "Francja przekaże sześć samolotów Mirage 2000.", ["d:mirag:2000"]],
  ])("%s: %s", (language, text, keys) => {
    expect(designatorKeys(read(language, text)).sort()).toEqual(keys);
  });

  it("a designator's number counts nothing; a count before it still does", () => {
    const jets = read("en", "The talks covered the delivery of F-35 jets.");
    expect(jets.quantities).toEqual([]);
    const pipe = read("de", "Nord Stream 2 müsse gestoppt werden.");
    expect(pipe.quantities).toEqual([]);
    const tanks = read("de", "Deutschland liefert 14 Leopard 2 Panzer.");
    expect(designatorKeys(tanks)).toEqual(["d:leopa:2"]);
    expect(tanks.quantities.map((q) => q.lo)).toEqual([14]);
  });

  it.each([
    // A date, a bloc, a count after a sentence's first word, an amount with a decimal or a percent.
    ["en", "They met on May 2 at the G20 in Bali."],
    ["en", "Nearly 300 people died in the strike."],
    ["en", "Leaders of the G7 met in Italy."],
    ["en", "Inflation rose to 4.5 percent, Reuters 3,5 said."],
    ["de", "Bis Ende 2035 sollen fünf Prozent erreicht werden."],
    ["fr", "Les alliés consacreront 5 % du PIB à la défense."],
  ])("%s, none: %s", (language, text) => {
    expect(designatorKeys(read(language, text))).toEqual([]);
  });

  const call = (jets: string) => {
    const mk = (id: string, language: string, side: string, speaker: string, assertion: string) =>
      makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: "2026-03-09" });
    return [
      mk("a1:c1", "en", "US", "White House", "President Trump told President Erdoğan that Turkey could not receive F-35 jets while it kept its S-400 systems."),
      mk("a1:c2", "en", "US", "White House", "President Trump and President Erdoğan also discussed grain exports through the Black Sea."),
      mk("a2:c1", "ru", "TR", "Erdoğan", `Эрдоган сказал Трампу, что Турция не откажется от С-400 ради ${jets}.`),
      mk("a2:c2", "ru", "TR", "Erdoğan", "Эрдоган и Трамп обсудили экспорт зерна через Черное море."),
    ];
  };
  it("two sides naming two designators in their own language align on them; one in common is not enough", () => {
    expect(pairs(compareClaims(call("F-35")))).toContain("a1:c1~a2:c1");
    expect(pairs(compareClaims(call("F-16")))).not.toContain("a1:c1~a2:c1");
  });
});

describe("two claims of one speaker in one article: the one that matches aligns", () => {
  const mk = (id: string, language: string, side: string, speaker: string, assertion: string) =>
    makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: "2026-03-09" });
  const kremlin = [
    mk(
      "a2:c1",
      "ru",
      "RU",
      "Юрий Ушаков",
      "Ушаков сказал, что лидеры обсудили санкции против российских банков, обмен пленными, прекращение огня, поставки зерна, удобрений и аммиака, а также энергетическую инфраструктуру и судоходство.",
    ),
    mk("a2:c2", "ru", "RU", "Юрий Ушаков", "Путин и Трамп обсудили ситуацию на Ближнем Востоке и иранскую ядерную программу."),
  ];
  it("a lead that the later line mostly repeats still aligns where the later line does not match", () => {
    const claims = [
      mk(
        "a1:c2",
        "en",
        "US",
        "Karoline Leavitt",
        "President Trump told President Putin that sanctions on Russian banks and the prisoner exchange depended on a ceasefire.",
      ),
      mk(
        "a1:c1",
        "en",
        "US",
        "Karoline Leavitt",
        "Trump said sanctions on Russian banks had cut Gazprom off from dollar payments and that the prisoner exchange was a priority.",
      ),
      mk("a1:c3", "en", "US", "Karoline Leavitt", "The two presidents also discussed the Middle East and Iran's nuclear programme."),
      ...kremlin,
      mk("a2:c3", "ru", "RU", "Юрий Ушаков", "Лидеры договорились продолжить контакты."),
    ];
    const got = pairs(compareClaims(claims));
    expect(got).toContain("a1:c2~a2:c1");
    expect(got).not.toContain("a1:c1~a2:c1");
  });
  it("a headline restated by the body does not align where the body does", () => {
    const claims = [
      mk("b1:c1", "en", "US", "Karoline Leavitt", "Trump told Putin that sanctions on Russian banks would stay."),
      mk("b1:c2", "en", "US", "Karoline Leavitt", "Trump told Putin that sanctions on Russian banks would stay until a ceasefire and a prisoner exchange."),
      mk(
        "b2:c1",
        "ru",
        "RU",
        "Юрий Ушаков",
        "Ушаков сказал, что, по словам Трампа, санкции против российских банков останутся до прекращения огня и обмена пленными.",
      ),
      mk("b2:c2", "ru", "RU", "Юрий Ушаков", "Путин и Трамп обсудили ситуацию на Ближнем Востоке."),
    ];
    const got = pairs(compareClaims(claims));
    expect(got).toContain("b1:c2~b2:c1");
    expect(got).not.toContain("b1:c1~b2:c1");
  });
});

const SUMMIT: ArticleInput[] = [
  {
    id: "s-en-wh",
    language: "en",
    publishedAt: "2026-06-24",
    title: "President Trump meets President Zelensky on the sidelines of the NATO summit",
    text: 'President Donald Trump met Ukrainian President Volodymyr Zelensky on the sidelines of the NATO summit in The Hague on Tuesday. White House press secretary Karoline Leavitt said the two leaders discussed air defence and the purchase of Patriot missile systems. "It was a very good meeting," Trump told reporters after the talks. Leavitt said the president urged Kyiv to move quickly towards a ceasefire.',
  },
  {
    id: "s-uk-op",
    language: "uk",
    publishedAt: "2026-06-24",
    title: "Зеленський зустрівся з Трампом у Гаазі",
    text: "Президент України Володимир Зеленський у вівторок зустрівся з Президентом США Дональдом Трампом на полях саміту НАТО в Гаазі. Зеленський заявив, що сторони обговорили посилення протиповітряної оборони та придбання систем Patriot. «Це була довга і змістовна зустріч», – сказав Зеленський. За його словами, Україна готова до повного припинення вогню.",
  },
  {
    id: "s-fr-afp",
    language: "fr",
    publishedAt: "2026-06-25",
    title: "Sommet de l'OTAN à La Haye : les alliés s'engagent à consacrer 5 % du PIB à la défense",
    text: "Les dirigeants des pays de l'OTAN réunis à La Haye se sont engagés mercredi à porter leurs dépenses de défense à 5 % du PIB d'ici 2035. Le secrétaire général Mark Rutte a déclaré que cet engagement rendait l'Alliance plus forte. Le président turc Recep Tayyip Erdoğan a affirmé que la Turquie respecterait cet objectif. Emmanuel Macron a estimé que l'Europe devait produire davantage de munitions sur son sol.",
  },
  {
    id: "s-de-dpa",
    language: "de",
    publishedAt: "2026-06-25",
    title: "Nato-Gipfel in Den Haag beschließt Fünf-Prozent-Ziel",
    text: "Die Staats- und Regierungschefs der Nato haben sich am Mittwoch in Den Haag auf ein neues Ausgabenziel von fünf Prozent des Bruttoinlandsprodukts bis 2035 geeinigt. Nato-Generalsekretär Mark Rutte sagte, das Bündnis werde dadurch stärker. Bundeskanzler Friedrich Merz sagte, Europa müsse mehr Munition selbst herstellen. Der türkische Präsident Recep Tayyip Erdoğan erklärte, die Türkei werde das Ziel erfüllen.",
  },
];

describe("a summit and a meeting on its sidelines", () => {
  const cmp = compare(SUMMIT);
  it("the two sides' reports of the side meeting are one event, the agencies' reports of the plenary another", () => {
    expect(eventOf(cmp, "s-en-wh")).toEqual(eventOf(cmp, "s-uk-op"));
    expect(eventOf(cmp, "s-fr-afp")).toEqual(eventOf(cmp, "s-de-dpa"));
    expect(eventOf(cmp, "s-fr-afp")).toHaveLength(1);
    expect(eventOf(cmp, "s-en-wh")[0]).not.toBe(eventOf(cmp, "s-fr-afp")[0]);
  });
  it("the side meeting's two accounts of air defence align", () => {
    expect(pairs(cmp)).toContain("s-en-wh:c1~s-uk-op:c1");
  });
});

const CALL: ArticleInput[] = [
  {
    id: "c-fr-ely",
    language: "fr",
    publishedAt: "2026-03-10",
    title: "Entretien téléphonique du Président Emmanuel Macron avec Volodymyr Zelensky",
    text: "Le Président de la République Emmanuel Macron s'est entretenu lundi par téléphone avec le Président ukrainien Volodymyr Zelensky. Le chef de l'État a confirmé la livraison de six Mirage 2000 supplémentaires d'ici l'été. Emmanuel Macron a indiqué que la France fournirait un nouveau système SAMP/T. Il a également rappelé que la sécurité énergétique de l'Ukraine restait une priorité.",
  },
  {
    id: "c-uk-op",
    language: "uk",
    publishedAt: "2026-03-10",
    title: "Зеленський провів телефонну розмову з Макроном",
    text: "Президент України Володимир Зеленський у понеділок провів телефонну розмову з Президентом Франції Емманюелем Макроном. Зеленський подякував Франції за рішення передати ще шість літаків Mirage 2000. «Ми обговорили посилення нашої протиповітряної оборони, зокрема нову систему SAMP/T», – написав Зеленський. Він також заявив, що Україна чекає на рішення щодо ракет SCALP.",
  },
  {
    id: "c-pl-pap",
    language: "pl",
    publishedAt: "2026-03-11",
    title: "Macron i Zełenski rozmawiali o dostawach broni",
    text: "Prezydent Francji Emmanuel Macron rozmawiał w poniedziałek telefonicznie z prezydentem Ukrainy Wołodymyrem Zełenskim. Według Pałacu Elizejskiego Francja przekaże Ukrainie sześć kolejnych samolotów Mirage 2000. Zełenski powiedział, że rozmowa dotyczyła wzmocnienia obrony powietrznej i systemu SAMP/T. Ukraiński prezydent dodał, że Kijów liczy na pociski SCALP.",
  },
];

describe("a call reported by both sides and by an agency in a third language", () => {
  const cmp = compare(CALL);
  it("is one phone call", () => {
    expect(cmp.events).toHaveLength(1);
    expect(cmp.events[0]!.type).toBe("phone-call");
  });
  it("the Élysée's Mirage 2000 in the readout and in the Polish report align (the designator)", () => {
    expect(pairs(cmp)).toContain("c-fr-ely:c1~c-pl-pap:c1");
  });
  it("Zelensky's words in his office's text and in the Polish report align", () => {
    expect(pairs(cmp)).toContain("c-pl-pap:c2~c-uk-op:c1");
    expect(pairs(cmp)).toContain("c-pl-pap:c3~c-uk-op:c2");
  });
});

const VIDEO: ArticleInput[] = [
  {
    id: "v-de-bpa",
    language: "de",
    publishedAt: "2026-05-12",
    title: "Bundeskanzler Merz führt Videokonferenz mit Präsident Macron",
    text: "Bundeskanzler Friedrich Merz hat am Montag per Videokonferenz mit dem französischen Präsidenten Emmanuel Macron gesprochen. Regierungssprecher Stefan Kornelius teilte mit, beide hätten die Lage in der Ukraine und die Unterstützung für Kyjiw erörtert. Merz und Macron seien sich einig, dass die Sanktionen gegen Russland verschärft werden müssten. Zudem sei ein gemeinsames Vorgehen beim Eurofighter-Nachfolger FCAS besprochen worden.",
  },
  {
    id: "v-fr-ely",
    language: "fr",
    publishedAt: "2026-05-11",
    title: "Visioconférence entre Emmanuel Macron et Friedrich Merz",
    text: "Le Président Emmanuel Macron s'est entretenu ce lundi par visioconférence avec le Chancelier Friedrich Merz. Les deux dirigeants sont convenus de renforcer les sanctions contre la Russie, a indiqué l'Élysée. Emmanuel Macron a souligné que le programme SCAF devait avancer sans retard. Le Président a également rappelé le soutien de la France à l'Ukraine.",
  },
  {
    id: "v-it-ansa",
    language: "it",
    publishedAt: "2026-05-12",
    title: "Macron e Merz in videoconferenza: più sanzioni alla Russia",
    text: "Il presidente francese Emmanuel Macron e il cancelliere tedesco Friedrich Merz hanno avuto lunedì una videoconferenza. Secondo l'Eliseo, i due leader hanno concordato di inasprire le sanzioni contro la Russia. Un portavoce del governo tedesco ha detto che è stato discusso anche il futuro del caccia FCAS.",
  },
];

describe("a video call reported by both governments and by an agency in a third language", () => {
  const cmp = compare(VIDEO);
  it("is one video call of Macron and Merz", () => {
    expect(cmp.events).toHaveLength(1);
    expect(cmp.events[0]!.type).toBe("video-call");
    expect(cmp.events[0]!.participants).toEqual(["Emmanuel Macron", "Friedrich Merz"]);
  });
  it("the agreement on sanctions aligns across the three languages", () => {
    expect(pairs(cmp)).toContain("v-fr-ely:c1~v-it-ansa:c1");
    expect(pairs(cmp)).toContain("v-de-bpa:c2~v-fr-ely:c1");
  });
});
