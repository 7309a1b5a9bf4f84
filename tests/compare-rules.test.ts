import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import type { ComparisonResult, Disagreement } from "../src/schema/comparison.js";
import { makeClaim } from "./helpers/gold-claims.js";

const flags = (r: ComparisonResult, type?: Disagreement["type"]) => r.events.flatMap((e) => e.disagreements).filter((d) => !type || d.type === type);
const aligned = (r: ComparisonResult, a: string, b: string) => r.events.some((e) => e.alignments.some((al) => al.claims.includes(a) && al.claims.includes(b)));

/** A White House and a Kremlin account of one call, each claim after the opening line of its side; ids wh:cN and kr:cN. */
function call(
  us: string[],
  ru: string[],
  language = "en",
  opening: [string, string] = ["Trump and Putin talked by phone today.", "Putin and Trump held a telephone conversation."],
): Claim[] {
  return [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: opening[0] }),
    ...us.map((assertion, i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker: "White House", side: "US", assertion })),
    makeClaim({ id: "kr:c1", article: "kr", language: "en", speaker: "Kremlin", side: "RU", assertion: opening[1] }),
    ...ru.map((assertion, i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker: "Kremlin", side: "RU", assertion })),
  ];
}

describe("factual", () => {
  it("sets “lasted an hour” (White House) against “45 minutes” (Kremlin)", () => {
    const r = compareClaims(call(["The call lasted an hour."], ["The conversation lasted 45 minutes."]));
    const f = flags(r, "factual");
    expect(f).toHaveLength(1);
    expect(f[0]!.topic).toBe("duration");
    expect(f[0]!.claims.sort()).toEqual(["kr:c2", "wh:c2"]);
    expect(f[0]!.explanation).toMatch(/“45 minutes”.*“an hour”|“an hour”.*“45 minutes”/);
  });

  it("reads the same conflict in other languages: “un'ora” against “45 minuti”, „годину” against „45 хвилин”", () => {
    expect(flags(compareClaims(call(["La telefonata è durata un'ora."], ["Il colloquio è durato 45 minuti."], "it")), "factual")).toHaveLength(1);
    expect(flags(compareClaims(call(["Розмова тривала годину."], ["Розмова тривала 45 хвилин."], "uk")), "factual")).toHaveLength(1);
    expect(flags(compareClaims(call(["Convorbirea a durat o oră."], ["Convorbirea a durat 45 de minute."], "ro")), "factual")).toHaveLength(1);
  });

  it("sees no conflict between “just over an hour” and a clock range of 62 minutes, nor between “almost an hour and a half” and 85 minutes", () => {
    expect(flags(compareClaims(call(["The call lasted just over an hour."], ["The conversation ran from 16:04 to 17:06 GMT."])), "factual")).toEqual([]);
    expect(flags(compareClaims(call(["Разговор длился почти полтора часа."], ["Разговор продолжался 85 минут."], "ru")), "factual")).toEqual([]);
  });

  it("sees no conflict where one side gives no figure, nor where both give the same one", () => {
    expect(
      flags(
        compareClaims(call(["They agreed on a ceasefire on energy infrastructure."], ["Putin backed a 30-day halt to strikes on energy infrastructure."])),
        "factual",
      ),
    ).toEqual([]);
    expect(flags(compareClaims(call(["The talks lasted 2 days."], ["The negotiations lasted two days."])), "factual")).toEqual([]);
  });

  it("sets two dates of one arrest against each other, whoever reports them", () => {
    const claims = [
      makeClaim({
        id: "a:1",
        article: "a",
        language: "vi",
        speaker: "Russian news agencies",
        side: null,
        assertion: "cảnh sát đã bắt ba nghi phạm đánh bom hôm 9/11",
      }),
      makeClaim({ id: "b:1", article: "b", language: "vi", speaker: "FSB", side: "RU", assertion: "ba nghi phạm đánh bom bị bắt ngày 12/11" }),
      makeClaim({ id: "b:2", article: "b", language: "vi", speaker: "Kremlin", side: "RU", assertion: "Putin cảm ơn Trump trong cuộc điện đàm" }),
    ];
    const f = flags(compareClaims(claims), "factual");
    expect(f).toHaveLength(1);
    expect(f[0]!.topic).toBe("arrests");
  });
});

describe("stance", () => {
  it("sets urgency against conditions on a meeting", () => {
    const r = compareClaims(call(["Trump said he would meet Putin as soon as possible."], ["Such a meeting needs considerable preparation."]));
    const s = flags(r, "stance");
    expect(s).toHaveLength(1);
    expect(s[0]!.topic).toBe("meeting");
    expect(s[0]!.explanation).toMatch(/presses for speed.*sets conditions/);
  });

  it("in Romanian too: „cât mai curând posibil” against „necesită pregătiri considerabile”", () => {
    const r = compareClaims(call(["Trump se va întâlni cu Putin cât mai curând posibil."], ["Un summit cere pregătiri temeinice și îndelungate."], "ro"));
    expect(flags(r, "stance").map((d) => d.topic)).toEqual(["meeting"]);
  });

  it("sets a demand against the same demand denied: “Putin set out demands on aid” against “there was no demand by Putin”", () => {
    const r = compareClaims(
      call(
        ["Trump made clear that the call contained no demand by Putin to halt military aid to Ukraine."],
        ["Putin demanded a complete halt to military aid to Ukraine."],
      ),
    );
    const s = flags(r, "stance");
    expect(s).toHaveLength(1);
    expect(s[0]!.explanation).toMatch(/says it happened.*says it did not/);
    expect(aligned(r, "wh:c2", "kr:c2")).toBe(false);
  });

  it("in German: „keine Forderung … nach einem Stopp der Militärhilfe” against „forderte einen Stopp der Militärhilfe”", () => {
    const r = compareClaims(
      call(
        ["Trump stellte klar, dass das Gespräch keine Forderung Putins nach einem Stopp der Militärhilfe für die Ukraine enthielt."],
        ["Putin forderte einen Stopp der Militärhilfe für die Ukraine."],
        "de",
      ),
    );
    expect(flags(r, "stance")).toHaveLength(1);
  });

  it("sets a denial against the assertion it denies", () => {
    const r = compareClaims(
      call(
        ["Russian troops are massing on the border of Ukraine in a military buildup."],
        ["The Kremlin denied that Russian troops are massing on the border of Ukraine."],
      ),
    );
    expect(flags(r, "stance")).toHaveLength(1);
  });

  it("sees no stance between a person's demands and a view the person shares that another must never act", () => {
    const r = compareClaims([
      makeClaim({
        id: "a:1",
        article: "a",
        language: "ru",
        speaker: "White House",
        side: "US",
        assertion: "Трамп и Путин согласились, что Северная Корея не должна получить ракеты, способные достичь Японии",
      }),
      makeClaim({
        id: "b:1",
        article: "b",
        language: "de",
        speaker: "Kremlin",
        side: "RU",
        assertion: "Laut Kreml stellte Putin im Telefonat mit Trump Forderungen zur Ukraine",
      }),
    ]);
    expect(flags(r, "stance")).toEqual([]);
  });

  it("sees no stance when both sides agree", () => {
    const r = compareClaims(
      call(
        ["Direct negotiations are the only way to end the conflict in Ukraine."],
        ["Direct negotiations on Ukraine are absolutely necessary to end the conflict."],
      ),
    );
    expect(flags(r, "stance")).toEqual([]);
    expect(aligned(r, "wh:c2", "kr:c2")).toBe(true);
  });
});

describe("alignment", () => {
  /** Two outlets reporting one White House readout: ids en:N and it:N. */
  const outlets = (en: string[], it: string[]) => [
    ...en.map((assertion, i) =>
      makeClaim({ id: `en:${i + 1}`, article: "en", language: "en", speaker: "White House", side: "US", date: "2017-05-02", assertion }),
    ),
    ...it.map((assertion, i) =>
      makeClaim({ id: `it:${i + 1}`, article: "it", language: "it", speaker: "White House", side: "US", date: "2017-05-02", assertion }),
    ),
  ];

  it("aligns one readout's tone reported in two languages on the term's sense, not on its level alone", () => {
    const claims = [
      makeClaim({
        id: "it:1",
        article: "it",
        language: "it",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "per il Cremlino la telefonata tra Putin e Trump è stata costruttiva",
      }),
      makeClaim({
        id: "pl:1",
        article: "pl",
        language: "pl",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "Kreml określił rozmowę Putina z Trumpem jako konstruktywną",
      }),
      makeClaim({
        id: "en:1",
        article: "en",
        language: "en",
        speaker: "Kremlin",
        side: "RU",
        date: "2017-05-02",
        assertion: "Putin and Trump had a successful telephone conversation",
      }),
    ];
    const r = compareClaims(claims);
    expect(aligned(r, "it:1", "pl:1")).toBe(true);
    expect(aligned(r, "en:1", "it:1")).toBe(false);
    expect(aligned(r, "en:1", "pl:1")).toBe(false);
  });

  it("does not align two sides only because both call the call positive", () => {
    const r = compareClaims(call(["It was a positive conversation."], ["The conversation was positive."]));
    expect(aligned(r, "wh:c2", "kr:c2")).toBe(false);
  });

  it("aligns a claim of two parts with the claim reporting each part", () => {
    const r = compareClaims(
      outlets(
        ["The conversation between Trump and Putin was a very good one, and included the discussion of safe zones in Syria."],
        ["Casa Bianca: molto buona la telefonata tra Trump e Putin", "Trump e Putin hanno parlato di zone sicure in Siria per una pace duratura"],
      ),
    );
    expect(aligned(r, "en:1", "it:1")).toBe(true);
    expect(aligned(r, "en:1", "it:2")).toBe(true);
  });

  it("aligns one statement with both claims of an article that report it, whatever else each adds", () => {
    const r = compareClaims([
      makeClaim({
        id: "it:1",
        article: "it",
        language: "it",
        speaker: "Xi Jinping",
        side: "CN",
        date: "2024-04-02",
        assertion: "Xi ha avvertito Biden al telefono che Taiwan resta una linea rossa per i rapporti tra Cina e Stati Uniti",
      }),
      makeClaim({
        id: "ru:1",
        article: "ru",
        language: "ru",
        speaker: "Xi Jinping",
        side: "CN",
        date: "2024-04-02",
        assertion: "Си в телефонном разговоре предупредил Байдена: Тайвань остаётся красной линией в отношениях Китая и США",
      }),
      makeClaim({
        id: "ru:2",
        article: "ru",
        language: "ru",
        speaker: "Xi Jinping",
        side: "CN",
        date: "2024-04-02",
        assertion:
          "как пишут агентства, председатель КНР повторил, что для отношений Пекина и Вашингтона Тайвань остаётся красной линией, которую не стоит пересекать",
      }),
      makeClaim({
        id: "ru:3",
        article: "ru",
        language: "ru",
        speaker: "Joe Biden",
        side: "US",
        date: "2024-04-02",
        assertion: "Байден говорил о тревоге из-за торговли Пекина с Москвой",
      }),
    ]);
    expect(aligned(r, "it:1", "ru:2")).toBe(true);
    expect(aligned(r, "it:1", "ru:3")).toBe(false);
  });

  it("does not align a subject named in passing with a claim on another part", () => {
    const r = compareClaims(
      outlets(
        ["Trump and Putin discussed safe zones in Syria and the situation in North Korea."],
        ["Trump e Putin hanno parlato di zone sicure in Siria", "Casa Bianca: molto buona la telefonata tra Trump e Putin"],
      ),
    );
    expect(aligned(r, "en:1", "it:2")).toBe(false);
  });
});

describe("characterization", () => {
  it("sets “a very good conversation” against “constructive”, with a word diff", () => {
    const r = compareClaims(call(["It was a very good conversation."], ["The conversation was constructive."]));
    const ch = flags(r, "characterization");
    expect(ch).toHaveLength(1);
    expect(ch[0]!.topic).toBe("tone");
    expect(ch[0]!.explanation).toMatch(/White House \(US\) says “very good”/);
    expect(ch[0]!.explanation).toMatch(/Kremlin \(RU\) says “constructive”/);
    expect(ch[0]!.diff?.some((p) => p.removed)).toBe(true);
  });

  it("compares across languages on one scale: „bardzo dobra rozmowa” against «разговор был конструктивным»", () => {
    const claims = [
      makeClaim({
        id: "pl:1",
        article: "pl",
        language: "pl",
        speaker: "Sean Spicer",
        side: "US",
        assertion: "była to bardzo dobra rozmowa telefoniczna Trumpa z Putinem",
      }),
      makeClaim({
        id: "ru:1",
        article: "ru",
        language: "ru",
        speaker: "Kremlin",
        side: "RU",
        assertion: "телефонный разговор Путина и Трампа был конструктивным",
      }),
    ];
    expect(flags(compareClaims(claims), "characterization").map((d) => d.topic)).toEqual(["tone"]);
  });

  it("sets opposite evaluations of one subject against each other: “totally unsatisfactory” against “strong and lasting”", () => {
    const r = compareClaims(
      call(["He wants a strong and lasting relationship with Moscow."], ["Putin described the state of bilateral relations as totally unsatisfactory."]),
    );
    expect(flags(r, "characterization").map((d) => d.topic)).toEqual(["relations"]);
  });

  it("sees agreement where both call the call positive, and never compares one side with itself", () => {
    expect(flags(compareClaims(call(["The call was positive."], ["The conversation was held in a positive tone."])), "characterization")).toEqual([]);
    expect(flags(compareClaims(call(["It was a very good conversation.", "The call was constructive."], [])), "characterization")).toEqual([]);
  });

  it("reads an evaluation where it qualifies the subject, not elsewhere in the claim", () => {
    // "tense" is the situation in Syria, not the relations both sides praise.
    const r = compareClaims(
      call(["Trump wants good relations with Russia."], ["Putin praised good relations with the United States despite the tense situation in Syria."]),
    );
    expect(flags(r, "characterization")).toEqual([]);
  });
});

describe("omission", () => {
  it("flags a subject one side's account covers and the other's leaves out", () => {
    const r = compareClaims(
      call(
        ["The leaders discussed the fight against terrorism in Syria."],
        ["The leaders discussed the fight against terrorism in Syria.", "Iran's nuclear programme came up as well."],
      ),
    );
    const om = flags(r, "omission");
    expect(om.map((d) => d.topic)).toEqual(["iran-nuclear"]);
    expect(om[0]!.sides).toEqual({ RU: ["kr:c3"], US: [] });
    expect(om[0]!.explanation).toMatch(/the RU account \(Kremlin\) mentions iran nuclear .*the US account .* does not/);
  });

  it("flags each subject of an enumeration the other side leaves out, once", () => {
    const r = compareClaims(
      call(
        ["The leaders discussed Syria."],
        ["On the agenda were Syria, Ukraine, the Korean peninsula, the Israeli-Palestinian conflict and the Iranian nuclear programme."],
      ),
    );
    expect(
      flags(r, "omission")
        .map((d) => d.topic)
        .sort(),
    ).toEqual(["iran-nuclear", "israel-palestine", "korean-peninsula", "ukraine"]);
  });

  it("flags a passage on one subject once, with every subject of it in `topics`", () => {
    const r = compareClaims(
      call(
        ["Biden spoke of his worries over Ukraine."],
        [
          "Ukraine was on the agenda.",
          "Putin complained that the Minsk agreements are stalled and no peaceful settlement is in sight.",
          "Putin said Kiev keeps undermining the Minsk agreements.",
        ],
      ),
    );
    const om = flags(r, "omission");
    expect(om).toHaveLength(1);
    expect(om[0]!.topic).toBe("minsk-agreements");
    expect([...om[0]!.claims].sort()).toEqual(["kr:c3", "kr:c4"]);
  });

  it("does not flag what both sides cover, nor what only the broader subject covers specifically", () => {
    expect(
      flags(
        compareClaims(call(["The presidents discussed Ukraine and sanctions."], ["The situation in Ukraine was discussed.", "Sanctions were mentioned."])),
        "omission",
      ),
    ).toEqual([]);
    // Terrorism covers the Islamic State.
    expect(
      flags(
        compareClaims(call(["The presidents discussed the fight against terrorism."], ["Putin called for coordinated action against the Islamic State."])),
        "omission",
      ),
    ).toEqual([]);
  });

  it("counts a joint statement of both for both, never a news agency's report of one side", () => {
    const joint = call(["The call covered Syria."], ["The conversation covered Syria.", "The crisis around North Korea was discussed in detail."]);
    joint.push(
      makeClaim({ id: "wire:c1", article: "wire", speaker: "Reuters", side: null, assertion: "Putin and Trump agreed on a diplomatic path on North Korea." }),
    );
    expect(flags(compareClaims(joint), "omission")).toEqual([]);
    const oneSide = call(["The call covered Syria."], ["The conversation covered Syria.", "The crisis around North Korea was discussed in detail."]);
    oneSide.push(makeClaim({ id: "wire:c1", article: "wire", speaker: "TASS", side: null, assertion: "The Kremlin said North Korea was discussed." }));
    expect(flags(compareClaims(oneSide), "omission").map((d) => d.topic)).toEqual(["north-korea"]);
  });

  it("counts what a state's news agency words as joint for its side only", () => {
    const claims = call(
      ["The call covered Syria."],
      ["The conversation covered Syria.", "Putin spoke in favour of a face-to-face meeting at the G20 summit in Hamburg."],
    );
    claims.push(
      makeClaim({
        id: "tass:c1",
        article: "tass",
        speaker: "TASS",
        side: null,
        assertion: "The two leaders agreed on further telephone contacts and welcomed the idea of a personal meeting.",
      }),
    );
    const om = flags(compareClaims(claims), "omission");
    expect(om.map((d) => d.topic)).toEqual(["meeting"]);
    expect(om[0]!.topics).toEqual(expect.arrayContaining(["g20", "hamburg"]));
  });

  it("flags talks named by their venue, and counts a readout issued the morning after in another time zone", () => {
    const claims = call(
      ["The leaders discussed the ceasefire in Syria.", "The United States will send a representative to the ceasefire talks in Astana."],
      ["Putin and Trump discussed the ceasefire in Syria."],
    ).map((c) =>
      c.id.startsWith("kr:")
        ? { ...c, date: { ...c.date, iso: "2017-05-03", basis: "explicit" as const } }
        : { ...c, date: { ...c.date, iso: "2017-05-02", basis: "explicit" as const } },
    );
    const articles = [
      { article: { id: "wh", language: "en", publishedAt: "2017-05-02" }, claims: claims.filter((c) => c.id.startsWith("wh:")) },
      { article: { id: "kr", language: "en", publishedAt: "2017-05-03" }, claims: claims.filter((c) => c.id.startsWith("kr:")) },
    ];
    const om = flags(compareClaims(articles as never), "omission");
    expect(om.map((d) => [d.topic, d.claims])).toEqual([["astana", ["wh:c3"]]]);
  });

  it("never charges an omission to a third party reacting to the event", () => {
    const claims = call(["The leaders discussed Ukraine."], ["Ukraine was discussed.", "Iran's nuclear programme came up as well."]);
    claims.push(
      makeClaim({
        id: "ua:c1",
        article: "ua",
        speaker: "Volodymyr Zelenskyy",
        side: "UA",
        assertion: "Zelenskyy welcomed the conversation between Trump and Putin.",
      }),
      makeClaim({
        id: "ua:c2",
        article: "ua",
        speaker: "Volodymyr Zelenskyy",
        side: "UA",
        assertion: "Zelenskyy said Ukraine is grateful to the United States.",
      }),
    );
    const om = flags(compareClaims(claims), "omission");
    expect(om.some((d) => "UA" in d.sides && d.sides.UA!.length === 0)).toBe(false);
  });

  it("does not take other voices of a side, or statements made before the event, as its account", () => {
    const claims = call(["The leaders discussed Syria by phone."], ["Syria was discussed in the phone call."]);
    claims.push(
      makeClaim({ id: "wh:c9", article: "wh", speaker: "US intelligence community", side: "US", assertion: "Russian hackers interfered in the election." }),
      makeClaim({
        id: "wh:c10",
        article: "wh",
        speaker: "Donald Trump",
        side: "US",
        date: "2017-01-27",
        basis: "relative",
        assertion: "Trump said he was only beginning to consider lifting sanctions.",
      }),
    );
    expect(flags(compareClaims(claims), "omission")).toEqual([]);
  });
});
