import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Attribution and dates on fictional news in the Romance, Slavic and Vietnamese packs (ml18). Every
// sentence below was written for this file.
const run = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-10" }).claims;
const who = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.date.iso]);

describe("vi: a day word and its date between the subject and the verb", () => {
  it.each([
    ["Ông Phan Văn Tùng hôm thứ Sáu nhấn mạnh rằng thành phố sẽ siết chặt quản lý.", "Phan Văn Tùng", "2026-03-06"],
    ["Ông Phan Văn Tùng ngày 5/3 cho biết thành phố sẽ siết chặt quản lý.", "Phan Văn Tùng", "2026-03-05"],
    ["Người phát ngôn Bộ Y tế Đỗ Thị Mai ngày 4/3 nói rằng dịch đã được kiểm soát.", "Đỗ Thị Mai", "2026-03-04"],
  ])("%s", (text, name, iso) => {
    expect(who("vi", text)).toEqual([[name, iso]]);
  });
  it("negative: a date before a verb that reports nothing is no claim", () => {
    expect(run("vi", "Ông Phan Văn Tùng ngày 5/3 đến thăm bệnh viện tỉnh.")).toEqual([]);
  });
  it("negative: the date after the verb stays out of the speaker", () => {
    expect(who("vi", "Ông Phan Văn Tùng cho biết hôm thứ Sáu thành phố sẽ siết chặt quản lý.").map((x) => x[0])).toEqual(["Phan Văn Tùng"]);
  });
});

const implicit = (language: string, text: string) => run(language, text).map((c) => c.speaker.name);

describe("es: a description with a name set off by commas opens the narration: an implicit subject next is that person", () => {
  it("es: the quotation's implicit subject is the named lawyer, not the last speaker", () => {
    const text =
      "El juez dijo que la multa era ilegal. El abogado de la empresa, Ernesto Villalba, celebró la decisión. «Es una victoria», dijo a los periodistas.";
    expect(implicit("es", text)).toEqual(["El juez", "Ernesto Villalba"]);
  });
  it("negative: with no comma after the name the description keeps no apposition, the last speaker goes on", () => {
    const text = "El juez dijo que la multa era ilegal. El abogado visitó a Ernesto Villalba en la cárcel. «Es una victoria», dijo a los periodistas.";
    expect(implicit("es", text)).toEqual(["El juez", "El juez"]);
  });
});

describe("ro: a description with a name set off by commas opens the narration: a pronoun next is that person", () => {
  it("ro: 'Ea' after 'Liderul sindicatului, Dana Ionescu, a salutat decizia.'", () => {
    const text =
      "Potrivit purtătorului de cuvânt al Guvernului, proiectul va fi retrimis. Liderul sindicatului magistraților, Dana Ionescu, a salutat decizia. Ea a susținut că reforma ar fi afectat justiția.";
    expect(implicit("ro", text).at(-1)).toBe("Dana Ionescu");
  });
  it("negative: a name inside the object, not set off after the subject, changes nothing", () => {
    const text =
      "Ministrul Muncii, Elena Pârvu, a declarat că legea va fi modificată. Sindicatul a invitat-o pe Dana Ionescu la negocieri. Ea a susținut că reforma este necesară.";
    expect(implicit("ro", text).at(-1)).toBe("Elena Pârvu");
  });
});

describe("it: a description with a name set off by commas opens the narration", () => {
  it("it: the implicit subject of the quotation is the named secretary", () => {
    const text = "Il ministro ha detto che il piano è pronto. La segretaria del sindacato, Paola Ruggeri, ha lasciato la sala. «Non firmeremo», ha affermato.";
    expect(implicit("it", text)).toEqual(["Il ministro", "Paola Ruggeri"]);
  });
  it("negative: a name set off by commas deep in the sentence, after other words, does not open it", () => {
    const text =
      "Il ministro ha detto che il piano è pronto. Ieri a Roma il corteo dei lavoratori, guidato da tanti delegati arrivati da tutta la regione, ha incontrato Paola Ruggeri, la segretaria. «Non firmeremo», ha affermato poco dopo.";
    expect(implicit("it", text).at(-1)).not.toBe("Paola Ruggeri");
  });
});

describe("pl, uk, ru: a source phrase that ends in its verb, closed by a comma, has an implicit subject", () => {
  it.each([
    ["pl", "Minister Jan Nowak spotkał się w Lublinie z rolnikami. Jak zaznaczył, rząd nie zmieni ustawy o nawozach.", "Jan Nowak"],
    ["pl", "Posłanka Ewa Marczak odwiedziła szpital powiatowy. Jak dodała, pieniądze na remont są już zabezpieczone.", "Ewa Marczak"],
    ["uk", "Міністр Іван Петренко зустрівся з фермерами. Як зазначив, уряд не змінить закон про добрива.", "Іван Петренко"],
    ["ru", "Министр Иван Петров встретился с фермерами. Как отметил, правительство не изменит закон.", "Иван Петров"],
  ])("%s: %s", (language, text, name) => {
    const last = run(language, text).at(-1);
    expect(last?.speaker.name).toBe(name);
    expect(last?.speaker.mention).toBeNull();
  });
  it("negative: the first word after the comma is no speaker when no one was named before", () => {
    expect(run("pl", "Jak zaznaczył, rząd nie zmieni ustawy o nawozach.").map((c) => c.speaker.name)).not.toContain("rząd");
    expect(run("uk", "Як зазначив, уряд не змінить закон про добрива.").map((c) => c.speaker.name)).not.toContain("уряд");
  });
  it("negative: a subject after the verb is still the source", () => {
    expect(run("pl", "Jak poinformowało ministerstwo, rząd nie zmieni ustawy o nawozach.").map((c) => c.speaker.mention)).toEqual(["ministerstwo"]);
    expect(run("ru", "Как отметил министр, правительство не изменит закон о удобрениях.").map((c) => c.speaker.mention)).toEqual(["министр"]);
  });
});

describe("pl, uk: capitals in a sure genitive between a role word and a name are the body, no part of the name", () => {
  it.each([
    ["pl", "Rzecznik Komisji Europejskiej Jan Kowalski powiedział, że decyzja zapadnie w piątek.", "Jan Kowalski"],
    ["pl", "Rzeczniczka Straży Granicznej Anna Kowalczyk poinformowała, że kolejki na przejściach zmalały.", "Anna Kowalczyk"],
    ["uk", "Голова Київської Міської Ради Павло Кириленко заявив, що рішення оскаржать.", "Павло Кириленко"],
  ])("%s: %s", (language, text, name) => {
    expect(run(language, text).map((c) => c.speaker.name)).toEqual([name]);
  });
  it("negative: a name of three words with no genitive keeps all three", () => {
    expect(run("pl", "Rzecznik Jan Maria Kowalski powiedział, że decyzja zapadnie w piątek.").map((c) => c.speaker.name)).toEqual(["Jan Maria Kowalski"]);
  });
  it("negative: a body whose last words are in the genitive too is not cut into a name", () => {
    const names = run("pl", "Prezes Polskiego Stronnictwa Ludowego powiedział, że decyzja zapadnie w piątek.").map((c) => c.speaker.name);
    expect(names).not.toContain("Stronnictwa Ludowego");
  });
});

describe("es, fr, ro, pl: an agency is a public body", () => {
  const src = (language: string, text: string) => run(language, text).map((c) => [c.speaker.name, c.speaker.kind]);
  it.each([
    ["es", "De acuerdo con la Agencia Estatal de Vivienda, los alquileres subirán un cinco por ciento.", "Agencia Estatal de Vivienda"],
    ["es", "La Agencia Tributaria informó de que la campaña de la renta empezará en abril.", "La Agencia Tributaria"],
    ["ro", "Potrivit Agenției Naționale pentru Locuințe, chiriile vor crește cu cinci la sută.", null],
    ["pl", "Według Agencji Rozwoju i Inwestycji Miejskich, sprzedaż działek potrwa do końca roku.", null],
  ])("%s: %s", (language, text, name) => {
    const [sp] = src(language, text);
    expect(sp?.[1]).toBe("institution");
    if (name) expect(sp?.[0]).toBe(name);
  });
  it("negative: a news agency named after the noun stays a medium", () => {
    expect(src("es", "Según la agencia Efe, los alquileres subirán un cinco por ciento.")).toEqual([["EFE", "media"]]);
    expect(src("pl", "Według agencji Reuters, sprzedaż działek potrwa do końca roku.")).toEqual([["Reuters", "media"]]);
  });
});
