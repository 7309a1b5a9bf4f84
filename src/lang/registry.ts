import type { LanguagePack } from "../schema/pack.js";
import { ClaimdiffError } from "../errors.js";
import { en } from "./en/index.js";
import { vi } from "./vi/index.js";
import { pl } from "./pl/index.js";
import { ro } from "./ro/index.js";
import { es } from "./es/index.js";
import { itPack } from "./it/index.js";
import { de } from "./de/index.js";
import { fr } from "./fr/index.js";
import { ru } from "./ru/index.js";
import { uk } from "./uk/index.js";

/** The language packs that ship with claimdiff, in the order language detection tries them. */
export const BUILTIN_PACKS: readonly LanguagePack[] = [en, ro, pl, vi, es, itPack, de, fr, ru, uk];

/**
 * The pack for a BCP 47 tag ("ro", "pt-BR" → "pt"), looked up first in `extra` (packs the user
 * passed in), then among the built-in ones.
 *
 * @throws {ClaimdiffError} `unknown_language` when no pack has the code; `invalid_input` when `code` is not a string.
 */
export function getLanguagePack(code: string, extra: readonly LanguagePack[] = []): LanguagePack {
  if (typeof code !== "string")
    throw new ClaimdiffError(
      "invalid_input",
      `Invalid input: getLanguagePack needs a language code such as "en", not ${code === null ? "null" : typeof code}.`,
    );
  if (!Array.isArray(extra)) throw new ClaimdiffError("invalid_input", "Invalid input: the packs given to getLanguagePack must be a list of language packs.");
  const want = code.toLowerCase();
  const base = want.split("-")[0]!;
  for (const list of [extra, BUILTIN_PACKS]) {
    const hit = list.find((p) => p.code.toLowerCase() === want) ?? list.find((p) => p.code.toLowerCase() === base);
    if (hit) return hit;
  }
  throw new ClaimdiffError(
    "unknown_language",
    `No language pack for "${code}". Built-in: ${listLanguages().join(", ")}. Define one with defineLanguagePack() and pass it as options.packs.`,
  );
}

/** Codes of the built-in language packs. */
export function listLanguages(): string[] {
  return BUILTIN_PACKS.map((p) => p.code);
}
