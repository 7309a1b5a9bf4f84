import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { conflicts } from "../src/compare/represent/quantities.js";
import { stemmerFor } from "../src/compare/represent/stem.js";
import { nameKey } from "../src/compare/represent/names.js";
import { polishLight } from "../src/compare/represent/polish.js";
import { makeClaim } from "./helpers/gold-claims.js";
import { BUILTIN_PACKS } from "../src/lang/registry.js";
import { isEvaluationSense } from "../src/lexicon/evaluations.js";

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string, date: string | null = "2021-12-07"): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keys = (r: ClaimRep) => r.keys.map((k) => k.key);
const minutes = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => [Math.round(q.lo), Math.round(q.hi)]);

describe("states, from CLDR in every pack language, inflected", () => {
  it.each([
    ["pl", "rozmawiali o sytuacji Korei Północnej", "KP"],
    ["ru", "обсудили ситуацию в Сирии", "SY"],
    ["uk", "обговорили ситуацію в Сирії", "SY"],
    ["ro", "situația din Coreea de Nord și a Siriei", "KP"],
    ["it", "la situazione in Siria", "SY"],
    ["de", "die Lage in Syrien", "SY"],
    ["fr", "la situation en Syrie", "SY"],
    ["es", "la situación en Siria", "SY"],
    ["vi", "tình hình ở Triều Tiên", "KP"],
    ["en", "the situation in Syria", "SY"],
  ])("%s: %s → %s", (language, text, code) => {
    expect(read(language, text).states).toContain(code);
  });

  it("reads a capital standing for its state, and adjectives of states", () => {
    expect(read("it", "i legami economici tra Pechino e la Russia").states).toEqual(expect.arrayContaining(["CN", "RU"]));
    expect(read("ru", "торговля между Пекином и Москвой растёт").states).toEqual(expect.arrayContaining(["CN", "RU"]));
    expect(read("pl", "rosyjskie wojska przy granicy").states).toContain("RU");
    expect(read("en", "Chinese support for the Russian defence industry").states).toEqual(expect.arrayContaining(["CN", "RU"]));
  });

  it("does not read a state into a word that merely begins like one, nor an acronym into a common word", () => {
    expect(read("en", "He indicated that he would return.").states).toEqual([]);
    expect(read("en", "He told us about it.").states).toEqual([]);
    expect(read("ro", "a avut un rol esențial").keys.map((k) => k.key)).not.toContain("e:united-nations");
    expect(read("en", "Talks in the UN and in the US").states).toContain("US");
  });
});

describe("a stopped act is what it becomes: a halt to attacks is a ceasefire", () => {
  it.each([
    ["en", "Russia proposed a 30-day halt to strikes on energy facilities"],
    ["en", "both sides would refrain from attacks on power plants"],
    ["de", "Russland schlug einen Verzicht auf Angriffe auf Energieanlagen vor"],
    ["fr", "la Russie a proposé une suspension des frappes contre les centrales"],
    ["es", "Rusia propuso un cese de los ataques contra las centrales eléctricas"],
    ["it", "la Russia ha proposto una sospensione degli attacchi alle centrali"],
    ["ro", "Rusia a propus oprirea atacurilor asupra centralelor electrice"],
    ["ru", "Россия предложила взаимный отказ сторон от ударов по электростанциям"],
    ["uk", "Росія запропонувала припинення ударів по електростанціях"],
    ["pl", "Rosja zaproponowała wstrzymanie ataków na elektrownie"],
    ["vi", "Nga đề xuất tạm dừng các cuộc tấn công vào nhà máy điện"],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("ceasefire");
  });

  it.each([
    ["en", "Russia launched massive strikes on energy facilities"],
    ["en", "the halt of the talks came before the strikes of last week on Kyiv"],
    ["ru", "Россия нанесла удары по электростанциям"],
    ["pl", "Rosja przeprowadziła ataki na elektrownie"],
    ["ru", "стороны конфликта отказались от переговоров"],
  ])("no ceasefire when nothing stops the act, or the stopping word is far from it: %s: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("ceasefire");
  });
});

describe("concepts, matched on stems in every language", () => {
  it.each([
    ["en", "new sanctions were imposed", "sanctions"],
    ["ru", "введены новые санкции против банков", "sanctions"],
    ["uk", "нові санкції проти банків", "sanctions"],
    ["pl", "nowe sankcje wobec banków", "sanctions"],
    ["ro", "noi sancțiuni împotriva băncilor", "sanctions"],
    ["it", "nuove sanzioni contro le banche", "sanctions"],
    ["de", "neue Sanktionen gegen Banken", "sanctions"],
    ["fr", "de nouvelles sanctions contre les banques", "sanctions"],
    ["es", "nuevas sanciones contra los bancos", "sanctions"],
    ["vi", "các lệnh trừng phạt mới", "sanctions"],
    ["en", "a maritime ceasefire in the Black Sea", "black-sea"],
    ["it", "una tregua per le navi nel Mar Nero", "black-sea"],
    ["ru", "перемирие на Черном море", "black-sea"],
    ["en", "patrols in the South China Sea", "south-china-sea"],
    ["ro", "patrulele din Marea Chinei de Sud", "south-china-sea"],
    ["ru", "Россия прекратит удары по энергетической инфраструктуре Украины", "energy-infrastructure"],
    ["vi", "hai bên hỗ trợ kiểm soát vũ khí", "arms-control"],
    ["it", "per Pechino Taiwan è una linea rossa", "red-line"],
    ["en", "the US does not seek a new Cold War", "cold-war"],
  ])("%s: %s → %s", (language, text, concept) => {
    expect(read(language, text).concepts).toContain(concept);
  });

  it("adds the broader concepts and the states a concept is about", () => {
    const r = read("en", "Iran's nuclear programme came up as well.");
    expect(keys(r)).toEqual(expect.arrayContaining(["c:iran-nuclear", "c:nuclear-weapons", "s:IR"]));
  });

  it("does not read a concept into a word sharing its stem by chance", () => {
    // "długo dyskutowali" (they discussed at length) is no debt ("dług").
    expect(read("pl", "długo dyskutowali o współpracy").concepts).not.toContain("debt");
    // "a discutat" (discussed) is no phone call, "progres diplomatic" no diplomatic mission.
    expect(read("ro", "au discutat despre un progres diplomatic").concepts).not.toContain("diplomatic-missions");
    expect(read("ro", "au discutat despre un progres diplomatic").concepts).not.toContain("phone-call");
    // "fundamental" shares its Snowball stem with "fundamentalism": no extremism.
    expect(read("en", "they set out the fundamental principles of a new treaty").concepts).not.toContain("extremism");
    expect(read("it", "i principi fondamentali del trattato").concepts).not.toContain("extremism");
    expect(read("en", "cooperation against Islamic fundamentalists").concepts).toContain("extremism");
  });

  // "The leaders of the two states" is every bilateral report; only the two-state solution is the Middle East.
  it.each([
    ["ro", "liderii celor două state au discutat comerțul", "susțin soluția celor două state"],
    ["it", "i leader dei due stati hanno parlato di commercio", "sostengono la soluzione a due stati"],
    ["es", "los líderes de los dos estados hablaron de comercio", "apoyan la solución de dos estados"],
    ["fr", "les dirigeants des deux États ont parlé de commerce", "soutiennent la solution à deux États"],
    ["pl", "przywódcy dwóch państw rozmawiali o handlu", "popierają rozwiązanie dwóch państw"],
    ["ru", "лидеры двух государств обсудили торговлю", "поддерживают принцип двух государств"],
    ["uk", "лідери двох держав обговорили торгівлю", "підтримують принцип двох держав"],
    ["vi", "lãnh đạo hai nhà nước bàn về thương mại", "ủng hộ giải pháp hai nhà nước"],
    ["en", "the leaders of the two states discussed trade", "they back a two-state solution"],
  ])("%s: two states are no Israel–Palestine, the two-state solution is", (language, plain, solution) => {
    expect(read(language, plain).concepts).not.toContain("israel-palestine");
    expect(read(language, solution).concepts).toContain("israel-palestine");
  });

  it("reads no region into a word that only shares its name", () => {
    // French "pacifique" is "peaceful"; "alliance" alone is any alliance; a peninsula is not always Korea's.
    expect(read("fr", "un règlement pacifique du conflit").concepts).not.toContain("indo-pacific");
    expect(read("fr", "la sécurité dans la région Asie-Pacifique").concepts).toContain("indo-pacific");
    expect(read("fr", "une alliance économique avec Pékin").concepts).not.toContain("nato");
    expect(read("en", "Russian troops on the Crimean peninsula").concepts).not.toContain("korean-peninsula");
  });
});

describe("amounts", () => {
  it("reads durations in words and digits, with their hedges, in minutes", () => {
    expect(minutes(read("en", "The call lasted an hour."))).toEqual([[54, 66]]);
    expect(minutes(read("en", "The call lasted 45 minutes."))).toEqual([[41, 50]]);
    expect(minutes(read("en", "The call lasted just over an hour."))).toEqual([[60, 81]]);
    expect(minutes(read("ru", "Разговор длился почти полтора часа."))).toEqual([[63, 90]]);
    expect(minutes(read("ro", "Convorbirea a durat aproximativ 2,5 ore."))).toEqual([[113, 188]]);
    expect(minutes(read("en", "The talks ran from 16:04 to 17:06 GMT."))).toEqual([[60, 64]]);
    expect(minutes(read("de", "Das Gespräch dauerte rund anderthalb Stunden."))).toEqual([[68, 113]]);
  });

  it("sets 45 minutes against an hour, but not a clock range of 62 minutes against “just over an hour”", () => {
    const [hour] = read("en", "The call lasted an hour.").quantities;
    const [three] = read("en", "The call lasted 45 minutes.").quantities;
    const [over] = read("en", "The call lasted just over an hour.").quantities;
    const [range] = read("en", "The talks ran from 16:04 to 17:06 GMT.").quantities;
    expect(conflicts(hour!, three!)).toBe(true);
    expect(conflicts(over!, range!)).toBe(false);
  });

  it("reads dates (numeric in the pack's order, or with a month) and counts of a noun", () => {
    const vi = read("vi", "cảnh sát đã bắt ba người hôm 14/3");
    expect(vi.quantities.find((q) => q.kind === "date")?.lo).toBe(314);
    expect(read("en", "Negotiations will be held in Geneva on January 10.").quantities.find((q) => q.kind === "date")?.lo).toBe(110);
    expect(read("en", "Two suspects were arrested.").quantities.find((q) => q.kind === "count")?.lo).toBe(2);
    // "may" is no month on its own.
    expect(read("en", "They may agree later.").quantities).toEqual([]);
  });
});

describe("predicates and evaluations", () => {
  it("reads predicate classes, negated where a negation stands before them", () => {
    expect(read("en", "Putin demanded a halt to arms deliveries.").predicates.map((p) => [p.cls, p.negated])).toContainEqual(["demand", false]);
    expect(read("de", "Das Gespräch enthielt keine Forderung Putins.").predicates.map((p) => [p.cls, p.negated])).toContainEqual(["demand", true]);
    expect(read("ru", "Путин поблагодарил Трампа за информацию.").predicates.map((p) => p.cls)).toContain("thank");
    expect(read("vi", "Putin cảm ơn Trump").predicates.map((p) => p.cls)).toContain("thank");
    expect(read("en", "If Russia invades, the US will respond.").predicates.every((p) => p.conditional)).toBe(true);
    // A negation does not reach past the end of its clause.
    expect(read("en", "NATO must not expand, Putin insisted.").predicates.map((p) => [p.cls, p.negated])).toContainEqual(["demand", false]);
    expect(read("it", "la NATO non si allargherà, ha insistito Putin").predicates.map((p) => [p.cls, p.negated])).toContainEqual(["demand", false]);
  });

  it("grades evaluations on one scale: intensifiers raise a level, negations turn it", () => {
    const level = (language: string, text: string) => read(language, text).evaluations.map((e) => e.level);
    expect(level("en", "It was a good conversation.")).toEqual([1]);
    expect(level("en", "It was a very good conversation.")).toEqual([2]);
    expect(level("en", "The talks were extremely productive.")).toEqual([2]);
    expect(level("en", "The talks were not constructive.")).toEqual([-1]);
    expect(level("pl", "była to bardzo dobra rozmowa")).toEqual([2]);
    expect(level("ru", "разговор был конструктивным")).toEqual([1]);
    expect(level("it", "una telefonata molto buona")).toEqual([2]);
    expect(level("en", "The state of relations is totally unsatisfactory.")).toEqual([-2]);
    // "lasted" is no evaluation, though "lasting" may be one.
    expect(level("en", "The call lasted an hour.")).toEqual([]);
  });

  it("gives an evaluative term its sense, one across languages, and tells terms of one level apart", () => {
    const senses = (language: string, text: string) => read(language, text).encounterSenses;
    expect(senses("en", "The conversation was constructive.")).toEqual(["constructive"]);
    expect(senses("it", "secondo il Cremlino la telefonata è stata costruttiva")).toEqual(["constructive"]);
    expect(senses("ru", "разговор был конструктивным")).toEqual(["constructive"]);
    expect(senses("pl", "określili rozmowę jako konstruktywną")).toEqual(["constructive"]);
    expect(senses("vi", "cuộc điện đàm mang tính xây dựng")).toEqual(["constructive"]);
    // "very good" is a good conversation, raised a level; "business-like" is another term of the level of "constructive".
    expect(senses("en", "It was a very good conversation.")).toEqual(["good"]);
    expect(senses("de", "ein sehr gutes Gespräch")).toEqual(["good"]);
    expect(senses("en", "They had a business-like conversation.")).toEqual(["businesslike"]);
    expect(senses("ru", "разговор носил деловой характер")).toEqual(["businesslike"]);
    expect(senses("en", "The call was useful and frank.")).toEqual(["frank", "useful"]);
    // A term the pack grades but gives no sense keeps its level only.
    expect(read("en", "The talks were routine.").evaluations.map((e) => e.sense)).toEqual([null]);
  });

  it.each(BUILTIN_PACKS.map((p) => [p.code, p] as const))(
    "%s: every sense is of the inventory, and each of its forms is a graded term of that sense",
    (code, pack) => {
      for (const [id, forms] of Object.entries(pack.compare.senses)) {
        expect(isEvaluationSense(id), id).toBe(true);
        for (const form of forms) {
          const word = form.replace(/\*$/, "");
          const found = read(code, word).evaluations;
          expect(
            found.map((e) => e.sense),
            `${code} ${form}`,
          ).toContain(id);
        }
      }
    },
  );

  it("tells an evaluation of the encounter from one of a subject", () => {
    expect(read("en", "It was a very good conversation.").encounterLevel).toBe(2);
    expect(read("en", "Putin described the state of bilateral relations as totally unsatisfactory.").encounterLevel).toBeNull();
  });
});

describe("phrases and kinds of encounter", () => {
  it("matches a phrase of three words or more with one word more inside it, not a two-word phrase", () => {
    expect(keys(read("en", "movements of Belarusian troops along the frontier"))).toContain("c:military-buildup");
    expect(keys(read("en", "movements of troops along the frontier"))).toContain("c:military-buildup");
    // "face-to-face" is one word; "bilateral talks" has two: no word may come between them.
    expect(keys(read("en", "bilateral trade talks"))).not.toContain("c:meeting");
  });

  it("reads a bloc's summit as the bloc, not as the kind of the encounter", () => {
    expect(read("en", "they hope to meet in person at the G20 summit in Osaka").eventKinds).toEqual(["meeting"]);
    expect(read("ro", "o întâlnire în marja summitului G20 de la Osaka").eventKinds).toEqual(["meeting"]);
    expect(read("en", "the leaders met at the APEC meeting").keys.map((k) => k.key)).toContain("c:apec");
    expect(read("en", "the summit in Anchorage").eventKinds).toEqual(["summit"]);
  });
});

describe("lists", () => {
  it("reads a run of listed subjects, and no list where subjects are not listed", () => {
    expect(
      read("ro", "pe agendă s-au aflat Ucraina, Peninsula Coreeană, programul nuclear iranian şi conflictul dintre Israel şi palestinieni").listRun,
    ).toEqual(["s:UA", "c:korean-peninsula", "c:iran-nuclear", "c:israel-palestine"]);
    expect(read("pl", "rozmawiali o strefach bezpieczeństwa, żeby zapewnić trwały pokój").listRun).toEqual([]);
  });
});

describe("stems and names", () => {
  it("stems with Snowball where a stemmer exists, light suffix rules for Polish", () => {
    expect(stemmerFor("russian")("санкциями")).toBe(stemmerFor("russian")("санкции"));
    expect(stemmerFor("romanian")("negocierile")).toBe(stemmerFor("romanian")("negocieri"));
    expect(polishLight("sankcjami")).toBe(polishLight("sankcje"));
    expect(polishLight("północnej")).toBe(polishLight("północna"));
  });

  it("keys a name the lexicon does not know the same across scripts and case endings", () => {
    expect(nameKey("Тиллерсон")).toBe(nameKey("Tillersona"));
    expect(nameKey("Ławrow")).toBe(nameKey("Lavrov"));
  });
});

describe("an expression of concern or respect is an act, not an evaluation of a thing", () => {
  // Every pack reads its own words of concern ("concerns", "preoccupazioni", "îngrijorare") and of
  // support ("respects", "rispettano") as the predicate and not also as the term "worrying" or
  // "respectful" through a shared stem: one language reading them twice and another once made
  // the same report weigh differently across languages.
  const listed = (pack: (typeof BUILTIN_PACKS)[number], form: string) =>
    Object.values(pack.compare.evaluative ?? {})
      .flat()
      .some((x) => String(x).replace(/^=/, "") === form);
  it.each(BUILTIN_PACKS.flatMap((p) => (["concern", "support"] as const).map((cls) => [p.code, cls, p] as const)))(
    "%s: %s forms are no evaluative terms",
    (_code, cls, pack) => {
      for (const form of pack.compare.predicates[cls] ?? []) {
        if (listed(pack, form)) continue; // a word the pack lists as both, deliberately ("uneasy", "tôn trọng")
        const r = read(pack.code, form);
        expect(
          r.predicates.map((p) => p.cls),
          form,
        ).toContain(cls);
        expect(r.evaluations, form).toEqual([]);
      }
    },
  );
  it.each([
    ["en", "The situation on the border is worrying."],
    ["en", "Russia called the military build-up alarming."],
    ["it", "La situazione al confine è preoccupante."],
    ["it", "Sono sviluppi preoccupanti."],
    ["ro", "Situația de la graniță este îngrijorătoare."],
    ["ro", "Kremlinul a numit situația îngrijorător de tensionată."],
    ["fr", "La situation à la frontière est préoccupante."],
    ["de", "Die Lage an der Grenze ist besorgniserregend."],
    ["ru", "Ситуация на границе тревожная."],
  ])("%s: an adjective of concern still evaluates: %s", (language, text) => {
    expect(read(language, text).evaluations.some((e) => e.sense === "worrying")).toBe(true);
  });
  it.each([
    ["en", "The Kremlin called the conversation respectful."],
    ["it", "Il Cremlino ha definito il colloquio rispettoso."],
    ["it", "È stata una discussione rispettosa."],
  ])("%s: an adjective of respect still evaluates: %s", (language, text) => {
    expect(read(language, text).evaluations.some((e) => e.sense === "respectful")).toBe(true);
  });
});

describe("an evaluative term is not read in a word that only shares its stem", () => {
  const senses = (language: string, text: string) => read(language, text).evaluations.map((e) => e.sense);
  it.each([
    ["it", "Il presidente ha parlato in serata con l'omologo americano.", "serious"],
    ["it", "La Francia ha chiesto una tregua.", "frank"],
    ["ro", "Președintele francez a cerut un armistițiu.", "frank"],
    ["en", "Using the hotline, the two leaders spoke for an hour.", "useful"],
    ["en", "No details of the call were released.", "detailed"],
  ])("%s: %s", (language, text, sense) => {
    expect(senses(language, text)).not.toContain(sense);
  });
  it.each([
    ["it", "È stato un colloquio serio.", "serious"],
    ["it", "Una conversazione franca e costruttiva.", "frank"],
    ["ro", "A fost o discuție francă.", "frank"],
    ["en", "It was a useful exchange.", "useful"],
    ["en", "They held a detailed discussion of the ceasefire.", "detailed"],
  ])("%s keeps the term: %s", (language, text, sense) => {
    expect(senses(language, text)).toContain(sense);
  });
});

describe("weekdays and months written with a capital are no names", () => {
  const names = (language: string, text: string) => keys(read(language, text)).filter((k) => k.startsWith("n:"));
  it.each([
    ["en", "The two presidents spoke by phone on Sunday, the Kremlin said."],
    ["en", "The Kremlin said the presidents would meet again in September."],
    ["vi", "Điện Kremlin cho biết hai tổng thống đã điện đàm vào Chủ Nhật."],
    ["vi", "Hai tổng thống đã điện đàm vào Thứ Bảy tuần trước."],
  ])("%s: %s", (language, text) => {
    expect(names(language, text)).toEqual([]);
  });
  it.each([
    ["en", "On Sunday the president spoke with Gidley by phone.", "n:gidle"],
    ["vi", "Vào Chủ Nhật, tổng thống đã điện đàm với Gidley.", "n:gidle"],
  ])("%s: a name beside the day is still read: %s", (language, text, key) => {
    expect(names(language, text)).toContain(key);
  });
});

describe("a word for 'now' or a time of day is not the length of the encounter", () => {
  const has = (language: string, text: string) => keys(read(language, text)).includes("c:duration");
  it.each([
    ["it", "Ora la Russia chiede garanzie scritte."],
    ["vi", "Nga giờ xem Mỹ như một đối tác."],
    ["vi", "Hai tổng thống điện đàm vào Chủ Nhật theo giờ địa phương."],
    ["ro", "Convorbirea a început la ora Moscovei 18."],
  ])("%s: %s", (language, text) => {
    expect(has(language, text)).toBe(false);
  });
  it.each([
    ["it", "La telefonata è durata due ore.", 120],
    ["vi", "Cuộc điện đàm kéo dài khoảng 1 giờ.", 60],
    ["ro", "Convorbirea a durat o oră.", 60],
  ])("%s keeps the length: %s", (language, text, min) => {
    const r = read(language, text);
    expect(keys(r)).toContain("c:duration");
    expect(minutes(r).some(([lo, hi]) => lo! <= min && hi! >= min)).toBe(true);
  });
});

describe("a number phrase that holds its unit is an amount of time", () => {
  it.each([
    ["en", "The call lasted an hour and a half."],
    ["it", "La telefonata è durata un'ora e mezza."],
    ["it", "Un' ora e mezza al telefono con il Cremlino."],
    ["fr", "L'entretien a duré une heure et demie."],
    ["es", "La llamada duró una hora y media."],
    ["ro", "Convorbirea a durat o oră și jumătate."],
    ["vi", "Cuộc điện đàm kéo dài một tiếng rưỡi."],
    ["de", "Das Gespräch dauerte anderthalb Stunden."],
    ["ru", "Разговор длился полтора часа."],
  ])("%s: %s is 90 minutes", (language, text) => {
    expect(minutes(read(language, text)).some(([lo, hi]) => lo! <= 90 && hi! >= 90 && hi! < 120)).toBe(true);
  });
  it.each([
    ["en", "The call lasted an hour."],
    ["it", "La telefonata è durata un'ora."],
    ["fr", "L'entretien a duré une heure."],
  ])("%s: a plain hour stays an hour: %s", (language, text) => {
    const m = minutes(read(language, text));
    expect(m.length).toBeGreaterThan(0);
    expect(m.every(([lo, hi]) => lo! <= 60 && hi! >= 60)).toBe(true);
  });
});
