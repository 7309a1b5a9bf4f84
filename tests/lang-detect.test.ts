import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS, ClaimdiffError, defineLanguagePack, detectLanguage, extractClaims, getLanguagePack } from "../src/index.js";

// Language detection reads the text with a maintained statistical detector (tinyld), restricted
// to the installed packs; a user's pack for a language the detector does not know competes by its
// own stopwords. Text that is no language at all is refused.

const code = (text: string) => detectLanguage(text, BUILTIN_PACKS)?.pack.code;

describe("language detection among the installed packs", () => {
  it("chooses among the built-in packs when no list is given", () => {
    expect(detectLanguage("La ministra afirmó ayer que el Gobierno estudia la propuesta.")?.pack.code).toBe("es");
    expect(detectLanguage("Міністр заявив, що зустріч була корисною.")?.pack.code).toBe("uk");
    expect(() => detectLanguage("Der Minister sagte, das Treffen sei nützlich gewesen.", "de" as never)).toThrow(ClaimdiffError);
  });

  it("tells Spanish from French, Italian and Portuguese-looking Romance text, in short paragraphs", () => {
    expect(code("El portavoz del Gobierno dijo el martes que las negociaciones seguirán la próxima semana.")).toBe("es");
    expect(code("Le porte-parole du gouvernement a déclaré mardi que les négociations se poursuivront.")).toBe("fr");
    expect(code("Il portavoce del governo ha detto martedì che i negoziati continueranno la prossima settimana.")).toBe("it");
    expect(code("Purtătorul de cuvânt al guvernului a declarat marți că negocierile vor continua.")).toBe("ro");
    expect(code("Los líderes hablaron por teléfono durante dos horas.")).toBe("es");
  });

  it("tells Russian from Ukrainian and Polish from the other Latin-script languages", () => {
    expect(code("Пресс-секретарь президента заявил, что переговоры продолжатся на следующей неделе.")).toBe("ru");
    expect(code("Речник президента заявив, що переговори продовжаться наступного тижня.")).toBe("uk");
    expect(code("Rzecznik rządu powiedział we wtorek, że rozmowy będą kontynuowane.")).toBe("pl");
    expect(code("Người phát ngôn chính phủ cho biết các cuộc đàm phán sẽ tiếp tục vào tuần tới.")).toBe("vi");
    expect(code("Der Regierungssprecher sagte am Dienstag, die Verhandlungen würden fortgesetzt.")).toBe("de");
  });

  it("a Spanish article is extracted as Spanish, not read as French", () => {
    const r = extractClaims({
      text: "«Estamos dispuestos a negociar», dijo el portavoz del Kremlin, Dmitri Peskov, a los periodistas.",
      publishedAt: "2025-05-16",
    });
    expect(r.article.language).toBe("es");
    expect(r.article.languageDetected).toBe(true);
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Dmitry Peskov"]);
  });

  it("chooses only among the packs it is given: a text in a language with no pack gets none", () => {
    const onlyRoman = BUILTIN_PACKS.filter((p) => ["ro", "it"].includes(p.code));
    expect(detectLanguage("Il portavoce ha detto che i colloqui continueranno.", onlyRoman)?.pack.code).toBe("it");
    expect(detectLanguage("Пресс-секретарь заявил, что переговоры продолжатся.", onlyRoman)).toBeNull();
  });

  it("a user's pack for a language the detector does not know is found by its own stopwords", () => {
    const en = getLanguagePack("en");
    const toy = defineLanguagePack({
      ...en,
      code: "xx",
      name: "Toy",
      detection: { scripts: ["Latin"], stopwords: ["zog", "blit", "quar", "fen", "dap", "mok", "vee", "tolo", "rin", "sab"], letters: "" },
    });
    expect(detectLanguage("zog blit quar fen dap Putin mok vee tolo rin sab zog", [toy, ...BUILTIN_PACKS])?.pack.code).toBe("xx");
    // and a user's pack replaces the built-in one of its code
    const ro2 = defineLanguagePack({ ...getLanguagePack("ro"), name: "Romanian (custom)" });
    expect(detectLanguage("Purtătorul de cuvânt al Kremlinului a declarat că negocierile vor continua.", [ro2, ...BUILTIN_PACKS])?.pack).toBe(ro2);
  });

  it("warns when the text is probably in a language with no installed pack", () => {
    const pt = extractClaims({ text: 'O ministro disse que a reunião foi útil. "Foi muito produtiva", afirmou o presidente.' });
    expect(pt.warnings.map((w) => w.code)).toContain("language_uncertain");
    const cs = extractClaims({ text: "Ministr řekl, že schůzka byla užitečná. Bylo to velmi produktivní, uvedl prezident." });
    expect(cs.warnings.map((w) => w.code)).toContain("language_uncertain");
    // a paragraph in a pack's language is read without doubt
    const fr = extractClaims({ text: "Le ministre a déclaré que la réunion était utile. « Elle a été très productive », a ajouté le président." });
    expect(fr.article.language).toBe("fr");
    expect(fr.warnings.map((w) => w.code)).not.toContain("language_uncertain");
    const es = extractClaims({ text: "La ministra afirmó ayer que el Gobierno estudia la propuesta." });
    expect(es.warnings.map((w) => w.code)).not.toContain("language_uncertain");
    // and a given language is never doubted
    expect(extractClaims({ text: "O ministro disse que a reunião foi útil.", language: "es" }).warnings).toEqual([]);
  });

  it("words of no language detect nothing (the fallback language is used, with a warning)", () => {
    expect(code("zxq vbnm qwrt")).toBeUndefined();
    const r = extractClaims({ text: "zxq vbnm qwrt" });
    expect(r.warnings.map((w) => w.code)).toContain("language_undetected");
  });
});

describe("input that is not text is refused with not_text", () => {
  const refuse = (text: string) => {
    try {
      extractClaims({ id: "blob", text });
    } catch (e) {
      expect(e).toBeInstanceOf(ClaimdiffError);
      return `${(e as ClaimdiffError).code}: ${(e as ClaimdiffError).message}`;
    }
    return "accepted";
  };

  it("binary data read as text (NULs, control and replacement characters)", () => {
    const bytes = Array.from({ length: 600 }, (_, i) => String.fromCharCode((i * 37) % 256)).join("");
    expect(refuse(bytes)).toMatch(/^not_text: Article "blob" is not text: it holds binary data/);
    expect(refuse("PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000\ufffd\ufffd\ufffd word/document.xml \ufffd\ufffd\u0000\u0000")).toMatch(
      /^not_text/,
    );
  });

  it("a base64 or hex blob", () => {
    const b64 = Buffer.from(Array.from({ length: 900 }, (_, i) => (i * 7919) % 256))
      .toString("base64")
      .replace(/(.{76})/g, "$1\n");
    expect(refuse(b64)).toMatch(/^not_text: .*encoded blob/);
    expect(refuse(Array.from({ length: 40 }, (_, i) => ((i * 2654435761) >>> 0).toString(16).padStart(8, "0")).join(""))).toMatch(/^not_text/);
  });

  it("an article with a few stray control characters or an embedded image is still text", () => {
    const article = "The Kremlin said the call was constructive.\u0007 Peskov said talks would go on.\u0000\n";
    expect(refuse(article)).toBe("accepted");
    const image = `Putin said the talks were useful.\n\n<img src="data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"}">\n\nLavrov said the meeting would take place in Riyadh next week, according to officials in Moscow and Washington.`;
    expect(refuse(image)).toBe("accepted");
  });
});
