import { commaBeforeToken } from "../../text/tokens.js";
import { isPerson, noteGroups, notePersons, noteSpeaker, resolveMention, setLastPerson, titledSurname } from "../speakers.js";
import type { Speaker } from "../../schema/claim.js";
import { attribute } from "../attribution/index.js";
import { coordinatedAct, coordinatedClause, participleClause } from "../attribution/coordinated.js";
import { speakerAfter } from "../attribution/subjects.js";
import { isRoleWord, noteNames, possessedFrom, statementNouns, wordClass } from "../attribution/phrase.js";
import { noteNamedRoles } from "../attribution/role-holder.js";
import { isHeadline } from "../attribution/11-colon-label.js";
import { firstTokenAt } from "../layout.js";
import { W } from "../lexicon.js";
import { genitiveCase } from "../endings.js";
import { kindOf, trimRegion } from "../attribution/region.js";
import type { Draft } from "../attribution/types.js";
import type { Doc } from "./types.js";

/**
 * Attribution sentence by sentence (src/pipeline/attribution), in reading order, so that a role,
 * a pronoun or an implicit subject resolves to who was named or spoke before. A retrospective
 * cue ("Об этом сообщил Песков.") credits the sentence before it.
 */
export function attributeSentences(doc: Doc): void {
  if (doc.firstParty && doc.issuer) return;
  const { text, tokens, cp, d, infos, drafts } = doc;
  const ctx = { text, tokens, cp, d };
  d.named ??= new Map();
  // (A description headed by a noun of a document or of evidence — "The report", "the poll" — is what "it"
  // refers to next, not "he" or "she": "The report found that … It said …")
  const spoke = (dr: Draft) => {
    const before = d.lastPerson;
    noteSpeaker(d, dr.speaker, cp);
    const m = dr.speaker.mentionSpan;
    if (dr.speaker.kind !== "unknown" || !m || m[1] <= m[0]) return;
    const head = tokens[firstTokenAt(tokens, m[1]) - 1];
    // (So is one headed by the noun of a body: "The company said … It added …", "The committee said … It said …".)
    if (head && (cp.evidenceNouns.has(head.key) || statementNouns(cp).has(head.key) || cp.bodyNouns.has(head.key) || cp.institutionBase.has(head.key))) {
      d.lastThing = dr.speaker;
      if (before && d.earlierPersons?.at(-1) === before) d.earlierPersons.pop();
      d.lastPerson = before;
    }
  };
  infos.forEach((s, i) => {
    if (doc.paraKinds[s.para] === "signature") return;
    // "Об этом сообщил Песков." / "Poinformował o tym rzecznik Kremla.": the sentence before is what was
    // said — also when it has a reporting verb of its own ("Путин предупредил Байдена о последствиях. Об
    // этом сообщил Ушаков.": Ushakov reports the warning). It is never a claim of its own.
    // (It may follow a credit: "Как передает Reuters, об этом говорится в заявлении Белого дома".)
    const retro = s.cues.find((c) => c.kind === "retro" && (c.from - s.t0 <= 3 || (c.from - s.t0 <= 8 && /,\s*$/u.test(text.slice(s.start, c.start)))));
    // (The sentence before may end the paragraph before, when this one opens its own.)
    const adjacent =
      i > 0 &&
      (infos[i - 1]!.para === s.para || (infos[i - 1]!.para === s.para - 1 && doc.sentencesOf.get(s.para)![0] === i && doc.paraKinds[s.para - 1] === "body"));
    if (retro && (!adjacent || doc.joined.has(i - 1))) {
      notePersons(d, s.mentions);
      return;
    }
    if (retro) {
      const prev = infos[i - 1]!;
      // The source named after the retrospective words ("об этом говорится в заявлении Белого дома"), before a credit ahead of them.
      const named = (x: (typeof s.mentions)[number]) => x.ref.type !== "pronoun" && x.ref.type !== "anaphor";
      const m = s.mentions.find((x) => x.from >= retro.to && named(x)) ?? s.mentions.find(named);
      const v = s.cues.find((c) => c.kind === "verb" || c.kind === "impersonal");
      // (a description right after the verb is the speaker, not a body named inside it: "Lo ha riferito un funzionario dell'amministrazione americana")
      // (or any phrase there when no lexicon knows the speaker: "Das berichtete die Zeitung.")
      const described = v && (!m || m.from > v.to) ? speakerAfter({ ...ctx, sentence: s }, s, v.to, 0) : null;
      // (its title may come first: "Das teilte Regierungssprecher Steffen Hebestreit mit.")
      const right = !!described && (described.m.from === v!.to || described.m.lead === v!.to);
      const sp = right ? described!.speaker : m ? resolveMention(m, text, d, cp, [m.start, m.end]) : null;
      if (sp && v) {
        const region = trimRegion(text, prev.start, prev.end);
        drafts[i - 1] = {
          speaker: sp,
          kind: kindOf(text, region, prev.quotes, false),
          assertion: region,
          cue: v,
          span: [region[0], s.end],
          attribution: [[s.start, s.end]],
          confidence: 0.8,
        };
        infos[i - 1] = { ...prev, dates: [...prev.dates, ...s.dates] };
        notePersons(d, s.mentions);
        spoke(drafts[i - 1]!);
        // "…, об этом говорится в заявлении Белого дома:" — and what follows the colon is the statement too.
        if (/:\s*$/u.test(text.slice(s.start, s.end)))
          drafts[i] = {
            ...drafts[i - 1]!,
            speaker: { ...sp, mention: null, mentionSpan: null },
            assertion: [s.end, s.end],
            span: trimRegion(text, s.start, s.end),
            attribution: [[s.start, s.end]],
            pending: "next",
          };
        return;
      }
    }
    let draft = attribute(ctx, s);
    notePersons(d, s.mentions);
    if (s.names.length) noteNames(ctx, s);
    if (s.names.length) noteNamedRoles(ctx, s);
    noteGroups(d, s.mentions, tokens, text, cp, s.cues);
    // "A said X, and B said Y": two claims of one sentence.
    const clause = draft ? (coordinatedClause(ctx, s, draft, attribute) ?? participleClause({ ...ctx, sentence: s }, s, draft)) : null;
    const two = clause ?? (draft ? coordinatedAct(ctx, s, draft) : null);
    // (and three: "criticized the bill and said that A, noting that B" — an act with its own object before the first
    // of two, each a claim of its own, as PolNeAR counts them)
    const three = clause ? coordinatedAct(ctx, s, clause.first) : null;
    if (three) draft = { ...three.first, also: { ...three.second, also: clause!.second } };
    else if (two) draft = { ...two.first, also: two.second };
    if (draft) {
      drafts[i] = draft;
      spoke(draft);
      if (three) spoke(three.second);
      if (two) spoke(two.second);
    } else {
      // A speech act with no content ("Die Firma äußerte Zweifel an der Darstellung."), kept aside: the
      // sentence after it may go on in the mood of reported speech (07-continuation.ts).
      if (cp.pack.reporting.reportedMood.length && s.cues.some((c) => c.kind === "verb" && !c.joint)) {
        const act = attribute({ ...ctx, bare: true }, s);
        const other = !!act?.cue && cp.otherSenses.findAll(tokens, text, act.cue.from, act.cue.to).length > 0;
        if (act?.cue?.kind === "verb" && !other && !act.pending && act.speaker.name !== "unknown") (doc.speechActs ??= new Map()).set(i, act);
      }
      // A person who opens a sentence of narration becomes who "he" and "she" refer to next.
      // An institution or a medium that does is what "it" refers to next.
      const first = s.mentions[0];
      const narrate = (sp: Speaker) => {
        setLastPerson(d, sp);
        d.fresh = sp;
        (doc.narrators ??= new Map()).set(i, sp);
      };
      // A description that opens the sentence with a name set off by commas after it opens with that person
      // ("El abogado de la compañía, Ernesto Villalba, celebró …", "Liderul sindicatului, Dana Ionescu, a salutat …"):
      // the first name, within ten words of the start, noted among the names, with no other mention before it.
      const appositionOpener = (lead: (typeof s.mentions)[number] | undefined) => {
        // (not where every noun is capitalised: a capitalised pair between commas is no sure name there)
        if (cp.pack.matching.capitalizedNouns) return undefined;
        const n = s.names.find((x) => x.from > s.t0 + 1 && (!lead || x.from >= lead.to));
        if (!n || n.from - s.t0 > 10 || s.mentions.some((m) => m !== lead && m.from < n.from)) return undefined;
        if (!commaBeforeToken(text, tokens, n.from) || !/^\s*,/u.test(text.slice(tokens[n.to - 1]!.end))) return undefined;
        return d.named?.get(tokens[n.to - 1]!.text.toLowerCase());
      };
      // (A role written right before a full name no lexicon knows is that person's title: "Министр промышленности
      // Сергей Иванов посетил завод", "Bộ trưởng Ngoại giao Nguyễn Văn An đã gặp …" open with the person named.)
      const titledName = (m: (typeof s.mentions)[number]) => {
        if (m.ref.type !== "role") return undefined;
        const n = s.names.find((x) => x.from === m.to && x.to - x.from >= 2 && /^\s+$/u.test(text.slice(m.end, tokens[x.from]!.start)));
        return n ? d.named?.get(tokens[n.to - 1]!.text.toLowerCase()) : undefined;
      };
      // A capitalised word no lexicon knows that opens the sentence, with a parenthesis in commas after it that
      // tells of a person — a clause opened by a word of content in lower case, or a description with a role word
      // — and a verb after it: a surname ("Clinton, campaigning in Ohio, mocked Trump. “…,” she said."). (Not a
      // parenthesis of adverbs: "Ohio, meanwhile, has become …"; nor a relative clause, nor a word any mention holds.)
      const surnameOpener = (): Speaker | undefined => {
        const n = s.names[0];
        if (cp.pack.matching.capitalizedNouns || !n || n.from !== s.t0 || n.to - n.from !== 1 || s.t1 - s.t0 < 6) return undefined;
        const t = tokens[n.from]!;
        if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isRoleWord(cp, t.text) || wordClass(cp, t) !== 0) return undefined;
        if (s.mentions.some((m) => m.from < n.to + 1) || !/^, *$/u.test(text.slice(t.end, tokens[n.to]!.start))) return undefined;
        let c = n.to + 1;
        while (c < s.t1 && c - n.to <= 8 && !/^, *$/u.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) c++;
        if (c >= s.t1 || c - n.to > 8 || c - n.to < 2) return undefined;
        const lower = (k: number) => !tokens[k]!.upper && !tokens[k]!.digits;
        if (!lower(c) || wordClass(cp, tokens[c]) & (W.conj | W.and | W.rel | W.det | W.prep | W.pronoun)) return undefined;
        const open = tokens[n.to]!;
        const role = (wordClass(cp, open) & W.det) !== 0 && tokens.slice(n.to + 1, c).some((x) => isRoleWord(cp, x.text));
        if (!role && (!lower(n.to) || wordClass(cp, open) !== 0)) return undefined;
        return { name: t.text, id: null, mention: null, mentionSpan: null, kind: "person", role: null, side: null };
      };
      if (first && first.from - s.t0 <= 2 && (first.ref.type === "entity" || first.ref.type === "role")) {
        const sp = resolveMention(first, text, d, cp, [first.start, first.end]);
        // (A group of people — "the two presidents" — is no "it".)
        const set = titledName(first) ?? (sp?.kind === "unknown" ? appositionOpener(first) : undefined);
        if (set) narrate(set);
        else if (sp?.kind === "person") narrate(sp);
        else if (sp && (sp.kind === "institution" || sp.kind === "media")) d.lastThing = sp;
      } else {
        // So does a person's name no lexicon knows ("Paul Ryan was upbeat. “…,” he said."): a name of two
        // words or three that opens the sentence (after a title, or a capitalised title of up to three
        // words: "House Majority Leader Rick Danner struck a skeptical note."), as noted among the names;
        // or, first in the sentence, the surname alone of a full name noted before ("Hadley dismissed the
        // criticism."), not as a possessor ("Bowles's campaign rejected …" is the campaign's sentence).
        let n = s.names[0];
        // (not where every noun is capitalised: "Der FDP-Vorsitzende Philipp Rösler hatte …" is no title of capitals)
        // (or one word of title before it, however many tokens its hyphens make: "Grünen-Fraktionschefin Katharina Dröge")
        const oneWord = (k: number) => k > s.t0 && k - s.t0 <= 4 && !/\s/u.test(text.slice(tokens[s.t0]!.start, tokens[k - 1]!.end));
        // (or, where every noun is capitalised, one word of title after the possessor it serves — a capitalised word that
        // is no preposition or conjunction: "Hessens Wirtschaftsminister Frank Albers", "Auch Parteichefin Anna Roth")
        const possessedTitle = (k: number) => {
          if (!cp.pack.matching.capitalizedNouns || k - s.t0 < 2) return false;
          const t0 = tokens[s.t0]!;
          const sp = (a: number) => /^ +$/u.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start));
          if (!t0.upper || wordClass(cp, t0) & (W.prep | W.join | W.conj | W.rel | W.pronoun) || isRoleWord(cp, t0.text)) return false;
          return sp(s.t0 + 1) && oneWordFrom(s.t0 + 1, k) && isRoleWord(cp, text.slice(tokens[s.t0 + 1]!.start, tokens[k - 1]!.end));
        };
        const oneWordFrom = (a: number, k: number) => k > a && k - a <= 4 && !/\s/u.test(text.slice(tokens[a]!.start, tokens[k - 1]!.end));
        // (or a title in lower case with its article and the body it serves: "Il ministro Carlo Bianchi", "La ministra
        // della Salute Anna Rossi", "Міністр Іван Петренко" — a role word among up to six words of articles,
        // prepositions, role words and capitalised words)
        // (a word in the genitive may complement the role word: "Министр промышленности Сергей Иванов")
        const titleWord = (k: number) => {
          const t = tokens[k]!;
          if (t.upper || isRoleWord(cp, t.text) || (wordClass(cp, t) & (W.det | W.prep | W.title)) !== 0) return true;
          // (a possessive mark after a capitalised word: "Ohio's economy minister Frank Albers")
          if (k > s.t0 && tokens[k - 1]!.upper && cp.pack.grammar.possessives.includes(text.slice(tokens[k - 1]!.end, t.end))) return true;
          // (or be the first of a role's two words: "Người phát ngôn")
          if (k + 1 < s.t1 && isRoleWord(cp, tokens[k + 1]!.text)) return true;
          return k > s.t0 && isRoleWord(cp, tokens[k - 1]!.text) && genitiveCase(t.text, cp.pack.grammar) !== null;
        };
        const titled = (k: number) => {
          if (cp.pack.matching.capitalizedNouns) return false;
          if (k - s.t0 <= 3 && tokens.slice(s.t0, k).every((t) => t.upper)) return true;
          if (k - s.t0 > 6) return false;
          let role = false;
          for (let j = s.t0; j < k; j++) {
            if (!titleWord(j)) return false;
            role ||= isRoleWord(cp, tokens[j]!.text);
          }
          return role;
        };
        // (or the main clause after a clause put before it, up to the sentence's first comma, with a capitalised
        // title of up to three words before the name: "Asked about the vote, Speaker Nora Banks was noncommittal.")
        const fronted = (k: number) => {
          let b = k;
          while (b > s.t0 && k - b < 3 && tokens[b - 1]!.upper && /^ +$/u.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start))) b--;
          return (
            b > s.t0 + 1 &&
            /^, *$/u.test(text.slice(tokens[b - 1]!.end, tokens[b]!.start)) &&
            !text.slice(tokens[s.t0]!.start, tokens[b - 1]!.end).includes(",")
          );
        };
        // (the first full name after a title that opens the sentence, past the title's own capitalised words: "Министр
        // промышленности Сергей Иванов", "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng")
        // (the last such: a body's capitalised words before it belong to the title, "Bộ Ngoại | giao Phạm Thu Hằng")
        if (n && n.to - n.from < 2) n = s.names.findLast((x) => x.to - x.from >= 2 && x.from > s.t0 && titled(x.from)) ?? n;
        // (or the surname alone of a full name noted before: "After the rally, Lopez dismissed the attack.")
        const after = cp.pack.matching.capitalizedNouns
          ? undefined
          : s.names.find((x) => (x.to - x.from >= 2 || d.named?.has(tokens[x.from]!.text.toLowerCase())) && fronted(x.from));
        // (a pronoun that is also a title, right before the name, stands outside it: "Ông Nguyễn Văn An đã gặp …")
        const ahead = (m: (typeof s.mentions)[number]) =>
          m.from < n!.from && !(m.ref.type === "pronoun" && m.to === n!.from && (wordClass(cp, tokens[m.from]) & W.title) !== 0);
        // (a name in a clause put before the subject, up to the sentence's first comma, with no title before it, is no
        // subject when a subject follows the comma — a person, a name, a definite description: "Touring New Hampshire on
        // Monday, Hillary Clinton …", "In Des Moines, Maria Lopez …"; the token after that comma, or -1)
        // (The clause's first word may join the run of capitals, "Touring New Hampshire": a run of three words or more
        // that opens the sentence, with a person or a name, no description, after the comma — "Hillary Rodham Clinton,
        // the former secretary of state, …" is an apposition.)
        const subjectAfterFront = (x: { from: number; to: number }): number => {
          const opening = x.from === s.t0;
          if (opening && x.to - x.from < 3) return -1;
          if (x.from < s.t0 || tokens.slice(s.t0, x.from).some((t) => isRoleWord(cp, t.text) || wordClass(cp, t) & W.title)) return -1;
          if (text.slice(tokens[s.t0]!.start, tokens[x.from]!.start).includes(",")) return -1;
          let c = x.to;
          while (c < s.t1 && c - x.to <= 6 && !/^, *$/u.test(text.slice(tokens[c - 1]!.end, tokens[c]!.start))) c++;
          if (c >= s.t1 || c - x.to > 6) return -1;
          const subject =
            s.mentions.some((m) => m.from === c && (isPerson(m) || m.ref.type === "role")) ||
            s.names.some((y) => y.from === c && y.to - y.from >= 2) ||
            (!opening && cp.pack.grammar.definiteArticles.includes(tokens[c]!.key));
          return subject ? c : -1;
        };
        const front = n ? subjectAfterFront(n) : -1;
        if (front >= 0 && first && first.from === front && isPerson(first)) {
          const sp = resolveMention(first, text, d, cp, [first.start, first.end]);
          if (sp?.kind === "person") narrate(sp);
          return;
        }
        const opens =
          n &&
          front < 0 &&
          (!first || first.from >= n.to || (first.to <= n.from && !ahead(first))) &&
          (n.to - n.from >= 2
            ? n.from - s.t0 <= 1 || titled(n.from) || oneWord(n.from) || possessedTitle(n.from)
            : n.from === s.t0 && possessedFrom(ctx, n.to, tokens[n.to - 1]!.end, s.t1) < 0);
        const key = opens ? tokens[n!.to - 1]!.text.toLowerCase() : null;
        let named = key ? d.named?.get(key) : undefined;
        // (the first capitalised word of the sentence is no name then: "Pressed on the bill, Nora Banks …")
        if (!named && after && (!first || first.from >= after.to) && possessedFrom(ctx, after.to, tokens[after.to - 1]!.end, s.t1) < 0) {
          n = after;
          named = d.named?.get(tokens[after.to - 1]!.text.toLowerCase());
        }
        const set =
          named && !s.mentions.some(ahead)
            ? named
            : (appositionOpener(undefined) ?? surnameOpener() ?? titledSurname(cp, tokens, text, s.t0, s.names, d.named));
        if (set) narrate(set);
      }
    }
  });
  headlineTitles(doc);
}

/** Characters below a headline where the lead that names its titled speaker is looked for. */
const HEADLINE_LEAD = 1500;

/**
 * A headline drops its articles: "Minister denies cover-up", "Governor vows …" name the one whom the
 * lead names with a title ("Health Secretary Oliver Grant", "Gov. Linda Carver", "Britain's health
 * secretary"). A headline claim whose speaker is a bare title (one role word, no name) takes the first
 * speaker below it within {@link HEADLINE_LEAD} characters whose mention holds a role word or a title;
 * with none, there is no claim (a bare title is never a speaker's name). A surname alone is the person
 * a claim below names in full.
 */
function headlineTitles(doc: Doc): void {
  const { text, tokens, cp, drafts, infos } = doc;
  // (the mention, and up to three capitalised words right before it: "said Mayor Ann Lee")
  const titled = (a: number, b: number) => {
    let f = firstTokenAt(tokens, a);
    for (let n = 0; n < 3 && f > 0 && tokens[f - 1]!.upper && /^\s+$/u.test(text.slice(tokens[f - 1]!.end, tokens[f]!.start)); n++) f--;
    for (let k = f; k < tokens.length && tokens[k]!.start < b; k++)
      if (isRoleWord(cp, tokens[k]!.text) || (cp.words.get(tokens[k]!.key) ?? 0) & W.title) return true;
    return false;
  };
  for (let i = 0; i < drafts.length; i++) {
    const dr = drafts[i];
    const sp = dr?.speaker;
    // (a plural description is a group, but capitalised in a title-case line it is as little sure: "Experts Say …")
    if (!dr || !sp || sp.id !== null || (sp.kind !== "unknown" && sp.kind !== "person" && sp.kind !== "group") || !isHeadline(text, infos[i]!)) continue;
    // A headline in title case capitalises every word, so a capitalised phrase there is no name: "New Poll Shows
    // Clinton Ahead" has no speaker "New Poll". Its speaker is one a claim below gives under these words ("Clinton
    // Campaign Says …" above "The Clinton campaign said …"), or a name the text below writes as it is ("Jim Jordan
    // Says …" above "Rep. Jim Jordan said …"); else the line is no claim.
    if (titleCase(text, infos[i]!.start, infos[i]!.end, dr.assertion)) {
      drafts[i] = titleCaseSpeaker(doc, i, sp);
      continue;
    }
    if (sp.kind === "group") continue;
    // (or a title of up to three words, lower case after the first, ending in a role word: "Prime minister defends …",
    // "Health secretary vows …" — the person below named with it, not a description below that is as bare)
    const words = sp.name.split(/\s+/u);
    // (with no article: "The senator said on Tuesday:" in a line of its own is a description, not a headline's title)
    const bare = !sp.mentionSpan || !((cp.words.get(tokens[firstTokenAt(tokens, sp.mentionSpan[0])]?.key ?? "") ?? 0) & W.det);
    const long =
      bare &&
      words.length > 1 &&
      words.length <= 3 &&
      sp.kind === "unknown" &&
      sp.mention?.trim() === sp.name &&
      words.slice(1).every((w) => w === w.toLowerCase()) &&
      isRoleWord(cp, words[words.length - 1]!);
    if (words.length > 1 && !long) continue;
    // (a surname alone is the person a claim below names in full: "Carver vows …" above "Gov. Linda Carver said …")
    // (bare: no article or other word with it — "Der Airbus-Chef" in a line of its own is a description)
    const title = long || (isRoleWord(cp, sp.name) && sp.mention?.trim() === sp.name);
    let lead: Draft | null = null;
    for (let j = i + 1; j < drafts.length && infos[j]!.start - infos[i]!.end <= HEADLINE_LEAD && !lead; j++) {
      const o = drafts[j]?.speaker;
      const m = o?.mentionSpan;
      if (!o || o.name === "unknown") continue;
      if (long && o.kind !== "person") continue;
      if (title ? m && titled(m[0], m[1]) : o.kind === "person" && o.name.endsWith(` ${sp.name}`)) lead = drafts[j]!;
    }
    if (lead) drafts[i] = { ...dr, speaker: { ...lead.speaker, mention: sp.mention, mentionSpan: sp.mentionSpan } };
    else if (title) drafts[i] = null;
  }
}

/** A word of a title-case line: four letters or more (short function words stay lower case there). */
const LONG_WORD = /\p{L}{4,}/gu;

/**
 * Whether a headline is in title case: at least three words of four letters or more outside its
 * quotations and all of them capitalised ("New Poll Shows Clinton Ahead in Ohio").
 */
function titleCase(text: string, start: number, end: number, content: [number, number]): boolean {
  let n = 0;
  for (const [a, b] of [
    [start, content[0]],
    [content[0], content[1]],
    [content[1], end],
  ] as const) {
    const part = text.slice(a, b);
    // (quoted words keep their own case: "Trump Says “nobody respects women more”")
    if (/^["“„«'‘]/u.test(part.trim()) && a === content[0]) continue;
    for (const w of part.match(LONG_WORD) ?? []) {
      if (w[0] === w[0]!.toLowerCase()) return false;
      n++;
    }
  }
  return n >= 3;
}

/**
 * The draft of a title-case headline with the speaker the text below confirms (see {@link headlineTitles}),
 * else null.
 */
function titleCaseSpeaker(doc: Doc, i: number, sp: Speaker): Draft | null {
  const { text, drafts, infos, cp } = doc;
  const dr = drafts[i]!;
  const bare = (x: string) => {
    const w = x.trim().split(/\s+/u);
    return (w.length > 1 && cp.pack.grammar.definiteArticles.includes(w[0]!.toLowerCase()) ? w.slice(1) : w).join(" ").toLowerCase();
  };
  const key = bare(sp.mention ?? sp.name);
  for (let j = i + 1; j < drafts.length && infos[j]!.start - infos[i]!.end <= HEADLINE_LEAD; j++) {
    const o = drafts[j]?.speaker;
    if (!o || o.name === "unknown") continue;
    if (bare(o.mention ?? "") === key || bare(o.name) === key || (o.kind === "person" && o.name.endsWith(` ${sp.name}`)))
      return { ...dr, speaker: { ...o, mention: sp.mention, mentionSpan: sp.mentionSpan } };
  }
  // (a name of two words or more written so below it)
  if (sp.kind === "person" && /\s/u.test(sp.name.trim())) {
    const below = text.slice(infos[i]!.end, infos[i]!.end + HEADLINE_LEAD);
    const at = below.indexOf(sp.name);
    if (at >= 0 && !/[\p{L}\p{M}]/u.test(below[at + sp.name.length] ?? "")) return dr;
  }
  return null;
}
