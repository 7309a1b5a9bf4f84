import { commaBeforeToken } from "../../text/tokens.js";
import { implicitSubject } from "../speakers.js";
import { implicit, makeDraft, sepBefore, trimRegion, wordsIn } from "./region.js";
import { dateWordAt, rest, skipDates } from "./sentence.js";
import { W } from "../lexicon.js";
import { apposedName } from "./apposed-name.js";
import { aspectualBefore } from "./aspectual.js";
import { clauseEnd, clauseFrom, contentAfter, endsClause, particleOf, passiveAgent } from "./clause.js";
import {
  adverbialTail,
  afterPossessive,
  bodyOpening,
  genericSubject,
  complementPlace,
  headOf,
  lastHead,
  linkedBetween,
  onlyAdverbial,
  opensClause,
  phraseAfter,
  phraseBefore,
  possessor,
  titleShaped,
  separates,
  soft,
  statementNouns,
  wordClass,
} from "./phrase.js";
import { modifier, near, resolve, speakerOfPhrase, subjectAfter, subjectBefore, subjectPhraseBefore, thingPronoun, titleSubject } from "./subjects.js";
import type { AttributionRule, Ctx, Cue, SentenceInfo } from "./types.js";
import { acronymBefore } from "./sources.js";
import type { Speaker } from "../../schema/claim.js";
import { isPerson, isRole, unnamedSpeaker, type Mention } from "../speakers.js";
import { isSupportCue } from "../document/support-verbs.js";

/**
 * A reporting verb with its subject before it, after it, implicit, or a pronoun — not one inside
 * the content of an earlier cue ("Se mai precizează că cei doi lideri au convenit…": "au
 * convenit" is what was said).
 */
export const reportingVerb: AttributionRule = {
  name: "reporting-verb",
  apply(ctx, s, { verbs, impersonal }) {
    const { text, tokens } = ctx;
    const _contentFrom = (c: Cue) => s.cues.find((x) => x.kind === "comp" && x.from >= c.to && x.from <= c.to + 3)?.to ?? Infinity;
    const firstImp = impersonal[0];
    for (const v of verbs) {
      // A verb after an impersonal cue is in its content ("Thông cáo cho biết hai bên nhất trí…").
      if (firstImp && firstImp.from < v.from) break;
      // (A complementizer after another verb is that verb's: "he told CNN, adding that …".)
      const nextVerb = verbs.find((x) => x.from >= v.to);
      // A verb of aspect before a reporting verb reports nothing itself: in "continued to insist that …" the verb after it does.
      if (nextVerb && aspectualBefore(ctx, s, nextVerb) === v.from) continue;
      // A verb opening the sentence in an adverbial clause that a comma closes, before a subject and its own
      // reporting verb, is that speaker's circumstance: "Phát biểu với Reuters, ông An cho biết …" (the
      // medium addressed does not speak).
      // (So is one after a date set off by a comma: "Sáng nay, trả lời câu hỏi của phóng viên, bà Hằng nói …".)
      if ((v.from === s.t0 || afterOpeningDate(ctx, s, v)) && nextVerb && openingClause(ctx, s, v, nextVerb)) continue;
      // (Nor is one past the subject after a quotation that ends right before the cue: "«…», ha detto
      // Washington confermando che …" — the quotation is the content.)
      // (A title named as a noun right before the verb sets nothing off: "Dem „Spiegel“ sagte Müller, …".)
      const sepV = sepTitled(ctx, s, v.start);
      const quoted = s.quotes.some((x) => x.end <= v.start && /^[\s,–—]*$/u.test(text.slice(x.end, v.start)) && !titleNoun(ctx, s, x));
      // (A cue that ends in a preposition takes an object or an infinitive — "pointed to", "vowed to", "called
      // for" —: a "that" further on is a relative pronoun or another clause's: "vowed to veto any bill that …".)
      const objectCue = (wordClass(ctx.cp, tokens[v.to - 1]) & (W.prep | W.join)) !== 0;
      // (A prepositional phrase may stand between the verb and its complementizer, in the same clause:
      // "wrote in a letter to Congress that …", "said on its website that …".)
      const kc = skipDates(s, v.to, tokens);
      // (So may the person addressed: "told CNN's “State of the Union” that …".)
      // (Further after a statement noun and what tells of it: "said in a statement carried by the official news agency that …".)
      const statementAt = s.cues.some((c) => c.kind === "noun" && c.from >= v.to && c.to === kc);
      const reach = statementAt
        ? 12
        : (kc < s.t1 && wordClass(ctx.cp, tokens[kc]) & W.prep) || ctx.cp.addresseeVerbs.findAll(tokens, text, v.from, v.to).length
          ? 8
          : 4;
      const comp = s.cues.find(
        (c) =>
          c.kind === "comp" &&
          c.from >= v.to &&
          c.from <= kc + reach &&
          // (a title in quotation marks is no mark: "said on ABC's “This Week” that …")
          (c.from <= kc + 4 || !/[,;:.!?„“”"«»]/u.test(withoutTitles(ctx, s, v.end, c.start))) &&
          (!nextVerb || c.from < nextVerb.from) &&
          (!(quoted || objectCue) || c.from === skipDates(s, v.to, tokens)),
      );
      // "…, che ha chiesto di restare anonimo, …": asking not to be named (pack `reporting.anonymity`) is no claim.
      if (ctx.cp.anonymity.matchAt(tokens, comp && comp.from === kc ? comp.to : kc, text)) continue;
      // "Analysts said to be close to the talks expect …": a raised subject's infinitive right after the verb (pack
      // `reporting.raising`) makes it hearsay about the subject, not the subject's speech.
      if (v.to < s.t1 && soft(ctx, v.to) && ctx.cp.raising.matchAt(tokens, v.to, text)) continue;
      // "bestätigte den Vorfall und gab an, dass …": a verb with its object and, joined by a conjunction with
      // no comma, a second reporting verb with content of its own — that verb reports, for the same subject.
      if (!comp && nextVerb && coordinatedReport(ctx, s, v, nextVerb)) continue;
      // A passive: its subject did not speak ("Trump was told that …"); the agent did, if named
      // ("Die Bodenoffensive wurde von einer Armeesprecherin bestätigt.").
      const agent = passiveAgent(ctx, s, v);
      if (agent === null) continue;
      if (agent) {
        // (An agent with a relative clause of saying on it speaks through that clause, not the passive: "Il piano è
        // stato criticato dai sindacati, che hanno detto che …", "Le plan a été critiqué par les syndicats, qui ont déclaré …".)
        // (a name set beside the agent's description speaks: "fue confirmada por el vicepresidente del organismo, Julio Sarango")
        const named = apposedName(ctx, s, agent);
        if (relativeOfSaying(ctx, s, (named ?? agent).to)) continue;
        const byName = named ? speakerOfPhrase(ctx, s, { phrase: named, role: agent }, true) : null;
        const ph = byName?.speaker.kind === "person" ? byName : speakerOfPhrase(ctx, s, { phrase: agent, role: null }, true);
        if (!ph) continue;
        // (in a verb-second clause the quotation before the participle is its content: "wurde von X als „…“ bezeichnet")
        const from = clauseFrom(ctx, s, v.from, ctx.cp.pack.grammar.verbSecond);
        // (the quotation right after the verb, or after the one word that makes it a complement: "described as “…”")
        // (or right after the agent, in the same way: "qualifiée par le Kremlin de « … »", "calificată de Kremlin drept „…”")
        const closeAfter = (at: number) => (x: { start: number }) => x.start >= at && (x.start - at <= 3 || /^\s+\p{L}+\s*$/u.test(text.slice(at, x.start)));
        const qAfter = s.quotes.find(closeAfter(v.end)) ?? (agent.start > v.end ? s.quotes.find(closeAfter(agent.end)) : undefined);
        // (A complementizer right after the agent and its comma is a relative pronoun on the agent, no content of the
        // passive: "fue criticado por la oposición, que protestó …", "è stato criticato da Rossi, che …".)
        const own = comp && !(comp.start >= agent.end && /^\s*,\s*$/u.test(text.slice(agent.end, comp.start))) ? comp : undefined;
        const content = own
          ? ([own.end, s.end] as [number, number])
          : qAfter
            ? ([qAfter.start, qAfter.end] as [number, number])
            : ([tokens[from]!.start, v.start] as [number, number]);
        // (A participle in a parenthesis has no content of its own: "the memo, first reported by the Post, says …";
        // nor has a passive in a relative clause: "Le ministre, qui a été critiqué par l'opposition, a déclaré …".)
        if (!own && !qAfter && (wordsIn(text, content) < 3 || wordClass(ctx.cp, tokens[from]) & W.rel)) continue;
        // (The subject before the passive is its content without the auxiliaries and adverbs that make the passive: "Le
        // projet | a été vivement critiqué par …", "Proiectul | a fost criticat de …", "El proyecto | fue criticado por …".)
        if (!own && !qAfter) {
          let e = v.from;
          while (e - 1 > from && wordClass(ctx.cp, tokens[e - 1]) & (W.aux | W.passive | W.adv)) e--;
          // (where a word is left at least: one word alone is no content a claim keeps; and only where a word was taken
          // off — a verb last keeps what closes before it, "als „schwerer Fehler“ bezeichnet")
          if (e < v.from && wordsIn(text, [content[0], tokens[e - 1]!.end]) >= 2) content[1] = tokens[e - 1]!.end;
        }
        const d = makeDraft(ctx, s, ph.speaker, content, v, [[Math.min(agent.start, v.start), Math.max(agent.end, v.end)]], 0.75);
        if (d) return d;
        continue;
      }
      // Verb second (German): a participle or infinitive at the end of a clause after an auxiliary
      // ("… bekannt gegeben.", "… erklären wollte") and a finite verb with no content after it
      // ("Der Spedition droht nun …", "äußerte Zweifel an …") report no claim of their own.
      if (ctx.cp.pack.grammar.verbSecond) {
        const from = clauseFrom(ctx, s, v.from);
        let auxBefore = false;
        for (let j = from; j < v.from; j++) if (wordClass(ctx.cp, tokens[j]) & W.aux) auxBefore = true;
        // A clause right after a quotation and its comma is the attribution of that quotation ("„…“, hatte
        // der Konzernchef in einem Interview erklärt.").
        const clauseStart = tokens[from]!.start;
        const quoteClose = from > s.t0 ? s.quotes.find((x) => x.end <= clauseStart && /^[\s,–—]*$/u.test(text.slice(x.end, clauseStart))) : undefined;
        // A verb that as often reports no speech (pack `reporting.otherSenses`: "droht", "forderte") needs content of
        // its own: a comma before it may close an apposition ("Japan, das am stärksten betroffene Land, droht eine
        // Rezession"), and one after it a relative clause ("Zwölf Todesopfer forderte ein Taifun, der …").
        const other = ctx.cp.otherSenses.findAll(tokens, text, v.from, v.to).length > 0;
        const trailingCue = (!other && sepV && v.from - s.t0 >= 3) || !!quoteClose;
        const content = other ? contentOwn(ctx, s, v) : contentAfter(ctx, s, v);
        // A speech act whose object is a claim ("widersprach der Minister einer Darstellung des Präsidenten",
        // "wies die Vorwürfe zurück"), or a verb with its noun of concern ("äußerte Zweifel an …"): its object is what it reports.
        // (or a perfect whose participle closes the sentence, its object before it: "Der Minister hat den Plan kritisiert.")
        const objectFirst = !content && !quoteClose && auxBefore && objectLast(ctx, s, v);
        if (
          !ctx.bare &&
          !trailingCue &&
          !content &&
          !objectFirst &&
          !claimObject(ctx, s, v) &&
          !objectVerb(ctx, s, v) &&
          !isSupportCue(ctx.cp, tokens, text, v.from, v.to)
        )
          continue;
        // "Die spanische Regierung hat außerdem angekündigt, …", "Heute hat die Staatsanwaltschaft …
        // bekannt gegeben, dass …": the subject stands around the auxiliary, not before the participle.
        if (endsClause(ctx, s, v) && auxBefore && (!trailingCue || quoteClose)) {
          const sp = v2Subject(ctx, s, from, v);
          if (!sp) continue;
          const after = trimRegion(text, v.end, s.end);
          let content: [number, number] = comp ? [comp.end, s.end] : after[1] - after[0] < 2 && quoteClose ? [s.start, quoteClose.end] : after;
          // (the object between the subject, or the auxiliary after it, and the participle: "hat am Montag | seinen Rücktritt | angekündigt")
          if (objectFirst && !comp) {
            let k = from;
            while (k < v.from && !(wordClass(ctx.cp, tokens[k]) & W.aux)) k++;
            k = Math.max(k + 1, sp.m.to);
            // (past the adverbs and dates of the middle field: "hatte bereits im Mai | Fehler … eingeräumt")
            for (let j = -1; j !== k && k < v.from; ) {
              j = k;
              k = skipDates(s, k, tokens);
              while (k < v.from && wordClass(ctx.cp, tokens[k]) & W.adv && !tokens[k]!.upper) k++;
            }
            if (k >= v.from) continue;
            content = [tokens[k]!.start, tokens[v.from - 1]!.end];
          }
          const d = makeDraft(ctx, s, sp.speaker, content, v, [[Math.min(sp.m.start, clauseStart), v.end]], 0.8);
          if (d) return d;
          continue;
        }
      }
      // "Washington, which has strongly criticized Putin's government for …": a verb in a relative
      // clause reports a claim only with content of its own (a clause, a quotation, a colon).
      // (Or with a quotation in the clause: "Rand Paul, who said the measure was “Obamacare lite,” voted against it.")
      // (Or with a bare clause that has an auxiliary of its own: "…, which said most clinics would remain open.")
      // (So does one in a clause opened by a preposition that is also a conjunction, inside the sentence: "… after two
      // more senators announced their opposition" is narration; "… after Mr. Trump told a rally that …" reports.)
      if (
        (relativeSubject(ctx, s, v.from) || subordinateSubject(ctx, s, v.from)) &&
        !comp &&
        !/^\s*[:“"„«]/u.test(text.slice(v.end, v.end + 3)) &&
        !quotedInClause(ctx, s, v) &&
        !bareClauseAfter(ctx, s, v)
      )
        continue;
      let aStart = comp ? comp.end : v.end;
      // "Serghei Lavrov a declarat joi: „…”." — the quotation after the cue (dates skipped) is the content.
      const qFrom = tokens[skipDates(s, v.to, tokens)]?.start ?? v.end;
      // (or after an adverb and a colon: "put it bluntly: “…”"; or a quotation that closes the sentence after a
      // colon, past the verb's object: "kommentierte die Entscheidung mit folgenden Worten: „…“")
      const q =
        s.quotes.find(
          (x) =>
            x.start >= v.end &&
            ((x.start - Math.max(v.end, Math.min(qFrom, x.start)) <= 3 && x.start - v.end <= 40) ||
              (/^[^,;.!?„“”"«»:]{0,30}:\s*$/u.test(text.slice(v.end, x.start)) && wordsIn(text, [v.end, x.start]) <= 2)),
        ) ??
        (comp
          ? undefined
          : s.quotes.find(
              (x) =>
                x.start > v.end &&
                /:\s*$/u.test(text.slice(v.end, x.start)) &&
                !/[.;!?„“”"«»]/u.test(text.slice(v.end, x.start)) &&
                !s.cues.some((c) => c.kind === "verb" && c.start > v.end && c.start < x.start) &&
                /^[\s.!?…]*$/u.test(text.slice(x.end, s.end)),
            ));
      // "…, передает ТАСС." / "…, conform Reuters.": a wire credit closing the sentence is not content.
      // (A source phrase needs no comma: "…, the Kremlin statement said as reported by RT.")
      const creditCue = s.cues.find(
        (c) =>
          c.from >= v.to &&
          c !== v &&
          (c.kind === "source" || c.kind === "trailing" || c.kind === "verb") &&
          (c.kind === "source" || sepBefore(text, s.start, c.start)) &&
          // (a source cue of one word that is also a plain preposition credits a name only, not a common word: "…, za PAP"
          // but "pomoc przyjdzie za późno")
          !(c.kind === "source" && c.to - c.from === 1 && wordClass(ctx.cp, tokens[c.from]) & W.prep && !nameAt(ctx, s, c.to)) &&
          (c.kind === "source" ||
            s.mentions.some((m) => m.from >= c.to && m.from <= c.to + 2 && m.ref.type === "entity" && resolve(ctx, m)?.kind === "media") ||
            // (or, after a verb with its complementizer, a reporting verb and its subject — a capitalised word, after its
            // article — relaying the report: "Macron a affirmé que …, a annoncé l'Élysée", "… que …, informó la Moncloa")
            (!!comp && c.kind === "verb" && relayedSubjectAt(ctx, s, c.to))) &&
          rest(s, c.to, tokens) <= 4,
      );
      let aEnd = creditCue ? creditCue.start : s.end;
      if (!comp && q) {
        aStart = q.start;
        if (/^[\s.!?…]*$/u.test(text.slice(q.end, s.end))) aEnd = q.end;
      }
      // "Die IG Metall kündigte Widerstand an.", "Der Minister wies die Vorwürfe zurück.": the particle of a
      // separable verb that closes the sentence belongs to the verb, not to its object (the content).
      if (!comp && !q && aEnd === s.end && s.t1 - 1 > v.to && (particleOf(ctx, ctx.cp.cues, v, s.t1 - 1) || particleOf(ctx, ctx.cp.objectVerbs, v, s.t1 - 1))) {
        const last = tokens[s.t1 - 1]!;
        if (/^[\s.!?…]*$/u.test(text.slice(last.end, s.end))) aEnd = last.start;
      }
      let found = subjectBefore(ctx, s, v);
      // A mention before a quotation that closes right before the cue is inside the content ("I due leader
      // hanno parlato di «…», ha detto Washington"): the subject is after the verb.
      const quoteBefore = s.quotes.find((x) => x.end <= v.start && /^[\s,–—]*$/u.test(text.slice(x.end, v.start)) && !titleNoun(ctx, s, x));
      // (Not a quotation that closes a relative clause on the subject, its comma with it: "Rand Paul, who has
      // called the measure “Obamacare lite,” said he …" — the subject before the clause speaks.)
      const closesRelative = (q: { start: number; end: number }, from: number): boolean => {
        if (!/,\s*\S?$/u.test(text.slice(q.end - 3, q.end)) && !/^\s*,/u.test(text.slice(q.end, v.start))) return false;
        for (let r = from; r < s.t1 && tokens[r]!.start < q.start; r++)
          if (wordClass(ctx.cp, tokens[r]) & W.rel && r > s.t0 && commaBeforeToken(text, tokens, r)) return true;
        return false;
      };
      if (found && quoteBefore && found.m.end <= quoteBefore.start && !closesRelative(quoteBefore, found.m.to)) found = null;
      // The noun phrase right before the verb is its subject, whether a lexicon knows it or not ("the
      // fire chief said", "a spokeswoman for Trump hotels said"): a known mention elsewhere in the
      // sentence is not.
      const sub = subjectPhraseBefore(ctx, s, v.from);
      // (A known role before an unknown name is the name's role: "phát ngôn viên Nhà Trắng Hogan Gidley".)
      const head = sub ? lastHead(ctx, s, sub.phrase) : -1;
      // (Where heads come first, the known mention must be the head: "Các hãng thông tấn Nga" are agencies, not Russia.)
      const first = sub && ctx.cp.pack.grammar.headInitial ? headOf(ctx, s, sub.phrase) : -1;
      const nameAfterRole = !!found && !!sub && isRole(found.m) && s.names.some((n) => n.from >= found!.m.to && n.to <= sub.phrase.to && n.to - n.from >= 2);
      // (A possessor is not who speaks: "Trump's spokesman said", "Hillary Clinton's campaign said".)
      const atHead =
        !!found &&
        !!sub &&
        !nameAfterRole &&
        !possessor(ctx, s, found.m) &&
        // (nor a state that only says whose body it is or where a person is from: "МВД России", "Эксперт из Москвы")
        !complementPlace(ctx, sub.phrase, found.m) &&
        // (nor a mention after a joining word, a complement: "a spokesman for Trump" speaks, not Trump)
        !(head >= 0 && head < found.m.from && joinedBetween(ctx, head, found.m.from, !isPerson(found.m))) &&
        // (nor one after a description link: "sources close to the White House" speak, not the White House)
        !(head >= 0 && head < found.m.from && linkedBetween(ctx, s, head, found.m.from)) &&
        (first >= 0
          ? (found.m.from <= first && first < found.m.to) || isPerson(found.m)
          : (found.m.from <= head && head < found.m.to) ||
            // (a role or a person at the head of the apposed description; not a body or a person that qualifies it: "The FBI
            // director, James Comey, said", "The Trump campaign manager, Kellyanne Conway, said")
            (sub.role !== null && near(found.m, { phrase: sub.role, role: null }) && (isRole(found.m) || (isPerson(found.m) && found.m.to === sub.role.to))) ||
            // (a lower-case head: an adverb no list holds — unless it follows the mention as a noun of its own,
            // "the Trump campaign", "the Obama administration": a name used as a modifier does not speak)
            (!ctx.tokens[head]?.upper && !modifier(ctx, sub.phrase, found.m)) ||
            found.m.to === sub.phrase.to);
      if (sub && (!(found && near(found.m, sub) && atHead) || sub.with)) {
        const ph = speakerOfPhrase(ctx, s, sub);
        if (ph) found = ph;
      }
      // "… Cơ quan An ninh Liên bang Nga (FSB) cho biết": a body named by its acronym right before the verb.
      const acr = acronymBefore(ctx, s, v.from);
      if (acr) found = acr;
      // "Trump's campaign did not dispute the figure but said …", "The senator declined to comment but said …": a
      // verb right after a coordinating conjunction has no subject of its own — it shares the one that opens the
      // sentence, not a possessor or an object in the first clause.
      const cj = coordinatedAt(ctx, s, v.from);
      if (cj !== null) {
        const main = mainSubject(ctx, s, cj);
        if (main) found = main;
      }
      // "It added that…": a pronoun that stands for an institution named before.
      if (!found) found = thingPronoun(ctx, s, v.from);
      // (No word inside that quotation is the subject: "“Nobody wants to sign it,” said a strategist who …" — "it" is quoted.)
      if (found && quoteBefore && found.m.start >= quoteBefore.start && found.m.end <= quoteBefore.end) found = null;
      // Verb second ("Als Bedingung nannte der Kreml …", "Die Wahlen nannte der König …"): a phrase
      // marked as a subject right after the verb is the subject, unless the one before is marked too; so
      // is any phrase there when nothing before the verb can be its subject ("So warnten Vertreter der
      // Verbände …", "Am Montag widersprach der Minister …").
      // (So does a cue that ends with its complementizer: "…, aggiungendo che i documenti …".)
      const compCue = v.to - v.from > 1 && (wordClass(ctx.cp, tokens[v.to - 1]) & W.comp) !== 0;
      // (One word between the verb and its complementizer is a date or an adverb — "said Friday that", "powiedział
      // wczoraj, że" — unless it is a pronoun or a capitalised word, the subject after its verb: "sagte Meier, dass",
      // "sagte er, dass", "ha detto Conte che".)
      const subjectBetween =
        !!comp &&
        comp.from === v.to + 1 &&
        !s.dates.some((d) => d.start <= tokens[v.to]!.start && tokens[v.to]!.end <= d.end) &&
        (s.mentions.some((m) => m.from === v.to && m.ref.type === "pronoun") || (tokens[v.to]!.upper && !wordClass(ctx.cp, tokens[v.to])));
      // (So do dates after the verb closed by a comma: in "Die Ministerin sagte am Dienstag, der Entwurf sei …"
      // the phrase past the comma opens the content, it is not the subject.)
      const kd = skipDates(s, v.to, tokens);
      const datesComma = kd > v.to && kd < s.t1 && /,\s*$/u.test(text.slice(tokens[kd - 1]!.end, tokens[kd]!.start));
      const opens = (comp && comp.from <= v.to + 1 && !subjectBetween) || compCue || datesComma || /^\s*[,:]/.test(text.slice(v.end, v.end + 3));
      const v2 = ctx.cp.pack.grammar.verbSecond;
      // A personal pronoun right after the verb is its subject ("bezeichnete er als …", "sagte sie").
      // (Not after a participle that follows a comma, where nouns are not capitalised: "…, saying they had
      // planned the attack" — the pronoun opens the content.)
      const afterComma = v.from > s.t0 + 1 && /,\s*$/u.test(text.slice(tokens[v.from - 1]!.end, v.start));
      const participial = afterComma && !v2 && !s.quotes.some((x) => x.end <= v.start) && rest(s, v.to, tokens) > 3;
      let proAfter = !opens && !participial ? s.mentions.find((x) => x.from === skipDates(s, v.to, tokens) && x.ref.type === "pronoun") : undefined;
      // (Where the subject does not follow the verb, a pronoun with a clause after it opens the content: "has said he would not …".)
      // (A verb after a quotation or a comma keeps it: "…, — заявил он в интервью".)
      if (proAfter && !v2 && !sepV && proAfter.to < s.t1 && soft(ctx, proAfter.to) && rest(s, proAfter.to, tokens) >= 2) proAfter = undefined;
      if (proAfter && (v2 || !found)) {
        const sp = resolve(ctx, proAfter);
        if (sp) {
          found = { speaker: sp, m: proAfter };
          if (!comp && !q) aStart = proAfter.end;
        }
      }
      // (An unknown name that opens the sentence right before the verb is its subject: in "Müller sagte der Zeitung, …"
      // the phrase after the verb is whom he told.)
      // (Not a noun with its article, which may be the object: "Die Wahlen nannte der Sprecher … „frei und fair“".)
      const leadName = !!found && found.m.from === s.t0 && found.m.to === v.from && !(wordClass(ctx.cp, tokens[found.m.from]) & W.det);
      // (A medium right before the verb, after an article that may mark whom one tells, is the addressee in verb-second
      // order: "Der Zeitung sagte die Ministerin, …" — the phrase after the verb speaks; pack `grammar.addresseeDeterminers`.)
      const toMedium =
        v2 && !!found && found.speaker.kind === "media" && found.m.to === v.from && found.m.from <= s.t0 + 1 && addresseeDets(ctx).has(tokens[s.t0]!.key);
      if (!opens && !proAfter && (!found || toMedium || (found.m.ref.type === "name" && found.speaker.kind === "unknown" && !leadName))) {
        const after = phraseAfter(ctx, s, skipDates(s, v.to, tokens));
        const nominative = (k: number) => (wordClass(ctx.cp, tokens[k]) & W.nom) !== 0;
        // (A title named as a noun before the verb is no quotation: "Dem „Spiegel“ sagte Müller, …".)
        const noSubjectBefore = v2 && !found && !sub && !s.quotes.some((x) => x.end <= v.start && !titleNoun(ctx, s, x));
        if (after && (noSubjectBefore || toMedium || nominative(after.from)) && (toMedium || !(sub && nominative(sub.phrase.from)))) {
          const ph = speakerOfPhrase(ctx, s, { phrase: after, role: null });
          if (ph && !(toMedium && ph.speaker.kind === "media")) {
            found = ph;
            if (!comp && !q) aStart = after.end;
          }
        }
      }
      // An unknown name right before the cue ("Ông Keith Kellogg cho biết Mỹ…") beats a known one in the
      // content after it — except where nouns are capitalised and the subject often follows the verb (German).
      if (!found && !ctx.cp.pack.matching.capitalizedNouns) found = subjectBefore(ctx, s, v, true);
      let spStart = found?.m.start ?? v.start;
      // Past the cue, dates and commas are not content: "sagte am Donnerstag, Moskau sei…".
      if (!comp && !q) {
        const k = skipDates(s, v.to, tokens);
        if (k > v.to && k < s.t1) aStart = tokens[k]!.start;
      }
      // A subject after the verb ("powiedział Spicer") — not past a comma or a complementizer
      // ("Zaznaczył, że obaj prezydenci…": the presidents are inside the content).
      const opensContent = opens;
      if (!found && !opensContent) {
        const after = subjectAfter(ctx, s, v.to, 2);
        if (after) {
          const sp = resolve(ctx, after);
          if (sp) {
            found = { speaker: sp, m: after };
            if (!comp && !q) aStart = after.end;
          }
        }
      }
      // "A federal judge in Texas blocked the rule on Friday, saying it violated the law": a verb right
      // after a comma, with no subject of its own, reports for the subject that opens the sentence — the
      // phrase before the main verb, whether a lexicon knows it or not.
      // (Not a comma that closes an apposition on the subject: "Le porte-parole du gouvernement, Olivier Véran, a
      // assuré …" — the name between the commas speaks.)
      // (nor one that closes an apposition after the name: "… a day after Richard Poole, a Republican, said …")
      const apposed =
        !!sub?.role && !!found && found.m.from === sub.phrase.from && (sub.phrase.to === v.from || (sub.role.from === sub.phrase.to && sub.role.to === v.from));
      const participle = afterComma && !apposed;
      // (nor is a possessor its subject: "Donald Trump's campaign on Tuesday dismissed the poll, calling it “fake”")
      if (participle && (!found || found.m.to <= s.t0 + 1 || !s.quotes.length || possessor(ctx, s, found.m))) {
        // (where no main verb can be told from its object — no articles: "Putin odwiedził miasto Kijowa, mówiąc, że …"
        // — a person or body named by the sentence's first words is its subject, not a noun in the object)
        const main = mainSubject(ctx, s, v.from - 1);
        const opening = main ? null : openingSubject(ctx, s, v);
        if (main && (!found || main.m.from <= found.m.from)) found = main;
        else if (opening && (!found || opening.m.from < found.m.from)) found = opening;
      }
      // "Der „Spiegel“ berichtete, …", "Wie die „Bild“ schrieb, …": a medium's title in quotation marks after an article
      // that opens the clause, right before a verb whose content follows it, is the subject.
      if (!found && opens) found = titleSubject(ctx, s, v);
      if (!found) found = subjectBefore(ctx, s, v, true);
      // (else a name or a known mention that opens the sentence)
      if (!found && participle) {
        // (a name or a known mention: where a description ends and the verb begins is not known)
        const m =
          s.mentions.find((x) => x.from <= s.t0 + 1 && x.to < v.from && x.ref.type !== "pronoun" && x.ref.type !== "anaphor") ??
          s.names.find((x) => x.from <= s.t0 + 1 && x.to < v.from);
        const sp = m ? resolve(ctx, m) : null;
        if (m && sp) found = { speaker: sp, m };
      }
      if (!found && !opensContent) {
        const n = s.names.find((x) => x.from >= v.to && x.from <= v.to + 1 && x.to - x.from >= 2);
        const sp = n ? resolve(ctx, n) : null;
        if (n && sp) found = { speaker: sp, m: n };
      }
      // "Lo ha riferito un funzionario dell'amministrazione americana.": a subject after the verb that
      // ends the sentence, whether a lexicon knows it or not.
      if (!found && !opensContent) {
        const after = phraseAfter(ctx, s, skipDates(s, v.to, tokens));
        // (or is followed by adverbials only: "…, said Steinmeier, who was in Berlin on Monday.")
        // (Not one opened by a possessive with nothing to set the content off before the verb: in "… after two
        // senators announced their opposition." the phrase is the object.)
        const owned = !!after && s.mentions.some((m) => m.from === after.from && m.ref.type === "anaphor") && !sepV;
        if (after && !owned && (rest(s, after.to, tokens) <= 1 || (sepV && adverbialTail(ctx, s, after.end)))) {
          const ph = speakerOfPhrase(ctx, s, { phrase: after, role: null });
          if (ph) {
            found = ph;
            if (!comp && !q) aStart = s.start;
          }
        }
      }
      // "Her office released a statement saying …", "The campaign issued a report arguing …": a statement noun that
      // is the object of the main verb speaks for the subject of that verb, who issued it.
      if (found && found.m.from > s.t0 && found.m.to === v.from && statementNouns(ctx.cp).has(tokens[found.m.to - 1]!.key)) {
        const main = mainSubject(ctx, s, found.m.from);
        if (main && main.m.to < found.m.from) found = main;
      }
      // ("В правительстве заявили, что …": with no subject, a public body after the preposition that opens the sentence)
      // (It beats a word of the body's name read as an unknown subject: "Desde el Ministerio de Hacienda respondieron …".)
      // (So does it with a pronoun of no one in particular before the verb: "Au ministère de la Santé, on assure que …".)
      const generic = v.from - 1 > s.t0 && genericSubject(ctx.cp, tokens[v.from - 1]!);
      if (!found || generic || (found.speaker.kind === "unknown" && found.m.from > s.t0 && found.m.to === v.from)) found = bodyOpening(ctx, s, v.from) ?? found;
      // "Others warned that …", "…, while some argued that …": an indefinite pronoun of people that opens the
      // clause right before the verb (pack `reporting.indefinitePeople`) is other people than who spoke before,
      // named as written.
      if (!found) found = indefiniteBefore(ctx, s, v);
      // "The mayor kept saying …", "has spent three weeks telling voters …": the subject of the verb of aspect speaks.
      const asp = aspectualBefore(ctx, s, v);
      if (asp >= 0) found = aspectSubject(ctx, s, v, asp) ?? found;
      let speaker = found?.speaker ?? null;
      const conf = found ? (found.m.ref.type === "pronoun" ? 0.7 : 0.9) : 0.6;
      if (!speaker && v.from - s.t0 <= 2) {
        const imp = implicitSubject(ctx.d, ctx.cp, tokens, v);
        if (imp) speaker = implicit(imp);
      }
      if (!speaker) continue;
      if (found && found.m.start > v.end) spStart = v.start;
      // "sagte Steinmeier am Montag, die Regierung müsse …": dates after a speaker that follows the verb, up
      // to a comma, are not content either.
      if (!comp && !q && found && found.m.start > v.end && aStart <= found.m.end) {
        const k = skipDates(s, found.m.to, tokens);
        if (k > found.m.to && k < s.t1 && /,\s*$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) aStart = tokens[k]!.start;
      }
      // "gab jedoch an, …", "teilte die Polizei mit, …", "argumentierte außerdem, …": the particle of a separable
      // verb and adverbs before the comma close the verb's clause; the content follows the comma.
      if (!comp && !q) aStart = pastParticle(ctx, s, v, aStart);
      let assertion: [number, number] = [aStart, aEnd];
      // "Pence, who said on Sunday that he would accept the results, struck a different tone": a verb in a
      // relative clause set off by commas reports up to the comma that closes the clause (not one inside a quotation).
      // (So does one in a relative clause with a subject of its own: "The book, which reviewers have called “a memoir,” is selling well.")
      if (relativeSubject(ctx, s, v.from) || relativeWithSubject(ctx, s, v.from)) {
        // (or a quotation whose last mark is that comma: "… was “Obamacare lite,” voted against it")
        let close = text.indexOf(",", aStart);
        let inner = s.quotes.find((x) => x.start <= close && close < x.end);
        while (close >= 0 && close < aEnd && inner && close !== inner.end - 2) {
          close = text.indexOf(",", close + 1);
          inner = s.quotes.find((x) => x.start <= close && close < x.end);
        }
        const to = inner ? inner.end : close;
        if (close >= 0 && close < aEnd && wordsIn(text, [to, s.end]) >= 2 && wordsIn(text, [aStart, close]) >= 2) assertion = [aStart, to];
      }
      // "Müller sagte der „Welt am Sonntag“, die Lage sei ernst.": a medium's title right after the verb, after an
      // article or a preposition and set off by a comma, is whom the speaker told; the content opens after the comma.
      if (!comp && !q && found && found.m.end <= v.start) {
        const at = afterTitleAddressee(ctx, s, v);
        if (at !== null && at >= aStart && at < aEnd) assertion = [at, aEnd];
      }
      // "told reporters last month she had concerns": the person addressed is not content.
      if (!comp && !q && found && found.m.end <= v.start) {
        const at = afterAddressee(ctx, s, v);
        if (at !== null && at >= aStart) assertion = [at, aEnd];
      }
      // "Песков ответил на вопросы журналистов.", "X reports for the Daily News": a verb with only a short
      // prepositional phrase after it and no content before it reports nothing.
      let k0 = skipDates(s, v.to, tokens);
      // (an adverbial of time such as "în repetate rânduri", "repeatedly" is no prepositional object)
      for (let u = ctx.cp.undated.matchAt(tokens, k0, text); u && k0 < s.t1; u = ctx.cp.undated.matchAt(tokens, k0, text)) k0 = skipDates(s, u.to, tokens);
      if (
        !comp &&
        !q &&
        found &&
        found.m.end <= v.start &&
        wordsIn(text, [s.start, found.m.start]) < 3 &&
        k0 < s.t1 &&
        tokens[k0]!.start >= aStart &&
        wordClass(ctx.cp, tokens[k0]) & (W.prep | W.join) &&
        rest(s, k0, tokens) <= 10 &&
        // (a speech act whose particle closes the clause takes the phrase as its object: "rief zum Streik auf")
        !(ctx.cp.pack.grammar.verbSecond && objectVerb(ctx, s, v)) &&
        // (nor a verb with its noun of concern: "raised concerns with Xi about …" — the phrase is what the concern is about)
        !isSupportCue(ctx.cp, tokens, text, v.from, v.to) &&
        !s.quotes.some((x) => x.start >= v.end) &&
        !/[,:;]/u.test(text.slice(v.end, s.end).replace(/[.!?]\s*$/u, ""))
      )
        continue;
      // "«…», respondió Putin cuando…": the quotation right before the cue is what was said.
      // (A title of up to three words may stand between the quotation and the named speaker: "…", Tổng thống Zelensky cho biết.)
      const subjAt = found && found.m.end <= v.start ? found.m.start : v.start;
      const qBefore = comp
        ? undefined
        : s.quotes.find(
            (x) =>
              x.end <= subjAt &&
              /^[\s,–—]*(?:[^\s,]+\s+){0,3}$/u.test(text.slice(x.end, subjAt)) &&
              // (not a title named as a noun: "Dem „Spiegel“ sagte Müller, …" — the medium addressed)
              !titleNoun(ctx, s, x) &&
              (subjAt === v.start || /^\s*$/u.test(text.slice(found!.m.end, v.start)) || onlyAdverbial(ctx, s, found!.m.to, v.from)),
          );
      // (Words before the quotation with no cue of their own are part of what was said: "I due leader hanno
      // parlato di «…», ha detto Washington" — mixed.)
      if (qBefore) assertion = [s.cues.some((c) => c.kind === "verb" && !c.joint && c.start < qBefore.start) ? qBefore.start : s.start, qBefore.end];
      const attrib: [number, number] = [Math.min(spStart, v.start), comp ? comp.end : v.end];
      if (found && found.m.start > v.end) attrib[1] = Math.max(attrib[1], found.m.end);
      // "The senator said on Tuesday:", "In a statement, the White House said:", "Ryan put it this way:": a
      // colon ends the sentence a few words of circumstance after the cue — the content is the paragraph after it.
      if (!comp && !q && !qBefore && (!found || found.m.end <= v.start) && colonAfter(ctx, s, v)) {
        const span = trimRegion(text, Math.min(attrib[0], s.start), s.end);
        return { speaker, kind: "indirect", assertion: [span[1], span[1]], cue: v, span, attribution: [attrib], confidence: conf, pending: "next" };
      }
      // "Die Lage sei ernst, sagte Steinmeier am Montag in Berlin.", "…, he said on Monday in a statement.": a
      // trailing cue after a clause, with only adverbials after it and its speaker — the clause is the content.
      // (titles before the speaker belong to it: "…, ông Nguyễn Văn An cho biết.")
      let trailFrom = found && found.m.end <= v.start ? found.m.start : v.start;
      if (found && found.m.end <= v.start) {
        let k = found.m.from;
        while (k - 1 > s.t0 && wordClass(ctx.cp, ctx.tokens[k - 1]) & W.title && soft(ctx, k)) k--;
        trailFrom = ctx.tokens[k]!.start;
      }
      if (
        !comp &&
        !q &&
        !qBefore &&
        sepTitled(ctx, s, trailFrom) &&
        wordsIn(text, [s.start, trailFrom]) >= 3 &&
        (adverbialTail(ctx, s, found && found.m.start > v.end ? found.m.end : v.end, !!found && found.m.start > v.end) ||
          // (or the person addressed and adverbials: "The bill would pass, Ryan told the Times on Tuesday.")
          (found !== null && found.m.end <= v.start && addresseeTail(ctx, s, v)))
      ) {
        const d = makeDraft(ctx, s, speaker, [s.start, trailFrom], v, [[Math.min(spStart, v.start), s.end]], conf);
        if (d) return d;
      }
      // "“…” on the Korean peninsula, the Kremlin statement said as reported by RT.": nothing but a credit
      // after the cue, and the content before the subject, closed by a comma.
      if (
        !qBefore &&
        found &&
        found.m.end <= v.start &&
        trimRegion(text, aStart, aEnd)[1] - trimRegion(text, aStart, aEnd)[0] < 3 &&
        sepTitled(ctx, s, trailFrom) &&
        wordsIn(text, [s.start, trailFrom]) >= 3
      ) {
        const d = makeDraft(ctx, s, speaker, [s.start, trailFrom], v, [attrib], conf);
        if (d) return d;
      }
      // No content after the cue: "Sean Spicer … stwierdził:" opens the paragraph after it; "Tak
      // powiedział Pieskow." credits the quotation before it (the document passes decide).
      if (!qBefore && trimRegion(text, aStart, aEnd)[1] - trimRegion(text, aStart, aEnd)[0] < 3) {
        const colon = /^\s*:\s*$/u.test(text.slice(Math.max(aStart, v.end), s.end));
        const span = trimRegion(text, Math.min(attrib[0], s.start), s.end);
        return {
          speaker,
          kind: "indirect",
          assertion: [span[1], span[1]],
          cue: v,
          span,
          attribution: [attrib],
          confidence: conf,
          pending: colon ? "next" : "before",
        };
      }
      return makeDraft(ctx, s, speaker, assertion, v, [attrib], conf);
    }
    return null;
  },
};

/**
 * Whether the clause after a verb-second reporting verb holds a claim as its object (pack
 * `reporting.claimNouns`: "Darstellung", "Vorwürfe", "Behauptung") or a statement phrase ("in einer
 * Erklärung"): "widersprach der Minister einer Darstellung", "wies die Vorwürfe zurück".
 */
/** Whether `v` opens the sentence right after a date closed by a comma ("Sáng nay, trả lời …", "On Tuesday, speaking …"). */
function afterOpeningDate(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, text } = ctx;
  const k = skipDates(s, s.t0, tokens);
  return k > s.t0 && v.from === k && commaBeforeToken(text, tokens, k);
}

/** Whether a comma closes the clause of `v` before `next`, with words (a subject) between it and `next`, and no quotation or complementizer across. */
function openingClause(ctx: Ctx, s: SentenceInfo, v: Cue, next: Cue): boolean {
  const comma = ctx.text.indexOf(",", v.end);
  if (comma < 0 || comma >= next.start) return false;
  if (s.quotes.some((q) => q.start < next.start && q.end > v.start)) return false;
  // (no complementizer in between: "Dijo el ministro que …, y añadió que …" reports twice)
  if (s.cues.some((c) => c.kind === "comp" && c.from >= v.to && c.to <= next.from)) return false;
  return wordsIn(ctx.text, [comma + 1, next.start]) >= 1;
}

function claimObject(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, cp, text } = ctx;
  const end = text.slice(v.end, s.end).search(/[,;:]/u);
  const stop = end < 0 ? s.end : v.end + end;
  // (the object, not a noun in a prepositional phrase: "äußerten Zweifel an der Darstellung" is none)
  const object = (k: number) => {
    let d = k - 1;
    while (d >= v.to && !(wordClass(cp, tokens[d]) & W.det)) d--;
    return d < v.to || !(wordClass(cp, tokens[d - 1]) & W.prep);
  };
  for (let k = v.to; k < s.t1 && tokens[k]!.start < stop; k++) {
    if (cp.claimNouns.has(tokens[k]!.key) && object(k)) return true;
    if (s.cues.some((c) => c.kind === "noun" && c.from === k)) return true;
  }
  return false;
}

/**
 * Where the words from `at` to the next comma are only adverbs and the particle of the separable
 * verb `v` ("jedoch an, …", "mit, …"), or any words the particle closes ("alle Mitglieder dazu auf, …"),
 * the start of the clause after that comma; else `at`.
 */
function pastParticle(ctx: Ctx, s: SentenceInfo, v: Cue, at: number): number {
  const { tokens, text } = ctx;
  let k = v.to;
  while (k < s.t1 && tokens[k]!.start < at) k++;
  if (k >= s.t1) return at;
  const end = clauseEnd(ctx, s, k);
  if (end + 1 >= s.t1 || !/^\s*,\s*$/u.test(text.slice(tokens[end]!.end, tokens[end + 1]!.start))) return at;
  // (and the person addressed, a short phrase opened by a preposition of address: "erklärte gegenüber der Zeitung, …")
  const to = ctx.cp.pack.reporting.addresseePrepositions.map((w) => ctx.cp.fold(w));
  // (or the particle closes the clause, the words before it the verb's addressee: "rief alle Mitglieder dazu auf, …",
  // "schlug dem Bundestag vor, …")
  const closed = (end > k && particleOf(ctx, ctx.cp.cues, v, end)) || adverbialPhrase(ctx, s, v, k, end) || stateWords(ctx, v, k, end);
  for (let j = k; j <= end && !closed; j++) {
    if (to.includes(tokens[j]!.key) && end - j <= 5) break;
    if (!(wordClass(ctx.cp, tokens[j]) & W.adv) && !particleOf(ctx, ctx.cp.cues, v, j)) return at;
  }
  // (and a complementizer after the comma: "ließ die Sprecherin verlauten, dass …")
  const comp = s.cues.find((c) => c.kind === "comp" && c.from === end + 1);
  return comp && comp.to < s.t1 ? tokens[comp.to]!.start : tokens[end + 1]!.start;
}

/**
 * Verb second: reported speech follows the comma, so a short phrase between the verb and the comma that opens
 * (after dates) with a preposition is where or how it was said, not content: "sagte 2019 in Berlin, …",
 * "erklärte am Montag in einem Interview, …". Not with a verb whose object is its content, nor before a clause
 * a conjunction or a relative opens.
 */
function adverbialPhrase(ctx: Ctx, s: SentenceInfo, v: Cue, k: number, end: number): boolean {
  const { tokens, cp } = ctx;
  if (!cp.pack.grammar.verbSecond || end - k > 7 || end + 1 >= s.t1) return false;
  const p = skipDates(s, k, tokens);
  if (p > end || wordClass(cp, tokens[end + 1]) & (W.conj | W.rel)) return false;
  // (or a medium addressed in the dative, a few words: "sagte dem ORF, …", "sagte der Zeitung, …")
  const medium =
    end - p <= 3 &&
    (wordClass(cp, tokens[p]) & W.det) !== 0 &&
    (s.mentions.some((m) => m.from > p && m.to === end + 1 && resolve(ctx, m)?.kind === "media") || cp.media.matchAt(tokens, end, ctx.text)?.to === end + 1);
  if (!medium && !(wordClass(cp, tokens[p]) & W.prep)) return false;
  return !objectVerb(ctx, s, v);
}

/**
 * A verb that needs content with a word or two of state in lower case before the comma: "zeigte sich überzeugt, …",
 * "zeigte sich sehr erleichtert, …" — the state is the verb's, the content follows the comma.
 */
function stateWords(ctx: Ctx, v: Cue, k: number, end: number): boolean {
  if (!v.needsContent || end - k > 1) return false;
  for (let j = k; j <= end; j++) if (ctx.tokens[j]!.upper || ctx.tokens[j]!.digits) return false;
  return true;
}

/**
 * Whether reporting verb `next` is coordinated with verb `v` by a conjunction with no separator before it,
 * a few words after `v` that open with a determiner (its object) and no quotation between, and opens its content itself (a complementizer, a comma
 * or a colon right after it): "bestätigte den Vorfall und gab an, dass …", "confirmed the arrest and said that …".
 */
export function coordinatedReport(ctx: Ctx, s: SentenceInfo, v: Cue, next: Cue): boolean {
  const { tokens, cp, text } = ctx;
  const k = next.from - 1;
  if (k <= v.to || next.from - v.to > 8 || !(wordClass(cp, tokens[k]) & W.conj) || separates(ctx, k)) return false;
  // (the words between are an object, opened by a determiner: not "s-a declarat încântat de … şi a promis că …")
  // (or by a noun with its article attached, pack `grammar.articleSuffixes`: "a criticat planul și a declarat că …")
  const t = tokens[v.to]!;
  // (or, where no article marks a noun — pack `grammar.joiners` empty, with case endings — any noun in lower case after a
  // speech act whose object is what it reports, pack `reporting.objectVerbs`: "skrytykował plan rządu i powiedział, że …")
  const bare = cp.pack.grammar.joiners.length === 0 && cp.endings.length > 0 && !t.upper && cp.objectVerbs.findAll(tokens, text, v.from, v.to).length > 0;
  if (!(wordClass(cp, t) & W.det) && !(!t.upper && cp.articleSuffix?.test(t.key)) && !bare) return false;
  // (nor a clause with its own auxiliary, which is the first verb's content: "said the bill was dead and added that …")
  for (let j = v.to + 1; j < k; j++) if (wordClass(cp, tokens[j]) & W.aux) return false;
  if (s.quotes.some((q) => q.start >= v.end && q.start < next.start)) return false;
  if (s.cues.some((c) => c.kind === "comp" && c.from >= next.to && c.from <= next.to + 1)) return true;
  if (next.to < s.t1 && /^\s*[,:]/u.test(text.slice(next.end, tokens[next.to]!.start))) return true;
  return secondContent(ctx, s, next);
}

/** Most words of a prepositional phrase between a second reporting verb and its complementizer ("in a floor speech"). */
const PP_WORDS = 6;

/**
 * Whether the content of a second reporting verb opens after it further on: a date or a prepositional phrase of a
 * few words, then a complementizer ("and said in a floor speech that …", "and said on Tuesday that …"), or a bare
 * clause whose subject is a pronoun followed by an auxiliary ("and said it would …", "but said she had …").
 */
function secondContent(ctx: Ctx, s: SentenceInfo, next: Cue): boolean {
  const { tokens, cp, text } = ctx;
  const at = skipDates(s, next.to, tokens);
  if (at >= s.t1) return false;
  const comp = s.cues.find((c) => c.kind === "comp" && c.from >= at && c.from <= at + PP_WORDS);
  if (
    comp &&
    (comp.from === at || (wordClass(cp, tokens[at]) & W.prep) !== 0) &&
    !/[,;:.!?„“”"«»()]/u.test(text.slice(next.end, comp.start)) &&
    !s.cues.some((c) => c.kind === "verb" && c.from >= next.to && c.from < comp.from)
  )
    return true;
  // (a pronoun subject and its auxiliary, right after the verb with nothing between: not "and told him to …")
  const k = next.to;
  return (
    k === at &&
    k + 1 < s.t1 &&
    (wordClass(cp, tokens[k]) & (W.pronoun | W.thing)) !== 0 &&
    (wordClass(cp, tokens[k + 1]) & W.aux) !== 0 &&
    /^\s+$/u.test(text.slice(next.end, tokens[k]!.start))
  );
}

/** Whether token `k` is a name: capitalised, or the start of a known mention. */
function nameAt(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  return k < s.t1 && (ctx.tokens[k]!.upper || s.mentions.some((m) => m.from === k && m.ref.type !== "pronoun" && m.ref.type !== "anaphor"));
}

/**
 * Whether a cue is the participle of a speech act whose object is its content (pack `reporting.objectVerbs`) that
 * closes the sentence, with nothing after it but the final mark, so that its object stands before it: "Der Minister hat
 * die Vorwürfe zurückgewiesen.", "Die Partei hat am Montag ihren Rückzug angekündigt."
 */
function objectLast(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, text, cp } = ctx;
  if (v.to !== s.t1 || !/^[\s.!]*$/u.test(text.slice(v.end, s.end))) return false;
  if (v.from - 1 <= s.t0 || /[,;:()„“”"«»]/u.test(text.slice(tokens[v.from - 1]!.end, v.start))) return false;
  return cp.objectVerbs.findAll(tokens, text, v.from, v.to).some((m) => m.from === v.from && m.to === v.to);
}

/** Whether a cue is a speech act whose object is its content (pack `reporting.objectVerbs`) and an object follows it in its clause. */
function objectVerb(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, text, cp } = ctx;
  if (v.to >= s.t1 || /[.,;:!?]/u.test(text.slice(v.end, tokens[v.to]!.start))) return false;
  // ("sagte weitere Hilfe zu": the particle ends the clause)
  return cp.objectVerbs.findAll(tokens, text, v.from, v.to).length > 0 || particleOf(ctx, cp.objectVerbs, v, clauseEnd(ctx, s, v.to));
}

/**
 * Whether a joining word ("of", "for", "des") stands between tokens a and b: what follows it is a
 * complement — right after it (and its article), or anywhere after it when `far` (a body, not a person).
 */
function joinedBetween(ctx: Ctx, a: number, b: number, far: boolean): boolean {
  let joined = -1;
  for (let k = a + 1; k < b; k++) {
    if (!soft(ctx, k)) return false; // (an apposition after a comma is no complement)
    if (wordClass(ctx.cp, ctx.tokens[k]) & W.join) joined = k;
  }
  // (right after the joining word and its article: "Außenminister der Russischen Föderation Sergei Lawrow" names the minister)
  const det = joined + 1 < b && (wordClass(ctx.cp, ctx.tokens[joined + 1]) & W.det) !== 0;
  return joined >= 0 && (far || b === joined + 1 + (det ? 1 : 0)) && soft(ctx, b);
}

/**
 * The subject of the clause that opens the sentence and ends before token `end` (a comma before a
 * participle): the noun phrase, from the sentence's first word, before the clause's main verb — the
 * last lower-case word followed by its object (an article, a number, a pronoun), a preposition or a
 * date ("A federal judge in Texas | blocked the rule on Friday", "The Senate majority leader |
 * delayed the vote"). Null when no phrase from the first word stands before such a word.
 */
function mainSubject(ctx: Ctx, s: SentenceInfo, end: number): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp } = ctx;
  let best: { speaker: Speaker; m: Mention } | null = null;
  for (let k = s.t0; k < end && k < s.t0 + 16; k++) {
    const t = tokens[k]!;
    const n = tokens[k + 1];
    if (!n || k + 1 > end) continue;
    // (an adverbial of the pack after a word is no object of it: "Белый дом, в свою очередь, сообщил, …" — "дом" is no verb)
    if (s.cues.some((c) => c.kind === "adverbial" && c.from === k + 1)) continue;
    // (An auxiliary listed among the adverbs right after a word is the main verb's: the phrase ends
    // with that word — "Le ministre des Affaires étrangères | a quitté Paris", "Il ministro degli Esteri | ha lasciato Roma".)
    const auxNext = (wordClass(cp, n) & W.adv) !== 0 && k + 2 < end && !tokens[k + 2]!.upper && wordClass(cp, tokens[k + 2]) === 0 && soft(ctx, k + 1);
    // (a comma may close an apposition or a relative clause on the subject right before the verb: see below)
    const commaBefore = k > s.t0 && /^,[”"’»]?\s+$/u.test(ctx.text.slice(tokens[k - 1]!.end, t.start));
    if ((t.upper && !auxNext) || t.digits || (wordClass(cp, t) !== 0 && !auxNext) || (k > s.t0 && !soft(ctx, k) && !commaBefore)) continue;
    // (the second half of a hyphenated word is no verb: "Le porte-parole du Kremlin, Dmitri Peskov, a visité …")
    if (k > s.t0 && tokens[k - 1]!.end + 1 === t.start && /[-‐]/u.test(ctx.text.charAt(t.start - 1))) continue;
    const dated = s.dates.some((d) => d.start === n.start);
    // (or a reporting verb itself, before an object with no article: "Minister skrytykował plan i powiedział, że …")
    const cued = s.cues.some((c) => c.kind === "verb" && c.from === k);
    if (!dated && !auxNext && !cued && !(wordClass(cp, n) & (W.det | W.pronoun | W.prep))) continue;
    // (a noun after a possessive is no verb: "Donald Trump's campaign on Tuesday dismissed …")
    if (afterPossessive(ctx, k, s.t0, s.t1)) continue;
    // (a date right before the verb is no part of the subject: "… campaign on Tuesday | dismissed")
    let v = auxNext ? k + 1 : k;
    const before = s.dates.find((d) => k > s.t0 && d.end === tokens[k - 1]!.end && d.start > tokens[s.t0]!.start);
    if (before && !auxNext) {
      let j = k - 1;
      while (j > s.t0 && tokens[j - 1]!.end > before.start) j--;
      // (and the preposition that opens it: "on Tuesday")
      if (j - 1 > s.t0 && wordClass(cp, tokens[j - 1]) & W.prep) j--;
      v = j;
    }
    let p = phraseBefore(ctx, s, v);
    // (An apposition or a relative clause set off by commas between the subject and its verb: "Tomas Reyna, a
    // Democrat, criticized the plan but said …", "A spokeswoman, Jane Roe, declined to comment but said …".)
    if (commaBefore && v === k) {
      const sub = subjectPhraseBefore(ctx, s, v);
      const sp = sub && (sub.phrase.from === s.t0 || sub.role?.from === s.t0) ? speakerOfPhrase(ctx, s, sub) : null;
      if (sp) best = sp;
      continue;
    }
    if (!p || p.from !== s.t0) continue;
    // A joining word between a name and a lower-case word is the verb's auxiliary, not a joint of the
    // phrase: "Un judecător federal din Texas | a blocat regula vineri, afirmând că …".
    for (let j = p.from + 2; j < p.to - 1; j++)
      if (wordClass(cp, tokens[j]) & W.join && tokens[j - 1]!.upper && !tokens[j + 1]!.upper && !(wordClass(cp, tokens[j + 1]) & W.det)) {
        p = { from: p.from, to: j, start: p.start, end: tokens[j - 1]!.end };
        break;
      }
    const sp = speakerOfPhrase(ctx, s, { phrase: p, role: null });
    if (sp) best = sp;
  }
  return best;
}

/**
 * A known person or body, or a name, opening the sentence (at most a word before it) and ending
 * before the verb, not governed by a preposition: the subject of a participle after a comma where
 * {@link mainSubject} cannot find the main verb.
 */
function openingSubject(ctx: Ctx, s: SentenceInfo, v: Cue): { speaker: Speaker; m: Mention } | null {
  const m = s.mentions.find((x) => x.from <= s.t0 + 1 && x.to < v.from && (x.ref.type === "entity" || x.ref.type === "role"));
  if (!m || (m.from > s.t0 && wordClass(ctx.cp, ctx.tokens[s.t0]) & W.prep)) return null;
  const sp = resolve(ctx, m);
  return sp && (sp.kind === "person" || sp.kind === "institution") ? { speaker: sp, m } : null;
}

/**
 * The coordinating conjunction right before the verb at token k (adverbs may stand between: "but
 * also said"), with no subject between them, after a clause of at least two words: its token, else
 * null. Not a complementizer or a relative pronoun ("that said", "which said").
 */
/** The subject of the verb of aspect at token `asp` before cue `v`: the phrase before it, or the sentence's subject after a conjunction. */
function aspectSubject(ctx: Ctx, s: SentenceInfo, v: Cue, asp: number): { speaker: Speaker; m: Mention } | null {
  const cj = coordinatedAt(ctx, s, asp);
  if (cj !== null) return mainSubject(ctx, s, cj);
  const sub = subjectPhraseBefore(ctx, s, asp);
  const ph = sub ? speakerOfPhrase(ctx, s, sub) : null;
  if (ph) return ph;
  const at = ctx.tokens[asp]!;
  return subjectBefore(ctx, s, { ...v, from: asp, start: at.start }) ?? thingPronoun(ctx, s, asp);
}

function coordinatedAt(ctx: Ctx, s: SentenceInfo, k: number): number | null {
  const { tokens, cp } = ctx;
  let j = k - 1;
  // (not a coordinator that folds to an adverb: Italian "e" / "è")
  while (j > s.t0 && k - j <= 3 && (wordClass(cp, tokens[j]) & (W.adv | W.pronoun | W.and)) === W.adv) j--;
  if (j <= s.t0 + 1 || !soft(ctx, j + 1)) return null;
  const c = wordClass(cp, tokens[j]);
  return c & W.conj && !(c & (W.comp | W.rel | W.pronoun)) ? j : null;
}

/**
 * Whether a clause of its own follows the verb up to the end of its clause: a subject of at most four
 * words that are no function words but a determiner, then an auxiliary ("said most clinics would
 * remain open", "said the agency was reviewing it"); not an object ("criticized Putin's government").
 */
function bareClauseAfter(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, cp } = ctx;
  const k0 = skipDates(s, v.to, tokens);
  for (let k = k0 + 1; k < s.t1 && k <= k0 + 4; k++) {
    if (separates(ctx, k)) return false;
    const c = wordClass(cp, tokens[k]);
    if (c & (W.aux | W.passive)) return k + 1 < s.t1 && !separates(ctx, k + 1);
    if (c & ~(W.det | W.adv | W.nonName) && !(c & W.pronoun)) return false;
  }
  return false;
}

/**
 * Whether the verb at token k is in a relative clause opened after a comma by a relative pronoun that is
 * its object, with a short subject between ("…, which reviewers have called", "…, which the senator called").
 */
function relativeWithSubject(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, text, cp } = ctx;
  // (not a verb after the comma that closes the clause: "Rep. Dana Kell, who chairs the committee, said …" — the
  // clause is an apposition on the subject, the verb the main clause's)
  // (nor a verb phrase that opens the sentence: no clause before it — "Für möglich hält es die Ministerin, dass …")
  if (k <= s.t0 || commaBeforeToken(text, tokens, k)) return false;
  for (let j = k - 2; j > s.t0 && k - j <= 5; j--) {
    if (!soft(ctx, j + 1)) return false;
    if (wordClass(cp, tokens[j]) & W.rel) return /,\s*$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
  }
  return false;
}

/** Whether the phrase right before the verb at token k follows a preposition that also opens a clause ("… after the senators announced"), not at the sentence's start. */
function subordinateSubject(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const p = phraseBefore(ctx, s, k);
  if (!p || p.from - 1 <= s.t0) return false;
  return opensClause(ctx, s, p.from - 1, k);
}

/**
 * Whether a relative clause opens at token k after a comma — a relative pronoun (pack `reporting.relatives`),
 * auxiliaries or adverbs after it — with a reporting verb: "…, who said", "…, che hanno detto", "…, care au spus".
 */
function relativeOfSaying(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, text, cp } = ctx;
  // (past a name set off by commas after the agent: "announced by the mayor, John Keller, who said …", "anunțat de
  // purtătorul de cuvânt, Maria Enache, care a spus …" — the clause is on the person named)
  if (k > s.t0 && k < s.t1 && !(wordClass(cp, tokens[k]) & W.rel) && commaBeforeToken(text, tokens, k)) {
    const name = s.names.find((x) => x.from === k && x.to - x.from <= 4);
    if (name && name.to < s.t1 && commaBeforeToken(text, tokens, name.to)) k = name.to;
  }
  if (k <= s.t0 || k >= s.t1 || !(wordClass(cp, tokens[k]) & W.rel) || !commaBeforeToken(text, tokens, k)) return false;
  let j = k + 1;
  // (a date may stand between them: "…, que la semana pasada dijo que …")
  while (
    j < s.t1 &&
    j - k <= 6 &&
    soft(ctx, j) &&
    (wordClass(cp, tokens[j]) & (W.aux | W.adv) || dateWordAt(s, tokens, j)) &&
    !s.cues.some((c) => c.kind === "verb" && c.from === j)
  )
    j++;
  return s.cues.some((c) => c.kind === "verb" && c.from === j);
}

/** Whether the subject of the verb at token k is a relative pronoun after a comma ("…, which has criticized"). */
function relativeSubject(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, text, cp } = ctx;
  let j = k - 1;
  while (j > s.t0 && k - j <= 4 && wordClass(cp, tokens[j]) & W.adv && !(wordClass(cp, tokens[j]) & W.rel)) j--;
  if (j <= s.t0 || !(wordClass(cp, tokens[j]) & W.rel)) return false;
  return /,\s*$/u.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
}

/**
 * The subject of a verb-second clause whose reporting verb is a participle at its end: the phrase
 * before the auxiliary when it opens the clause ("Die Regierung hat … angekündigt"), else the phrase
 * right after it ("Heute hat die Staatsanwaltschaft … bekannt gegeben").
 */
function v2Subject(ctx: Ctx, s: SentenceInfo, from: number, v: Cue): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp } = ctx;
  let aux = -1;
  for (let j = from; j < v.from; j++)
    if (wordClass(cp, tokens[j]) & W.aux) {
      aux = j;
      break;
    }
  if (aux < 0) return null;
  const before = subjectPhraseBefore(ctx, s, aux);
  if (before && before.phrase.from === from) return speakerOfPhrase(ctx, s, before);
  // (The auxiliary opens its clause right after a parenthesis on the subject that opens the sentence: "Der
  // Chef der Bahn, Peter Maier, hat angekündigt, …", "Peter Maier, Chef der Bahn, hat angekündigt, …".)
  if (before && aux === from && Math.min(before.phrase.from, before.role?.from ?? Number.POSITIVE_INFINITY) === s.t0) return speakerOfPhrase(ctx, s, before);
  // A personal pronoun opening the clause right before the auxiliary ("Er hatte betont, dass …", "Sie wollte nicht
  // ausschließen, dass …"), or right after it ("Gestern hatte er betont, …"), is the subject: who was named last.
  const pro = s.mentions.find((m) => m.ref.type === "pronoun" && ((m.from === from && m.to === aux) || (m.from === aux + 1 && m.to <= v.from)));
  if (pro) {
    const sp = resolve(ctx, pro);
    return sp ? { speaker: sp, m: pro } : null;
  }
  const after = phraseAfter(ctx, s, aux + 1);
  return after && after.to <= v.from ? speakerOfPhrase(ctx, s, { phrase: after, role: null }) : null;
}

/**
 * Where the content starts after the person a verb addresses (pack `reporting.addresseeVerbs`):
 * "told reporters last month she had concerns" → "she …", "told the FT on Monday that …" → after
 * "that", "told reporters: “…”" → after the colon. Null when no clear start follows a short addressee.
 */
function afterAddressee(ctx: Ctx, s: SentenceInfo, v: Cue): number | null {
  const { tokens, text, cp } = ctx;
  if (!cp.addresseeVerbs.findAll(tokens, text, v.from, v.to).length) return null;
  const k0 = skipDates(s, v.to, tokens);
  const ad = phraseAfter(ctx, s, k0);
  if (!ad || ad.from !== k0 || ad.to <= ad.from || ad.to - ad.from > 4) return null;
  const gap = text.slice(tokens[ad.to - 1]!.end, tokens[ad.to]?.start ?? s.end);
  if (/^\s*:/u.test(gap)) return tokens[ad.to - 1]!.end + gap.indexOf(":") + 1;
  // The content opens with its own subject (a pronoun, an article, a name) or "that", at most two
  // words of time after the addressee ("told reporters last month she …").
  // ("it" too: "told reporters it had been a difficult week")
  const opens = (j: number) => (wordClass(cp, tokens[j]) & (W.pronoun | W.thing | W.det | W.comp)) !== 0 || s.mentions.some((m) => m.from === j);
  let k = skipDates(s, ad.to, tokens);
  while (k < s.t1 && k < ad.to + 3 && !opens(k)) k++;
  if (k >= s.t1 || !opens(k)) return null;
  if (wordClass(cp, tokens[k]) & W.comp) k++;
  // (not past a quotation mark: "told reporters “…”" keeps its quotation whole)
  if (k >= s.t1 || rest(s, k, tokens) < 2 || /[:"“”„«»]/u.test(text.slice(v.end, tokens[k]!.start))) return null;
  return tokens[k]!.start;
}

/**
 * Whether the sentence ends with a colon a few words after the verb — dates, a statement noun or an
 * addressee ("said on Tuesday:", "said in a statement:", "told reporters:", "put it this way:"),
 * with no other mark between.
 */
function colonAfter(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { text, tokens } = ctx;
  const tail = text.slice(v.end, s.end);
  if (!/^[^,;.!?„“”"«»:]*:\s*$/u.test(tail)) return false;
  let words = 0;
  for (let k = skipDates(s, v.to, tokens); k < s.t1; k = skipDates(s, k + 1, tokens)) {
    if (!s.cues.some((c) => c.kind === "noun" && c.from <= k && k < c.to)) words++;
  }
  return words <= 3;
}

/**
 * Where the content starts after a medium's title that the verb addresses: one article or preposition right after
 * the verb, a title-shaped quotation, then a comma and a clause of at least three words to the end of the sentence that
 * opens with no relative pronoun ("sagte der „Welt am Sonntag“, die Lage sei ernst"). Null otherwise ("sagte „Nein“, …", "nannte die
 * „Reform“, die …").
 */
function afterTitleAddressee(ctx: Ctx, s: SentenceInfo, v: Cue): number | null {
  const { tokens, text, cp } = ctx;
  const k = v.to;
  if (k >= s.t1 || !(wordClass(cp, tokens[k]) & (W.det | W.prep)) || !/^\s+$/u.test(text.slice(v.end, tokens[k]!.start))) return null;
  const q = s.quotes.find((x) => x.start >= tokens[k]!.end && /^\s*$/u.test(text.slice(tokens[k]!.end, x.start)));
  if (!q || !titleShaped(cp, text, q) || /[,.;:!?]/u.test(text.slice(q.start + 1, q.end - 1))) return null;
  const comma = /^\s*,\s*/u.exec(text.slice(q.end, s.end));
  if (!comma) return null;
  const at = q.end + comma[0].length;
  let j = k + 1;
  while (j < s.t1 && tokens[j]!.start < at) j++;
  // (the clause runs to the end of the sentence: a comma after it may close a relative clause on the title)
  // (nor with the article of the title again, as a relative pronoun agrees with it: "kritisierte die „Reform“, die beschlossen wurde")
  if (
    j >= s.t1 ||
    wordClass(cp, tokens[j]) & W.rel ||
    tokens[j]!.key === tokens[k]!.key ||
    wordsIn(text, [at, s.end]) < 3 ||
    text.slice(at, s.end).includes(",")
  )
    return null;
  return at;
}

/**
 * Whether a quotation is a title named as a noun — a medium addressed, not what was said: title-shaped, right after
 * an article or a preposition, with no comma or dash after it ("Dem „Spiegel“ sagte Müller, …", "In einem Interview
 * der „SZ“ sagte …"). A quotation set off by a comma ("„Nein“, sagte Müller.") stays content.
 */
function titleNoun(ctx: Ctx, s: SentenceInfo, q: { start: number; end: number }): boolean {
  const { tokens, text } = ctx;
  if (/^\s*[,–—]/u.test(text.slice(q.end, q.end + 3)) || /[,–—]\s*\S?$/u.test(text.slice(q.end - 3, q.end))) return false;
  let k = -1;
  for (let j = s.t0; j < s.t1 && tokens[j]!.end <= q.start; j++) k = j;
  if (k < 0 || !/^\s*\S?$/u.test(text.slice(tokens[k]!.end, q.start))) return false;
  return (wordClass(ctx.cp, tokens[k]) & (W.det | W.prep)) !== 0 && titleShaped(ctx.cp, ctx.text, q);
}

/**
 * Whether a mark sets off what stands before `at` (`sepBefore`) — not a title named as a noun that ends right
 * there: in "In einem Interview der „SZ“ sagte Müller, …" nothing before the verb is content.
 */
function sepTitled(ctx: Ctx, s: SentenceInfo, at: number): boolean {
  return sepBefore(ctx.text, s.start, at) && !s.quotes.some((x) => x.end <= at && /^\s*$/u.test(ctx.text.slice(x.end, at)) && titleNoun(ctx, s, x));
}

let detsCache: { pack: unknown; set: Set<string> } | null = null;
/** The folded articles that may mark whom one tells (pack `grammar.addresseeDeterminers`), cached per pack. */
function addresseeDets(ctx: Ctx): Set<string> {
  if (detsCache?.pack !== ctx.cp.pack) detsCache = { pack: ctx.cp.pack, set: new Set(ctx.cp.pack.grammar.addresseeDeterminers.map((w) => ctx.cp.fold(w))) };
  return detsCache.set;
}

/**
 * The text of `[a, b)` with the quotations in it that read as titles (every word capitalised but the
 * function words after the first: “This Week”, “State of the Union”) left out.
 */
function withoutTitles(ctx: Ctx, s: SentenceInfo, a: number, b: number): string {
  const { text } = ctx;
  let out = "",
    at = a;
  for (const q of s.quotes) {
    if (q.start < a || q.end > b) continue;
    if (!titleShaped(ctx.cp, ctx.text, q)) continue;
    out += text.slice(at, q.start);
    at = q.end;
  }
  return out + text.slice(at, b);
}

/** Whether what follows an addressee verb is its addressee (a short phrase) and adverbials only: "…, Ryan told the Times on Tuesday." */
function addresseeTail(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { tokens, text, cp } = ctx;
  if (!cp.addresseeVerbs.findAll(tokens, text, v.from, v.to).length) return false;
  const k0 = skipDates(s, v.to, tokens);
  const ad = phraseAfter(ctx, s, k0);
  if (!ad || ad.from !== k0 || ad.to - ad.from > 5) return false;
  return ad.to >= s.t1 ? /^[\s.!?…]*$/u.test(text.slice(ad.end, s.end)) : adverbialTail(ctx, s, ad.end);
}

/** Whether a quotation opens within the clause after the verb, before a comma outside quotations ends it. */
function quotedInClause(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { text } = ctx;
  const q = s.quotes.find((x) => x.start >= v.end);
  if (!q) return false;
  if (/[,;:.!?]/u.test(text.slice(v.end, q.start))) return false;
  // (not when the main clause reports too: "Rand Paul, who called the measure “Obamacare lite,” said he …")
  return !s.cues.some((c) => c.kind === "verb" && c.start >= q.end);
}

/** The indefinite pronoun of people that opens the clause right before cue `v` as its speaker (see `reporting.indefinitePeople`), or null. */
function indefiniteBefore(ctx: Ctx, s: SentenceInfo, v: Cue): { speaker: Speaker; m: Mention } | null {
  const { tokens, cp } = ctx;
  const words = cp.pack.reporting.indefinitePeople;
  const k = v.from - 1;
  if (!words.length || k < s.t0 || !soft(ctx, v.from)) return null;
  const t = tokens[k]!;
  const another = cp.pack.reporting.anotherPeople.some((w) => w.toLowerCase() === t.key);
  if (!another && !words.some((w) => w.toLowerCase() === t.key)) return null;
  // (opening the sentence or a clause after a conjunction: not "the views of some said …", nor set off by commas
  // inside the content, "The plan, some said, was flawed.")
  if (k > s.t0 && !(wordClass(cp, tokens[k - 1]) & W.conj)) return null;
  const m: Mention = { from: k, to: k + 1, start: t.start, end: t.end, ref: { type: "name" } };
  if (another) return { speaker: anotherOf(ctx.d.last, t.text, [t.start, t.end]), m };
  return { speaker: { name: t.text, id: null, mention: t.text, mentionSpan: [t.start, t.end], kind: "unknown", role: null, side: null }, m };
}

const LOWER_WORD = /^\p{Ll}{3,}$/u;

/**
 * "One official said … Another said …": one more person of the kind of the last speaker's description, named by
 * its head noun ("another official"); with no description before, an unknown speaker.
 */
function anotherOf(last: Speaker | null, word: string, span: [number, number]): Speaker {
  const mention = last?.mention?.trim() ?? "";
  const head = mention.split(/\s+/u).pop() ?? "";
  // (a description in lower case of two words or more: "One White House official", "a senior aide")
  const described = mention.includes(" ") && LOWER_WORD.test(head);
  const named = last?.name.toLowerCase().startsWith(`${word.toLowerCase()} `) ? last.name : null;
  const name = named ?? (described ? `${word.toLowerCase()} ${head}` : null);
  if (!name) return unnamedSpeaker(word, span);
  return { name, id: null, mention: word, mentionSpan: span, kind: "unknown", role: null, side: last?.side ?? null };
}

/** Whether token k opens a relative clause: a relative pronoun, or, where relatives are articles, an article before no noun (", der am Sonntag …"). */
const relativeAt = (ctx: Ctx, s: SentenceInfo, k: number): boolean => {
  const c = wordClass(ctx.cp, ctx.tokens[k]);
  return (c & W.rel) !== 0 || ((c & W.det) !== 0 && k + 1 < s.t1 && !ctx.tokens[k + 1]!.upper);
};

/**
 * Content of a verb's own after it: a complementizer, a quotation, a colon, or a comma that opens no relative clause
 * (", die Verhandlungen abzubrechen" but not ", der am Sonntag …").
 */
function contentOwn(ctx: Ctx, s: SentenceInfo, v: Cue): boolean {
  const { text, tokens } = ctx;
  if (s.cues.some((c) => c.kind === "comp" && c.from >= v.to) || s.quotes.some((q) => q.start >= v.end)) return true;
  for (let k = v.to; k < s.t1; k++) {
    const gap = text.slice(k > v.to ? tokens[k - 1]!.end : v.end, tokens[k]!.start);
    if (gap.includes(":")) return true;
    if (gap.includes(",") && !relativeAt(ctx, s, k)) return true;
  }
  return false;
}

/** Whether the words from token `k` to the sentence's end are a subject: capitalised, after its determiner ("l'Élysée", "la Moncloa", "Palazzo Chigi"). */
function relayedSubjectAt(ctx: Ctx, s: SentenceInfo, k: number): boolean {
  const { tokens, cp } = ctx;
  let i = k;
  while (i < s.t1 && i - k < 2 && wordClass(cp, tokens[i]) & W.det) i++;
  if (i >= s.t1 || !tokens[i]!.upper) return false;
  for (let j = i; j < s.t1; j++) if (!tokens[j]!.upper && !(wordClass(cp, tokens[j]) & (W.join | W.det))) return false;
  return true;
}
