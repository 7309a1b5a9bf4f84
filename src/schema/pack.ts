import { z } from "zod";
import { NORMALIZER_NAMES } from "../text/fold.js";
import { expandPattern, slotError } from "../text/slots.js";

/**
 * A lexicon pattern: one or more words separated by spaces, matched on word boundaries,
 * case-insensitively, through the spelling normalisers the pack declares in `matching.normalizers`.
 * A trailing `*` on the last word matches any word that starts with it: `kreml*` matches
 * Kremlin, Kremlinului, Kremla, Kremlem.
 *
 * Slots write a choice instead of every combination: `{a|b}` is exactly one of the alternatives,
 * `[a|b]` one of them or nothing (`[a]`: an optional word). `"{ha|hanno} [poi|anche] detto"`
 * stands for "ha poi detto", "ha anche detto", "ha detto", "hanno poi detto", …; an alternative
 * may hold several words or part of a word (`"dichiarat{o|a|i|e}"`). Slots do not nest, and one
 * pattern stands for at most 5000. A pack's patterns are expanded once, when the pack is built
 * (src/text/slots.ts), before any matcher sees them.
 */
const Pattern = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const slots = slotError(s);
    if (slots) ctx.addIssue({ code: "custom", message: `${slots}: "${s}"` });
    else if (expandPattern(s).some((p) => /\*./.test(p.replace(/\*$/, ""))))
      ctx.addIssue({ code: "custom", message: "`*` may only end the last word of a pattern" });
  });
const Patterns = z.array(Pattern);

/** A suffix rule that reduces an inflected unknown name to its nominative form. */
export const NameRuleSchema = z.object({
  /** The ending of the inflected form ("em" in "Trumpem"). */
  suffix: z.string().min(1),
  /** What replaces it ("" for "Trump"). */
  replace: z.string(),
  /** The shortest name the rule applies to. */
  minLength: z.number().int().default(4),
  /** The ending marks the whole name, on its last word only (German genitive "Hans Müllers" → "Hans Müller"). */
  lastWord: z.boolean().default(false),
});

/** Snowball stemmers (through `@orama/stemmers`) and the fallbacks for languages without one. */
export const StemmerSchema = z.enum([
  "english",
  "french",
  "german",
  "italian",
  "spanish",
  "romanian",
  "russian",
  "ukrainian",
  /** Light suffix stripping for Polish (no maintained Snowball stemmer exists). */
  "polish-light",
  /** No stemming: words are compared as written (Vietnamese syllables pair up instead). */
  "none",
]);

/** Predicate classes the comparison reads from a claim, with polarity (negation) and modality (condition). */
export const PredicateClassSchema = z.enum([
  "agree",
  "deny",
  "propose",
  "demand",
  "warn",
  "invite",
  "thank",
  "condemn",
  "consider",
  "discuss",
  "support",
  "concern",
  "promise",
  /** Handing something over: deliver, supply, send, provide ("will not deliver Taurus missiles"). */
  "provide",
]);
export type PredicateClass = z.infer<typeof PredicateClassSchema>;

/**
 * What the comparison reads in one language (`pack.compare`), kept in `src/lang/<code>/compare.ts`.
 * Patterns follow the pack's pattern syntax; words without `*` match on their stem (the pack's
 * `stemmer`), so a base form covers its inflections ("санкция" matches "санкциями").
 */
export const CompareDataSchema = z.object({
  /** The stemmer that reduces words to their stems (an `@orama/stemmers` language, or "none"). */
  stemmer: StemmerSchema.default("none"),
  /**
   * Words are compared as pairs of neighbouring words (Vietnamese syllables make up words in
   * pairs: "khủng bố", "hợp tác"), not one by one.
   */
  pairWords: z.boolean().default(false),
  /**
   * Spellings of this language that a name key reads as another language writes the sound, each
   * `[letters, as]` in lower case, applied to a capitalised name before it becomes a key; a final
   * `$` anchors at the word's end: Romanian "chi" is "ki" ("Chișinău", «Кишинёв»), a Polish
   * locative ending undoes its consonant alternation ("Pradze" of "Praga": `["dze$", "ga"]`).
   */
  nameSpellings: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** Function words that carry no content (beyond `detection.stopwords`). */
  stopwords: z.array(z.string()).default([]),
  /**
   * Surface forms of the concept inventory (src/lexicon/concepts.ts), keyed by concept id. Words
   * match on their stem; a form starting with `=` matches as written, for words whose stem a
   * stemmer shares with common words of another sense ("=lasted", not "lasting"); one starting
   * with `==` matches as written with its accents, where the pack's folding drops them and so
   * merges two words ("==würde", would, is not "wurde", was). Every list of the comparison
   * data reads these marks.
   */
  concepts: z.record(z.string(), Patterns).default({}),
  /**
   * Fixed multiword expressions whose words would each name a concept they do not mean as a whole
   * ("task force", "labour force", "entered into force", "вступить в силу", "forze politiche"):
   * read as one phrase, longest first, they name nothing and hide the concepts of their parts.
   */
  fixedPhrases: Patterns.default([]),
  /**
   * Forms of states that CLDR does not give, keyed by ISO 3166 code: short forms ("США", "SUA"),
   * adjectives ("российск*"), capitals that stand for their state ("Pechino", "Москв*").
   */
  places: z.record(z.string(), Patterns).default({}),
  /**
   * Combining forms of states, keyed by ISO 3166 code, read only as a part of a compound of states
   * joined by a hyphen ("franco" of "franco-tedesco", "sino" of "sino-americano", «англо»): the
   * part is the state, not a word of its own ("franco" is also frank).
   */
  combiningForms: z.record(z.string(), z.array(z.string())).default({}),
  /** Evaluative terms by level on one scale shared by every language: -2 (hostile) … +2 (excellent). */
  evaluative: z.partialRecord(z.enum(["-2", "-1", "0", "1", "2"]), Patterns).default({}),
  /**
   * Senses of the evaluative terms, keyed by the ids of src/lexicon/evaluations.ts
   * ("constructive", "businesslike", "frank"): two languages' terms of one sense are one term.
   */
  senses: z.record(z.string(), Patterns).default({}),
  /** Words that raise an evaluation by one level ("very", "extremely", "totally"). */
  intensifiers: Patterns.default([]),
  /**
   * Predicates by class: "agreed", "denied", "proposed", "demanded", "warned", "thanked"… A form
   * with "…" is a verb and the particle that ends its clause ("lehnte … ab": "Moskau lehnte den
   * Vorschlag ab"); a form marked "!" is the act negated by its own words ("!no deal"); a form
   * with "+" is a phrasal verb that takes an object and then one of the words after "+"
   * ("=called on + to for": "called on Moscow to withdraw", not "called on Monday").
   */
  predicates: z.partialRecord(PredicateClassSchema, Patterns).default({}),
  /**
   * Phrases that hold a predicate's word but assert no act ("thanks to", "dank", "благодаря": a
   * cause, not thanks): a predicate matched within one is not read.
   */
  notPredicates: Patterns.default([]),
  /** Negations ("not", "no", "never", "without"): a predicate after one is negated. */
  negations: Patterns.default([]),
  /** Markers of a condition or hypothesis ("if", "would", "could", "unless"). */
  conditionals: Patterns.default([]),
  /**
   * Modal forms that in reported speech are the future of the past, not a condition: "said the US
   * would send", "sagte, Berlin würde liefern", "a dit que l'accord serait signé". A predicate
   * beside one is asserted (only `conditionals` such as "if" make it conditional); an evaluation
   * beside one stays hypothetical ("a further invasion would be a disaster").
   */
  backshifted: Patterns.default([]),
  /**
   * Words after which an act is only a condition, not a fact: "nothing is agreed until everything
   * is agreed", "tant que tout n'est pas convenu", "пока не согласовано всё". Acts after one in its
   * sentence are conditional; the act before it stays what it is.
   */
  pending: Patterns.default([]),
  /**
   * Words after which the act before them holds only under a condition: "erst wenn", "only
   * when", "только когда" ("Eine Einigung gebe es erst, wenn alles vereinbart sei"). Acts after
   * one are conditional, as after `pending`; the act before it in its sentence is held (not
   * asserted), as a negated act before a word of `pending` is ("no agreement until …").
   */
  onlyWhen: Patterns.default([]),
  /**
   * Words that say an act named in their clause did not come about, standing apart from it:
   * "eine Einigung … wurde nicht erzielt", "non è stato raggiunto alcun accordo", "договорённости
   * … достигнуто не было". An act within a few words of one, in its clause, is negated.
   */
  unrealised: Patterns.default([]),
  /**
   * Words that open a range of times or of days, before its first: "с" (с 16.04 до 17.06), "von".
   * After one, two numbers written with a dot ("16.04 … 17.06"), hours up to 23 and minutes up to
   * 59, are a clock range when one of them cannot be a day and month ("с 10.30 до 12.15") or a
   * word of `clockContexts` stands near; else they are two dates ("с 10.03 до 15.03").
   */
  rangeOpeners: Patterns.default([]),
  /**
   * Words near a range of dotted numbers that make them times of day: a time zone or local time
   * ("по местному времени", "Ortszeit", "czasu lokalnego"), or an opener that only opens hours
   * ("dalle", the hours, where "dal" opens days). Within a few words of the range, in its sentence.
   */
  clockContexts: Patterns.default([]),
  /**
   * Words that stop, suspend or renounce an act ("halt", "refrain", "moratorium", "отказ",
   * "wstrzymanie"): an attack named a few words after one is a ceasefire.
   */
  cessations: Patterns.default([]),
  /** Approximate amounts: "about" an hour, "over" an hour, "under"/"almost" an hour, "several" hours. */
  approximators: z
    .object({ about: Patterns.default([]), over: Patterns.default([]), under: Patterns.default([]), several: Patterns.default([]) })
    .default({ about: [], over: [], under: [], several: [] }),
  /**
   * Words that make an amount of time a delay, not a length ("a few hours after it ended", "two
   * hours later", "через два часа"): `after` follow the amount, `before` precede it. The pack's
   * "ago" markers (`dates.agoBefore`, `dates.agoAfter`) count as well. A delay is never compared
   * as the length of the encounter.
   */
  offsets: z.object({ before: Patterns.default([]), after: Patterns.default([]) }).default({ before: [], after: [] }),
  /**
   * Hedges that follow the amount they hedge: "an hour or so" (about), "час с небольшим", "годину з
   * лишком" (just over an hour).
   */
  approximatorsAfter: z
    .object({ about: Patterns.default([]), over: Patterns.default([]), under: Patterns.default([]) })
    .default({ about: [], over: [], under: [] }),
  /**
   * Words that join the two counts of an exchange ("200 for 200", "200 на 200", "200 contre 200"):
   * the pair is one count of the exchange, not a count of the word after it.
   */
  exchanges: Patterns.default([]),
  /**
   * Words of a whole unit that may stand between a number and its unit ("a whole hour", "eine
   * ganze Stunde", "o oră întreagă" has it after): the amount is the number of that unit.
   */
  wholeWords: Patterns.default([]),
  /** Number words beyond `dates.numbers`, value → forms: "0.5": ["half"], "1.5": ["one and a half"], "20": ["twenty"]. */
  numbers: z.record(z.string(), Patterns).default({}),
  /**
   * Names of currencies, ISO code → forms ("EUR": ["euro", "euros"]): a sum counted in one reads
   * alike across languages ("2 milliards d'euros", "2 Milliarden Euro" are 2e9 of `cur:EUR`).
   */
  currencies: z.record(z.string(), Patterns).default({}),
  /** Words that join the items of a list ("and", "as well as"): a claim listing subjects is compared item by item. */
  listJoiners: Patterns.default([]),
  /**
   * Agreement with what was just said ("agreed with this view", "shares this assessment"): the
   * claim corroborates the statement of the other side it follows.
   */
  endorsements: Patterns.default([]),
  /**
   * Words by which a speaker holds what it mentions at a distance or disputes it ("allegedly",
   * "so-called", "whipping up hysteria over", "as might have been expected", "what he described
   * as"): a claim of one side that speaks so of a matter the other side asserts does not
   * corroborate it, it characterizes it differently.
   */
  distancing: Patterns.default([]),
  /**
   * Words of office by which a speaker described by its state speaks for it: "spokesman",
   * "official", "minister", "ministry", "government", "aide", "diplomat", "side" ("a German
   * government spokesman", «представитель МИД России»). A description naming a state with none of
   * them ("German analysts", "a Russian expert", "Ukrainian media") speaks for no party. Empty: any
   * description naming one state speaks for it.
   */
  officials: Patterns.default([]),
  /**
   * The state whose government a bare word of government means in this language's news, and
   * those words ("Regierungssprecher", "rzecznik rządu", "le porte-parole du gouvernement"): an
   * official so described, naming no state, speaks for that state where it is a party of the event.
   */
  homeGovernment: z.object({ state: z.string(), words: Patterns }).nullable().default(null),
});
/** What the comparison reads in one language, as parsed (defaults filled in). */
export type CompareData = z.output<typeof CompareDataSchema>;
/** What the comparison reads in one language, as written in a pack (every field optional). */
export type CompareDataInput = z.input<typeof CompareDataSchema>;

/** A language as data: the schema of {@link LanguagePack} (JSON Schema: `claimdiff/schema/language-pack.json`). */
export const LanguagePackSchema = z
  .object({
    /** BCP 47 primary tag of the language ("ro"). */
    code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'code must be a BCP 47 tag such as "ro"' }),
    /** Its name in English ("Romanian"). */
    name: z.string(),
    /** What identifies the language in running text. */
    detection: z.object({
      /** Unicode script names (as in \p{Script=…}) the language is written in. */
      scripts: z.array(z.string()).min(1),
      /** Frequent short words that identify the language in running text. */
      stopwords: z.array(z.string()).min(10),
      /** Letters that are rare in other languages (e.g. "ășț" for Romanian). */
      letters: z.string().default(""),
      /**
       * Word endings rare in other languages' words and names (Romanian "escu", "ului"), in lower
       * case: when the statistical detector is unsure (a short line), a word of three letters or more
       * before such an ending counts with the stopwords and letters ("Popescu a negat.").
       */
      endings: z.array(z.string()).optional(),
      /**
       * Verb forms frequent in short news lines and headlines, in lower case ("trifft", "warnt", "incontra"):
       * on a short line the detector is unsure of, each counts as a stopword does — a known word of one
       * language outweighs a distinctive ending of another ("Meloni trifft Macron." is German).
       */
      headlineVerbs: z.array(z.string()).optional(),
    }),
    /** How words are matched. */
    matching: z
      .object({
        /**
         * Spelling normalisers applied to every word before look-up, none of which merges distinct
         * letters unless `strip-marks` is declared: `yo` (ё → е), `apostrophe` (’ ' → ʼ, kept inside
         * the word), `comma-below` (ş ţ → ș ț), `vi-tone` (Vietnamese tone placement: "hoà" = "hòa"),
         * `strip-marks` (drop every accent: unaccented copy matches, but distinct words may merge).
         */
        normalizers: z.array(z.enum(NORMALIZER_NAMES)).optional(),
        /**
         * Words whose marks tell them from another word, kept as written by `strip-marks`: Polish "że" (that)
         * is no "ze" (with) — "zgodził się ze związkowcami" holds no complementizer.
         */
        markedWords: z.array(z.string()).optional(),
        /** Legacy: without `normalizers`, `true` means `["strip-marks"]` and `false` `["comma-below"]`. */
        foldDiacritics: z.boolean().default(true),
        /** Nouns are capitalised (German): a single capitalised word is no candidate name. */
        capitalizedNouns: z.boolean().default(false),
      })
      .default({ foldDiacritics: true, capitalizedNouns: false }),
    /** Quotation marks and dialogue dashes. */
    quotes: z.object({
      /** Opening and closing quotation marks in use, e.g. ["„", "”"], ["«", "»"]. */
      pairs: z.array(z.tuple([z.string().length(1), z.string().length(1)])).min(1),
      /** Dashes that introduce dialogue or trailing attribution ("– powiedział Spicer"). */
      dashes: z.array(z.string().length(1)).default(["–", "—"]),
    }),
    /** Sentence segmentation. */
    sentences: z.object({
      /** Abbreviations after which a period does not end a sentence (lower case, with the dot). */
      abbreviations: z.array(z.string()).default([]),
    }),
    /** Reporting expressions: verbs, sources, complementizers, pronouns. */
    reporting: z.object({
      /** Reporting verbs and phrases in every inflected form: "said", "a declarat", "powiedział". */
      verbs: Patterns.min(1),
      /**
       * Verbs that report only when reported content follows them in their sentence — a
       * complementizer, a colon or a quotation: "found that …", "called the plan „reckless“",
       * "gave three principles: …", "showed that …". With only an object they are narration
       * ("found the keys", "called Putin on Tuesday"), so they are no cue.
       */
      contentVerbs: Patterns.default([]),
      /**
       * Verbs of agreeing and discussing ("agreed", "discussed", "au convenit", "договорились",
       * "vereinbarten"): what the parties did, told by a source. A cue that holds one reports a
       * claim of its own subject only when no other source attributes the passage — under
       * "according to the Kremlin" or before "…, the White House said" the source speaks. Forms
       * not among the verbs become cues of their own.
       */
      jointVerbs: Patterns.default([]),
      /**
       * Past participles of reporting verbs in every gender and number ("qualifiée", "calificados",
       * "definita", "calificată") that report only right after an auxiliary of the passive
       * (`grammar.passive`, adverbs between): "La rencontre a été qualifiée de « … » par le
       * porte-parole" — the subject did not speak, the agent after `grammar.agents` did; with no
       * agent no one is named. Elsewhere they are adjectives or reduced passives and no cue. Where
       * the pack lists them, only a verb form among them makes a reduced passive ("the memo, first
       * reported by the Post"), not a finite verb before a preposition that also means "by" ("dijo
       * por la tarde").
       */
      passives: Patterns.default([]),
      /**
       * Quoting: a medium (or anyone) relays what someone said, and the one quoted speaks, not the
       * one quoting ("Reuters quoted a minister as saying …", "Reuters dẫn lời một quan chức cho
       * biết …"); the medium, when the lexicon knows it as one, is credited in the article's `via`.
       * `verbs`: active forms whose object is who is quoted ("quoted", "zitierte", "cite", "citó a",
       * "citează", "cytuje", "цитирует", "приводит", "dẫn lời"); after an auxiliary of the passive
       * (`grammar.passive`) their subject is who is quoted ("was quoted by X as saying", "wird von X
       * mit den Worten zitiert"). `participles`: reduced passives with their agent word, after who is
       * quoted ("cité par", "citado por", "citat de", "cytowany przez", "quoted by"). `links`: words
       * after who is quoted that open what they said ("as saying", "mit den Worten", "disant",
       * "secondo cui"); a reporting verb there, or a relative pronoun and one ("care a spus", "który
       * powiedział"), a colon and a quotation, or a quotation just before, do as well. `words`: nouns
       * of the words quoted, before whose they are ("слова"); `wordsVerbs`: verbs that quote only with
       * such a noun as their object, before or after them ("приводит слова министра", "Слова
       * министра приводит ТАСС": "приводит" alone also leads to things). `passiveMarks`: words before the medium
       * that make the verb after it passive (Vietnamese "được": "Y được Reuters dẫn lời nói …"). A
       * quoting verb with none of these after its object ("quoted a poem", "cytował wiersz") reports
       * nothing.
       */
      quoting: z
        .object({
          verbs: Patterns.default([]),
          participles: Patterns.default([]),
          links: Patterns.default([]),
          words: Patterns.default([]),
          wordsVerbs: Patterns.default([]),
          passiveMarks: Patterns.default([]),
        })
        .default({ verbs: [], participles: [], links: [], words: [], wordsVerbs: [], passiveMarks: [] }),
      /**
       * Verbs that report with a noun of concern or of a question as their object, a few words
       * later in the same clause (`verbs` and `nouns`): "raised serious concerns with Xi about …",
       * "ha sollevato con il presidente le preoccupazioni per …", "äußerte gegenüber Macron Zweifel
       * an …". The cue runs from the verb to the noun and the content follows the noun; with no noun
       * within four words ("raised taxes", "ha sollevato il trofeo") the verb is narration. A phrase
       * with no words between ("raised concerns about") may stay among `verbs`.
       */
      supportVerbs: z.object({ verbs: Patterns.default([]), nouns: Patterns.default([]) }).default({ verbs: [], nouns: [] }),
      /** Reporting verbs that take no subject and continue the current source: "podkreślono", "se arată". */
      impersonal: Patterns.default([]),
      /** Reporting nouns that name a statement: "statement", "comunicat", "oświadczenie". */
      nouns: Patterns.default([]),
      /** Phrases that introduce a source: "according to", "conform", "według", "theo". */
      sources: Patterns.default([]),
      /**
       * Prepositions that give a person's view when they open a sentence with that person and a comma:
       * French "Pour Emmanuel Macron, la Russie …", Spanish "Para el presidente, …". Only a person —
       * known, or a name of two words or more — and only in a sentence with no reporting verb ("Pour
       * la première fois, …", "Pour Moscou, …" are no source).
       */
      opinionSources: Patterns.default([]),
      /**
       * Nouns of view after the person's possessive, where the pack's view phrase needs one: English
       * "In Pelosi's view, …", "In the Kremlin's assessment, …" (the preposition is in
       * `opinionSources`). Where the pack lists any, the frame is required, and the holder may be any
       * speaker, not only a person.
       */
      opinionNouns: z.array(z.string()).default([]),
      /**
       * Prepositions that make a source phrase with a noun of information after them ("nach
       * jüngsten Untersuchungen", "nach Einschätzung von Experten", "gemäß einem Augenzeugen").
       */
      sourcePrepositions: z.array(z.string()).default([]),
      /** Nouns of information and opinion that such a phrase holds ("angaben", "ansicht", "einschätzung", "studie"). */
      sourceNouns: Patterns.default([]),
      /**
       * Nouns of what is known so far ("Erkenntnissen", "findings", "ustaleń"): a source phrase headed
       * by one names a source only with its owner ("nach Erkenntnissen der Polizei"); alone ("nach
       * bisherigen Erkenntnissen", "according to early findings") it is the narration's, no claim.
       * One word each, as written in the phrase.
       */
      knowledgeNouns: z.array(z.string()).default([]),
      /**
       * Nouns of a plan or schedule ("plan", "schedule", "Fahrplan", "calendario", "harmonogram"): a source
       * phrase headed by one with no owner after it ("according to plan", "laut Fahrplan", "según lo previsto")
       * names no one. One word each, as written in the phrase.
       */
      planNouns: z.array(z.string()).default([]),
      /**
       * First-person pronouns in the form a source cue takes ("me", "moi", "mnie", "tôi"): "according to me",
       * "secondo me", "według mnie" is the author's own view, no attributed claim. One word each.
       */
      authorPronouns: z.array(z.string()).default([]),
      /**
       * Forms of reporting verbs that are as often plural nouns ("reports", "notes"): one is a noun,
       * no cue, after a determiner or right before a verb or a preposition ("news reports said",
       * "earnings reports from big banks showed"). One word each.
       */
      nounForms: z.array(z.string()).default([]),
      /**
       * Bare forms of separable reporting verbs (German "stellte" of "stellte … klar/fest", "hob" of
       * "hob … hervor"): listed among the verbs so that the particle may drift to the end of the
       * clause ("stellte Trump am Montag klar, dass …"), they report only when the last word of their
       * clause makes with them one of the pack's verbs ("stellte … vor", "hob die Sanktionen auf",
       * "sich einer Richterin stellte" report nothing). One word each.
       */
      particleVerbs: z.array(z.string()).default([]),
      /**
       * Nouns of a claim or a statement ("Darstellung", "Vorwürfe", "Behauptung"): where reported
       * speech needs content after its verb (verb second), a verb whose object is one reports it
       * ("widersprach einer Darstellung", "wies die Vorwürfe zurück").
       */
      claimNouns: Patterns.default([]),
      /**
       * Speech acts whose object is what they report, where reported speech otherwise needs a clause
       * after its verb (verb second): "kritisierte die Entscheidung", "bezeichnete den Plan als
       * Fehler", "sagte weitere Hilfe zu", "dementierte den Bericht". Forms of the other verbs with
       * no content after them stay narration ("Der Spedition droht eine Strafe").
       */
      objectVerbs: Patterns.default([]),
      /**
       * Reporting verbs that, with no content after them, as often report no speech ("Der
       * Spedition droht eine Strafe", "Der Sturm forderte Todesopfer"): never read as a speech act
       * whose next sentence in the mood of reported speech (`reportedMood`) it introduces.
       */
      otherSenses: Patterns.default([]),
      /**
       * Asking not to be named ("restare anonimo", "non essere nominato"): a reporting verb whose content
       * opens with one ("…, che ha chiesto di restare anonimo, …") reports no claim.
       */
      anonymity: Patterns.default([]),
      /**
       * A raised subject's infinitive ("to be", "to have"): a reporting verb right before one is hearsay about its
       * subject, no speech act of it ("officials said to be close to the talks expect …", "he is said to have
       * resigned", "investors reported to be behind the bid") — no claim.
       */
      raising: Patterns.default([]),
      /**
       * Verbs of aspect that take a reporting verb after them, with the mark of its infinitive where the language has
       * one ("kept saying", "continued to insist", "sigue diciendo", "continua a dire", "continue de dire", "continuă
       * să spună"; "spent three weeks telling" with a span of time between): no speech act of their own — the reporting
       * verb after them reports, and their subject speaks (not the span of time, nor the aspect verb read into it).
       */
      aspectual: Patterns.default([]),
      /**
       * Reporting verbs whose object is the person addressed, before the content: "told reporters
       * (that) …", "assured allies …". The addressee is not part of the content.
       */
      addresseeVerbs: Patterns.default([]),
      /**
       * Prepositions that open the person addressed between a reporting verb and the comma before its
       * content: German "erklärte gegenüber der Zeitung, …". One word each, lower case; the phrase is not content.
       */
      addresseePrepositions: z.array(z.string()).default([]),
      /** Postpositions that follow their source: German "Dem Kreml zufolge, …". */
      postSources: Patterns.default([]),
      /** Words that name a source only after the content, at the end of a sentence: German "„…“, so Peskow". */
      trailingSources: Patterns.default([]),
      /** Phrases that point back to the previous sentence as what was said: "Об этом сообщил…", "Про це заявив…", "Poinformował o tym…". */
      retrospective: Patterns.default([]),
      /** Conjunctions of "as X said": a clause that names the source of the rest of the sentence ("as", "wie", "comme", "jak"). */
      asSources: Patterns.default([]),
      /** Words that introduce reported content: "that", "că", "że", "rằng". */
      complementizers: Patterns.default([]),
      /**
       * Words that mark an infinitive clause, set off by a comma after a verb that needs content, as that
       * content: German "zu" ("ist zuversichtlich, das Spiel gewinnen zu können"). One word each, lower case;
       * the word stands before the clause's last word.
       */
      infinitiveMarks: z.array(z.string()).default([]),
      /**
       * Particles of separable verbs that take the mark of the infinitive inside the word (German "an" + "zu" in
       * "anzutreten", "abzuschaffen"): a lower-case last word that opens with one and a mark, and goes on, closes
       * the infinitive clause as mark + word does. One word each, lower case.
       */
      infinitiveParticles: z.array(z.string()).default([]),
      /** Verbs of denial, used by the comparison engine for stance: "denied", "a negat". */
      denials: Patterns.default([]),
      /** Markers of a past, undated statement: "repeatedly", "la un moment dat", "từng". */
      undated: Patterns.default([]),
      /** Negations that cancel a reporting verb right after them: "did not comment", "nu a comentat", "nie skomentował". */
      negations: Patterns.default([]),
      /** Relative pronouns: "Washington, which has criticized…" — the speaker is the name before them. */
      relatives: Patterns.default([]),
      /** Personal pronouns that can be the subject of a reporting verb. */
      pronouns: Patterns.default([]),
      /** Possessives that point back to the source already speaking: "according to their statement", "według ich oświadczenia". */
      anaphors: Patterns.default([]),
      /** "both", "beide", "оба": the two named before, as a subject next to a reporting verb only. */
      pairPronouns: Patterns.default([]),
      /**
       * Indefinite pronouns of people that stand as the subject of a reporting verb, named as written:
       * "Others warned that …", "Some argued that …" — other people than those who spoke before.
       */
      indefinitePeople: Patterns.default([]),
      /**
       * Words that stand alone as the subject of a reporting verb for one more person of the kind who spoke
       * before ("One official said … Another said …"): a new speaker, "another official", not the earlier one.
       */
      anotherPeople: Patterns.default([]),
      /**
       * One person out of a group named before, as a subject ("one of them", "einer von ihnen", "l'un d'eux",
       * "один из них"): the group that spoke last ("Two diplomats said … One of them added …"), with these words as
       * its mention; no one named where the last speaker is one person.
       */
      partitivePeople: Patterns.default([]),
      /**
       * Subject pronouns of one man and of one woman ("he", "she"): such a pronoun does not stand for a group or a
       * plural description ("Officials said … He added …"), nor for a speaker titled for the other sex
       * (`reporting.maleTitles`, `reporting.femaleTitles`, without their dot: "She" after "Mr. Graham said").
       */
      malePronouns: Patterns.default([]),
      femalePronouns: Patterns.default([]),
      maleTitles: Patterns.default([]),
      femaleTitles: Patterns.default([]),
      /**
       * First names, in lower case, that only men (`maleFirstNames`) or only women (`femaleFirstNames`) bear: a
       * speaker whose name opens with one is no "she" (or "he"). A short list of unambiguous names; none for "Jordan".
       */
      maleFirstNames: Patterns.default([]),
      femaleFirstNames: Patterns.default([]),
      /**
       * Articles of a masculine and of a feminine noun ("el" / "la", "le" / "la"): a speaker's role opened by one
       * ("El alcalde", "La portavoz") is a man's or a woman's, for `malePronouns` and `femalePronouns`.
       */
      maleArticles: Patterns.default([]),
      femaleArticles: Patterns.default([]),
      /**
       * Endings of a woman's role word and of the man's word they replace: `["in", ""]` for "Ministerin" / "Minister",
       * `["a", "o"]` for "ministra" / "ministro". A role whose head is such a word, the man's form a role word of the
       * pack, is a woman's ("she", not "he"); a head whose woman's form is one is a man's.
       */
      femaleRoleEndings: z.array(z.tuple([z.string().min(1), z.string()])).default([]),
      /** Endings of plural nouns ("s"): a description whose head ends in one is many people, no "he" or "she". */
      pluralHeadEndings: Patterns.default([]),
      /**
       * Endings of singular nouns that end in a plural ending too ("is", "us": "the analysis", "the census"): a
       * description headed by one is no group.
       */
      singularHeadEndings: Patterns.default([]),
      /**
       * Plural nouns of people that no role list holds ("critics", "experts", "residents"): a description headed by
       * one, even capitalised as the sentence's first word ("Critics say …"), is a group.
       */
      groupNouns: Patterns.default([]),
      /**
       * Determiners of a singular noun only (German "dem", "des", "einem"): a listed group noun after one is a singular
       * in another case ("dem Experten zufolge": one expert), no group.
       */
      singularDeterminers: z.array(z.string()).default([]),
      /**
       * Verbs of thinking or believing among the reporting verbs ("believes", "thinks"): a subject's belief that a
       * trailing source closes is the source's report, not a report the source relays ("The White House believes
       * the bill will pass, an official said." — the official speaks).
       */
      thoughtVerbs: Patterns.default([]),
      /** Labels of questions in a transcript ("Question:"): such turns are not the issuer's claims. */
      questionLabels: Patterns.default([]),
      /**
       * Verb forms of the mood of reported speech (German Konjunktiv I: "sei", "habe", "werde",
       * "könne"): a sentence that holds one and no cue of its own goes on with the speaker of the
       * claim before it. Where the pack lists these, a sentence with a few quoted words, no cue and
       * none of these forms outside the quotation marks is narration with a quoted term or title
       * ("Danach zeigte er seinen Film „Die lange Nacht“."), not speech of its paragraph's source.
       */
      reportedMood: Patterns.default([]),
      /**
       * Words that open what a content verb calls its object ("as": "dismissed the report as a
       * partisan attack", "described the plan as reckless"): such a verb reports with its object and
       * this predicate as content, with no complementizer or quotation. One word each, lower case.
       */
      predicatives: z.array(z.string()).default([]),
      /**
       * Nouns of evidence ("poll", "survey", "study", "report"): a content verb right after one
       * reports with a bare clause or object, no complementizer needed ("Polls show the race is
       * tightening", "A new poll shows Smith leading"). One word each, lower case.
       */
      evidenceNouns: z.array(z.string()).default([]),
      /**
       * Hearsay: a modal that, with a perfect infinitive, reports what others say (German "soll",
       * "sollen": "Der Täter soll geflohen sein" — he is said to have fled). A sentence with one of
       * these and a perfect auxiliary (`perfectAuxiliaries`) closing a clause after a participle is
       * reported speech that goes on with the speaker of the claim right before it. One word each, lower case.
       */
      hearsayModals: z.array(z.string()).default([]),
      /**
       * Plans: a modal of intent (`modals`: "will", "wollen") whose clause ends in an infinitive (one of
       * `infinitiveEndings`), with a body as its subject, reports what the body announced ("Die Regierung will
       * die Steuer senken"); `reflexives` may stand between the modal and a subject after it ("will sich die
       * Partei … einsetzen"). `groupModals`, the plural ones among `modals` ("wollen"), also take as their subject
       * the members of a body described together, a compound of the body's short name ("Die CDU-Politiker wollen
       * …", "EU-Diplomaten wollen …"): they speak as one. One word or ending each, lower case.
       */
      plans: z
        .object({
          modals: z.array(z.string()).default([]),
          groupModals: z.array(z.string()).default([]),
          infinitiveEndings: z.array(z.string()).default([]),
          reflexives: z.array(z.string()).default([]),
        })
        .default({ modals: [], groupModals: [], infinitiveEndings: [], reflexives: [] }),
      /**
       * Complementizers of a reported fact ("dass") that, after a comma, keep a reporting verb right after a negation
       * a report: the negated act is the claim ("Der Minister wollte nicht ausschließen, dass …", "Sie konnte nicht
       * bestätigen, dass …"). Without one ("did not comment", "wollte nicht sagen, ob …") the negation cancels the
       * cue. Only words a comma sets off before the clause by rule; one word each, lower case.
       */
      negatedReportClauses: z.array(z.string()).default([]),
      /** Auxiliaries of the perfect infinitive that close such a clause ("haben", "sein"). One word each, lower case. */
      perfectAuxiliaries: z.array(z.string()).default([]),
      /** Endings of the participle before such an auxiliary ("geflohen", "verletzt"), lower case. */
      participleEndings: z.array(z.string()).default([]),
      /**
       * Nouns of companies and other bodies that speak as one ("company", "firm", "board"): a description
       * headed by one, like one headed by the noun of a public body, is what "it" refers to next.
       */
      bodyNouns: z.array(z.string()).default([]),
      /**
       * A document and the word that names its author ("{statement|letter|memo} {from|by}"): a speaker
       * phrase opened by one is its author's ("A statement from the Pentagon said", "according to a
       * letter from Senate Democrats").
       */
      documentSources: Patterns.default([]),
    }),
    /**
     * Roles and titles keyed by the shared role id (see `src/lexicon/roles.ts`):
     * "purtătorul de cuvânt al Kremlinului" → kremlin-spokesperson, "Liderul rus" → ru-leader.
     */
    roles: z.record(z.string(), Patterns).default({}),
    /** Surface forms of shared entities (people, institutions, media), keyed by entity id. */
    entities: z.record(z.string(), Patterns).default({}),
    /** Surface forms of shared topic concepts, keyed by concept id. */
    topics: z.record(z.string(), Patterns).default({}),
    /** Evaluative terms by polarity, for characterization disagreements. */
    evaluative: z
      .object({
        /** Terms that praise ("very good", "productive"). */
        positive: Patterns.default([]),
        /** Terms that blame ("unacceptable"). */
        negative: Patterns.default([]),
        /** Terms that describe without praise or blame ("businesslike", "frank"). */
        neutral: Patterns.default([]),
      })
      .default({ positive: [], negative: [], neutral: [] }),
    /**
     * Function words, by class, that bound a speaker's noun phrase when no lexicon knows the
     * speaker ("the fire chief", "ein Sprecher der Polizei", "purtătorul de cuvânt al
     * ministerului"). One word each, lower case. All optional: a pack without them still finds
     * names in capitals and the speakers its lexicons know.
     */
    grammar: z
      .object({
        /** Articles and determiners that open a noun phrase: "the", "a", "der", "ein", "un". */
        determiners: z.array(z.string()).default([]),
        /** Of these, the ones that mark a subject (nominative) noun phrase: German "der", "ein". */
        nominative: z.array(z.string()).default([]),
        /**
         * Determiners never in the nominative (German "dem", "einem", "des"): a description that opens
         * with one is named without it ("Dem Sprecher des Ministeriums zufolge" → "Sprecher des Ministeriums").
         */
        oblique: z.array(z.string()).default([]),
        /** Prepositions: a speaker's phrase does not run over one, unless the phrase opens the clause ("officials in Moscow said"). */
        prepositions: z.array(z.string()).default([]),
        /** Words that join the parts of one noun phrase: "of", "for", "de", "al", "des", "của". */
        joiners: z.array(z.string()).default([]),
        /** Conjunctions and complementizers that end a phrase: "and", "but", "und", "și". */
        conjunctions: z.array(z.string()).default([]),
        /** Of these, the ones that join two speakers into one subject: "and", "und", "și", "và" ("Putin and Trump agreed"). */
        coordinators: z.array(z.string()).default([]),
        /** Adverbs and auxiliaries that may stand between a subject and its verb: "also", "later", "auch", "również". */
        adverbs: z.array(z.string()).default([]),
        /**
         * Adverbials of several words whose words are other things alone ("poco dopo", "peu après", "más
         * tarde"): after a reporting verb they are skipped as adverbs are, never the subject ("ha affermato
         * poco dopo il sindaco" is the mayor).
         */
        adverbPhrases: Patterns.default([]),
        /**
         * Words for a part of the day that go with a weekday or date right before or after them ("mardi soir",
         * "marți seara", "вечером в понедельник"): skipped with the date between a verb and its subject.
         */
        dayParts: Patterns.default([]),
        /**
         * Where heads come first: nouns of an administrative area written before its name ("tỉnh", "thành
         * phố", "huyện"). In a title before a person's name, the two capitalised words after one are the
         * area's name, part of the title: "Phó chủ tịch UBND tỉnh Lào Cai | Lê Thị Mai".
         */
        areaNouns: z.array(z.string()).default([]),
        /**
         * Descriptions of an office by other words, with the role word they stand for ("szef resortu" → "minister":
         * the head of the ministry is its minister): such a phrase is the one person named earlier under that role.
         */
        rolePhrases: z.record(z.string(), z.string()).default({}),
        /** Pronouns, demonstratives and connectives that are never a speaker's name: "it", "lo", "this", "pertanto". */
        nonNames: z.array(z.string()).default([]),
        /** Pronouns that stand for a thing, institution or group named before ("it"): resolved to the last one. */
        thingPronouns: z.array(z.string()).default([]),
        /** Honorifics and bare titles that are no name on their own: "mr", "dr", "herr", "pan", "ông". */
        titles: z.array(z.string()).default([]),
        /**
         * Nouns of office that no role of the lexicon holds ("speaker", "director", "counsel",
         * "chairman"): before a name they are the person's title, no part of the name ("House Speaker
         * Paul Ryan" is "Paul Ryan"), as the words of the lexicon's roles are.
         */
        roleNouns: z.array(z.string()).default([]),
        /**
         * Beginnings of one-word names of public bodies in lower case, written as compounds of clipped
         * words ("минфин", "росстат", "роскомнадзор"): a word that starts so is a body, never a person's
         * name ("Росстат сообщил"), nor part of the name after a title ("глава Минфина Антон Силуанов").
         */
        bodyStems: z.array(z.string()).default([]),
        /**
         * Prepositions of where someone comes from ("из", "z", "з"): a place or a body after one inside a
         * description says where the person is from — "Эксперт из Москвы" is that description, not Russia.
         */
        originPrepositions: z.array(z.string()).default([]),
        /**
         * Ends of compound nouns of public bodies, lower case, where compounds are one word ("ministerium",
         * "regierung", "anwaltschaft"): a noun that ends so after three letters or more heads a body
         * ("Das Verkehrsministerium", "die Bundesregierung"), unless it is a noun of office ("Landrat").
         */
        bodySuffixes: z.array(z.string()).default([]),
        /**
         * Case tables of nouns of office whose forms no learnt ending brings back (a fleeting vowel:
         * "ministra" → "minister", "marszałka" → "marszałek"), the base form first: a description in a
         * governed case names the office in that form ("Zdaniem ministra, …" → "minister").
         */
        roleNounCases: z.array(z.array(z.string()).min(2)).default([]),
        /**
         * Plural nouns of people with their oblique forms, the nominative first ("źródła", "źródeł", "źródłom", …;
         * "источники", "источников", …): a description headed by an oblique form names a group, in the nominative
         * ("według źródeł rządowych" → "źródła rządowe", "По данным источников в правительстве" → "источники в
         * правительстве"). Only the forms after the first are read, so a nominative that is also a singular's
         * genitive ("źródła", "джерела") makes no group by itself.
         */
        groupNounCases: z.array(z.array(z.string()).min(2)).default([]),
        /**
         * Oblique endings of an adjective before a noun of office and the base ending each stands for, the
         * longest first where one ends another (Russian "-кого" → "-кий" before "-ого" → "-ый"): "по словам
         * официального представителя" → "официальный представитель". Read before the endings learnt from the
         * pack's names, which are a surname's ("Достоевского" → "-ий").
         */
        adjectiveBases: z.array(z.tuple([z.string(), z.string()])).default([]),
        /** Endings of adverbs, for those no list holds: "-ly", "-ment", "-mente". A lower-case word with one is an adverb. */
        adverbSuffixes: z.array(z.string()).default([]),
        /**
         * Endings of a noun with its definite article attached, where the language writes it so (Romanian "-ul",
         * "-ile"): such a word right after a verb opens its object, as an article would — "a criticat planul și a
         * declarat că …" is two acts.
         */
        articleSuffixes: z.array(z.string()).default([]),
        /**
         * Verb second (German): the finite verb stands second, participles and infinitives at the end
         * of the clause, reported speech after a comma ("sagte, …", "sagte, dass …") — never bare.
         */
        verbSecond: z.boolean().default(false),
        /**
         * The head of a noun phrase comes first and its modifiers after it (Vietnamese "hãng thông tấn
         * Nga" = Russian news agencies): a name at the end of a description is its complement, not its head.
         */
        headInitial: z.boolean().default(false),
        /**
         * A reporting verb takes a bare clause as its content as readily as one opened by a complementizer
         * (Vietnamese "khẳng định [rằng] …", verbs that do not inflect): a second act of the speaker after a
         * comma reports the clause right after it — "…, người phát ngôn cho biết, khẳng định hai bên cam kết …".
         */
        bareContent: z.boolean().default(false),
        /**
         * Endings of the infinitive ("-are", "-ere", "-ire"): where a complementizer is also a joining word
         * (Italian "di"), it opens content only before an infinitive ("ha detto di voler …"), and is a
         * preposition elsewhere ("fanno sapere fonti di governo"). Empty: a name, a number or an article
         * after it makes it a preposition, anything else a complementizer.
         */
        infinitiveEndings: z.array(z.string()).default([]),
        /**
         * Nouns that name a news medium ("agency", "newspaper", "агентство", "Zeitung", "hãng thông
         * tấn"): a description headed by one is a medium — the one named last when the description
         * names none ("По информации агентства" after Reuters).
         */
        mediaNouns: z.array(z.string()).default([]),
        /**
         * Determiners that may mark the person addressed (a dative) as well as a complement of the noun
         * before them ("der", "dem" in German): after a verb of saying, one before a news medium ends the
         * speaker's phrase ("sagte der Minister der Zeitung" — the newspaper was told, it does not speak).
         */
        addresseeDeterminers: z.array(z.string()).default([]),
        /**
         * Endings, in lower case, of a noun in the case of the person addressed that no other case of a noun shares
         * (the dative plural: Russian and Ukrainian "-ам", "-ям", Polish "-om"). After a verb of saying, a lower-case
         * word so ending right after the speaker's name or description is whom they told, not part of the speaker
         * ("заявил министр Иван Петров журналистам", "powiedział rzecznik Jan Kowal dziennikarzom").
         */
        addresseeEndings: z.array(z.string()).default([]),
        /**
         * Nouns of people who work for a news medium ("Chefredakteur", "Korrespondent"), in lower case, with
         * the determiners that mark a genitive complement ("der", "des"): after one of these nouns a medium
         * behind such a determiner is whose staff they are, not whom they told ("sagte der Chefredakteur der
         * Zeitung" — the editor of the paper speaks). A dative-only determiner still marks the addressee
         * ("sagte der Chefredakteur dem Sender").
         */
        mediaStaff: z
          .object({ nouns: z.array(z.string()).default([]), genitiveDeterminers: z.array(z.string()).default([]) })
          .default({ nouns: [], genitiveDeterminers: [] }),
        /**
         * Nouns that name a public body ("ministry", "Ministerium", "ministerul", "министерство"),
         * one word each, as the list of its forms with the base (nominative) form first: [["ministerul",
         * "ministerului"]]. A speaker no lexicon knows whose first word is one, with words after it,
         * is an institution named in its base form ("Potrivit Ministerului Apărării" → "Ministerul
         * Apărării"); one that holds such a noun after its first word is a description ("Officials
         * at the Department of Water Resources"), never a person's name.
         */
        institutionNouns: z.array(z.array(z.string()).min(1)).default([]),
        /**
         * Marks of a plural subject on a reporting verb: endings of its first word, written with a
         * leading hyphen ("-li", "-ły", "-ли", "-rono"), or auxiliaries ("au", "hanno", "ont"). A
         * verb with one and no subject of its own speaks for the group named last ("Putin i Trump
         * zgodzili się … . Przyznali również, że …"), not for the last single speaker.
         */
        pluralMarks: z.array(z.string()).default([]),
        /**
         * Auxiliaries and modal verbs ("hat", "wurde", "soll", "has", "will"): in a verb-second language a
         * reporting verb after one at the end of its clause is a participle or infinitive; in any language
         * one after the clause of a nominal claim opens the sentence's own verb ("Trump's claim that the
         * election is rigged | has no basis").
         */
        auxiliaries: z.array(z.string()).default([]),
        /** Of these, the ones of the passive ("wurde", "worden"): its subject did not speak; the agent may have. */
        passive: z.array(z.string()).default([]),
        /**
         * Endings of a verb's progressive form (English "-ing"): after an auxiliary of the passive it makes a
         * progressive tense, no passive ("has been saying that …", "were insisting that …"): its subject speaks.
         */
        progressiveEndings: z.array(z.string()).default([]),
        /** Prepositions that introduce the agent of a passive ("by", "von", "durch"). */
        agents: z.array(z.string()).default([]),
        /**
         * Marks written right after a noun that make it the possessor of the noun after it ("'s",
         * "’s"; a bare apostrophe after a final s: "Sanders' aide"): in "Trump's spokesman said" the
         * spokesman speaks, not Trump.
         */
        possessives: z.array(z.string()).default([]),
        /**
         * Definite articles ("the"): a description they open, with a role word at its head and no name
         * ("The Indiana governor"), refers back to the person who spoke last; one opened by another
         * article ("a governor") is someone new.
         */
        definiteArticles: z.array(z.string()).default([]),
        /**
         * Endings that are the definite article where the language writes it on the noun (Romanian "-ul", "-le"):
         * a role word alone with one ("oficialul") is a definite description, as "the official" is.
         */
        definiteEndings: z.array(z.string()).default([]),
        /**
         * Whether the language has no articles (Polish, Russian, Ukrainian): a role word alone as the subject
         * ("urzędnik", "чиновник") may then refer back to the one earlier speaker described by it.
         */
        bareDefinites: z.boolean().default(false),
        /**
         * Nouns of a party's members ("Republican", "Democrat", "independent"): at the head of a description
         * opened by a definite article ("the Texas Republican", "the Massachusetts Democrat") they refer back
         * as a role word does — no person's name.
         */
        partyMembers: z.array(z.string()).default([]),
        /**
         * Words that put an office in the past ("former", "onetime"): a known role right after one is no
         * holder of that office now ("the former secretary of state" is a person described, not the department).
         */
        formerWords: z.array(z.string()).default([]),
        /**
         * Endings every attributive adjective carries where nouns are capitalised (German "-e", "-er",
         * "-en", "-es", "-em"): a lower-case word without one between two nouns is a verb ("Die Camorra
         * erwirtschaftet Schätzungen zufolge"), so no speaker's phrase runs over it. Where nouns are not
         * capitalised (Polish, Russian), a lower-case word without one before a role word that ends the
         * phrase is no part of the speaker ("W … wywiadzie | minister powiedział").
         */
        adjectiveEndings: z.array(z.string()).default([]),
        /**
         * Endings of a noun complementing another, in lower case (Romanian genitive-dative "ii", "ei", "lor",
         * "ului"): one capitalised word with one of them after a role word is the body the office serves, no
         * surname ("ministrul Muncii", "președintele Senatului"). Only where surnames rarely end so.
         */
        complementEndings: z.array(z.string()).default([]),
        /**
         * Paradigms of names no lexicon needs, written to teach the pack's case endings (each list one name,
         * its base form first): "Paweł", "Pawła", "Pawłowi" teach "-ła" → "-eł", so "według Pawła Nowaka"
         * is "Paweł Nowak" — and "Gawła" any other such name — without listing the person. An ending they
         * teach counts from two names (pipeline/endings.ts).
         */
        nameParadigms: z.array(z.array(z.string())).default([]),
        /**
         * Letter sequences, in lower case, that the language's own names never spell ("cl", "ey", "th"): a name with
         * one in any of its words is foreign, and the alternations only `nameParadigms` teach ("Marka" → "Marek")
         * stay off it ("Wesleya Clarka" is "Wesley Clark", not "Clarek").
         */
        foreignSpellings: z.array(z.string()).default([]),
        /**
         * Letters no word of the language ends in, in lower case, with the vowel a name's base form ends in after them:
         * where a dropped case ending leaves a name so ("Pedra" → "Pedr"), the name is a foreign one whose vowel the
         * ending replaced ("Pedro"; Polish `[["dr", "o"]]`).
         */
        stemVowels: z.array(z.tuple([z.string(), z.string()])).default([]),
        /**
         * The commonest family names, in lower case, where a full name opens with one ("nguyễn", "trần"): one
         * after other capitalised words starts the person's name, the words before it are the body's name
         * ("Thứ trưởng Bộ Công Thương | Nguyễn Văn Nam"). A short list: no family name is needed to read a name.
         */
        familyNames: z.array(z.string()).default([]),
        /**
         * Whether the language writes foreign names of the family-name-first order as they are ("Ishiba Shigeru") and
         * refers back to them by that first word ("ông Ishiba"): a full name no lexicon knows, whose first word is none
         * of `familyNames`, is then known by its first word too, as by its last.
         */
        familyNameFirst: z.boolean().default(false),
        /** Genitive endings ("-a", "-ów"): a source phrase with no comma ends where they do ("Według rzecznika MSZ | ambasador …"). */
        genitiveEndings: z.array(z.string()).default([]),
        /** Of these, the ones of the nominative too ("-a", "-y"). */
        nominativeEndings: z.array(z.string()).default([]),
        /** Words that open a relative clause after a comma: "which", "das", "qui", "которое". */
        relativeOpeners: z.array(z.string()).default([]),
        /**
         * Words that open a relative clause with no comma right after its noun: "the talks that began on
         * 3 August", "les négociations qui ont commencé le 3 août", "negocierile care au început pe 3 august".
         * A date in such a clause is the day of that thing, never of a statement (see `dates.ts`).
         */
        boundRelatives: z.array(z.string()).default([]),
        /**
         * Of the relative openers, the ones that stand for a person only ("who"): their antecedent is someone, so a noun of a
         * person with its article before a place is the one who speaks ("a lawyer from Texas, who said …").
         */
        personalRelatives: z.array(z.string()).default([]),
        /**
         * Party labels written in brackets right after a politician's name, alone or with a state or
         * place: "D", "R", "I" for "(D-Mass.)", "(R-Texas)", "(I-Vt.)", "(D., N.Y.)". The bracket
         * belongs to the name: "Sen. Elizabeth Warren (D-Mass.) said" — Warren speaks, not a party.
         */
        partyTags: z.array(z.string()).default([]),
        /**
         * Words that tie a complement to a description of a speaker, ending in their preposition:
         * "familiar with", "briefed on", "close to", "with knowledge of" — "two people familiar with
         * the talks" is one phrase, where a preposition would end it.
         */
        descriptionLinks: z.array(z.string()).default([]),
        /**
         * Personal pronouns of no one in particular ("on"): as the subject of a reporting verb after a
         * prepositional phrase that opens the sentence with a public body, the body speaks — "Au ministère
         * de la Santé, on assure que …".
         */
        genericSubjects: z.array(z.string()).default([]),
        /**
         * Compound prepositions of origin, without the joining word after them ("din partea", "du côté",
         * "por parte", "da parte"): a public body after one that opens the sentence speaks for a verb with
         * no subject of its own — "Din partea Ministerului Sănătății s-a transmis că …".
         */
        fromPhrases: z.array(z.string()).default([]),
        /**
         * Nouns of a reaction whose complement names who reacted, one word each in the forms they take
         * ("критику", "krytyką", "critiques"): before a relative clause of saying the complement after one is
         * the antecedent, not the noun — "вызвал критику профсоюзов, которые заявили, …" is the unions'.
         */
        reactionNouns: z.array(z.string()).default([]),
      })
      .default({
        determiners: [],
        nominative: [],
        oblique: [],
        prepositions: [],
        joiners: [],
        conjunctions: [],
        coordinators: [],
        adverbs: [],
        adverbPhrases: [],
        dayParts: [],
        areaNouns: [],
        rolePhrases: {},
        nonNames: [],
        thingPronouns: [],
        titles: [],
        roleNouns: [],
        bodyStems: [],
        originPrepositions: [],
        bodySuffixes: [],
        roleNounCases: [],
        groupNounCases: [],
        adjectiveBases: [],
        adverbSuffixes: [],
        articleSuffixes: [],
        verbSecond: false,
        headInitial: false,
        bareContent: false,
        infinitiveEndings: [],
        mediaNouns: [],
        addresseeDeterminers: [],
        addresseeEndings: [],
        mediaStaff: { nouns: [], genitiveDeterminers: [] },
        institutionNouns: [],
        pluralMarks: [],
        auxiliaries: [],
        passive: [],
        progressiveEndings: [],
        agents: [],
        possessives: [],
        definiteArticles: [],
        definiteEndings: [],
        bareDefinites: false,
        partyMembers: [],
        formerWords: [],
        adjectiveEndings: [],
        complementEndings: [],
        nameParadigms: [],
        foreignSpellings: [],
        stemVowels: [],
        familyNames: [],
        familyNameFirst: false,
        genitiveEndings: [],
        nominativeEndings: [],
        relativeOpeners: [],
        boundRelatives: [],
        personalRelatives: [],
        partyTags: [],
        descriptionLinks: [],
        genericSubjects: [],
        fromPhrases: [],
        reactionNouns: [],
      }),
    /** Suffix rules that reduce an inflected unknown name to its nominative form (Polish "Trumpem" → "Trump"). */
    nameRules: z.array(NameRuleSchema).default([]),
    /** Calendar words and how dates are written. */
    dates: z.object({
      /** Twelve lists of month forms, January first, every inflected form included. */
      months: z.array(Patterns).length(12),
      /** Seven lists of weekday forms, Monday first. */
      weekdays: z.array(Patterns).length(7),
      /** Words that mark the previous week's day ("last Tuesday", "marțea trecută"). */
      past: Patterns.default([]),
      /** Words next to a weekday that mark the coming one ("next Tuesday", "mardi prochain", "vinerea viitoare", "thứ Sáu tới"). */
      next: Patterns.default([]),
      /**
       * Words of a future tense or a plan ("will", "wird", "vor", "sẽ", "будут"): a weekday a few words
       * after one in its clause is a day to come ("will meet on Friday"), never the day a claim was
       * made nor the day of the event the article reports. An entry "==würden" matches only the word
       * as written with its marks, where the pack's folding would make it another word ("wurden", were).
       */
      future: Patterns.default([]),
      /**
       * Times that say when only vaguely ("earlier this week", "recently", "la începutul săptămânii",
       * "на днях"): in the attribution, the statement was made before the day reported and the text
       * does not say when, so the claim has no date.
       */
      vague: Patterns.default([]),
      /**
       * Words that say the year before the reference date on their own, with no unit and word of the
       * past to pair ("торік", "прошлым летом", "przed rokiem"): the year of what is told (`YYYY`).
       */
      lastYear: Patterns.default([]),
      /**
       * Words between the two dates of a range of days ("from March 10 to March 15", "vom 10.03. bis
       * 15.03.", "с 10 марта по 15 марта"): both ends are the days of what is told — exercises, a
       * visit — never the day of a statement nor of the one-day event the article reports.
       */
      rangeLinks: Patterns.default([]),
      /**
       * Words that open a range of days whose two ends are joined by "and" ("between March 10 and 15",
       * "zwischen dem 10. und 15. März", "între 10 și 15 martie"): both ends are days of what is told,
       * as with `rangeLinks`.
       */
      rangeOpeners: Patterns.default([]),
      /**
       * A day and month with no year written right before a noun in lower case names what happened then
       * ("Sept. 11 victims", "the Jan. 6 committee"): no date of the text. For languages that put such
       * a date before its noun (English); a word of grammar, a reporting verb or a date word after it keeps it a date.
       */
      namesBeforeNouns: z.boolean().default(false),
      /**
       * The language writes its months in lower case (Spanish, French, Italian, Romanian, Polish,
       * Russian, Ukrainian): a month word written with a capital right before another capitalised
       * word is a first name, no date ("Julio Borges", "Abril Moreno", "Avril Dupont").
       */
      monthsLowerCase: z.boolean().default(false),
      /**
       * Short month forms left out of `months` for the other word they are ("mar", the sea; "may", Theresa
       * May), by month number ("3": ["mar"]): right after a day number they are that month ("Madrid, 4 mar (EFE)").
       */
      monthsAfterDay: z.record(z.string(), z.array(z.string())).default({}),
      /** Words right before a weekday that make it the day something is set for ("convocato per giovedì", "pour jeudi", "para el jueves"): a day to come. */
      setFor: Patterns.default([]),
      /**
       * Endings of the forms of a synthetic future, as written in lower case ("-ront": "se rencontreront";
       * "-rán": "se reunirán"; "-rà": "incontrerà"): a word with one before a weekday in its clause
       * counts as a word of `future` (a word written in lower case, two letters longer than the ending at least).
       */
      futureEndings: z.array(z.string()).default([]),
      /**
       * Endings of the forms of the past, as written in lower case ("-ł", "-ли"): a word with one in the
       * clause of a weekday or month undoes a `futureEndings` match there ("W piątek odbyło się
       * posiedzenie": "posiedzenie" is no "zapadnie"), so endings shared with nouns stay safe.
       */
      pastEndings: z.array(z.string()).default([]),
      /**
       * Words right before a past week or month that make it a span up to the day of writing ("over the
       * past week", "trong tuần qua", "за последнюю неделю"): a time not said, never a day of a statement.
       */
      spanBefore: Patterns.default([]),
      /**
       * Words right before a date (an article or a day word may come between) that make it the start of
       * a span up to the day of writing: "since 3 August", "seit dem 3. August", "depuis le 3 août", "с 3
       * августа", "từ ngày 3/8" — the day something began, never the day of a statement nor of the event
       * reported.
       */
      since: Patterns.default([]),
      /**
       * Participles, as stems, that after a word of `future` make a compound past ("serait parti vendredi",
       * "sarebbe partito venerdì": hearsay of the past, not a plan): the day is no day ahead. A word matches a
       * stem and two letters more at most ("partie", "partis").
       */
      compoundPast: z.array(z.string()).default([]),
      /**
       * Words that open a phrase of an earlier event ("after", "nach", "tras", "после"): a date in such a
       * phrase set off by a comma before the statement ("After the explosion on Friday, the mayor said …")
       * is the day of that event mentioned in passing, never the statement's.
       */
      afterOpeners: Patterns.default([]),
      /**
       * Words of `future` that are also a modal of the past ("would", "could"): right before a reporting
       * verb they tell how the statement was made ("On Friday the spokesman would not say …"), and a day
       * before them is the statement's, not one ahead.
       */
      pastModals: z.array(z.string()).default([]),
      /**
       * Endings of participles that qualify a noun, as written in lower case ("-ęta": "przyjęta"; "-тый":
       * "принятый"; "-ée": "adoptée"): one right before a date, its preposition or article between, makes
       * the date the day of what the participle tells ("Przyjęta we wtorek ustawa", "la loi adoptée mardi"),
       * never a statement's — unless an auxiliary, a passive or an adverb comes right before it ("została
       * przyjęta we wtorek"). A word three letters longer than the ending at least.
       */
      participleEndings: z.array(z.string()).default([]),
      /**
       * Endings of active participles of the past, which may tell the speaker's own act: the same as
       * `participleEndings`, but only in what a reporting verb before them says ("заявил, что переговоры,
       * начавшиеся 3 августа, …"); before it the participle may tell where the statement was made
       * ("Выступивший во вторник министр заявил").
       */
      activeParticipleEndings: z.array(z.string()).default([]),
      /** Relative day words: offset in days → forms ("-1": ["yesterday"]). */
      days: z.record(z.string(), Patterns).default({}),
      /**
       * Days counted from the day the text named last, offset in days → forms ("1": ["one day later", "the
       * next day", "a doua zi", "на следующий день", "dzień później", "một ngày sau"): the day that many days
       * after the last day stated before it in the text ("The talks opened on 3 March. One day later, …").
       * Forms that take an object ("the day after the vote") are left out: their day is that of the object.
       */
      later: z.record(z.string(), Patterns).default({}),
      /**
       * Possessive endings that make a date an attribute of the noun after it ("Monday's deadline",
       * "yesterday's vote", "Tuesday’s meeting"): the day of that thing, mentioned in passing, never the
       * day of a statement ("Ahead of Monday's deadline, the minister said …"). As written, apostrophe included.
       */
      possessives: z.array(z.string()).default([]),
      /** Units for "N units ago" (day to year) and for durations the comparison engine compares (second to hour). */
      units: z
        .object({
          /** Forms of "second". */
          second: Patterns.default([]),
          /** Forms of "minute". */
          minute: Patterns.default([]),
          /** Forms of "hour". */
          hour: Patterns.default([]),
          /** Forms of "day". */
          day: Patterns.default([]),
          /** Forms of "week". */
          week: Patterns.default([]),
          /** Forms of "month". */
          month: Patterns.default([]),
          /** Forms of "year". */
          year: Patterns.default([]),
        })
        .default({ second: [], minute: [], hour: [], day: [], week: [], month: [], year: [] }),
      /** Words for small numbers ("a", "one", "o", "două"), value → forms. */
      numbers: z.record(z.string(), Patterns).default({}),
      /** "ago" markers written before ("acum o lună") or after ("a month ago") the amount. */
      agoBefore: Patterns.default([]),
      /** "ago" markers written after the amount ("a month ago"). */
      agoAfter: Patterns.default([]),
      /** Words that may precede a day number ("ngày") or a year ("năm"). */
      dayWords: Patterns.default([]),
      /** Words that may precede a year ("năm"). */
      yearWords: Patterns.default([]),
      /**
       * Words right before a year that stands alone and make it the year of what is told ("in 2019",
       * "en 2019", "nel 2019", "în 2019", "w 2019 roku", "в 2019 году", "năm 2019"); a unit of a
       * year right after it belongs to the date ("году", "roku").
       */
      inYear: Patterns.default([]),
      /** Words between a day number and its month ("3 de mayo"), one word each. */
      monthLinks: Patterns.default([]),
      /** Order of numeric dates such as 28-1 or 1/28: "dmy" or "mdy". */
      numericOrder: z.enum(["dmy", "mdy"]).default("dmy"),
      /**
       * Auxiliaries of a tense that puts a statement before the time of the report with no time of
       * its own, one word each: the pluperfect ("had said", "hatte erklärt", "avait déclaré", "había
       * dicho", "aveva detto") and the English present perfect ("has said"). A claim whose cue has one
       * just before it, and no date of its own, is undated background.
       */
      perfect: Patterns.default([]),
    }),
    /** What the comparison reads in this language (see {@link CompareDataSchema}). */
    compare: CompareDataSchema.default(CompareDataSchema.parse({})),
    /** Page furniture: lines that are never claims, end markers, captions, credits. */
    boilerplate: z.object({
      /** Lines starting with these are never claims ("Przeczytaj:", "Read also", "Citește și"). */
      lineStarts: Patterns.default([]),
      /** Whole lines that mark the end of the article body ("Leave a Reply", "You May Also Like"). */
      endMarkers: Patterns.default([]),
      /** Photo credits and caption markers ("Ảnh:", "Foto:", "Photo:"): a line holding one is a caption. */
      captions: Patterns.default([]),
      /** Words introducing agency credits ("conform", "sursa", "via"). */
      credits: Patterns.default([]),
    }),
  })
  .meta({ id: "LanguagePack" });

/** A language pack as written (lists with defaults may be left out): what `defineLanguagePack` takes. */
export interface LanguagePackInput extends z.input<typeof LanguagePackSchema> {}
/** A validated language pack, every default filled in: what `defineLanguagePack` and `getLanguagePack` return. */
export interface LanguagePack extends z.output<typeof LanguagePackSchema> {}
