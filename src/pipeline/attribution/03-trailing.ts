import { commaBeforeToken } from "../../text/tokens.js";
import { apposition, implicitSubject, isPerson, isRole, pluralCue } from "../speakers.js";
import { particleOf } from "./clause.js";
import { W } from "../lexicon.js";
import { addresseeForm, bodyAfter, bodyBeforeOffice, phraseAfter, phraseBefore, separates, soft, wordClass } from "./phrase.js";
import { acronymBefore, semicolonClause } from "./sources.js";
import { implicit, makeDraft, sepBefore, wordsIn } from "./region.js";
import { rest, skipDates } from "./sentence.js";
import {
  addressedMedium,
  moodFormIn,
  resolve,
  titleBefore,
  titleSubject,
  speakerAfter,
  speakerOfPhrase,
  subjectAfter,
  subjectBefore,
  subjectPhraseBefore,
} from "./subjects.js";
import type { AttributionRule, Cue, Draft, SentenceCues, SentenceInfo } from "./types.js";
import { reportingVerb } from "./07-reporting-verb.js";

/**
 * Trailing attribution: content first, then the cue and its speaker, then the end of the
 * sentence — or a wire credit ("…”, a declarat Peskov, citat de agenția TASS.") or circumstance
 * ("sagte Selenskyj vor Journalisten in Kiew"). Also a quotation split by its attribution
 * („Nu vom ceda”, a spus Zelenski, „niciun centimetru…”).
 */
export const trailing: AttributionRule = {
  name: "trailing",
  apply(ctx, s, cues) {
    const { verbs, impersonal, sources, trailing } = cues;
    const { text, tokens } = ctx;
    const firstTok = s.t0;
    // (a source phrase, or the medium the speaker told: "…, sagte X dem Sender „Radio Nord“", "…, X told the
    // newspaper “The Ledger”", "w rozmowie z gazetą …": a noun of the media list within the next four words, with nothing after
    // it but the medium's name and circumstance)
    const mediumAt = (j: number) => {
      const m = ctx.cp.media.matchAt(tokens, j, text);
      return !!m && m.to === j + 1;
    };
    const creditFrom = (k: number) =>
      sources.some((x) => x.from >= k && x.from <= k + 1) || ([k, k + 1, k + 2, k + 3].some((j) => j < s.t1 && mediumAt(j)) && adverbial(k));
    // What follows the speaker is circumstance, not content: short, and no cue or complementizer in it
    // ("sagte Selenskyj vor Journalisten in Kiew", "a résumé …, Iouri Ouchakov, lors d'un point de presse").
    // (Or a longer clause set off by a comma: "“…,” said one official, speaking on condition of anonymity to discuss the talks.")
    const adverbial = (k: number) =>
      (rest(s, k, tokens) <= 8 || (rest(s, k, tokens) <= 16 && k < s.t1 && /^\s*,/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) &&
      !s.cues.some((x) => x.from >= k && (x.kind === "verb" || x.kind === "comp" || x.kind === "impersonal"));
    const dash = ctx.cp.dashes.has(text.charAt(s.start));
    for (const c of [...verbs, ...impersonal, ...sources, ...trailing]) {
      // Content first: at least three words, or a quotation however short ("«Мы готовы», — сказал Песков.").
      if (c.from - firstTok < 3 && !s.quotes.some((q) => q.start === s.start && q.end <= c.start)) continue;
      // (Not the title of a medium told, closed right before the cue: "In einem Interview der „SZ“ sagte Müller, …".)
      if (titleBefore(ctx, s, c)) continue;
      // (Nor the title of a medium that is the subject, after an article that opens the clause: "Wie die „Süddeutsche Zeitung“ meldete, …".)
      if (titleSubject(ctx, s, c)) continue;
      // (A cue may end with its complementizer: "…, aggiungendo che i documenti saranno verificati".)
      const compNext =
        (c.to - c.from > 1 && (wordClass(ctx.cp, tokens[c.to - 1]) & W.comp) !== 0) ||
        s.cues.some((x) => x.kind === "comp" && x.from >= c.to && x.from <= skipDates(s, c.to, tokens) + 1);
      // A subject between the opening quotation and the cue: what follows the verb is its object or
      // addressee, not an inverted speaker ("“…,” a spokeswoman, Ana Ruiz, told Reuters by phone").
      const subjectFirst = s.quotes.some((q) => q.start === s.start && q.end <= c.start && wordsIn(text, [q.end, c.start]) > 0);
      // A cue that holds its subject pronoun, inverted after a quotation ("« … », a-t-il déclaré devant la
      // presse"), has no subject after it.
      const inverted = c.kind === "verb" && tokens.slice(c.from, c.to).some((t) => ((ctx.cp.words.get(t.key) ?? 0) & W.pronoun) !== 0);
      const known =
        compNext || subjectFirst || inverted
          ? null
          : (subjectAfter(ctx, s, skipDates(s, c.to, tokens), 1) ??
            (c.kind !== "verb"
              ? // (or one that takes in the cue's last word: "говорится в сообщении Кремля", a source named with its statement)
                (s.mentions.find(
                  (m) => (m.from >= c.to || (m.from > c.from && m.to > c.to)) && m.from <= c.to + 4 && m.ref.type !== "pronoun" && m.ref.type !== "anaphor",
                ) ?? null)
              : null));
      // A speaker no lexicon knows, after a separator that closes the content ("“…,” said the fire chief").
      // (A bracket that closes a body's acronym ends its subject, not content: "The … Service (SVR) said …".)
      if (acronymBefore(ctx, s, c.from)) continue;
      const open =
        !known && !compNext && !subjectFirst && !inverted && sepBefore(text, s.start, c.start) ? speakerAfter(ctx, s, skipDates(s, c.to, tokens), 1) : null;
      const after = known ?? open?.m ?? null;
      const resolveAfter = () => (known ? resolve(ctx, known) : (open?.speaker ?? null));
      // „Nu vom ceda”, a spus Zelenski, „niciun centimetru…”: the attribution splits one quotation.
      // (So does one between spaced hyphens, which end no sentence: "«…, - сказал он. - Но …»"; and one between dashes
      // joined to its words, a comma after the second: "«… —afirmó el ministro—, porque …»".)
      const resume = after
        ? s.quotes.find(
            (q) =>
              q.start >= after.end &&
              /^(?:[\s,]*[—–-]?[,;]?|\.\s+-)\s*$/u.test(text.slice(after.end, q.start)) &&
              /^[\s.!?…]*$/u.test(text.slice(q.end, s.end)),
          )
        : undefined;
      // (The attribution stands between two parts of the quotation: one closes right before the cue. In "Trump, in
      // a tweet, called the investigation “a witch hunt.”" the comma closes a parenthesis and the phrase is an object.)
      const split = s.speech !== null || dash || s.quotes.some((q) => q.end <= c.start && /^[\s,–—-]*$/u.test(text.slice(q.end, c.start)));
      if (sepBefore(text, s.start, c.start) && after && resume && split) {
        const sp = resolveAfter();
        if (sp) {
          const d = makeDraft(ctx, s, sp, [s.start, resume.end], c, [[c.start, after.end]], 0.9);
          if (d) return { ...d, kind: "direct" };
        }
      }
      // Circumstance after the speaker is allowed only after a quotation or dash dialogue: "…, accused the
      // Kremlin of stalling" has an object after the verb, not an inverted speaker.
      // (Not a quotation that closes a relative clause on the subject that opens the sentence: "Rand Paul, who
      // called the measure “Obamacare lite,” said he …" — Paul speaks, and what follows the verb is content.)
      const relative = subjectPhraseBefore(ctx, s, c.from);
      const closesRelative =
        !!relative &&
        relative.phrase.from === s.t0 &&
        s.quotes.some((q) => q.start > relative.phrase.end && q.end <= c.start) &&
        relative.phrase.to < s.t1 &&
        (wordClass(ctx.cp, tokens[relative.phrase.to]) & W.rel) !== 0;
      if (closesRelative) continue;
      const afterQuote = s.speech !== null || dash || s.quotes.some((q) => q.end <= c.start && /^[\s,–—]*$/u.test(text.slice(q.end, c.start)));
      // (a date or a statement noun after the speaker is part of the attribution: "…, the Kremlin said in a statement.")
      // (A speaker no lexicon knows must end the sentence, or follow a quotation: in "The memo, first reported
      // by the Post, says the agency ignored the warnings" the comma closes a parenthesis, not content.)
      // (Nor after a subject of its own: "Johnson, who spoke at a rally, promised to cut taxes.")
      // (The particle of a separable verb may follow it: "…, teilte die Polizei mit.")
      const tail = after ? skipDates(s, after.to, tokens) : s.t1;
      const left = rest(s, tail, tokens) - (tail < s.t1 && particleOf(ctx, ctx.cp.cues, c, tail) ? 1 : 0);
      // (When that particle closes the sentence, what stands between the speaker and it is circumstance:
      // "…, teilte die Polizei in Denver mit.", "…, teilte ein Sprecher dem Sender mit.")
      const particleEnds = c.kind === "verb" && s.t1 - 1 > c.to && particleOf(ctx, ctx.cp.cues, c, s.t1 - 1);
      // (a subject that opens the sentence with its apposition — "The Kremlin spokesman, Dmitry Peskov, said the call
      // went well" — makes the phrase after the verb its content)
      const before = left === 0 ? subjectPhraseBefore(ctx, s, c.from) : null;
      // (a title may open the sentence before it: "Ông Nguyễn Văn An, giám đốc công ty, cho biết …")
      const opensSentence = (from: number) => {
        let k = s.t0;
        while (k < from && wordClass(ctx.cp, tokens[k]) & W.title) k++;
        return k === from;
      };
      // (Or be followed by a relative clause on it, set off by a comma, with no cue in it: "…, said Maria Lopes, who
      // heads the group.")
      const relTail =
        !!after && after.to < s.t1 && (wordClass(ctx.cp, tokens[after.to]) & W.rel) !== 0 && commaBeforeToken(text, tokens, after.to) && adverbial(after.to);
      // (Or by the medium told, in the dative: "…, sagte der Minister der Zeitung „Die Welt“", "…, sagte Müller dem „Spiegel“".)
      // (Also at the end of a short circumstance: "…, sagte Müller im Gespräch mit dem „Spiegel“".)
      // (Or by the people told, in a case of their own, then circumstance: "…, сказал министр Иван Петров журналистам в Москве",
      // "…, powiedział rzecznik Jan Kowal dziennikarzom" — pack `grammar.addresseeEndings`.)
      const told =
        (!!after && adverbial(after.to) && [0, 1, 2, 3].some((i) => addressedMedium(ctx, s, after.to + i))) ||
        (!!after && after.to < s.t1 && soft(ctx, after.to) && addresseeForm(ctx.cp, tokens[after.to]!) && adverbial(after.to + 1));
      // (Or by circumstance after content in the mood of reported speech, set off by a comma right before the verb:
      // "Die Branche stehe unter Druck, schrieb die Commerzbank in einer Studie." — a clause, not a parenthesis.)
      const moodContent =
        c.kind === "verb" && c.from > s.t0 && /^\s*,\s*$/u.test(text.slice(tokens[c.from - 1]!.end, c.start)) && moodFormIn(ctx, s, s.t0, c.from);
      const ends =
        !open ||
        afterQuote ||
        moodContent ||
        particleEnds ||
        relTail ||
        told ||
        (left === 0 && !opensSentence(Math.min(before?.phrase.from ?? -1, before?.role?.from ?? Infinity)));
      if (
        sepBefore(text, s.start, c.start) &&
        after &&
        ends &&
        (rest(s, skipDates(s, after.to, tokens), tokens) <= 2 ||
          (c.kind !== "source" && c.kind !== "trailing" && creditFrom(after.to)) ||
          told ||
          ((afterQuote || particleEnds || relTail || moodContent) && adverbial(after.to)))
      ) {
        const sp = resolveAfter();
        // A source closing a sentence that has its own reporting verb and subject is a credit (media)
        // or the channel of the report ("…, selon le compte rendu publié à Washington"), not the speaker.
        // (So is a verb closing a sentence whose own subject, verb and complementizer come first: in "Lula aseguró
        // que …, según informó la presidencia", "Macron a affirmé que …, a annoncé l'Élysée" Lula and Macron speak.)
        const relayed = (v: (typeof verbs)[number]) =>
          !v.joint &&
          s.cues.some((x) => x.kind === "comp" && x.from >= v.to && x.from <= v.to + 2) &&
          (subjectBefore(ctx, s, v) !== null || subjectPhraseBefore(ctx, s, v.from) !== null);
        const credit = verbs.some(
          (v) =>
            v.from < c.from && (sp?.kind === "media" || ((c.kind === "source" || c.kind === "trailing") && subjectBefore(ctx, s, v) !== null) || relayed(v)),
        );
        // (a source phrase's content from the last semicolon before it: "Lawmakers meet next week; the deficit grew, according to the CBO.")
        const from = c.kind === "source" ? semicolonClause(text, s.start, c.start, c.start)[0] : s.start;
        if (sp && !credit) return makeDraft(ctx, s, sp, [from, c.start], c, [[c.start, after.end]], 0.9);
      }
      // (with no quotation closed before the cue, only after a comma: in "Trump said he would jail her, a threat
      // critics called “un-American.”" the quotation is the object of "called")
      const quotedBefore = s.quotes.some((x) => x.end <= c.start);
      const resumed =
        c.kind === "verb"
          ? s.quotes.find(
              (q) =>
                q.start >= c.end &&
                /^[\s.!?…]*$/u.test(text.slice(q.end, s.end)) &&
                ((quotedBefore ? /^[\s,]*$/u : /^\s*,\s*$/u).test(text.slice(c.end, q.start)) ||
                  // (or a colon, after a quotation that opens the sentence: "“Let me be clear,” Hollis said: “this …”")
                  (/^\s*:\s*$/u.test(text.slice(c.end, q.start)) && s.quotes.some((x) => x.start === s.start && x.end <= c.start)) ||
                  // (after a short circumstance closed by a comma: "“…,” Trump said Tuesday at a rally in Iowa, “and …”")
                  (s.quotes.some((x) => x.start === s.start && x.end <= c.start) &&
                    /^[^.;:!?„“”"«»]*,\s*$/u.test(text.slice(c.end, q.start)) &&
                    wordsIn(text, [c.end, q.start]) <= 8 &&
                    !s.cues.some((x) => x !== c && x.start >= c.end && x.end <= q.start && (x.kind === "verb" || x.kind === "comp")))),
            )
          : undefined;
      // "Sean Spicer, rzecznik Białego Domu, stwierdził:" — a colon after the verb: the content follows it.
      const opensNext = /^\s*:\s*$/u.test(text.slice(c.end, s.end));
      // The content before a trailing subject and verb is a quotation or a few words at least (not a name in apposition).
      // The quotation that opens the sentence is the content when a comma or dash closes it; the words
      // between it and the subject are the speaker's apposition ("“…,” a spokeswoman for Ferris Storage, Ana Ruiz, said").
      const quotedUpTo = (end: number) =>
        s.quotes.find((q) => q.start === s.start && q.end < end && /[,–—]/u.test(text.slice(q.end - 3, q.end + 2)))?.end ?? end;
      const enough = (end: number) => wordsIn(text, [s.start, end]) >= 3 || s.quotes.some((q) => q.end <= end);
      // (After a quotation, a short circumstance may follow the verb: "“…,” a spokeswoman, Ana Ruiz, said in an email.")
      const circumstance =
        s.quotes.some((q) => q.start === s.start && q.end <= c.start) && sepBefore(text, s.start, c.start) && adverbial(skipDates(s, c.to, tokens));
      // (Not after a source phrase that opens the sentence with no quotation: in "According to the Department of
      // Labor, the economy added jobs." the phrase is the source and "added" no cue of its own.)
      const sourceFirst = sources.some((x) => x.from <= s.t0 + 1 && x.to <= c.from) && !s.quotes.some((q) => q.end <= c.start);
      if (
        c.kind === "verb" &&
        !opensNext &&
        !sourceFirst &&
        (rest(s, skipDates(s, c.to, tokens), tokens) <= 1 || resumed || circumstance || circumstanceAfter(ctx, s, c, adverbial))
      ) {
        let m = s.mentions.filter((x) => x.to <= c.from && x.to >= c.from - 1).pop();
        // (a possessive before the noun that speaks is no speaker: "…, his spokeswoman said.")
        if (m && m.ref.type === "anaphor" && m.to < c.from) m = undefined;
        // (nor a body before a role word in lower case: "…, a European Commission spokesman said." — the description speaks)
        if (m && m.to < c.from && bodyBeforeOffice(ctx.cp, tokens, m, m.to)) m = undefined;
        // "“…,” the fire chief said.": a subject no lexicon knows, right after the content.
        if (!m || m.ref.type === "pronoun") {
          const sub = subjectPhraseBefore(ctx, s, c.from);
          const first = sub ? (sub.role && sub.role.start < sub.phrase.start ? sub.role : sub.phrase) : null;
          // (a title the phrase leaves out belongs to it, where the title is also a pronoun: "“…”, ông Nam, Thứ trưởng Bộ Công Thương, nói.")
          let titled = first ? first.from : -1;
          while (
            titled - 1 > s.t0 &&
            wordClass(ctx.cp, tokens[titled - 1]) & W.title &&
            /^\s+$/u.test(text.slice(tokens[titled - 1]!.end, tokens[titled]!.start))
          )
            titled--;
          const ph = sub && first && sub.phrase.from > s.t0 && sepBefore(text, s.start, tokens[titled]!.start) ? speakerOfPhrase(ctx, s, sub) : null;
          if (ph) {
            // (the speaker's role set off before the name is no content: "…, its chairman, Rep. Mark Meadows, said.")
            const lead = Math.min(tokens[titled]!.start, sub!.role && sub!.role.start < sub!.phrase.start ? Math.min(sub!.role.start, ph.m.start) : ph.m.start);
            const inner = resumed ? null : relayedBefore(ctx, s, c, lead, cues);
            if (inner) return inner;
            const d: Draft | null = makeDraft(ctx, s, ph.speaker, [s.start, resumed ? resumed.end : quotedUpTo(lead)], c, [[lead, c.end]], 0.85);
            if (d) return resumed ? { ...d, kind: "direct" } : d;
          }
        }
        // "…", Tổng thống Volodymyr Zelensky cho biết: the role before the name belongs to it.
        const roleBefore = m && isPerson(m) ? s.mentions.find((x) => isRole(x) && x.to <= m!.from && apposition(x, m!, text)) : undefined;
        if (m && roleBefore) m = { ...m, start: roleBefore.start, from: roleBefore.from, role: roleBefore };
        // "“A”, ông Zelensky nói, “B”.": a quotation split by its speaker and cue is one claim.
        if (m && resumed && s.quotes.some((q) => q.end <= m!.start) && sepBefore(text, s.start, m.start)) {
          const sp = resolve(ctx, m);
          const d: Draft | null = sp ? makeDraft(ctx, s, sp, [s.start, resumed.end], c, [[m.start, c.end]], 0.9) : null;
          if (d) return { ...d, kind: "direct" };
        }
        // (its article with it: "…, the Elysee said in a statement.")
        const mStart = m && m.from > s.t0 && wordClass(ctx.cp, tokens[m.from - 1]) & W.det ? tokens[m.from - 1]!.start : (m?.start ?? 0);
        if (m && !resumed && sepBefore(text, s.start, mStart) && enough(mStart)) {
          const inner = relayedBefore(ctx, s, c, mStart, cues);
          if (inner) return inner;
          const sp = resolve(ctx, m);
          // The quotation that opens the sentence is the content; words between it and the name are the
          // speaker's apposition ("“…,” a spokeswoman for Ferris Storage, Ana Ruiz, said").
          if (sp) return makeDraft(ctx, s, sp, [s.start, quotedUpTo(mStart)], c, [[mStart, c.end]], 0.9);
        }
        const imp = !m && c.kind === "verb" ? implicitSubject(ctx.d, ctx.cp, tokens, c) : null;
        if (imp && sepBefore(text, s.start, c.start)) {
          // (a quotation split by a cue that holds its subject is one claim: "« A, a-t-il ajouté, car B »", "«A —añadió—, y B»")
          const d = makeDraft(ctx, s, implicit(imp), [s.start, resumed ? resumed.end : c.start], c, [[c.start, c.end]], 0.6);
          return d && resumed ? { ...d, kind: "direct" } : d;
        }
      }
      // "…, сообщили в министерстве.": a plural verb with no subject, then a preposition and a public body that
      // close the sentence — the body speaks (the verb's number marks it impersonal; "he said at the ministry" has one).
      if (c.kind === "verb" && !after && !opensNext && !sourceFirst && sepBefore(text, s.start, c.start) && enough(c.start) && pluralCue(ctx.cp, tokens, c)) {
        const body = bodyAfter(ctx, s, skipDates(s, c.to, tokens));
        if (body && rest(s, skipDates(s, body.m.to, tokens), tokens) === 0)
          return makeDraft(ctx, s, body.speaker, [s.start, c.start], c, [[c.start, body.m.end]], 0.85);
      }
      const perfect = c.kind === "verb" && !sourceFirst ? trailingPerfect(ctx, s, c) : null;
      if (perfect) return perfect;
    }
    return null;
  },
};

/**
 * A report relayed by the source of a trailing verb whose subject comes before it: "Erdogan told Putin
 * that Turkey was ready to host talks, the Turkish presidency said.", "Erdogan said the ceasefire must
 * hold, the presidency said in a statement." The part before the source's subject is read on its own;
 * where a reporting verb of its own, with its subject before it and its content after it, attributes it
 * there, that subject speaks its content and the source only relays it (as `relayed` does for a source
 * after its verb). Not a verb of agreeing ("Trump and Putin agreed to meet, the Kremlin said": what the
 * parties agreed is told by the source), and not after a quotation.
 */
function relayedBefore(ctx: Parameters<AttributionRule["apply"]>[0], s: SentenceInfo, c: Cue, lead: number, cues: SentenceCues): Draft | null {
  const { text, tokens } = ctx;
  if (s.quotes.some((q) => q.start < lead)) return null;
  let k = c.from;
  while (k > s.t0 && tokens[k - 1]!.start >= lead) k--;
  if (!cues.verbs.some((v) => v !== c && !v.joint && v.to < k)) return null;
  // (the content ends at the separator before the source's subject)
  let end = lead;
  while (end > s.start && /[\s,;–—-]/u.test(text.charAt(end - 1))) end--;
  const within = <T extends { to: number }>(x: T) => x.to <= k;
  const cut: SentenceInfo = {
    ...s,
    end,
    t1: k,
    speech: null,
    quotes: s.quotes.filter((q) => q.end <= end),
    cues: s.cues.filter(within),
    mentions: s.mentions.filter(within),
    names: s.names.filter(within),
    dates: s.dates.filter((d) => d.end <= end),
    memo: {},
  };
  const held: SentenceCues = {
    verbs: cues.verbs.filter(within),
    impersonal: cues.impersonal.filter(within),
    sources: cues.sources.filter(within),
    trailing: cues.trailing.filter(within),
    nouns: cues.nouns.filter(within),
  };
  const d = reportingVerb.apply({ ...ctx, sentence: cut }, cut, held);
  const v = d?.cue;
  if (!d || !v || v.kind !== "verb" || v.joint || d.pending || d.also || d.assertion[0] < v.end) return null;
  // (not a belief: "The White House believes the bill will pass, an official said." — the official speaks)
  const thought = ctx.cp.pack.reporting.thoughtVerbs;
  if (tokens.slice(v.from, v.to).some((t) => thought.includes(t.key))) return null;
  // (the subject before the verb: the attribution starts before it)
  if (!d.attribution.some((r) => r[0] < v.start)) return null;
  return d;
}

/**
 * Whether only circumstance follows a trailing verb after content and its subject: a prepositional
 * phrase, after the person addressed for a verb that addresses one ("…, a senior official told
 * reporters on condition of anonymity.", "…, an aide said on condition of anonymity."), with no
 * auxiliary in it (not "told reporters the deal was dead").
 */
function circumstanceAfter(
  ctx: Parameters<AttributionRule["apply"]>[0],
  s: Parameters<AttributionRule["apply"]>[1],
  c: Cue,
  adverbial: (k: number) => boolean,
): boolean {
  const { tokens, text, cp } = ctx;
  // (its subject right before it, after the comma that closes the content; no colon or quotation after it)
  const subject = phraseBefore(ctx, s, c.from);
  if (!subject || subject.from <= s.t0 || !separates(ctx, subject.from) || /[:„“”"«»]/u.test(text.slice(c.end, s.end))) return false;
  let k = skipDates(s, c.to, tokens);
  if (k >= s.t1) return false;
  if (cp.addresseeVerbs.findAll(tokens, text, c.from, c.to).length) {
    const ad = phraseAfter(ctx, s, k);
    if (!ad || ad.from !== k || ad.to - ad.from > 3) return false;
    k = skipDates(s, ad.to, tokens);
  }
  if (k >= s.t1 || !(wordClass(cp, tokens[k]) & W.prep) || !adverbial(k)) return false;
  for (let j = k; j < s.t1; j++) if (wordClass(cp, tokens[j]) & (W.aux | W.passive)) return false;
  return true;
}

/** Most words between the auxiliary and the participle of a trailing perfect (subject and circumstance), as for a circumstance after a trailing speaker. */
const PERFECT_SPAN = 16;

/**
 * A trailing attribution in the perfect, where the verb stands second (pack `grammar.verbSecond`):
 * the auxiliary right after the content and its separator, then the speaker, then circumstance,
 * the participle last ("Die Lage sei ruhig, hatte der Präsident am Montag in Paris gesagt.").
 */
function trailingPerfect(ctx: Parameters<AttributionRule["apply"]>[0], s: Parameters<AttributionRule["apply"]>[1], c: Cue): Draft | null {
  const { text, tokens, cp } = ctx;
  if (!cp.pack.grammar.verbSecond || rest(s, c.to, tokens) > 0) return null;
  // (the first word of the last part of the sentence set off by a separator, a few words before the participle)
  let k = c.from - 1;
  while (k > s.t0 && c.from - k <= PERFECT_SPAN && !sepBefore(text, s.start, tokens[k]!.start)) k--;
  if (k <= s.t0 || c.from - k > PERFECT_SPAN || !sepBefore(text, s.start, tokens[k]!.start)) return null;
  if ((wordClass(cp, tokens[k]) & W.aux) === 0 || (wordClass(cp, tokens[k]) & W.passive) !== 0) return null;
  // (nothing between that reports or opens a clause of its own)
  if (s.cues.some((x) => x !== c && x.from > k && x.from < c.from && (x.kind === "verb" || x.kind === "comp" || x.kind === "source"))) return null;
  if (wordsIn(text, [s.start, tokens[k]!.start]) < 3) return null;
  const after = speakerAfter(ctx, s, k + 1, 0);
  if (!after || after.m.to > c.from) return null;
  return makeDraft(ctx, s, after.speaker, [s.start, tokens[k]!.start], c, [[tokens[k]!.start, c.end]], 0.85);
}
