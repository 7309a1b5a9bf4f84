import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Claim } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

/**
 * Fresh fictional readouts of one phone call (Trump–Putin, 19 November 2026), written for these
 * tests in the ten languages: amounts in words (oblique cases, compounds, halves), "a good hour",
 * evaluations, a German passive, and the disagreements they should — and should not — raise.
 */
const DATE = "2026-11-19";

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: DATE });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const amounts = (language: string, text: string) =>
  read(language, text).quantities.map((q) => ({ kind: q.kind, lo: Math.round(q.lo * 10) / 10, hi: Math.round(q.hi * 10) / 10, unit: q.unit }));
const minutes = (language: string, text: string) =>
  read(language, text)
    .quantities.filter((q) => q.kind === "duration")
    .map((q) => [Math.round(q.lo), Math.round(q.hi)]);
const counts = (language: string, text: string) =>
  read(language, text)
    .quantities.filter((q) => q.kind === "count")
    .map((q) => [q.unit, q.lo, q.hi]);
const levels = (language: string, text: string) => read(language, text).evaluations.map((e) => e.level);

describe("numbers in an oblique case or a collective form are counts (ru uk pl)", () => {
  it.each([
    ["ru", "Стороны договорились об обмене восемью заключёнными.", 8],
    ["ru", "Речь идёт об обмене восьми пленных с каждой стороны.", 8],
    ["ru", "Освобождены пятеро пленных.", 5],
    ["ru", "Речь шла о трёх пленных.", 3],
    ["ru", "Стороны обменяются двумя сотнями пленных.", 200],
    ["uk", "Сторони домовилися про обмін вісьмома полоненими.", 8],
    ["uk", "Йдеться про обмін восьми полонених.", 8],
    ["uk", "Звільнено п'ятеро полонених.", 5],
    ["pl", "Strony uzgodniły wymianę ośmiu więźniów.", 8],
    ["pl", "Rozmawiano o wymianie z ośmioma więźniami.", 8],
  ])("%s: %s", (language, text, n) => {
    expect(counts(language, text)).toEqual([["c:prisoners", n, n]]);
  });

  it.each([
    ["ru", "Разговор продолжался около двух часов.", [90, 150]],
    ["ru", "Разговор длился более трёх часов.", [180, 243]],
    ["uk", "Розмова тривала близько двох годин.", [90, 150]],
    ["uk", "Розмова тривала понад три години.", [180, 243]],
    ["pl", "Rozmowa trwała około dwóch godzin.", [90, 150]],
  ])("%s: a length in an oblique case: %s", (language, text, range) => {
    expect(minutes(language, text)).toEqual([range]);
  });

  it("uk, pl: 'годин', 'godzin' (of hours) alone is no single hour", () => {
    expect(minutes("uk", "Розмова тривала кілька годин.").some(([lo, hi]) => lo! <= 60 && hi! < 100)).toBe(false);
    expect(minutes("uk", "Розмова тривала годину.")).toEqual([[54, 66]]);
    expect(minutes("pl", "Rozmowa trwała godzinę.")).toEqual([[54, 66]]);
  });
});

describe("a number a longer phrase passed over still counts", () => {
  it("it: 'lo scambio di otto prigionieri per parte' is eight prisoners", () => {
    expect(counts("it", "I due leader hanno concordato lo scambio di otto prigionieri per parte.")).toEqual([["c:prisoners", 8, 8]]);
  });
  it("en: 'an exchange of eight prisoners' is eight prisoners", () => {
    expect(counts("en", "The leaders agreed on an exchange of eight prisoners.")).toEqual([["c:prisoners", 8, 8]]);
  });
  it("en: 'the two leaders' is no count of the verb after it", () => {
    expect(counts("en", "The two leaders agreed to exchange eight prisoners each.")).toEqual([["c:prisoners", 8, 8]]);
  });
});

describe("numbers in words of several parts", () => {
  it.each([
    ["en", "Three hundred prisoners will be released.", 300],
    ["en", "Twenty-five prisoners will be released.", 25],
    ["fr", "Trois cents prisonniers seront libérés.", 300],
    ["fr", "Vingt-cinq prisonniers seront libérés.", 25],
    ["es", "Trescientos prisioneros serán liberados.", 300],
    ["es", "Treinta y cinco prisioneros serán liberados.", 35],
    ["it", "Saranno liberati venticinque prigionieri.", 25],
    ["de", "Es sollen dreihundert Gefangene freikommen.", 300],
    ["ro", "Vor fi eliberați trei sute de prizonieri.", 300],
    ["ro", "Vor fi eliberați douăzeci și cinci de prizonieri.", 25],
    ["ru", "Будут освобождены двадцать пять пленных.", 25],
    ["vi", "Ba trăm tù nhân sẽ được trả tự do.", 300],
    ["vi", "Hai mươi lăm tù nhân sẽ được trả tự do.", 25],
  ])("%s: %s", (language, text, n) => {
    expect(counts(language, text)).toEqual([["c:prisoners", n, n]]);
  });

  it("vi: 'hai mươi năm' is twenty years (năm, five, is also the year), 'hai mươi lăm' 25", () => {
    expect(amounts("vi", "Quan hệ hai nước đã phát triển trong hai mươi năm qua.").map((q) => [q.kind, q.unit])).toEqual([["duration", "days"]]);
    expect(counts("vi", "Hai mươi lăm tù nhân sẽ được trả tự do.")).toEqual([["c:prisoners", 25, 25]]);
  });

  it("two numbers joined by 'and' that make no compound stay apart", () => {
    expect(counts("en", "Two and three prisoners were released on two days.").some(([, lo]) => lo === 23 || lo === 5)).toBe(false);
  });
});

describe("a half belongs to the amount, before or after its unit", () => {
  it.each([
    ["en", "The call lasted three and a half hours."],
    ["fr", "L'entretien a duré trois heures et demie."],
    ["es", "La conversación duró tres horas y media."],
    ["it", "La telefonata è durata tre ore e mezza."],
    ["ro", "Convorbirea a durat trei ore și jumătate."],
    ["ru", "Беседа продолжалась три с половиной часа."],
    ["uk", "Розмова тривала три з половиною години."],
    ["pl", "Rozmowa trwała trzy i pół godziny."],
    ["de", "Das Gespräch dauerte dreieinhalb Stunden."],
    ["vi", "Cuộc điện đàm kéo dài ba tiếng rưỡi."],
  ])("%s: %s is 3.5 hours", (language, text) => {
    expect(minutes(language, text)).toEqual([[189, 231]]);
  });

  it.each([
    ["en", "The call lasted half an hour."],
    ["de", "Das Gespräch dauerte eine halbe Stunde."],
    ["fr", "L'entretien a duré une demi-heure."],
    ["es", "La conversación duró media hora."],
    ["ro", "Convorbirea a durat o jumătate de oră."],
    ["uk", "Розмова тривала пів години."],
    ["pl", "Rozmowa trwała pół godziny."],
    ["vi", "Cuộc điện đàm kéo dài nửa tiếng."],
  ])("%s: %s is half an hour, not one and a half", (language, text) => {
    expect(minutes(language, text)).toEqual([[27, 33]]);
  });

  it("a length in two units: 'one hour and 50 minutes' is their sum", () => {
    expect(minutes("en", "The call lasted one hour and 50 minutes.")).toEqual([[99, 121]]);
  });

  it("a half of something else is no half of the amount", () => {
    expect(minutes("en", "The call lasted two hours, and half of it was on Ukraine.")).toEqual([[108, 132]]);
  });
});

describe("times of day and their ranges", () => {
  it.each([
    ["fr", "L'entretien a duré de 16h04 à 17h06."],
    ["fr", "L'entretien s'est tenu de 16 h 04 à 17 h 06."],
    ["de", "Das Gespräch dauerte von 16.04 bis 17.06 Uhr."],
    ["es", "La conversación duró de 16.04 a 17.06 horas."],
    ["en", "The call lasted from 16:04 to 17:06 GMT."],
  ])("%s: %s is a range of 62 minutes, no dates and no hours", (language, text) => {
    expect(amounts(language, text)).toEqual([{ kind: "duration", lo: 60, hi: 64, unit: "time" }]);
  });

  it("fr: '1h30' and '2 h 15' are lengths; 'à 16h04' is a time of day, no amount", () => {
    expect(minutes("fr", "L'entretien a duré 1h30.")).toEqual([[81, 99]]);
    expect(minutes("fr", "Un entretien de 2 h 15 avec Poutine.")).toEqual([[122, 149]]);
    expect(amounts("fr", "L'entretien a commencé à 16h04.")).toEqual([]);
  });

  it("de: two dotted day-month pairs with no word of the clock stay dates", () => {
    expect(amounts("de", "Die Gespräche finden vom 16.04 bis 17.06 statt.").map((q) => q.kind)).toEqual(["date", "date"]);
  });
});

describe("'a good hour' says how long, not how well", () => {
  it.each([
    ["en", "The call lasted a good hour."],
    ["de", "Das Telefonat dauerte eine gute Stunde."],
    ["de", "Das Telefonat dauerte gut eine Stunde."],
    ["fr", "L'entretien a duré une bonne heure."],
    ["it", "La telefonata è durata una buona ora."],
  ])("%s: %s is an hour or more, and no praise", (language, text) => {
    expect(minutes(language, text)).toEqual([[60, 81]]);
    expect(levels(language, text)).toEqual([]);
  });

  it.each([
    ["en", "It was a good conversation."],
    ["de", "Das Gespräch war gut."],
    ["fr", "Ce fut une bonne conversation."],
    ["it", "È stata una buona telefonata."],
  ])("%s: %s is still praise", (language, text) => {
    expect(levels(language, text)).toEqual([1]);
  });

  it("fr: 'une petite heure' is under an hour; 'quelque 50 minutes' about fifty, 'quelques heures' several", () => {
    expect(minutes("fr", "L'entretien a duré une petite heure.")).toEqual([[42, 60]]);
    expect(minutes("fr", "L'entretien a duré quelque 50 minutes.")).toEqual([[38, 63]]);
    expect(amounts("fr", "L'entretien a duré quelques heures.")[0]?.hi).toBeGreaterThan(180);
  });
});

describe("evaluations the packs now read", () => {
  it.each([
    ["de", "Das Gespräch war inhaltsreich.", 1],
    ["it", "La telefonata è stata sostanziale.", 1],
    ["ro", "Convorbirea a fost substanțială.", 1],
    ["ro", "Convorbirea a fost extrem de fructuoasă.", 2],
    ["pl", "Rozmowa była pożyteczna.", 1],
    ["pl", "Rozmowa była merytoryczna.", 1],
    ["vi", "Cuộc điện đàm diễn ra cởi mở.", 1],
  ])("%s: %s", (language, text, level) => {
    expect(levels(language, text)).toEqual([level]);
  });

  it("vi: 'trong bầu không khí thân thiện' (in a friendly atmosphere) is friendly, 'không thân thiện' is not", () => {
    expect(levels("vi", "Cuộc điện đàm diễn ra trong bầu không khí thân thiện.")).toEqual([2]);
    // A denied term is its mild contrary (cmp34): "not friendly" is −1, as "not constructive" is.
    expect(levels("vi", "Cuộc điện đàm không thân thiện.")).toEqual([-1]);
  });
});

describe("de: the passive 'wurde' is no conditional 'würde'", () => {
  it("'Es wurde eine Waffenruhe vereinbart' asserts the agreement", () => {
    const r = read("de", "Es wurde eine Waffenruhe vereinbart.");
    expect(r.conditionals).toEqual([]);
    expect(r.predicates.map((p) => [p.cls, p.negated, p.conditional])).toEqual([["agree", false, false]]);
  });
  it("'würde' and 'könnte' still make a condition", () => {
    expect(read("de", "Russland würde eine Waffenruhe vereinbaren.").conditionals).toHaveLength(1);
    expect(read("de", "Russland könnte eine Waffenruhe vereinbaren.").conditionals).toHaveLength(1);
  });
});

describe("an agreement said not to have come about, with words standing apart from it", () => {
  const acts = (language: string, text: string) => read(language, text).predicates.map((p) => `${p.negated ? "not " : ""}${p.cls}`);
  it.each([
    ["de", "Eine Einigung über eine Waffenruhe wurde nicht erzielt."],
    ["it", "Non è stato raggiunto alcun accordo sul cessate il fuoco."],
    ["ru", "Договорённости о прекращении огня достигнуто не было."],
    ["uk", "Домовленості про припинення вогню не досягнуто."],
    ["pl", "Nie osiągnięto porozumienia w sprawie zawieszenia broni."],
    ["vi", "Hai bên không đạt được thỏa thuận về ngừng bắn."],
  ])("%s: %s", (language, text) => {
    expect(acts(language, text)).toEqual(["not agree"]);
  });

  it.each([
    ["ru", "Стороны договорились о встрече, разногласий не было."],
    ["ru", "Путин заявил, что угрозы не было, и договорился с Трампом о встрече."],
    ["de", "Die Präsidenten einigten sich auf ein Treffen, das zuvor nicht zustande kam."],
    ["uk", "Президенти домовилися про припинення вогню."],
  ])("%s: not across a comma, nor without the words: %s", (language, text) => {
    expect(acts(language, text)).toEqual(["agree"]);
  });

  it("ru/en: 'договорённости … достигнуто не было' against 'agreed' is a stance on the ceasefire", () => {
    const d = compareClaims(
      call(
        ["en", "The two leaders agreed on a ceasefire on energy infrastructure."],
        ["ru", "Договорённости о прекращении огня на объектах энергетики достигнуто не было."],
      ),
    ).events.flatMap((e) => e.disagreements.filter((x) => x.type === "stance"));
    expect(d.map((x) => x.topic)).toEqual(["ceasefire"]);
  });
});

/** The White House's claim in one language, the Kremlin's in another, and a Kremlin line on the tone. */
function call(us: [string, string], ru: [string, string], more: Array<[string, string, string, string | null, string]> = []): Claim[] {
  const claim = (id: string, language: string, speaker: string, side: string | null, assertion: string): Claim => ({
    ...makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: DATE }),
    span: [0, assertion.length],
  });
  return [claim("wh:c1", us[0], "White House", "US", us[1]), claim("kr:c1", ru[0], "Kremlin", "RU", ru[1]), ...more.map((m) => claim(...m))];
}
const flagged = (claims: Claim[], type: string) => compareClaims(claims).events.flatMap((e) => e.disagreements.filter((d) => d.type === type));

describe("factual: amounts in words across languages", () => {
  it("en/ru: ten prisoners against 'восемью заключёнными' conflict", () => {
    const d = flagged(
      call(
        ["en", "President Trump and President Putin agreed to exchange ten prisoners held by each side."],
        ["ru", "Путин и Трамп договорились об обмене восемью заключёнными с каждой стороны."],
      ),
      "factual",
    );
    expect(d.map((x) => [x.topic, [...x.claims].sort()])).toEqual([["prisoners", ["kr:c1", "wh:c1"]]]);
  });

  it("en/it: '8 prisoners' and 'otto prigionieri per parte' do not", () => {
    expect(
      flagged(
        call(
          ["en", "President Trump and President Putin agreed to exchange 8 prisoners held by each side."],
          ["it", "Putin e Trump hanno concordato lo scambio di otto prigionieri per parte."],
        ),
        "factual",
      ),
    ).toEqual([]);
  });

  it("fr/de: 'deux heures et demie' against '90 Minuten' conflict", () => {
    const d = flagged(
      call(
        ["fr", "L'entretien téléphonique entre Trump et Poutine a duré deux heures et demie."],
        ["de", "Das Telefonat zwischen Putin und Trump dauerte 90 Minuten."],
      ),
      "factual",
    );
    expect(d.map((x) => x.topic)).toEqual(["duration"]);
  });

  it.each([
    [
      "uk 'about an hour' / pl '59 minutes'",
      ["uk", "Трамп і Путін розмовляли телефоном близько години."],
      ["pl", "Rozmowa telefoniczna Putina z Trumpem trwała 59 minut."],
    ],
    [
      "en 'one hour and 50 minutes' / ru 'about two hours'",
      ["en", "The call between Trump and Putin lasted one hour and 50 minutes."],
      ["ru", "Телефонный разговор Путина и Трампа продолжался около двух часов."],
    ],
    [
      "de 'a good hour' / en '70 minutes'",
      ["de", "Das Telefonat zwischen Trump und Putin dauerte eine gute Stunde."],
      ["en", "The telephone conversation between Putin and Trump lasted 70 minutes."],
    ],
    [
      "ro 'just over an hour' / es '16:04 to 17:06'",
      ["ro", "Convorbirea telefonică dintre Trump și Putin a durat puțin peste o oră."],
      ["es", "La conversación telefónica entre Putin y Trump duró de 16:04 a 17:06, hora de Moscú."],
    ],
    [
      "it 'due ore e mezza' / en '150 minutes'",
      ["it", "La telefonata tra Trump e Putin è durata due ore e mezza."],
      ["en", "The call between Putin and Trump lasted 150 minutes."],
    ],
  ] as Array<[string, [string, string], [string, string]]>)("no conflict: %s", (_, us, ru) => {
    expect(flagged(call(us, ru), "factual")).toEqual([]);
  });
});

describe("stance and characterization on the fresh call", () => {
  it("en/de: agreed against the Kremlin's denial in a German passive is a stance", () => {
    const d = flagged(
      call(
        ["en", "The two leaders agreed on a ceasefire on energy infrastructure."],
        ["de", "Der Kreml bestritt, dass eine Waffenruhe für die Energieinfrastruktur vereinbart wurde."],
      ),
      "stance",
    );
    expect(d.map((x) => x.topic)).toEqual(["ceasefire"]);
  });

  it("en/ru: both agreeing is no stance", () => {
    expect(
      flagged(
        call(
          ["en", "The two leaders agreed on a ceasefire on energy infrastructure."],
          ["ru", "Президенты договорились о прекращении огня на объектах энергетики."],
        ),
        "stance",
      ),
    ).toEqual([]);
  });

  it("vi: 'a friendly atmosphere' against 'frank and businesslike' is a characterization; against 'very warm' it is not", () => {
    const tone = (vi: string, ru: string) =>
      flagged(
        call(
          ["en", "President Trump spoke with President Putin by phone."],
          ["ru", "Состоялся телефонный разговор Путина и Трампа."],
          [
            ["wh:c2", "vi", "White House", "US", vi],
            ["kr:c2", "ru", "Kremlin", "RU", ru],
          ],
        ),
        "characterization",
      );
    expect(tone("Cuộc điện đàm diễn ra trong bầu không khí thân thiện.", "Беседа носила откровенный и деловой характер.").map((d) => d.topic)).toEqual([
      "tone",
    ]);
    expect(tone("Cuộc điện đàm diễn ra trong bầu không khí thân thiện.", "Беседа прошла в очень тёплой атмосфере.")).toEqual([]);
  });
});

describe("omission on the fresh call: a third party and an agency line beside the two readouts", () => {
  const claim = (id: string, language: string, speaker: string, side: string | null, assertion: string): Claim => ({
    ...makeClaim({ id, article: id.split(":")[0]!, language, speaker, side, assertion, date: DATE }),
    span: [0, assertion.length],
  });
  const claims = [
    claim("wh:c1", "en", "White House", "US", "President Trump spoke with President Putin by phone on Tuesday."),
    claim("wh:c2", "en", "White House", "US", "The two leaders discussed Ukraine, Iran's nuclear programme and North Korea."),
    claim("wh:c3", "en", "White House", "US", "The call was very productive."),
    claim("kr:c1", "ru", "Kremlin", "RU", "Состоялся телефонный разговор Владимира Путина с Дональдом Трампом."),
    claim("kr:c2", "ru", "Kremlin", "RU", "Обсуждалась ситуация на Украине."),
    claim("kr:c3", "ru", "Kremlin", "RU", "Беседа носила деловой характер."),
    claim("ua:c1", "uk", "Volodymyr Zelensky", "UA", "Україна не визнає жодних домовленостей про Україну без її участі та вимагає гарантій безпеки."),
    claim("ag:c1", "en", "Reuters", null, "The leaders also discussed North Korea, Reuters reported."),
  ];
  const omissions = compareClaims(claims).events.flatMap((e) => e.disagreements.filter((d) => d.type === "omission"));

  it("each item of the list the Kremlin leaves out is one card; the agency's line cancels none", () => {
    expect(omissions.map((d) => d.topic).sort()).toEqual(["iran-nuclear", "north-korea"]);
    for (const d of omissions) expect(d.claims).toEqual(["wh:c2"]);
  });

  it("the third party is never charged an omission, and the item both name (Ukraine) is none", () => {
    expect(omissions.some((d) => d.sides?.UA !== undefined)).toBe(false);
    expect(omissions.some((d) => d.topic === "ukraine")).toBe(false);
  });
});
