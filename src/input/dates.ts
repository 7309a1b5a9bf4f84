/**
 * Normalises a publication date found in a web page's metadata to the forms ArticleInput
 * accepts: `YYYY-MM-DD`, or a full ISO date-time `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`.
 * Understands ISO variants ("2017-01-28 18:40", "2017-01-28T18:40:00+0100", "2017/01/28",
 * "20170128") and RFC 2822 / English month dates ("Sat, 28 Jan 2017 18:40:00 GMT"), which are
 * converted to UTC. Returns null for anything else or an impossible date.
 *
 * @example
 * normalizePublishedAt("2017-01-28T18:40:00+0100") // "2017-01-28T18:40:00+01:00"
 * normalizePublishedAt("Sat, 28 Jan 2017 18:40:00 GMT") // "2017-01-28T18:40:00.000Z"
 * normalizePublishedAt("yesterday") // null
 */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (s === "" || s.length > 64) return null;
  return fromIsoLike(s) ?? fromCompact(s) ?? fromTextual(s);
}

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

function fromIsoLike(s: string): string | null {
  const m = ISO_LIKE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  const date = validDate(Number(y), Number(mo), Number(d));
  if (!date) return null;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || (sec !== undefined && Number(sec) > 59)) return date;
  const time = `${pad(Number(h))}:${mi}${sec !== undefined ? `:${sec}${frac ?? ""}` : ""}`;
  return `${date}T${time}${zone ? normalizeZone(zone) : ""}`;
}

function fromCompact(s: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z)?)?$/.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, z] = m;
  const date = validDate(Number(y), Number(mo), Number(d));
  if (!date || h === undefined || mi === undefined) return date;
  return `${date}T${h}:${mi}${sec !== undefined ? `:${sec}` : ""}${z ?? ""}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fromTextual(s: string): string | null {
  // English month names only: what RFC 2822 and US-style meta tags use.
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.exec(s);
  const year = /\b(\d{4})\b/.exec(s);
  if (!month || !year) return null;
  const withZone = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:GMT|UTC|UT|Z|[+-]\d{4}|[+-]\d{2}:\d{2})\b/i.test(s);
  const t = Date.parse(s);
  if (Number.isNaN(t)) {
    const day = /\b(\d{1,2})\b/.exec(s.replace(year[0], ""));
    const mo = MONTHS.indexOf(month[1]!.toLowerCase()) + 1;
    return day ? validDate(Number(year[1]), mo, Number(day[1])) : null;
  }
  const dt = new Date(t);
  if (withZone) return dt.toISOString();
  // No zone given: Date.parse read it as local time, so the local fields are the written ones.
  return validDate(dt.getFullYear(), dt.getMonth() + 1, dt.getDate());
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function normalizeZone(zone: string): string {
  if (zone.toUpperCase() === "Z") return "Z";
  return zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
