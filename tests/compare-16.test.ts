import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import type { Claim } from "../src/schema/claim.js";
import { represent } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** The omissions flagged over a set of claims. */
const omissions = (claims: Claim[]) =>
  compareClaims(claims)
    .events.flatMap((e) => e.disagreements)
    .filter((d) => d.type === "omission");

/**
 * A call between Trump and Putin: each side's first claim names the call (in English), then the
 * claims given, each `[speaker, text]`, in the language given.
 */
function call(language: string, us: Array<[string, string]>, ru: Array<[string, string]>): Claim[] {
  const date = "2017-05-02";
  return [
    makeClaim({ id: "wh:c1", article: "wh", language: "en", speaker: "White House", side: "US", assertion: "Trump and Putin talked by phone today.", date }),
    ...us.map(([speaker, assertion], i) => makeClaim({ id: `wh:c${i + 2}`, article: "wh", language, speaker, side: "US", assertion, date })),
    makeClaim({
      id: "kr:c1",
      article: "kr",
      language: "en",
      speaker: "Kremlin",
      side: "RU",
      assertion: "Putin and Trump held a telephone conversation.",
      date,
    }),
    ...ru.map(([speaker, assertion], i) => makeClaim({ id: `kr:c${i + 2}`, article: "kr", language, speaker, side: "RU", assertion, date })),
  ];
}

describe("a body speaking for its side as a whole gives that side's account", () => {
  // "Washington said …" is the US side speaking, as the White House is: what it adds that the
  // other side leaves out is omitted, though its own sentence does not name the call. A voice of
  // the side that is not the side as a whole (a senator) is not its account of the call.
  it.each([
    ["en", "The leaders discussed safe zones in Syria.", "The leaders discussed Ukraine."],
    ["de", "Die Staatschefs sprachen über Sicherheitszonen in Syrien.", "Die Staatschefs sprachen über die Ukraine."],
    ["fr", "Les dirigeants ont parlé de zones de sécurité en Syrie.", "Les dirigeants ont parlé de l'Ukraine."],
    ["it", "I leader hanno parlato di zone sicure in Siria.", "I leader hanno parlato dell'Ucraina."],
    ["es", "Los líderes hablaron de zonas seguras en Siria.", "Los líderes hablaron de Ucrania."],
    ["ro", "Liderii au vorbit despre zone sigure în Siria.", "Liderii au vorbit despre Ucraina."],
    ["pl", "Przywódcy rozmawiali o strefach bezpieczeństwa w Syrii.", "Przywódcy rozmawiali o Ukrainie."],
    ["ru", "Лидеры обсудили зоны безопасности в Сирии.", "Лидеры обсудили Украину."],
    ["uk", "Лідери обговорили зони безпеки в Сирії.", "Лідери обговорили Україну."],
    ["vi", "Hai nhà lãnh đạo đã thảo luận về các vùng an toàn ở Syria.", "Hai nhà lãnh đạo đã thảo luận về Ukraine."],
  ])("%s: Washington's subject is omitted; a senator's is not", (language, usText, ruText) => {
    const side = omissions(call(language, [["Washington", usText]], [["Kremlin", ruText]]));
    expect(side.some((d) => d.claims.includes("wh:c2") && d.topics?.includes("safe-zones"))).toBe(true);
    const voice = omissions(call(language, [["Senator John Smith", usText]], [["Kremlin", ruText]]));
    expect(voice.some((d) => d.claims.includes("wh:c2"))).toBe(false);
  });
});

describe("an omitted passage goes on by a subject, not by a state", () => {
  // Two claims in a row that name one state but speak of two matters there are two omissions;
  // two claims on one subject stay one.
  it.each([
    [
      "en",
      "The leaders discussed safe zones in Syria.",
      "Trump said the fight against terrorism in Syria must go on.",
      "The safe zones would protect civilians.",
    ],
    [
      "de",
      "Die Staatschefs sprachen über Sicherheitszonen in Syrien.",
      "Trump sagte, der Kampf gegen den Terrorismus in Syrien müsse weitergehen.",
      "Die Sicherheitszonen sollen Zivilisten schützen.",
    ],
    [
      "fr",
      "Les dirigeants ont parlé de zones de sécurité en Syrie.",
      "Trump a dit que la lutte contre le terrorisme en Syrie doit continuer.",
      "Les zones de sécurité protégeraient les civils.",
    ],
    [
      "it",
      "I leader hanno parlato di zone sicure in Siria.",
      "Trump ha detto che la lotta al terrorismo in Siria deve continuare.",
      "Le zone sicure proteggerebbero i civili.",
    ],
    [
      "es",
      "Los líderes hablaron de zonas seguras en Siria.",
      "Trump dijo que la lucha contra el terrorismo en Siria debe continuar.",
      "Las zonas seguras protegerían a los civiles.",
    ],
    [
      "ro",
      "Liderii au vorbit despre zone sigure în Siria.",
      "Trump a spus că lupta împotriva terorismului în Siria trebuie să continue.",
      "Zonele sigure ar proteja civilii.",
    ],
    [
      "pl",
      "Przywódcy rozmawiali o strefach bezpieczeństwa w Syrii.",
      "Trump powiedział, że walka z terroryzmem w Syrii musi trwać.",
      "Strefy bezpieczeństwa chroniłyby cywilów.",
    ],
    [
      "ru",
      "Лидеры обсудили зоны безопасности в Сирии.",
      "Трамп сказал, что борьба с терроризмом в Сирии должна продолжаться.",
      "Зоны безопасности защитят мирных жителей.",
    ],
    ["uk", "Лідери обговорили зони безпеки в Сирії.", "Трамп сказав, що боротьба з тероризмом у Сирії має тривати.", "Зони безпеки захистять цивільних."],
    [
      "vi",
      "Hai nhà lãnh đạo đã thảo luận về các vùng an toàn ở Syria.",
      "Trump nói cuộc chiến chống khủng bố ở Syria phải tiếp tục.",
      "Các vùng an toàn sẽ bảo vệ dân thường.",
    ],
  ])("%s", (language, zones, terror, zonesAgain) => {
    const ru: Array<[string, string]> = [["Kremlin", "The leaders discussed Ukraine."]];
    const two = omissions(
      call(
        language,
        [
          ["White House", zones],
          ["White House", terror],
        ],
        ru,
      ),
    );
    const zonesFlag = two.find((d) => d.claims.includes("wh:c2"));
    const terrorFlag = two.find((d) => d.claims.includes("wh:c3"));
    expect(zonesFlag?.topic).toBe("safe-zones");
    expect(terrorFlag?.topic).toBe("terrorism");
    const one = omissions(
      call(
        language,
        [
          ["White House", zones],
          ["White House", zonesAgain],
        ],
        ru,
      ),
    );
    const flag = one.find((d) => d.claims.includes("wh:c2"));
    expect([...(flag?.claims ?? [])].sort()).toEqual(["wh:c2", "wh:c3"]);
  });
});

/** The concepts a Kremlin claim saying `text` in `language` is read to name. */
function concepts(language: string, text: string): string[] {
  return represent(makeClaim({ assertion: text, language, speaker: "Kremlin", side: "RU", date: "2017-05-02", article: "s" }), lexiconFor(language).lexicon, 0)
    .concepts;
}

describe("stability is named by its noun, its adjective, its verb and their negations", () => {
  // "stabilise the truce" and "the unstable truce" speak of the truce's stability: two reports of
  // one statement may use either. Verbs of establishing, which share letters with them, are not.
  it.each([
    ["en", "The sides will work to stabilize the truce.", "The truce remains unstable.", "The sides established a working group."],
    ["de", "Die Seiten wollen die Waffenruhe stabilisieren.", "Die Waffenruhe bleibt instabil.", "Die Seiten stellten eine Arbeitsgruppe auf."],
    ["fr", "Les parties vont stabiliser la trêve.", "La trêve reste instable.", "Les parties ont établi un groupe de travail."],
    ["it", "Le parti lavoreranno per stabilizzare la tregua.", "La tregua resta instabile.", "Le parti hanno stabilito un gruppo di lavoro."],
    ["es", "Las partes trabajarán para estabilizar la tregua.", "La tregua sigue siendo inestable.", "Las partes establecieron un grupo de trabajo."],
    ["ro", "Părțile vor încerca să stabilizeze armistițiul.", "Armistițiul rămâne instabil.", "Părțile au stabilit un grup de lucru."],
    ["pl", "Strony będą dążyć do ustabilizowania rozejmu.", "Rozejm pozostaje niestabilny.", "Strony ustaliły skład grupy roboczej."],
    ["ru", "Стороны будут стремиться стабилизировать перемирие.", "Перемирие остается нестабильным.", "Стороны установили рабочую группу."],
    ["uk", "Сторони прагнутимуть стабілізувати перемир'я.", "Перемир'я залишається нестабільним.", "Сторони встановили робочу групу."],
    ["vi", "Hai bên sẽ nỗ lực ổn định lệnh ngừng bắn.", "Lệnh ngừng bắn vẫn bất ổn.", "Hai bên đã thành lập một nhóm công tác."],
  ])("%s", (language, verb, negated, establish) => {
    expect(concepts(language, verb)).toContain("stability");
    expect(concepts(language, negated)).toContain("stability");
    expect(concepts(language, establish)).not.toContain("stability");
  });
  it("it: the noun and the adjective still name it", () => {
    expect(concepts("it", "La stabilità della regione è stata discussa.")).toContain("stability");
    expect(concepts("it", "Serve una pace stabile.")).toContain("stability");
  });
});
