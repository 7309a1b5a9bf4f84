import type { ClaimRep } from "../represent/index.js";

/**
 * Resolves a claim's unresolved relative date (an undated article's "on Tuesday", "yesterday")
 * against the day of the event it joined: a weekday is the day of that name nearest to the event
 * (an article reporting a Tuesday call calls it "Tuesday"); a day counted from the article's own
 * unknown date ("yesterday", "today") can only be placed on the event's day. The claim then
 * counts as dated from the text. Claims already dated are left alone.
 *
 * @example
 * resolveRelative(rep, dayNumber("2025-03-18")); rep.day // the day number of Tuesday 18 March 2025
 */
export function resolveRelative(r: ClaimRep, eventDay: number | null): void {
  if (eventDay === null || r.day !== null || !r.relative) return;
  const { weekday, offsetDays } = r.relative;
  let day: number | null = null;
  if (weekday !== null) {
    // Day 0 (1970-01-01) was a Thursday: ISO weekday 4.
    const eventWeekday = ((((eventDay + 3) % 7) + 7) % 7) + 1;
    let delta = weekday - eventWeekday;
    if (delta > 3) delta -= 7;
    if (delta < -3) delta += 7;
    day = eventDay + delta;
  } else if (offsetDays !== null) day = eventDay;
  if (day === null) return;
  r.day = day;
  r.firmDate = true;
}
