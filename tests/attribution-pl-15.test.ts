import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests (pl, ru, uk): a source preposition that governs the genitive
// ("według", "zdaniem", "w ocenie", "по словам", "по мнению", "за словами", "на думку") with no comma
// after its phrase — the phrase ends where the genitive does, and the clause's subject is the
// content's — and names in an oblique case brought back to their base form.
const PUB = "2026-12-01";
const claims = (language: string, text: string): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const one = (language: string, text: string): Claim => {
  const cs = claims(language, text);
  expect(cs).toHaveLength(1);
  return cs[0]!;
};

describe("a source phrase in the genitive with no comma ends before the clause's subject", () => {
  it.each([
    ["pl", "Według rzecznika MSZ ambasador zostanie wezwany do ministerstwa.", "rzecznika MSZ", "ambasador zostanie wezwany"],
    ["pl", "Zdaniem ekspertów rozmowa nie przyniesie przełomu.", "ekspertów", "rozmowa nie przyniesie"],
    ["pl", "Zdaniem ministra finansów deficyt nie przekroczy trzech procent.", "ministra finansów", "deficyt nie przekroczy"],
    ["pl", "W ocenie analityków banku inflacja spadnie w przyszłym roku.", "analityków banku", "inflacja spadnie"],
    ["pl", "Według policji sprawca uciekł samochodem w kierunku granicy.", "policji", "sprawca uciekł"],
    ["pl", "Według prokuratury podejrzany przyznał się do winy.", "prokuratury", "podejrzany przyznał"],
    ["pl", "Według rzecznika straży pożarnej budynek spłonął doszczętnie.", "rzecznika straży pożarnej", "budynek spłonął"],
    ["pl", "Według Donalda Tuska Polska musi zwiększyć wydatki na obronę.", "Donalda Tuska", "Polska musi"],
    ["pl", "Według Jarosława Kaczyńskiego opozycja kłamie w sprawie budżetu.", "Jarosława Kaczyńskiego", "opozycja kłamie"],
    ["pl", "Według rzecznika rządu Piotra Müllera premier spotka się z prezydentem.", "rzecznika rządu Piotra Müllera", "premier spotka"],
    ["ru", "По словам представителя МИД посол будет вызван в министерство.", "представителя МИД", "посол будет вызван"],
    ["ru", "По мнению экспертов переговоры не принесут результата.", "экспертов", "переговоры не принесут"],
    ["ru", "По словам министра финансов дефицит не превысит трех процентов.", "министра финансов", "дефицит не превысит"],
    ["uk", "За словами речника МЗС посла буде викликано до міністерства.", "речника МЗС", "посла буде викликано"],
    ["uk", "На думку експертів переговори не принесуть результату.", "експертів", "переговори не принесуть"],
    ["uk", "На думку аналітиків банку інфляція знизиться наступного року.", "аналітиків банку", "інфляція знизиться"],
  ])("%s: %s", (lang, text, mention, content) => {
    const c = one(lang, text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
    expect(c.kind).toBe("indirect");
  });

  it.each([
    ["pl", "Według rzecznika MSZ, ambasador zostanie wezwany do ministerstwa.", "rzecznika MSZ", "ambasador zostanie wezwany"],
    ["pl", "Zdaniem ekspertów, rozmowa nie przyniesie przełomu.", "ekspertów", "rozmowa nie przyniesie"],
    ["pl", "Według mieszkańców wsi, woda w rzece podniosła się o metr.", "mieszkańców wsi", "woda w rzece"],
    ["ru", "По словам представителя МИД, посол будет вызван в министерство.", "представителя МИД", "посол будет вызван"],
    ["ru", "По мнению экспертов, переговоры не принесут результата.", "экспертов", "переговоры не принесут"],
    ["uk", "На думку експертів, переговори не принесуть результату.", "експертів", "переговори не принесуть"],
    ["uk", "За словами речника МЗС, посла буде викликано до міністерства.", "речника МЗС", "посла буде викликано"],
  ])("%s, with the comma, as before: %s", (lang, text, mention, content) => {
    const c = one(lang, text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
  });

  it("ru and uk: a person the lexicon knows, with or without the comma", () => {
    for (const text of ["По словам Дмитрия Пескова переговоры продолжатся.", "По словам Дмитрия Пескова, переговоры продолжатся."]) {
      const c = one("ru", text);
      expect(c.speaker.name).toBe("Dmitry Peskov");
      expect(c.assertion).toBe("переговоры продолжатся.");
    }
    for (const text of ["За словами Дмитра Кулеби переговори тривають.", "За словами Дмитра Кулеби, переговори тривають."]) {
      const c = one("uk", text);
      expect(c.speaker.name).toBe("Dmytro Kuleba");
      expect(c.assertion).toBe("переговори тривають.");
    }
  });

  it("a known country in its base form starts the clause", () => {
    const c = one("pl", "Zdaniem ekspertów Rosja nie zamierza ustąpić.");
    expect(c.speaker.mention).toBe("ekspertów");
    expect(c.assertion).toBe("Rosja nie zamierza ustąpić.");
  });
});

describe("no claim, or no change", () => {
  it("a forecast is a source like a report, with a date word at the start of its content or not", () => {
    // (as in English "According to the weather forecast, it will rain tomorrow." and "… w piątek będzie padać.")
    for (const [text, assertion] of [
      ["Według prognozy pogody jutro będzie padać.", "jutro będzie padać."],
      ["Według prognozy pogody w piątek będzie padać.", "w piątek będzie padać."],
    ] as const) {
      const c = one("pl", text);
      expect(c.speaker.mention).toBe("prognozy pogody");
      expect(c.assertion).toBe(assertion);
    }
  });

  it.each([
    ["pl", "Według mnie to błąd."],
    ["ru", "По его словам переговоры зашли в тупик."],
  ])("%s: %s", (lang, text) => {
    expect(claims(lang, text)).toEqual([]);
  });

  it("a comma later in the content is no end of the source phrase when the genitive ends it", () => {
    const c = one("pl", "Według rzecznika MSZ ambasador zostanie wezwany, a rozmowy zostaną zawieszone.");
    expect(c.speaker.mention).toBe("rzecznika MSZ");
    expect(c.assertion.startsWith("ambasador zostanie wezwany, a rozmowy")).toBe(true);
  });
});

describe("complements of a role and names of several words stay in the source phrase", () => {
  it.each([
    ["pl", "Zdaniem ministra zdrowia szpitale otrzymają więcej pieniędzy.", "ministra zdrowia", "szpitale otrzymają"],
    ["pl", "Zdaniem ministra rozmowa nie przyniesie przełomu.", "ministra", "rozmowa nie przyniesie"],
    ["pl", "Według rzecznika prezydenta rozmowa będzie trudna.", "rzecznika prezydenta", "rozmowa będzie"],
    ["pl", "Według rzecznika prokuratury podejrzany przyznał się do winy.", "rzecznika prokuratury", "podejrzany przyznał"],
    ["pl", "Zdaniem ekspertów Niemcy nie wyślą czołgów na Ukrainę.", "ekspertów", "Niemcy nie wyślą"],
    ["pl", "Według ekspertów Jan Kowalski popełnił błąd.", "ekspertów", "Jan Kowalski popełnił"],
    ["pl", "Według Mike'a Johnsona Kongres przyjmie ustawę w piątek.", "Mike'a Johnsona", "Kongres przyjmie"],
    ["pl", "Według Johna Kirby'ego rozmowy trwają nadal.", "Johna Kirby'ego", "rozmowy trwają"],
    ["pl", "Według ministra obrony Władysława Kosiniaka-Kamysza wojsko otrzyma nowe czołgi.", "ministra obrony Władysława Kosiniaka-Kamysza", "wojsko otrzyma"],
  ])("%s: %s", (lang, text, mention, content) => {
    const c = one(lang, text);
    expect(c.speaker.mention).toBe(mention);
    expect(c.assertion.startsWith(content)).toBe(true);
  });
});

describe("names the lexicon lacks, in the genitive of a source phrase, come out in their base form", () => {
  it.each([
    ["pl", "Według Donalda Tuska Polska musi zwiększyć wydatki na obronę.", "Donald Tusk"],
    ["pl", "Według Donalda Tuska, Polska musi zwiększyć wydatki na obronę.", "Donald Tusk"],
    ["pl", "Według Jarosława Kaczyńskiego opozycja kłamie w sprawie budżetu.", "Jarosław Kaczyński"],
    ["pl", "Zdaniem Anny Nowak reforma jest spóźniona.", "Anna Nowak"],
    ["pl", "Według Anny Kowalskiej, rząd przygotował nową ustawę.", "Anna Kowalska"],
    ["pl", "Według Andrzeja Dudy ustawa trafi do Trybunału.", "Andrzej Duda"],
    ["pl", "Według Johna Kirby'ego rozmowy trwają nadal.", "John Kirby"],
    ["pl", "Według Mike'a Johnsona Kongres przyjmie ustawę w piątek.", "Mike Johnson"],
    ["pl", "Według rzecznika rządu Piotra Müllera premier spotka się z prezydentem.", "Piotr Müller"],
    ["pl", "Według ministra obrony Władysława Kosiniaka-Kamysza wojsko otrzyma nowe czołgi.", "Władysław Kosiniak-Kamysz"],
    ["ru", "По словам Ивана Петрова переговоры продолжатся.", "Иван Петров"],
    ["ru", "По словам Анны Ивановой, переговоры продолжатся.", "Анна Иванова"],
    ["ru", "По мнению Сергея Кузнецова рынок вырастет.", "Сергей Кузнецов"],
    ["uk", "За словами Олени Коваленко переговори тривають.", "Олена Коваленко"],
  ])("%s: %s", (lang, text, name) => {
    const c = one(lang, text);
    expect(c.speaker.name).toBe(name);
    expect(c.speaker.kind).toBe("person");
  });

  it.each([
    // (a name after a verb of saying is its subject, in the nominative already: kept as written)
    ["pl", "Jak powiedziała Anna Nowak, rząd przygotował nową ustawę.", "Anna Nowak"],
    ["pl", "Jak poinformował Marek Nowak, rząd przygotował nową ustawę.", "Marek Nowak"],
    ["ru", "Как сообщила Анна Петрова, переговоры продолжатся.", "Анна Петрова"],
    // (a foreign first name in "-ie" keeps it: the locative's "-ie" is no ending of the genitive)
    ["pl", "Według Marie Dupont rozmowy trwają nadal.", "Marie Dupont"],
  ])("%s, kept: %s", (lang, text, name) => {
    expect(one(lang, text).speaker.name).toBe(name);
  });
});
