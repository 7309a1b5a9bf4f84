import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language = "en", publishedAt: string | null = "2024-05-10") =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;
const cut = (text: string, r: readonly [number, number]) => text.slice(r[0], r[1]);

describe("en31: a reporting act with its own object, then a reporting verb with its content", () => {
  it.each([
    ["en", "Smith criticized the bill and said that it would raise prices.", "Smith", "the bill", "it would raise prices."],
    ["en", "The governor denied the report and said that no decision had been made.", "The governor", "the report", "no decision had been made."],
    ["it", "Meloni ha criticato il piano e ha detto che il governo non lo sosterrà.", "Meloni", "il piano", "il governo non lo sosterrà."],
    ["de", "Der Sprecher bestätigte den Vorfall und gab an, dass niemand verletzt wurde.", "Der Sprecher", "den Vorfall", "niemand verletzt wurde."],
    [
      "fr",
      "Le ministre a critiqué le projet et a déclaré que le gouvernement ne le soutiendrait pas.",
      "Le ministre",
      "le projet",
      "le gouvernement ne le soutiendrait pas.",
    ],
    ["es", "El ministro criticó el plan y dijo que el gobierno no lo apoyaría.", "El ministro", "el plan", "el gobierno no lo apoyaría."],
  ])("%s: %s", (lang, text, speaker, first, second) => {
    const cs = claims(text, lang);
    expect(cs).toHaveLength(2);
    expect(cs.map((c) => c.speaker.name)).toEqual([speaker, speaker]);
    expect(cs[0]!.assertion).toBe(first);
    expect(cs[1]!.assertion).toBe(second);
    expect(cs[0]!.cue).not.toBe(cs[1]!.cue);
    expect(cut(text, cs[0]!.span).startsWith(speaker)).toBe(true);
  });

  it("a quoted name for the object, then 'and said' with its clause: two claims", () => {
    const text = "The senator called the plan “a disaster” and said he would vote against it.";
    const cs = claims(text);
    expect(cs).toHaveLength(2);
    expect(cs[0]).toMatchObject({ kind: "mixed", cue: "called", assertion: "the plan “a disaster”" });
    expect(cs[1]).toMatchObject({ kind: "indirect", cue: "said", assertion: "he would vote against it." });
    expect(cs[1]!.speaker.name).toBe("The senator");
  });

  it("negative: a verb that is no report before the conjunction, no object, a clause of the first verb", () => {
    expect(claims("Smith read the report and said that it was wrong.")).toHaveLength(1);
    expect(claims("Il ministro ha letto il rapporto e ha detto che era sbagliato.", "it")).toHaveLength(1);
    expect(claims("The senator criticized the bill and voted against it.")).toHaveLength(1);
    const cs = claims("The senator said the bill was dead and added that he would not vote for it.");
    expect(cs).toHaveLength(1);
    expect(claims('The senator said the plan was "a disaster" and added that he would vote against it.')).toHaveLength(1);
    expect(claims('Warren called the ruling "a disgrace" and voted against it.')).toHaveLength(1);
  });

  it("negative: an Italian speaker is never the object before 'e'", () => {
    for (const c of claims("Meloni ha criticato il piano e ha detto che il governo non lo sosterrà.", "it")) expect(c.speaker.name).not.toBe("il piano");
  });
});

describe("en31: US political attribution (PolNeAR-style)", () => {
  it.each([
    ["The White House is weighing new sanctions, according to a person familiar with the matter.", "a person familiar with the matter", "according to"],
    ["Senator Warren told reporters on Tuesday that the bill would not pass.", "Warren", "told"],
    ["In an interview with CNN, Governor Newsom said the state would sue.", "Newsom", "said"],
    ["Pelosi's spokesman said in a statement that the speaker had no comment.", "Pelosi's spokesman", "said"],
    ["Trump wrote on Twitter that the election was rigged.", "Donald Trump", "wrote"],
    ["The Justice Department argued in a court filing that the records were privileged.", "Justice Department", "argued"],
    ["Comey testified that the president asked him for loyalty.", "Comey", "testified"],
    ["As McConnell put it, the Senate is where bills go to die.", "McConnell", "put it"],
    ["Sanders has long maintained that the system is rigged.", "Sanders", "maintained"],
    ["The mayor acknowledged that the city had made mistakes.", "The mayor", "acknowledged"],
    ["Biden insisted that the economy was strong.", "Joe Biden", "insisted"],
    ["The senator conceded that the bill lacked votes.", "The senator", "conceded"],
    ["The memo says the agency ignored the warnings.", "The memo", "says"],
    ["The report found that the agency had failed to act.", "The report", "found"],
    ["The president's lawyers contended that the subpoena was invalid.", "The president's lawyers", "contended"],
    ["The campaign said in an email to supporters that it had raised $10 million.", "The campaign", "said"],
    ["Schumer posted on X that Republicans were blocking the bill.", "Schumer", "posted"],
    ["Officials, speaking on condition of anonymity, said the strike had killed 12 people.", "Officials", "said"],
  ])("%s", (text, speaker, cue) => {
    const cs = claims(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.cue).toBe(cue);
  });

  it("negative: no comment is no claim", () => {
    expect(claims("The senator did not respond to a request for comment.")).toHaveLength(0);
  });
});

describe("en31: a claim in a clause after an amount of days and 'after' is dated that many days before", () => {
  it.each([
    ["The vote came a day after Warren told reporters that the bill would not pass.", "2024-05-09"],
    ["The move came two days after the governor said the state would sue.", "2024-05-08"],
    ["The bill passed a week after the mayor said it was dead.", "2024-05-03"],
  ])("%s", (text, iso) => {
    const c = claims(text)[0]!;
    expect(c.date).toMatchObject({ iso, basis: "relative" });
  });

  it("with no date to count back from, no date", () => {
    expect(claims("The vote came a day after Warren told reporters that the bill would not pass.", "en", null)[0]?.date.iso).toBeNull();
  });

  it("negative: an 'after' phrase before the subject's comma, and 'after' with no amount", () => {
    expect(claims("A day after the vote, Warren said the bill would pass.")[0]?.date.iso).not.toBe("2024-05-09");
    expect(claims("The vote came after Warren told reporters that the bill would not pass.")[0]?.date).toMatchObject({ iso: "2024-05-10", basis: "published" });
  });
});
