import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates, leftovers of issue 11: a reported plan in the German Konjunktiv II ("würden sich am Freitag
// treffen"), Slavic perfective futures ("spotkają się w piątek"), "late last week" and Vietnamese "tuần
// trước", a time phrase opening a German sentence, and ranges of days joined by "and" ("between March 10
// and 15"). Sentences written for these tests; fixed reference date Wednesday 2025-03-19.

const REF = "2025-03-19";
const one = (language: string, text: string, publishedAt = REF) => {
  const cs = extractClaims({ id: "t", text, language, publishedAt }).claims;
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("a weekday after a word of the future in its clause is a day to come, not the claim's", () => {
  it.each([
    ["de", "Die Ministerin sagte, die beiden Regierungschefs würden sich am Freitag in Genf treffen."],
    ["de", "Die Außenminister würden sich am Freitag in Genf treffen, sagte ein Sprecher."],
    ["pl", "Rzecznik rządu powiedział, że premierzy spotkają się w piątek w Genewie."],
    ["pl", "Rzeczniczka zapowiedziała, że szczyt odbędzie się w czwartek w Brukseli."],
    ["ru", "Представитель МИД заявил, что министры встретятся в пятницу в Женеве."],
    ["ru", "Представитель МИД заявил, что министры проведут переговоры в пятницу."],
    ["uk", "Речник МЗС заявив, що міністри зустрінуться в п'ятницю в Женеві."],
    ["uk", "Речник заявив, що міністри проведуть переговори в п'ятницю."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  // negatives: the past tense ("wurden", "spotkali się") keeps the weekday the day of what is told
  it.each([
    ["de", "Die Ministerin sagte, die Verträge wurden am Freitag in Genf unterzeichnet.", "2025-03-14"],
    ["pl", "Rzecznik rządu powiedział, że premierzy spotkali się w piątek w Genewie.", "2025-03-14"],
    ["ru", "Представитель МИД заявил, что министры провели переговоры в пятницу.", "2025-03-14"],
  ])("%s, past: %s", (language, text, iso) => {
    expect(one(language, text).date.iso).toBe(iso);
  });
  it("a speaker's weekday before the plan still dates the claim", () => {
    expect(one("pl", "Rzecznik powiedział w poniedziałek, że premierzy spotkają się w Genewie.").date).toMatchObject({ iso: "2025-03-17", basis: "relative" });
    expect(one("de", "Die Ministerin sagte am Montag, die Regierungschefs würden sich in Genf treffen.").date).toMatchObject({
      iso: "2025-03-17",
      basis: "relative",
    });
  });
});

describe("the start or end of last week is no exact day; Vietnamese 'tuần trước' is last week", () => {
  it.each([
    ["en", "The minister said late last week that the talks had collapsed.", "late last week"],
    ["de", "Die Ministerin hatte Ende vergangener Woche gesagt, die Gespräche seien gescheitert.", "Ende vergangener Woche"],
    ["fr", "Le ministre a déclaré à la fin de la semaine dernière que les négociations avaient échoué.", "à la fin de la semaine dernière"],
    ["es", "El ministro dijo a finales de la semana pasada que las negociaciones habían fracasado.", "a finales de la semana pasada"],
    ["it", "Il ministro ha detto alla fine della settimana scorsa che i negoziati erano falliti.", "alla fine della settimana scorsa"],
    ["pl", "Minister powiedział pod koniec zeszłego tygodnia, że negocjacje zakończyły się fiaskiem.", "pod koniec zeszłego tygodnia"],
    ["ro", "Ministrul a declarat la sfârșitul săptămânii trecute că negocierile au eșuat.", "la sfârșitul săptămânii trecute"],
    ["ru", "Министр заявил в конце прошлой недели, что переговоры провалились.", "в конце прошлой недели"],
    ["uk", "Міністр заявив наприкінці минулого тижня, що переговори провалилися.", "наприкінці минулого тижня"],
    ["vi", "Bộ trưởng cho biết cuối tuần trước rằng các cuộc đàm phán đã thất bại.", "cuối tuần trước"],
  ])("%s: %s (%s: undated, as a vague time)", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: null, basis: null, text: null });
  });
  it.each([
    ["en", "The minister said last week that the talks had collapsed."],
    ["vi", "Bộ trưởng cho biết tuần trước rằng các cuộc đàm phán đã thất bại."],
  ])("last week alone is reference − 7: %s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: "2025-03-12", basis: "relative" });
  });
  it("vi: a weekday of last week ('thứ Sáu tuần trước') stays that day", () => {
    expect(one("vi", "Bộ trưởng cho biết hôm thứ Sáu tuần trước rằng các cuộc đàm phán đã thất bại.").date.iso).toBe("2025-03-14");
  });
  it("vi: 'hai tuần trước' (two weeks ago) is not last week", () => {
    expect(one("vi", "Hai tuần trước, Bộ trưởng cho biết các cuộc đàm phán đã thất bại.").date.iso).not.toBe("2025-03-12");
  });
});

describe("a time phrase opening a German sentence is not its subject", () => {
  it.each([
    ["Ende vergangener Woche hatte der Bürgermeister erklärt, die Brücke sei sicher.", "der Bürgermeister"],
    ["Mitte vergangener Woche hatte die Landrätin gesagt, die Schulen blieben geöffnet.", "die Landrätin"],
  ])("%s", (text, mention) => {
    const c = one("de", text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.date).toMatchObject({ iso: null, basis: null });
  });
  it("negative: a weekday opening the sentence still dates it", () => {
    const c = one("de", "Am Dienstag hatte der Bürgermeister erklärt, die Brücke sei sicher.");
    expect(c.speaker.mention).toBe("der Bürgermeister");
  });
});

describe("a range of days joined by 'and' ('between March 10 and 15') is no day of a statement", () => {
  it.each([
    ["en", "The minister said the festival would take place between March 10 and 15."],
    ["en", "The minister said the festival would take place between 10 and 15 March."],
    ["de", "Der Minister sagte, das Festival finde zwischen dem 10. und 15. März statt."],
    ["fr", "Le ministre a déclaré que le festival aurait lieu entre le 10 et le 15 mars."],
    ["es", "El ministro dijo que el festival se celebrará entre el 10 y el 15 de marzo."],
    ["it", "Il ministro ha detto che il festival si terrà tra il 10 e il 15 marzo."],
    ["pl", "Minister powiedział, że festiwal odbędzie się między 10 a 15 marca."],
    ["ro", "Ministrul a declarat că evenimentul va avea loc între 10 și 15 martie."],
    ["ru", "Министр заявил, что фестиваль пройдет между 10 и 15 марта."],
  ])("%s: %s", (language, text) => {
    const d = one(language, text, "2025-03-19").date;
    expect(d.iso).not.toBe("2025-03-15");
    expect(d.iso).not.toBe("2025-03-10");
  });
  it("negative: a day with 'and' but no word opening a range is still a date", () => {
    expect(one("en", "The minister said on March 10 and again on March 15 that talks had collapsed.").date.iso).toBe("2025-03-10");
  });
  it("negative: 'zwischen' before no date", () => {
    expect(one("de", "Die Ministerin sagte am Montag, zwischen den Parteien gebe es Streit.").date.iso).toBe("2025-03-17");
  });
});
