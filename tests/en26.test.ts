import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2026-03-10" }).claims;

describe("en26: a claim in a clause opened by 'after', 'since' or 'until'", () => {
  it("'a day after Mr. Trump told a rally that …' is Trump's claim", () => {
    const cs = claims("The announcement came a day after Mr. Trump told a rally in Ohio that the election was rigged.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.speaker.name).toBe("Donald Trump");
    expect(cs[0]?.assertion).toBe("the election was rigged.");
  });
  it("the subject after 'after' is the speaker, not the main clause before it", () => {
    const [a] = claims("The dispute began after Mr. Ruiz said the tax cuts would pay for themselves.");
    expect(a?.speaker.name).toBe("Ruiz");
    expect(a?.speaker.mention).toBe("Mr. Ruiz");
    expect(a?.assertion).toMatch(/^the tax cuts would pay/);
    const [b] = claims("Stocks fell after the Fed chair warned that rates would stay high.");
    expect(b?.speaker.mention).toBe("the Fed chair");
    const [c] = claims("Prices have risen since the governor claimed that the state had no deficit.");
    expect(c?.speaker.mention).toBe("the governor");
  });
  it("negative: a preposition after the first words still joins them", () => {
    const [a] = claims("Officials in Ohio said the count would finish Friday.");
    expect(a?.speaker.name).toBe("Officials in Ohio");
    const [b] = claims("After the meeting, Mr. Ruiz said the talks had been productive.");
    expect(b?.speaker.mention).toBe("Mr. Ruiz");
  });
});
