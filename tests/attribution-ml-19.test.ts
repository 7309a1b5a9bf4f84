import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Speakers of fictional agency news in fr es it ro pl ru uk vi (ml19). Every sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const last = (language: string, text: string) => {
  const c = run(language, text).at(-1);
  return c ? [c.speaker.name, c.speaker.mention, text.slice(...c.assertionSpan)] : null;
};

describe("a possessive or pronoun source after a sentence of narration is the person it opened with", () => {
  it.each([
    ["it", "Il ministro Carlo Bianchi ha visitato il porto. A suo dire, i lavori finiranno entro giugno.", "Carlo Bianchi", "A suo dire"],
    ["it", "La ministra Anna Rossi ha visitato il porto. Secondo lei, i lavori finiranno entro giugno.", "Anna Rossi", "lei"],
    ["fr", "Le ministre Paul Girard a visité le port. Selon lui, les travaux seront terminés en juin.", "Paul Girard", "lui"],
    ["es", "El alcalde Juan Ruiz visitó el puerto. Según él, las obras terminarán en junio.", "Juan Ruiz", "él"],
    ["ro", "Ministrul Ion Popescu a vizitat portul. Potrivit acestuia, lucrările vor fi gata în iunie.", "Ion Popescu", "acestuia"],
    ["pl", "Minister Jan Nowak odwiedził port. Jego zdaniem prace zakończą się w czerwcu.", "Jan Nowak", "Jego"],
    ["pl", "Minister Anna Nowak odwiedziła port. W jej ocenie, prace zakończą się w czerwcu.", "Anna Nowak", "jej"],
    ["ru", "Сергей Иванов посетил завод. По его словам, предприятие не закроется.", "Сергей Иванов", "его"],
    ["ru", "Министр промышленности Сергей Иванов посетил завод. По его словам, предприятие не закроется.", "Сергей Иванов", "его"],
    ["uk", "Міністр Іван Петренко відвідав завод. За його словами, підприємство не закриють.", "Іван Петренко", "його"],
    ["vi", "Ông Nguyễn Văn An đã gặp các doanh nghiệp. Theo ông, các dự án sẽ hoàn thành vào tháng 6.", "Nguyễn Văn An", "ông"],
    ["vi", "Bộ trưởng Ngoại giao Nguyễn Văn An đã gặp các doanh nghiệp. Theo ông, các dự án sẽ hoàn thành vào tháng 6.", "Nguyễn Văn An", "ông"],
    ["vi", "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã chủ trì họp báo. Theo bà, Việt Nam phản đối mọi hành động đơn phương.", "Phạm Thu Hằng", "bà"],
  ])("%s: %s", (language, text, name, mention) => {
    const c = last(language, text);
    expect(c?.[0]).toBe(name);
    expect(c?.[1]).toBe(mention);
  });
  it("the assertion is what follows the source phrase", () => {
    expect(last("pl", "Minister Jan Nowak odwiedził port. Jego zdaniem prace zakończą się w czerwcu.")?.[2]).toBe("prace zakończą się w czerwcu.");
    expect(last("it", "Il ministro Carlo Bianchi ha visitato il porto. A suo dire, i lavori finiranno entro giugno.")?.[2]).toBe(
      "i lavori finiranno entro giugno.",
    );
  });
  it("negative: a speaker since the narration is who the possessive means", () => {
    const text = "Сергей Иванов посетил завод. Директор Олег Смирнов заявил, что зарплаты вырастут. По его словам, предприятие не закроется.";
    expect(run("ru", text).map((c) => c.speaker.name)).toEqual(["Олег Смирнов", "Олег Смирнов"]);
  });
  it("negative: a name after a verb of the narration opens nothing", () => {
    const text = "Il porto ha accolto ieri il ministro Carlo Bianchi. A suo dire, i lavori finiranno entro giugno.";
    expect(run("it", text).map((c) => c.speaker.name)).not.toContain("Carlo Bianchi");
  });
  it("negative: with no one named before, the pronoun source stays unknown", () => {
    expect(run("fr", "Selon lui, les travaux seront terminés en juin.").map((c) => c.speaker.name)).toEqual(["unknown"]);
    expect(run("pl", "Jego zdaniem prace zakończą się w czerwcu.").map((c) => c.speaker.name)).not.toContain("Jego");
  });
  it("negative: 'a suo tempo' is no source", () => {
    expect(run("it", "Il ministro Carlo Bianchi ha visitato il porto. A suo tempo i lavori erano fermi.")).toEqual([]);
  });
});

describe("an adverbial of several words after the reporting verb is no subject (pack grammar.adverbPhrases)", () => {
  it.each([
    ["it", "Il porto sarà ampliato, ha affermato poco dopo il sindaco.", "il sindaco"],
    ["it", "Il porto sarà ampliato, ha affermato più tardi il sindaco Luca Ferri.", "Luca Ferri"],
    ["fr", "Le port sera agrandi, a déclaré peu après le maire.", "le maire"],
    ["es", "El puerto será ampliado, afirmó poco después el alcalde.", "el alcalde"],
    ["ro", "Portul va fi extins, a declarat mai târziu primarul.", "primarul"],
    ["pl", "Port zostanie rozbudowany – powiedział nieco później burmistrz.", "burmistrz"],
    ["ru", "Порт будет расширен, заявил чуть позже мэр.", "мэр"],
  ])("%s: %s", (language, text, name) => {
    const c = run(language, text);
    expect(c.map((x) => x.speaker.name)).toEqual([name]);
    // (the content ends before the attribution)
    expect(text.slice(...c[0]!.assertionSpan)).toBe(text.split(/,| –/u)[0]);
  });
  it.each([
    ["it", "Il sindaco Luca Ferri ha parlato ai cronisti. «Il porto sarà ampliato», ha affermato poco dopo."],
    ["it", "Il sindaco Luca Ferri ha parlato ai cronisti. Il porto sarà ampliato, ha affermato poi."],
    ["es", "El alcalde Luca Ferri habló con los estibadores. «El puerto será ampliado», afirmó poco después."],
  ])("with the subject left out, the person the narration opened with: %s", (language, text) => {
    expect(run(language, text).map((x) => [x.speaker.name, x.speaker.mention])).toEqual([["Luca Ferri", null]]);
  });
  it("negative: an adverb alone is never the speaker's name", () => {
    for (const [language, text] of [
      ["it", "«Il porto sarà ampliato», ha affermato poco dopo."],
      ["es", "«El puerto será ampliado», afirmó poco después."],
    ] as const)
      expect(run(language, text).map((x) => x.speaker.name)).not.toContain("poco");
  });
  it("negative: 'dopo' alone is a preposition, its noun no speaker", () => {
    expect(run("it", "Il porto sarà ampliato, ha affermato dopo la riunione il sindaco.").map((x) => x.speaker.mention)).not.toContain("la riunione");
  });
});

describe("ro: a role word with a capitalised body in the genitive-dative (pack grammar.complementEndings)", () => {
  it.each([
    ["Guvernul va majora salariul minim, a subliniat ministrul Muncii.", "ministrul Muncii"],
    ["Deficitul va scădea anul viitor, a anunțat ministrul Finanțelor Publice.", "ministrul Finanțelor Publice"],
    ["Președintele Senatului a declarat că legea va fi votată.", "Președintele Senatului"],
  ])("%s → the description, not the body as a name", (text, name) => {
    const c = run("ro", text);
    expect(c.map((x) => [x.speaker.name, x.speaker.kind])).toEqual([[name, "unknown"]]);
  });
  it("the person named with that office before is who the title means", () => {
    const text = "Ministrul Muncii, Elena Pârvu, a vizitat Iașiul. Salariul minim va crește, a subliniat ministrul Muncii.";
    expect(run("ro", text).map((x) => [x.speaker.name, x.speaker.mention])).toEqual([["Elena Pârvu", "ministrul Muncii"]]);
  });
  it("a name after the body is the person", () => {
    expect(run("ro", "Salariul minim va crește, a declarat ministrul Muncii Elena Pârvu.").map((x) => x.speaker.name)).toEqual(["Elena Pârvu"]);
  });
  it("negative: another office named after the first is not its holder", () => {
    const text = "Ministrul Muncii, Elena Pârvu, a declarat că legea va fi modificată. Deficitul va scădea, a subliniat ministrul Finanțelor.";
    expect(run("ro", text).map((x) => x.speaker.name)).toEqual(["Elena Pârvu", "ministrul Finanțelor"]);
  });
  it("negative: a surname after the role word stays the person", () => {
    expect(run("ro", "Salariul minim va crește, a declarat ministrul Popescu.").map((x) => x.speaker.name)).toEqual(["Popescu"]);
    expect(run("ro", "Salariul minim va crește, a declarat ministra Ioana Lupei.").map((x) => x.speaker.name)).toEqual(["Ioana Lupei"]);
  });
});

describe("base forms of unknown names after a governing source phrase, by endings the packs' name paradigms teach", () => {
  it.each([
    ["pl", "Według Pawła Nowaka rząd nie zmieni ustawy.", "Paweł Nowak"],
    ["pl", "Zdaniem Marka Kowalczyka reforma jest spóźniona.", "Marek Kowalczyk"],
    ["pl", "Według Jacka Michalaka szpital zostanie zamknięty.", "Jacek Michalak"],
    ["pl", "Według Tomasza Adamca szpital zostanie zamknięty.", "Tomasz Adamiec"],
    ["pl", "Według Agnieszki Wróbel szpital zostanie zamknięty.", "Agnieszka Wróbel"],
    ["uk", "За словами Сергія Петренка, завод не закриють.", "Сергій Петренко"],
    ["uk", "За словами Івана Бойка, завод не закриють.", "Іван Бойко"],
    ["uk", "За словами Віталія Кравченка, завод не закриють.", "Віталій Кравченко"],
  ])("%s: %s", (language, text, name) => {
    expect(run(language, text).map((c) => c.speaker.name)).toEqual([name]);
  });
  it.each([
    // (a vowel before the ending: no fleeting "e")
    ["pl", "Według Michała Kowalczyka szpital zostanie zamknięty.", "Michał Kowalczyk"],
    ["pl", "Według Patryka Nowaka szpital zostanie zamknięty.", "Patryk Nowak"],
    ["pl", "Według Anny Zając szpital zostanie zamknięty.", "Anna Zając"],
    // (a letter before "-ka" no paradigm shows: "Tusk", not "Tusek")
    ["pl", "Według Adama Tuska szpital zostanie zamknięty.", "Adam Tusk"],
    ["uk", "За словами Івана Мельника, завод не закриють.", "Іван Мельник"],
    ["uk", "За словами Олега Ковальчука, завод не закриють.", "Олег Ковальчук"],
    ["ru", "По словам Сергея Иванова, завод не закроется.", "Сергей Иванов"],
    ["ru", "По словам Анны Смирновой, завод не закроется.", "Анна Смирнова"],
  ])("negative: %s: %s", (language, text, name) => {
    expect(run(language, text).map((c) => c.speaker.name)).toEqual([name]);
  });
  it("negative: a name as the subject keeps its own form", () => {
    expect(run("pl", "Jak poinformowała Anna Kowalska, szpital zostanie zamknięty.").map((c) => c.speaker.name)).toEqual(["Anna Kowalska"]);
    expect(run("pl", "Paweł Nowak powiedział, że rząd nie zmieni ustawy.").map((c) => c.speaker.name)).toEqual(["Paweł Nowak"]);
  });
});

describe("pl: 'ze' (with) is no 'że' (that) — pack matching.markedWords keeps the dot under strip-marks", () => {
  it.each([
    "Minister Jan Nowak zgodził się ze związkowcami w sprawie płac.",
    "Minister Jan Nowak ostrzegł ze względu na suszę przed pożarami lasów.",
    "Wojewoda Adam Lis uzgodnił ze starostami plan ewakuacji.",
  ])("negative: no content after 'ze': %s", (text) => {
    expect(run("pl", text)).toEqual([]);
  });
  it.each([
    ["Minister Jan Nowak poinformował ze smutkiem, że zakład zostanie zamknięty.", "zakład zostanie zamknięty."],
    ["Posłanka Ewa Marczak przyznała ze śmiechem, że nie czytała projektu.", "nie czytała projektu."],
    ["Minister Jan Nowak powiedział, że zakład zostanie zamknięty.", "zakład zostanie zamknięty."],
  ])("the content starts after 'że', not after 'ze': %s", (text, assertion) => {
    expect(run("pl", text).map((c) => text.slice(...c.assertionSpan))).toEqual([assertion]);
  });
});

describe("fresh agency copy (EFE, Agerpres, ANSA): speakers after the verb", () => {
  it("es: 'este miércoles' between the verb and the speaker is a date", () => {
    const text = "El plan de ayudas será aprobado pronto, anunció este miércoles el ministro de Agricultura, Luis Prados.";
    const c = extractClaims({ id: "t", text, language: "es", publishedAt: "2026-03-05" }).claims;
    expect(c.map((x) => [x.speaker.name, x.date.iso, text.slice(...x.assertionSpan)])).toEqual([
      ["Luis Prados", "2026-03-04", "El plan de ayudas será aprobado pronto"],
    ]);
  });
  it("ro: 'ministrul Sănătății, Andrei Rusu' after the verb is Andrei Rusu", () => {
    const text = "Guvernul va aloca bani pentru spitale, a anunțat miercuri ministrul Sănătății, Andrei Rusu.";
    expect(run("ro", text).map((x) => [x.speaker.name, text.slice(...x.assertionSpan)])).toEqual([["Andrei Rusu", "Guvernul va aloca bani pentru spitale"]]);
  });
  it("negative: a surname after the role word with an apposition stays the person", () => {
    const text = "Guvernul va aloca bani pentru spitale, a anunțat ministrul Popescu, fost medic.";
    expect(run("ro", text).map((x) => x.speaker.name)).toEqual(["Popescu"]);
  });
  it("it: the surname of a full name written before is that person, not a state ('Greco' is no Greece)", () => {
    const text = "Il governo stanzierà 200 milioni per le scuole, ha annunciato il ministro Paolo Greco. «È un impegno che manterremo», ha assicurato Greco.";
    expect(run("it", text).map((x) => x.speaker.name)).toEqual(["Paolo Greco", "Paolo Greco"]);
  });
  it("negative: with no full name before, the adjective of a state is still the state", () => {
    expect(run("it", "La Grecia sarà pronta, ha detto Greco.").map((x) => x.speaker.kind)).toEqual(["institution"]);
  });
});
