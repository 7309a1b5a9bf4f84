import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Attribution that holds on text it has never seen (issue 11): speakers no lexicon knows, one
// claim per quotation, the right side of the cue, reporting senses only, reported speech that
// goes on, and dates from the text. Sentences written by the team, each construction in the
// languages where it exists, with negative cases.

const PUB = "2025-03-19"; // a Wednesday
const run = (language: string, text: string, publishedAt: string | null = PUB): Claim[] => extractClaims({ id: "t", language, text, publishedAt }).claims;
const who = (cs: Claim[]) => cs.map((c) => c.speaker.name);

describe("open-vocabulary speakers: a description no lexicon knows", () => {
  const cases: [string, string, string][] = [
    ["en", "“The fire is under control,” the fire chief said.", "the fire chief"],
    ["fr", "« Le feu est maîtrisé », a déclaré le chef des pompiers.", "le chef des pompiers"],
    ["es", "«El fuego está controlado», dijo el jefe de bomberos.", "el jefe de bomberos"],
    ["it", "«L'incendio è sotto controllo», ha detto il capo dei vigili del fuoco.", "il capo dei vigili del fuoco"],
    ["ro", "„Incendiul este sub control”, a declarat șeful pompierilor.", "șeful pompierilor"],
    ["pl", "„Pożar jest pod kontrolą” – powiedział komendant straży pożarnej.", "komendant straży pożarnej"],
    ["ru", "«Пожар локализован», — сказал начальник пожарной охраны.", "начальник пожарной охраны"],
    ["uk", "«Пожежу локалізовано», — сказав начальник пожежної охорони.", "начальник пожежної охорони"],
    ["de", "„Das Feuer ist unter Kontrolle“, sagte der Einsatzleiter der Feuerwehr.", "der Einsatzleiter der Feuerwehr"],
  ];
  for (const [lang, text, name] of cases) {
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(cs.map((c) => [c.speaker.name, c.speaker.kind, c.kind])).toEqual([[name, "unknown", "direct"]]);
      expect(cs[0]!.assertion).toMatch(/^[„«“"]/u); // the quotation, not the speaker, is the assertion
    });
  }

  it("a group of sources before the verb (en, es, it, ro, pl, ru)", () => {
    expect(who(run("en", "Financial industry insiders say the deal will close next week."))).toEqual(["Financial industry insiders"]);
    expect(who(run("es", "Fuentes del Gobierno aseguraron que la reunión se celebrará pronto."))).toEqual(["Fuentes del Gobierno"]);
    expect(who(run("it", "Fonti diplomatiche hanno riferito che l'incontro si terrà presto."))).toEqual(["Fonti diplomatiche"]);
    expect(who(run("ro", "Surse guvernamentale au declarat că întâlnirea va avea loc în curând."))).toEqual(["Surse guvernamentale"]);
    expect(who(run("pl", "Źródła rządowe podały, że spotkanie odbędzie się wkrótce."))).toEqual(["Źródła rządowe"]);
    expect(who(run("ru", "Источники в правительстве сообщили, что встреча скоро состоится."))).toEqual(["Источники в правительстве"]);
  });

  it("a source phrase naming a description, brought to its base form where the phrase governs its case", () => {
    expect(who(run("pl", "Według rzecznika straży pożarnej, pożar jest pod kontrolą."))).toEqual(["rzecznik straży pożarnej"]);
    expect(who(run("ru", "По словам начальника пожарной охраны, пожар локализован."))).toEqual(["начальник пожарной охраны"]);
    expect(who(run("ru", "По словам японского премьера, вопрос Тайваня – красная линия."))).toEqual(["японский премьер"]);
    expect(who(run("uk", "За словами речника поліції, ситуація під контролем."))).toEqual(["речник поліції"]);
    expect(who(run("ro", "Potrivit purtătorului de cuvânt al pompierilor, incendiul este sub control."))).toEqual(["purtătorul de cuvânt al pompierilor"]);
    expect(who(run("en", "According to a spokeswoman for the fire department, the fire is under control."))).toEqual(["a spokeswoman for the fire department"]);
    expect(who(run("de", "Aus Regierungskreisen hieß es, das Treffen finde bald statt."))).toEqual(["Regierungskreise"]);
  });

  it("an ending learnt from names applies only after the kind of letter it was learnt after", () => {
    // Ukrainian "-я" → "-й" is learnt from names with a vowel before it ("Андрія" → "Андрій"): a noun whose
    // stem ends in a consonant keeps its written form rather than become a non-word ("посадовцй")
    expect(who(run("uk", "За словами посадовця, ситуація під контролем."))).toEqual(["посадовця"]);
    // (an ending learnt after consonants still applies after one: "чиновника" → "чиновник")
    expect(who(run("ru", "По словам чиновника, ситуация под контролем."))).toEqual(["чиновник"]);
  });
});

describe("open-vocabulary speakers: names no lexicon knows, with their roles", () => {
  it("a name after its description, and after a comma that ends the sentence (the right side of the cue)", () => {
    const [a] = run("en", "“We will not give up,” said a spokeswoman for Trump hotels, Jennifer Rodstrom.");
    expect([a!.speaker.name, a!.speaker.role, a!.assertion]).toEqual(["Jennifer Rodstrom", "a spokeswoman for Trump hotels", "“We will not give up,”"]);
    const [b] = run("en", "“It was a tough year,” said Alden, author of a book on the industry.");
    expect([b!.speaker.name, b!.speaker.role, b!.assertion]).toEqual(["Alden", "author of a book", "“It was a tough year,”"]);
    const [c] = run("en", "“We are ready,” said Mr. Alden, a tax expert and professor at Georgetown University.");
    expect([c!.speaker.name, c!.assertion]).toEqual(["Alden", "“We are ready,”"]);
  });

  it("a role word before an unknown name is its title, not part of it", () => {
    const [a] = run("en", "Ukrainian Defense Minister Rustem Umerov said the front was holding.");
    expect([a!.speaker.name, a!.speaker.role]).toEqual(["Rustem Umerov", "Ukrainian Defense Minister"]);
    const [b] = run("fr", "Le porte-parole de la préfecture, Jean Dupont, a affirmé que la route serait bientôt rouverte.");
    expect([b!.speaker.name, b!.speaker.role]).toEqual(["Jean Dupont", "Le porte-parole de la préfecture"]);
    const [c] = run("vi", "Người phát ngôn Bộ Ngoại giao Nguyễn Văn A cho biết cuộc gặp sẽ diễn ra sớm.");
    expect(c!.speaker.name).toBe("Nguyễn Văn A");
  });

  it("past a relative clause to the subject before it, and a known role that gives an unknown name its label and side", () => {
    const [a] = run("en", "A senior European diplomat, who asked not to be named, said the outcome fell short of what allies had hoped for.");
    expect([a!.speaker.name, a!.assertion]).toEqual(["A senior European diplomat", "the outcome fell short of what allies had hoped for."]);
    const [b] = run("vi", '"Các cuộc tiếp xúc sẽ được duy trì", phát ngôn viên Nhà Trắng Mark Dalton cho biết hôm qua.', "2019-12-31");
    expect([b!.speaker.name, b!.speaker.role, b!.speaker.side, b!.kind, b!.date.iso]).toEqual([
      "Mark Dalton",
      "White House press secretary",
      "US",
      "direct",
      "2019-12-30",
    ]);
  });

  it("a surname alone is the person named in full before it", () => {
    const cs = run("en", "“We are ready,” said Jennifer Rodstrom, a spokeswoman for the hotels. Rodstrom said the rooms would reopen.");
    expect(who(cs)).toEqual(["Jennifer Rodstrom", "Jennifer Rodstrom"]);
  });

  it("German first names keep their last letter (no genitive -s outside the possessor)", () => {
    const cs = run("de", "„Wir sind bereit“, sagte Hans Müller. Laut Hans Müller sei die Lage ruhig.");
    expect(who(cs)).toEqual(["Hans Müller", "Hans Müller"]);
  });
});

describe("a possessor or a complement is not who speaks (issue 11)", () => {
  it("en: “X's spokesman said” is the spokesman, a description (pack grammar.possessives), before or after the verb and after “according to”", () => {
    const cases: [string, string][] = [
      ["Trump's spokesman said the president would sign the bill on Friday.", "Trump's spokesman"],
      ["Hillary Clinton's campaign said the report was false.", "Hillary Clinton's campaign"],
      ["Sanders' campaign manager said the rally would go ahead.", "Sanders' campaign manager"],
      ["“We will sign it,” said Trump’s spokesman.", "Trump’s spokesman"],
      ["According to Trump's spokesman, the bill will be signed on Friday.", "Trump's spokesman"],
    ];
    for (const [text, name] of cases) {
      const cs = run("en", text);
      // (a campaign is a body: it speaks as an institution, de20)
      expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[name, name.endsWith("campaign") ? "institution" : "unknown"]]);
    }
    // A named person after the described role is the speaker, the possessive phrase their role.
    const [a] = run("en", "Trump's lawyer, Michael Cohen, said the payments were legal.");
    expect([a!.speaker.name, a!.speaker.role]).toEqual(["Michael Cohen", "Trump's lawyer"]);
    // Negative: a possessive inside the content leaves the subject alone; a possessor that is the subject's own role stays known.
    expect(who(run("en", "Trump said the president's plan would cut taxes."))).toEqual(["Donald Trump"]);
    expect(who(run("en", "Putin's spokesman Dmitry Peskov said the talks were useful."))).toEqual(["Dmitry Peskov"]);
    // (a closing quotation mark after a word is no possessive)
    expect(who(run("en", "“We will sign it,” Trump said."))).toEqual(["Donald Trump"]);
  });

  it("de: a genitive name before its noun is the possessor (“Trumps Sprecher”), with no pack mark needed", () => {
    expect(who(run("de", "Trumps Sprecher sagte, die Gespräche seien gut verlaufen."))).toEqual(["Trumps Sprecher"]);
    expect(who(run("de", "Merkels Sprecher Steffen Seibert sagte, die Gespräche seien gut verlaufen."))).toEqual(["Steffen Seibert"]);
  });

  it("a known name after a joining word is the complement of the description (en), and a genitive complement makes a description (de)", () => {
    expect(who(run("en", "A spokesman for Trump said the president would sign the bill."))).toEqual(["A spokesman for Trump"]);
    expect(who(run("de", "Anwesende Reporter der Nachrichtenagentur AFP bestätigten die Darstellung der Demonstranten."))).toEqual([
      "Anwesende Reporter der Nachrichtenagentur AFP",
    ]);
    // Negative: a name with "von" stays a name; an apposition after a comma is still the person.
    expect(who(run("de", "John Sifton von Human Rights Watch sagte, die Vorwürfe seien ernst."))).toEqual(["John Sifton"]);
    expect(who(run("en", "A spokesman for the Kremlin, Dmitry Peskov, said the talks were useful."))).toEqual(["Dmitry Peskov"]);
  });
});

describe("a content verb with its object and what it calls it (pack reporting.predicatives)", () => {
  it("en: “dismissed X as Y”, “described X as Y” report X as Y; “as” of time or comparison does not", () => {
    const [a] = run("en", "Hillary Clinton's campaign dismissed the report as a partisan attack.");
    expect([a?.speaker.name, a?.cue, a?.assertion]).toEqual(["Hillary Clinton's campaign", "dismissed", "the report as a partisan attack."]);
    expect(run("en", "The senator described the proposal as reckless and unworkable.").map((c) => c.assertion)).toEqual([
      "the proposal as reckless and unworkable.",
    ]);
    expect(run("en", "Republicans rejected the bill as Congress debated the budget.")).toEqual([]);
    expect(run("en", "The mayor welcomed the decision as soon as it was announced.")).toEqual([]);
    expect(run("en", "Police found the car as it left the city.")).toEqual([]);
  });
});

describe("German postposition “zufolge”: the source phrase before it, and nothing more", () => {
  it("a verb between the subject and the source (no adjective ending, pack grammar.adjectiveEndings) ends the source phrase", () => {
    const [a] = run("de", "Die Firma erwirtschaftet Schätzungen zufolge fast 20 Milliarden Euro im Jahr.");
    // the subject before the source is content, not part of the source
    expect([a!.speaker.name, a!.assertion]).toEqual(["Schätzungen", "Die Firma erwirtschaftet Schätzungen zufolge fast 20 Milliarden Euro im Jahr."]);
    const [b] = run("de", "Dem Sprecher des Ministeriums zufolge soll das Gesetz im Herbst in Kraft treten.");
    expect([b!.speaker.name, b!.assertion]).toEqual(["Sprecher des Ministeriums", "soll das Gesetz im Herbst in Kraft treten."]);
    // Negative: an adjective between a possessor and its noun, and a hyphenated name, stay in the phrase.
    expect(who(run("de", "Mannheims oberster Bürgermeister Peter Kurz sagte, die Hilfe sei überwältigend."))).toEqual(["Peter Kurz"]);
    expect(who(run("de", "Ein Reporter des Fernsehsenders n-tv berichtete, die Lage sei ruhig."))).toEqual(["Ein Reporter des Fernsehsenders n-tv"]);
  });

  it("“eigenen Angaben zufolge” names no one: the subject of the clause speaks", () => {
    const [a] = run("de", "Der Abgeordnete Jan Hollmann hat eigenen Angaben zufolge Briefe von Mitarbeitern erhalten.");
    expect(a!.speaker.name).toBe("Jan Hollmann");
    expect(who(run("de", "Einer Rednerin zufolge waren mehr als 5000 Menschen gekommen."))).toEqual(["Rednerin"]);
  });
});

describe("what is known so far is no source (pack reporting.knowledgeNouns)", () => {
  it("“nach bisherigen Erkenntnissen”, “according to early findings” and their kin open narration, in every language that has them", () => {
    const narration: [string, string][] = [
      ["de", "Nach bisherigen Erkenntnissen wurden drei Menschen verletzt."],
      ["de", "Ein Bauskandal, der nach bisherigen Erkenntnissen 30 Hotels betrifft, ist bekannt geworden."],
      ["de", "Bisherigen Erkenntnissen zufolge wurden drei Menschen verletzt."],
      ["en", "According to early findings, three people were injured in the blast."],
      ["fr", "Selon les premières constatations, trois personnes ont été blessées."],
      ["it", "Secondo i primi accertamenti, tre persone sono rimaste ferite."],
      ["es", "Según las primeras pesquisas, tres personas resultaron heridas."],
      ["pl", "Według wstępnych ustaleń, trzy osoby zostały ranne."],
      ["ro", "Potrivit primelor constatări, trei persoane au fost rănite."],
    ];
    for (const [lang, text] of narration) expect(run(lang, text), `${lang}: ${text}`).toEqual([]);
  });

  it("negative: with an owner, or another noun of information, the phrase is a source", () => {
    expect(run("de", "Nach ersten Erkenntnissen der Polizei wurden drei Menschen verletzt.")).toHaveLength(1);
    expect(who(run("de", "Nach Angaben der Polizei wurden drei Menschen verletzt."))).toEqual(["Polizei"]);
    expect(run("en", "According to the initial findings of the inquiry, the pilot was not at fault.")).toHaveLength(1);
    expect(who(run("en", "According to police, three people were injured in the blast."))).toEqual(["police"]);
    expect(who(run("fr", "Selon la police, trois personnes ont été blessées."))).toEqual(["la police"]);
  });

  it("ru, uk: “согласно предварительным данным”, “за даними, отриманими …” name no source; with an owner they do", () => {
    const narration: [string, string][] = [
      ["ru", "Согласно предварительным данным, при пожаре пострадали два человека."],
      ["ru", "Как следует из имеющейся информации, переправа закрыта до утра."],
      ["ru", "Со ссылкой на неофициальные сведения, переправа закрыта до утра."],
      ["ru", "По данным, собранным на месте, при пожаре пострадали два человека."],
      ["uk", "Згідно з попередніми даними, під час пожежі постраждали двоє людей."],
      ["uk", "Відповідно до наявної інформації, переправу закрито до ранку."],
      ["uk", "За даними, зібраними на місці, під час пожежі постраждали двоє людей."],
    ];
    for (const [lang, text] of narration) expect(run(lang, text), `${lang}: ${text}`).toEqual([]);
    // negative: an owner after the noun is the source
    expect(run("ru", "Согласно данным полиции, при пожаре пострадали два человека.")).toHaveLength(1);
    expect(run("ru", "По сведениям спасателей, переправа закрыта до утра.")).toHaveLength(1);
    expect(run("uk", "За даними поліції, під час пожежі постраждали двоє людей.")).toHaveLength(1);
    expect(run("uk", "За інформацією рятувальників, переправу закрито до ранку.")).toHaveLength(1);
  });
});

describe("English political news: mixed quotations and “according to” (PolNeAR-style relations)", () => {
  it("a partial quotation inside reported speech is one mixed claim of the subject", () => {
    const cases: [string, string, string][] = [
      ["Senator Mark Evans said the deal was “a disaster” for American workers.", "Mark Evans", "the deal was “a disaster” for American workers."],
      [
        "Clinton told supporters in Ohio that Trump was “temperamentally unfit” to be president.",
        "Clinton",
        "Trump was “temperamentally unfit” to be president.",
      ],
      ["The White House press secretary, Sean Spicer, dismissed the report as “fake news.”", "Sean Spicer", "the report as “fake news.”"],
    ];
    for (const [text, name, assertion] of cases)
      expect(run("en", text).map((c) => [c.speaker.name, c.kind, c.assertion])).toEqual([[name, "mixed", assertion]]);
  });

  it("the source of “according to” ends at its comma: a name past it is in the content", () => {
    const [a] = run("en", "According to a senior aide, Pence was “deeply disappointed” by the vote.");
    expect([a!.speaker.name, a!.assertion]).toEqual(["a senior aide", "Pence was “deeply disappointed” by the vote."]);
    const [b] = run("en", "The president is expected to sign the order on Monday, according to two administration officials.");
    expect([b!.speaker.name, b!.assertion]).toEqual(["two administration officials", "The president is expected to sign the order on Monday"]);
    // Negative: a name right after the cue is the source.
    expect(who(run("en", "According to Pence, the vote was a disappointment."))).toEqual(["Mike Pence"]);
  });

  it("a pronoun after the verb with a clause after it opens the content (“has said he would …”); after a quotation it is the subject", () => {
    const [a] = run("en", "Kasich, the governor of Ohio, has said he would not endorse Trump.");
    expect([a!.speaker.name, a!.speaker.role, a!.assertion]).toEqual(["Kasich", "the governor of Ohio", "he would not endorse Trump."]);
    expect(run("ru", "Ситуация остаётся сложной, — заявил он в интервью газете.").map((c) => c.speaker.mention)).toEqual(["он"]);
  });

  it("a source between commas after the subject leaves the subject in the content; a split quotation resumes after a short circumstance", () => {
    const [a] = run("en", "The agreement, according to officials, would cut emissions by half.");
    expect([a!.speaker.name, a!.assertion]).toEqual(["officials", "The agreement, according to officials, would cut emissions by half."]);
    // Negative: after a conjunction or an adverbial the content is what follows the source.
    const [b] = run("it", "E, secondo fonti diplomatiche, i due leader si incontreranno presto.");
    expect(b!.assertion).toBe("i due leader si incontreranno presto.");
    const text = "“We are going to win,” Trump said Tuesday at a rally in Iowa, “and we are going to win big.”";
    const cs = run("en", text);
    expect(cs.map((c) => [c.speaker.name, c.kind, c.quotes.map((q) => text.slice(...q))])).toEqual([
      ["Donald Trump", "direct", ["“We are going to win,”", "“and we are going to win big.”"]],
    ]);
  });

  it("a person's name after an article modifies the noun after it: “the Trump campaign” speaks", () => {
    expect(who(run("en", "The Trump campaign said it raised $80 million in July."))).toEqual(["The Trump campaign"]);
    // Negative: an adverb after the name leaves the name as the subject.
    expect(who(run("en", "Trump himself said the deal was dead."))).toEqual(["Donald Trump"]);
  });

  it("a one-word source that opens the sentence with no one speaking before names an unknown source (de)", () => {
    const [a] = run("de", "Demnach hat der Sohn, Peter Holm, das Haus verkauft.");
    expect([a!.speaker.name, a!.speaker.mention, a!.assertion]).toEqual(["unknown", "Demnach", "hat der Sohn, Peter Holm, das Haus verkauft."]);
  });
});

describe("never a pronoun, an article, an adverb or a bare title as a speaker's name", () => {
  it("“It” is the institution named before; with none, the speaker is unknown and “It” the mention", () => {
    const cs = run("en", "The White House put out a statement after the meeting. It said that the president pressed for lower tariffs.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention])).toEqual([["White House", "It"]]);
    const [u] = run("en", "It said that the talks would go on.");
    expect([u!.speaker.name, u!.speaker.kind, u!.speaker.mention]).toEqual(["unknown", "unknown", "It"]);
  });

  it("a personal pronoun with no one named before it", () => {
    const [c] = run("de", "Er sagte, die Gespräche würden fortgesetzt.");
    expect([c!.speaker.name, c!.speaker.mention]).toEqual(["unknown", "Er"]);
  });

  it("a capitalised pronoun or adverb opening an Italian sentence is no name (“Lo”, “Pertanto”)", () => {
    const [a] = run("it", "Lo ha spiegato un alto funzionario del ministero degli Esteri.");
    expect(a?.speaker.name).not.toBe("Lo");
    const cs = run("it", "Xi Jinping ha parlato con Biden. Pertanto, ha aggiunto Xi, «ci auguriamo che gli Stati Uniti mantengano la parola».");
    expect(who(cs)).not.toContain("Pertanto");
    expect(who(cs)).toContain("Xi Jinping");
  });

  it("a title is no name on its own (“Mr”, “Ms”, “Dr”)", () => {
    const cs = run("en", "Ms. Rodstrom said the hotels would reopen. “It's over,” Mrs. Kim told reporters. Dr. Ellis said the results were clear.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.role])).toEqual([
      ["Rodstrom", null],
      ["Kim", null],
      ["Ellis", null],
    ]);
  });

  it("German object first (verb second): the subject marked as such after the verb", () => {
    const [c] = run("de", "Die Wahlen nannte der Sprecher des Innenministeriums „frei und fair“.");
    expect(c!.speaker.name).toBe("der Sprecher des Innenministeriums");
  });
});

describe("one claim per quotation", () => {
  const split: [string, string][] = [
    ["ro", "„Nu vom ceda”, a spus Peskov. „Niciun centimetru nu va fi cedat.”"],
    ["pl", "„Nie ma porozumienia” – powiedział Pieskow. „Rozmowy będą kontynuowane.”"],
    ["ru", "«Мы готовы к переговорам», — сказал Песков. «Но условия должны быть честными»."],
    ["uk", "«Ми готові», — сказав Пєсков. «Але умови мають бути чесними»."],
    ["fr", "« Nous sommes prêts », a déclaré Peskov. « Mais les conditions doivent être justes. »"],
    ["es", "«Estamos listos», dijo Peskov. «Pero las condiciones deben ser justas»."],
    ["it", "«Siamo pronti», ha detto Peskov. «Ma le condizioni devono essere giuste»."],
    ["vi", "“Chúng tôi sẵn sàng”, ông Peskov nói. “Nhưng các điều kiện phải công bằng.”"],
    ["en", "“We are ready,” Peskov told reporters. “But the terms must be fair.”"],
  ];
  for (const [lang, text] of split) {
    it(`${lang}: a quotation that goes on in the next sentence is one claim with two parts`, () => {
      const cs = run(lang, text);
      expect(cs).toHaveLength(1);
      expect([cs[0]!.speaker.name, cs[0]!.kind, cs[0]!.quotes.length]).toEqual(["Dmitry Peskov", "direct", 2]);
    });
  }

  it("a quotation split by its attribution is one claim (en, de)", () => {
    const text = "“This is a disgrace,” Tapper said, “and it will not stand.”";
    const [c, ...rest] = run("en", text);
    expect(rest).toHaveLength(0);
    expect([c!.speaker.name, c!.kind, c!.quotes.map((q) => text.slice(...q))]).toEqual([
      "Tapper",
      "direct",
      ["“This is a disgrace,”", "“and it will not stand.”"],
    ]);
    expect(run("de", "„Wir sind bereit“, sagte Peskow, „aber nicht um jeden Preis.“")).toHaveLength(1);
  });

  it("a quotation left open at its paragraph's end runs on into paragraphs that open with the same mark (en, de, es)", () => {
    const en =
      "“We have the votes,” Briggs said. “And we are going to pass it.\n\n“The people want this done.\n\n“We will not wait.”\n\nThe vote is on Friday.";
    const cs = run("en", en);
    expect(cs.map((c) => [c.speaker.name, c.kind, c.quotes.length])).toEqual([["Briggs", "direct", 4]]);
    expect(cs[0]!.assertion).toContain("We will not wait");
    const de = run(
      "de",
      "„Wir haben die Stimmen“, sagte Briggs. „Und wir werden es beschließen.\n\n„Die Bürger wollen das.“\n\nDie Abstimmung ist am Freitag.",
    );
    expect(de.map((c) => [c.speaker.name, c.quotes.length])).toEqual([["Briggs", 3]]);
    const es = run("es", "«Tenemos los votos», dijo Briggs. «Y vamos a aprobarlo.\n\n«La gente lo quiere».");
    expect(es.map((c) => [c.speaker.name, c.quotes.length])).toEqual([["Briggs", 3]]);
    // Negative: the next paragraph opens with another mark, or with narration — the open quotation ends there.
    expect(run("en", "“We have the votes,” Briggs said. “And we are going to pass it.\n\nThe vote is on Friday.").map((c) => c.quotes.length)).toEqual([1]);
  });

  it("after an opening quotation, the subject before the cue speaks; what follows the verb is circumstance or addressee (en, es, ro)", () => {
    const q = (cs: Claim[]) => cs.map((c) => [c.speaker.name, c.kind, c.assertion]);
    expect(q(run("en", "“We are looking at every option,” a spokeswoman for Ferris Storage, Ana Ruiz, said in an email."))).toEqual([
      ["Ana Ruiz", "direct", "“We are looking at every option,”"],
    ]);
    expect(q(run("en", "“We are looking at every option,” a spokeswoman for Ferris Storage, Ana Ruiz, told Reuters by phone."))).toEqual([
      ["Ana Ruiz", "direct", "“We are looking at every option,”"],
    ]);
    expect(q(run("es", "«Estudiamos todas las opciones», una portavoz de la empresa, Ana Ruiz, dijo en un correo."))).toEqual([
      ["Ana Ruiz", "direct", "«Estudiamos todas las opciones»"],
    ]);
    expect(q(run("ro", "„Analizăm toate opțiunile”, un purtător de cuvânt al companiei, Ana Ruiz, a spus într-un e-mail."))).toEqual([
      ["Ana Ruiz", "direct", "„Analizăm toate opțiunile”"],
    ]);
    // Negative: a verb right after the quotation has its speaker after it ("said Ana Ruiz"), and with a
    // pronoun subject the addressee is never the speaker.
    expect(q(run("en", "“We are looking at every option,” said Ana Ruiz, a spokeswoman for Ferris Storage."))).toEqual([
      ["Ana Ruiz", "direct", "“We are looking at every option,”"],
    ]);
    expect(run("en", "“We are looking at every option,” she told Reuters.").map((c) => c.speaker.name)).not.toContain("Reuters");
  });

  it("a second attribution coordinated after the content is a claim of its own (en, de, ro, ru, fr)", () => {
    const two = (lang: string, text: string) => run(lang, text).map((c) => [c.speaker.name, c.assertion]);
    expect(two("en", "Police said the cause was under investigation, and the mayor said the city would help the owners.")).toEqual([
      ["Police", "the cause was under investigation"],
      ["the mayor", "the city would help the owners."],
    ]);
    expect(two("en", "Pelosi called the tariffs “a tax on families,” while Senate Minority Leader Chuck Schumer said the president had no plan.")).toEqual([
      ["Pelosi", "the tariffs “a tax on families,”"],
      ["Chuck Schumer", "the president had no plan."],
    ]);
    expect(two("de", "Die Polizei sagte, die Ursache werde untersucht, und der Bürgermeister sagte, die Stadt werde helfen.")).toEqual([
      ["Die Polizei", "die Ursache werde untersucht"],
      ["der Bürgermeister", "die Stadt werde helfen."],
    ]);
    expect(two("ro", "Poliția a declarat că focul a fost stins, iar primarul a spus că orașul va ajuta.").map((c) => c[0])).toEqual(["Poliția", "primarul"]);
    expect(two("ru", "Полиция сообщила, что пожар потушен, а мэр заявил, что город поможет.").map((c) => c[0])).toEqual(["Полиция", "мэр"]);
    expect(two("fr", "La police a indiqué que le feu était éteint, et le maire a déclaré que la ville aiderait.").map((c) => c[0])).toEqual([
      "La police",
      "le maire",
    ]);
    // Negative: the same speaker going on is one claim; a second "that" clause with no verb of its own is content.
    expect(two("en", "The mayor said the city would help, but she cautioned that money was short.")).toHaveLength(1);
    expect(two("en", "The mayor said the city would help, and that money was short.")).toHaveLength(1);
  });

  it("a participle after the main clause reports for its subject (“…, saying …”, “…, adding that …”)", () => {
    expect(run("en", "The Kremlin rejected the proposal, saying it was unacceptable.").map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Kremlin", "it was unacceptable."],
    ]);
    expect(run("en", "Trump left the summit early, adding that he would return next year.").map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Donald Trump", "he would return next year."],
    ]);
    // A name no lexicon knows that opens the sentence is who the participle reports for.
    expect(run("en", "Senator Jane Holt voted against the bill, saying it would raise costs.").map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Jane Holt", "it would raise costs."],
    ]);
    // Negative: a gerund as subject is no cue; a description whose end is not known is no speaker.
    expect(run("en", "Saying goodbye was hard for the team.")).toEqual([]);
    expect(run("en", "The company rejected the offer, saying it undervalued the firm.").map((c) => c.speaker.name)).not.toContain("The company rejected");
  });

  it("a description before the main verb is who the participle reports for (the phrase before the verb and its object)", () => {
    const cases: [string, string, string][] = [
      [
        "A federal judge in Texas blocked the rule on Friday, saying it exceeded the agency's authority.",
        "A federal judge in Texas",
        "it exceeded the agency's authority.",
      ],
      ["The Senate majority leader delayed the vote, saying more time was needed.", "The Senate majority leader", "more time was needed."],
      ["The judge in the case ruled against the company, saying the contract was void.", "The judge in the case", "the contract was void."],
      ["The governor vetoed the bill, adding that it would cost too much.", "The governor", "it would cost too much."],
    ];
    for (const [text, name, assertion] of cases) expect(run("en", text).map((c) => [c.speaker.name, c.assertion])).toEqual([[name, assertion]]);
    // A pronoun right after the participle opens its content; a known person at the head keeps their name.
    expect(run("en", "Police in Ohio arrested two men on Friday, saying they had planned the attack.").map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Police in Ohio", "they had planned the attack."],
    ]);
    expect(who(run("en", "Russian President Vladimir Putin dismissed the claims, saying they were baseless."))).toEqual(["Vladimir Putin"]);
    // Negative: a participle of no reporting verb reports nothing; German "…, sagte er" keeps its pronoun as subject.
    expect(run("en", "Prices rose sharply in March, reflecting higher energy costs.")).toEqual([]);
    expect(run("de", "Die Lage sei ernst, sagte er am Montag in Berlin.").map((c) => c.speaker.mention)).toEqual(["er"]);
  });

  it("the person addressed (“told reporters”) is not content (en)", () => {
    const a = (t: string) => run("en", t).map((c) => c.assertion);
    expect(a("Peskov told journalists the talks were useful.")).toEqual(["the talks were useful."]);
    expect(a("Sen. Lisa Murkowski told reporters last month she had “concerns” about it.")).toEqual(["she had “concerns” about it."]);
    expect(a("The minister told the Financial Times on Monday that a deal was close.")).toEqual(["a deal was close."]);
    expect(a("Peskov told reporters: “We are ready.”")).toEqual(["“We are ready.”"]);
    // Negative: no clear start of the content after the object — it stays whole; "said" takes no addressee.
    expect(a("Lavrov assured allies Moscow would respond.")).toEqual(["allies Moscow would respond."]);
    expect(a("Peskov said reporters were not allowed in.")).toEqual(["reporters were not allowed in."]);
  });

  it("a sentence whose only quotation is a name or a title is no claim of its paragraph's source (de, en)", () => {
    const de = run(
      "de",
      "Der Sprecher der Bewegung sagte, die Proteste gingen weiter. Hauptorganisator ist die Bewegung „People's Alliance for Democracy“ aus Bangkok.",
    );
    expect(de.map((c) => c.speaker.name)).toEqual(["Der Sprecher der Bewegung"]);
    const en = run("en", "The mayor said the ship would dock on Monday. It sails under the name “Morning Star” and carries grain.");
    expect(en).toHaveLength(1);
    // Positive: quoted words that are speech go with the paragraph's source.
    const speech = run("de", "Der Minister sagte, die Lage sei ernst. Er sprach von „unter Druck stehenden Soldaten“ im Norden.");
    expect(speech.map((c) => [c.speaker.name, c.kind])).toEqual([
      ["Der Minister", "indirect"],
      ["Der Minister", "mixed"],
    ]);
  });

  it("German: a separable particle that closes the sentence makes what stands before it circumstance, not content", () => {
    const a = (t: string) => run("de", t).map((c) => [c.speaker.name, c.assertion]);
    expect(a("Der Verdächtige sei festgenommen worden, teilte die Polizei in Denver mit.")).toEqual([
      ["die Polizei", "Der Verdächtige sei festgenommen worden"],
    ]);
    expect(a("Die Lage sei ernst, teilte ein Sprecher dem Fernsehsender „Al Jazeera“ mit.")).toEqual([["ein Sprecher", "Die Lage sei ernst"]]);
    // Negative: narration with the same verb and no content before it.
    expect(a("Die Firma teilte gestern in Berlin ihre Zahlen mit.")).toEqual([]);
  });

  it("a prepositional phrase between the verb and its complementizer is not content (en, ro, fr)", () => {
    const a = (lang: string, t: string) => run(lang, t).map((c) => c.assertion);
    expect(a("en", "FBI Director James Comey wrote in a letter to Congress that the bureau would review the emails.")).toEqual([
      "the bureau would review the emails.",
    ]);
    expect(a("ro", "Ministerul a anunțat într-un comunicat publicat pe site că discuțiile au fost utile.")).toEqual(["discuțiile au fost utile."]);
    expect(a("fr", "Le ministère a indiqué dans un communiqué publié sur son site que les discussions avaient été utiles.")).toEqual([
      "les discussions avaient été utiles.",
    ]);
    // Negative: past a comma, a "that" is no longer the verb's ("said in Geneva, a city that …").
    expect(a("en", "Peskov spoke in Geneva, a city that hosts many talks.")).toEqual([]);
  });

  it("a quotation before its claim goes with it; a quotation after narration does not", () => {
    const cs = run("en", "“We tried.” “It did not work,” the mayor said.");
    expect(cs.map((c) => [c.speaker.name, c.quotes.length])).toEqual([["the mayor", 2]]);
    // "They will be back," written after a sentence of narration, has no speaker to go on with.
    expect(run("en", "The storm hit the coast at dawn. “They will be back.”")).toEqual([]);
  });

  it("continued reported speech stays with its speaker: “he added”, “a adăugat”, “dodał”, German Konjunktiv I", () => {
    expect(
      run("en", "The fire chief said the blaze was contained. He added that two homes were lost.").map((c) => [c.speaker.name, c.speaker.mention]),
    ).toEqual([
      ["The fire chief", "The fire chief"],
      ["The fire chief", "He"],
    ]);
    expect(who(run("ro", "Kremlinul a declarat că discuțiile au fost utile. A adăugat că o întâlnire nu este exclusă."))).toEqual(["Kremlin", "Kremlin"]);
    expect(who(run("pl", "Pieskow powiedział, że rozmowy były konstruktywne. Dodał, że spotkanie nie jest wykluczone."))).toEqual([
      "Dmitry Peskov",
      "Dmitry Peskov",
    ]);
    const de = run("de", "Der Einsatzleiter sagte, das Feuer sei unter Kontrolle. Zwei Häuser seien zerstört worden. Die Straße bleibt gesperrt.");
    expect(de.map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Der Einsatzleiter", "das Feuer sei unter Kontrolle."],
      ["Der Einsatzleiter", "Zwei Häuser seien zerstört worden."],
    ]);
  });

  it("German Konjunktiv II forms that stand in for Konjunktiv I continue reported speech only as spelled, with their umlaut", () => {
    const de = run(
      "de",
      "Die Sprecherin sagte, die Verhandlungen seien unterbrochen. Die Gespräche würden aber im Mai fortgesetzt. Ohne Einigung bliebe die Grenze geschlossen.",
    );
    expect(de.map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["Die Sprecherin", "die Verhandlungen seien unterbrochen."],
      // (the run after the cue's sentence is one claim: de19)
      ["Die Sprecherin", "Die Gespräche würden aber im Mai fortgesetzt. Ohne Einigung bliebe die Grenze geschlossen."],
    ]);
    // the indicative "wurden", "hatten", "waren" (the same letters without the umlaut) is narration
    for (const narration of [
      "Danach wurden die Delegationen zum Flughafen gebracht.",
      "Die Teilnehmer hatten sich vorher in Genf getroffen.",
      "Beide Seiten waren mit großen Delegationen angereist.",
    ]) {
      expect(run("de", `Der Sprecher sagte, das Treffen sei gut verlaufen. ${narration}`)).toHaveLength(1);
    }
    // a hypothesis in the narration ("könnten") continues nothing
    expect(run("de", "Der Sprecher sagte, das Treffen sei gut verlaufen. Die Preise könnten bald steigen.")).toHaveLength(1);
  });

  it("an attribution that opens what follows its colon: a quotation, or each item of a list", () => {
    const pl = "Sean Spicer, rzecznik Białego Domu, stwierdził:\n„To była bardzo dobra rozmowa. Rozmawiano o Syrii.”";
    const [q, ...rest] = run("pl", pl, "2017-05-03");
    expect(rest).toHaveLength(0);
    expect([q!.speaker.name, q!.kind]).toEqual(["Sean Spicer", "direct"]);
    expect(q!.assertion).toBe("„To była bardzo dobra rozmowa. Rozmawiano o Syrii.”");
    const ru =
      "Об итогах разговора сообщил Белый дом:\n▪️Переговоры о прекращении огня начнутся немедленно.\n▪️Стороны продолжат контакты.\nПогода в Москве была холодной.";
    expect(run("ru", ru).map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["White House", "Переговоры о прекращении огня начнутся немедленно."],
      ["White House", "Стороны продолжат контакты."],
    ]);
  });

  it("a retrospective cue after a credit, opening its own paragraph, credits the sentence before and the list after its colon", () => {
    const text =
      "Стороны договорились о прекращении огня.\nКак сообщает Reuters, об этом сказано в заявлении Белого дома:\n▪️Переговоры начнутся немедленно.\n▪️Стороны продолжат контакты.";
    expect(run("ru", text).map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["White House", "Стороны договорились о прекращении огня."],
      ["White House", "Переговоры начнутся немедленно."],
      ["White House", "Стороны продолжат контакты."],
    ]);
    // a retrospective cue with nothing before it in its paragraph or the one before names no claim
    expect(run("uk", "Про це заявив журналістам Ушаков.")).toEqual([]);
  });

  it("a cue after the quotation, in a sentence of its own (“Tak powiedział …”, “Так сказал …”)", () => {
    const [p] = run("pl", "„Nie ma porozumienia.” Tak skomentował sprawę Pieskow.");
    expect([p!.speaker.name, p!.kind, p!.assertion]).toEqual(["Dmitry Peskov", "direct", "„Nie ma porozumienia.”"]);
    const [r] = run("ro", "„Nu există un acord.” Astfel a comentat Peskov.");
    expect([r!.speaker.name, r!.kind]).toEqual(["Dmitry Peskov", "direct"]);
  });
});

describe("reporting senses only", () => {
  it("bylines, “reports for” and nouns such as “earnings reports” are no cues", () => {
    // A manner after the verb is no content; a quoted word is.
    expect(run("en", "Beijing responded sharply.")).toEqual([]);
    expect(run("es", "Pekín respondió duramente.")).toEqual([]);
    expect(run("en", "Peskov said: “No.”").map((c) => [c.speaker.name, c.kind])).toEqual([["Dmitry Peskov", "direct"]]);
    expect(run("en", "Jane Smith reports for the Naples Daily News.")).toEqual([]);
    expect(run("en", "Earnings reports for HSBC showed a drop in profit.")).toEqual([]);
    expect(run("vi", "Vũ Anh (Theo Reuters)")).toEqual([]);
  });

  it("German reported speech follows a comma, a colon or a quotation: “Der Spedition droht …” is none", () => {
    expect(run("de", "Der Spedition droht nun eine hohe Strafe.")).toEqual([]);
    expect(run("de", "Die Stadtwerke äußerten Zweifel an der Darstellung.")).toEqual([]);
    expect(who(run("de", "Die Stadtwerke äußerten, die Darstellung sei falsch."))).toEqual(["Die Stadtwerke"]);
    expect(who(run("de", "Die Polizei drohte: „Wer die Absperrung betritt, wird angezeigt.“"))).toEqual(["Die Polizei"]);
  });

  it("a passive reports its agent or nothing", () => {
    expect(run("en", "Trump was told that the talks had failed.")).toEqual([]);
    expect(who(run("en", "Trump was told by aides that the talks had failed."))).toEqual(["aides"]);
    expect(run("de", "Damit wurde ein Urteil des Landgerichts bestätigt.")).toEqual([]);
    expect(who(run("de", "Der Truppenabzug wurde von einer Armeesprecherin bestätigt."))).toEqual(["Armeesprecherin"]);
  });

  it("a verb with only a prepositional phrase after it is narration (ru, uk, en)", () => {
    expect(run("ru", "Песков ответил на вопросы журналистов.")).toEqual([]);
    expect(run("uk", "Пєсков відповів на запитання журналістів.")).toEqual([]);
    expect(who(run("ru", "Песков ответил на вопросы журналистов, что встреча пока не согласована."))).toEqual(["Dmitry Peskov"]);
  });

  it("a relative clause that criticises is no claim of the place named before it (issue 13); with content it is", () => {
    expect(run("en", "Barack Obama's Washington, which has strongly criticized Putin's government for its human rights record, is watching closely.")).toEqual(
      [],
    );
    expect(who(run("en", "The ministry, which said on Monday that talks would resume, declined further comment."))).toEqual(["The ministry"]);
  });

  it("“as X said” names the source of the rest of the sentence (en, de, pl)", () => {
    expect(run("en", "Talks will resume next week, as the ministry said on Monday.").map((c) => [c.speaker.name, c.assertion])).toEqual([
      ["the ministry", "Talks will resume next week"],
    ]);
    expect(who(run("de", "Wie die Polizei mitteilte, wurden bei dem Unfall zwei Menschen verletzt."))).toEqual(["die Polizei"]);
    expect(who(run("pl", "Jak poinformowała policja, w wypadku zostały ranne dwie osoby."))).toEqual(["policja"]);
  });
});

describe("dates from the text", () => {
  it("with no publication date, a weekday, a relative day or a day and month stay relative for the comparison to resolve", () => {
    const [en] = run("en", "“We are ready,” Peskov said on Monday.", null);
    expect(en!.date).toMatchObject({ iso: null, basis: "relative", text: "Monday", relative: { weekday: 1, offsetDays: null } });
    const [ro] = run("ro", "Kremlinul a declarat joi că discuțiile vor continua.", null);
    expect(ro!.date).toMatchObject({ iso: null, basis: "relative", text: "joi", relative: { weekday: 4 } });
    const [de] = run("de", "Peskow sagte gestern, die Gespräche würden fortgesetzt.", null);
    expect(de!.date).toMatchObject({ iso: null, basis: "relative", relative: { offsetDays: -1 } });
    const [vi] = run("vi", "Điện Kremlin ngày 29-12 cho biết hai bên sẽ tiếp tục hợp tác.", null);
    expect(vi!.date).toMatchObject({ iso: null, relative: { month: 12, day: 29 } });
  });

  it("with a publication date they resolve against it", () => {
    const [en] = run("en", "“We are ready,” Peskov said on Monday.");
    expect(en!.date).toMatchObject({ iso: "2025-03-17", basis: "relative" });
    const [vi] = run("vi", "Điện Kremlin ngày 29-12 cho biết hai bên sẽ tiếp tục hợp tác.", "2020-01-02");
    expect(vi!.date).toMatchObject({ iso: "2019-12-29", basis: "explicit" });
  });

  it("nothing in the text gives a date: no date, and no relative expression", () => {
    const [c] = run("en", "Peskov said the talks would go on.", null);
    expect(c!.date).toMatchObject({ iso: null, basis: null });
  });

  it("the page's time stamp is the publication date, and a date of another event mentioned in passing is not the event's", () => {
    const text = "2025-03-12, 10:15\nAfter their meeting in Helsinki in July 2018, the two presidents spoke on Tuesday. Peskov said the call was useful.";
    const r = extractClaims({ id: "t", language: "en", text });
    expect(r.article.publishedAt).toBe("2025-03-12");
    expect(r.claims[0]!.date).toMatchObject({ iso: "2025-03-11", basis: "context" });
  });

  it("an undated article's lead date that ends a range of days dates other talks, not its event", () => {
    const it1 = extractClaims({
      id: "t",
      language: "it",
      text: "Roma e Mosca\n\nIl ministro ha detto che l'Italia invierà un delegato ai colloqui di Astana, il 3 e 4 maggio.\n\nIl portavoce ha detto che la telefonata è stata utile.",
    });
    expect(it1.claims.every((c) => c.date.text !== "4 maggio")).toBe(true);
    const en1 = extractClaims({
      id: "t",
      language: "en",
      text: "Rome and Moscow\n\nThe minister said Italy will send a delegate to the talks on 3-4 May.\n\nThe spokesman said the call was useful.",
    });
    expect(en1.claims.every((c) => c.date.text !== "4 May")).toBe(true);
    // Nor is it the date of the statement it is reported in.
    const dated = extractClaims({
      id: "t",
      language: "it",
      publishedAt: "2025-05-02",
      text: '"La telefonata è stata utile", ha detto il portavoce, annunciando i colloqui di Astana il 3 e 4 maggio.',
    });
    expect(dated.claims[0]!.date).toMatchObject({ iso: "2025-05-02", basis: "published" });
    // A single day is the event's.
    const one = extractClaims({
      id: "t",
      language: "en",
      text: "Rome and Moscow\n\nThe two leaders spoke on 4 May.\n\nThe spokesman said the call was useful.",
    });
    expect(one.claims[0]!.date).toMatchObject({ basis: "context", relative: { month: 5, day: 4 } });
  });

  it("an undated article's stamp with no year dates its claims, for the comparison to place in the event's year", () => {
    const r = extractClaims({
      id: "t",
      language: "ro",
      text: "2 aprilie 21:09\nBiden a discutat cu Xi.\n\nXi Jinping a avertizat că problema Taiwanului este o linie roșie.",
    });
    expect(r.article.publishedAt).toBeNull();
    expect(r.claims[0]!.date).toMatchObject({ iso: null, relative: { month: 4, day: 2 } });
  });
});

describe("verbs that report only with content (pack reporting.contentVerbs): fr juger, ro a respinge", () => {
  it("fr: “a jugé” with a complementizer, a quotation after it, or a quotation before it reports", () => {
    const [a] = run("fr", "La ministre Claire Morel a jugé que le projet de loi était dangereux.");
    expect([a!.speaker.name, a!.cue, a!.assertion]).toEqual(["Claire Morel", "a jugé", "le projet de loi était dangereux."]);
    const [b] = run("fr", "« Ce projet de loi est dangereux pour les locataires », a jugé le maire de la ville.");
    expect([b!.speaker.name, b!.kind, b!.cue]).toEqual(["le maire de la ville", "direct", "a jugé"]);
    expect(run("fr", "Le syndicat juge que la réforme arrive trop tard.")).toHaveLength(1);
    expect(run("fr", "Le maire a jugé le projet « dangereux pour les locataires ».")).toHaveLength(1);
  });
  it("negative fr: judging a case, being tried, a passive judgement report nothing", () => {
    for (const text of [
      "Le tribunal a jugé l'affaire en une seule journée.",
      "L'ancien maire a été jugé pour corruption en 2019.",
      "Le projet a été jugé trop coûteux par la commission.",
      "La cour jugeait les accusés un par un.",
    ])
      expect(run("fr", text), text).toEqual([]);
  });
  it("ro: “a/au respins” with content after it, or a quotation before it, reports", () => {
    const [a] = run("ro", "Ministerul a respins informațiile potrivit cărora spitalul ar fi închis.");
    expect([a!.cue, a!.assertion]).toEqual(["a respins", "spitalul ar fi închis."]);
    const [b] = run("ro", "„Nu este adevărat”, a respins purtătorul de cuvânt al primăriei.");
    expect([b!.speaker.name, b!.kind, b!.cue]).toEqual(["purtătorul de cuvânt al primăriei", "direct", "a respins"]);
    expect(run("ro", "Sindicatele au respins ideea că salariile ar putea scădea.")).toHaveLength(1);
  });
  it("negative ro: rejecting a law, an appeal or a request reports nothing", () => {
    for (const text of [
      "Parlamentul a respins legea cu o majoritate largă.",
      "Curtea a respins recursul depus de procurori în martie.",
      "Consilierii au respins cererea opoziției de a amâna votul.",
    ])
      expect(run("ro", text), text).toEqual([]);
  });
});

describe("“Both said”: a word standing for the two named just before (pack reporting.pairPronouns)", () => {
  const cases: [string, string][] = [
    ["en", "Emmanuel Macron met Olaf Scholz in Paris on Monday. Both said the new fund would be ready by summer."],
    ["en", "Emmanuel Macron met Olaf Scholz in Paris on Monday. The new fund would be ready by summer, both said."],
    ["de", "Emmanuel Macron traf Olaf Scholz am Montag in Paris. Beide sagten, der neue Fonds sei bis zum Sommer bereit."],
    ["de", "Emmanuel Macron traf Olaf Scholz am Montag in Paris. Der neue Fonds sei bis zum Sommer bereit, sagten beide."],
    ["ru", "Эмманюэль Макрон встретился с Олафом Шольцем в Париже. Оба заявили, что новый фонд будет готов к лету."],
    ["uk", "Джо Байден зустрівся з Бараком Обамою у Вашингтоні. Обидва заявили, що новий фонд буде готовий до літа."],
    ["ro", "Emmanuel Macron s-a întâlnit cu Olaf Scholz la Paris. Amândoi au spus că noul fond va fi gata până în vară."],
    ["fr", "Emmanuel Macron a rencontré Olaf Scholz à Paris. Les deux ont déclaré que le nouveau fonds serait prêt d'ici l'été."],
    ["es", "Emmanuel Macron se reunió con Olaf Scholz en París. Ambos dijeron que el nuevo fondo estará listo antes del verano."],
    ["it", "Emmanuel Macron ha incontrato Olaf Scholz a Parigi. Entrambi hanno detto che il nuovo fondo sarà pronto entro l'estate."],
    ["vi", "Emmanuel Macron đã gặp Olaf Scholz tại Paris. Cả hai cho biết quỹ mới sẽ sẵn sàng trước mùa hè."],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      const pair = lang === "uk" ? "Biden and Obama" : "Macron and Scholz";
      expect(
        cs.map((c) => [c.speaker.name, c.speaker.kind]),
        `${lang}: ${text}`,
      ).toEqual([[pair, "group"]]);
    });

  it("two people no lexicon knows: the pair is still one group speaker", () => {
    const [c] = run("en", "Mayor Anna Lind met Governor Tom Fisk on Monday. Both said the new bridge would open in May.");
    expect(c!.speaker.kind).toBe("group");
  });

  it("negative: “both” before a noun or inside a longer subject is no pair", () => {
    const two = "Emmanuel Macron met Olaf Scholz in Paris on Monday. ";
    expect(who(run("en", `${two}Officials in both capitals said the new fund would be ready by summer.`))).toEqual(["Officials in both capitals"]);
    expect(who(run("en", `${two}Both countries said the new fund would be ready by summer.`))).not.toContain("Macron and Scholz");
    expect(who(run("de", "Emmanuel Macron traf Olaf Scholz am Montag in Paris. Beide Regierungen erklärten, der Fonds sei bereit."))).not.toContain(
      "Macron and Scholz",
    );
    expect(who(run("ru", "Эмманюэль Макрон встретился с Олафом Шольцем в Париже. Оба министерства заявили, что фонд будет готов."))).not.toContain(
      "Macron and Scholz",
    );
  });
});

describe("an opening source with a relative clause after it (pack grammar.relativeOpeners)", () => {
  const cases: [string, string, string][] = [
    ["en", "According to the water authority, which runs the dams, the reservoirs are almost empty.", "the reservoirs are almost empty."],
    ["de", "Laut dem Wasserverband, der die Talsperren betreibt, sind die Speicher fast leer.", "sind die Speicher fast leer."],
    ["de", "Nach Angaben des Wasserverbands, bei dem die Talsperren liegen, sind die Speicher fast leer.", "sind die Speicher fast leer."],
    ["fr", "Selon l'agence de l'eau, qui gère les barrages, les réservoirs sont presque vides.", "les réservoirs sont presque vides."],
    ["es", "Según la autoridad del agua, que gestiona las presas, los embalses están casi vacíos.", "los embalses están casi vacíos."],
    ["it", "Secondo l'autorità idrica, che gestisce le dighe, i bacini sono quasi vuoti.", "i bacini sono quasi vuoti."],
    ["ro", "Potrivit autorității apelor, care administrează barajele, lacurile sunt aproape goale.", "lacurile sunt aproape goale."],
    ["pl", "Według zarządu wód, który zarządza zaporami, zbiorniki są prawie puste.", "zbiorniki są prawie puste."],
    ["ru", "По словам главы водного ведомства, которое управляет плотинами, водохранилища почти пусты.", "водохранилища почти пусты."],
    ["uk", "За словами голови водного відомства, яке керує греблями, водосховища майже порожні.", "водосховища майже порожні."],
  ];
  for (const [lang, text, content] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      expect(
        cs.map((c) => c.assertion),
        `${lang}: ${text}`,
      ).toEqual([content]);
    });

  it("negative: no relative word right after the comma, or no comma closing it, leaves the content whole", () => {
    expect(run("en", "According to the water authority, the reservoirs, which feed the city, are almost empty.").map((c) => c.assertion)).toEqual([
      "the reservoirs, which feed the city, are almost empty.",
    ]);
    expect(run("fr", "Selon l'agence de l'eau, les réservoirs qui alimentent la ville sont presque vides.").map((c) => c.assertion)).toEqual([
      "les réservoirs qui alimentent la ville sont presque vides.",
    ]);
    expect(run("es", "Según la autoridad del agua, que gestiona las presas del norte.").map((c) => c.assertion)).not.toContain("");
  });
});

describe("a surname alone after the full name (shared code, every language)", () => {
  const cases: [string, string][] = [
    ["de", "Bürgermeister Hans Gruber eröffnete am Montag die neue Brücke. Die Brücke sei ein Symbol der Einheit, sagte Gruber."],
    ["de", "Die Architektin Lena Brandauer stellte am Montag den Entwurf vor. Brandauer sagte, der Bau beginne im Herbst."],
    ["en", "Mayor Hans Gruber opened the new bridge on Monday. The bridge is a symbol of unity, Gruber said."],
    ["fr", "Le maire Hans Gruber a inauguré le pont lundi. « Ce pont est un symbole d'unité pour toute la région », a déclaré Gruber."],
    ["ru", "Мэр Ганс Грубер открыл новый мост в понедельник. Мост стал символом единства, заявил Грубер."],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: ${text}`, () => {
      const cs = run(lang, text);
      const name = lang === "ru" ? "Ганс Грубер" : text.includes("Brandauer") ? "Lena Brandauer" : "Hans Gruber";
      expect(cs.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([[name, "person"]]);
    });

  it("negative: no full name before, or a noun with its article, is no person", () => {
    expect(run("de", "Die Brücke wurde am Montag eröffnet. Die Brücke sei ein Symbol der Einheit, sagte Gruber.").map((c) => c.speaker.kind)).not.toContain(
      "person",
    );
    // (the last word of a name written before, as a noun with its article: "die Brücke", not a person)
    const cs = run("de", "Die Firma Neue Brücke legte am Montag Zahlen vor. Die Zahlen seien gut, teilte die Brücke mit.");
    expect(cs.map((c) => c.speaker.kind)).not.toContain("person");
  });
});

describe("known defects: a complement's person, trailing adverbials, a date in a relative clause", () => {
  it("de: a person in the genitive after a noun is the noun's complement: the noun's body speaks", () => {
    const [a] = run("de", "Nach Angaben der Regierung Merkels sind die Preise für Strom gestiegen.");
    expect(a!.speaker.name).not.toBe("Angela Merkel");
    expect(a!.speaker.kind).not.toBe("person");
    // negative: a role or title before the name names the person
    expect(who(run("de", "Die Preise für Strom seien gestiegen, sagte Kanzlerin Merkel."))).toEqual(["Angela Merkel"]);
    expect(who(run("de", "Laut Bundeskanzlerin Angela Merkel sind die Preise für Strom gestiegen."))).toEqual(["Angela Merkel"]);
  });

  it("a trailing cue with only adverbials after its speaker: the clause before it is the content", () => {
    const cases: [string, string, string][] = [
      ["de", "Die Brücke sei sicher, sagte Gruber am Montag in Dresden.", "Die Brücke sei sicher"],
      ["de", "Die Brücke sei sicher, sagte der Bürgermeister am Montag in Dresden.", "Die Brücke sei sicher"],
      ["en", "The bridge is safe, the mayor said on Monday in Dresden.", "The bridge is safe"],
      ["de", "Die Brücke ist sicher, sagte Gruber, der am Montag in Dresden war, vor Journalisten.", "Die Brücke ist sicher"],
      ["en", "The bridge is safe, said Gruber, who was in Dresden on Monday.", "The bridge is safe"],
      ["fr", "Le pont est sûr, a déclaré Gruber, qui était à Dresde lundi.", "Le pont est sûr"],
    ];
    for (const [lang, text, content] of cases)
      expect(
        run(lang, text).map((c) => c.assertion),
        `${lang}: ${text}`,
      ).toEqual([content]);
  });

  it("negative: content after the speaker stays content; a parenthesis in the middle stays whole", () => {
    expect(run("en", "Gruber said on Monday in Dresden that the bridge was safe.").map((c) => c.assertion)).toEqual(["the bridge was safe."]);
    expect(run("en", "The problem, Gruber said, is that nobody checks the bridge.").map((c) => c.assertion)).toEqual([
      "The problem, Gruber said, is that nobody checks the bridge.",
    ]);
  });

  it("a date in a relative clause on the speaker after the cue is not the date of the saying", () => {
    const text = "Die Stadt hat am Freitag die Brücke geöffnet.\n\nDie Brücke ist sicher, sagte Gruber, der am Montag in Dresden war, vor Journalisten.";
    const cs = run("de", text);
    const c = cs.find((x) => x.assertion === "Die Brücke ist sicher");
    expect(c).toBeDefined();
    expect(c!.date.text).not.toBe("am Montag");
    // negative: a date right after the cue or the speaker is the date of the saying
    const [d] = run("de", "Die Brücke sei sicher, sagte Gruber am Montag in Dresden.");
    expect(d!.date.iso).toBe("2025-03-17");
  });
});
