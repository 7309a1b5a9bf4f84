import { noteGroups, notePersons, noteSpeaker, resolveMention } from "../speakers.js";
import { attribute } from "../attribution/index.js";
import { coordinatedClause, participleClause } from "../attribution/coordinated.js";
import { speakerAfter } from "../attribution/subjects.js";
import { noteNames } from "../attribution/phrase.js";
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
  const spoke = (dr: Draft) => noteSpeaker(d, dr.speaker);
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
      const sp = described && described.m.from === v!.to ? described.speaker : m ? resolveMention(m, text, d, cp, [m.start, m.end]) : null;
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
    noteGroups(d, s.mentions, tokens, text, cp, s.cues);
    // "A said X, and B said Y": two claims of one sentence.
    const two = draft ? (coordinatedClause(ctx, s, draft, attribute) ?? participleClause({ ...ctx, sentence: s }, s, draft)) : null;
    if (two) draft = { ...two.first, also: two.second };
    if (draft) {
      drafts[i] = draft;
      spoke(draft);
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
      if (first && first.from - s.t0 <= 2 && (first.ref.type === "entity" || first.ref.type === "role")) {
        const sp = resolveMention(first, text, d, cp, [first.start, first.end]);
        // (A group of people — "the two presidents" — is no "it".)
        if (sp?.kind === "person") {
          d.lastPerson = d.fresh = sp;
          (doc.narrators ??= new Map()).set(i, sp);
        } else if (sp && (sp.kind === "institution" || sp.kind === "media")) d.lastThing = sp;
      } else {
        // So does a person's name no lexicon knows ("Paul Ryan was upbeat. “…,” he said."): a name of two
        // words or three that opens the sentence (after a title), as noted among the names.
        const n = s.names[0];
        const key = n && n.from - s.t0 <= 1 && (!first || first.from >= n.to) && n.to - n.from >= 2 ? tokens[n.to - 1]!.text.toLowerCase() : null;
        const named = key ? d.named?.get(key) : undefined;
        if (named && !s.mentions.some((m) => m.from < n!.from)) {
          d.lastPerson = d.fresh = named;
          (doc.narrators ??= new Map()).set(i, named);
        }
      }
    }
  });
}
