import type { ClaimRep } from "./represent/index.js";
import type { EventGroup } from "./events/index.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A topic id as words: "iran-nuclear" → "iran nuclear".
 *
 * @example
 * topicLabel("iran-nuclear") // "iran nuclear"
 */
export function topicLabel(topic: string): string {
  return topic.replace(/[-_]+/g, " ");
}

/**
 * An ISO date as "28 January 2017" (or "January 2017", "2017").
 *
 * @example
 * dateLabel("2017-01-28") // "28 January 2017"
 */
export function dateLabel(iso: string | null): string {
  if (!iso) return "an undated event";
  const [y, m, d] = iso.split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}

/**
 * "the phone call of 28 January 2017" and the like.
 *
 * @example
 * eventLabel({ type: "phone-call", date: "2017-05-02" }) // "the phone call of 2 May 2017"
 */
export function eventLabel(event: Pick<EventGroup, "type" | "date">): string {
  const kind = event.type === "statement" || event.type === "other" ? "statements" : event.type.replace(/-/g, " ");
  return `the ${kind} of ${dateLabel(event.date)}`;
}

/**
 * Quotes a wording, cut to `max` characters on a word boundary.
 *
 * @example
 * quote("rozmowa była „konstruktywna”") // "“rozmowa była „konstruktywna””"
 */
export function quote(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return `“${clean}”`;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `“${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…”`;
}

/**
 * The speakers of some claims with their side: "Sean Spicer, White House (US)".
 *
 * @example
 * speakersLabel(claims, "US") // "Sean Spicer, White House (US)"
 */
export function speakersLabel(claims: readonly ClaimRep[], side: string | null, max = 2): string {
  const count = new Map<string, number>();
  for (const k of claims) count.set(k.claim.speaker.name, (count.get(k.claim.speaker.name) ?? 0) + 1);
  const names = [...count.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([n]) => n);
  const who = names.length ? names.join(", ") : "its speakers";
  return side ? `${who} (${side})` : who;
}
