import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { ComparisonResult } from "../src/schema/comparison.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

// Team-written articles: readouts of one call (14 May 2026) and a news report that tells of an
// earlier call of the same leader (13 May) and then of that call.
const FIRST = "2026-05-13";
const SECOND = "2026-05-14";
type Line = [speaker: string, side: string, date: string, assertion: string, basis?: "explicit" | "published"];
const article = (id: string, language: string, title: string, publishedAt: string, lines: Line[]) =>
  articleResult({
    id,
    language,
    title,
    publishedAt,
    claims: lines.map(([speaker, side, date, assertion, basis], i) =>
      makeClaim({ id: `${id}:c${i + 1}`, article: id, language, speaker, side, date, basis: basis ?? "explicit", assertion }),
    ),
  });
const readouts = [
  article("it-r", "it", "Telefonata tra Giorgia Meloni e Donald Tusk", SECOND, [
    ["Palazzo Chigi", "IT", SECOND, "Meloni e Tusk hanno concordato di produrre insieme munizioni."],
    ["Palazzo Chigi", "IT", SECOND, "Meloni ha invitato Tusk a un vertice intergovernativo a Roma."],
  ]),
  article("pl-r", "pl", "Rozmowa telefoniczna Donalda Tuska z Giorgią Meloni", SECOND, [
    ["Kancelaria Premiera", "PL", SECOND, "Tusk i Meloni uzgodnili wspólną produkcję amunicji."],
    ["Kancelaria Premiera", "PL", SECOND, "Tusk wezwał do przekazania Ukrainie kolejnych systemów obrony powietrznej."],
  ]),
];
const eventOf = (r: ComparisonResult, id: string) => r.events.find((e) => e.claims.includes(id))?.id ?? null;
const together = (r: ComparisonResult, a: string, b: string) => eventOf(r, a) !== null && eventOf(r, a) === eventOf(r, b);

describe("an article telling of two calls on two days: claims follow their own day", () => {
  const cases: Array<[string, ReturnType<typeof article>]> = [
    [
      "en",
      article("en-n", "en", "Tusk phones Macron, then Meloni", SECOND, [
        ["Élysée Palace", "FR", FIRST, "Macron and Tusk agreed to coordinate closely on Europe's energy security."],
        ["Polish Prime Minister's Office", "PL", SECOND, "Tusk urged that more air defence systems be sent to Ukraine."],
        ["Italian government", "IT", SECOND, "Meloni and Tusk agreed to produce ammunition together."],
      ]),
    ],
    [
      "vi",
      article("vi-n", "vi", "Thủ tướng Ba Lan điện đàm với lãnh đạo Pháp và Italy", SECOND, [
        ["Điện Élysée", "FR", FIRST, "Hai nhà lãnh đạo nhất trí phối hợp chặt chẽ về an ninh năng lượng của châu Âu."],
        ["Văn phòng Thủ tướng Ba Lan", "PL", SECOND, "Ông Tusk kêu gọi nhanh chóng chuyển thêm các hệ thống phòng không cho Ukraine."],
        ["Chính phủ Italy", "IT", SECOND, "Hai bên nhất trí sản xuất chung đạn dược."],
      ]),
    ],
    [
      "fr",
      article("fr-n", "fr", "Tusk appelle Macron, puis Meloni", SECOND, [
        ["Élysée", "FR", FIRST, "Macron et Tusk sont convenus de se coordonner étroitement sur la sécurité énergétique."],
        ["Chancellerie polonaise", "PL", SECOND, "Tusk a demandé l'envoi de nouveaux systèmes de défense aérienne à l'Ukraine."],
        ["Gouvernement italien", "IT", SECOND, "Meloni et Tusk sont convenus de produire ensemble des munitions."],
      ]),
    ],
  ];
  it.each(cases)("%s: the second call's claims join its readouts, the first call's stay apart", (_lang, news) => {
    const r = compareClaims([...readouts, news]);
    const id = news.article.id;
    expect(together(r, `${id}:c2`, "pl-r:c1")).toBe(true);
    expect(together(r, `${id}:c3`, "it-r:c1")).toBe(true);
    // (the first call's claim names no one of its own side in Vietnamese: "the two leaders")
    if (id !== "vi-n") expect(together(r, `${id}:c1`, "it-r:c1")).toBe(false);
  });

  it("a claim dated another day that no event of that day takes stays with its article (a call in passing splits nothing)", () => {
    const news = article("en-p", "en", "Tusk and Meloni agree on ammunition", SECOND, [
      ["Polish Prime Minister's Office", "PL", SECOND, "Tusk urged that more air defence systems be sent to Ukraine."],
      ["Polish Prime Minister's Office", "PL", FIRST, "Tusk said the previous day's talks on ammunition had been useful."],
      ["Italian government", "IT", SECOND, "Meloni and Tusk agreed to produce ammunition together."],
    ]);
    const r = compareClaims([...readouts, news]);
    expect(together(r, "en-p:c1", "en-p:c2")).toBe(true);
    expect(together(r, "en-p:c1", "pl-r:c1")).toBe(true);
  });
});

describe("one factual dispute, one flag: a retelling with no side joins the dispute its figure belongs to", () => {
  const DAY = "2026-05-14";
  const one = (id: string, language: string, speaker: string, side: string | null, assertion: string) =>
    articleResult({
      id,
      language,
      title: "Telefonata Meloni Tusk",
      publishedAt: DAY,
      claims: [makeClaim({ id: `${id}:c1`, article: id, language, speaker, side, date: DAY, assertion })],
    });
  const base = [
    one("it-r", "it", "Palazzo Chigi", "IT", "Il colloquio telefonico tra Meloni e Tusk è durato un'ora."),
    one("pl-r", "pl", "Kancelaria Premiera", "PL", "Rozmowa telefoniczna Tuska z Meloni trwała 40 minut."),
    one("ro-n", "ro", "Palazzo Chigi", "IT", "Convorbirea telefonică dintre Meloni și Tusk a durat o oră."),
  ];
  const factualFlags = (r: ComparisonResult) => r.events.flatMap((e) => e.disagreements).filter((d) => d.type === "factual");
  const cases: Array<[string, string, string]> = [
    ["ru", "источник в Варшаве", "Телефонный разговор Туска и Мелони длился 40 минут."],
    ["vi", "một nguồn tin", "Cuộc điện đàm giữa ông Tusk và bà Meloni kéo dài 40 phút."],
  ];
  it.each(cases)("%s: a side-less “40 minutes” joins the one flag", (lang, speaker, text) => {
    const r = compareClaims([...base, one("x-n", lang, speaker, null, text)]);
    const flags = factualFlags(r);
    expect(flags.length).toBe(1);
    expect(flags[0]!.claims).toEqual(expect.arrayContaining(["it-r:c1", "pl-r:c1"]));
  });
  it("a side-less figure that is neither side's does not join the two sides' dispute", () => {
    const r = compareClaims([...base, one("x-n", "ru", "источник в Варшаве", null, "Телефонный разговор Туска и Мелони длился 25 минут.")]);
    const dispute = factualFlags(r).find((f) => f.claims.includes("pl-r:c1"));
    expect(dispute?.claims).not.toContain("x-n:c1");
  });
});
