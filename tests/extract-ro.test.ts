import { describe, expect, it } from "vitest";
import { extractClaims, type Claim, type ExtractionResult } from "../src/index.js";

// Realistic Romanian wire copy (not taken from the seeds). Reference date: Friday 14 March 2025,
// so "joi" = 13 March, "miercuri" = 12 March, "vineri" = 14 March.
const PUB = "2025-03-14";
const run = (text: string, publishedAt: string | null = PUB): ExtractionResult =>
  extractClaims({ id: "ro", text, language: "ro", ...(publishedAt ? { publishedAt } : {}) });
const one = (text: string, publishedAt: string | null = PUB): Claim[] => run(text, publishedAt).claims;

describe("Romanian: direct speech and quote styles", () => {
  it("„…” with the cue, a weekday and the name after the quote", () => {
    const cs = one("„Nu vom accepta niciun armistițiu care să permită Ucrainei să se reînarmeze”, a declarat joi Serghei Lavrov.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Sergey Lavrov", side: "RU", kind: "person" });
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("a declarat");
    expect(c.assertion).toBe("„Nu vom accepta niciun armistițiu care să permită Ucrainei să se reînarmeze”");
    expect(c.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
    expect(c.topics).toContain("ceasefire");
  });

  it("a quotation that opens with ” (”…”), speaker given by a role resolved to its holder", () => {
    const [c, ...rest] = one("”Europa trebuie să fie pregătită să-și apere singură securitatea”, a afirmat vineri președintele francez Emmanuel Macron.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Emmanuel Macron", side: "FR", role: "President of France" });
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("”Europa trebuie să fie pregătită să-și apere singură securitatea”");
    expect(c!.date).toMatchObject({ iso: "2025-03-14", basis: "relative" });
    expect(c!.topics).toContain("security");
  });

  it("no-break spaces inside the quotation and before the name keep exact offsets; an unknown name is kept", () => {
    const text = "„Sancțiunile împotriva Rusiei vor rămâne în vigoare până\u00a0la încheierea războiului”, a precizat\u00a0Kaja Kallas.";
    const r = run(text);
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker.name).toBe("Kaja Kallas");
    expect(c.speaker.side).toBeNull();
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("a precizat");
    expect(c.assertion).toBe("„Sancțiunile împotriva Rusiei vor rămâne în vigoare până\u00a0la încheierea războiului”");
    expect(r.text.slice(...c.assertionSpan)).toBe(c.assertion);
    expect(c.topics).toContain("sanctions");
  });

  it("a quotation that runs over two sentences is one claim", () => {
    const cs = one("„Nu discutăm despre o retragere a trupelor. Poziția Moscovei este cunoscută de toată lumea”, a spus Dmitri Peskov.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("Dmitry Peskov");
    expect(cs[0]!.kind).toBe("direct");
    expect(cs[0]!.assertion).toBe("„Nu discutăm despre o retragere a trupelor. Poziția Moscovei este cunoscută de toată lumea”");
  });

  it("a trailing attribution with an apposition after the name", () => {
    const [c] = one("„Contactele la nivel de experți continuă”, a spus Dmitri Peskov, purtătorul de cuvânt al Kremlinului.");
    expect(c!.speaker).toMatchObject({ name: "Dmitry Peskov", role: "Kremlin spokesperson" });
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("„Contactele la nivel de experți continuă”");
  });

  it("an unclosed quotation never crashes and never swallows the following paragraphs", () => {
    const text = [
      "„Vom continua să ne apărăm țara, a declarat Zelenski.",
      "Rușii au lansat peste noapte peste o sută de drone asupra regiunii Odesa.",
      "„Atacurile vor continua”, a avertizat Dmitri Medvedev.",
    ].join("\n");
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain("unclosed_quote");
    for (const c of r.claims) expect(r.text.slice(...c.span)).not.toContain("\n");
    expect(r.claims.some((c) => c.assertion.includes("drone"))).toBe(false);
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Volodymyr Zelenskyy", "Dmitry Medvedev"]);
    expect(r.claims[0]!.assertion).toBe("„Vom continua să ne apărăm țara");
    expect(r.claims[1]!.assertion).toBe("„Atacurile vor continua”");
  });

  it("dash-introduced speech with the attribution after it", () => {
    const [c, ...rest] = one("– Nu avem nimic de ascuns, a spus Maria Zaharova.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Maria Zakharova", side: "RU" });
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("Nu avem nimic de ascuns");
    expect(c!.cue).toBe("a spus");
  });

  it("attribution before the quotation", () => {
    const cs = one("Serghei Lavrov a declarat: „Occidentul nu vrea pace în Ucraina”.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker.name).toBe("Sergey Lavrov");
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("a declarat");
    expect(c.assertion.startsWith("„Occidentul nu vrea pace în Ucraina”")).toBe(true);
    expect(c.topics).toEqual(expect.arrayContaining(["peace", "ukraine"]));
  });

  it("attribution before the quotation: the assertion is the quotation alone", () => {
    const [c] = one("Serghei Lavrov a declarat: „Occidentul nu vrea pace în Ucraina”.");
    expect(c!.assertion).toBe("„Occidentul nu vrea pace în Ucraina”");
  });

  it("attribution before the quotation with a weekday in between", () => {
    const [c] = one("Serghei Lavrov a declarat joi: „Occidentul nu vrea pace în Ucraina”.");
    expect(c!.speaker.name).toBe("Sergey Lavrov");
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("„Occidentul nu vrea pace în Ucraina”");
    expect(c!.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
  });

  it("attribution inside a split quotation is one claim covering both parts", () => {
    const cs = one("„Nu vom ceda”, a spus Zelenski, „niciun centimetru din teritoriul nostru”.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(c.kind).toBe("direct");
    expect(c.assertion).toContain("Nu vom ceda");
    expect(c.assertion).toContain("niciun centimetru");
  });
});

describe("Romanian: reported speech, sources and trailing attribution", () => {
  it("„a declarat că” with a role in apposition and a weekday after the verb", () => {
    const cs = one("Ministrul rus de externe, Serghei Lavrov, a declarat miercuri că Moscova este pregătită să reia negocierile cu Washingtonul.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Sergey Lavrov", role: "Russian Foreign Minister", side: "RU" });
    expect(c.kind).toBe("indirect");
    expect(c.cue).toBe("a declarat");
    expect(c.assertion).toBe("Moscova este pregătită să reia negocierile cu Washingtonul.");
    expect(c.date).toMatchObject({ iso: "2025-03-12", basis: "relative" });
    expect(c.topics).toContain("negotiations");
  });

  it("„Casei Albe” in a role resolves to the White House press secretary", () => {
    const [c] = one("Purtătoarea de cuvânt a Casei Albe, Karoline Leavitt, a declarat că președintele Trump este „frustrat” de ambele părți.");
    expect(c!.speaker).toMatchObject({ name: "Karoline Leavitt", role: "White House press secretary", side: "US" });
    expect(c!.kind).toBe("mixed");
    expect(c!.assertion).toBe("președintele Trump este „frustrat” de ambele părți.");
  });

  it("„se arată într-un comunicat al …” names an institution in the genitive", () => {
    const [c, ...rest] = one(
      "„Rusia rămâne deschisă unui dialog pragmatic cu noua administrație americană”, se arată într-un comunicat al Ministerului rus de Externe.",
    );
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Russian Foreign Ministry", kind: "institution", side: "RU" });
    expect(c!.kind).toBe("direct");
    expect(c!.cue).toMatch(/^se arată/);
    expect(c!.assertion).toBe("„Rusia rămâne deschisă unui dialog pragmatic cu noua administrație americană”");
    expect(c!.date).toMatchObject({ iso: PUB, basis: "published" });
  });

  it("source phrases „Potrivit Kremlinului” / „Potrivit Casei Albe” give canonical English names", () => {
    const cs = one(
      [
        "Potrivit Kremlinului, Putin și Trump vor discuta din nou la telefon în perioada următoare.",
        "Potrivit Casei Albe, cei doi președinți au convenit asupra unui armistițiu parțial.",
      ].join("\n"),
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "White House"]);
    expect(cs.map((c) => c.speaker.side)).toEqual(["RU", "US"]);
    expect(cs.map((c) => c.cue)).toEqual(["Potrivit", "Potrivit"]);
    expect(cs[0]!.assertion).toBe("Putin și Trump vor discuta din nou la telefon în perioada următoare.");
    expect(cs[0]!.kind).toBe("indirect");
    expect(cs[0]!.topics).toContain("phone-call");
    expect(cs[1]!.topics).toContain("ceasefire");
  });

  it("„conform Reuters” at the end is a credit (via), not the speaker", () => {
    const r = run("Casa Albă a anunțat că Donald Trump îl va primi pe Volodimir Zelenski la Washington, conform Reuters.");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.speaker).toMatchObject({ name: "White House", side: "US" });
    expect(r.claims[0]!.cue).toBe("a anunțat");
    expect(r.article.via).toContain("Reuters");
    expect(r.claims[0]!.via).toContain("Reuters");
  });

  it("trailing attribution „…, a mai precizat NAME”", () => {
    const [c, ...rest] = one("Convorbirea dintre cei doi lideri a durat aproape două ore, a mai precizat Iuri Ușakov.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Yury Ushakov", side: "RU" });
    expect(c!.kind).toBe("indirect");
    expect(c!.cue).toBe("a mai precizat");
    expect(c!.assertion).toBe("Convorbirea dintre cei doi lideri a durat aproape două ore");
    expect(c!.topics).toEqual(expect.arrayContaining(["phone-call", "duration"]));
  });

  it("mixed claims: reported speech with quoted fragments", () => {
    const [c] = one("Peskov a calificat discuțiile de la Riad drept „utile”, dar a avertizat că un acord de pace „nu va fi semnat peste noapte”.");
    expect(c!.speaker.name).toBe("Dmitry Peskov");
    expect(c!.kind).toBe("mixed");
    expect(c!.cue).toBe("a calificat");
    expect(c!.assertion).toContain("„nu va fi semnat peste noapte”");
    expect(c!.topics).toContain("peace");
  });

  it("an impersonal continuation („Se mai precizează că…”) keeps the source of the statement", () => {
    const cs = one(
      "Kremlinul a transmis că Putin și Trump au discutat despre un armistițiu de 30 de zile. Se mai precizează că discuția s-a desfășurat într-o atmosferă constructivă.",
    );
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
    expect(cs[0]!.cue).toBe("a transmis");
    expect(cs[0]!.assertion).toBe("Putin și Trump au discutat despre un armistițiu de 30 de zile.");
    expect(cs[0]!.topics).toContain("ceasefire");
    expect(cs[1]!.cue).toBe("Se mai precizează");
    expect(cs[1]!.speaker.mention).toBeNull();
    expect(cs[1]!.assertion).toBe("discuția s-a desfășurat într-o atmosferă constructivă.");
    expect(cs[1]!.topics).toContain("tone");
  });

  it("an impersonal frame wins over a reporting verb inside its content", () => {
    const cs = one(
      "Kremlinul a transmis că Putin și Trump au discutat despre un armistițiu de 30 de zile. Se mai precizează că cei doi lideri au convenit să rămână în contact permanent.",
    );
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
    expect(cs[0]!.cue).toBe("a transmis");
    expect(cs[0]!.topics).toContain("ceasefire");
    expect(cs[1]!.cue).toBe("Se mai precizează");
    expect(cs[1]!.speaker.mention).toBeNull();
    expect(cs[1]!.assertion).toBe("cei doi lideri au convenit să rămână în contact permanent.");
  });
});

describe("Romanian: speakers", () => {
  it("„reprezentantul Kremlinului” after Peskov was named is Peskov; the question sentence is no claim", () => {
    const cs = one(
      "Dmitri Peskov a fost întrebat despre noile sancțiuni americane. „Sancțiunile nu ne vor schimba politica”, a răspuns reprezentantul Kremlinului.",
    );
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Dmitry Peskov", role: "Kremlin representative", mention: "reprezentantul Kremlinului", side: "RU" });
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("a răspuns");
  });

  it("„Liderul rus” is Putin and „miliardarul republican” is Trump", () => {
    const cs = one(
      [
        "Liderul rus a afirmat că Moscova nu exclude o întâlnire cu miliardarul republican în perioada următoare.",
        "Miliardarul republican a declarat, la rândul său, că un acord este „foarte aproape”.",
      ].join("\n"),
    );
    expect(cs).toHaveLength(2);
    expect(cs[0]!.speaker).toMatchObject({ name: "Vladimir Putin", side: "RU", role: "President of Russia", mention: "Liderul rus" });
    expect(cs[0]!.kind).toBe("indirect");
    expect(cs[0]!.topics).toContain("meeting");
    expect(cs[1]!.speaker).toMatchObject({ name: "Donald Trump", side: "US", mention: "Miliardarul republican" });
    expect(cs[1]!.kind).toBe("mixed");
    expect(cs[1]!.assertion).toBe("un acord este „foarte aproape”.");
  });

  it("an unknown name in the genitive is reduced to the nominative", () => {
    const [c] = one("Potrivit Annalenei Baerbock, Europa nu va accepta un acord negociat peste capul Ucrainei.");
    expect(c!.speaker.name).toBe("Annalena Baerbock");
    expect(c!.speaker.side).toBeNull();
    expect(c!.cue).toBe("Potrivit");
    expect(c!.assertion).toBe("Europa nu va accepta un acord negociat peste capul Ucrainei.");
  });

  it("„potrivit lui NAME” with an unknown masculine name", () => {
    const [c] = one("Potrivit lui Keith Kellogg, negocierile dintre Moscova și Kiev ar putea începe în curând.");
    expect(c!.speaker.name).toBe("Keith Kellogg");
    expect(c!.cue).toBe("Potrivit");
  });
});

describe("Romanian: dates of the statement", () => {
  it("an explicit day and month take the year of the publication date", () => {
    const [c] = one("Pe 12 martie, Marco Rubio a declarat că Ucraina a acceptat propunerea americană de încetare a focului.");
    expect(c!.speaker).toMatchObject({ name: "Marco Rubio", side: "US" });
    expect(c!.date.iso).toBe("2025-03-12");
    expect(c!.topics).toContain("ceasefire");
  });

  it("a day and month written in the text are an explicit date", () => {
    const [c] = one("Pe 12 martie, Marco Rubio a declarat că Ucraina a acceptat propunerea americană de încetare a focului.");
    expect(c!.date).toMatchObject({ iso: "2025-03-12", basis: "explicit" });
  });

  it("a full date with the year is explicit", () => {
    const [c] = one("Pe 11 martie 2025, Volodimir Zelenski a anunțat că Ucraina sprijină propunerea unui armistițiu de 30 de zile.");
    expect(c!.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(c!.date).toMatchObject({ iso: "2025-03-11", basis: "explicit" });
  });

  it("„la un moment dat” and „în repetate rânduri” mark past, undated statements", () => {
    const cs = one(
      [
        "Donald Trump a spus la un moment dat că ar putea ridica sancțiunile impuse Moscovei.",
        "Zelenski a cerut în repetate rânduri garanții de securitate din partea Occidentului.",
      ].join("\n"),
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Donald Trump", "Volodymyr Zelenskyy"]);
    for (const c of cs) {
      expect(c.date.iso).toBeNull();
      expect(c.background).toBe(true);
    }
    expect(cs[0]!.topics).toContain("sanctions");
  });
});

describe("Romanian: publication date from the text", () => {
  it("a stamp „28 februarie 2025 18:40” is the publication date when metadata has none", () => {
    const r = run(
      [
        "28 februarie 2025 18:40",
        "Kremlinul a declarat joi că Vladimir Putin este gata să se întâlnească cu Donald Trump.",
        "„Nu există condiții prealabile”, a spus Dmitri Peskov vineri.",
      ].join("\n"),
      null,
    );
    expect(r.article.publishedAt).toBe("2025-02-28");
    expect(r.article.publishedAtSource).toBe("text");
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Kremlin", "Dmitry Peskov"]);
    expect(r.claims[0]!.date).toMatchObject({ iso: "2025-02-27", basis: "relative" });
    expect(r.claims[1]!.date).toMatchObject({ iso: "2025-02-28", basis: "relative" });
  });

  it("no metadata and no dateline: the publication date is null and weekdays stay unresolved", () => {
    const r = run(
      ["Kremlinul a declarat vineri că nu a primit nicio propunere oficială de la Washington.", "Serghei Lavrov a spus că Moscova așteaptă detalii."].join(
        "\n",
      ),
      null,
    );
    expect(r.article.publishedAt).toBeNull();
    expect(r.article.publishedAtSource).toBe("none");
    expect(r.claims).toHaveLength(2);
    for (const c of r.claims) expect(c.date.iso).toBeNull();
  });

  it("a statement date in the lead sentence is not a dateline", () => {
    const r = run(
      [
        "Pe 5 martie 2025, Serghei Lavrov a declarat că Rusia nu va accepta trupe europene în Ucraina.",
        "Vineri, Maria Zaharova a spus că poziția Moscovei nu s-a schimbat.",
      ].join("\n"),
      null,
    );
    expect(r.article.publishedAt).toBeNull();
    expect(r.claims[0]!.date).toMatchObject({ iso: "2025-03-05", basis: "explicit" });
    expect(r.claims[1]!.date.iso).toBeNull();
  });
});

describe("Romanian: what is not a claim", () => {
  it("narration, a headline without a cue, captions, read-also lines, comment boxes and an unattributed quote yield nothing", () => {
    const text = [
      "Kremlinul, despre summitul cu Trump",
      "Relațiile dintre Moscova și Washington au rămas tensionate în ultimii ani.",
      "„Este o zi istorică pentru Europa.”",
      "Vladimir Putin a declarat acest lucru în timpul conferinței de presă. Sursa foto: Profimedia",
      "Citește și: Zelenski a declarat că Ucraina nu va ceda teritorii",
      "Summitul de la Riad a fost descris drept „istoric”.",
      "Lasă un comentariu",
      "Peskov a spus că vremea este frumoasă.",
    ].join("\n");
    expect(one(text)).toHaveLength(0);
  });

  it("a quotation with no attribution next to narration takes no speaker from it", () => {
    const cs = one("Delegațiile s-au reunit la Istanbul pentru a doua rundă de discuții. „Este un pas înainte.”");
    expect(cs).toHaveLength(0);
  });
});

describe("Romanian: sentences glued by a lost space, and a report as the subject", () => {
  it("splits “…Nord”.Kremlinul” after a closing quotation mark, and „Raportul arată că” takes the source it refers back to", () => {
    const cs = one(
      "Administrația americană a afirmat că cei doi lideri au discutat despre Siria.Raportul arată de asemenea că președinții „au vorbit despre situația periculoasă din Coreea de Nord”.Kremlinul a declarat că Putin și Trump au convenit asupra unei întâlniri.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["US government", "US government", "Kremlin"]);
    expect(cs[1]!.cue).toBe("arată");
    expect(cs[1]!.speaker.mention).toBe("Raportul");
    expect(cs[1]!.assertion).toContain("Coreea de Nord”");
    expect(cs[1]!.assertion).not.toContain("Kremlinul");
  });

  it("keeps a domain, an abbreviation and a quoted title glued to what follows", () => {
    const cs = one("„Vom continua dialogul”, a declarat Serghei Lavrov pentru HotNews.ro, la St.Petersburg.");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.assertion).toBe("„Vom continua dialogul”");
  });

  it("„arată” without a complement clause is no cue", () => {
    expect(one("Președintele arată obosit după vizita la Moscova.")).toHaveLength(0);
  });
});
