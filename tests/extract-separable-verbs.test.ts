import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// German separable reporting verbs (pack `reporting.particleVerbs`): the bare stem is listed so that
// the particle may drift to the end of the clause ("stellte der Minister am Montag klar, dass …"),
// but it reports only when its particle is in the clause: "stellte … vor", "hob … auf", "sich …
// stellte" are no reports. Sentences written by the team.

const run = (text: string): Claim[] => extractClaims({ id: "t", language: "de", text, publishedAt: "2025-03-18" }).claims;

describe("a bare separable verb reports with its particle", () => {
  const reports: [string, string][] = [
    ["Der Minister stellte am Montag klar, dass die Grenze offen bleibe.", "stellte"],
    ["Die Ermittler stellten nach der Obduktion fest, dass das Opfer erstickt sei.", "stellten"],
    ["Die Sprecherin hob am Rande des Gipfels hervor, dass die Gespräche konstruktiv gewesen seien.", "hob"],
    ["Der Verband wies die Vorwürfe als „haltlos“ zurück.", "wies"],
    ["Die Autoren der Studie werfen den Behörden vor, die Qualität nicht zu prüfen.", "werfen"],
    ["Der Verband wirft der Stadt vor, die Mieten zu erhöhen.", "wirft"],
    ["Die Regierung kündigte für Freitag neue Gespräche an.", "kündigte"],
    ["Der Trainer räumte nach dem Spiel ein, dass die Mannschaft Fehler gemacht habe.", "räumte"],
    ["Die Kanzlerin sprach die Sorgen der Landwirte über die neuen Zölle an.", "sprach"],
  ];
  for (const [text, cue] of reports)
    it(text, () => {
      const cs = run(text);
      expect(cs).toHaveLength(1);
      expect(cs[0]!.cue?.startsWith(cue)).toBe(true);
    });

  const narration = [
    "Die Parteiführung stellte heute ein neues Programm vor, das zwanzig Seiten umfasst.",
    "Noch während der Angeklagte sich einer Richterin stellte, begann die Debatte über seine Nachfolge.",
    "Die Europäische Union hob die Sanktionen gegen das Land im Mai auf.",
    "Der Torwart warf den Ball weit in die gegnerische Hälfte.",
    "Der Konzern kündigte den Vertrag mit dem Zulieferer zum Jahresende.",
    "Die Polizei räumte am Morgen das besetzte Haus.",
    "Die Kanzlerin sprach am Abend mit dem Präsidenten über die Lage von Taiwan.",
    "Der Minister sprach am Montag in Berlin.",
  ];
  for (const text of narration) it(`no claim: ${text}`, () => expect(run(text)).toEqual([]));
});
