import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// "A said X, while B said Y" with a conjunction of two words whose second is a complementizer
// ("mientras que", "alors que", "tandis que"): two claims, as with a one-word conjunction.
const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims.map((c) => [c.speaker.name, c.assertion]);

describe("a second attribution after a two-word conjunction", () => {
  it.each([
    [
      "es",
      "La ministra subrayó que la obra beneficiará a toda Europa, mientras que el líder de la oposición dijo que es propaganda.",
      [
        ["La ministra", "la obra beneficiará a toda Europa"],
        ["el líder de la oposición", "es propaganda."],
      ],
    ],
    [
      "fr",
      "La ministre a souligné que le projet profitera à l'Europe, alors que l'opposition a affirmé qu'il s'agit de propagande.",
      [
        ["La ministre", "le projet profitera à l'Europe"],
        ["l'opposition", "il s'agit de propagande."],
      ],
    ],
    [
      "fr",
      "La ministre a souligné que le projet profitera à l'Europe, tandis que le chef de l'opposition a déclaré que c'était de la propagande.",
      [
        ["La ministre", "le projet profitera à l'Europe"],
        ["le chef de l'opposition", "c'était de la propagande."],
      ],
    ],
  ])("%s: %s", (language, text, expected) => {
    expect(claims(language, text)).toEqual(expected);
  });
});

describe("negative: a complementizer after a conjunction that opens more content of the same speaker", () => {
  it("es: “dijo que …, y que …” is one claim", () => {
    expect(claims("es", "La ministra dijo que la obra es útil, y que la oposición miente.")).toEqual([
      ["La ministra", "la obra es útil, y que la oposición miente."],
    ]);
  });
  it("fr: “a dit que …, et que …” is one claim", () => {
    expect(claims("fr", "La ministre a dit que le projet est utile, et que l'opposition ment.")).toHaveLength(1);
  });
});
