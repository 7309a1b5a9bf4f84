let english: Intl.DisplayNames | null | undefined;

/**
 * A state as a reporting topic: its English CLDR name as an id ("TW" → "taiwan", "KP" →
 * "north-korea"), or the code in lower case when the runtime has no names.
 *
 * @example
 * stateTopic("KP") // "north-korea"
 */
const cache = new Map<string, string>();

export function stateTopic(code: string): string {
  const hit = cache.get(code);
  if (hit !== undefined) return hit;
  const topic = computeTopic(code);
  cache.set(code, topic);
  return topic;
}

function computeTopic(code: string): string {
  if (english === undefined) {
    try {
      english = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    } catch {
      english = null;
    }
  }
  let name: string | undefined;
  try {
    name = english?.of(code);
  } catch {
    name = undefined;
  }
  return (name ?? code)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
