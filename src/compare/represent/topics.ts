let english: Intl.DisplayNames | null | undefined;

/**
 * A state as a reporting topic: its English CLDR name as an id ("TW" → "taiwan", "KP" →
 * "north-korea"), or the code in lower case when the runtime has no names.
 *
 * @example
 * stateTopic("KP") // "north-korea"
 */
export function stateTopic(code: string): string {
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
  return (name ?? code).normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
