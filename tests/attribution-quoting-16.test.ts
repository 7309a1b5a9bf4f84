import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Quoting constructions (pack `reporting.quoting`, src/pipeline/attribution/00-quoting.ts): the one
// quoted speaks, not the medium that quotes; a medium the lexicon knows is credited in `via`.
// Sentences written for these tests, positive and negative, in every language.

const run = (language: string, text: string) => extractClaims({ id: "t", language, text, publishedAt: "2026-03-18" });
const rows = (language: string, text: string) => run(language, text).claims.map((c) => [c.speaker.name, c.assertion]);
const via = (language: string, text: string) => run(language, text).article.via;

type Case = [lang: string, text: string, speaker: string, assertion: string];

const positives: Case[] = [
  // English
  ["en", "The Chronicle quoted a firefighter as saying that the roof had collapsed.", "a firefighter", "the roof had collapsed."],
  ["en", "Mara Lind was quoted by Reuters as saying the port would reopen on Friday.", "Mara Lind", "the port would reopen on Friday."],
  ["en", "A senior engineer was quoted as saying that the bridge was safe.", "A senior engineer", "the bridge was safe."],
  ["en", "Reuters quoted Mara Lind: “The port will reopen.”", "Mara Lind", "“The port will reopen.”"],
  // German
  ["de", "Das Blatt zitiert einen Feuerwehrmann mit den Worten: „Das Dach ist eingestürzt.“", "Feuerwehrmann", "„Das Dach ist eingestürzt.“"],
  ["de", "Die Agentur Reuters zitierte die Ministerin mit den Worten, der Hafen werde bald geöffnet.", "die Ministerin", "der Hafen werde bald geöffnet."],
  ["de", "Die Ministerin wird von Reuters mit den Worten zitiert: „Der Hafen öffnet bald.“", "Die Ministerin", "„Der Hafen öffnet bald.“"],
  ["de", "Die Ministerin wurde von der Zeitung mit den Worten zitiert, man werde den Hafen bald öffnen.", "Die Ministerin", "man werde den Hafen bald öffnen."],
  ["de", "In dem Bericht wird ein Polizist mit den Worten zitiert: „Wir waren zu spät.“", "ein Polizist", "„Wir waren zu spät.“"],
  ["de", "Am Montag wurde die Ministerin von Reuters mit den Worten zitiert, der Hafen öffne bald.", "die Ministerin", "der Hafen öffne bald."],
  ["de", "Die Zeitung zitiert die Ministerin: „Der Hafen öffnet bald.“", "die Ministerin", "„Der Hafen öffnet bald.“"],
  // French
  ["fr", "Le ministre, cité par Reuters, a déclaré que le port rouvrirait vendredi.", "Le ministre", "le port rouvrirait vendredi."],
  ["fr", "Le quotidien cite un pompier disant que le toit s’était effondré.", "un pompier", "le toit s’était effondré."],
  ["fr", "L’agence Reuters cite Claire Morel : « Le port va rouvrir. »", "Claire Morel", "« Le port va rouvrir. »"],
  // Spanish
  ["es", "La ministra, citada por Reuters, dijo que el puerto reabrirá el viernes.", "La ministra", "el puerto reabrirá el viernes."],
  ["es", "El diario citó a un bombero diciendo que el techo se había derrumbado.", "un bombero", "el techo se había derrumbado."],
  ["es", "Un ingeniero citado por la agencia EFE afirmó que el puente es seguro.", "Un ingeniero", "el puente es seguro."],
  // Italian
  ["it", "La ministra, citata da Reuters, ha detto che il porto riaprirà venerdì.", "La ministra", "il porto riaprirà venerdì."],
  ["it", "Il quotidiano cita un vigile del fuoco secondo cui il tetto era crollato.", "un vigile del fuoco", "il tetto era crollato."],
  ["it", "La Reuters cita un ingegnere che ha detto che il ponte è sicuro.", "un ingegnere", "il ponte è sicuro."],
  // Romanian
  ["ro", "Reuters citează un oficial care a spus că portul va fi redeschis vineri.", "un oficial", "portul va fi redeschis vineri."],
  ["ro", "Ministra, citată de Reuters, a declarat că portul va fi redeschis.", "Ministra", "portul va fi redeschis."],
  ["ro", "Un inginer citat de agenția Reuters a spus că podul este sigur.", "Un inginer", "podul este sigur."],
  // Polish
  ["pl", "Minister, cytowany przez Reutersa, powiedział, że port zostanie otwarty w piątek.", "Minister", "port zostanie otwarty w piątek."],
  ["pl", "Reuters cytuje urzędnika, który powiedział, że most jest bezpieczny.", "urzędnik", "most jest bezpieczny."],
  ["pl", "Gazeta cytuje rzecznika: „Port zostanie otwarty”.", "rzecznik", "„Port zostanie otwarty”"],
  // Russian
  ["ru", "Reuters цитирует инженера: «Мост безопасен».", "инженер", "«Мост безопасен»"],
  ["ru", "Слова инженера приводит агентство Reuters: «Мост безопасен».", "инженер", "«Мост безопасен»"],
  ["ru", "«Мост безопасен», — цитирует ТАСС слова инженера.", "инженер", "«Мост безопасен»"],
  ["ru", "«Мост безопасен», — приводит ТАСС слова инженера.", "инженер", "«Мост безопасен»"],
  ["ru", "Reuters цитирует инженера, который заявил, что мост безопасен.", "инженер", "мост безопасен."],
  // Ukrainian
  ["uk", "Reuters цитує інженера: «Міст безпечний».", "інженер", "«Міст безпечний»"],
  ["uk", "Слова інженера наводить агентство Reuters: «Міст безпечний».", "інженер", "«Міст безпечний»"],
  ["uk", "«Міст безпечний», — цитує Укрінформ слова інженера.", "інженер", "«Міст безпечний»"],
  // Vietnamese
  ["vi", "Reuters dẫn lời một quan chức cho biết cảng sẽ mở cửa trở lại vào thứ Sáu.", "một quan chức", "cảng sẽ mở cửa trở lại vào thứ Sáu."],
  ["vi", "Một kỹ sư được Reuters dẫn lời nói rằng cây cầu an toàn.", "Một kỹ sư", "cây cầu an toàn."],
  ["vi", 'Hãng tin AFP dẫn lời một kỹ sư nhấn mạnh: "Cây cầu an toàn".', "một kỹ sư", '"Cây cầu an toàn"'],
  ["vi", "TTXVN dẫn lời ông Trần Minh Khoa cho biết cây cầu an toàn.", "Trần Minh Khoa", "cây cầu an toàn."],
];

describe("quoting: the one quoted speaks, not the medium", () => {
  for (const [lang, text, speaker, assertion] of positives)
    it(`${lang}: ${text}`, () => {
      expect(rows(lang, text)).toEqual([[speaker, assertion]]);
    });
});

describe("quoting: the medium is credited in via", () => {
  const cases: [string, string, string][] = [
    ["en", "Mara Lind was quoted by Reuters as saying the port would reopen on Friday.", "Reuters"],
    ["de", "Die Ministerin wird von Reuters mit den Worten zitiert: „Der Hafen öffnet bald.“", "Reuters"],
    ["de", "Am Montag wurde die Ministerin von Reuters mit den Worten zitiert, der Hafen öffne bald.", "Reuters"],
    ["fr", "Le ministre, cité par Reuters, a déclaré que le port rouvrirait vendredi.", "Reuters"],
    ["ro", "Reuters citează un oficial care a spus că portul va fi redeschis vineri.", "Reuters"],
    ["ru", "«Мост безопасен», — цитирует ТАСС слова инженера.", "TASS"],
    ["vi", "Reuters dẫn lời một quan chức cho biết cảng sẽ mở cửa trở lại vào thứ Sáu.", "Reuters"],
  ];
  for (const [lang, text, medium] of cases)
    it(`${lang}: ${medium}`, () => {
      expect(via(lang, text)).toContain(medium);
    });
  it("negative: a quoting subject that is no medium of the lexicon is not credited", () => {
    expect(via("de", "Das Blatt zitiert einen Feuerwehrmann mit den Worten: „Das Dach ist eingestürzt.“")).toEqual([]);
  });
});

describe("quoting: negative cases", () => {
  const none: [string, string][] = [
    // quoting a text, not a person
    ["en", "The newspaper quoted a poem by Rilke."],
    ["de", "Der Redner zitierte aus dem Bericht der Kommission."],
    ["fr", "Le professeur a cité un poème de Victor Hugo."],
    ["es", "El profesor citó un poema de Lorca."],
    ["it", "Il professore ha citato una poesia di Montale."],
    ["pl", "Nauczyciel cytował wiersz Mickiewicza."],
    ["ru", "Учитель цитировал стихи Пушкина."],
    ["uk", "Вчитель цитував вірші Шевченка."],
    // a price is no one: a colon after it quotes a thing
    ["en", "The dealer quoted a price: “five dollars a share.”"],
    // "citat" as a noun
    ["ro", "Profesorul a folosit un citat din Eminescu."],
    ["ro", "Profesorul a folosit un citat de Eminescu la începutul orei."],
    // "приводит" without "слова" leads to things
    ["ru", "Это приводит к росту цен на топливо."],
    ["uk", "Це наводить на думку про нові ціни."],
    // "dẫn đầu" is to lead
    ["vi", "Đội tuyển Việt Nam dẫn đầu bảng xếp hạng."],
  ];
  for (const [lang, text] of none)
    it(`${lang}: ${text}`, () => {
      expect(rows(lang, text)).toEqual([]);
    });
  it("a sentence full of quoting words stays linear", () => {
    const text = `${"Reuters quoted a witness as saying “yes” and ".repeat(4000)}that was all.`;
    const t = performance.now();
    expect(run("en", text).claims.length).toBeGreaterThan(0);
    expect(performance.now() - t).toBeLessThan(5000);
  });
  it("a medium that quotes no one named keeps the quotation: «…», — цитирует ТАСС.", () => {
    expect(rows("ru", "«Мост безопасен», — цитирует ТАСС.").map((r) => r[0])).toEqual(["TASS"]);
  });
  it("a source phrase with a quoted source keeps its source: “Selon un responsable cité par l’AFP, …”", () => {
    expect(rows("fr", "Selon un responsable cité par l’AFP, les pourparlers reprendront lundi.").map((r) => r[0])).toEqual(["un responsable"]);
  });
});
