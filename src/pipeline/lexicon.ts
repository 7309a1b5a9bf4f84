import type { LanguagePack } from "../schema/pack.js";
import { Matcher } from "../text/matcher.js";
import { compile, type LexiconModel, type MentionEntry, type MentionRef, type Model } from "../model/index.js";
import { tokenize } from "../text/tokens.js";
import { normalizerOf, type Normalizer } from "../text/fold.js";
import { learnEndings, type Ending } from "./endings.js";

export type CueKind =
  | "joint"
  | "cverb"
  | "passive"
  | "as"
  | "neg"
  | "rel"
  | "verb"
  | "impersonal"
  | "noun"
  | "source"
  | "post"
  | "trailing"
  | "retro"
  | "comp"
  | "undated"
  | "denial"
  | "adverbial"
  | "dayPart";
export type { MentionRef } from "../model/index.js";
export type DateRef =
  | { type: "month"; n: number }
  | { type: "weekday"; n: number }
  | { type: "past" }
  | { type: "next" }
  | { type: "future" }
  | { type: "setFor" }
  | { type: "spanBefore" }
  | { type: "since" }
  | { type: "after" }
  | { type: "rangeLink" }
  | { type: "rangeOpen" }
  | { type: "inYear" }
  | { type: "vague" }
  | { type: "lastYear" }
  | { type: "day"; offset: number }
  | { type: "later"; offset: number }
  | { type: "unit"; unit: "day" | "week" | "month" | "year" }
  | { type: "number"; n: number }
  | { type: "agoBefore" }
  | { type: "agoAfter" }
  | { type: "dayWord" }
  | { type: "yearWord" }
  | { type: "monthLink" };
/** What a word of quoting is (pack `reporting.quoting`). */
export type QuotingWord = "verb" | "participle" | "link" | "words" | "wordsVerb" | "passiveMark";
export type BoilerRef = "lineStart" | "end" | "caption" | "credit" | "question";
export type EvalRef = "positive" | "negative" | "neutral";

/** A language pack compiled to matchers under a lexicon; built once per (pack, lexicon) and kept in the model. */
export interface CompiledPack {
  pack: LanguagePack;
  /** The lexicon's look-ups: entities, roles and their holders, issuers. */
  lexicon: LexiconModel;
  /** The pack's declared spelling normalisers: word → look-up key. */
  fold: Normalizer;
  cues: Matcher<CueKind>;
  /** Markers of a past, undated statement, matched on their own (they may sit inside a verb phrase). */
  undated: Matcher<true>;
  /** Nouns that name a news medium (pack `grammar.mediaNouns`). */
  media: Matcher<true>;
  /** Speech acts whose object is their content (pack `reporting.objectVerbs`), found inside a cue. */
  objectVerbs: Matcher<true>;
  /** Verbs that with no content report no speech as often as they do (pack `reporting.otherSenses`). */
  otherSenses: Matcher<true>;
  /** Asking not to be named (pack `reporting.anonymity`): content that opens with one is no claim. */
  anonymity: Matcher<true>;
  /** A raised subject's infinitive (pack `reporting.raising`): a reporting verb right before one is no speech act. */
  raising: Matcher<true>;
  /** Verbs of aspect before a reporting verb (pack `reporting.aspectual`): "kept saying", "continued to insist". */
  aspectual: Matcher<true>;
  /** Compound prepositions of origin (pack `grammar.fromPhrases`: "din partea", "de la part"), before a body that speaks. */
  fromPhrases: Matcher<true>;
  /** Verbs whose object is the person addressed (pack `reporting.addresseeVerbs`), found inside a cue. */
  addresseeVerbs: Matcher<true>;
  /** A document and the word that names its author (pack `reporting.documentSources`): "statement from". */
  documentSources: Matcher<true>;
  /** Verbs and their nouns of concern (pack `reporting.supportVerbs`): "raised … concerns". */
  supportVerbs: Matcher<true>;
  supportNouns: Matcher<true>;
  /** Verbs of agreeing and discussing (pack `reporting.jointVerbs`), found inside a cue. */
  joint: Matcher<true>;
  /** The words of quoting (pack `reporting.quoting`), matched on their own: a verb may also be a cue. */
  quoting: Matcher<QuotingWord>;
  /**
   * Words pointing back to the sentence before (pack `reporting.retrospective`: "Об этом", "Lo ha"),
   * matched apart from the other cues: they may share a word with the reporting verb after them
   * ("Lo ha riferito" holds "ha riferito").
   */
  retro: Matcher<true>;
  /** Prepositions of a person's view at the start of a sentence (pack `reporting.opinionSources`). */
  opinion: Matcher<true>;
  /** Verb forms of the mood of reported speech (pack `reporting.reportedMood`). */
  mood: Matcher<true>;
  /**
   * The same forms as written (lower case, NFC, marks kept): a mood is told by its marks
   * (German "würden" against the indicative "wurden"), so a form found under folding counts only
   * when it is spelled as listed.
   */
  moodForms: ReadonlySet<string>;
  mentions: Matcher<MentionRef>;
  /** The forms of roles in the pack's language (the pack's and the lexicon's), for the words of titles. */
  roleForms: readonly MentionEntry[];
  topics: Matcher<string>;
  dates: Matcher<DateRef>;
  boiler: Matcher<BoilerRef>;
  evaluative: Matcher<EvalRef>;
  abbreviations: Set<string>;
  /** Month forms as written (lower case, diacritics kept), for months that stand alone. */
  monthWords: Set<string>;
  /** Words of the future written with their marks (pack `dates.future` entries "==würden"), lower case: "würden", not "wurden". */
  futureExact: ReadonlySet<string>;
  /** Units of time by the look-up key of their one-word forms ("week", "tuần"), for a word of the past that holds its unit ("tuần trước"). */
  unitKeys: ReadonlyMap<string, "day" | "week" | "month" | "year">;
  /** Look-up keys of the auxiliaries of an undated past tense (pack `dates.perfect`: "had", "hatte", "avait"). */
  perfect: ReadonlySet<string>;
  openers: Map<string, Set<string>>;
  dashes: Set<string>;
  /** Classes of function words (bits of {@link W}), by folded word. */
  words: Map<string, number>;
  /** Case endings learnt from the pack's own inflected forms (see endings.ts). */
  endings: Ending[];
  /** Prepositions and nouns of information that make a source phrase ("nach jüngsten Untersuchungen"), folded. */
  sourcePrepositions: Set<string>;
  sourceNouns: Set<string>;
  /** Nouns of a claim (pack `reporting.claimNouns`), folded: the object of a speech act. */
  claimNouns: Set<string>;
  /** Nouns of evidence (pack `reporting.evidenceNouns`), folded: "Polls show …", "the report found …". */
  evidenceNouns: Set<string>;
  /** Modals of hearsay and auxiliaries of the perfect infinitive (pack `reporting.hearsayModals`, `perfectAuxiliaries`), folded. */
  hearsayModals: Set<string>;
  perfectAuxiliaries: Set<string>;
  /** Nouns of companies and other bodies (pack `reporting.bodyNouns`), folded: what "it" refers to after "The company said". */
  bodyNouns: Set<string>;
  /** Nouns of what is known so far (pack `reporting.knowledgeNouns`), as token keys: no source without an owner after them. */
  knowledgeNouns: Set<string>;
  /** Nouns of a plan or schedule (pack `reporting.planNouns`), as token keys: no source without an owner after them. */
  planNouns: Set<string>;
  /** First-person pronouns after a source cue (pack `reporting.authorPronouns`), as token keys: the author's view, no claim. */
  authorPronouns: Set<string>;
  /** Forms of reporting verbs that are as often plural nouns (pack `reporting.nounForms`), as token keys. */
  nounForms: Set<string>;
  /**
   * One-word passive participles (pack `reporting.passives`) written, in lower case, as no verb form of
   * `reporting.verbs`, which they match only once diacritics are folded ("annoncé" / "annonce").
   */
  passiveOnly: Set<string>;
  /** Forms of the nouns of public bodies (pack `grammar.institutionNouns`), by token key: the base form. */
  institutionBase: Map<string, string>;
  /** A compound noun that ends with the noun of a public body (pack `grammar.bodySuffixes`), on token keys; null when none. */
  bodySuffix: RegExp | null;
  /** Bare forms of separable reporting verbs that need their particle (pack `reporting.particleVerbs`), as token keys. */
  particleVerbs: Set<string>;
  /** Words that open a relative clause after a comma (pack `grammar.relativeOpeners`), as token keys. */
  relativeOpeners: Set<string>;
  /** Nouns of a reaction whose complement names who reacted (pack `grammar.reactionNouns`), as token keys. */
  reactionNouns: Set<string>;
  /** Words that open a relative clause with no comma after its noun (pack `grammar.boundRelatives`), as token keys. */
  boundRelatives: Set<string>;
  /** Determiners that are never nominative (pack `grammar.oblique`), lower case: no part of a description's name. */
  obliqueWords: Set<string>;
  /** Endings of adverbs (pack `grammar.adverbSuffixes`), on folded words at least four letters longer. */
  adverbSuffix: RegExp | null;
  /** Endings of a noun with its article attached (pack `grammar.articleSuffixes`), on folded words at least three letters longer. */
  articleSuffix: RegExp | null;
  /** A party tag in brackets after a name (pack `grammar.partyTags`): "(D-Mass.)", "(R-Texas)". */
  partyTag: RegExp | null;
  /** The same tag set off by commas, AP style (", R-Wis.,"). */
  partyTagComma: RegExp | null;
  /** Words that tie a complement to a speaker's description (pack `grammar.descriptionLinks`), as token keys. */
  links: string[][];
}

/** Classes of function words (pack `grammar`, pronouns, relatives, complementizers), as bits. */
export const W = {
  det: 1,
  nom: 2,
  prep: 4,
  join: 8,
  conj: 16,
  adv: 32,
  nonName: 64,
  thing: 128,
  title: 256,
  pronoun: 512,
  rel: 1024,
  comp: 2048,
  and: 4096,
  aux: 8192,
  passive: 16384,
  agent: 32768,
} as const;

/** The matchers of a pack under a model's lexicon (the built-in one by default), compiled once and kept in the model. */
export function compilePack(pack: LanguagePack, model: Model = compile()): CompiledPack {
  return model.view(pack, "extract", () => build(pack, model));
}

function build(pack: LanguagePack, model: Model): CompiledPack {
  const fold = normalizerOf(pack.matching);
  const wordSet = (words: readonly string[]): Matcher<true> => {
    const m = new Matcher<true>(fold);
    m.addAll(words, true);
    return m;
  };
  const r = pack.reporting;
  const cues = new Matcher<CueKind>(fold);
  cues.addAll(r.verbs, "verb");
  cues.addAll(r.contentVerbs, "cverb");
  cues.addAll(r.jointVerbs, "joint");
  cues.addAll(r.passives ?? [], "passive");
  const media = wordSet(pack.grammar.mediaNouns);
  const objectVerbs = wordSet(r.objectVerbs);
  const otherSenses = wordSet(r.otherSenses);
  const anonymity = wordSet(r.anonymity ?? []);
  const raising = wordSet(r.raising ?? []);
  const aspectual = wordSet(r.aspectual ?? []);
  const fromPhrases = wordSet(pack.grammar.fromPhrases);
  const addresseeVerbs = wordSet(r.addresseeVerbs);
  const documentSources = wordSet(r.documentSources);
  const joint = wordSet(r.jointVerbs);
  const supportVerbs = wordSet(r.supportVerbs?.verbs ?? []);
  const supportNouns = wordSet(r.supportVerbs?.nouns ?? []);
  const retro = wordSet(r.retrospective);
  const quoting = new Matcher<QuotingWord>(fold);
  const q = r.quoting ?? { verbs: [], participles: [], links: [], words: [], wordsVerbs: [], passiveMarks: [] };
  quoting.addAll(q.verbs, "verb");
  quoting.addAll(q.participles, "participle");
  quoting.addAll(q.links, "link");
  quoting.addAll(q.words, "words");
  quoting.addAll(q.wordsVerbs, "wordsVerb");
  quoting.addAll(q.passiveMarks, "passiveMark");
  cues.addAll(r.impersonal, "impersonal");
  cues.addAll(r.nouns, "noun");
  cues.addAll(r.sources, "source");
  cues.addAll(r.trailingSources, "trailing");
  cues.addAll(r.postSources, "post");
  // (a complementizer first: a word that is also a relative pronoun — "que", "che" — is a complementizer
  // cue, and a relative pronoun by its word class only)
  cues.addAll(r.complementizers, "comp");
  cues.addAll(r.relatives, "rel");
  cues.addAll(r.negations, "neg");
  cues.addAll(r.asSources, "as");
  const undated = wordSet(r.undated);
  const opinion = wordSet(r.opinionSources ?? []);
  // (adverbials of several words, skipped between a verb and its subject as dates are: "ha affermato poco dopo il sindaco")
  cues.addAll(pack.grammar.adverbPhrases, "adverbial");
  // (a part of the day next to a date, skipped with it: "a indiqué mardi soir le syndicat")
  cues.addAll(pack.grammar.dayParts, "dayPart");
  const mood = wordSet(r.reportedMood);
  cues.addAll(r.denials, "denial");

  const mentions = new Matcher<MentionRef>(fold);
  const refs = new Map<string, MentionRef>();
  const refOf = (type: "entity" | "role", id: string, caps: boolean): MentionRef => {
    const k = `${type}:${id}:${caps}`;
    let r = refs.get(k);
    const entity = type === "entity" ? model.lexicon.entity(id) : undefined;
    if (!r) refs.set(k, (r = type === "role" ? { type, id } : { type, id, ...(caps ? { caps: true as const } : {}), ...(entity ? { entity } : {}) }));
    return r;
  };
  for (const m of model.mentionsOf(pack)) {
    // Acronyms among the shared names ("UN", "AP") match only in capitals: "un" is an article in four languages.
    mentions.add(m.pattern, refOf(m.type, m.id, m.shared && m.type === "entity" && /^[\p{Lu}\d.]+$/u.test(m.pattern) && m.pattern.length <= 5));
  }
  mentions.addAll(r.pronouns, { type: "pronoun" });
  mentions.addAll(r.partitivePeople, { type: "pronoun", part: true });
  mentions.addAll(r.anaphors, { type: "anaphor" });
  mentions.addAll(r.pairPronouns, { type: "role", id: "both-leaders", bare: true });

  const topics = new Matcher<string>(fold);
  for (const [id, forms] of Object.entries(pack.topics)) topics.addAll(forms, id);
  for (const [id, forms] of model.topicsOf(pack)) topics.addAll(forms, id);

  const d = pack.dates;
  const dates = new Matcher<DateRef>(fold);
  d.months.forEach((forms, n) => dates.addAll(forms, { type: "month", n }));
  d.weekdays.forEach((forms, n) => dates.addAll(forms, { type: "weekday", n }));
  dates.addAll(d.past, { type: "past" });
  for (const [off, forms] of Object.entries(d.days)) dates.addAll(forms, { type: "day", offset: Number(off) });
  for (const [off, forms] of Object.entries(d.later)) dates.addAll(forms, { type: "later", offset: Number(off) });
  for (const unit of ["day", "week", "month", "year"] as const) dates.addAll(d.units[unit], { type: "unit", unit });
  for (const [n, forms] of Object.entries(d.numbers)) dates.addAll(forms, { type: "number", n: Number(n) });
  dates.addAll(d.agoBefore, { type: "agoBefore" });
  dates.addAll(d.agoAfter, { type: "agoAfter" });
  dates.addAll(d.dayWords, { type: "dayWord" });
  dates.addAll(d.yearWords, { type: "yearWord" });
  dates.addAll(d.monthLinks, { type: "monthLink" });
  // (after the calendar's own words: a word that is both reads first as those — "anul trecut")
  dates.addAll(d.next, { type: "next" });
  // ("==würden": the word as written, where folding would make it another — "wurden", were)
  dates.addAll(
    d.future.filter((f) => !f.startsWith("==")),
    { type: "future" },
  );
  dates.addAll(d.setFor, { type: "setFor" });
  dates.addAll(d.spanBefore, { type: "spanBefore" });
  dates.addAll(d.since, { type: "since" });
  dates.addAll(d.afterOpeners, { type: "after" });
  dates.addAll(d.rangeLinks, { type: "rangeLink" });
  dates.addAll(d.rangeOpeners, { type: "rangeOpen" });
  dates.addAll(d.inYear, { type: "inYear" });
  dates.addAll(d.vague, { type: "vague" });
  dates.addAll(d.lastYear, { type: "lastYear" });

  const boiler = new Matcher<BoilerRef>(fold);
  boiler.addAll(pack.boilerplate.lineStarts, "lineStart");
  boiler.addAll(pack.boilerplate.endMarkers, "end");
  boiler.addAll(pack.boilerplate.captions, "caption");
  boiler.addAll(pack.boilerplate.credits, "credit");
  boiler.addAll(r.questionLabels, "question");

  const evaluative = new Matcher<EvalRef>(fold);
  evaluative.addAll(pack.evaluative.positive, "positive");
  evaluative.addAll(pack.evaluative.negative, "negative");
  evaluative.addAll(pack.evaluative.neutral, "neutral");

  const openers = new Map<string, Set<string>>();
  for (const [o, c] of pack.quotes.pairs) {
    if (!openers.has(o)) openers.set(o, new Set());
    openers.get(o)!.add(c);
  }
  const words = new Map<string, number>();
  const g = pack.grammar;
  const single = (list: readonly string[], bit: number) => {
    for (const w of list) {
      const t = tokenize(w.replace(/\*$/, ""), fold);
      if (t.length === 1) words.set(t[0]!.key, (words.get(t[0]!.key) ?? 0) | bit);
    }
  };
  single(g.determiners, W.det);
  single(g.nominative, W.nom);
  single(g.prepositions, W.prep);
  single(g.joiners, W.join);
  single(g.conjunctions, W.conj);
  single(g.coordinators, W.conj | W.and);
  single(g.adverbs, W.adv);
  single(g.nonNames, W.nonName);
  single(g.thingPronouns, W.thing | W.nonName);
  single(g.titles, W.title);
  single(g.auxiliaries, W.aux);
  single(g.passive, W.aux | W.passive);
  single(g.agents, W.agent);
  single(r.pronouns, W.pronoun | W.nonName);
  single(r.relatives, W.rel);
  single(r.complementizers, W.comp);
  const compiled: CompiledPack = {
    pack,
    lexicon: model.lexicon,
    roleForms: model.mentionsOf(pack).filter((m) => m.type === "role"),
    fold,
    cues,
    joint,
    quoting,
    retro,
    media,
    objectVerbs,
    otherSenses,
    anonymity,
    raising,
    aspectual,
    fromPhrases,
    addresseeVerbs,
    documentSources,
    supportVerbs,
    supportNouns,
    undated,
    opinion,
    mood,
    moodForms: new Set(r.reportedMood.map((f) => f.toLowerCase().normalize("NFC"))),
    mentions,
    topics,
    dates,
    boiler,
    evaluative,
    words,
    endings: learnEndings(pack),
    sourcePrepositions: new Set(r.sourcePrepositions.map((w) => fold(w))),
    sourceNouns: new Set(r.sourceNouns.map((w) => fold(w.replace(/\*$/, "")))),
    claimNouns: new Set(r.claimNouns.map((w) => fold(w.replace(/\*$/, "")))),
    evidenceNouns: new Set(r.evidenceNouns.map((w) => fold(w))),
    hearsayModals: new Set(r.hearsayModals.map((w) => fold(w))),
    perfectAuxiliaries: new Set(r.perfectAuxiliaries.map((w) => fold(w))),
    bodyNouns: new Set(r.bodyNouns.map((w) => fold(w))),
    knowledgeNouns: new Set(r.knowledgeNouns.flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    planNouns: new Set((r.planNouns ?? []).flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    authorPronouns: new Set((r.authorPronouns ?? []).flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    nounForms: new Set((r.nounForms ?? []).flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    passiveOnly: passiveOnly(r.passives ?? [], r.verbs),
    institutionBase: new Map(
      (pack.grammar.institutionNouns ?? []).flatMap((forms) =>
        forms.flatMap((f) => {
          const ts = tokenize(f, fold);
          return ts.length === 1 ? [[ts[0]!.key, forms[0]!] as [string, string]] : [];
        }),
      ),
    ),
    bodySuffix: g.bodySuffixes.length ? new RegExp(`^[\\p{L}-]{3,}(?:${g.bodySuffixes.map((x) => fold(x).replace(/[^\p{L}]/gu, "")).join("|")})$`, "u") : null,
    particleVerbs: new Set((r.particleVerbs ?? []).flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    relativeOpeners: new Set(g.relativeOpeners.flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    reactionNouns: new Set((g.reactionNouns ?? []).flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    boundRelatives: new Set(g.boundRelatives.flatMap((w) => tokenize(w, fold).map((t) => t.key))),
    obliqueWords: new Set((g.oblique ?? []).map((w) => w.toLowerCase())),
    adverbSuffix: g.adverbSuffixes.length
      ? new RegExp(
          `^[\\p{L}]{4,}(?:${g.adverbSuffixes
            .map((x) => fold(x).replace(/[^\p{L}]/gu, ""))
            .filter(Boolean)
            .join("|")})$`,
          "u",
        )
      : null,
    articleSuffix: (g.articleSuffixes ?? []).length
      ? new RegExp(
          `^[\\p{L}]{3,}(?:${g.articleSuffixes
            .map((x) => fold(x).replace(/[^\p{L}]/gu, ""))
            .filter(Boolean)
            .join("|")})$`,
          "u",
        )
      : null,
    partyTag: partyTagPattern(g.partyTags ?? []),
    partyTagComma: partyTagCommaPattern(g.partyTags ?? []),
    links: (g.descriptionLinks ?? []).map((w) => tokenize(w, fold).map((t) => t.key)).filter((l) => l.length > 0),
    abbreviations: new Set(pack.sentences.abbreviations.map((a) => a.toLowerCase())),
    perfect: new Set(d.perfect.flatMap((f) => tokenize(f, fold).map((t) => t.key))),
    unitKeys: new Map(
      (["day", "week", "month", "year"] as const).flatMap((u) =>
        d.units[u]
          .map((f) => tokenize(f.replace(/\*$/, ""), fold))
          .filter((t) => t.length === 1)
          .map((t) => [t[0]!.key, u] as const),
      ),
    ),
    futureExact: new Set(d.future.filter((f) => f.startsWith("==")).map((f) => f.slice(2).toLowerCase().normalize("NFC"))),
    monthWords: new Set(d.months.flat().map((f) => f.toLowerCase().normalize("NFC").replace(/\*$/, ""))),
    openers,
    dashes: new Set(pack.quotes.dashes),
  };
  return compiled;
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The labels as one alternation of a regular expression, longest first. */
const alternation = (tags: readonly string[]) =>
  [...tags]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");

/**
 * A party tag in brackets (blankPartyTags checks that a word in capitals, the end of a name, stands
 * right before it): a party label of the pack, alone or followed by a dash or comma and a place of at most three words in capitals
 * ("(D-Mass.)", "(R-Texas)", "(D., N.Y.)", "(D-New York)", "(SPD)"). Matches the bracket.
 */
function partyTagPattern(tags: readonly string[]): RegExp | null {
  if (tags.length === 0) return null;
  const labels = alternation(tags);
  return new RegExp(`\\((?:${labels})\\.?(?:[ \\t]*[-–,][ \\t]*\\p{Lu}[\\p{L}.'’]*(?:[ \\t]\\p{Lu}[\\p{L}.'’]*){0,2})?\\)`, "gu");
}

/**
 * A party tag set off by commas after a name, AP style: a label, a hyphen and a state in capitals
 * (", R-Wis.,", ", D-N.Y.,", ", D-New York,"). Matches from the comma to the end of the state.
 */
function partyTagCommaPattern(tags: readonly string[]): RegExp | null {
  if (tags.length === 0) return null;
  const labels = alternation(tags);
  return new RegExp(`,[ \\t]*(?:${labels})-\\p{Lu}[\\p{L}.]*(?:[ \\t]\\p{Lu}[\\p{L}.]*)?(?=[,;:)]|[ \\t\\n]|$)`, "gu");
}

/** See `CompiledPack.passiveOnly`. */
function passiveOnly(passives: readonly string[], verbs: readonly string[]): Set<string> {
  const exact = new Set(verbs.map((v) => v.toLowerCase()));
  return new Set(passives.map((p) => p.toLowerCase()).filter((p) => !p.includes(" ") && !exact.has(p)));
}
