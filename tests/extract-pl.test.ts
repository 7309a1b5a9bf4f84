import { describe, expect, it } from "vitest";
import { extractClaims, type Claim, type ExtractionResult } from "../src/index.js";

// Realistic Polish wire copy (not taken from the seeds). Reference date: Friday 14 March 2025,
// so "w czwartek" = 13 March, "we wtorek" = 11 March, "wczoraj" = 13 March.
const PUB = "2025-03-14";
const run = (text: string, publishedAt: string | null = PUB): ExtractionResult =>
  extractClaims({ id: "pl", text, language: "pl", ...(publishedAt ? { publishedAt } : {}) });
const one = (text: string, publishedAt: string | null = PUB): Claim[] => run(text, publishedAt).claims;

describe("Polish: direct speech and quote styles", () => {
  it("„…” then a dash, the cue and the name", () => {
    const cs = one("„Nie będzie zawieszenia broni bez gwarancji bezpieczeństwa dla Ukrainy” – powiedział Wołodymyr Zełenski.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Volodymyr Zelenskyy", side: "UA", kind: "person" });
    expect(c.kind).toBe("direct");
    expect(c.cue).toBe("powiedział");
    expect(c.assertion).toBe("„Nie będzie zawieszenia broni bez gwarancji bezpieczeństwa dla Ukrainy”");
    expect(c.topics).toEqual(expect.arrayContaining(["ceasefire", "security-guarantees"]));
  });

  it("„…” – powiedział w czwartek NAME", () => {
    const [c] = one("„Nie będzie zawieszenia broni bez gwarancji bezpieczeństwa dla Ukrainy” – powiedział w czwartek Wołodymyr Zełenski.");
    expect(c!.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("„Nie będzie zawieszenia broni bez gwarancji bezpieczeństwa dla Ukrainy”");
    expect(c!.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
  });

  it("dash-introduced speech: – … – powiedział NAME", () => {
    const [c, ...rest] = one("– Rosja nie zamierza atakować żadnego państwa NATO – powiedział Siergiej Ławrow.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Sergey Lavrov", side: "RU" });
    expect(c!.kind).toBe("direct");
    expect(c!.cue).toBe("powiedział");
    expect(c!.assertion).toBe("Rosja nie zamierza atakować żadnego państwa NATO");
    expect(c!.topics).toContain("nato");
  });

  it("dash speech continued after the attribution stays with the same speaker", () => {
    const cs = one("– Jesteśmy gotowi do rozmów – zapewnił Pieskow. – Ale decyzja o rozejmie należy do prezydenta Putina.");
    expect(cs.every((c) => c.speaker.name === "Dmitry Peskov")).toBe(true);
    expect(cs.some((c) => c.assertion.includes("decyzja o rozejmie należy do prezydenta Putina"))).toBe(true);
  });

  it("»…« quotes; a role after the cue resolves to its holder on the publication date", () => {
    const [c, ...rest] = one("»Nigdy nie uznamy aneksji Krymu« – oświadczył minister spraw zagranicznych Ukrainy Andrij Sybiha.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Andrii Sybiha", side: "UA", role: "Ukrainian Foreign Minister" });
    expect(c!.kind).toBe("direct");
    expect(c!.cue).toBe("oświadczył");
    expect(c!.assertion).toBe("»Nigdy nie uznamy aneksji Krymu«");
    expect(c!.topics).toContain("crimea");
  });

  it("a nested ‚…’ inside „…” stays inside one direct quotation; an unknown name is kept", () => {
    const [c, ...rest] = one("„Nazywanie tej operacji ‚misją pokojową’ to kpina z prawa międzynarodowego” – napisał Donald Tusk.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker.name).toBe("Donald Tusk");
    expect(c!.kind).toBe("direct");
    expect(c!.cue).toBe("napisał");
    expect(c!.assertion).toBe("„Nazywanie tej operacji ‚misją pokojową’ to kpina z prawa międzynarodowego”");
  });

  it("„…” – napisał na platformie X premier NAME", () => {
    const [c] = one("„Nazywanie tej operacji ‚misją pokojową’ to kpina z prawa międzynarodowego” – napisał na platformie X premier Donald Tusk.");
    expect(c!.speaker.name).toBe("Donald Tusk");
    expect(c!.kind).toBe("direct");
    expect(c!.assertion).toBe("„Nazywanie tej operacji ‚misją pokojową’ to kpina z prawa międzynarodowego”");
  });

  it("a quotation over two sentences with NBSP inside is one claim with exact offsets", () => {
    const text = "„Nie prowadzimy rozmów o wycofaniu wojsk. Stanowisko\u00a0Moskwy jest znane” – powiedział Dmitrij Pieskow.";
    const r = run(text);
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker.name).toBe("Dmitry Peskov");
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe("„Nie prowadzimy rozmów o wycofaniu wojsk. Stanowisko\u00a0Moskwy jest znane”");
    expect(r.text.slice(...c.assertionSpan)).toBe(c.assertion);
  });

  it("an unclosed quotation never crashes and never swallows the following paragraphs", () => {
    const text = [
      "„Będziemy bronić każdego metra naszej ziemi – powiedział Zełenski.",
      "W nocy Rosjanie zaatakowali Charków ponad stu dronami.",
      "– Ataki będą kontynuowane – ostrzegł Dmitrij Miedwiediew.",
    ].join("\n");
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain("unclosed_quote");
    for (const c of r.claims) expect(r.text.slice(...c.span)).not.toContain("\n");
    expect(r.claims.some((c) => c.assertion.includes("Charków"))).toBe(false);
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Volodymyr Zelenskyy", "Dmitry Medvedev"]);
    expect(r.claims[1]!.assertion).toBe("Ataki będą kontynuowane");
  });
});

describe("Polish: reported speech, sources and trailing attribution", () => {
  it("„stwierdził, że” with an apposition between commas", () => {
    const cs = one("Marco Rubio, sekretarz stanu USA, stwierdził, że sankcje wobec Rosji pozostaną w mocy.");
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.speaker).toMatchObject({ name: "Marco Rubio", role: "US Secretary of State", side: "US" });
    expect(c.kind).toBe("indirect");
    expect(c.cue).toBe("stwierdził");
    expect(c.assertion).toBe("sankcje wobec Rosji pozostaną w mocy.");
    expect(c.topics).toContain("sanctions");
  });

  it("a role followed by the name without commas, with a weekday", () => {
    const [c] = one("Rzecznik Kremla Dmitrij Pieskow oświadczył w piątek, że Moskwa oczekuje szczegółów amerykańskiej propozycji.");
    expect(c!.speaker).toMatchObject({ name: "Dmitry Peskov", side: "RU" });
    expect(c!.kind).toBe("indirect");
    expect(c!.cue).toBe("oświadczył");
    expect(c!.assertion).toBe("Moskwa oczekuje szczegółów amerykańskiej propozycji.");
    expect(c!.date).toMatchObject({ iso: "2025-03-14", basis: "relative" });
    expect(c!.topics).toContain("proposals");
  });

  it("the role of „Rzecznik Kremla Dmitrij Pieskow” is kept", () => {
    const [c] = one("Rzecznik Kremla Dmitrij Pieskow oświadczył w piątek, że Moskwa oczekuje szczegółów amerykańskiej propozycji.");
    expect(c!.speaker.role).toBe("Kremlin spokesperson");
  });

  it("„Jak podaje agencja Reutera” makes Reuters the speaker and a credit", () => {
    const r = run("Jak podaje agencja Reutera, Waszyngton rozważa nowe sankcje wobec rosyjskiego sektora naftowego.");
    expect(r.claims).toHaveLength(1);
    const c = r.claims[0]!;
    expect(c.speaker).toMatchObject({ name: "Reuters", kind: "media", side: null });
    expect(c.cue).toBe("Jak podaje");
    expect(c.kind).toBe("indirect");
    expect(c.assertion).toBe("Waszyngton rozważa nowe sankcje wobec rosyjskiego sektora naftowego.");
    expect(c.topics).toContain("sanctions");
    expect(r.article.via).toContain("Reuters");
  });

  it("„Według Kremla” → Kremlin", () => {
    const [c, ...rest] = one("Według Kremla, rozmowa Putina z Trumpem trwała ponad dwie godziny.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Kremlin", side: "RU" });
    expect(c!.cue).toBe("Według");
    expect(c!.assertion).toBe("rozmowa Putina z Trumpem trwała ponad dwie godziny.");
    expect(c!.topics).toEqual(expect.arrayContaining(["phone-call", "duration"]));
  });

  it("„Służby prasowe Kremla podają, że…” → Kremlin (press service)", () => {
    const [c, ...rest] = one("Służby prasowe Kremla podają, że prezydenci omówili wymianę jeńców.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "Kremlin", side: "RU", role: "Kremlin press service" });
    expect(c!.cue).toBe("podają");
    expect(c!.assertion).toBe("prezydenci omówili wymianę jeńców.");
    expect(c!.topics).toContain("prisoners");
  });

  it("an implicit subject („Zaznaczył, że…”) continues the last speaker", () => {
    const cs = one(
      "Sekretarz generalny NATO Mark Rutte powiedział we wtorek, że sojusz jest gotów bronić każdego skrawka swojego terytorium. Zaznaczył, że europejskie wydatki na obronność muszą szybko wzrosnąć.",
    );
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Mark Rutte", "Mark Rutte"]);
    expect(cs.map((c) => c.speaker.side)).toEqual([null, null]);
    expect(cs[0]!.date).toMatchObject({ iso: "2025-03-11", basis: "relative" });
    expect(cs[1]!.speaker.mention).toBeNull();
    expect(cs[1]!.cue).toBe("Zaznaczył");
    expect(cs[1]!.assertion).toBe("europejskie wydatki na obronność muszą szybko wzrosnąć.");
    expect(cs[1]!.date.iso).toBe("2025-03-11");
  });

  it("trailing attribution „– poinformował Biały Dom” → White House", () => {
    const [c, ...rest] = one("Prezydent Trump rozmawiał z prezydentem Zełenskim o dostawach broni – poinformował Biały Dom.");
    expect(rest).toHaveLength(0);
    expect(c!.speaker).toMatchObject({ name: "White House", side: "US", kind: "institution" });
    expect(c!.kind).toBe("indirect");
    expect(c!.cue).toBe("poinformował");
    expect(c!.assertion).toBe("Prezydent Trump rozmawiał z prezydentem Zełenskim o dostawach broni");
  });

  it("mixed claims with quoted fragments and „wczoraj”", () => {
    const [c] = one("Ławrow określił wczoraj rozmowy w Rijadzie jako „pożyteczne”, ale dodał, że do porozumienia „jest jeszcze daleko”.");
    expect(c!.speaker.name).toBe("Sergey Lavrov");
    expect(c!.kind).toBe("mixed");
    expect(c!.cue).toBe("określił");
    expect(c!.date.iso).toBe("2025-03-13");
  });

  it("„określił wczoraj …”: wczoraj dates the statement and is not content", () => {
    const [c] = one("Ławrow określił wczoraj rozmowy w Rijadzie jako „pożyteczne”, ale dodał, że do porozumienia „jest jeszcze daleko”.");
    expect(c!.date).toMatchObject({ iso: "2025-03-13", basis: "relative" });
    expect(c!.assertion.startsWith("wczoraj")).toBe(false);
  });

  it("an impersonal continuation („Podkreślono…”) keeps the source", () => {
    const cs = one(
      "Kreml poinformował, że prezydenci rozmawiali o zawieszeniu ataków na infrastrukturę energetyczną. Podkreślono także potrzebę wznowienia dialogu na szczeblu ekspertów.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Kremlin", "Kremlin"]);
    expect(cs[1]!.cue).toBe("Podkreślono");
    expect(cs[1]!.topics).toContain("diplomacy");
  });
});

describe("Polish: speakers from inflected forms", () => {
  it("genitives after „Według” / „Zdaniem”: Donalda Trumpa, Siergieja Ławrowa", () => {
    const cs = one(
      ["Według Donalda Trumpa porozumienie pokojowe jest „bardzo blisko”.", "Zdaniem Siergieja Ławrowa, Zachód nie jest zainteresowany trwałym pokojem."].join(
        "\n",
      ),
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["Donald Trump", "Sergey Lavrov"]);
    expect(cs.map((c) => c.cue)).toEqual(["Według", "Zdaniem"]);
    expect(cs[0]!.kind).toBe("mixed");
    expect(cs[0]!.assertion).toBe("porozumienie pokojowe jest „bardzo blisko”.");
    expect(cs[0]!.topics).toContain("peace");
    expect(cs[1]!.assertion).toBe("Zachód nie jest zainteresowany trwałym pokojem.");
  });

  it("„Karoline Leavitt, rzeczniczka Białego Domu, oświadczyła…” → White House press secretary", () => {
    const [c] = one("Karoline Leavitt, rzeczniczka Białego Domu, oświadczyła, że prezydent jest „rozczarowany” postawą Moskwy.");
    expect(c!.speaker).toMatchObject({ name: "Karoline Leavitt", role: "White House press secretary", side: "US" });
    expect(c!.kind).toBe("mixed");
    expect(c!.cue).toBe("oświadczyła");
  });

  it("an unknown name in the genitive is reduced to the nominative", () => {
    const [c] = one("Według Johna Boltona, Zachód popełnia błąd, zwlekając z nowymi sankcjami.");
    expect(c!.speaker.name).toBe("John Bolton");
    expect(c!.speaker.side).toBeNull();
    expect(c!.cue).toBe("Według");
  });

  it("an unknown name after „Według” is not displaced by a known name inside the content", () => {
    const [c] = one("Według Johna Boltona Putin gra na zwłokę.");
    expect(c!.speaker.name).toBe("John Bolton");
    expect(c!.assertion).toBe("Putin gra na zwłokę.");
  });
});

describe("Polish: dates of the statement", () => {
  it("a day and month take the year of the publication date", () => {
    const [c] = one("12 marca Zełenski oświadczył, że Ukraina przyjmuje amerykańską propozycję 30-dniowego rozejmu.");
    expect(c!.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(c!.date.iso).toBe("2025-03-12");
    expect(c!.topics).toContain("ceasefire");
  });

  it("a day and month written in the text are an explicit date", () => {
    const [c] = one("12 marca Zełenski oświadczył, że Ukraina przyjmuje amerykańską propozycję 30-dniowego rozejmu.");
    expect(c!.date).toMatchObject({ iso: "2025-03-12", basis: "explicit" });
  });

  it("„wielokrotnie” marks a past, undated statement", () => {
    const [c] = one("Putin wielokrotnie zapowiadał, że Rosja nigdy nie zrezygnuje z Krymu.");
    expect(c!.speaker.name).toBe("Vladimir Putin");
    expect(c!.date.iso).toBeNull();
    expect(c!.background).toBe(true);
    expect(c!.topics).toContain("crimea");
  });
});

describe("Polish: publication date from the text", () => {
  it("a stamp „3.05.2025, 9:15” is the publication date when metadata has none", () => {
    const r = run(
      [
        "3.05.2025, 9:15",
        "Kreml poinformował w piątek, że Putin i Trump rozmawiali przez telefon.",
        "– To była konstruktywna rozmowa – powiedział Jurij Uszakow.",
      ].join("\n"),
      null,
    );
    expect(r.article.publishedAt).toBe("2025-05-03");
    expect(r.article.publishedAtSource).toBe("text");
    expect(r.claims.map((c) => c.speaker.name)).toEqual(["Kremlin", "Yury Ushakov"]);
    expect(r.claims[0]!.date).toMatchObject({ iso: "2025-05-02", basis: "relative" });
    expect(r.claims[1]!.kind).toBe("direct");
  });

  it("no metadata and no dateline: the publication date is null, a weekday stays unresolved", () => {
    const r = run("Kreml poinformował w piątek, że rozmowa była konstruktywna.", null);
    expect(r.article.publishedAt).toBeNull();
    expect(r.article.publishedAtSource).toBe("none");
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]!.date.iso).toBeNull();
  });
});

describe("Polish: what is not a claim", () => {
  it("read-also lines, captions, narration, a headline without a cue, comment boxes and an unattributed quote yield nothing", () => {
    const text = [
      "Kreml o rozmowie Putina z Trumpem",
      "Rozmowy w Rijadzie trwały ponad cztery godziny.",
      "Przeczytaj: Zełenski: nie oddamy ani metra ukraińskiej ziemi",
      "Prezydent Zełenski powiedział to podczas wizyty w Kijowie. Fot. PAP/EPA",
      "„To przełomowy moment dla Europy”.",
      "Zostaw komentarz",
      "Pieskow powiedział, że pogoda jest piękna.",
    ].join("\n");
    expect(one(text)).toHaveLength(0);
  });
});
