import type { ArticleInput } from "../../src/index.js";

/**
 * Three team-written reports of one G20 summit (en, fr, de) for comparison tests: the English one
 * ends with a side meeting of Merz and Macron; the German one is about that side meeting. `prefix`
 * names the articles (`${prefix}1` … `${prefix}3`), `frSpeaker` says the French debt-relief line,
 * `deExtra` is appended to the German text.
 */
export function g20Summit(prefix: string, frSpeaker = "Keir Starmer", deExtra = ""): ArticleInput[] {
  return [
    {
      id: `${prefix}1`,
      language: "en",
      publishedAt: "2026-11-22",
      text:
        "G20 leaders close summit in Cape Town\n\nKeir Starmer said the summit had sent a clear signal on debt relief. " +
        "Emmanuel Macron said that Africa must get a bigger voice in the IMF. " +
        "On the sidelines of the summit, Friedrich Merz and Macron agreed to set up a joint fund for hydrogen, a German government spokesman said.",
    },
    {
      id: `${prefix}2`,
      language: "fr",
      publishedAt: "2026-11-22",
      text:
        "Sommet du G20 au Cap\n\nLe sommet du G20 s'est achevé dimanche au Cap. " +
        `${frSpeaker} a estimé que le sommet avait envoyé un signal clair sur l'allègement de la dette. ` +
        "Emmanuel Macron a déclaré que l'Afrique devait avoir une voix plus forte au FMI.",
    },
    {
      id: `${prefix}3`,
      language: "de",
      publishedAt: "2026-11-22",
      text:
        "Merz trifft Macron am Rande des G20-Gipfels\n\nBundeskanzler Friedrich Merz hat am Sonntag am Rande des G20-Gipfels in Kapstadt den französischen Präsidenten Emmanuel Macron getroffen. " +
        `Merz sagte, Deutschland und Frankreich würden einen gemeinsamen Fonds für Wasserstoff gründen.${deExtra}`,
    },
  ];
}
