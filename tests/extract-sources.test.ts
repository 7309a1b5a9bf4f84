import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Who speaks when a passage has an outer source (issue 11, second round): verbs of agreeing and
// discussing are what the source reported; a mention inside the content or governed by a
// preposition is no subject; a statement speaks for who issued it; a credit closing the sentence
// is no content. Sentences written by the team, with negative cases.

const PUB = "2025-03-19";
const run = (language: string, text: string, publishedAt: string | null = PUB): Claim[] => extractClaims({ id: "t", language, text, publishedAt }).claims;
const who = (cs: Claim[]) => cs.map((c) => c.speaker.name);

describe("verbs of agreeing and discussing are what the source of their passage reported", () => {
  it("a source phrase or a reporting verb in the same sentence speaks for them", () => {
    expect(who(run("en", "According to the Kremlin, the two presidents agreed to meet in July."))).toEqual(["Kremlin"]);
    expect(who(run("it", "Secondo il Cremlino, i due presidenti hanno concordato un nuovo incontro a luglio."))).toEqual(["Kremlin"]);
    expect(who(run("ro", "Potrivit Kremlinului, cei doi președinți au convenit să se întâlnească în iulie."))).toEqual(["Kremlin"]);
    expect(who(run("ru", "По данным Кремля, президенты договорились о новой встрече в июле."))).toEqual(["Kremlin"]);
    expect(who(run("de", "Dem Kreml zufolge vereinbarten die Präsidenten ein Treffen im Juli."))).toEqual(["Kremlin"]);
    expect(who(run("en", "The White House said the two leaders agreed to keep talking."))).toEqual(["White House"]);
  });

  it("a source earlier in the paragraph, or an institution's claim right after them, speaks for them", () => {
    expect(
      who(run("it", "Secondo la Casa Bianca, la telefonata è durata un'ora. I due presidenti hanno inoltre parlato di «come evitare una nuova crisi».")),
    ).toEqual(["White House", "White House"]);
    expect(who(run("es", "Según el Kremlin, la llamada duró dos horas. Los dos presidentes acordaron «seguir en contacto»."))).toEqual(["Kremlin", "Kremlin"]);
    const cs = run("en", "Putin and Trump agreed to “normalize” relations between the two countries. Trade and security come first, the Kremlin reported.");
    expect(who(cs)).toEqual(["Kremlin", "Kremlin"]);
  });

  it("with no source, they are a claim of their subject only when they quote it or report a clause", () => {
    expect(run("en", "Putin agrees to pause strikes after a long call with Trump")).toEqual([]);
    expect(run("it", "Trump e Putin hanno concordato una tregua di trenta giorni.")).toEqual([]);
    expect(run("en", "Putin and Trump agreed that “the war must end.”").map((c) => [c.speaker.name, c.kind])).toEqual([["Putin and Trump", "direct"]]);
    expect(who(run("ro", "Joe Biden a discutat ieri cu Xi Jinping despre „stabilitate și comerț” în Asia."))).toEqual(["Joe Biden"]);
  });
});

describe("the subject of a reporting verb", () => {
  it("a mention governed by a preposition is no subject; the phrase that opens the sentence is", () => {
    expect(who(run("it", "Il presidente Xi Jinping nella telefonata con l'omologo Joe Biden ha assicurato che la Cina non cambierà linea."))).toEqual([
      "Xi Jinping",
    ]);
    expect(who(run("en", "Xi Jinping in a long call with his counterpart Joe Biden said that China would not change course."))).toEqual(["Xi Jinping"]);
    expect(who(run("es", "Xi Jinping en la llamada con su homólogo Joe Biden aseguró que China no cambiará de rumbo."))).toEqual(["Xi Jinping"]);
    expect(who(run("fr", "Xi Jinping, lors de l'appel avec son homologue Joe Biden, a assuré que la Chine ne changerait pas de cap."))).toEqual(["Xi Jinping"]);
  });

  it("a source named in a locative phrase that opens the sentence still speaks ('In the Office of the President they said')", () => {
    expect(who(run("uk", "В Офісі президента України сьогодні повідомили, що переговори тривають."))).toEqual(["Office of the President of Ukraine"]);
  });

  it("a mention before a quotation that closes right before the cue is part of what was said", () => {
    const [c] = run("it", "I due leader hanno parlato di «zone sicure in Siria», ha detto Washington.");
    expect([c!.speaker.name, c!.kind]).toEqual(["US government", "mixed"]);
    const [d] = run("it", "I due leader hanno parlato di «zone sicure in Siria», ha detto Washington confermando che un inviato andrà ad Astana.");
    expect(d!.assertion).toBe("I due leader hanno parlato di «zone sicure in Siria»");
  });

  it("a participle with its agent in a parenthesis is no cue: the phrase before the parenthesis is the subject", () => {
    const [c, ...rest] = run("en", "The memo, first reported by the Washington Post, says the agency ignored the warnings.");
    expect(rest).toEqual([]);
    expect([c!.speaker.name, c!.assertion]).toEqual(["The memo", "the agency ignored the warnings."]);
  });

  it("an inverted speaker no lexicon knows ends the sentence or follows a quotation", () => {
    expect(who(run("en", "Johnson, who spoke at a rally in Ohio, promised to cut taxes."))).toEqual(["Johnson"]);
    expect(who(run("en", "“We will cut taxes,” promised the candidate."))).toEqual(["the candidate"]);
  });

  it("a statement speaks for who issued it when the phrase names them", () => {
    expect(who(run("en", "The Kremlin statement said the call lasted two hours."))).toEqual(["Kremlin"]);
    expect(who(run("en", "Peskov's statement said the call lasted two hours."))).toEqual(["Dmitry Peskov"]);
    expect(who(run("en", "The statement said the call lasted two hours."))).toEqual(["The statement"]);
  });
});

describe("what is content", () => {
  it("a credit that closes the sentence is no content: the content is before the subject", () => {
    const [c] = run("en", "“Both sides must show restraint” in the region, the Kremlin statement said as reported by RT.");
    expect([c!.speaker.name, c!.kind, c!.assertion]).toEqual(["Kremlin", "mixed", "“Both sides must show restraint” in the region"]);
    const [d] = run("en", "The talks went well, the minister said according to Reuters.");
    expect([d!.speaker.name, d!.assertion]).toEqual(["the minister", "The talks went well"]);
  });

  it("a complementizer after another verb belongs to that verb: the quotation before the cue is the content", () => {
    const [c] = run("en", "“We’re very close,” Jane Roe told CNN, adding that a vote could come next week.");
    expect([c!.speaker.name, c!.kind, c!.assertion]).toEqual(["Jane Roe", "direct", "“We’re very close,”"]);
  });

  it("a new quotation after reported speech with quoted words, or in a paragraph of its own, is a claim of its own", () => {
    const cs = run("en", "“Putin wants peace” in the region, the Kremlin said. “Talks will go on.”");
    expect(cs.map((c) => [c.speaker.name, c.kind])).toEqual([
      ["Kremlin", "mixed"],
      ["Kremlin", "direct"],
    ]);
    const ps = run("en", "“The call was useful,” the Kremlin said.\n\n“Both sides will meet again.”");
    expect(ps.map((c) => [c.speaker.name, c.kind])).toEqual([
      ["Kremlin", "direct"],
      ["Kremlin", "direct"],
    ]);
    // One quotation that goes on in its paragraph stays one claim.
    expect(run("en", "“The call was useful,” the Kremlin said. “Both sides will meet again.”")).toHaveLength(1);
  });
});

describe("an attribution set off by commas inside what it attributes", () => {
  const cases: [string, string, string][] = [
    ["en", "The problem, Smith said, is that nobody listens.", "Smith"],
    ["de", "Das Problem sei vielmehr, so der Präsident, dass die Banken versagt hätten.", "der Präsident"],
    ["de", "Die Krise, sagte der Minister, sei längst vorbei.", "der Minister"],
    ["fr", "La crise, a déclaré le ministre, est terminée depuis longtemps.", "le ministre"],
    ["es", "La crisis, dijo el ministro, terminó hace tiempo.", "el ministro"],
    ["it", "La crisi, ha detto il ministro, è finita da tempo.", "il ministro"],
    ["ro", "Criza, a spus ministrul, s-a încheiat demult.", "ministrul"],
    ["pl", "Kryzys, powiedział minister, dawno się skończył.", "minister"],
    ["ru", "Кризис, сказал министр, давно закончился.", "министр"],
    ["vi", "Cuộc khủng hoảng, ông Minh nói, đã kết thúc từ lâu.", "Minh"],
  ];
  for (const [lang, text, name] of cases) {
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => [c.speaker.name, c.assertion])).toEqual([[name, text]]);
    });
  }

  it("not when a cue before the commas attributes the sentence already, nor for a relative clause", () => {
    const cs = run("de", "Er fügte hinzu, Trump habe vorgeschlagen, Eishockeyspiele zu organisieren, und Putin habe zugestimmt.", null);
    expect(cs.map((c) => c.cue)).toEqual(["fügte hinzu"]);
    expect(who(run("en", "The minister, who said little, left early."))).toEqual([]);
  });
});

describe("German: verb second, speech acts with an object, separable verbs", () => {
  const de = (text: string) => run("de", text).map((c) => [c.speaker.name, c.cue, c.assertion]);

  it("the subject after the verb when nothing before it can be the subject", () => {
    expect(de("Im Fernsehen stellte Trump klar, dass es bei dem Telefonat um keine Hilfen ging.")).toEqual([
      ["Donald Trump", "stellte", "es bei dem Telefonat um keine Hilfen ging."],
    ]);
    expect(de("So warnten Vertreter der Bauwirtschaft vor einem „drohenden Abfluss von Kompetenz“.").map((x) => x[0])).toEqual(["Vertreter der Bauwirtschaft"]);
    expect(de("Die Wahlmanipulation bezeichnete er als einen „Akt des Verbrechens“.").map((x) => x[0])).toEqual(["unknown"]);
  });

  it("a speech act whose object is a claim or what it reports: widersprechen, kritisieren, bezeichnen, zusagen", () => {
    expect(de("Am Montag widersprach der Minister einer Darstellung des Präsidenten.")).toEqual([
      ["der Minister", "widersprach", "einer Darstellung des Präsidenten."],
    ]);
    expect(de("Die Regierung bezeichnete die Entscheidung als Fehler.")).toEqual([["Die Regierung", "bezeichnete", "die Entscheidung als Fehler."]]);
    expect(de("Premierministerin Helen Clark sagte weitere Hilfe zu.").map((x) => x[0])).toEqual(["Helen Clark"]);
    // A claim noun in a prepositional phrase is no object; a verb with other senses stays narration.
    expect(de("Die Stadtwerke äußerten Zweifel an der Darstellung.")).toEqual([]);
    expect(de("Zwölf Todesopfer forderte ein Taifun.")).toEqual([]);
  });

  it("a separable verb whose particle closes the clause, and a date inside a cue", () => {
    expect(de("Der Mann soll das Feuer gelegt haben, teilte die Polizei mit.")).toEqual([["die Polizei", "teilte", "Der Mann soll das Feuer gelegt haben"]]);
    const [c] = run("de", "Kremlsprecher Dmitri Peskow sprach am Mittwoch von einem „wichtigen Schritt“.");
    expect([c!.speaker.name, c!.cue, c!.date.iso]).toEqual(["Dmitry Peskov", "sprach am Mittwoch von", "2025-03-19"]);
  });

  it("a quotation before a clause with a participle at its end, and before a description with a number", () => {
    expect(de("„Wir wollen unsere Systeme enger verzahnen“, hatte der Konzernchef in einem Interview erklärt.")).toEqual([
      ["der Konzernchef", "erklärt", "„Wir wollen unsere Systeme enger verzahnen“"],
    ]);
    expect(de("„Ich bin dankbar. Er verdient unsere Hochachtung“, meint die 56-jährige Anwältin.").map((x) => x[0])).toEqual(["die 56-jährige Anwältin"]);
  });

  it("a quotation after “mit den Worten:” is said by the subject of the sentence", () => {
    expect(de("Der Airbus-Chef schloss sich dieser Einschätzung mit den Worten an: „Ich kann mich dem nur anschließen.“").map((x) => x[2])).toEqual([
      "„Ich kann mich dem nur anschließen.“",
    ]);
  });

  it("source phrases with a noun and no name; “laut” as an adjective is no source", () => {
    expect(de("Den Angaben zufolge brach das Feuer am Abend aus.").map((x) => x[2])).toEqual(["brach das Feuer am Abend aus."]);
    expect(de("Nach Angaben der Feuerwehr brach das Feuer am Abend aus.").map((x) => x[0])).toEqual(["Feuerwehr"]);
    expect(de("Schon damals war Kritik laut geworden.")).toEqual([]);
    expect(de("Laut eigenen Angaben verließ er das Land.").length).toBe(1);
  });

  it("a quotation right after reported speech in its paragraph is the same speaker's", () => {
    const cs = run("de", "Ein Abgeordneter aus Ohio sagte, dass der Brand kein Zufall gewesen sei. „Das war Absicht.“");
    expect(cs.map((c) => [c.speaker.name, c.kind])).toEqual([
      ["Ein Abgeordneter aus Ohio", "indirect"],
      ["Ein Abgeordneter aus Ohio", "direct"],
    ]);
  });
});

describe("definite descriptions resolve to their antecedent", () => {
  it("a role of China's leader is Xi Jinping, in every language", () => {
    const cases: [string, string][] = [
      ["en", "Xi Jinping spoke with Joe Biden. The Chinese leader said that Taiwan was a red line."],
      ["it", "Xi Jinping ha parlato con Joe Biden. Il presidente cinese ha detto che Taiwan è una linea rossa."],
      ["ru", "Си Цзиньпин поговорил с Джо Байденом. Китайский лидер заявил, что Тайвань – красная линия."],
      ["ro", "Xi Jinping a vorbit cu Joe Biden. Liderul chinez a declarat că Taiwanul este o linie roșie."],
      ["de", "Xi Jinping sprach mit Joe Biden. Der chinesische Präsident sagte, Taiwan sei eine rote Linie."],
      ["fr", "Xi Jinping s'est entretenu avec Joe Biden. Le président chinois a déclaré que Taïwan était une ligne rouge."],
      ["es", "Xi Jinping habló con Joe Biden. El presidente chino dijo que Taiwán es una línea roja."],
      ["pl", "Xi Jinping rozmawiał z Joe Bidenem. Chiński przywódca powiedział, że Tajwan to czerwona linia."],
      ["vi", "Tập Cận Bình điện đàm với Joe Biden. Chủ tịch Trung Quốc cho biết Đài Loan là lằn ranh đỏ."],
    ];
    for (const [lang, text] of cases) expect(who(run(lang, text, "2024-04-02")), `${lang}: ${text}`).toEqual(["Xi Jinping"]);
  });

  it("a description headed by a role word is who holds such a role and spoke or was named last", () => {
    expect(who(run("de", "Trump sagte, das Gespräch sei gut gewesen. Der frühere Präsident bemerkte, dass beide Länder interessiert seien."))).toEqual([
      "Donald Trump",
      "Donald Trump",
    ]);
    expect(who(run("en", "Trump said the call went well. The president added that both countries were interested."))).toEqual(["Donald Trump", "Donald Trump"]);
    // An indefinite description names no one in particular.
    expect(who(run("en", "Trump said the call went well. A minister added that the talks would go on.")).slice(1)).toEqual(["A minister"]);
  });

  it("“the agency” is the medium named last; the media in general are a medium of their own", () => {
    expect(who(run("ru", "Как передает Reuters, переговоры завершились. По информации агентства, они длились около двух часов."))).toContain("Reuters");
    expect(run("ru", "Как передает Reuters, переговоры завершились. По информации агентства, они длились около двух часов.").at(-1)!.speaker.name).toBe(
      "Reuters",
    );
    expect(run("en", "Reuters reported that the talks ended. The agency said they lasted two hours.").at(-1)!.speaker.name).toBe("Reuters");
    const [c] = run("en", "Local media reported that the talks had ended.");
    expect([c!.speaker.kind, c!.speaker.side]).toEqual(["media", null]);
  });

  it("a body named with its acronym in brackets is named by it, with the side of the state in its name", () => {
    const [a] = run("vi", "Theo Cơ quan Tình báo Đối ngoại Nga (SVR), hai nhà ngoại giao đã bị trục xuất.");
    expect([a!.speaker.name, a!.speaker.kind, a!.speaker.side]).toEqual(["SVR", "institution", "RU"]);
    const [b] = run("en", "The Foreign Intelligence Service of Russia (SVR) said two diplomats were expelled.");
    expect([b!.speaker.name, b!.speaker.side]).toEqual(["SVR", "RU"]);
  });

  it("where heads come first (Vietnamese), a country after the head is its complement, a person named in the phrase is who speaks", () => {
    const [a] = run("vi", "Các hãng thông tấn Nga cho biết hai nghi phạm đã bị bắt.");
    expect([a!.speaker.name, a!.speaker.kind]).toEqual(["Các hãng thông tấn Nga", "media"]);
    const [b] = run("vi", "Đại diện phía Nga cho biết cuộc gọi rất hữu ích.");
    expect([b!.speaker.name, b!.speaker.side]).toEqual(["Đại diện phía Nga", "RU"]);
    expect(who(run("vi", "Tổng thống Trump cho biết ông đang cân nhắc dỡ bỏ trừng phạt."))).toEqual(["Donald Trump"]);
    const cs = run("vi", "“Cuộc gọi rất tốt”, phát ngôn viên Nhà Trắng Mark Dalton cho biết. “Hai bên sẽ tiếp tục”, Dalton nói thêm.", "2019-12-31");
    expect(who(cs)).toEqual(["Mark Dalton", "Mark Dalton"]);
  });

  it("a source phrase split by its date, with a day and month in brackets after the weekday", () => {
    const [c] = run("vi", "Theo tuyên bố vào Chủ Nhật (29/12) của điện Kremlin, hai tổng thống đã nhất trí tiếp tục hợp tác.", "2019-12-31");
    expect([c!.speaker.name, c!.date.iso]).toEqual(["Kremlin", "2019-12-29"]);
  });
});

describe("dates of what was said", () => {
  const pub = "2024-05-10"; // a Friday
  it("“last week”, “last month” in every language resolve against the publication date", () => {
    const cases: [string, string][] = [
      ["en", "The minister said last week that the talks were useful."],
      ["de", "Der Minister sagte vergangene Woche, die Gespräche seien nützlich gewesen."],
      ["it", "Il ministro ha detto la settimana scorsa che i colloqui sono stati utili."],
      ["fr", "Le ministre a déclaré la semaine dernière que les discussions étaient utiles."],
      ["es", "El ministro dijo la semana pasada que las conversaciones fueron útiles."],
      ["ro", "Ministrul a declarat săptămâna trecută că discuțiile au fost utile."],
      ["pl", "Minister powiedział w zeszłym tygodniu, że rozmowy były owocne."],
      ["ru", "Министр заявил на прошлой неделе, что переговоры были полезными."],
      ["uk", "Міністр заявив минулого тижня, що переговори були корисними."],
    ];
    for (const [lang, text] of cases) {
      const [c] = run(lang, text, pub);
      expect([c!.date.iso, c!.date.basis], `${lang}: ${text}`).toEqual(["2024-05-03", "relative"]);
    }
    expect(run("en", "The minister said last month that the talks were useful.", pub)[0]!.date.iso).toBe("2024-04");
  });

  it("a statement that reports an earlier event with its date has no date of its own", () => {
    const lead = "The two presidents spoke by phone on Thursday.\n";
    const [c] = run("en", `${lead}Russian agencies said the FSB had arrested two suspects on April 27.`, pub);
    expect(c!.date.iso).toBeNull();
    // A date of the statement itself still dates it; a weekday in the content may be a day to come.
    expect(run("en", `${lead}On Monday, Russian agencies said the FSB had arrested two suspects on April 27.`, pub)[0]!.date.iso).toBe("2024-05-06");
    expect(run("en", `${lead}The White House said talks would be held in Astana on Wednesday and Thursday.`, pub)[0]!.date.iso).not.toBeNull();
  });
});

describe("coreference: an implicit subject agrees in number", () => {
  it("a plural verb with no subject speaks for the group named last as a subject, a singular one for the last person", () => {
    const pl = run(
      "pl",
      "Według Kremla Putin i Trump zgodzili się, że należy rozmawiać. Pieskow powiedział, że rozmowa była dobra. Przyznali również, że „wszystkie strony muszą działać”.",
    );
    expect(who(pl).at(-1)).toBe("Putin and Trump");
    const sg = run(
      "pl",
      "Według Kremla Putin i Trump zgodzili się, że należy rozmawiać. Pieskow powiedział, że rozmowa była dobra. Dodał, że „spotkanie jest możliwe”.",
    );
    expect(who(sg).at(-1)).toBe("Dmitry Peskov");
    const ru = run(
      "ru",
      "По данным Кремля, Путин и Трамп договорились продолжить контакты. Песков сказал, что разговор был полезным. Они также подчеркнули, что «диалог важен».",
    );
    expect(ru.length).toBeGreaterThan(0);
    const ro = run(
      "ro",
      "Potrivit Kremlinului, Putin și Trump au convenit să continue contactele. Peskov a spus că discuția a fost utilă. Au subliniat de asemenea că „dialogul este important”.",
    );
    expect(who(ro).at(-1)).toBe("Putin and Trump");
    // Two people named as objects are no group that speaks.
    const obj = run(
      "pl",
      "Rozmowy poprowadzą szefowie dyplomacji – Rex Tillerson i Siergiej Ławrow. Pieskow powiedział, że to dobry pomysł. Przyznali, że „to ważne”.",
    );
    expect(who(obj).at(-1)).toBe("Dmitry Peskov");
  });
});
