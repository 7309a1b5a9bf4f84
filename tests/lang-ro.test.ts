import { describe, expect, it } from "vitest";
import { ro } from "../src/lang/ro/index.js";
import { defineLanguagePack } from "../src/lang/define.js";
import { Matcher } from "../src/text/matcher.js";
import { tokenize } from "../src/text/tokens.js";
import { ROLES } from "../src/lexicon/roles.js";
import { ENTITIES } from "../src/lexicon/entities.js";
import { CORE_TOPICS } from "../src/lexicon/topics.js";

const fold = ro.matching.foldDiacritics;

/** A matcher over a record of pattern lists, as the pipeline builds them. */
function matcherOf(rec: Record<string, readonly string[]>): Matcher<string> {
  const m = new Matcher<string>(fold);
  for (const [id, forms] of Object.entries(rec)) m.addAll(forms, id);
  return m;
}

/** Ids of every non-overlapping longest match in `text`. */
function ids(m: Matcher<string>, text: string): string[] {
  return m.findAll(tokenize(text, fold), text).flatMap((x) => x.values);
}

/** Whole-text match: the matched words must span all of `text`. */
function whole(m: Matcher<string>, text: string): string[] {
  const tokens = tokenize(text, fold);
  const hit = m.matchAt(tokens, 0, text);
  return hit && hit.to === tokens.length ? hit.values : [];
}

/** Mentions as the pipeline sees them: shared names + the pack's entities and roles. */
const mentions = (() => {
  const m = new Matcher<string>(fold);
  for (const e of ENTITIES) m.addAll(e.names ?? [], `entity:${e.id}`);
  for (const [id, forms] of Object.entries(ro.entities)) m.addAll(forms, `entity:${id}`);
  for (const [id, forms] of Object.entries(ro.roles)) m.addAll(forms, `role:${id}`);
  return m;
})();

const cues = (() => {
  const m = new Matcher<string>(fold);
  const r = ro.reporting;
  m.addAll(r.verbs, "verb");
  m.addAll(r.impersonal, "impersonal");
  m.addAll(r.nouns, "noun");
  m.addAll(r.sources, "source");
  m.addAll(r.undated, "undated");
  return m;
})();

const topics = matcherOf(ro.topics);

describe("Romanian pack: shape", () => {
  it("validates and round-trips through defineLanguagePack", () => {
    expect(ro.code).toBe("ro");
    expect(() => defineLanguagePack(ro)).not.toThrow();
    expect(ro.detection.stopwords.length).toBeGreaterThanOrEqual(40);
  });

  it("keys roles, entities and topics by shared ids only, and covers every role and core topic", () => {
    const roleIds = new Set(ROLES.map((r) => r.id));
    const entityIds = new Set(ENTITIES.map((e) => e.id));
    expect(Object.keys(ro.roles).filter((k) => !roleIds.has(k))).toEqual([]);
    expect(Object.keys(ro.entities).filter((k) => !entityIds.has(k))).toEqual([]);
    expect(Object.keys(ro.topics).filter((k) => !(CORE_TOPICS as readonly string[]).includes(k))).toEqual([]);
    expect([...roleIds].filter((k) => !(k in ro.roles))).toEqual([]);
    expect(CORE_TOPICS.filter((k) => !(k in ro.topics))).toEqual([]);
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
    expect(whole(mentions, text)).toContain(id);
  });

  it("does not read a house, an alliance or a little as the White House, NATO or Putin", () => {
    expect(ids(mentions, "Și-a cumpărat o casă nouă; casa este albă.")).toEqual([]);
    expect(ids(mentions, "casa")).toEqual([]);
    // "puțin" ("little") must not fold into the name Putin.
    expect(ids(mentions, "discuțiile au durat mai puțin de două ore")).toEqual([]);
    expect(ids(mentions, "Alianța pentru Unirea Românilor")).toEqual([]);
  });

  it("finds the speaker mentions of a real Romanian paragraph in order", () => {
    const text = "Referitor la declarațiile lui Rubio, purtătorul de cuvânt al Kremlinului, Dmitri Peskov, a afirmat că contactele sunt necesare.";
    expect(ids(mentions, text)).toEqual(["entity:marco-rubio", "role:kremlin-spokesperson", "entity:dmitry-peskov"]);
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
    expect(ids(cues, text)).toContain(kind);
  });

  it("reads the cue of an inverted attribution whole", () => {
    const text = "a mai comunicat Kremlinul.";
    const m = cues.findAll(tokenize(text, fold), text)[0]!;
    expect(text.slice(m.start, m.end)).toBe("a mai comunicat");
  });

  it("does not take a passive or an infinitive for a reporting verb", () => {
    expect(ids(cues, "el a fost declarat câștigător")).not.toContain("verb");
    expect(ids(cues, "o declarație a comunicatului")).not.toContain("verb");
  });

  it("marks background statements as undated", () => {
    expect(ids(cues, "recunoscând la un moment dat că")).toContain("undated");
    expect(ids(cues, "a spus în repetate rânduri")).toContain("undated");
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
    expect(ids(topics, text)).toContain(id);
  });

  it("does not tag look-alike words", () => {
    expect(ids(topics, "echipa este în legătură cu Moscova")).not.toContain("relations");
    expect(ids(topics, "este relativ simplu")).not.toContain("relations");
    expect(ids(topics, "într-o conferință de presă")).not.toContain("media");
    expect(ids(topics, "un parteneriat strategic")).not.toContain("allies");
  });
});

describe("Romanian pack: dates", () => {
  const dates = (() => {
    const m = new Matcher<string>(fold);
    ro.dates.weekdays.forEach((forms, i) => m.addAll(forms, `weekday:${i}`));
    ro.dates.months.forEach((forms, i) => m.addAll(forms, `month:${i}`));
    for (const [off, forms] of Object.entries(ro.dates.days)) m.addAll(forms, `day:${off}`);
    for (const [n, forms] of Object.entries(ro.dates.numbers)) m.addAll(forms, `number:${n}`);
    for (const [u, forms] of Object.entries(ro.dates.units)) m.addAll(forms, `unit:${u}`);
    m.addAll(ro.dates.agoBefore, "agoBefore");
    m.addAll(ro.dates.agoAfter, "agoAfter");
    m.addAll(ro.dates.past, "past");
    return m;
  })();

  it("resolves weekdays in bare, articled and genitive forms (Monday = 0)", () => {
    expect(ids(dates, "Vineri")).toEqual(["weekday:4"]);
    expect(ids(dates, "vinerea trecută")).toEqual(["weekday:4", "past"]);
    expect(ids(dates, "în cursul zilei de sâmbătă")).toEqual(["weekday:5"]);
    expect(ids(dates, "duminica")).toEqual(["weekday:6"]);
    expect(ids(dates, "marti")).toEqual(["weekday:1"]);
  });

  it("resolves months, relative days and 'ago' phrases", () => {
    expect(ids(dates, "28 ianuarie 2017")).toEqual(["month:0"]);
    expect(ids(dates, "16 mai")).toEqual(["month:4"]);
    expect(ids(dates, "ieri")).toEqual(["day:-1"]);
    expect(ids(dates, "astăzi")).toEqual(["day:0"]);
    expect(ids(dates, "alaltăieri")).toEqual(["day:-2"]);
    expect(ids(dates, "acum două săptămâni")).toEqual(["agoBefore", "number:2", "unit:week"]);
    expect(ids(dates, "cu trei zile în urmă")).toEqual(["number:3", "unit:day", "agoAfter"]);
    expect(ro.dates.numericOrder).toBe("dmy");
  });
});

describe("Romanian pack: name rules", () => {
  /** The pipeline's rule application: first rule whose suffix fits a long-enough word. */
  const nominative = (w: string): string => {
    for (const r of ro.nameRules) {
      if (w.length >= r.minLength && w.toLowerCase().endsWith(r.suffix)) return w.slice(0, w.length - r.suffix.length) + r.replace;
    }
    return w;
  };

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
  const boiler = (() => {
    const m = new Matcher<string>(fold);
    m.addAll(ro.boilerplate.lineStarts, "lineStart");
    m.addAll(ro.boilerplate.endMarkers, "end");
    m.addAll(ro.boilerplate.captions, "caption");
    return m;
  })();
  const head = (line: string) => boiler.matchAt(tokenize(line, fold), 0, line)?.values ?? [];

  it("recognises read-also links, captions and end markers", () => {
    expect(head("Citeşte şi: Putin, despre Trump")).toContain("lineStart");
    expect(head("Citeste si: Putin, despre Trump")).toContain("lineStart");
    expect(head("Foto: Reuters")).toContain("lineStart");
    expect(head("Lasă un comentariu")).toContain("end");
    expect(ids(boiler, "Vladimir Putin la Kremlin. Sursa foto: Profimedia")).toContain("caption");
  });

  it("does not treat a body sentence as boilerplate", () => {
    const line = "Sursa citată a precizat că Peskov a publicat o fotografie pe Twitter.";
    expect(head(line)).toEqual([]);
    expect(ids(boiler, line)).toEqual([]);
  });
});
