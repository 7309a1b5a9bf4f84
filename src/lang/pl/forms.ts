/**
 * Builders and noun tables that spell out Polish inflected forms for the pack's lexicons. They only
 * build lists of strings: what the pack contains is still plain data once evaluated.
 */
import { phrase } from "../forms.js";

export { phrase };

/** Noun forms by case: nominative, genitive (= animate accusative), dative, instrumental, locative. */
export type Cases = readonly [nom: string, gen: string, dat: string, ins: string, loc: string];

/**
 * A soft-stem adjective (-ski/-cki/-ki) before a masculine noun, in the five cases:
 * `adjNoun("rosyjsk", PREZYDENT)` → "rosyjski prezydent", "rosyjskiego prezydenta", …
 */
export const adjNoun = (stem: string, n: Cases): string[] => [
  `${stem}i ${n[0]}`,
  `${stem}iego ${n[1]}`,
  `${stem}iemu ${n[2]}`,
  `${stem}im ${n[3]}`,
  `${stem}im ${n[4]}`,
];

/**
 * Past-tense forms of a verb: masculine, feminine, neuter, masculine-personal plural, other
 * plural. `past("doda")` → dodał, dodała, dodało, dodali, dodały; verbs in -iał/-ieli pass the
 * plural stem: `past("powiedzia", "powiedzie")`.
 */
export const past = (stem: string, plural = stem): string[] => [`${stem}ł`, `${stem}ła`, `${stem}ło`, `${plural}li`, `${stem}ły`];

/** Appends a word to each form ("zgodził" → "zgodził się"). */
export const withWord = (forms: readonly string[], word: string): string[] => forms.map((f) => `${f} ${word}`);

/**
 * A person's name by case: full names case by case ("Donalda Trumpa"), then the surname alone.
 * Indeclinable first names are repeated.
 */
export const person = (first: Cases | null, last: Cases): string[] => [...(first ? first.map((f, i) => `${f} ${last[i]!}`) : []), ...last];

// Case tables of the nouns roles are built from.
export const PREZYDENT: Cases = ["prezydent", "prezydenta", "prezydentowi", "prezydentem", "prezydencie"];
export const PRZYWODCA: Cases = ["przywódca", "przywódcy", "przywódcy", "przywódcą", "przywódcy"];
export const RZECZNIK: Cases = ["rzecznik", "rzecznika", "rzecznikowi", "rzecznikiem", "rzeczniku"];
export const SZEF: Cases = ["szef", "szefa", "szefowi", "szefem", "szefie"];
export const MINISTER: Cases = ["minister", "ministra", "ministrowi", "ministrem", "ministrze"];
export const DORADCA: Cases = ["doradca", "doradcy", "doradcy", "doradcą", "doradcy"];
export const SEKRETARZ: Cases = ["sekretarz", "sekretarza", "sekretarzowi", "sekretarzem", "sekretarzu"];
export const KANCLERZ: Cases = ["kanclerz", "kanclerza", "kanclerzowi", "kanclerzem", "kanclerzu"];
export const PREMIER: Cases = ["premier", "premiera", "premierowi", "premierem", "premierze"];
export const PRZEDSTAWICIEL: Cases = ["przedstawiciel", "przedstawiciela", "przedstawicielowi", "przedstawicielem", "przedstawicielu"];

/** Forms of a role noun beyond the singular masculine table: accusative of -a nouns, feminine forms. */
export const PRZYWODCA_ALL = [...PRZYWODCA, "przywódcę"];
export const DORADCA_ALL = [...DORADCA, "doradcę", "doradczyni", "doradczynią", "doradczynię"];
export const RZECZNICZKA = ["rzeczniczka", "rzeczniczki", "rzeczniczce", "rzeczniczką", "rzeczniczkę"];
export const RZECZNIK_ALL = [...RZECZNIK, ...RZECZNICZKA];
export const RZECZNIK_PRASOWY = [
  "rzecznik prasowy",
  "rzecznika prasowego",
  "rzecznikowi prasowemu",
  "rzecznikiem prasowym",
  "rzeczniku prasowym",
  "rzeczniczka prasowa",
  "rzeczniczki prasowej",
  "rzeczniczce prasowej",
  "rzeczniczką prasową",
  "rzeczniczkę prasową",
  "sekretarz prasowy",
  "sekretarza prasowego",
  "sekretarzowi prasowemu",
  "sekretarzem prasowym",
  // A woman holding the post: "sekretarz" stays, the adjective agrees.
  "sekretarz prasowa",
  "sekretarz prasowej",
  "sekretarz prasową",
];
export const SZEF_ALL = [...SZEF, "szefowa", "szefowej", "szefową"];
export const PRZEDSTAWICIEL_ALL = [
  ...PRZEDSTAWICIEL,
  "przedstawicielka",
  "przedstawicielki",
  "przedstawicielką",
  "przedstawiciele",
  "przedstawicieli",
  "przedstawicielami",
];
const _MSZ_GEN = ["msz", "ministerstwa spraw zagranicznych", "resortu spraw zagranicznych"];
