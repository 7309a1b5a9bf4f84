import { describe, expect, it } from "vitest";
import { pl } from "../src/lang/pl/index.js";
import { foldWord } from "../src/text/fold.js";
import { compilePack } from "../src/pipeline/lexicon.js";
import { nominative as pipelineNominative } from "../src/pipeline/speakers.js";
import { expectKeyedBySharedLexicon, expectValidPack, lookups } from "./helpers/pack-lookup.js";

const FOLD = pl.matching.foldDiacritics;

const { whole, find } = lookups(pl, { cues: ["verb", "impersonal", "noun", "source", "comp", "undated", "denial"] });
const nominative = (word: string): string => pipelineNominative(word, compilePack(pl));

describe("Polish language pack", () => {
  it("validates against the schema", () => {
    expectValidPack(pl);
    expect(pl.detection.stopwords.length).toBeGreaterThanOrEqual(40);
    expect(pl.detection.letters).toBe("ąćęłńóśźż");
    expect(pl.dates.numericOrder).toBe("dmy");
    expect(pl.dates.agoAfter).toContain("temu");
  });

  it("keys roles, entities and topics by ids of the shared lexicon and covers every core topic", () => {
    expectKeyedBySharedLexicon(pl);
  });

  it("resolves inflected institutions, people and media to their ids", () => {
    for (const f of ["Biały Dom", "Białego Domu", "Białym Domu", "Białemu Domowi"]) expect(whole("mentions", f)).toEqual(["entity:white-house"]);
    for (const f of ["Kreml", "Kremla", "Kremlu", "Kremlem"]) expect(whole("mentions", f)).toEqual(["entity:kremlin"]);
    expect(whole("mentions", "Donaldem Trumpem")).toEqual(["entity:donald-trump"]);
    expect(whole("mentions", "Donalda Trumpa")).toEqual(["entity:donald-trump"]);
    // a surname in -e declined as an adjective ("Ruttego"): not a fleeting "e" of "Marek" ("Marka Ruttego" is Mark Rutte)
    for (const f of ["Marka Ruttego", "Markiem Ruttem", "Ruttego"]) expect(whole("mentions", f)).toEqual(["entity:mark-rutte"]);
    expect(whole("mentions", "Siergieja Ławrowa")).toEqual(["entity:sergey-lavrov"]);
    expect(whole("mentions", "Siergieja Lawrowa")).toEqual(["entity:sergey-lavrov"]); // written without diacritics
    expect(whole("mentions", "Władimirem Putinem")).toEqual(["entity:vladimir-putin"]);
    expect(whole("mentions", "Dmitrija Pieskowa")).toEqual(["entity:dmitry-peskov"]);
    expect(whole("mentions", "Zełenskiego")).toEqual(["entity:volodymyr-zelenskyy"]);
    expect(whole("mentions", "Angelą Merkel")).toEqual(["entity:angela-merkel"]);
    expect(whole("mentions", "Rexa Tillersona")).toEqual(["entity:rex-tillerson"]);
    expect(whole("mentions", "Departamentu Stanu")).toEqual(["entity:state-department"]);
    expect(whole("mentions", "agencja Reutera")).toEqual(["entity:reuters"]);
    expect(whole("mentions", "Polskiej Agencji Prasowej")).toEqual(["entity:pap"]);
    expect(whole("mentions", "Kresy.pl")).toEqual(["entity:kresy-pl"]);
    expect(whole("mentions", "Rosję")).toEqual(["entity:russia"]);
    expect(whole("mentions", "Putin i Trump")).toEqual(["entity:putin-and-trump"]);
  });

  it("prefers a role over the institution inside it and resolves roles in several cases", () => {
    expect(whole("mentions", "rzecznik Białego Domu")).toEqual(["role:wh-press-secretary"]);
    expect(whole("mentions", "rzeczniczka Białego Domu")).toEqual(["role:wh-press-secretary"]);
    expect(whole("mentions", "rzecznika Kremla")).toEqual(["role:kremlin-spokesperson"]);
    expect(whole("mentions", "rzecznik prasowy Kremla")).toEqual(["role:kremlin-spokesperson"]);
    expect(whole("mentions", "prezydenta Rosji")).toEqual(["role:ru-president"]);
    expect(whole("mentions", "rosyjskiego prezydenta")).toEqual(["role:ru-president"]);
    expect(whole("mentions", "prezydentem USA")).toEqual(["role:us-president"]);
    expect(whole("mentions", "szef rosyjskiej dyplomacji")).toEqual(["role:ru-foreign-minister"]);
    expect(whole("mentions", "szefa amerykańskiej dyplomacji")).toEqual(["role:us-secretary-of-state"]);
    expect(whole("mentions", "kanclerz Niemiec")).toEqual(["role:de-chancellor"]);
    expect(whole("mentions", "Służby prasowe Kremla")).toEqual(["role:kremlin-press-service"]);
    expect(whole("mentions", "strony rosyjskiej")).toEqual(["role:ru-side"]);
    expect(whole("mentions", "obaj prezydenci")).toEqual(["role:both-leaders"]);
    // "przywódcy USA i Rosji" is both leaders, not the US leader it starts with.
    expect(whole("mentions", "przywódcy USA i Rosji")).toEqual(["role:both-leaders"]);
    expect(whole("mentions", "przywódcy Rosji")).toEqual(["role:ru-leader"]);
  });

  it("does not resolve parts or look-alikes", () => {
    expect(whole("mentions", "Biały")).toEqual([]);
    expect(whole("mentions", "Domu")).toEqual([]);
    expect(whole("mentions", "rzecznik")).toEqual([]);
    expect(whole("mentions", "Austin")).toEqual([]); // the city, not Lloyd Austin
    expect(whole("mentions", "Moskiewski")).toEqual([]);
    // Cases are spelled out, not prefixed: "trumpet" is no Trump.
    expect(whole("mentions", "trumpet")).toEqual([]);
  });

  it("recognises reporting verbs in every gender and number, impersonal forms, sources and nouns", () => {
    for (const v of [
      "powiedział",
      "powiedziała",
      "powiedzieli",
      "powiedziały",
      "mówi",
      "mówiła",
      "stwierdzili",
      "oświadczyła",
      "podkreślił",
      "dodała",
      "przekazali",
      "poinformowała",
      "ostrzegł",
      "określiły",
      "zgodzili się",
      "uzgodnili",
      "wzywała",
      "przyznali",
      "zaprzeczył",
      "informują",
      "podaje",
    ]) {
      expect(whole("cues", v), v).toContain("verb");
    }
    for (const v of ["podkreślono", "Uzgodniono", "omawiano", "stwierdzono", "akcent położono"]) expect(whole("cues", v), v).toEqual(["impersonal"]);
    for (const v of ["Według", "wg", "zdaniem", "Jak podaje", "powołując się na", "cytowany przez", "zgodnie z informacjami"]) {
      expect(whole("cues", v), v).toEqual(["source"]);
    }
    expect(whole("cues", "W swoim oświadczeniu")).toEqual(["noun"]);
    expect(whole("cues", "na Twitterze")).toEqual(["noun"]);
    expect(whole("cues", "że")).toEqual(["comp"]);
    expect(whole("cues", "niejednokrotnie")).toEqual(["undated"]);
    expect(whole("cues", "zdementował")).toEqual(["denial", "verb"]);
    // Nouns and adjectives built on verb stems are not cues.
    expect(whole("cues", "powiedzenie")).toEqual([]);
    expect(whole("cues", "oświadczenie")).toEqual([]);
    expect(whole("cues", "dodatkowo")).toEqual([]);
  });

  it("finds the cues of an attribution sentence with a statement noun, an apposition and a complementizer", () => {
    const s = "W swoim oświadczeniu Sean Spicer, który jest rzecznikiem Białego Domu, stwierdził, że spotkanie „przebiegło spokojnie”.";
    expect(find("cues", s)).toEqual([
      ["W swoim oświadczeniu", ["noun"]],
      ["stwierdził", ["verb"]],
      ["że", ["comp"]],
    ]);
    expect(find("mentions", s).map(([t, v]) => [t, v])).toEqual([
      ["Sean Spicer", ["entity:sean-spicer"]],
      ["rzecznikiem Białego Domu", ["role:wh-press-secretary"]],
    ]);
  });

  it("maps inflected topic words to concept ids and leaves colliding words alone", () => {
    expect(whole("topics", "Półwyspie Koreańskim")).toEqual(["korean-peninsula"]);
    expect(whole("topics", "Korei Północnej")).toEqual(["korean-peninsula"]);
    expect(whole("topics", "stref bezpiecznych")).toEqual(["safe-zones"]);
    expect(whole("topics", "stref deeskalacji")).toEqual(["safe-zones"]);
    expect(whole("topics", "zawieszeniu broni")).toEqual(["ceasefire"]);
    expect(whole("topics", "Astanie")).toEqual(["astana-talks"]);
    expect(whole("topics", "Bliskim Wschodzie")).toEqual(["middle-east"]);
    expect(whole("topics", "terroryzmem")).toEqual(["terrorism"]);
    expect(whole("topics", "syryjskiego")).toEqual(["syria"]);
    expect(whole("topics", "Syrii")).toEqual(["syria"]);
    expect(whole("topics", "pokojowego")).toEqual(["peace"]);
    expect(whole("topics", "sankcjami")).toEqual(["sanctions"]);
    expect(whole("topics", "rozmowę telefoniczną")).toEqual(["phone-call"]);
    expect(whole("topics", "konstruktywną")).toEqual(["tone"]);
    expect(whole("topics", "bardzo dobrą")).toEqual(["tone"]);
    expect(whole("topics", "w cztery oczy")).toEqual(["meeting"]);
    expect(whole("topics", "Krymu")).toEqual(["crimea"]);
    expect(whole("topics", "Ukrainie")).toEqual(["ukraine"]);
    // "relacjonuje" (reports) is no relation, "w stosunku do" (with regard to) neither,
    // "środowisko" (environment) no weekday and "wtórny" (secondary) no Tuesday.
    expect(find("topics", "relacjonuje")).toEqual([]);
    expect(find("topics", "w stosunku do")).toEqual([]);
    expect(whole("weekdays", "środowisko")).toEqual([]);
    expect(whole("weekdays", "środki")).toEqual([]);
    expect(whole("weekdays", "wtórny")).toEqual([]);
    // The Kremlin's account must not pick up the White House's topics from near-misses.
    expect(find("topics", "bezpieczeństwa")).toEqual([["bezpieczeństwa", ["security"]]]);
  });

  it("reads dates: month and weekday forms, relative days and units", () => {
    expect(whole("months", "stycznia")).toEqual(["0"]);
    expect(whole("months", "lutego")).toEqual(["1"]);
    expect(whole("months", "maja")).toEqual(["4"]);
    expect(whole("months", "października")).toEqual(["9"]);
    expect(whole("months", "grudniu")).toEqual(["11"]);
    expect(find("weekdays", "w środę")).toEqual([["środę", ["2"]]]);
    expect(find("weekdays", "we wtorek")).toEqual([["wtorek", ["1"]]]);
    expect(find("weekdays", "w poniedziałek")).toEqual([["poniedziałek", ["0"]]]);
    expect(find("weekdays", "w niedzielę")).toEqual([["niedzielę", ["6"]]]);
    expect(whole("days", "wczoraj")).toEqual(["-1"]);
    expect(whole("days", "dzisiaj")).toEqual(["0"]);
    expect(whole("days", "przedwczoraj")).toEqual(["-2"]);
    expect(whole("units", "tygodni")).toEqual(["week"]);
    expect(whole("units", "miesięcy")).toEqual(["month"]);
    expect(whole("units", "lat")).toEqual(["year"]);
    // "się" folds to "sie": it must never read as August.
    expect(find("months", "Spotkali się w Genewie")).toEqual([]);
  });

  it("grades evaluative terms in their inflected forms", () => {
    expect(whole("evaluative", "bardzo dobrą")).toEqual(["positive"]);
    expect(whole("evaluative", "konstruktywna")).toEqual(["positive"]);
    expect(whole("evaluative", "owocnej")).toEqual(["positive"]);
    expect(whole("evaluative", "niezadowalający")).toEqual(["negative"]);
    expect(whole("evaluative", "napiętej")).toEqual(["negative"]);
    expect(whole("evaluative", "ostrzegł")).toEqual([]); // a verb, not "ostra"
  });

  it("brings inflected unknown names back to the nominative without mangling feminine names", () => {
    expect(nominative("Spicerem")).toBe("Spicer");
    expect(nominative("Spicerowi")).toBe("Spicer");
    expect(nominative("Tillersona")).toBe("Tillerson");
    expect(nominative("Smitha")).toBe("Smith");
    expect(nominative("Jermakiem")).toBe("Jermak");
    expect(nominative("Kowalskiego")).toBe("Kowalski");
    expect(nominative("Nowickiej")).toBe("Nowicka");
    expect(nominative("Zacharowej")).toBe("Zacharowa");
    expect(nominative("Mike'a")).toBe("Mike");
    // Nominatives stay as they are.
    for (const w of ["Zacharowa", "Anna", "Kaja", "Marina", "Spicer", "Hakeem", "Merkel", "Kallas"]) expect(nominative(w)).toBe(w);
  });

  it("marks boilerplate lines", () => {
    expect(whole("boiler", "Przeczytaj:")).toEqual(["lineStart"]);
    expect(whole("boiler", "Czytaj więcej")).toEqual(["lineStart"]);
    expect(whole("boiler", "Zostaw odpowiedź")).toEqual(["end"]);
    expect(whole("boiler", "1 odpowieź")).toEqual(["end"]);
    expect(whole("boiler", "Chcesz przyłączyć się do dyskusji?")).toEqual(["end"]);
    expect(whole("boiler", "Fot.")).toEqual(["caption", "lineStart"]);
    expect(find("boiler", "Prezydent opublikował zdjęcie z rozmowy")).toEqual([]);
  });

  it("keeps single-word lexicon entries off the language's function words", () => {
    const stop = new Set(pl.detection.stopwords.map((w) => foldWord(w, FOLD)));
    const single = (xs: readonly string[]) => xs.filter((p) => !p.includes(" ") && !p.endsWith("*")).map((p) => foldWord(p, FOLD));
    const lists = [
      ...Object.values(pl.entities),
      ...Object.values(pl.roles),
      ...Object.values(pl.topics),
      ...pl.dates.weekdays,
      pl.evaluative.positive,
      pl.evaluative.negative,
      pl.reporting.verbs,
      pl.reporting.pronouns,
    ];
    expect(lists.flatMap(single).filter((w) => stop.has(w))).toEqual([]);
    // Prefix patterns are long enough to be specific.
    const prefixes = [...Object.values(pl.topics), pl.evaluative.positive, pl.evaluative.negative, pl.reporting.denials].flat().filter((p) => p.endsWith("*"));
    expect(prefixes.filter((p) => p.split(" ").pop()!.length < 5)).toEqual([]);
  });
});
