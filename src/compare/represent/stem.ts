import { stemmer as english } from "@orama/stemmers/english";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as romanian } from "@orama/stemmers/romanian";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as ukrainian } from "@orama/stemmers/ukrainian";
import type { CompareData } from "../../schema/pack.js";
import { polishLight } from "./polish.js";

/** A stemmer: a lower-cased word in, its stem out. */
export type Stemmer = (word: string) => string;

const SNOWBALL: Record<string, Stemmer> = { english, french, german, italian, spanish, romanian, russian, ukrainian };

/** Most stems kept per stemmer: words repeat, and a bounded cache keeps memory flat on large inputs. */
const CACHE_LIMIT = 200_000;

const built = new Map<string, Stemmer>();

/**
 * The stemmer a pack asks for, with a cache: Snowball (through `@orama/stemmers`, the only
 * module that imports it) for the languages that have one, light suffix rules for Polish, the
 * word itself for `none`. The word is expected lower-cased; the stem keeps its diacritics.
 *
 * @example
 * stemmerFor("russian")("санкциями") // "санкц"
 */
export function stemmerFor(name: CompareData["stemmer"]): Stemmer {
  const hit = built.get(name);
  if (hit) return hit;
  const base: Stemmer = SNOWBALL[name] ?? (name === "polish-light" ? polishLight : (w) => w);
  const cache = new Map<string, string>();
  const stem: Stemmer = (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      // Snowball works on letters: digits and very long tokens are kept as they are.
      s = word.length > 40 || /\d/.test(word) ? word : base(word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
  built.set(name, stem);
  return stem;
}
