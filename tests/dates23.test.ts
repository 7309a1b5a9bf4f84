import { describe, expect, it } from "vitest";
import { datedClaims } from "./helpers/dated-claims.js";

// Claim dates, leftovers of issue 11: the day of something mentioned in passing (a relative clause, a
// German participle attribute), datelines with no year in undated articles, interviews published on a
// day, and tenses. Sentences written for these tests; fixed reference date Wednesday 2025-03-19.

const REF = "2025-03-19";
const { one } = datedClaims(REF);

describe("a weekday in a relative clause dates what the clause tells, not the claim", () => {
  it.each([
    ["en", "The bill, which passed on Tuesday, will raise taxes on imports, the minister said."],
    ["en", "The minister said the bill, which the Senate passed on Tuesday, would raise taxes."],
    ["en", "Smith, who resigned on Monday, said the company had misled investors."],
    ["de", "Die Ministerin sagte, der Entwurf, der am Dienstag verabschiedet wurde, sei ein Fehler."],
    ["fr", "Le projet de loi, qui a été adopté mardi, est une erreur, a déclaré la ministre."],
    ["es", "El proyecto, que fue aprobado el martes, es un error, dijo la ministra."],
    ["it", "Il disegno di legge, che è stato approvato martedì, è un errore, ha detto la ministra."],
    ["pl", "Ustawa, która została przyjęta we wtorek, jest błędem, powiedziała minister."],
    ["ro", "Legea, care a fost adoptată marți, este o greșeală, a declarat ministrul."],
    ["ru", "Закон, который был принят во вторник, является ошибкой, заявила министр."],
    ["uk", "Закон, який було ухвалено у вівторок, є помилкою, заявила міністр."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  // negatives: the weekday of the saying itself, and a relative clause that reports a statement
  it.each([
    ["en", "The minister said on Tuesday that the bill would raise taxes.", "2025-03-18", "Tuesday"],
    ["en", "Peskov, who told reporters on Tuesday that the talks had stalled, said a deal was still possible.", "2025-03-18", "Tuesday"],
    ["fr", "La ministre a déclaré mardi que le projet de loi était une erreur.", "2025-03-18", "mardi"],
    ["de", "Die Ministerin sagte am Dienstag, die Lage sei ernst.", "2025-03-18", "Dienstag"],
  ])("%s, said then: %s", (language, text, iso, said) => {
    expect(one(language, text).date).toMatchObject({ iso, basis: "relative", text: said });
  });
  it.each([
    // (an article after the comma opens the content, no relative clause: the day of what is told stays the event's)
    ["de", "Die Ministerin sagte, die Gespräche seien am Montag gescheitert.", "2025-03-17"],
    // (a complementizer after a reporting verb and an aside opens the content)
    ["es", "La ministra dijo, en rueda de prensa, que el martes se aprobó el proyecto.", "2025-03-18"],
  ])("%s, content: %s", (language, text, iso) => {
    expect(one(language, text).date).toMatchObject({ iso, basis: "context" });
  });
});

describe("German: a weekday between an article and a participle qualifies the noun", () => {
  it.each([
    "Der am Dienstag verabschiedete Entwurf sei ein Fehler, sagte die Ministerin.",
    "Die Ministerin sagte, der am Montag vorgestellte Plan sei ein Fehler.",
  ])("%s", (text) => {
    expect(one("de", text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  it("after a preposition the phrase sets the statement: an interview published on Sunday dates it", () => {
    expect(one("de", "In einem am Sonntag veröffentlichten Interview sagte der Minister, die Gespräche seien gescheitert.").date).toMatchObject({
      iso: "2025-03-16",
      basis: "relative",
      text: "Sonntag",
    });
  });
  it("no participle after the weekday: the weekday stays the day of what is told", () => {
    expect(one("de", "Die Ministerin sagte, der Entwurf sei am Dienstag gescheitert.").date).toMatchObject({ iso: "2025-03-18", basis: "context" });
  });
});

describe("a weekday before the future verb of its clause is a day to come", () => {
  it.each([
    ["pl", "Rzecznik powiedział, że w piątek premier będzie w Brukseli."],
    ["pl", "Rzecznik powiedział, że premier jutro lub w piątek podpisze umowę."],
    ["pl", "Rzecznik powiedział, że rozmowy zostaną wznowione w piątek."],
    ["ru", "Министр заявил, что в пятницу переговоры будут продолжены."],
    ["ro", "Ministrul a declarat că vineri negocierile vor continua."],
    ["fr", "Le ministre a déclaré que vendredi les négociations reprendront."],
    ["en", "The minister said that on Friday the council will decide."],
    ["en", "On Friday the council will decide on the plan, the minister said."],
    ["de", "Am Freitag wird der Rat über den Plan entscheiden, sagte die Ministerin."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  // negatives: the past tense, and a weekday of the saying before what it reports
  it.each([
    ["pl", "Rzecznik powiedział, że w piątek premier był w Brukseli.", "2025-03-14", "context"],
    ["ru", "Министр заявил, что в пятницу переговоры были продолжены.", "2025-03-14", "context"],
    ["ro", "Ministrul a declarat că vineri negocierile au continuat.", "2025-03-14", "context"],
    ["en", "The minister said on Tuesday the talks will resume.", "2025-03-18", "relative"],
    ["en", "The minister on Tuesday said talks will resume.", "2025-03-18", "relative"],
    ["pl", "Rzecznik powiedział w piątek, że premier będzie w Brukseli.", "2025-03-14", "relative"],
    ["de", "Am Dienstag sagte die Ministerin, die Gespräche würden fortgesetzt.", "2025-03-18", "relative"],
  ])("%s, no plan: %s", (language, text, iso, basis) => {
    expect(one(language, text).date).toMatchObject({ iso, basis });
  });
});

describe("a dateline with no year in an undated article keeps its day and month with its span", () => {
  it.each([
    ["en", "WASHINGTON, March 4 — The senator said the bill would fail.", "March 4"],
    ["fr", "PARIS, 4 mars (Reuters) - Le ministre a déclaré que le projet échouerait.", "4 mars"],
    ["de", "BERLIN, 4. März (Reuters) - Die Ministerin sagte, der Entwurf sei ein Fehler.", "4. März"],
    // (short month forms that are other words alone: pack dates.monthsAfterDay)
    ["es", "MADRID, 4 mar (EFE).- El ministro dijo que el proyecto fracasaría.", "4 mar"],
    ["it", "ROMA, 4 mar (ANSA) - Il ministro ha detto che il progetto fallirà.", "4 mar"],
    ["ro", "BUCUREȘTI, 4 mar (Agerpres) - Ministrul a declarat că proiectul va eșua.", "4 mar"],
  ])("%s: %s", (language, text, said) => {
    const c = one(language, text, null);
    expect(c.date).toMatchObject({ iso: null, basis: "context", text: said, relative: { month: 3, day: 4 } });
    expect(text.slice(c.date.span![0], c.date.span![1])).toBe(said);
  });
  it("with a publication date in the week after, the dateline's day dates the claim", () => {
    expect(one("es", "MADRID, 4 mar (EFE).- El ministro dijo que el proyecto fracasaría.", "2025-03-05").date).toMatchObject({
      iso: "2025-03-04",
      text: "4 mar",
    });
  });
  it("a short form with no day number before it stays the other word", () => {
    expect(one("es", "El barco navegó por el mar Mediterráneo, dijo el capitán.").date).toMatchObject({ iso: REF, basis: "published" });
    expect(one("es", "El barco navegó 4 millas por el mar, dijo el capitán.").date).toMatchObject({ iso: REF, basis: "published" });
  });
});

describe("an interview published on a day, and the pluperfect with its day, date the claim", () => {
  it.each([
    ["en", "In an interview published on Sunday, the minister said talks had stalled.", "Sunday"],
    ["en", "The minister said in an interview published on Sunday that talks had stalled.", "Sunday"],
    ["fr", "Dans un entretien publié dimanche, le ministre a déclaré que les négociations étaient bloquées.", "dimanche"],
  ])("%s: %s", (language, text, said) => {
    expect(one(language, text).date).toMatchObject({ iso: "2025-03-16", basis: "relative", text: said });
  });
  it.each(["Der Minister hatte am Montag erklärt, die Gespräche seien gescheitert.", "Die Gespräche seien gescheitert, hatte der Minister am Montag erklärt."])(
    "de: %s",
    (text) => {
      expect(one("de", text).date).toMatchObject({ iso: "2025-03-17", basis: "relative", text: "Montag" });
    },
  );
  it("negative: the pluperfect with no day of its own is undated background", () => {
    expect(one("de", "Der Minister hatte erklärt, die Gespräche seien gescheitert.").date).toMatchObject({ iso: null, basis: null });
  });
});
