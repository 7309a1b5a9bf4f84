import { implicit, kindOf, trimRegion } from "../attribution/region.js";
import { bodyCompound, isRoleWord, pluralPeople, wordClass } from "../attribution/phrase.js";
import type { Cue, Draft, SentenceInfo } from "../attribution/types.js";
import { W } from "../lexicon.js";
import type { Doc } from "./types.js";

/**
 * Reported speech that goes on with no cue of its own stays with its speaker:
 * - a sentence in the mood of reported speech (German Konjunktiv I, pack `reporting.reportedMood`:
 *   "Uschakow sagte, das Gespräch sei offen gewesen. Man habe über die Ukraine gesprochen.") right
 *   after a claim or another such sentence, in its paragraph or at the start of the next;
 * - in a language that has no such mood, the rest of a paragraph opened by a source phrase
 *   ("Theo Điện Kremlin, … . Hai bên cũng …").
 *   With one sentence of narration between it and such a claim of its paragraph, a sentence in that mood still
 *   goes on with it when the narration names no one who could speak instead (no entity, person, role, body or
 *   group: "X berichtete, dass … . Sirenen heulten. Viele Menschen seien … gelaufen.");
 * - a sentence of hearsay (German "soll" with a perfect infinitive, pack `reporting.hearsayModals`:
 *   "Die Polizei teilte mit, … . Der Fahrer soll geflohen sein.") in the same place; with one sentence of narration
 *   between, the claim before that one says so;
 * A sentence with a cue, a quotation or an attribution of its own is left as it is.
 */
export function continuation(doc: Doc): void {
  if (doc.firstParty && doc.issuer) return;
  const { text, tokens, cp, infos, drafts } = doc;
  let prev: Draft | null = null; // the claim the current sentence may continue
  let passage: Draft | null = null; // a source phrase that opened this paragraph
  let tail = -1; // the last sentence of the claim this pass made or went on with
  let planRun = false; // that claim goes on with a plan
  const covered: (Draft | null)[] = []; // for each sentence, the claim it made or went on with
  infos.forEach((s, i) => {
    const opens = i === 0 || infos[i - 1]!.para !== s.para;
    if (opens) passage = null;
    const dr = drafts[i];
    covered[i] = dr ?? (doc.joined.has(i) ? prev : null);
    if (dr) {
      prev = dr;
      if (opens && dr.cue?.kind === "source" && dr.cue.from - s.t0 <= 3) passage = dr;
      return;
    }
    if (doc.joined.has(i)) return;
    // (A reporting verb in a passive with no agent reports nothing of its own: "Die Bewohner seien rechtzeitig gewarnt
    // worden." goes on with the claim before it.)
    const agentless = (c: Cue) => c.to < s.t1 && (wordClass(cp, tokens[c.to]) & W.passive) !== 0 && !(wordClass(cp, tokens[c.to + 1]) & W.agent);
    const free =
      doc.paraKinds[s.para] === "body" &&
      !s.cues.some((c) => (c.kind === "verb" && !c.joint && !agentless(c)) || c.kind === "source" || c.kind === "impersonal" || c.kind === "retro");
    const quotesOut = (pos: number) => !s.quotes.some((q) => q.start < pos && pos < q.end);
    const asListed = (m: { start: number; end: number }) => cp.moodForms.has(text.slice(m.start, m.end).toLowerCase().normalize("NFC"));
    const mood = free && cp.mood.findAll(tokens, text, s.t0, s.t1).some((m) => quotesOut(m.start) && asListed(m));
    // So does hearsay, "sollen" with a perfect infinitive ("Der Täter soll geflohen sein"): the source of the claim
    // before it is who says so.
    const heardAs = free && !mood ? hearsay(doc, s.t0, s.t1, s.end, quotesOut) : null;
    const heard = heardAs === "perfect";
    // "sollen" with a plain infinitive tells what is to happen ("Auch Beamte sollen einbezogen werden."): right after
    // a body's plan ("Die Partei will die Versicherung umbauen.", cue a modal of pack `reporting.plans`) it goes on
    // with that plan. After a report of fact, a direct quotation or a source phrase it is the writer's news ("Die
    // Polizei teilte mit, … . Die Straße soll morgen wieder geöffnet werden.").
    const planned = heardAs === "plain" && prev !== null && (planOf(doc, prev) || (planRun && tail === i - 1));
    // A speech act with no content right before, in this paragraph, is what this sentence reports: both are claims
    // ("Die Firma äußerte Zweifel an der Darstellung. Die Lieferung sei rechtens gewesen.").
    const act = mood && i > 0 && drafts[i - 1] === null && infos[i - 1]!.para === s.para ? doc.speechActs?.get(i - 1) : undefined;
    if (act) prev = drafts[i - 1] = act;
    const adjacent = prev !== null && i > 0 && (drafts[i - 1] !== null || doc.joined.has(i - 1)) && (infos[i - 1]!.para === s.para || opens);
    // Where the language marks reported speech by its mood, the mood decides; elsewhere the passage does.
    const moodMarked = cp.pack.reporting.reportedMood.length > 0;
    // Hearsay with one sentence of narration between it and a claim of its paragraph: that claim's source says so.
    // (Alone, with no claim before it, it is left as narration: who says so is unknown.)
    const back = heard && !adjacent && i > 1 && infos[i - 2]!.para === s.para && infos[i - 1]!.para === s.para ? drafts[i - 2] : null;
    const heardAlone = back ?? null;
    // So does the mood of reported speech, when the narration between names no one else who could speak.
    const moodBack =
      mood &&
      !adjacent &&
      i > 1 &&
      infos[i - 2]!.para === s.para &&
      infos[i - 1]!.para === s.para &&
      drafts[i - 1] === null &&
      !doc.joined.has(i - 1) &&
      !namesSource(doc, infos[i - 1]!)
        ? (covered[i - 2] ?? null)
        : null;
    const src = (mood || heard || planned) && adjacent ? prev : free && passage && !moodMarked && adjacent ? passage : (heardAlone ?? moodBack);
    if (!src) {
      prev = null;
      return;
    }
    const region = trimRegion(text, s.start, s.end);
    // A run of such sentences is one claim: the sentence right before went on in the same way.
    // (So does a run that the narration between only interrupts: "… seien ab 2011 nicht weitergeführt worden. Aus
    // Studien ließen sich Vermutungen herleiten. So gebe es Hinweise, …" — the whole passage is one report.)
    const over = src === moodBack && tail === i - 2;
    const last: Draft | null = over ? moodBack : prev;
    if (last && src === last && last.cue === null && (tail === i - 1 || over) && infos[i - 1]!.para === s.para) {
      last.span = [last.span[0], region[1]];
      last.assertion = [last.assertion[0], region[1]];
      if (kindOf(text, region, s.quotes, false) !== last.kind) last.kind = "mixed";
      if (over) {
        const between = infos[i - 1]!;
        if (kindOf(text, trimRegion(text, between.start, between.end), between.quotes, false) !== last.kind) last.kind = "mixed";
        doc.joined.add(i - 1);
        covered[i - 1] = last;
        prev = last; // (the run goes on from here)
      }
      drafts[i] = null;
      doc.joined.add(i);
      covered[i] = last;
      tail = i;
      planRun = planned;
      return;
    }
    covered[i] = null;
    drafts[i] = {
      speaker: implicit(src.speaker),
      kind: kindOf(text, region, s.quotes, false),
      assertion: region,
      cue: null,
      span: region,
      attribution: [],
      confidence: 0.65,
    };
    prev = drafts[i]!;
    covered[i] = prev;
    tail = i;
    planRun = planned;
  });
}

/** Whether a claim is a body's plan: its cue is a modal of intent (pack `reporting.plans.modals`, "will"). */
function planOf(doc: Doc, d: Draft): boolean {
  const c = d.cue;
  if (!c || d.kind === "direct") return false;
  const word = doc.text.slice(c.start, c.end).toLowerCase();
  return doc.cp.pack.reporting.plans.modals.includes(word);
}

/**
 * Whether tokens [t0, t1) hold a modal of hearsay (pack `reporting.hearsayModals`) followed by a participle and a
 * perfect auxiliary that closes a clause ("… soll … verletzt worden sein.", "… sollen … gestohlen haben, um …"):
 * "perfect"; or, failing that, by a plain infinitive (one of the plan's `infinitiveEndings`, lower case) that closes
 * the clause ("… sollen vor allem die Verwaltung treffen.", "… soll kein Dauerzustand werden."): "plain".
 */
function hearsay(doc: Doc, t0: number, t1: number, end: number, outside: (pos: number) => boolean): "perfect" | "plain" | null {
  const { tokens, text, cp } = doc;
  const r = cp.pack.reporting;
  if (cp.hearsayModals.size === 0) return null;
  let modal = false;
  let plain = false;
  let coordinated = false;
  for (let k = t0; k < t1; k++) {
    const t = tokens[k]!;
    if (!outside(t.start)) continue;
    if (cp.hearsayModals.has(t.key)) {
      // (after a conjunction the modal is a second verb of a sentence of narration: "Der Name lautet … und soll …")
      if (k > t0 && wordClass(cp, tokens[k - 1]) & W.conj) coordinated = true;
      modal = true;
      continue;
    }
    if (!modal || k === t0) continue;
    // (a parenthesis after the verb closes the clause too: "… soll 50 Kilometer entfernt sein (etwa 31 Meilen).")
    const closes = /^\s*[,.;:!?(]/.test(text.slice(t.end, k + 1 < t1 ? tokens[k + 1]!.start : end + 1)) || k === t1 - 1;
    if (cp.perfectAuxiliaries.has(t.key)) {
      const before = tokens[k - 1]!;
      const participle = !before.upper && !cp.hearsayModals.has(before.key) && r.participleEndings.some((e) => before.text.endsWith(e));
      if (participle && closes) return "perfect";
    }
    if (closes && !t.upper && r.plans.infinitiveEndings.some((e) => t.text.endsWith(e))) plain = true;
  }
  return plain && !coordinated ? "plain" : null;
}

/**
 * Whether a sentence names someone who could be a source: a mention of an entity, a person or a pronoun, or a
 * word for a person's office, a public body or a group of people ("Die Feuerwehr war mit 40 Kräften vor Ort."),
 * outside a prepositional phrase ("Hubschrauber kreisten über der Stadt." names no one).
 */
function namesSource(doc: Doc, s: SentenceInfo): boolean {
  const { tokens, cp } = doc;
  const inPhrase = (k: number) => {
    const a = wordClass(cp, tokens[k - 1]);
    return k > s.t0 && ((a & W.prep) !== 0 || (k - 1 > s.t0 && (a & W.det) !== 0 && (wordClass(cp, tokens[k - 2]) & W.prep) !== 0));
  };
  if (s.mentions.some((m) => !inPhrase(m.from))) return true;
  for (let k = s.t0; k < s.t1; k++) {
    const t = tokens[k]!;
    if (wordClass(cp, t) & W.pronoun) return true;
    const source = isRoleWord(cp, t.text) || bodyCompound(cp, t) || cp.institutionBase.has(t.key) || cp.bodyNouns.has(t.key) || pluralPeople(cp, t);
    if (source && !inPhrase(k)) return true;
  }
  return false;
}
