import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { uk } from "../src/lang/uk/index.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { nominative } from "../src/pipeline/speakers.js";
import { extractClaims, type Claim } from "../src/index.js";
import { scoreResult } from "../src/eval/score.js";
import { detectLanguage } from "../src/pipeline/detect.js";
import { BUILTIN_PACKS } from "../src/lang/registry.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";
import { expectExplicitAndExtendedPack, itMeetsTheLanguageBars } from "./helpers/language-checks.js";

const PUBLISHED = "2025-03-19"; // a Wednesday

const { whole } = lookups(uk);

describe("Ukrainian language pack: data", () => {
  it("validates, keys every lexicon by shared ids and covers every core topic", () => {
    expectValidPack(uk);
    expectKeyedBySharedLexicon(uk);
    expect(uk.reporting.verbs.length).toBeGreaterThan(400);
  });

  it("resolves every case form of the main people to their ids", () => {
    const cases: Array<[string, string[]]> = [
      ["vladimir-putin", ["Путін", "Путіна", "Путіну", "Путінові", "Путіним", "Путіні", "Володимир Путін", "Володимира Путіна", "Володимиром Путіним"]],
      ["dmitry-peskov", ["Пєсков", "Пєскова", "Пєскову", "Пєсковим", "Дмитро Пєсков", "Дмитра Пєскова", "Песков"]],
      ["yury-ushakov", ["Ушаков", "Ушакова", "Ушаковим", "Юрій Ушаков", "Юрія Ушакова"]],
      ["sergey-lavrov", ["Лавров", "Лаврова", "Сергій Лавров", "Сергієм Лавровим"]],
      ["donald-trump", ["Трамп", "Трампа", "Трампу", "Трампові", "Трампом", "Трампі", "Дональд Трамп", "Дональда Трампа"]],
      ["joe-biden", ["Байден", "Байдена", "Байденові", "Джо Байден", "Джо Байдена"]],
      ["volodymyr-zelenskyy", ["Зеленський", "Зеленського", "Зеленському", "Зеленським", "Володимир Зеленський", "Володимира Зеленського"]],
      ["maria-zakharova", ["Захарова", "Захарової", "Захаровою", "Марія Захарова"]],
      ["dmytro-kuleba", ["Кулеба", "Кулеби", "Кулебою", "Дмитро Кулеба"]],
      ["andrii-sybiha", ["Сибіга", "Сибіги", "Сибізі", "Андрій Сибіга"]],
      ["andriy-yermak", ["Єрмак", "Єрмака", "Андрій Єрмак"]],
      ["jen-psaki", ["Псакі", "Джен Псакі"]],
      ["karine-jean-pierre", ["Карін Жан-П’єр", "Карін Жан-Пʼєр"]],
    ];
    for (const [id, forms] of cases) for (const f of forms) expect(whole("entities", f), f).toEqual([id]);
  });

  it("resolves institutions and media in every case", () => {
    const cases: Array<[string, string[]]> = [
      ["kremlin", ["Кремль", "Кремля", "Кремлю", "Кремлем", "Кремлі"]],
      ["white-house", ["Білий дім", "Білого дому", "Білому домі", "Білим домом"]],
      ["state-department", ["Держдеп", "Держдепу", "Держдепартамент США", "Державного департаменту США"]],
      ["russian-foreign-ministry", ["МЗС Росії", "МЗС РФ", "російського МЗС"]],
      ["ukraine-presidency", ["Офіс президента України", "Офісу президента України", "Офісі президента", "ОП", "Банкова", "Банковій"]],
      ["ukraine-foreign-ministry", ["МЗС України", "українського МЗС"]],
      ["nato", ["НАТО", "Альянсу", "Північноатлантичного альянсу"]],
      ["united-nations", ["ООН", "Організації Об’єднаних Націй", "Організації Обʼєднаних Націй"]],
      ["russia", ["Росія", "Росії", "країна-агресор"]],
      ["us-government", ["Вашингтон", "Вашингтона", "адміністрація Байдена"]],
      ["ukrinform", ["Укрінформ", "Укрінформу"]],
      ["tass", ["ТАСС", "російське агентство ТАСС"]],
    ];
    for (const [id, forms] of cases) for (const f of forms) expect(whole("entities", f), f).toEqual([id]);
  });

  it("does not swallow look-alikes and parts", () => {
    for (const w of ["путінський", "путінізм", "кремлівський", "дім", "білий", "Володимир", "Дмитро", "Сандерс", "МЗС"]) {
      expect(whole("entities", w), w).toEqual([]);
    }
    expect(whole("entities", "МЗС Франції")).toEqual([]);
    expect(whole("roles", "помічник президента США")).toEqual([]);
  });

  it("resolves titles in every case and in both orthographies to role ids", () => {
    const cases: Array<[string, string[]]> = [
      [
        "kremlin-spokesperson",
        ["речник Кремля", "речника Кремля", "речником Кремля", "прессекретар Кремля", "прес-секретар Кремля", "прессекретаря Путіна", "кремлівський речник"],
      ],
      ["ru-president", ["президент Росії", "президента Росії", "президентові РФ", "російський президент", "російського президента"]],
      ["ru-leader", ["російський лідер", "очільник Кремля", "господаря Кремля", "російський диктатор", "кремлівського диктатора"]],
      ["kremlin-aide", ["помічник Путіна", "помічника Путіна з міжнародних питань", "помічник президента Росії", "радник Путіна"]],
      ["kremlin-representative", ["представник Кремля", "офіційний представник Кремля"]],
      ["kremlin-press-service", ["пресслужба Кремля", "прес-служби Кремля"]],
      ["ru-foreign-minister", ["міністр закордонних справ Росії", "глава МЗС Росії", "очільника російського МЗС"]],
      ["ru-foreign-ministry-spokesperson", ["речниця МЗС Росії", "речниці МЗС РФ", "офіційна представниця МЗС Росії"]],
      ["us-president", ["президент США", "президента США", "американський президент", "американському президентові"]],
      ["wh-press-secretary", ["речниця Білого дому", "речниці Білого дому", "прессекретарка Білого дому", "прес-секретар Білого дому"]],
      ["us-secretary-of-state", ["держсекретар США", "держсекретаря США", "очільник Держдепу"]],
      ["us-vice-president", ["віцепрезидент США", "віце-президента США"]],
      ["ua-president", ["президент України", "президента України", "глава держави", "український президент"]],
      ["ua-foreign-minister", ["міністр закордонних справ України", "очільник українського МЗС", "глава МЗС України"]],
      ["ru-side", ["російська сторона", "російської сторони", "Москва", "Москві"]],
      ["ua-side", ["українська сторона", "Київ", "Києва", "офіційний Київ"]],
      ["gb-prime-minister", ["прем’єр-міністр Великої Британії", "премʼєр-міністр Великої Британії", "британський прем’єр"]],
      ["both-leaders", ["обидва лідери", "обох президентів", "лідери"]],
    ];
    for (const [id, forms] of cases) for (const f of forms) expect(whole("roles", f), f).toEqual([id]);
  });

  it("recognises reporting verbs in every gender, number and tense, and source phrases", () => {
    for (const v of [
      "заявив",
      "заявила",
      "заявили",
      "заявляє",
      "повідомив",
      "зазначив",
      "наголосив",
      "наголосила",
      "підкреслив",
      "сказав",
      "додала",
      "зауважив",
      "назвав",
      "домовилися",
      "домовились",
      "погодився",
      "не виключив",
      "наголосивши",
      "заявив журналістам",
    ]) {
      expect(whole("cues", v), v).toContain("verb");
    }
    for (const s of ["за словами", "за його словами", "як повідомляє", "як передає", "згідно з", "з посиланням на"])
      expect(whole("cues", s), s).toContain("source");
    for (const s of ["зазначається", "йдеться в заяві", "було наголошено"]) expect(whole("cues", s), s).toContain("impersonal");
    for (const s of ["неодноразово", "раніше", "не раз"]) expect(whole("cues", s), s).toContain("undated");
    for (const s of ["у заяві", "в інтерв’ю", "в інтервʼю"]) expect(whole("cues", s), s).toContain("noun");
    for (const w of ["заява", "повідомлення", "казка"]) expect(whole("cues", w), w).toEqual([]);
  });

  it("maps case forms of topics, with and without the apostrophe letter, and leaves look-alikes alone", () => {
    expect(whole("topics", "санкцій")).toContain("sanctions");
    expect(whole("topics", "Сирії")).toContain("syria");
    expect(whole("topics", "переговорів")).toContain("negotiations");
    expect(whole("topics", "перемир’я")).toContain("ceasefire");
    expect(whole("topics", "перемирʼя")).toContain("ceasefire");
    expect(whole("topics", "нерозширення")).toContain("nato-expansion");
    expect(whole("topics", "Криму")).toContain("crimea");
    // "крим*" would swallow "кримінальний": Crimea is spelled out.
    expect(whole("topics", "кримінальний")).toEqual([]);
  });

  it("dates: genitive months, weekdays with their preposition and both apostrophes", () => {
    expect(whole("months", "січня")).toEqual(["0"]);
    expect(whole("months", "лютого")).toEqual(["1"]);
    expect(whole("months", "грудні")).toEqual(["11"]);
    // "лист" is a letter, not November.
    expect(whole("months", "лист")).toEqual([]);
    for (const f of ["у п’ятницю", "в п’ятницю", "у пʼятницю", "п’ятниці"]) expect(whole("weekdays", f), f).toEqual(["4"]);
    expect(whole("weekdays", "у четвер")).toEqual(["3"]);
    expect(whole("weekdays", "в неділю")).toEqual(["6"]);
  });

  it("ї, і, й, и, є and ґ stay letters of their own; the apostrophes ’ ' ʼ are one", () => {
    expect(uk.matching.normalizers).toEqual(["apostrophe"]);
    expect(whole("topics", "Україна")).toContain("ukraine");
    expect(whole("topics", "Украіна")).not.toContain("ukraine");
    expect(whole("entities", "Зеленський")).toEqual(["volodymyr-zelenskyy"]);
    expect(whole("entities", "Зеленськии")).toEqual([]);
    expect(whole("entities", "Єрмак")).toEqual(["andriy-yermak"]);
    expect(whole("entities", "Ермак")).toEqual([]);
    for (const f of ["у п’ятницю", "у пʼятницю", "у п'ятницю"]) expect(whole("weekdays", f), f).toEqual(["4"]);
  });

  it("reduces inflected unknown names conservatively", () => {
    const cp = compilePack(uk);
    expect(nominative("Сидоровим", cp)).toBe("Сидоров");
    expect(nominative("Іванової", cp)).toBe("Іванова");
    expect(nominative("Вишневського", cp)).toBe("Вишневський");
    expect(nominative("Стармером", cp)).toBe("Стармер");
    expect(nominative("Петрові", cp)).toBe("Петрові");
    expect(nominative("Сидорова", cp)).toBe("Сидорова");
  });

  it("language detection tells Ukrainian from Russian", () => {
    const packs = BUILTIN_PACKS;
    expect(detectLanguage(readFileSync("fixtures/lang/uk/uk-01.txt", "utf8"), packs)?.pack.code).toBe("uk");
    expect(detectLanguage("Пєсков заявив, що Кремль не бачить підстав для зустрічі.", packs)?.pack.code).toBe("uk");
    expect(detectLanguage("Путін і Трамп поговорили по телефону.", packs)?.pack.code).toBe("uk");
    expect(detectLanguage("Песков заявил, что Кремль не видит оснований для встречи.", packs)?.pack.code).toBe("ru");
    const r = extractClaims({ text: "«Ми готові до переговорів», — сказав Зеленський журналістам у Києві." });
    expect(r.article.language).toBe("uk");
  });
});

// --- extraction on realistic sentences ----------------------------------------------------------
const claimsOf = (text: string): Claim[] => extractClaims({ text, language: "uk", publishedAt: PUBLISHED }).claims;
const one = (text: string): Claim => {
  const cs = claimsOf(text);
  expect(cs, text).toHaveLength(1);
  return cs[0]!;
};

describe("Ukrainian extraction", () => {
  it("direct quotation «…» with a trailing attribution", () => {
    const c = one("«Ми відкриті до діалогу», — заявив Пєсков.");
    expect(c.speaker).toMatchObject({ name: "Dmitry Peskov", side: "RU", kind: "person" });
    expect(c.kind).toBe("direct");
    expect(c.assertion).toBe("«Ми відкриті до діалогу»");
    expect(c.date).toMatchObject({ iso: PUBLISHED, basis: "published" });
  });

  it("inner „…“ quotes, “…” quotes, dash dialogue and a colon before the quotation", () => {
    const a = one("«Ми називаємо це „особливою ситуацією“», — сказав Лавров.");
    expect([a.speaker.name, a.kind]).toEqual(["Sergey Lavrov", "direct"]);
    const b = one("“Ми готові до зустрічі”, — заявив Ушаков.");
    expect([b.speaker.name, b.kind]).toEqual(["Yury Ushakov", "direct"]);
    const c = one("— Це не відповідає дійсності, — сказав Пєсков.");
    expect([c.speaker.name, c.kind, c.assertion]).toEqual(["Dmitry Peskov", "direct", "Це не відповідає дійсності"]);
    const d = one("Зеленський сказав: «Нічого про Україну без України».");
    expect([d.speaker.name, d.speaker.side, d.kind]).toEqual(["Volodymyr Zelenskyy", "UA", "direct"]);
  });

  it("reported speech with a role and name in apposition and a weekday written with either apostrophe", () => {
    for (const day of ["п’ятницю", "пʼятницю"]) {
      const c = one(`Міністр закордонних справ Росії Сергій Лавров у ${day} заявив, що Москва готова до переговорів.`);
      expect(c.speaker).toMatchObject({ name: "Sergey Lavrov", side: "RU" });
      expect(c.kind).toBe("indirect");
      expect(c.assertion).toBe("Москва готова до переговорів.");
      expect(c.date).toMatchObject({ iso: "2025-03-14", basis: "relative" });
    }
  });

  it("mixed speech, and speakers named only by their title", () => {
    const m = one("Ушаков назвав розмову «конструктивною».");
    expect([m.speaker.name, m.kind]).toEqual(["Yury Ushakov", "mixed"]);
    expect(one("Речник Кремля заявив, що зустріч поки не планується.").speaker).toMatchObject({ name: "Dmitry Peskov", role: "Kremlin spokesperson" });
    expect(one("«Розмова була діловою», — зазначив помічник Путіна.").speaker).toMatchObject({ name: "Yury Ushakov", side: "RU" });
    expect(one("Глава держави наголосив, що Україна не визнає окупацію.").speaker).toMatchObject({ name: "Volodymyr Zelenskyy", side: "UA" });
    expect(one("Російський диктатор заявив, що Україна має відмовитися від НАТО.").speaker).toMatchObject({ name: "Vladimir Putin", side: "RU" });
  });

  it("institutions in the locative as the subject of an indefinite verb", () => {
    expect(one("У Кремлі заявили, що розмова була конструктивною.").speaker).toMatchObject({ name: "Kremlin", side: "RU" });
    expect(one("В Офісі президента повідомили, що переговори тривають.").speaker).toMatchObject({ name: "Office of the President of Ukraine", side: "UA" });
    expect(one("У Білому домі зазначили, що Трамп готовий до зустрічі.").speaker).toMatchObject({ name: "White House", side: "US" });
  });

  it("source phrases: 'за словами', 'як пише', a trailing agency", () => {
    const a = one("За словами речниці Білого дому, переговори пройшли успішно.");
    expect(a.speaker).toMatchObject({ name: "Karoline Leavitt", side: "US" });
    expect(a.assertion).toBe("переговори пройшли успішно.");
    expect(one("Як пише Reuters, Трамп незадоволений ходом переговорів.").speaker).toMatchObject({ name: "Reuters", kind: "media", side: null });
    expect(one("Переговори пройшли в конструктивній атмосфері, передає Укрінформ.").speaker.name).toBe("Ukrinform");
  });

  it("a pronoun continues the last speaker", () => {
    const cs = claimsOf("Пєсков прокоментував підсумки розмови. Він додав, що Росія не має наміру поспішати.");
    const last = cs[cs.length - 1]!;
    expect(last.speaker).toMatchObject({ name: "Dmitry Peskov", mention: "Він" });
    expect(last.assertion).toBe("Росія не має наміру поспішати.");
  });

  it("relative dates: вчора, два дні тому, минулої п’ятниці, місяць тому, an explicit day", () => {
    expect(one("Вчора Захарова заявила, що санкції марні.").date).toMatchObject({ iso: "2025-03-18", basis: "relative" });
    expect(one("Як заявив два дні тому Лавров, Москва не відмовляється від контактів.").date.iso).toBe("2025-03-17");
    expect(one("Минулої п’ятниці Пєсков повідомив, що саміт можливий.").date.iso).toBe("2025-03-14");
    expect(one("«Ми не поспішатимемо», — наголосив Путін 12 березня.").date.iso).toBe("2025-03-12");
    expect(one("Місяць тому Пєсков заявляв, що зустріч можлива.").date.iso).toBe("2025-02");
  });

  it("a date inside the content is not the date of the claim", () => {
    const c = one("В Офісі президента України сьогодні повідомили, що в неділю Зеленський і Байден проведуть телефонну розмову.");
    expect(c.date).toMatchObject({ iso: PUBLISHED, basis: "relative" });
  });

  it("a background statement with an undated marker has no date", () => {
    const c = one("Раніше Зеленський неодноразово заявляв, що Україна не погодиться на жодні домовленості без її участі.");
    expect(c.speaker.name).toBe("Volodymyr Zelenskyy");
    expect(c.date.iso).toBeNull();
    expect(c.background).toBe(true);
  });

  it("narration, captions and read-also lines yield no claim", () => {
    expect(claimsOf("Путін і Трамп провели телефонну розмову у вівторок.")).toEqual([]);
    expect(claimsOf("Президент США Джо Байден під час телефонної розмови. Фото: Білий дім / Reuters")).toEqual([]);
    expect(claimsOf("Читайте також: Пєсков заявив, що зустріч можлива")).toEqual([]);
    expect(claimsOf("Переговори Росії та США щодо гарантій безпеки мають відбутися 10 січня в Женеві.")).toEqual([]);
  });

  it("a credit line names the agencies as via", () => {
    const r = extractClaims({
      text: "«Ми готові до переговорів», — сказав Зеленський.\n\nЗа матеріалами Reuters, AP та Укрінформу",
      language: "uk",
      publishedAt: PUBLISHED,
    });
    expect(r.claims).toHaveLength(1);
    expect(r.article.via).toEqual(expect.arrayContaining(["Reuters", "Associated Press", "Ukrinform"]));
  });

  it("passing the pack explicitly still works, and an extended pack replaces the built-in one", () => {
    expectExplicitAndExtendedPack({
      pack: uk,
      publishedAt: PUBLISHED,
      sentence: "«Ми відкриті до діалогу», — заявив Пєсков.",
      text: "Пєсков відрубав, що Захід несе відповідальність за ескалацію.",
      verb: "відрубав",
      expected: ["Dmitry Peskov", "відрубав", "Захід несе відповідальність за ескалацію."],
    });
  });

  it("За його словами, …: a source phrase holding a possessive pronoun names the last person", () => {
    const cs = claimsOf("Ушаков заявив, що розмова була діловою. За його словами, Путін і Трамп домовилися продовжити контакти.");
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker).toMatchObject({ name: "Yury Ushakov", side: "RU" });
    expect(cs[1]!.assertion).toBe("Путін і Трамп домовилися продовжити контакти.");
  });

  it("Про це заявив X: a retrospective attribution credits the sentence of narration before it, and yields no claim of its own", () => {
    const text = "Переговори продовжаться в Ер-Ріяді наступного тижня. Про це заявив журналістам Ушаков.";
    const c = one(text);
    expect(c.speaker).toMatchObject({ name: "Yury Ushakov", side: "RU", mention: "Ушаков" });
    expect([c.kind, c.assertion]).toEqual(["indirect", "Переговори продовжаться в Ер-Ріяді наступного тижня."]);
    expect(c.cue).toMatch(/^заявив/);
    expect(c.span).toEqual([0, text.length]);
  });

  it("Путін попередив Байдена про наслідки. Про це заявив журналістам Ушаков. — the warning, as reported by Ushakov (the sentence before has a verb of its own)", () => {
    const c = one("Путін попередив Байдена про наслідки. Про це заявив журналістам Ушаков.");
    expect([c.speaker.name, c.assertion]).toEqual(["Yury Ushakov", "Путін попередив Байдена про наслідки."]);
  });

  it("… передає ТАСС after a complete attribution: the speaker stays Putin", () => {
    const c = one("Путін заявив, що Україна має відмовитися від НАТО, передає ТАСС.");
    expect(c.speaker).toMatchObject({ name: "Vladimir Putin", side: "RU", mention: "Путін" });
    expect([c.kind, c.cue]).toEqual(["indirect", "заявив"]);
  });

  it("… передає ТАСС after a complete attribution goes to via", () => {
    const c = one("Путін заявив, що Україна має відмовитися від НАТО, передає ТАСС.");
    expect(c.assertion).toMatch(/^Україна має відмовитися від НАТО\.?$/);
    expect(c.via).toContain("TASS");
  });

  it("Як повідомляє «Укрінформ», …: the quoted agency is the source", () => {
    const c = one("Як повідомляє «Укрінформ», Зеленський і Байден проведуть розмову в неділю.");
    expect(c.speaker).toMatchObject({ name: "Ukrinform", kind: "media", side: null });
  });

  it("«Ми готові», — сказав Зеленський: a short quotation closed before the cue is the content", () => {
    const c = one("«Ми готові», — сказав Зеленський.");
    expect([c.speaker.name, c.kind, c.assertion]).toEqual(["Volodymyr Zelenskyy", "direct", "«Ми готові»"]);
  });
});

// --- the Ukrainian fixture, scored like the seeds -------------------------------------------------
describe("Ukrainian fixture uk-01 (Biden–Putin call, 30 December 2021, and reactions in Kyiv)", () => {
  const dir = "fixtures/lang/uk";
  const { note: _note, ...meta } = JSON.parse(readFileSync(`${dir}/uk-01.json`, "utf8")) as {
    language: string;
    publishedAt: string;
    outlet: string | null;
    url: string | null;
    note?: string;
  }; // ArticleInput is strict: the sidecar's note is no article field
  const text = readFileSync(`${dir}/uk-01.txt`, "utf8");
  const gold = JSON.parse(readFileSync(`${dir}/gold.json`, "utf8")) as {
    articles: Record<string, { language: string; claims: Array<{ id: string; span: [number, number]; evidence: string; event: string }> }>;
  };
  const result = extractClaims({ id: "uk-01", text, ...meta });
  const score = scoreResult(gold, { articles: [{ id: "uk-01", claims: result.claims }] });

  it("gold is in the seeds' format with exact spans", () => {
    const a = gold.articles["uk-01"]!;
    expect(a.language).toBe("uk");
    for (const c of a.claims) {
      expect(text.slice(...c.span), c.id).toBe(c.evidence);
      expect(c.event).toBe("2021-12-30-biden-putin-call");
    }
  });
  itMeetsTheLanguageBars(() => score);
  it("the background statement stays undated", () => expect(score.undatedAccuracy).toBe(1));
  it("the caption, the read-also line and the credit line yield no claim; agencies go to via", () => {
    for (const c of result.claims) expect(c.assertion).not.toMatch(/Фото:|Читайте також|другу за місяць|За матеріалами/);
    expect(result.article.via).toEqual(expect.arrayContaining(["Reuters", "Associated Press", "Ukrinform"]));
  });
});

describe("Xi Jinping by his surname alone", () => {
  it("«Сі заявив» is Xi Jinping, not the untranslated short form", () => {
    expect(claimsOf("Сі заявив, що Тайвань — червона лінія.").map((c) => c.speaker.name)).toEqual(["Xi Jinping"]);
  });
});
