/**
 * Case endings learnt from the pack itself: its entities list every inflected form of a name
 * ("Kremla", "Kremlem"; "Путин", "Путина", "Путину"; "Trumpa", "Trumpowi"), and
 * each inflected word set against the same word in the base form teaches an ending ("-a" → "",
 * "-ого" → "-ий"). Endings seen on several different words bring a description no lexicon lists
 * back to its base form where a source phrase governs its case ("według rzecznika straży" →
 * "rzecznik straży", "по словам китайского лидера" → "китайский лидер") — without listing any
 * person. Names keep the pack's explicit, conservative `nameRules`: a learnt "-a" would turn the
 * feminine "Сидорова" or "Zacharowa" into a man.
 */
import type { LanguagePack } from "../schema/pack.js";

/** An ending: a word ending in `from` takes `to` instead in its base form. */
export interface Ending {
  from: string;
  to: string;
  count: number;
  /**
   * The kind of letter the stem ended in on every word the ending was learnt from, when they all
   * agreed: Ukrainian "-я" → "-й" is learnt from "Андрія" → "Андрій" (a vowel before the ending)
   * and must not turn "посадовця" into "посадовцй".
   */
  after: "vowel" | "consonant" | null;
  /**
   * For an ending only the pack's name paradigms teach, the letters the stem ended in there: "-ka" → "-ek"
   * is learnt after "r", "c", "t" ("Marka", "Jacka", "Bartka") and must not turn "Tuska" into "Tusek".
   */
  letters?: string[];
}

/** Vowel letters of the scripts of the packs (Latin with its accented forms, Cyrillic). */
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿăâîąęőűаеёиоуыэюяіїє]$/u;
const letterKind = (stem: string): "vowel" | "consonant" => (VOWEL.test(stem) ? "vowel" : "consonant");

/** An ending counts when it was seen on at least this many different base words. */
const MIN_WORDS = 3;
/** An ending taught by the pack's name paradigms (`grammar.nameParadigms`) counts from this many words. */
const MIN_TAUGHT = 2;
/** Longest ending learnt, in letters. */
const MAX_ENDING = 4;
/** Shortest stem an ending may leave. */
const MIN_STEM = 3;

/** The endings of `pack`, the longest first. */
export function learnEndings(pack: LanguagePack): Ending[] {
  const seen = new Map<string, Set<string>>(); // "from>to" → base words
  const taught = new Map<string, Set<string>>(); // "from>to" → base words of the pack's name paradigms
  const kinds = new Map<string, Set<"vowel" | "consonant">>(); // "from>to" → the letters before it
  const lettersBefore = new Map<string, Set<string>>(); // "from>to" → the stem's last letters in the paradigms
  // Proper names only: the gender and number variants of role adjectives ("rusa", "ruso") are no case.
  // (and the paradigms of names the pack gives to teach its endings: "Paweł", "Pawła", "Pawłowi" …)
  const paradigms = pack.grammar.nameParadigms;
  const groups = [...Object.values(pack.entities), ...paradigms];
  groups.forEach((forms, gi) => {
    const into = gi >= groups.length - paradigms.length ? taught : seen;
    const byWords = new Map<number, string[][]>();
    for (const f of forms) {
      const words = f.replace(/\*$/, "").toLowerCase().normalize("NFC").split(/\s+/u).filter(Boolean);
      if (words.length === 0 || words.some((w) => /[^\p{L}'’-]/u.test(w))) continue;
      const list = byWords.get(words.length) ?? [];
      list.push(words);
      byWords.set(words.length, list);
    }
    for (const list of byWords.values()) {
      if (list.length < 2) continue;
      // The base form: the shortest (the nominative is the shortest form of a noun in these languages).
      // (A paradigm gives it first: "Adamiec" is longer than its genitive "Adamca".)
      const base = into === taught ? list[0]! : list.reduce((a, b) => (b.join(" ").length < a.join(" ").length ? b : a));
      for (const form of list) {
        if (form === base) continue;
        form.forEach((w, i) => {
          const b = base[i]!;
          if (w === b) return;
          let k = 0;
          while (k < w.length && k < b.length && w[k] === b[k]) k++;
          // (a paradigm's one-letter ending keeps the stem's last letter: "Петренка" → "Петренко" teaches "-ка" → "-ко",
          // not "-а" → "-о", which would turn "Івана" into "Івано")
          if (into === taught && w.length - k === 1 && b.length - k <= 1 && k > MIN_STEM) k--;
          const from = w.slice(k),
            to = b.slice(k);
          if (k < MIN_STEM || from.length === 0 || from.length > MAX_ENDING || to.length > MAX_ENDING) return;
          const key = `${from}>${to}`;
          const set = into.get(key) ?? new Set<string>();
          set.add(b);
          into.set(key, set);
          const ks = kinds.get(key) ?? new Set<"vowel" | "consonant">();
          ks.add(letterKind(w.slice(0, w.length - from.length)));
          kinds.set(key, ks);
          if (into === taught) {
            const ls = lettersBefore.get(key) ?? new Set<string>();
            ls.add(w.charAt(w.length - from.length - 1));
            lettersBefore.set(key, ls);
          }
        });
      }
    }
  });
  const endings: Ending[] = [];
  for (const key of new Set([...seen.keys(), ...taught.keys()])) {
    const words = new Set([...(seen.get(key) ?? []), ...(taught.get(key) ?? [])]);
    // (an ending the pack's paradigms teach counts from two words: they were written to teach it)
    if (words.size < MIN_WORDS && (taught.get(key)?.size ?? 0) < MIN_TAUGHT) continue;
    const [from, to] = key.split(">") as [string, string];
    const ks = kinds.get(key)!;
    const only = !seen.has(key) && lettersBefore.has(key) ? { letters: [...lettersBefore.get(key)!] } : {};
    endings.push({ from, to, count: words.size, after: ks.size === 1 ? [...ks][0]! : null, ...only });
  }
  // Longest ending first; for one ending, the most often seen replacement.
  endings.sort((a, b) => b.from.length - a.from.length || b.count - a.count);
  const out: Ending[] = [];
  // (one per ending and kind of letter before it: Russian "-я" is "-й" after a vowel, "Сергея", and "-ь"
  // after a consonant, "Игоря")
  for (const e of endings) if (!out.some((x) => x.from === e.from && (x.after === null || x.after === e.after))) out.push(e);
  return out;
}

/** Whether a word is in capitals only, with two letters at least: an acronym ("ВЦИОМ", "G7" is not). */
export function isAcronym(word: string): boolean {
  return /^[\p{Lu}\d]+$/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/**
 * The ending of `word` among the learnt ones (the longest that leaves a stem), if any. With `native` false,
 * not an ending only the pack's name paradigms teach: those are the language's own alternations ("Marka" →
 * "Marek"), and a foreign name ("Clarka") has none.
 */
export function endingOf(word: string, endings: readonly Ending[], native = true): Ending | undefined {
  // (an acronym in capitals is never declined: "ВЦИОМ", "CBOS")
  if (isAcronym(word)) return undefined;
  const lower = word.toLowerCase().normalize("NFC");
  return endings.find(
    (e) =>
      (native || !e.letters) &&
      lower.length - e.from.length >= MIN_STEM &&
      lower.endsWith(e.from) &&
      (e.after === null || letterKind(lower.slice(0, lower.length - e.from.length)) === e.after) &&
      (!e.letters || e.letters.includes(lower.charAt(lower.length - e.from.length - 1))),
  );
}

/** The base form of one word by the learnt endings, or the word itself. Case is kept. */
export function baseForm(word: string, endings: readonly Ending[]): string {
  const e = endingOf(word, endings);
  return e ? word.slice(0, word.length - e.from.length) + e.to : word;
}

/** What a word's ending says of its case: genitive only, genitive or nominative, or neither. */
export type GenitiveCase = "genitive" | "either" | null;

const CASE_ENDINGS = new WeakMap<object, { all: string[]; gen: Set<string>; nom: Set<string> }>();

/**
 * The case a word's longest ending among the pack's `grammar.genitiveEndings` and
 * `grammar.nominativeEndings` marks: "rzecznika" and "rozmowa" may be either, "ekspertów" and
 * "Sejmu" are genitive, "ambasador" neither (its ending is in no list).
 */
export function genitiveCase(word: string, grammar: { genitiveEndings: readonly string[]; nominativeEndings: readonly string[] }): GenitiveCase {
  let c = CASE_ENDINGS.get(grammar);
  if (!c) {
    const gen = new Set(grammar.genitiveEndings.map((e) => e.toLowerCase().normalize("NFC")));
    const nom = new Set(grammar.nominativeEndings.map((e) => e.toLowerCase().normalize("NFC")));
    c = { all: [...new Set([...gen, ...nom])].sort((a, b) => b.length - a.length), gen, nom };
    CASE_ENDINGS.set(grammar, c);
  }
  const lower = word.toLowerCase().normalize("NFC");
  const e = c.all.find((x) => lower.length > x.length && lower.endsWith(x));
  if (e === undefined || !c.gen.has(e)) return null;
  return c.nom.has(e) ? "either" : "genitive";
}
