import { describe, expect, it } from "vitest";
import { datedClaims } from "./helpers/dated-claims.js";

// Claim dates, issue 11 item 8: a participle before a date, modals and conditionals, days to come,
// amounts ago in undated articles, "last March". Sentences written for these tests; fixed reference
// date Wednesday 2025-03-19 (Tuesday is 2025-03-18, last Friday 2025-03-14).

const REF = "2025-03-19";
const { one } = datedClaims(REF);

describe("a participle right before a date: the day of what it tells, not of the statement", () => {
  it.each([
    ["pl", "Przyjęta we wtorek ustawa jest błędem, powiedziała minister."],
    ["pl", "Minister powiedziała, że przyjęta we wtorek ustawa jest błędem."],
    ["pl", "Ustawa, przyjęta we wtorek, jest błędem, powiedziała minister."],
    ["ru", "Принятый во вторник закон является ошибкой, заявила министр."],
    ["ru", "Закон, принятый во вторник, стал ошибкой, заявила министр."],
    ["uk", "Ухвалений у вівторок закон є помилкою, заявила міністр."],
    ["uk", "Міністр заявила, що ухвалений у вівторок закон є помилкою."],
    ["fr", "La loi adoptée mardi est une erreur, a déclaré la ministre."],
    ["es", "La ley aprobada el martes es un error, dijo la ministra."],
    ["it", "La legge approvata martedì è un errore, ha detto la ministra."],
    ["ro", "Legea adoptată marți este o greșeală, a declarat ministrul."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  // negatives: the participle is the verb of its clause (after an auxiliary or a passive), so the day is the event's
  it.each([
    ["pl", "Ustawa została przyjęta we wtorek, powiedziała minister."],
    ["ru", "Закон был принят во вторник, заявила министр."],
    ["uk", "Закон було ухвалено у вівторок, заявила міністр."],
    ["fr", "La loi a été adoptée mardi, a déclaré la ministre."],
    ["es", "La ley fue aprobada el martes, dijo la ministra."],
    ["it", "La legge è stata approvata martedì, ha detto la ministra."],
    ["ro", "Legea a fost adoptată marți, a declarat ministrul."],
    // (after an article the word is a noun: a call on Sunday)
    ["es", "Peskov dijo que Putin agradeció a Trump en una llamada el martes."],
  ])("%s, verb of the clause: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: "2025-03-18", basis: "context" });
  });
  it.each([
    // (after a preposition the phrase sets the statement: an interview published on Sunday)
    ["fr", "Dans un entretien publié dimanche, le ministre a déclaré que les négociations étaient bloquées.", "dimanche"],
    ["ru", "В опубликованном в воскресенье интервью министр заявил, что переговоры зашли в тупик.", "в воскресенье"],
    // (a reporting verb with its day)
    ["fr", "La ministre a déclaré dimanche que la loi était une erreur.", "dimanche"],
    ["ro", "Ministrul a declarat duminică că legea este o greșeală.", "duminică"],
  ])("%s, the statement's day: %s", (language, text, said) => {
    expect(one(language, text).date).toMatchObject({ iso: "2025-03-16", basis: "relative", text: said });
  });
});

describe("a modal or conditional puts the day after it ahead: never the statement's nor the event's", () => {
  it.each([
    ["en", "The minister said the talks could resume on Friday."],
    ["en", "The spokesman said the president would meet the delegation on Friday."],
    ["de", "Der Sprecher sagte, die Gespräche könnten am Freitag wieder aufgenommen werden."],
    ["fr", "Le porte-parole a déclaré que les négociations pourraient reprendre vendredi."],
    ["es", "El portavoz dijo que las negociaciones podrían reanudarse el viernes."],
    ["it", "Il portavoce ha detto che i negoziati potrebbero riprendere venerdì."],
    ["pl", "Rzecznik powiedział, że rozmowy mogłyby zostać wznowione w piątek."],
    ["ro", "Purtătorul de cuvânt a declarat că negocierile ar putea fi reluate vineri."],
    ["ru", "Пресс-секретарь сказал, что переговоры могли бы возобновиться в пятницу."],
    ["uk", "Речник сказав, що переговори могли б відновитися у пʼятницю."],
    ["vi", "Người phát ngôn cho biết các cuộc đàm phán có thể được nối lại vào thứ Sáu."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
  // negatives: the day comes before the modal, in the attribution
  it.each([
    ["en", "The minister said on Friday that he would resign.", "Friday"],
    ["fr", "Le ministre a déclaré vendredi qu'il pourrait démissionner.", "vendredi"],
    ["de", "Der Minister sagte am Freitag, er könnte zurücktreten.", "Freitag"],
  ])("%s, said then: %s", (language, text, said) => {
    expect(one(language, text).date).toMatchObject({ iso: "2025-03-14", basis: "relative", text: said });
  });
});

describe("'tomorrow' gives no date: a plan for the day after, never the day a statement was made", () => {
  it.each([
    ["en", "The mayor said tomorrow the council would vote on the budget."],
    ["de", "Der Bürgermeister sagte, morgen werde der Rat über den Haushalt abstimmen."],
    ["fr", "Le maire a déclaré que demain le conseil voterait le budget."],
    ["es", "El alcalde dijo que mañana el consejo votará el presupuesto."],
    ["it", "Il sindaco ha detto che domani il consiglio voterà il bilancio."],
    ["pl", "Burmistrz powiedział jutro, że rada zagłosuje nad budżetem."],
    ["ro", "Primarul a declarat că mâine consiliul va vota bugetul."],
    ["ru", "Мэр заявил, что завтра совет проголосует за бюджет."],
    ["uk", "Мер заявив, що завтра рада проголосує за бюджет."],
    ["vi", "Thị trưởng cho biết ngày mai hội đồng sẽ bỏ phiếu về ngân sách."],
  ])("%s: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
    // undated: nothing to place, and no relative day of +1 for the comparison to resolve
    expect(one(language, text, null).date).toMatchObject({ iso: null, basis: null, span: null });
  });
  it("a day named after 'tomorrow' keeps its own: 'this morning' is today", () => {
    expect(one("es", "El alcalde dijo esta mañana que el consejo votará el presupuesto.").date).toMatchObject({
      iso: REF,
      basis: "relative",
      text: "esta mañana",
    });
  });
});

describe("an undated article: days and weeks ago stay relative with their expression and span", () => {
  it.each([
    ["en", "Benton told reporters two days ago that the summit had failed.", "two days ago", -2],
    ["en", "A week ago, the minister said the plan was dead.", "A week ago", -7],
    ["de", "Vor zwei Tagen sagte der Minister, der Plan sei tot.", "Vor zwei Tagen", -2],
    ["fr", "Il y a deux jours, le ministre a déclaré que le plan était mort.", "Il y a deux jours", -2],
    ["es", "Hace dos días, el ministro dijo que el plan estaba muerto.", "Hace dos días", -2],
    ["it", "Due giorni fa il ministro ha detto che il piano era morto.", "Due giorni fa", -2],
    ["ro", "Acum două zile, ministrul a declarat că planul este mort.", "Acum două zile", -2],
    ["ru", "Два дня назад министр заявил, что план мертв.", "Два дня назад", -2],
    ["uk", "Два дні тому міністр заявив, що план мертвий.", "Два дні тому", -2],
    ["vi", "Hai ngày trước, Bộ trưởng cho biết kế hoạch đã thất bại.", "Hai ngày trước", -2],
  ])("%s: %s", (language, text, said, offset) => {
    const c = one(language, text, null);
    expect(c.date).toMatchObject({ iso: null, basis: "relative", text: said, relative: { weekday: null, offsetDays: offset } });
    expect(text.slice(c.date.span![0], c.date.span![1])).toBe(said);
    // with a publication date the same words resolve against it
    expect(one(language, text).date).toMatchObject({ basis: "relative", text: said, iso: offset === -2 ? "2025-03-17" : "2025-03-12" });
  });
  it.each([
    ["en", "A month ago the minister said the plan was dead."],
    ["de", "Vor einem Monat sagte der Minister, der Plan sei tot."],
  ])("months ago say a time before the event, not which: no date (%s)", (language, text) => {
    expect(one(language, text, null).date).toMatchObject({ iso: null, basis: null });
    expect(one(language, text).date).toMatchObject({ iso: "2025-02", basis: "relative" });
  });
});

describe("a month after a word of the past is the one before the reference month", () => {
  it.each([
    ["en", "The minister said last March that the plan was dead.", "last March"],
    ["de", "Der Minister sagte im vergangenen März, der Plan sei tot.", "vergangenen März"],
  ])("%s: %s", (language, text, said) => {
    expect(one(language, text).date).toMatchObject({ iso: "2024-03", basis: "relative", text: said });
    expect(one(language, text, null).date).toMatchObject({ iso: null, basis: "relative", text: said, relative: { month: 3 } });
  });
  it("with no word of the past, the month of the reference year", () => {
    expect(one("en", "The minister said in March that the plan was dead.").date).toMatchObject({ iso: "2025-03", basis: "relative", text: "March" });
  });
});

describe("a month with 'last year' right after it is the month of the year before", () => {
  it.each([
    ["en", "The minister said in March last year that the talks had failed.", "March last year"],
    ["de", "Der Minister sagte im März letzten Jahres, die Gespräche seien gescheitert.", "März letzten Jahres"],
    ["pl", "Minister powiedział w marcu zeszłego roku, że rozmowy się nie powiodły.", "marcu zeszłego roku"],
    ["ru", "Министр заявил в марте прошлого года, что переговоры провалились.", "марте прошлого года"],
    ["vi", "Bộ trưởng cho biết hồi tháng 3 năm ngoái rằng đàm phán đã thất bại.", "tháng 3 năm ngoái"],
  ])("%s: %s", (language, text, said) => {
    expect(one(language, text).date).toMatchObject({ iso: "2024-03", basis: "relative", text: said });
    // undated: no year to count back from, and a month alone would be placed in the event's year
    expect(one(language, text, null).date).toMatchObject({ iso: null, basis: null });
  });
  it.each([
    ["ru", "Министр заявил, что переговоры в марте прошлого года провалились."],
    ["ro", "Ministrul a declarat că negocierile din martie anul trecut au eșuat."],
  ])("in what was said it is an earlier event's month, not the article's: %s", (language, text) => {
    expect(one(language, text).date).toMatchObject({ iso: REF, basis: "published" });
  });
});
