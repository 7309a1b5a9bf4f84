import { describe, expect, it } from "vitest";
import { datedClaims } from "./helpers/dated-claims.js";

// Claim dates on unseen text (issue 11): a matrix over the ten languages of the common forms a news
// article uses to date a statement, each checked for the claim's date. Sentences written for these
// tests. Fixed article date Thursday 2025-08-21: Tuesday 2025-08-19, last Friday 2025-08-15, yesterday
// 2025-08-20, the day before yesterday 2025-08-19, the coming Friday 2025-08-22.

const REF = "2025-08-21";
const { one } = datedClaims(REF);

type Row = readonly [text: string, iso: string];

const MATRIX: Record<string, readonly Row[]> = {
  en: [
    ["Finance Minister John Carter said on Tuesday that taxes would rise.", "2025-08-19"],
    ["Finance Minister John Carter said on Friday that taxes would rise.", "2025-08-15"],
    ["Finance Minister John Carter said yesterday that taxes would rise.", "2025-08-20"],
    ["Finance Minister John Carter said today that taxes would rise.", "2025-08-21"],
    ["Finance Minister John Carter said the day before yesterday that taxes would rise.", "2025-08-19"],
    ["Finance Minister John Carter said on 15 August that taxes would rise.", "2025-08-15"],
    ["Finance Minister John Carter said on August 15 that taxes would rise.", "2025-08-15"],
    ["On Aug. 15, Finance Minister John Carter said taxes would rise.", "2025-08-15"],
    ["Taxes will rise, Finance Minister John Carter told reporters on Tuesday.", "2025-08-19"],
  ],
  de: [
    ["Finanzminister Hans Keller sagte am Dienstag, die Steuern würden steigen.", "2025-08-19"],
    ["Finanzminister Hans Keller sagte am Freitag, die Steuern würden steigen.", "2025-08-15"],
    ["Finanzminister Hans Keller sagte gestern, die Steuern würden steigen.", "2025-08-20"],
    ["Finanzminister Hans Keller sagte heute, die Steuern würden steigen.", "2025-08-21"],
    ["Finanzminister Hans Keller sagte vorgestern, die Steuern würden steigen.", "2025-08-19"],
    ["Finanzminister Hans Keller sagte am 15. August, die Steuern würden steigen.", "2025-08-15"],
    ["Finanzminister Hans Keller sagte am 15.08.2025, die Steuern würden steigen.", "2025-08-15"],
    ["Die Steuern würden steigen, sagte Finanzminister Hans Keller am Dienstag.", "2025-08-19"],
  ],
  fr: [
    ["Le ministre des Finances Jean Dupont a déclaré mardi que les impôts allaient augmenter.", "2025-08-19"],
    ["Le ministre des Finances Jean Dupont a déclaré vendredi que les impôts allaient augmenter.", "2025-08-15"],
    ["Le ministre des Finances Jean Dupont a déclaré hier que les impôts allaient augmenter.", "2025-08-20"],
    ["Le ministre des Finances Jean Dupont a déclaré aujourd'hui que les impôts allaient augmenter.", "2025-08-21"],
    ["Le ministre des Finances Jean Dupont a déclaré avant-hier que les impôts allaient augmenter.", "2025-08-19"],
    ["Le ministre des Finances Jean Dupont a déclaré le 15 août que les impôts allaient augmenter.", "2025-08-15"],
    ["Le ministre des Finances Jean Dupont a déclaré le 15/08/2025 que les impôts allaient augmenter.", "2025-08-15"],
    ["Les impôts vont augmenter, a déclaré mardi le ministre des Finances Jean Dupont.", "2025-08-19"],
  ],
  es: [
    ["El ministro de Finanzas Juan García dijo el martes que los impuestos subirán.", "2025-08-19"],
    ["El ministro de Finanzas Juan García dijo el viernes que los impuestos subirán.", "2025-08-15"],
    ["El ministro de Finanzas Juan García dijo ayer que los impuestos subirán.", "2025-08-20"],
    ["El ministro de Finanzas Juan García dijo hoy que los impuestos subirán.", "2025-08-21"],
    ["El ministro de Finanzas Juan García dijo anteayer que los impuestos subirán.", "2025-08-19"],
    ["El ministro de Finanzas Juan García dijo el 15 de agosto que los impuestos subirán.", "2025-08-15"],
    ["El ministro de Finanzas Juan García dijo el 15/08/2025 que los impuestos subirán.", "2025-08-15"],
    ["Los impuestos subirán, dijo el martes el ministro de Finanzas Juan García.", "2025-08-19"],
  ],
  it: [
    ["Il ministro delle Finanze Marco Rossi ha detto martedì che le tasse aumenteranno.", "2025-08-19"],
    ["Il ministro delle Finanze Marco Rossi ha detto venerdì che le tasse aumenteranno.", "2025-08-15"],
    ["Il ministro delle Finanze Marco Rossi ha detto ieri che le tasse aumenteranno.", "2025-08-20"],
    ["Il ministro delle Finanze Marco Rossi ha detto oggi che le tasse aumenteranno.", "2025-08-21"],
    ["Il ministro delle Finanze Marco Rossi ha detto l'altro ieri che le tasse aumenteranno.", "2025-08-19"],
    ["Il ministro delle Finanze Marco Rossi ha detto il 15 agosto che le tasse aumenteranno.", "2025-08-15"],
    ["Il ministro delle Finanze Marco Rossi ha detto il 15/08/2025 che le tasse aumenteranno.", "2025-08-15"],
    ["Le tasse aumenteranno, ha detto martedì il ministro delle Finanze Marco Rossi.", "2025-08-19"],
  ],
  ro: [
    ["Ministrul Finanțelor Ion Popescu a declarat marți că taxele vor crește.", "2025-08-19"],
    ["Ministrul Finanțelor Ion Popescu a declarat vineri că taxele vor crește.", "2025-08-15"],
    ["Ministrul Finanțelor Ion Popescu a declarat ieri că taxele vor crește.", "2025-08-20"],
    ["Ministrul Finanțelor Ion Popescu a declarat astăzi că taxele vor crește.", "2025-08-21"],
    ["Ministrul Finanțelor Ion Popescu a declarat alaltăieri că taxele vor crește.", "2025-08-19"],
    ["Ministrul Finanțelor Ion Popescu a declarat pe 15 august că taxele vor crește.", "2025-08-15"],
    ["Ministrul Finanțelor Ion Popescu a declarat la 15.08.2025 că taxele vor crește.", "2025-08-15"],
    ["Taxele vor crește, a declarat marți ministrul Finanțelor Ion Popescu.", "2025-08-19"],
  ],
  ru: [
    ["Министр финансов Иван Петров заявил во вторник, что налоги вырастут.", "2025-08-19"],
    ["Министр финансов Иван Петров заявил в пятницу, что налоги вырастут.", "2025-08-15"],
    ["Министр финансов Иван Петров заявил вчера, что налоги вырастут.", "2025-08-20"],
    ["Министр финансов Иван Петров заявил сегодня, что налоги вырастут.", "2025-08-21"],
    ["Министр финансов Иван Петров заявил позавчера, что налоги вырастут.", "2025-08-19"],
    ["Министр финансов Иван Петров заявил 15 августа, что налоги вырастут.", "2025-08-15"],
    ["Министр финансов Иван Петров заявил 15.08.2025, что налоги вырастут.", "2025-08-15"],
    ["Налоги вырастут, заявил во вторник министр финансов Иван Петров.", "2025-08-19"],
  ],
  uk: [
    ["Міністр фінансів Іван Петренко заявив у вівторок, що податки зростуть.", "2025-08-19"],
    ["Міністр фінансів Іван Петренко заявив у п'ятницю, що податки зростуть.", "2025-08-15"],
    ["Міністр фінансів Іван Петренко заявив учора, що податки зростуть.", "2025-08-20"],
    ["Міністр фінансів Іван Петренко заявив сьогодні, що податки зростуть.", "2025-08-21"],
    ["Міністр фінансів Іван Петренко заявив позавчора, що податки зростуть.", "2025-08-19"],
    ["Міністр фінансів Іван Петренко заявив 15 серпня, що податки зростуть.", "2025-08-15"],
    ["Міністр фінансів Іван Петренко заявив 15.08.2025, що податки зростуть.", "2025-08-15"],
    ["Податки зростуть, заявив у вівторок міністр фінансів Іван Петренко.", "2025-08-19"],
  ],
  pl: [
    ["Minister finansów Adam Nowak powiedział we wtorek, że podatki wzrosną.", "2025-08-19"],
    ["Minister finansów Adam Nowak powiedział w piątek, że podatki wzrosną.", "2025-08-15"],
    ["Minister finansów Adam Nowak powiedział wczoraj, że podatki wzrosną.", "2025-08-20"],
    ["Minister finansów Adam Nowak powiedział dzisiaj, że podatki wzrosną.", "2025-08-21"],
    ["Minister finansów Adam Nowak powiedział przedwczoraj, że podatki wzrosną.", "2025-08-19"],
    ["Minister finansów Adam Nowak powiedział 15 sierpnia, że podatki wzrosną.", "2025-08-15"],
    ["Minister finansów Adam Nowak powiedział 15.08.2025 r., że podatki wzrosną.", "2025-08-15"],
    ["Podatki wzrosną – powiedział we wtorek minister finansów Adam Nowak.", "2025-08-19"],
  ],
  vi: [
    ["Bộ trưởng Tài chính Nguyễn Văn An hôm thứ Ba cho biết thuế sẽ tăng.", "2025-08-19"],
    ["Bộ trưởng Tài chính Nguyễn Văn An hôm thứ Sáu cho biết thuế sẽ tăng.", "2025-08-15"],
    ["Bộ trưởng Tài chính Nguyễn Văn An hôm qua cho biết thuế sẽ tăng.", "2025-08-20"],
    ["Bộ trưởng Tài chính Nguyễn Văn An hôm nay cho biết thuế sẽ tăng.", "2025-08-21"],
    ["Bộ trưởng Tài chính Nguyễn Văn An hôm kia cho biết thuế sẽ tăng.", "2025-08-19"],
    ["Bộ trưởng Tài chính Nguyễn Văn An ngày 15/8 cho biết thuế sẽ tăng.", "2025-08-15"],
    ["Bộ trưởng Tài chính Nguyễn Văn An ngày 15 tháng 8 cho biết thuế sẽ tăng.", "2025-08-15"],
    ["Bộ trưởng Tài chính Nguyễn Văn An cho biết hôm thứ Ba rằng thuế sẽ tăng.", "2025-08-19"],
  ],
};

// A date of another event mentioned in passing, or a day to come: never the statement's date.
const NEGATIVES: Record<string, readonly Row[]> = {
  en: [
    ["Finance Minister John Carter said the talks that began on 3 August had failed.", "2025-08-03"],
    ["Finance Minister John Carter, who signed the agreement in 2015, said the deal had failed.", "2015"],
    ["Finance Minister John Carter said he will meet the unions on Friday.", "2025-08-22"],
    ["Finance Minister John Carter will meet the unions on Friday, he said.", "2025-08-22"],
  ],
  de: [
    ["Finanzminister Hans Keller sagte, die am 3. August begonnenen Gespräche seien gescheitert.", "2025-08-03"],
    ["Finanzminister Hans Keller, der das Abkommen 2015 unterzeichnet hatte, sagte, der Vertrag sei gescheitert.", "2015"],
    ["Finanzminister Hans Keller sagte, er werde die Gewerkschaften am Freitag treffen.", "2025-08-22"],
  ],
  fr: [
    ["Le ministre des Finances Jean Dupont a déclaré que les négociations qui ont commencé le 3 août avaient échoué.", "2025-08-03"],
    ["Le ministre des Finances Jean Dupont, qui a signé l'accord en 2015, a déclaré que le traité avait échoué.", "2015"],
    ["Le ministre des Finances Jean Dupont a déclaré qu'il rencontrera les syndicats vendredi.", "2025-08-22"],
  ],
  es: [
    ["El ministro de Finanzas Juan García dijo que las negociaciones que comenzaron el 3 de agosto fracasaron.", "2025-08-03"],
    ["El ministro de Finanzas Juan García, que firmó el acuerdo en 2015, dijo que el tratado fracasó.", "2015"],
    ["El ministro de Finanzas Juan García dijo que se reunirá con los sindicatos el viernes.", "2025-08-22"],
  ],
  it: [
    ["Il ministro delle Finanze Marco Rossi ha detto che i negoziati iniziati il 3 agosto sono falliti.", "2025-08-03"],
    ["Il ministro delle Finanze Marco Rossi, che ha firmato l'accordo nel 2015, ha detto che il trattato è fallito.", "2015"],
    ["Il ministro delle Finanze Marco Rossi ha detto che incontrerà i sindacati venerdì.", "2025-08-22"],
  ],
  ro: [
    ["Ministrul Finanțelor Ion Popescu a declarat că negocierile care au început pe 3 august au eșuat.", "2025-08-03"],
    ["Ministrul Finanțelor Ion Popescu, care a semnat acordul în 2015, a declarat că tratatul a eșuat.", "2015"],
    ["Ministrul Finanțelor Ion Popescu a declarat că se va întâlni cu sindicatele vineri.", "2025-08-22"],
  ],
  ru: [
    ["Министр финансов Иван Петров заявил, что переговоры, начавшиеся 3 августа, провалились.", "2025-08-03"],
    ["Министр финансов Иван Петров, подписавший соглашение в 2015 году, заявил, что договор провалился.", "2015"],
    ["Министр финансов Иван Петров заявил, что встретится с профсоюзами в пятницу.", "2025-08-22"],
  ],
  uk: [
    ["Міністр фінансів Іван Петренко заявив, що переговори, які розпочалися 3 серпня, провалилися.", "2025-08-03"],
    ["Міністр фінансів Іван Петренко, який підписав угоду в 2015 році, заявив, що договір провалився.", "2015"],
    ["Міністр фінансів Іван Петренко заявив, що зустрінеться з профспілками в п'ятницю.", "2025-08-22"],
  ],
  pl: [
    ["Minister finansów Adam Nowak powiedział, że rozmowy, które rozpoczęły się 3 sierpnia, zakończyły się fiaskiem.", "2025-08-03"],
    ["Minister finansów Adam Nowak, który podpisał umowę w 2015 roku, powiedział, że traktat upadł.", "2015"],
    ["Minister finansów Adam Nowak powiedział, że spotka się ze związkowcami w piątek.", "2025-08-22"],
  ],
  vi: [
    ["Bộ trưởng Tài chính Nguyễn Văn An cho biết các cuộc đàm phán bắt đầu từ ngày 3/8 đã thất bại.", "2025-08-03"],
    ["Bộ trưởng Tài chính Nguyễn Văn An cho biết hiệp định ký năm 2015 đã thất bại.", "2015"],
    ["Bộ trưởng Tài chính Nguyễn Văn An cho biết ông sẽ gặp các công đoàn vào thứ Sáu.", "2025-08-22"],
  ],
};

describe("the day of a statement, per language (article of Thursday 2025-08-21)", () => {
  for (const [language, rows] of Object.entries(MATRIX))
    it.each(rows)(`${language}: %s`, (text, iso) => {
      const c = one(language, text);
      expect(c.date.iso).toBe(iso);
      // (the expression and its span are kept: the text at the span is what dated the claim)
      if (c.date.span) expect(text.slice(...c.date.span)).toBe(c.date.text);
    });
});

describe("a date of another event or a day to come never dates the statement", () => {
  for (const [language, rows] of Object.entries(NEGATIVES))
    it.each(rows)(`${language}: %s`, (text, other) => {
      const c = one(language, text);
      expect(c.date.iso).not.toBe(other);
      // (nor the last one of that weekday: "will meet on Friday" is no "on Friday" past)
      expect(c.date.iso).not.toBe("2025-08-15");
    });
});

describe("a relative clause with no comma after its noun (grammar.boundRelatives)", () => {
  it.each([
    ["en", "Finance Minister John Carter said the army that attacked on Tuesday had withdrawn.", "2025-08-19"],
    ["en", "Finance Minister John Carter said the bill which passed on 3 August had failed.", "2025-08-03"],
    ["fr", "Le ministre des Finances Jean Dupont a déclaré que la loi qui a été votée le 3 août avait échoué.", "2025-08-03"],
    ["es", "El ministro de Finanzas Juan García dijo que la ley que fue aprobada el 3 de agosto fracasó.", "2025-08-03"],
    ["ro", "Ministrul Finanțelor Ion Popescu a spus că legea care a fost votată pe 3 august a eșuat.", "2025-08-03"],
    ["it", "Il ministro delle Finanze Marco Rossi ha detto che la legge che è stata votata il 3 agosto è fallita.", "2025-08-03"],
  ])("the day of that thing, not of the statement — %s: %s", (language, text, other) => {
    expect(one(language, text).date.iso).not.toBe(other);
  });

  it.each([
    // (a clause on the subject before the reporting verb may tell where the statement was made)
    ["en", "The minister who visited Kyiv on Tuesday said the talks had failed.", "2025-08-19"],
    ["en", "The spokesman who spoke to reporters on Tuesday said the talks had failed.", "2025-08-19"],
    // (the date of the statement itself, no relative clause)
    ["en", "Finance Minister John Carter said on Tuesday that the bill which passed had failed.", "2025-08-19"],
    ["es", "El ministro de Finanzas Juan García dijo el martes que la ley que fue aprobada fracasó.", "2025-08-19"],
  ])("still dated — %s: %s", (language, text, iso) => {
    expect(one(language, text).date.iso).toBe(iso);
  });
});

describe("an active participle of the past in what was said (dates.activeParticipleEndings)", () => {
  it.each([
    ["Министр финансов Иван Петров заявил, что прошедшие 3 августа выборы были честными.", "2025-08-03"],
    ["Министр финансов Иван Петров сообщил, что законопроект, вызвавший 3 августа протесты, отозван.", "2025-08-03"],
  ])("the day of what it tells — ru: %s", (text, other) => {
    expect(one("ru", text).date.iso).not.toBe(other);
  });

  it.each([
    // (before the reporting verb it may tell the speaker's own act)
    "Выступивший во вторник перед журналистами министр финансов Иван Петров заявил, что налоги вырастут.",
    "Министр финансов Иван Петров, выступивший во вторник перед журналистами, заявил, что налоги вырастут.",
  ])("still the statement's day — ru: %s", (text) => {
    expect(one("ru", text).date.iso).toBe("2025-08-19");
  });
});

describe("the start of a span up to the day of writing (dates.since)", () => {
  it.each([
    ["en", "Finance Minister John Carter said the talks, under way since 3 August, had failed."],
    ["de", "Finanzminister Hans Keller sagte, die Gespräche seien seit dem 3. August blockiert."],
    ["fr", "Le ministre des Finances Jean Dupont a déclaré que les négociations étaient bloquées depuis le 3 août."],
    ["es", "El ministro de Finanzas Juan García dijo que las negociaciones están bloqueadas desde el 3 de agosto."],
    ["it", "Il ministro delle Finanze Marco Rossi ha detto che i negoziati sono bloccati dal 3 agosto."],
    ["ro", "Ministrul Finanțelor Ion Popescu a declarat că negocierile sunt blocate începând cu 3 august."],
    ["ru", "Министр финансов Иван Петров заявил, что переговоры заблокированы с 3 августа."],
    ["uk", "Міністр фінансів Іван Петренко заявив, що переговори заблоковані з 3 серпня."],
    ["pl", "Minister finansów Adam Nowak powiedział, że rozmowy są zablokowane od 3 sierpnia."],
    ["vi", "Bộ trưởng Tài chính Nguyễn Văn An cho biết các cuộc đàm phán bị đình trệ kể từ ngày 3/8."],
  ])("never the statement's day — %s: %s", (language, text) => {
    expect(one(language, text).date.iso).not.toBe("2025-08-03");
  });

  it.each([
    // (the statement's own day still dates it)
    ["en", "Finance Minister John Carter said on Tuesday that the talks had been blocked since 3 August.", "2025-08-19"],
    ["ru", "Министр финансов Иван Петров заявил во вторник, что переговоры заблокированы с 3 августа.", "2025-08-19"],
    ["de", "Finanzminister Hans Keller sagte am Dienstag, die Gespräche seien seit dem 3. August blockiert.", "2025-08-19"],
  ])("with the statement's own day — %s: %s", (language, text, iso) => {
    expect(one(language, text).date.iso).toBe(iso);
  });
});

describe("with no article date the expression stays relative, with its text and span", () => {
  it.each([
    ["en", "Finance Minister John Carter said on Tuesday that taxes would rise.", "Tuesday", { weekday: 2 }],
    ["de", "Finanzminister Hans Keller sagte am Dienstag, die Steuern würden steigen.", "Dienstag", { weekday: 2 }],
    ["fr", "Le ministre des Finances Jean Dupont a déclaré mardi que les impôts allaient augmenter.", "mardi", { weekday: 2 }],
    ["es", "El ministro de Finanzas Juan García dijo ayer que los impuestos subirán.", "ayer", { offsetDays: -1 }],
    ["it", "Il ministro delle Finanze Marco Rossi ha detto il 15 agosto che le tasse aumenteranno.", "15 agosto", { month: 8, day: 15 }],
    ["ro", "Ministrul Finanțelor Ion Popescu a declarat marți că taxele vor crește.", "marți", { weekday: 2 }],
    ["ru", "Министр финансов Иван Петров заявил во вторник, что налоги вырастут.", "во вторник", { weekday: 2 }],
    ["uk", "Міністр фінансів Іван Петренко заявив учора, що податки зростуть.", "учора", { offsetDays: -1 }],
    ["pl", "Minister finansów Adam Nowak powiedział 15 sierpnia, że podatki wzrosną.", "15 sierpnia", { month: 8, day: 15 }],
    ["vi", "Bộ trưởng Tài chính Nguyễn Văn An hôm thứ Ba cho biết thuế sẽ tăng.", "thứ Ba", { weekday: 2 }],
  ] as const)("%s: %s", (language, text, expression, relative) => {
    const c = one(language, text, null);
    expect(c.date.iso).toBeNull();
    expect(c.date.basis).toBe("relative");
    expect(c.date.text).toBe(expression);
    expect(text.slice(...c.date.span!)).toBe(expression);
    expect(c.date.relative).toMatchObject(relative);
  });
});
