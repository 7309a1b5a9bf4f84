import { dayNumber, isoOfDay, type ClaimRep } from "../represent/index.js";

/** Days either side of the event within which a day and month with no year is placed. */
const HALF_YEAR = 183;

/**
 * Resolves a claim's unresolved relative date (an undated article's "on Tuesday", "yesterday")
 * against the day of the event it joined: a day and month with no year fall in the year nearest
 * the event; a weekday is the day of that name nearest to the event
 * (an article reporting a Tuesday call calls it "Tuesday"); a day counted from the article's own
 * unknown date ("yesterday", "today") can only be placed on the event's day. The claim then
 * counts as dated from the text. Claims already dated are left alone.
 *
 * @example
 * resolveRelative(rep, dayNumber("2025-03-18")); rep.day // the day number of Tuesday 18 March 2025
 */
export function resolveRelative(r: ClaimRep, eventDay: number | null): void {
  if (eventDay === null || r.day !== null || !r.relative) return;
  const { weekday, offsetDays, month, day: dayOfMonth } = r.relative;
  let day: number | null = null;
  if (month != null) {
    // A day and month with no year ("29-12", "2 aprilie"): in the year that puts it nearest the
    // event (a report of a 29 December call read on 2 January is last year's); a month alone
    // ("in October") is a period of that year, earlier than the event when it must be.
    const year = Number(isoOfDay(eventDay).slice(0, 4));
    const candidates = [year - 1, year, year + 1].map((y) => dayNumber(`${y}-${String(month).padStart(2, "0")}-${String(dayOfMonth ?? 1).padStart(2, "0")}`));
    const near = candidates.filter((d): d is number => d !== null && Math.abs(d - eventDay) <= HALF_YEAR);
    if (near.length === 0) return;
    const placed = near.reduce((a, b) => (Math.abs(b - eventDay) < Math.abs(a - eventDay) ? b : a));
    if (dayOfMonth == null) {
      r.period = isoOfDay(placed).slice(0, 7);
      return;
    }
    day = placed;
  } else if (weekday !== null) {
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
