import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { extractClaims, type ArticleInput } from "../src/index.js";

// Team-written articles (invented statements of one phone call, reported by both governments and
// by outlets in several languages; three of them undated, with a relative day only).

const call: ArticleInput[] = [
  {
    id: "ru-kremlin",
    language: "ru",
    publishedAt: "2026-03-10",
    text:
      "Телефонный разговор с Президентом Франции Эммануэлем Макроном\n\nВладимир Путин провёл во вторник телефонный разговор с Президентом Франции Эммануэлем Макроном. " +
      "Как сообщили в пресс-службе Кремля, стороны обсудили ситуацию вокруг иранской ядерной программы. " +
      "Путин заявил, что Россия готова содействовать возобновлению переговоров по Ирану. " +
      "Путин также выразил обеспокоенность расширением НАТО на восток. Президенты договорились продолжить контакты.",
  },
  {
    id: "fr-elysee",
    language: "fr",
    publishedAt: "2026-03-10",
    text:
      "Entretien téléphonique entre Emmanuel Macron et Vladimir Poutine\n\nEmmanuel Macron s'est entretenu mardi avec Vladimir Poutine. " +
      "Selon l'Élysée, le président français a exprimé sa vive préoccupation au sujet du programme nucléaire iranien. " +
      "Macron a déclaré que la France ne reconnaîtrait jamais l'annexion de la Crimée. Les deux présidents sont convenus de rester en contact.",
  },
  {
    id: "en-agency",
    language: "en",
    publishedAt: "2026-03-11",
    text:
      "Putin and Macron discuss Iran in phone call\n\nRussian President Vladimir Putin and French President Emmanuel Macron spoke by phone on Tuesday, both sides said. " +
      "The Kremlin said Putin told Macron that Russia was ready to help restart negotiations on Iran's nuclear programme. " +
      "The Elysee said Macron voiced deep concern over the Iranian nuclear programme. " +
      "Macron also said France would never recognise the annexation of Crimea, according to the Elysee.",
  },
  {
    id: "pl-undated",
    language: "pl",
    text:
      "Putin rozmawiał z Macronem o Iranie\n\nPrezydent Rosji Władimir Putin rozmawiał we wtorek telefonicznie z prezydentem Francji Emmanuelem Macronem. " +
      "Kreml poinformował, że Putin zapewnił, iż Rosja jest gotowa pomóc we wznowieniu negocjacji w sprawie Iranu. " +
      "Według Pałacu Elizejskiego Macron wyraził głębokie zaniepokojenie irańskim programem jądrowym.",
  },
  {
    id: "ro-undated",
    language: "ro",
    text:
      "Putin și Macron au vorbit la telefon\n\nPreședintele rus Vladimir Putin a avut marți o convorbire telefonică cu omologul său francez Emmanuel Macron. " +
      "Kremlinul a anunțat că Putin a declarat că Rusia este pregătită să ajute la reluarea negocierilor privind Iranul. " +
      "Macron a spus că Franța nu va recunoaște niciodată anexarea Crimeii, potrivit Palatului Elysée.",
  },
  {
    id: "vi-undated",
    language: "vi",
    text:
      "Tổng thống Putin điện đàm với Tổng thống Macron\n\nTổng thống Nga Vladimir Putin đã điện đàm với Tổng thống Pháp Emmanuel Macron vào thứ Ba. " +
      "Điện Kremlin cho biết ông Putin khẳng định Nga sẵn sàng giúp nối lại các cuộc đàm phán về Iran. " +
      "Theo Điện Élysée, ông Macron bày tỏ quan ngại sâu sắc về chương trình hạt nhân của Iran.",
  },
  {
    id: "ru-undated",
    language: "ru",
    text:
      "Путин и Макрон обсудили Иран\n\nПрезидент России Владимир Путин во вторник провёл телефонный разговор с французским коллегой Эммануэлем Макроном. " +
      "По данным Елисейского дворца, Макрон выразил глубокую озабоченность иранской ядерной программой.",
  },
  {
    // Another encounter of one of the leaders, two days later: an event of its own.
    id: "en-other",
    language: "en",
    publishedAt: "2026-03-12",
    text:
      "Macron and Scholz meet in Berlin\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Thursday. " +
      "Scholz said Germany and France would jointly fund a new hydrogen pipeline.",
  },
];

const cmp = compareClaims(call.map((a) => extractClaims(a)));
const claims = new Map(cmp.articles.flatMap((a) => a.claims.map((c) => [c.id, c] as const)));
/** The claim of an article whose assertion holds `words`. */
const claimOf = (article: string, words: string) => {
  const c = [...claims.values()].find((x) => x.articleId === article && x.assertion.includes(words));
  if (!c) throw new Error(`no claim "${words}" in ${article}`);
  return c.id;
};
const aligned = (x: string, y: string) => cmp.events.some((e) => e.alignments.some((a) => a.claims.includes(x) && a.claims.includes(y)));
/** Whether two claims end up in one group of aligned claims (an alignment or a chain of them). */
const together = (x: string, y: string) => {
  const seen = new Set([x]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of cmp.events)
      for (const a of e.alignments)
        if (a.claims.some((c) => seen.has(c)) && a.claims.some((c) => !seen.has(c))) {
          for (const c of a.claims) seen.add(c);
          grew = true;
        }
  }
  return seen.has(y);
};

describe("one phone call reported by both governments and by outlets in five languages", () => {
  it("undated articles with a relative day only ('we wtorek', 'marți', 'thứ Ba', «во вторник») join the call, not another meeting of one leader", () => {
    expect(cmp.events).toHaveLength(2);
    const callEvent = cmp.events.find((e) => e.articles.includes("fr-elysee"))!;
    expect(callEvent.articles).toEqual(["en-agency", "fr-elysee", "pl-undated", "ro-undated", "ru-kremlin", "ru-undated", "vi-undated"]);
    expect(callEvent.date).toBe("2026-03-10");
    expect(callEvent.type).toBe("phone-call");
    expect(cmp.events.find((e) => e !== callEvent)!.articles).toEqual(["en-other"]);
    expect(cmp.background).toEqual([]);
  });

  it("one leader's concern, reported once by each outlet, aligns across languages (paraphrase, inflected forms)", () => {
    const en = claimOf("en-agency", "voiced deep concern");
    const fr = claimOf("fr-elysee", "vive préoccupation");
    const vi = claimOf("vi-undated", "quan ngại");
    const pl = claimOf("pl-undated", "zaniepokojenie");
    const ru = claimOf("ru-undated", "озабоченность");
    expect(aligned(en, fr)).toBe(true);
    expect(together(en, ru)).toBe(true);
    expect(together(en, vi)).toBe(true);
    expect(together(en, pl)).toBe(true);
  });

  it("the other side's readiness to help restart talks aligns in every language", () => {
    const en = claimOf("en-agency", "ready to help restart");
    for (const [article, words] of [
      ["ru-kremlin", "готова содействовать"],
      ["pl-undated", "gotowa pomóc"],
      ["ro-undated", "pregătită să ajute"],
      ["vi-undated", "sẵn sàng giúp"],
    ] as const)
      expect(together(en, claimOf(article, words))).toBe(true);
  });

  it("a negated pledge ('would never recognise') aligns with its translations, not with the concern on Iran", () => {
    const en = claimOf("en-agency", "never recognise");
    expect(aligned(en, claimOf("fr-elysee", "ne reconnaîtrait jamais"))).toBe(true);
    expect(together(en, claimOf("ro-undated", "nu va recunoaște"))).toBe(true);
    expect(together(en, claimOf("en-agency", "voiced deep concern"))).toBe(false);
  });

  it("two different assertions on one subject do not align: the same act on another matter, a discussion against a concern", () => {
    const concern = claimOf("en-agency", "voiced deep concern");
    // The same act (concern) of the other leader, about NATO: one act in common is no core.
    expect(together(concern, claimOf("ru-kremlin", "расширением НАТО"))).toBe(false);
    // The same subject (Iran's programme), only discussed: no concern asserted.
    expect(together(concern, claimOf("ru-kremlin", "обсудили ситуацию"))).toBe(false);
    expect(together(claimOf("ru-kremlin", "обсудили ситуацию"), claimOf("ru-kremlin", "расширением НАТО"))).toBe(false);
  });
});

describe("the embed hook stays optional", () => {
  it("without it the comparison runs offline; with it, the vectors are one more feature and the same call's claims still align", () => {
    const results = call.map((a) => extractClaims(a));
    let texts = 0;
    const withEmbed = compareClaims(results, {
      embed: (list: string[]) => {
        texts += list.length;
        return list.map((t) => [t.length % 7, 1, t.includes("Iran") || t.includes("Иран") ? 1 : 0]);
      },
    });
    expect(texts).toBe([...claims.values()].length);
    const en = claimOf("en-agency", "never recognise");
    const fr = claimOf("fr-elysee", "ne reconnaîtrait jamais");
    expect(withEmbed.events.some((e) => e.alignments.some((a) => a.claims.includes(en) && a.claims.includes(fr)))).toBe(true);
    expect(aligned(en, fr)).toBe(true);
  });
});
