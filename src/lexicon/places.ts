/**
 * States as places, language-independent: ISO 3166-1 alpha-2 codes whose names in every pack
 * language come from Node's built-in CLDR data (`Intl.DisplayNames`), and the CLDR language whose
 * name doubles as the state's adjective in many languages ("russo", "rosyjski", "Russisch",
 * "tiếng Nga" → Russia). Packs add what CLDR lacks (`pack.compare.places`: short forms such as
 * "США", "SUA", "Mỹ", adjectives, capitals standing for their state: "Pechino", "Mosca").
 */

/** Codes CLDR still names that are no state today (deprecated, reserved or exceptional). */
const NOT_STATES = new Set([
  "AC",
  "AN",
  "AQ",
  "BU",
  "BV",
  "CP",
  "CQ",
  "CS",
  "CW",
  "DD",
  "DG",
  "DY",
  "EA",
  "EU",
  "EZ",
  "FX",
  "HM",
  "HV",
  "IC",
  "NH",
  "QO",
  "RH",
  "SU",
  "TA",
  "TP",
  "UK",
  "UM",
  "UN",
  "VD",
  "XA",
  "XB",
  "YD",
  "YU",
  "ZR",
  "ZZ",
]);

let states: readonly string[] | null = null;

/**
 * Every state code CLDR names (about 250, territories included), computed once from `Intl`.
 *
 * @example
 * stateCodes().includes("KP") // true
 */
export function stateCodes(): readonly string[] {
  if (states) return states;
  const out: string[] = [];
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  } catch {
    names = null;
  }
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_STATES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names?.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) out.push(code);
    }
  }
  return (states = out);
}

/**
 * CLDR languages whose name is also the adjective of one state in most languages ("Russian",
 * "chinois", "ucraino"): only where the language belongs to one state. English, Spanish, Arabic,
 * Korean and the like are left out (they name many states).
 */
export const LANGUAGE_STATES: Readonly<Record<string, string>> = {
  ru: "RU",
  uk: "UA",
  zh: "CN",
  ja: "JP",
  de: "DE",
  fr: "FR",
  it: "IT",
  pl: "PL",
  ro: "RO",
  vi: "VN",
  tr: "TR",
  fa: "IR",
  he: "IL",
  hi: "IN",
  el: "GR",
  hu: "HU",
  cs: "CZ",
  sk: "SK",
  bg: "BG",
  sr: "RS",
  hr: "HR",
  fi: "FI",
  sv: "SE",
  da: "DK",
  nl: "NL",
  be: "BY",
  ka: "GE",
  hy: "AM",
  az: "AZ",
  kk: "KZ",
  th: "TH",
  id: "ID",
  lt: "LT",
  lv: "LV",
  et: "EE",
  sq: "AL",
  mn: "MN",
  ur: "PK",
  bn: "BD",
  ms: "MY",
  ko: "KR",
};

const displayCache = new Map<string, Intl.DisplayNames | null>();

function display(locale: string, type: "region" | "language"): Intl.DisplayNames | null {
  const key = `${locale}|${type}`;
  if (displayCache.has(key)) return displayCache.get(key)!;
  let d: Intl.DisplayNames | null = null;
  try {
    d = new Intl.DisplayNames([locale], { type, fallback: "none" });
  } catch {
    d = null;
  }
  displayCache.set(key, d);
  return d;
}

/**
 * The names of every state in one language, from CLDR: the state's name and, for states in
 * {@link LANGUAGE_STATES}, the name of its language ("русский", "tiếng Nga" without its
 * classifier is left to the pack). Empty when the runtime has no CLDR data for the locale.
 *
 * @example
 * stateNames("pl").get("KP") // ["Korea Północna"]
 */
export function stateNames(locale: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const regions = display(locale, "region");
  const languages = display(locale, "language");
  if (!regions) return out;
  for (const code of stateCodes()) {
    const names: string[] = [];
    try {
      const n = regions.of(code);
      if (n && n !== code) names.push(n);
    } catch {
      // no name in this locale
    }
    out.set(code, names);
  }
  if (languages) {
    for (const [lang, code] of Object.entries(LANGUAGE_STATES)) {
      try {
        const n = languages.of(lang);
        if (n && n.toLowerCase() !== lang) out.get(code)?.push(n);
      } catch {
        // no name in this locale
      }
    }
  }
  return out;
}
