import { describe, expect, it } from "vitest";
import { expectMediaReport, sentenceClaims } from "./helpers/one-claim.js";

// Sentences written for these tests: a medium named by a noun of a medium (pack `grammar.mediaNouns`) before its
// title in quotation marks, as the subject before the verb.
const PUB = "2026-03-10";
const { claims, one } = sentenceClaims(PUB, "de");

describe("a noun of a medium, then its title in quotation marks, before the verb is the subject", () => {
  it.each([
    ["Das Magazin „Spiegel“ berichtete, die Regierung plane neue Steuern.", "Spiegel", "Das Magazin „Spiegel“", "die Regierung plane neue Steuern."],
    ["Die Zeitung „Die Welt“ berichtet, der Minister trete zurück.", "Die Welt", "Die Zeitung „Die Welt“", "der Minister trete zurück."],
    [
      "Wie das Nachrichtenmagazin „Der Spiegel“ berichtete, plant die Regierung neue Steuern.",
      "Der Spiegel",
      "das Nachrichtenmagazin „Der Spiegel“",
      "plant die Regierung neue Steuern.",
    ],
  ])("%s", (text, name, mention, content) => {
    expectMediaReport(one(text), name, mention, content);
  });

  it("a title after a medium told is no subject: the person speaks", () => {
    const c = one("Müller sagte dem Magazin „Spiegel“, die Regierung plane neue Steuern.");
    expect(c.speaker.name).toBe("Müller");
  });

  it("a title after a medium noun with no reporting verb gives no claim", () => {
    expect(claims("Das Magazin „Spiegel“ erscheint seit vielen Jahren in Hamburg.")).toHaveLength(0);
  });
});

describe("a personal pronoun beside the auxiliary is the subject of a reporting verb at the clause's end", () => {
  it.each([
    ["Angela Merkel sprach am Montag in Berlin. Sie hatte betont, dass die Regierung handeln werde.", "Angela Merkel", "Sie", "die Regierung handeln werde."],
    ["Olaf Scholz besuchte Paris. Gestern hatte er betont, die Lage sei ernst.", "Olaf Scholz", "er", "die Lage sei ernst."],
    ["Olaf Scholz besuchte Paris. Er konnte bestätigen, dass drei Menschen verletzt wurden.", "Olaf Scholz", "Er", "drei Menschen verletzt wurden."],
  ])("%s", (text, name, mention, assertion) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe(name);
    expect(cs[0]?.speaker.mention).toBe(mention);
    expect(cs[0]?.assertion).toBe(assertion);
  });
  it("negative: a pronoun before an auxiliary and a verb that reports nothing gives no claim", () => {
    expect(claims("Olaf Scholz besuchte Paris. Er hatte das Haus verlassen, bevor es regnete.")).toHaveLength(0);
    expect(claims("Er hatte die Tür geöffnet.")).toHaveLength(0);
  });
});
