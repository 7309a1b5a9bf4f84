// The publication date a news URL carries in its path, for articles given without one.
//
// Most news sites put the day of publication in the article's address: as path segments
// ("/2025/03/18/…", "/2017/may/02/…"), in the slug ("…-2024-04-02", "…_20240402.html") or at
// the head of a numeric id that is a timestamp ("/news/20250318115739916-…", "…-65N2025031907…"). Like
// newspaper3k's URL date, this reads only a full year-month-day, in that order: a year and
// month alone gives no day, and a day-first or month-first triple with the year last is
// ambiguous ("03-04-2025"). The host is not read ("2024.example.org" names no day).

/** English month abbreviations from CLDR ("jan" … "dec"), as some sites spell the month. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 12 }, (_, m) => [new Intl.DateTimeFormat("en", { month: "short", timeZone: "UTC" }).format(Date.UTC(2000, m, 1)).toLowerCase(), m + 1]),
);

const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

function isoOf(y: number, m: number, d: number): string | null {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31 April, 29 February of a common year
  return t.toISOString().slice(0, 10);
}

/** A run of digits that opens with a date: exactly YYYYMMDD, or YYYYMMDDhhmm… with a valid time. */
function compact(run: string): string | null {
  if (run.length !== 8 && run.length < 12) return null;
  if (run.length >= 12) {
    const hh = Number(run.slice(8, 10)),
      mm = Number(run.slice(10, 12));
    if (hh > 23 || mm > 59) return null;
  }
  return isoOf(Number(run.slice(0, 4)), Number(run.slice(4, 6)), Number(run.slice(6, 8)));
}

const isDigits = (s: string) => s.length > 0 && s.length <= 40 && /^\d+$/.test(s);

/**
 * The publication date (ISO `YYYY-MM-DD`) in a URL's path or query, or null. The first date
 * found wins: sites put the date before the slug, and a slug may mention other days.
 */
export function urlDate(url: string | null | undefined): string | null {
  if (!url || url.length > 4096) return null;
  let path: string;
  try {
    const u = new URL(url);
    path = `${u.pathname}${u.search}`;
  } catch {
    // (not an absolute URL: read it as a path)
    path = url;
  }
  const parts = path.toLowerCase().split(/[^0-9a-z]+/);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!isDigits(p)) {
      // (a timestamp glued to letters: "…-65N20250319073309.html")
      for (const run of p.match(/\d{8,40}/g) ?? []) {
        const c = compact(run);
        if (c) return c;
      }
      continue;
    }
    if (p.length === 4 && i + 2 < parts.length) {
      const mp = parts[i + 1]!,
        dp = parts[i + 2]!;
      const m = isDigits(mp) && mp.length <= 2 ? Number(mp) : (MONTHS.get(mp) ?? 0);
      if (m && isDigits(dp) && dp.length <= 2) {
        const iso = isoOf(Number(p), m, Number(dp));
        if (iso) return iso;
      }
    }
    const c = compact(p);
    if (c) return c;
  }
  return null;
}
