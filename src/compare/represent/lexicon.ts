import type { CompareData, LanguagePack, PredicateClass } from "../../schema/pack.js";
import { CompareDataSchema } from "../../schema/pack.js";
import { ClaimdiffError } from "../../errors.js";
import { getLanguagePack } from "../../lang/registry.js";
import { compile, type LexiconModel, type Model } from "../../model/index.js";
import { CONCEPTS } from "../../lexicon/concepts.js";
import { stateNames } from "../../lexicon/places.js";
import { makeNormalizer, normalizerOf } from "../../text/fold.js";
import { tokenize } from "../../text/tokens.js";
import { PhraseMatcher, type RepToken, type WordTest } from "./phrases.js";
import { stemmerFor, type Stemmer } from "./stem.js";

/** Seconds per time unit of `pack.dates.units`. */
export const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 604_800,
  month: 2_629_800,
  year: 31_557_600,
};

/** What a phrase of the text names: a concept, a state, an entity, a number, a unit, a month. */
export type Thing =
  | { t: "concept"; id: string }
  | { t: "state"; code: string }
  | { t: "entity"; id: string; kind: "person" | "institution" | "media" | "group"; side: string | null }
  | { t: "role"; id: string; side: string | null }
  | { t: "number"; value: number }
  | { t: "unit"; unit: string; seconds: number }
  | { t: "month"; month: number }
  /** A currency, by its ISO code: the unit of a sum. */
  | { t: "currency"; code: string }
  /** A fixed expression that names none of the concepts of its words ("task force"). */
  | { t: "fixed" };

/** What a phrase of the text does to the assertion: evaluates, negates, conditions, approximates. */
export type Operator =
  | { t: "eval"; level: number }
  | { t: "sense"; id: string }
  | { t: "intensifier" }
  /** An act; `negative` when the phrase opens with its own negation ("no deal", "нет соглашения"). */
  | { t: "predicate"; cls: PredicateClass; negative?: true }
  /** The finite verb of an act whose particle ends the clause ("lehnte … ab"): an act only with `tail` there. */
  | { t: "split"; cls: PredicateClass; tail: string }
  /** A phrasal verb of an act ("called on"): an act only with an object after it and then one of `links` ("to", "for") in its clause. */
  | { t: "phrasal"; cls: PredicateClass; links: readonly string[]; afterTime: readonly string[] }
  /** A word after which an act is only a condition: "until everything is agreed", "tant que", "пока не". */
  | { t: "pending" }
  /** A word after which the act before it holds only under a condition: "erst wenn", "only when". */
  | { t: "onlyWhen" }
  /** Words that say an act in their clause did not come about ("wurde nicht erzielt", "не было достигнуто"). */
  | { t: "unrealised" }
  | { t: "rangeOpener" }
  /** A word near dotted numbers that makes them times of day ("по местному времени", "dalle"). */
  | { t: "clockContext" }
  | { t: "notPredicate" }
  | { t: "negation" }
  | { t: "conditional" }
  /** A modal of reported speech's future ("would", "würde"): hypothetical for an evaluation, no condition on an act. */
  | { t: "backshift" }
  | { t: "cessation" }
  | { t: "approx"; kind: "about" | "over" | "under" | "several" }
  | { t: "offset"; at: "before" | "after" }
  | { t: "exchange" }
  | { t: "approxAfter"; kind: "about" | "over" | "under" }
  | { t: "undated" }
  /** A word of a whole unit between a number and its unit ("eine ganze Stunde"). */
  | { t: "whole" }
  | { t: "joiner" }
  | { t: "endorse" }
  | { t: "distance" }
  /** A word of office ("spokesman", "ministry"): a speaker described by its state with one speaks for it. */
  | { t: "official" }
  | { t: "home-government" };

/** The words the comparison reads in one language, compiled once per pack. */
export interface CompareLexicon {
  /** The pack, or null when no pack exists (then only shared names and CLDR states are known). */
  pack: LanguagePack | null;
  data: CompareData;
  fold: (word: string) => string;
  stem: Stemmer;
  tokens: (text: string) => RepToken[];
  stopwords: ReadonlySet<string>;
  /** Words that are no names though written with a capital: function words, and the words of weekdays and months ("Chủ Nhật", "Sunday"). */
  notNames: ReadonlySet<string>;
  /** The first words of weekdays and months, folded ("monday", "may"): a time, no object of a phrasal verb ("called on Monday"). */
  timeWords: ReadonlySet<string>;
  things: PhraseMatcher<Thing>;
  operators: PhraseMatcher<Operator>;
  /** Combining forms of states, folded, read only as a part of a compound of states ("franco" of "franco-tedesco"): form → ISO code. */
  combiningForms: ReadonlyMap<string, string>;
  /** Nouns are capitalised (German): capitalised words are no names. */
  capitalizedNouns: boolean;
  /** The lexicon's look-ups: entities, roles and their holders. */
  lexicon: LexiconModel;
}

/** The gap of a verb and its particle in a predicate form ("lehnte … ab"). */
const SPLIT = /\s*…\s*/;
/** The "+" of a phrasal verb form: the words after it link its object to the rest ("=called on + to for"). */
const PHRASAL = /\s\+\s/;

/** Words up to this length match as written, not on their stem. */
const SHORT_WORD = 4;
/** Letters a name's case ending or adjective suffix may add to it. */
const NAME_EXTRA = 3;
/** Most variants one pattern expands to. */
const MAX_VARIANTS = 4;

/** Capitals only. */
const CAPITALS = /^\p{Lu}+$/u;
/** A word of two to five capitals: an acronym, matched only in capitals. */
export const isAcronym = (w: string) => w.length >= 2 && w.length <= 5 && CAPITALS.test(w);

const VOWEL_END = /[aeiouyăâîаеиоуыьяюэєіїйъ]$/u;

/**
 * Whether the separator between two words lets them belong to one phrase: short, with no line
 * break and no sentence punctuation ("U.S." and "president-elect" join; "Putin. Trump" does not).
 */
function joinable(sep: string): boolean {
  // (one space, the common case, joins)
  if (sep === " ") return true;
  return sep.length <= 3 && !/[\n!?;:]/.test(sep) && !(sep.includes(".") && /\s/.test(sep));
}

/** Most words whose folded form and stem a lexicon keeps: words repeat, and the bound keeps memory flat on large inputs. */
const FORMS_LIMIT = 100_000;

function buildTokens(fold: (w: string) => string, stem: Stemmer): (text: string) => RepToken[] {
  // The folded form and folded stem of each lower-cased word, made once.
  const forms = new Map<string, { folded: string; stem: string }>();
  const formsOf = (lower: string) => {
    let f = forms.get(lower);
    if (!f) {
      if (forms.size >= FORMS_LIMIT) forms.clear();
      forms.set(lower, (f = { folded: fold(lower), stem: fold(stem(lower)) }));
    }
    return f;
  };
  return (text) => {
    const raw = tokenize(text, false);
    const out: RepToken[] = [];
    for (let i = 0; i < raw.length; i++) {
      const r = raw[i]!;
      const f = formsOf(r.text.toLowerCase());
      const prev = raw[i - 1];
      out.push({
        start: r.start,
        end: r.end,
        text: r.text,
        folded: f.folded,
        stem: f.stem,
        upper: r.upper,
        acronym: isAcronym(r.text),
        digits: r.digits,
        joins: prev !== undefined && joinable(text.slice(prev.end, r.start)),
      });
    }
    return out;
  };
}

/**
 * A pattern of the pack syntax as word tests: words match on their stem; a final `*` makes a
 * prefix; a leading `==` matches the words as written with their marks, lower-cased, where the
 * pack's folding drops them ("==würde" is not "wurde"); a leading `=` matches the words as written (where the stem is shared with unrelated
 * words: "=lasted", not "lasting"). A word of four letters or fewer matches as written (the stems of short words collide:
 * "one" and "on"), and also, through its stem, the longer forms of it ("Meer" → "Meeres"): each
 * such word doubles the variants returned (at most {@link MAX_VARIANTS}).
 */
function patternVariants(pattern: string, lex: Pick<CompareLexicon, "fold" | "stem">, stemmed = true): WordTest[][] {
  // "==würde": the words with their marks, in a pack that folds them away ("wurde", was, is no "würde", would).
  if (pattern.startsWith("==")) {
    return [tokenize(pattern.slice(2), false).map((t) => ({ kind: "exact", key: `≡${t.text.toLowerCase()}` }))];
  }
  // "=lasted": the words as written, not their stems (a stemmer cuts "lasted" and "lasting" alike).
  if (pattern.startsWith("=")) {
    pattern = pattern.slice(1);
    stemmed = false;
  }
  const prefix = pattern.trimEnd().endsWith("*");
  const written = tokenize(prefix ? pattern.trimEnd().slice(0, -1) : pattern, false).map((t) => t.text);
  const words = written.map((w) => w.toLowerCase());
  let variants: WordTest[][] = [[]];
  words.forEach((w, i) => {
    // A word written in capitals ("US", "UN", "ЕС") matches only in capitals: "us" and "un" are words.
    if (isAcronym(written[i]!)) {
      for (const v of variants) v.push({ kind: "exact", key: `^${written[i]}` });
      return;
    }
    if (prefix && i === words.length - 1) {
      for (const v of variants) v.push({ kind: "prefix", key: lex.fold(w), extra: Infinity });
      return;
    }
    if (!stemmed) {
      for (const v of variants) v.push({ kind: "exact", key: `=${lex.fold(w)}` });
      return;
    }
    const stem = `~${lex.fold(lex.stem(w))}`;
    if (w.length > SHORT_WORD) {
      for (const v of variants) v.push({ kind: "exact", key: stem });
      return;
    }
    const whole: WordTest = { kind: "exact", key: `=${lex.fold(w)}` };
    const next = variants.map((v) => [...v, whole]);
    if (variants.length < MAX_VARIANTS && lex.stem(w).length >= SHORT_WORD) for (const v of variants) next.push([...v, { kind: "exact", key: stem }]);
    variants = next;
  });
  return variants;
}

/**
 * A name as word tests: each word of four letters or more (after dropping one final vowel)
 * matches as a prefix of at most {@link NAME_EXTRA} more letters, so that its case forms and
 * adjectives match ("Korea" → "Korei", "Koreą"; "Ucraina" → "Ucrainei", "ucrainean"; "Iran" →
 * "Iranian") but not longer words that merely begin alike ("India" → not "indicated"); shorter
 * words match whole. With `whole`, every word matches whole (scripts whose words do not inflect).
 */
function nameWords(name: string, lex: Pick<CompareLexicon, "fold" | "stem">, whole: boolean): WordTest[] {
  const written = tokenize(name, false).map((t) => t.text);
  return written.map((x) => {
    if (isAcronym(x)) return { kind: "exact", key: `^${x}` };
    const w = lex.fold(x.toLowerCase());
    const base = w.replace(VOWEL_END, "");
    // A name less its final vowel takes endings with a vowel ("Chinas", "Korei") or none ("Chin"), not
    // a bare consonant: "Chinh" (a Vietnamese name) is not "China".
    if (!whole && base.length >= 4 && !/\d/.test(w)) return { kind: "prefix", key: base, extra: NAME_EXTRA, vowel: base !== w };
    return { kind: "exact", key: `=${w}` };
  });
}

function build(pack: LanguagePack | null, model: Model): CompareLexicon {
  const data = pack?.compare ?? CompareDataSchema.parse({});
  const fold = pack ? normalizerOf(pack.matching) : makeNormalizer(["strip-marks"]);
  const stem = stemmerFor(data.stemmer);
  const whole = data.pairWords;
  const lex: CompareLexicon = {
    pack,
    data,
    fold,
    stem,
    tokens: buildTokens(fold, stem),
    stopwords: new Set([...(pack?.detection.stopwords ?? []), ...data.stopwords].map((w) => fold(w.toLowerCase()))),
    notNames: new Set(),
    timeWords: new Set(),
    things: new PhraseMatcher<Thing>(),
    operators: new PhraseMatcher<Operator>(),
    capitalizedNouns: pack?.matching.capitalizedNouns ?? false,
    lexicon: model.lexicon,
    combiningForms: new Map(Object.entries(data.combiningForms).flatMap(([code, forms]) => forms.map((f): [string, string] => [fold(f.toLowerCase()), code]))),
  };
  // Weekdays and months are capitalised in many languages and no names ("Chủ Nhật" is Sunday).
  const notNames = new Set(lex.stopwords);
  // (and the first word of each, a time: "called on Monday" — timeWords)
  const timeWords = new Set<string>();
  for (const forms of [...(pack?.dates.weekdays ?? []), ...(pack?.dates.months ?? [])])
    for (const f of forms) {
      const words = f.trim().split(/\s+/);
      for (const w of words) if (w && !w.endsWith("*")) notNames.add(fold(w.toLowerCase()));
      const w = words[0];
      if (w && !w.endsWith("*")) timeWords.add(fold(w.replace(/^=+/, "").toLowerCase()));
    }
  lex.notNames = notNames;
  lex.timeWords = timeWords;
  // The comparison's own data is written for matching on stems; the pack's other lists (names,
  // roles, months, numbers, markers) spell out their forms, and match as written.
  const addThing = (patterns: Iterable<string>, value: Thing, stemmed = true) => {
    for (const p of patterns) for (const v of patternVariants(p, lex, stemmed)) lex.things.add(v, value);
  };
  const addOp = (patterns: Iterable<string>, value: Operator, stemmed = true) => {
    for (const p of patterns) for (const v of patternVariants(p, lex, stemmed)) lex.operators.add(v, value);
  };

  // States: CLDR names in the pack's language (English for a language with no pack), the pack's own forms.
  const locale = pack?.code ?? "en";
  // A one-word name that is a function word of the language ("Того", Togo, is "of that" in Russian) names no state.
  const functionWord = (n: string) => !/\s/.test(n.trim()) && lex.stopwords.has(fold(n.toLowerCase()));
  for (const [code, names] of stateNames(locale)) for (const n of names) if (!functionWord(n)) lex.things.add(nameWords(n, lex, whole), { t: "state", code });
  if (locale !== "en")
    for (const [code, names] of stateNames("en")) for (const n of names) if (/^\p{Lu}/u.test(n)) lex.things.add(nameWords(n, lex, true), { t: "state", code });
  for (const [code, forms] of Object.entries(data.places)) addThing(forms, { t: "state", code });

  // Entities and roles, as the model lists them for the language: the names every language may
  // use (they may take a case ending), then the forms of the language (matched as written).
  const things = new Map<string, Thing>();
  const thingOf = (type: "entity" | "role", id: string): Thing => {
    let t = things.get(`${type}:${id}`);
    if (!t) {
      const e = type === "entity" ? model.lexicon.entity(id) : undefined;
      t =
        type === "entity"
          ? { t: "entity", id, kind: e?.kind ?? "institution", side: e?.side ?? null }
          : { t: "role", id, side: model.lexicon.role(id)?.side ?? null };
      things.set(`${type}:${id}`, t);
    }
    return t;
  };
  const officialRole: Operator = { t: "official" };
  for (const m of model.mentionsOf(pack)) {
    if (m.shared) lex.things.add(nameWords(m.pattern, lex, whole), thingOf(m.type, m.id));
    else {
      addThing([m.pattern], thingOf(m.type, m.id), false);
      // A title of one side is a word of office of itself, compound or not ("Kremlsprecher",
      // "Außenamtssprecherin"): its state speaks through it.
      if (m.type === "role") addOp([m.pattern], officialRole, false);
    }
  }

  // Concepts: the pack's forms of the inventory (and of ids of its own), and the lexicon's topics in the language.
  for (const [id, forms] of Object.entries(data.concepts)) addThing(forms, { t: "concept", id });
  for (const [code, forms] of Object.entries(data.currencies)) addThing(forms, { t: "currency", code });
  // Fixed expressions ("task force"): the longest match, they hide the concepts of their words.
  addThing(data.fixedPhrases, { t: "fixed" });
  if (pack) for (const [id, forms] of model.topicsOf(pack)) addThing(forms, { t: "concept", id });
  void CONCEPTS;

  // Numbers, units and months.
  if (pack) {
    for (const [n, forms] of Object.entries(pack.dates.numbers)) addThing(forms, { t: "number", value: Number(n) }, false);
    for (const [unit, forms] of Object.entries(pack.dates.units as Record<string, readonly string[] | undefined>)) {
      const seconds = UNIT_SECONDS[unit];
      if (forms && seconds) addThing(forms, { t: "unit", unit, seconds }, false);
    }
    pack.dates.months.forEach((forms, i) => addThing(forms, { t: "month", month: i + 1 }, false));
    addOp(pack.reporting.undated, { t: "undated" }, false);
  }
  // A number phrase that holds its unit ("an hour and a half", "un'ora e mezza", "một tiếng rưỡi")
  // is also that unit: the amount is read from the phrase alone.
  const unitOfWord = new Map<string, Thing>();
  if (pack) {
    for (const [unit, forms] of Object.entries(pack.dates.units as Record<string, readonly string[] | undefined>)) {
      const seconds = UNIT_SECONDS[unit];
      if (!forms || !seconds) continue;
      for (const f of forms)
        for (const t of lex.tokens(f.replace(/\*$/, ""))) if (!unitOfWord.has(t.folded)) unitOfWord.set(t.folded, { t: "unit", unit, seconds });
    }
  }
  /** The unit a word of a number phrase ends in, after a prefix of two letters or more ("пол|часа"). */
  const unitEnding = (word: string): Thing | undefined => {
    for (let k = 2; k <= word.length - 3; k++) {
      const u = unitOfWord.get(word.slice(k));
      if (u) return u;
    }
    return undefined;
  };
  for (const [n, forms] of Object.entries(data.numbers)) {
    addThing(forms, { t: "number", value: Number(n) });
    for (const f of forms) {
      // Or one word that ends in the unit: "полчаса", "півгодини" (half + hour).
      const unit = lex
        .tokens(f)
        .map((t) => unitOfWord.get(t.folded) ?? unitEnding(t.folded))
        .find((u) => u !== undefined);
      if (unit) addThing([f], unit);
    }
  }

  // Operators.
  for (const [level, forms] of Object.entries(data.evaluative)) addOp(forms ?? [], { t: "eval", level: Number(level) });
  if (pack && Object.keys(data.evaluative).length === 0) {
    // A pack with no graded terms: its plain evaluative lists count one level each way.
    addOp(pack.evaluative.positive, { t: "eval", level: 1 }, false);
    addOp(pack.evaluative.negative, { t: "eval", level: -1 }, false);
    addOp(pack.evaluative.neutral, { t: "eval", level: 0 }, false);
  }
  for (const [id, forms] of Object.entries(data.senses)) addOp(forms, { t: "sense", id });
  addOp(data.intensifiers, { t: "intensifier" });
  // An intensifier of one word may stand inside a term ("talks were very open", "un diálogo muy abierto").
  lex.operators.modifiers = new Set(data.intensifiers.filter((f) => !/[\s*{]/.test(f)).map((f) => fold(f.replace(/^=+/, "").toLowerCase())));
  // A form marked "!" ("!no deal") is the act negated by its own words; a form with "…"
  // ("lehnte … ab") is a verb whose particle closes the clause, words apart.
  const agreeAct: Operator = { t: "predicate", cls: "agree" };
  const nouns = new Set(Object.values(data.concepts).flatMap((forms) => (forms ?? []).map((f) => fold(f.replace(/^=+/, "").toLowerCase()))));
  for (const [cls, forms] of Object.entries(data.predicates)) {
    // One value per class and reading (a phrase reached by two forms holds it once).
    const plainAct: Operator = cls === "agree" ? agreeAct : { t: "predicate", cls: cls as PredicateClass };
    const negativeAct: Operator = { t: "predicate", cls: cls as PredicateClass, negative: true };
    for (const form of forms ?? []) {
      const [phrase, links] = form.split(PHRASAL).map((x) => x.trim());
      if (links !== undefined && phrase) {
        const words = links
          .split(/\s+/)
          .map((w) => fold(w.trim().toLowerCase()))
          .filter(Boolean);
        // "called on Monday for talks": the particle opens a time ("on Monday"), and a link that
        // the verb takes without its particle ("called for", a form of the same class) may follow it.
        // Not where the verb's form is also a concept's noun ("held a call on Monday for an hour").
        const verb = fold(phrase.replace(/^=+/, "").split(/\s+/).slice(0, -1).join(" ").toLowerCase());
        const own = new Set((forms ?? []).map((f) => fold(f.replace(/^=+/, "").toLowerCase())));
        const afterTime = verb && !nouns.has(verb) ? words.filter((w) => own.has(`${verb} ${fold(w)}`)) : [];
        addOp([phrase], { t: "phrasal", cls: cls as PredicateClass, links: words, afterTime });
        continue;
      }
      const [head, tail] = form.split(SPLIT).map((x) => x.trim());
      if (tail !== undefined && head) {
        addOp([head], { t: "split", cls: cls as PredicateClass, tail: fold(tail.toLowerCase()) }, false);
        continue;
      }
      if (form.startsWith("!")) addOp([form.slice(1)], negativeAct);
      else addOp([form], plainAct);
    }
  }
  if (pack && !data.predicates.deny) addOp(pack.reporting.denials, { t: "predicate", cls: "deny" }, false);
  addOp(data.notPredicates, { t: "notPredicate" });
  addOp(data.negations, { t: "negation" });
  addOp(data.conditionals, { t: "conditional" });
  addOp(data.backshifted, { t: "backshift" });
  addOp(data.pending, { t: "pending" });
  addOp(data.onlyWhen, { t: "onlyWhen" });
  addOp(data.unrealised, { t: "unrealised" });
  addOp(data.rangeOpeners, { t: "rangeOpener" }, false);
  addOp(data.clockContexts, { t: "clockContext" });
  addOp(data.cessations, { t: "cessation" });
  addOp(data.wholeWords, { t: "whole" }, false);
  for (const kind of ["about", "over", "under", "several"] as const) addOp(data.approximators[kind], { t: "approx", kind });
  addOp(data.offsets.before, { t: "offset", at: "before" }, false);
  addOp(data.offsets.after, { t: "offset", at: "after" }, false);
  if (pack) {
    addOp(pack.dates.agoBefore, { t: "offset", at: "before" }, false);
    addOp(pack.dates.agoAfter, { t: "offset", at: "after" }, false);
  }
  addOp(data.exchanges, { t: "exchange" }, false);
  for (const kind of ["about", "over", "under"] as const) addOp(data.approximatorsAfter[kind], { t: "approxAfter", kind }, false);
  addOp(data.listJoiners, { t: "joiner" });
  addOp(data.endorsements, { t: "endorse" });
  // Agreeing with what was just said is an act of agreeing ("stimmte dem zu", "stimmte dem Vorschlag zu").
  addOp(data.endorsements, agreeAct);
  addOp(data.distancing, { t: "distance" });
  addOp(data.officials, { t: "official" });
  if (data.homeGovernment) addOp(data.homeGovernment.words, { t: "home-government" });
  return lex;
}

/**
 * The compiled comparison lexicon for a language under a model (its packs first, then the
 * built-in ones; built once per pack and lexicon, kept in the model). A language with no pack
 * gets the shared names and the CLDR state names in English, and `missing` is true.
 *
 * @example
 * lexiconFor("ro").lexicon.things.size > 1000 // true
 */
export function lexiconFor(language: string, model: Model = compile()): { lexicon: CompareLexicon; missing: boolean } {
  // (once per model and language: every claim asks, and a language with no pack is found by an error thrown)
  let byLanguage = lexicons.get(model);
  if (!byLanguage) lexicons.set(model, (byLanguage = new Map()));
  const hit = typeof language === "string" ? byLanguage.get(language) : undefined;
  if (hit) return hit;
  const found = findLexicon(language, model);
  if (typeof language === "string" && byLanguage.size < LANGUAGES_LIMIT) byLanguage.set(language, found);
  return found;
}

/** The comparison lexicons found per model, by the language asked for. */
const lexicons = new WeakMap<Model, Map<string, { lexicon: CompareLexicon; missing: boolean }>>();
/** Most language tags kept per model (input may hold any string as a language). */
const LANGUAGES_LIMIT = 1000;

function findLexicon(language: string, model: Model): { lexicon: CompareLexicon; missing: boolean } {
  let pack: LanguagePack | null = null;
  try {
    pack = getLanguagePack(language, model.packs);
  } catch (e) {
    if (!(e instanceof ClaimdiffError) || e.code !== "unknown_language") throw e;
  }
  return { lexicon: model.view(pack, "compare", () => build(pack, model)), missing: !pack };
}
