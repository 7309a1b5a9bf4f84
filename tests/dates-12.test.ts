import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates on news the rules were not written for (issue 11, item 8): background in a past
// tense, undated articles whose lead mentions an earlier event, and a day stated further on.
// Sentences written for these tests; fixed reference date 2025-03-20 (a Thursday) where one is given.

const REF = "2025-03-20";
const claims = (language: string, text: string, publishedAt?: string) =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;

describe("a statement in the pluperfect (or the English present perfect) with no date of its own is undated background", () => {
  it.each([
    ["en", "Peskov had said the talks would be difficult."],
    ["en", "The diplomats have stated that the leaks came from Washington."],
    ["de", "Peskow hatte gesagt, die Gespräche würden schwierig."],
    ["fr", "Peskov avait déclaré que les discussions seraient difficiles."],
    ["es", "Peskov había dicho que las conversaciones serían difíciles."],
    ["it", "Peskov aveva detto che i colloqui sarebbero stati difficili."],
  ])("%s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: null });
  });

  it.each([
    ["en", "Peskov said the talks would be difficult.", "2025-03-20"],
    ["de", "Peskow sagte, die Gespräche würden schwierig.", "2025-03-20"],
    ["fr", "Peskov a déclaré que les discussions seraient difficiles.", "2025-03-20"],
    ["es", "Peskov dijo que las conversaciones serían difíciles.", "2025-03-20"],
    ["it", "Peskov ha detto che i colloqui sarebbero stati difficili.", "2025-03-20"],
    ["en", "Peskov had said on Monday that the talks would be difficult.", "2025-03-17"],
    ["de", "Peskow hatte am Montag gesagt, die Gespräche würden schwierig.", "2025-03-17"],
    ["fr", "Peskov avait déclaré lundi que les discussions seraient difficiles.", "2025-03-17"],
    ["es", "Peskov había dicho el lunes que las conversaciones serían difíciles.", "2025-03-17"],
    ["it", "Peskov aveva detto lunedì che i colloqui sarebbero stati difficili.", "2025-03-17"],
    ["en", "Russia has no plans to attack, Peskov said.", "2025-03-20"],
    ["fr", "« La Russie n'avait aucun plan », a déclaré Peskov.", "2025-03-20"],
  ])("not when the tense is the report's or the date is stated, nor an auxiliary of the content: %s: %s", (language, text, iso) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date.iso).toBe(iso);
  });

  it.each([
    ["ro", "Peskov a declarat că discuțiile vor fi dificile."],
    ["pl", "Pieskow powiedział, że rozmowy będą trudne."],
    ["ru", "Песков заявил, что переговоры будут трудными."],
    ["uk", "Пєсков заявив, що переговори будуть складними."],
    ["vi", "Ông Peskov cho biết các cuộc đàm phán sẽ khó khăn."],
  ])("languages with no such auxiliary keep the publication date: %s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: REF, basis: "published" });
  });
});

describe("an undated article: the day of the report, not an earlier event its lead mentions", () => {
  it.each([
    ["en", "After their summit in Helsinki on 16 July 2018, Trump and Putin spoke by phone on Tuesday, the Kremlin said."],
    ["de", "Nach ihrem Gipfel in Helsinki am 16. Juli 2018 telefonierten Trump und Putin am Dienstag, teilte der Kreml mit."],
    ["fr", "Après leur sommet d'Helsinki du 16 juillet 2018, Trump et Poutine se sont parlé mardi au téléphone, a indiqué le Kremlin."],
    ["es", "Tras su cumbre en Helsinki del 16 de julio de 2018, Trump y Putin hablaron por teléfono el martes, informó el Kremlin."],
    ["it", "Dopo il vertice di Helsinki del 16 luglio 2018, Trump e Putin si sono sentiti martedì al telefono, ha riferito il Cremlino."],
    ["ro", "După summitul de la Helsinki din 16 iulie 2018, Trump și Putin au vorbit marți la telefon, a anunțat Kremlinul."],
    ["pl", "Po szczycie w Helsinkach 16 lipca 2018 roku Trump i Putin rozmawiali we wtorek telefonicznie, poinformował Kreml."],
    ["ru", "После саммита в Хельсинки 16 июля 2018 года Трамп и Путин во вторник поговорили по телефону, сообщил Кремль."],
    ["uk", "Після саміту в Гельсінкі 16 липня 2018 року Трамп і Путін у вівторок розмовляли телефоном, повідомив Кремль."],
    ["vi", "Sau hội nghị thượng đỉnh tại Helsinki ngày 16/7/2018, ông Trump và ông Putin đã điện đàm vào thứ Ba, Điện Kremlin cho biết."],
  ])("%s: %s", (language, text) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: "context" });
    expect(cs[0]!.date.relative).toMatchObject({ weekday: 2 });
  });

  it.each([
    ["en", "Trump and Putin spoke by phone on 16 July 2018, the Kremlin said."],
    ["de", "Trump und Putin telefonierten am 16. Juli 2018, teilte der Kreml mit."],
    ["ro", "Trump și Putin au vorbit la telefon pe 16 iulie 2018, a anunțat Kremlinul."],
    ["ru", "Трамп и Путин поговорили по телефону 16 июля 2018 года, сообщил Кремль."],
  ])("with no weekday the date stated is the day: %s: %s", (language, text) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2018-07-16", basis: "context" });
  });
});

// Three lead paragraphs without the day of the event, a fourth that states it with its weekday.
const BODY: [string, string][] = [
  [
    "en",
    "The Kremlin said the two leaders agreed to fight terrorism together.|The FSB said two men were arrested on 12/17 in the city.|Relations between the two countries remain tense after years of disputes.|Peskov said Putin thanked Trump in a call on Sunday (12/29).",
  ],
  [
    "de",
    "Der Kreml teilte mit, die beiden Präsidenten wollten den Terrorismus gemeinsam bekämpfen.|Der FSB teilte mit, zwei Männer seien am 17.12. in der Stadt festgenommen worden.|Die Beziehungen zwischen beiden Ländern bleiben nach Jahren des Streits angespannt.|Peskow sagte, Putin habe Trump in einem Telefonat am Sonntag (29.12.) gedankt.",
  ],
  [
    "fr",
    "Le Kremlin a indiqué que les deux dirigeants lutteraient ensemble contre le terrorisme.|Le FSB a indiqué que deux hommes avaient été arrêtés le 17/12 dans la ville.|Les relations entre les deux pays restent tendues après des années de disputes.|Peskov a déclaré que Poutine avait remercié Trump lors d'un appel dimanche (29/12).",
  ],
  [
    "es",
    "El Kremlin informó que los dos líderes combatirán juntos el terrorismo.|El FSB informó que dos hombres fueron detenidos el 17/12 en la ciudad.|Las relaciones entre los dos países siguen tensas tras años de disputas.|Peskov dijo que Putin agradeció a Trump en una llamada el domingo (29/12).",
  ],
  [
    "it",
    "Il Cremlino ha riferito che i due leader combatteranno insieme il terrorismo.|L'FSB ha riferito che due uomini sono stati arrestati il 17/12 in città.|I rapporti tra i due paesi restano tesi dopo anni di dispute.|Peskov ha detto che Putin ha ringraziato Trump in una telefonata domenica (29/12).",
  ],
  [
    "ro",
    "Kremlinul a anunțat că cei doi lideri vor combate împreună terorismul.|FSB a anunțat că doi bărbați au fost arestați pe 17/12 în oraș.|Relațiile dintre cele două țări rămân tensionate după ani de dispute.|Peskov a declarat că Putin i-a mulțumit lui Trump într-o convorbire duminică (29/12).",
  ],
  [
    "pl",
    "Kreml poinformował, że obaj przywódcy będą wspólnie zwalczać terroryzm.|FSB poinformowała, że dwaj mężczyźni zostali zatrzymani 17.12 w mieście.|Stosunki między oboma krajami pozostają napięte po latach sporów.|Pieskow powiedział, że Putin podziękował Trumpowi w rozmowie w niedzielę (29.12).",
  ],
  [
    "ru",
    "Кремль сообщил, что оба лидера будут вместе бороться с терроризмом.|ФСБ сообщила, что двое мужчин были задержаны 17.12 в городе.|Отношения между двумя странами остаются напряженными после многих лет споров.|Песков сказал, что Путин поблагодарил Трампа в ходе разговора в воскресенье (29.12).",
  ],
  [
    "uk",
    "Кремль повідомив, що обидва лідери разом боротимуться з тероризмом.|ФСБ повідомила, що двох чоловіків затримали 17.12 у місті.|Відносини між двома країнами залишаються напруженими після років суперечок.|Пєсков сказав, що Путін подякував Трампу під час розмови в неділю (29.12).",
  ],
  [
    "vi",
    "Điện Kremlin cho biết hai nhà lãnh đạo sẽ cùng nhau chống khủng bố.|FSB cho biết hai người đàn ông đã bị bắt hôm 17/12 tại thành phố.|Quan hệ giữa hai nước vẫn căng thẳng sau nhiều năm tranh chấp.|Ông Peskov cho biết ông Putin đã cảm ơn ông Trump trong cuộc điện đàm vào Chủ Nhật (29/12).",
  ],
];
const article = (paras: string) => paras.split("|").join("\n\n");

describe("an undated article whose lead gives no day: the day the body states with its weekday", () => {
  it.each(BODY)("%s", (language, paras) => {
    const cs = claims(language, article(paras));
    expect(cs.length).toBeGreaterThanOrEqual(3);
    // the lead claim and the one that states the day
    for (const c of [cs[0]!, cs[cs.length - 1]!]) {
      expect(c.date.iso).toBeNull();
      expect(c.date.relative).toMatchObject({ month: 12, day: 29 });
    }
  });

  it.each(BODY.filter(([l]) => ["de", "fr", "vi"].includes(l)))("a claim about an earlier day (17/12) has no date: %s", (language, paras) => {
    const cs = claims(language, article(paras));
    const earlier = cs.find((c) => /17[./]12/.test(c.assertion));
    expect(earlier?.date).toMatchObject({ iso: null, basis: null });
  });

  it.each(BODY)("a bare weekday further on is no stated day: %s", (language, paras) => {
    const cs = claims(language, article(paras.replace(/ ?\((?:12\/29|29[./]12\.?)\)/u, "")));
    expect(cs.length).toBeGreaterThanOrEqual(3);
    // (what the lead alone gives: no day, or the day of its earlier event where it is read as one)
    expect(cs[0]!.date.relative?.day ?? null).not.toBe(29);
    expect(cs[0]!.date.relative?.weekday ?? null).toBeNull();
  });
});

describe("a wire dateline states the day the report was filed", () => {
  const DATELINED: [string, string, string][] = [
    ["en", "MOSCOW, May 16 (Reuters) - Kremlin spokesman Dmitry Peskov said yesterday that the talks were useful.", " yesterday"],
    ["fr", "MOSCOU, 16 mai (AFP) - Le porte-parole du Kremlin Dmitri Peskov a déclaré hier que les discussions avaient été utiles.", " hier"],
    ["it", "MOSCA, 16 maggio (ANSA) - Il portavoce del Cremlino Dmitri Peskov ha detto ieri che i colloqui sono stati utili.", " ieri"],
  ];

  it.each(DATELINED)("relative days count from it, not from a later publication date: %s", (language, text) => {
    const cs = claims(language, text, "2017-05-17");
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2017-05-15", basis: "relative" });
  });

  it.each(DATELINED)("it dates the claims of an undated article: %s", (language, text, yesterday) => {
    const cs = claims(language, text.replace(yesterday, ""));
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: null, basis: "context", relative: { month: 5, day: 16 } });
  });

  it.each(DATELINED)("not a dateline more than a week before the publication date: %s", (language, text) => {
    const cs = claims(language, text, "2017-06-20");
    expect(cs[0]!.date.iso).toBe("2017-06-19");
  });
});

describe("a dateline gives the publication date of an article with no metadata", () => {
  // A date that opens its line, after a place in capitals at most, with an agency in brackets or a dash after it.
  const art = (language: string, text: string) => extractClaims({ id: "t", text, language });
  it.each([
    ["en", "Talks on trade\n\nMay 2, 2025 (NEWSWIRE)—The Kremlin said today that the call was useful.", "2025-05-02"],
    ["en", "WASHINGTON, March 18, 2025 — The White House said the call lasted an hour.", "2025-03-18"],
    ["de", "BERLIN, 3. Mai 2025 – Die Regierung erklärte, das Gespräch sei sachlich gewesen.", "2025-05-03"],
    ["fr", "PARIS, 3 mai 2025 (AFP) - L'Élysée a déclaré que l'entretien avait été utile.", "2025-05-03"],
    ["es", "MADRID, 3 de mayo de 2025 (EFE).- El Gobierno afirmó que la llamada fue útil.", "2025-05-03"],
  ])("%s: %s", (language, text, iso) => {
    const r = art(language, text);
    expect(r.article.publishedAt).toBe(iso);
    expect(r.article.publishedAtSource).toBe("text");
  });
  it("negative: a date inside a sentence, or one opening a sentence with no dash after it, is no dateline", () => {
    expect(art("en", "On May 2, 2025 the Kremlin said the call was useful.").article.publishedAt).toBeNull();
    expect(art("en", "May 2, 2025 was the day the Kremlin said the call was useful.").article.publishedAt).toBeNull();
    expect(art("de", "Die Regierung erklärte am 3. Mai 2025 – einem Sonntag –, das Gespräch sei gut gewesen.").article.publishedAt).toBeNull();
  });
});

describe("a word between the day and its month (pack dates.monthLinks)", () => {
  it.each([
    ["El portavoz afirmó el 13 de marzo que la llamada fue útil.", "2025-03-13"],
    ["El portavoz afirmó el 3 de mayo de 2024 que la llamada fue útil.", "2024-05-03"],
    ["El portavoz dijo el martes 18 de marzo que la llamada fue útil.", "2025-03-18"],
  ])("es: %s", (text, iso) => {
    const cs = claims("es", text, REF);
    expect(cs.map((c) => c.date.iso)).toEqual([iso]);
    expect(cs[0]!.assertion).toBe("la llamada fue útil.");
  });
  it("negative: a number of people is no day", () => {
    const cs = claims("es", "El ministro dijo que 3 de los 10 detenidos fueron liberados.", REF);
    expect(cs.map((c) => c.date)).toMatchObject([{ iso: REF, basis: "published" }]);
  });
});

describe("a day and month with no year: past days and days planned soon", () => {
  // A date in the content that lies soon after publication is a plan ("talks will begin on 10 January"):
  // no earlier event, so the statement keeps its own date. One that lies before it is an earlier event.
  it.each([
    ["en", "Peskov said on Tuesday that the call was useful. He added that talks would begin on January 10 in Geneva.", "2025-12-30"],
    ["es", "Peskov afirmó el martes que la llamada fue útil. Añadió que las negociaciones comenzarán el 10 de enero en Ginebra.", "2025-12-30"],
    ["de", "Peskow sagte am Dienstag, das Gespräch sei nützlich gewesen. Er fügte hinzu, die Gespräche würden am 10. Januar in Genf beginnen.", "2025-12-30"],
  ])("%s: %s", (language, text, published) => {
    const cs = extractClaims({ id: "t", text, language, publishedAt: published }).claims;
    expect(cs.map((c) => c.date.iso)).toEqual(["2025-12-30", "2025-12-30"]);
  });
  it("negative: a day shortly before publication in the content is an earlier event, not a plan", () => {
    const cs = extractClaims({
      id: "t",
      language: "en",
      publishedAt: "2026-01-06",
      text: "Peskov said on Monday that the call was useful. He added that the suspects had been arrested on December 28 in Moscow.",
    }).claims;
    expect(cs.map((c) => c.date.iso)).toEqual(["2026-01-05", null]);
  });
});
