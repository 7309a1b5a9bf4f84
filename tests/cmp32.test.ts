import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { formSkeleton, nameKey } from "../src/compare/represent/names.js";
import { extractClaims, type ArticleInput } from "../src/index.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { pairEvidence } from "../src/compare/match/similarity.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { g20Summit } from "./helpers/g20-summit.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const names = (r: ClaimRep) => r.keys.filter((k) => k.kind === "name").map((k) => k.key);

describe("a locative or a silent ending of a name keeps its key", () => {
  it.each([
    ["en", "The envoys will meet again in Prague next month."],
    ["fr", "Les émissaires se retrouveront à Prague le mois prochain."],
    ["it", "Gli inviati si incontreranno di nuovo a Praga il mese prossimo."],
    ["pl", "Wysłannicy spotkają się ponownie w Pradze w przyszłym miesiącu."],
    ["uk", "Посланці знову зустрінуться у Празі наступного місяця."],
    ["ru", "Посланники снова встретятся в Праге в следующем месяце."],
  ])("%s: %s", (language, text) => {
    expect(names(read(language, text))).toContain("n:prag");
  });

  it.each([
    ["pl", "Rozmowy odbędą się w Kairze w przyszłym tygodniu.", "Kair"],
    ["pl", "Ambasador rozmawiał w Bagdadzie z ministrem.", "Bagdad"],
    ["pl", "Delegacja zatrzymała się w Rydze na jeden dzień.", "Ryga"],
    ["uk", "Делегація зупинилася в Ризі на один день.", "Рига"],
  ])("%s: %s", (language, text, base) => {
    expect(names(read(language, text))).toContain(`n:${nameKey(base)}`);
  });

  it.each([
    // Negatives: other names keep other keys.
    ["pl", "Wysłannicy spotkają się ponownie w Rydze w przyszłym miesiącu.", "n:prag"],
    ["it", "Gli inviati si incontreranno di nuovo a Parigi il mese prossimo.", "n:prag"],
    ["en", "The envoys met the Vogue editor in Paris.", "n:voga"],
  ])("negative %s: %s", (language, text, key) => {
    expect(names(read(language, text))).not.toContain(key);
  });
});

describe("a name written with another vowel between two consonants has one skeleton", () => {
  it("Tehran, Teheran, Тегеран; Abdelaziz, Abdulaziz, Абдулазизом", () => {
    expect(formSkeleton("Tehran")).toBe(formSkeleton("Teheran"));
    expect(formSkeleton("Тегеран")).toBe(formSkeleton("Teheran"));
    expect(formSkeleton("Abdelaziz")).toBe(formSkeleton("Abdulaziz"));
    expect(formSkeleton("Абдулазизом")).toBe(formSkeleton("Abdelaziz"));
  });
  it("negative: short names have none, other names another", () => {
    expect(formSkeleton("Doha")).toBeNull();
    expect(formSkeleton("Parigi")).not.toBe(formSkeleton("Praga"));
    expect(formSkeleton("Tirana")).not.toBe(formSkeleton("Tehran"));
    expect(formSkeleton("Abdallah")).not.toBe(formSkeleton("Abdelaziz"));
  });
});

describe("where every noun has a capital, a word alone in quotation marks is a name", () => {
  it.each([
    ["de", "Merz lehnte die Lieferung von „Taurus“ an Kiew weiter ab.", "n:tauru"],
    ["de", "Kiew bekommt ein weiteres System vom Typ »Patriot« aus Berlin.", "n:patri"],
    ["en", "Berlin still refuses to deliver Taurus missiles to Kyiv.", "n:tauru"],
  ])("%s: %s", (language, text, key) => {
    expect(names(read(language, text))).toContain(key);
  });
  it.each([
    // Negatives: a noun in running text, or quoted with other words, stays a noun.
    ["de", "Merz lehnte die Lieferung von Marschflugkörpern an Kiew weiter ab.", "n:marsc"],
    ["de", "Er sprach von einer „neuen Phase“ der Zusammenarbeit.", `n:${nameKey("Phase")}`],
  ])("negative %s: %s", (language, text, key) => {
    expect(names(read(language, text))).not.toContain(key);
  });
});

describe("two claims share a name written with another vowel", () => {
  const shared = (x: ClaimRep, y: ClaimRep) => pairEvidence(x, y, eventWeights([x, y]), null).shared.filter((k) => k.kind === "name").length;
  it("Abdelaziz (en) and Abdulaziz (fr), Абдулазизом (ru)", () => {
    const en = read("en", "The minister will meet envoy Abdelaziz in the capital on Friday.");
    expect(shared(en, read("fr", "Le ministre rencontrera vendredi l'émissaire Abdulaziz dans la capitale."))).toBe(1);
    expect(shared(en, read("ru", "В пятницу министр встретится в столице с посланником Абдулазизом."))).toBe(1);
  });
  it("negative: another name of the same beginning", () => {
    const en = read("en", "The minister will meet envoy Abdelaziz in the capital on Friday.");
    expect(shared(en, read("fr", "Le ministre rencontrera vendredi l'émissaire Abdallah dans la capitale."))).toBe(0);
  });
});

describe("a specific thing only two claims name, with one act affirmed by both, is a full core", () => {
  const articles = (enLine: string): ArticleInput[] => [
    {
      id: "a1",
      language: "en",
      publishedAt: "2026-10-14",
      text:
        "Araghchi and Lavrov hold talks by phone\n\nIranian Foreign Minister Abbas Araghchi spoke by phone with Russian Foreign Minister Sergei Lavrov on Tuesday, Iran's foreign ministry said. " +
        `Araghchi said Iran was ready to host a new round of talks with the European troika in November. ${enLine}`,
    },
    {
      id: "a3",
      language: "ru",
      publishedAt: "2026-10-14",
      text:
        "Лавров и Аракчи провели телефонный разговор\n\nМинистр иностранных дел России Сергей Лавров во вторник провел телефонный разговор с главой МИД Ирана Аббасом Аракчи, сообщили в МИД РФ. " +
        "Аракчи заявил, что Иран готов в ноябре принять новый раунд переговоров с европейской тройкой. " +
        "Лавров заявил, что Москва поддерживает возобновление инспекций на АЭС в Бушере.",
    },
  ];
  const aligned = (enLine: string) => {
    const results = articles(enLine).map((a) => extractClaims(a));
    const claims = results.flatMap((r) => r.claims);
    const cmp = compareClaims(results);
    const en = claims.find((c) => c.articleId === "a1" && /Bushehr/.test(c.assertion))!;
    const ru = claims.find((c) => c.articleId === "a3" && /Бушере/.test(c.assertion))!;
    return cmp.events.some((e) => e.alignments.some((al) => al.claims.includes(en.id) && al.claims.includes(ru.id)));
  };
  it("the plant and 'supports' in English and Russian align", () => {
    expect(aligned("Lavrov said Moscow supported the resumption of inspections at the Bushehr plant.")).toBe(true);
  });
  it("negative: the same plant with no act in common does not", () => {
    expect(aligned("Lavrov said the second unit of the Bushehr plant would be finished next year.")).toBe(false);
  });
});

describe("summit lines of one leader in two outlets align", () => {
  const articles = (frSpeaker: string): ArticleInput[] => g20Summit("s", frSpeaker);
  const run = (frSpeaker: string) => {
    const results = articles(frSpeaker).map((a) => extractClaims(a));
    const claims = results.flatMap((r) => r.claims);
    const cmp = compareClaims(results);
    const id = (article: string, re: RegExp) => claims.find((c) => c.articleId === article && re.test(c.assertion))!.id;
    const aligned = (x: string, y: string) => cmp.events.some((e) => e.alignments.some((al) => al.claims.includes(x) && al.claims.includes(y)));
    return { id, aligned };
  };
  it("each outlet's only line of a leader, saying the same, aligns (the debt relief line, the IMF line)", () => {
    const { id, aligned } = run("Keir Starmer");
    expect(aligned(id("s1", /debt relief/), id("s2", /allègement/))).toBe(true);
    expect(aligned(id("s1", /IMF/), id("s2", /FMI/))).toBe(true);
  });
  it("negative: two people of one side saying alike are no one report", () => {
    const { id, aligned } = run("Rachel Reeves");
    expect(aligned(id("s1", /debt relief/), id("s2", /allègement/))).toBe(false);
  });
});

describe("reported speech after its cue opens inside the sentence: its first capital is a name's", () => {
  const keysOf = (language: string, text: string) => {
    const claim = extractClaims({ id: "x", language, publishedAt: "2026-11-22", text }).claims[0]!;
    return names(represent(claim, lexiconFor(language).lexicon, 0));
  };
  it.each([
    ["en", "Emmanuel Macron said that Africa must get a bigger voice in the IMF."],
    ["fr", "Emmanuel Macron a déclaré que l'Afrique devait avoir une voix plus forte au FMI."],
    ["it", "Emmanuel Macron ha detto che l'Africa deve avere più voce nel FMI."],
  ])("%s: %s", (language, text) => {
    expect(keysOf(language, text)).toContain(`n:${nameKey("Africa")}`);
  });
  it.each([
    // Negatives: the assertion opens the sentence, its cue after it.
    ["en", "Africa must get a bigger voice in the IMF, Emmanuel Macron said."],
    ["en", "Voters must get a bigger voice in the IMF, Emmanuel Macron said."],
  ])("negative %s: %s", (language, text) => {
    const keys = keysOf(language, text);
    expect(keys).not.toContain(`n:${nameKey("Africa")}`);
    expect(keys).not.toContain(`n:${nameKey("Voters")}`);
  });
});
