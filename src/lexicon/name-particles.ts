/**
 * Lower-case words that stand inside a person's name, before the surname, in names from many
 * languages ("Bill de Blasio", "Ludwig van Beethoven", "Juan Carlos de la Fuente", "Mark van der
 * Berg", "Leonardo da Vinci"; Cyrillic "Билл де Блазио", "Урсула фон дер Ляйен"). Written in any language's text, so shared by all packs; a word that
 * the text's own pack knows as a function word ("de" in French, "von" in German) is read as that
 * word instead, by the pack's own rules.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "af",
  "al",
  "av",
  "bin",
  "binti",
  "da",
  "das",
  "de",
  "del",
  "della",
  "den",
  "der",
  "des",
  "di",
  "do",
  "dos",
  "du",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "zu",
  // Cyrillic spellings
  "бен",
  "ван",
  "де",
  "дель",
  "дер",
  "ди",
  "ибн",
  "фон",
]);
