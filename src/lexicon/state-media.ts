/**
 * News agencies and broadcasters owned or run by a state, with that state's side (ISO 3166 code):
 * what they report of an encounter is that side's account of it, even when they word it as
 * joint ("the two leaders agreed…"). Keyed by entity id (src/lexicon/entities.ts) or by the
 * folded name an extractor gives as speaker.
 */
const STATE_MEDIA: Readonly<Record<string, string>> = {
  // Russia.
  tass: "RU",
  "ria-novosti": "RU",
  "ria novosti": "RU",
  "риа новости": "RU",
  тасс: "RU",
  rt: "RU",
  "russia today": "RU",
  sputnik: "RU",
  "rossiya 24": "RU",
  "россия 24": "RU",
  "first channel": "RU",
  "первый канал": "RU",
  // China.
  xinhua: "CN",
  新华社: "CN",
  синьхуа: "CN",
  cgtn: "CN",
  cctv: "CN",
  "china daily": "CN",
  "global times": "CN",
  "people's daily": "CN",
  // Others.
  kcna: "KP",
  irna: "IR",
  "press tv": "IR",
  anadolu: "TR",
  "anadolu agency": "TR",
  ukrinform: "UA",
  belta: "BY",
  sana: "SY",
};

/**
 * The side whose state runs the source, or null.
 *
 * @example
 * stateMediaSide("tass") // "RU"
 * stateMediaSide("Reuters") // null
 */
export function stateMediaSide(idOrName: string): string | null {
  const key = idOrName.trim().toLowerCase();
  return STATE_MEDIA[key] ?? STATE_MEDIA[key.replace(/^(agency|agenzia|agenția|agencja|агентство)\s+/u, "")] ?? null;
}
