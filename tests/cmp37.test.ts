import { describe, expect, it } from "vitest";
import { describedSide } from "../src/compare/accounts.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { Speaker } from "../src/schema/claim.js";
import { makeClaim } from "./helpers/gold-claims.js";

// Team-written sentences (invented statements).

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: "2026-06-24" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}
const keysOf = (r: ClaimRep, kind: string) => r.keys.filter((k) => k.kind === kind).map((k) => k.key);
const described = (language: string, name: string): string | null => {
  const speaker: Speaker = { name, id: null, mention: name, mentionSpan: null, kind: "unknown", role: null, side: null };
  return describedSide(speaker, lexiconFor(language).lexicon);
};

describe("words of office inside German compounds", () => {
  it.each([
    ["Kremlsprecher", "RU"],
    ["ein Kremlsprecher", "RU"],
    ["Regierungssprecher", "DE"],
    ["ein russischer Regierungssprecher", "RU"],
    ["aus Regierungskreisen", "DE"],
  ])("%s is an official of %s", (name, side) => {
    expect(described("de", name)).toBe(side);
  });
  it.each(["Regierungskritiker", "ein Regierungskritiker", "russischer Regierungskritiker", "Kremlkritiker"])("%s is no official", (name) => {
    expect(described("de", name)).toBeNull();
  });
});

describe("English comparison pack", () => {
  it.each(["The minister called on Moscow to withdraw its troops from the border.", "The foreign ministry calls on both sides to return to the talks."])(
    "a demand: %s",
    (text) => {
      expect(read("en", text).predicates.map((p) => p.cls)).toContain("demand");
    },
  );
  it.each(["The two leaders held a call on Monday evening.", "The president called Putin on Monday."])("no demand: %s", (text) => {
    expect(read("en", text).predicates.map((p) => p.cls)).not.toContain("demand");
  });
  it("farm products are no evaluation; productive talks are", () => {
    expect(keysOf(read("en", "The deal covers farm products and fertiliser."), "evaluation")).toEqual([]);
    expect(keysOf(read("en", "The talks were productive, the minister said."), "evaluation")).toContain("x:+");
  });
  it("the name Chinh is not China", () => {
    expect(keysOf(read("en", "Prime Minister Pham Minh Chinh said the visit was important."), "state")).not.toContain("s:CN");
    expect(keysOf(read("en", "China said the visit was important."), "state")).toContain("s:CN");
    expect(keysOf(read("de", "Die Regierung Chinas begrüßte den Besuch."), "state")).toContain("s:CN");
    expect(keysOf(read("pl", "Delegacja Chin przyjechała do Warszawy."), "state")).toContain("s:CN");
  });
});

describe("Polish adjective and noun forms meet their concept", () => {
  it.each([
    "Rozmawiano długo o irańskim programie jądrowym.",
    "Ministrowie zajmą się irańskim programem jądrowym.",
    "Przyjrzeli się irańskiemu programowi jądrowemu.",
    "Omówiono irański program jądrowy.",
  ])("%s", (text) => {
    expect(keysOf(read("pl", text), "subject")).toContain("c:iran-nuclear");
  });
  it("a new programme is no nuclear one", () => {
    expect(keysOf(read("pl", "Rząd przyjął nowy program gospodarczy."), "subject")).not.toContain("c:iran-nuclear");
  });
});
