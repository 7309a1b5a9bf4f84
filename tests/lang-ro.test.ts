import { describe, expect, it } from "vitest";
import { ro } from "../src/lang/ro/index.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { nominative as pipelineNominative } from "../src/pipeline/speakers.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";

const { whole, find, ids, head } = lookups(ro);

describe("Romanian pack: shape", () => {
  it("validates and round-trips through defineLanguagePack", () => {
    expect(ro.code).toBe("ro");
    expectValidPack(ro);
    expect(ro.detection.stopwords.length).toBeGreaterThanOrEqual(40);
  });

  it("keys roles, entities and topics by shared ids only, and covers every role and core topic", () => {
    expectKeyedBySharedLexicon(ro);
  });
});

describe("Romanian pack: entities and roles resolve from inflected forms", () => {
  it.each([
    ["Kremlinului", "entity:kremlin"],
    ["Kremlinul", "entity:kremlin"],
    ["Casei Albe", "entity:white-house"],
    ["Casa Alba", "entity:white-house"],
    ["miliardarului republican", "entity:donald-trump"],
    ["Washingtonului", "entity:us-government"],
    ["Departamentului de Stat", "entity:state-department"],
    ["Ministerului rus de Externe", "entity:russian-foreign-ministry"],
    ["Alianței Nord-Atlantice", "entity:nato"],
    ["Serghei Lavrov", "entity:sergey-lavrov"],
    ["Iuri Uşakov", "entity:yury-ushakov"],
    ["Volodimir Zelenski", "entity:volodymyr-zelenskyy"],
    ["Angelei Merkel", "entity:angela-merkel"],
    ["agenția Reuters", "entity:reuters"],
    ["purtătorul de cuvânt al Kremlinului", "role:kremlin-spokesperson"],
    ["purtătorului de cuvânt al Kremlinului", "role:kremlin-spokesperson"],
    ["purtătoarea de cuvânt a Casei Albe", "role:wh-press-secretary"],
    ["Purtătorul de cuvânt al Casei Albe", "role:wh-press-secretary"],
    ["purtătoarea de cuvânt a diplomației ruse", "role:ru-foreign-ministry-spokesperson"],
    ["reprezentantul Kremlinului", "role:kremlin-representative"],
    ["Liderul rus", "role:ru-leader"],
    ["liderul de la Kremlin", "role:ru-leader"],
    ["președintelui Rusiei", "role:ru-president"],
    ["preşedintele american", "role:us-president"],
    ["presedintele ales", "role:us-president-elect"],
    ["șeful diplomației americane", "role:us-secretary-of-state"],
    ["ministrul rus de externe", "role:ru-foreign-minister"],
    ["părții ruse", "role:ru-side"],
    ["oficialii americani", "role:us-officials"],
    ["serviciile de informații americane", "role:us-intelligence"],
    ["Cei doi lideri", "role:both-leaders"],
    ["cancelarul german", "role:de-chancellor"],
    ["premierul britanic", "role:gb-prime-minister"],
  ])("%s → %s", (text, id) => {
    expect(whole("mentions", text)).toContain(id);
  });

  it("does not read a house, an alliance or a little as the White House, NATO or Putin", () => {
    expect(ids("mentions", "Și-a cumpărat o casă nouă; casa este albă.")).toEqual([]);
    expect(ids("mentions", "casa")).toEqual([]);
    // "puțin" ("little") must not fold into the name Putin.
    expect(ids("mentions", "discuțiile au durat mai puțin de două ore")).toEqual([]);
    expect(ids("mentions", "Alianța pentru Unirea Românilor")).toEqual([]);
  });

  it("finds the speaker mentions of a Romanian sentence in order", () => {
    const text = "Întrebat despre spusele lui Rubio, Dmitri Peskov, purtătorul de cuvânt al Kremlinului, a răspuns că dialogul continuă.";
    expect(ids("mentions", text)).toEqual(["entity:marco-rubio", "entity:dmitry-peskov", "role:kremlin-spokesperson"]);
  });
});

describe("Romanian pack: reporting cues", () => {
  it.each([
    ["Kremlinul a declarat că", "verb"],
    ["Peskov a mai declarat că", "verb"],
    ["oficialii au declarat că", "verb"],
    ["a mai comunicat Kremlinul", "verb"],
    ["a mai precizat Spicer", "verb"],
    ["susţinând la un moment dat", "verb"],
    ["recunoscand ca", "verb"],
    ["Liderul rus s-a arătat încântat", "verb"],
    ["i-a dat asigurări că", "verb"],
    ["se arată într-un comunicat", "impersonal"],
    ["s-a convenit ca", "impersonal"],
    ["conform Reuters", "source"],
    ["citat de agenția TASS", "source"],
  ])("%s has a %s cue", (text, kind) => {
    expect(ids("cues", text)).toContain(kind);
  });

  it("reads the cue of an inverted attribution whole", () => {
    const text = "a mai comunicat Kremlinul.";
    expect(find("cues", text)[0]![0]).toBe("a mai comunicat");
  });

  it("does not take a passive or an infinitive for a reporting verb", () => {
    expect(ids("cues", "el a fost declarat câștigător")).not.toContain("verb");
    expect(ids("cues", "o declarație a comunicatului")).not.toContain("verb");
  });

  it("marks background statements as undated", () => {
    expect(ids("cues", "recunoscând la un moment dat că")).toContain("undated");
    expect(ids("cues", "a spus în repetate rânduri")).toContain("undated");
  });
});

describe("Romanian pack: topics", () => {
  it.each([
    ["distrugerea Statului Islamic", "isis"],
    ["lupta împotriva terorismului internaţional", "terrorism"],
    ["programul nuclear iranian", "iran-nuclear"],
    ["situaţia din Peninsula Coreeană", "korean-peninsula"],
    ["conflictul dintre Israel şi palestinieni", "israel-palestine"],
    ["neproliferarea armelor atomice", "non-proliferation"],
    ["ridicarea sancţiunilor economice", "sanctions"],
    ["anexarea peninsulei Crimeea", "crimea"],
    ["conflictul din Ucraina", "ukraine"],
    ["crizei ucrainene", "ukraine"],
    ["o întâlnire între Putin și Trump", "meeting"],
    ["trebuie organizat un summit", "meeting"],
    ["necesită pregătiri considerabile", "preparation"],
    ["„cât mai curând posibil”", "urgency"],
    ["prioritatea colaborării militare în Siria", "military-cooperation"],
    ["relaţiile bilaterale", "relations"],
    ["hackerii ruşi", "election-interference"],
    ["atacurile cibernetice", "cyber"],
    ["un ton pozitiv", "tone"],
    ["o convorbire constructivă", "tone"],
    ["negocierile de la Istanbul", "negotiations"],
  ])("%s → %s", (text, id) => {
    expect(ids("topics", text)).toContain(id);
  });

  it("does not tag look-alike words", () => {
    expect(ids("topics", "echipa este în legătură cu Moscova")).not.toContain("relations");
    expect(ids("topics", "este relativ simplu")).not.toContain("relations");
    expect(ids("topics", "într-o conferință de presă")).not.toContain("media");
    expect(ids("topics", "un parteneriat strategic")).not.toContain("allies");
  });
});

describe("Romanian pack: dates", () => {
  it("resolves weekdays in bare, articled and genitive forms (Monday = 0)", () => {
    expect(ids("dates", "Vineri")).toEqual(["weekday:4"]);
    expect(ids("dates", "vinerea trecută")).toEqual(["weekday:4", "past"]);
    // ("în" is also the word before a year alone: "în 2019", pack dates.inYear)
    expect(ids("dates", "în cursul zilei de sâmbătă")).toEqual(["spanBefore", "weekday:5"]); // "în cursul" opens a span since dates26 (a past unit after it is no day of its own); the weekday still resolves
    expect(ids("dates", "duminica")).toEqual(["weekday:6"]);
    expect(ids("dates", "marti")).toEqual(["weekday:1"]);
  });

  it("resolves months, relative days and 'ago' phrases", () => {
    expect(ids("dates", "28 ianuarie 2017")).toEqual(["month:0"]);
    expect(ids("dates", "16 mai")).toEqual(["month:4"]);
    expect(ids("dates", "ieri")).toEqual(["day:-1"]);
    expect(ids("dates", "astăzi")).toEqual(["day:0"]);
    expect(ids("dates", "alaltăieri")).toEqual(["day:-2"]);
    expect(ids("dates", "acum două săptămâni")).toEqual(["agoBefore", "number:2", "unit:week"]);
    expect(ids("dates", "cu trei zile în urmă")).toEqual(["number:3", "unit:day", "agoAfter"]);
    expect(ro.dates.numericOrder).toBe("dmy");
  });
});

describe("Romanian pack: name rules", () => {
  const nominative = (w: string): string => pipelineNominative(w, compilePack(ro));

  it("reduces genitive-dative names to the nominative", () => {
    expect(nominative("Washingtonului")).toBe("Washington");
    expect(nominative("Mariei")).toBe("Maria");
    expect(nominative("Angelei")).toBe("Angela");
    expect(nominative("Zaharovei")).toBe("Zaharova");
  });

  it("leaves nominative names that merely end like a genitive alone", () => {
    for (const name of ["Andrei", "Serghei", "Alexei", "Matei", "Mihai", "Paul", "Raul", "Peskov", "Trump"]) {
      expect(nominative(name)).toBe(name);
    }
  });
});

describe("Romanian pack: boilerplate", () => {
  it("recognises read-also links, captions and end markers", () => {
    expect(head("boiler", "Citeşte şi: Putin, despre Trump")).toContain("lineStart");
    expect(head("boiler", "Citeste si: Putin, despre Trump")).toContain("lineStart");
    expect(head("boiler", "Foto: Reuters")).toContain("lineStart");
    expect(head("boiler", "Lasă un comentariu")).toContain("end");
    expect(ids("boiler", "Vladimir Putin la Kremlin. Sursa foto: Profimedia")).toContain("caption");
  });

  it("does not treat a body sentence as boilerplate", () => {
    const line = "Sursa citată a precizat că Peskov a publicat o fotografie pe Twitter.";
    expect(head("boiler", line)).toEqual([]);
    expect(ids("boiler", line)).toEqual([]);
  });
});
