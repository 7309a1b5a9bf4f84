import { describe, expect, it } from "vitest";
import { trimRegion } from "../src/pipeline/attribution/region.js";

describe("trimRegion", () => {
  const trim = (text: string) => {
    const [a, b] = trimRegion(text, 0, text.length);
    return text.slice(a, b);
  };

  it("drops spaces, dashes, colons and commas at both ends", () => {
    expect(trim(" – : the talks were useful ,  ")).toBe("the talks were useful");
    expect(trim("\u00a0• ‘it will not happen’ —")).toBe("‘it will not happen’");
  });

  it("keeps what stands inside, including runs of the same marks", () => {
    expect(trim("a ,  ; b")).toBe("a ,  ; b");
    expect(trim(`x${" ".repeat(1000)}y`)).toBe(`x${" ".repeat(1000)}y`);
  });

  it("returns an empty region, not a reversed one, when nothing is left", () => {
    expect(trimRegion(" , – ", 0, 5)).toEqual([5, 5]);
    expect(trimRegion("ab", 1, 1)).toEqual([1, 1]);
  });

  it("reads only [s, e)", () => {
    const text = ", said: the plan works; really";
    const s = text.indexOf(":"),
      e = text.indexOf(";") + 1;
    expect(text.slice(...trimRegion(text, s, e))).toBe("the plan works");
  });
});
