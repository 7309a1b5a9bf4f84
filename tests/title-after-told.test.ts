import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A programme's title in quotation marks right after a verb that addresses someone is whom it addresses,
// not speech — and a weekday in it is no date.
const claims = (text: string) => extractClaims({ id: "t", text, language: "en", publishedAt: "2025-03-12" }).claims;

describe("a title after a verb that addresses someone", () => {
  it("'told “Fox News Sunday”' is not dated to Sunday and the title is not the quotation", () => {
    const cs = claims("WASHINGTON — Senator Jane Doe told “Fox News Sunday” that the bill would pass.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.assertion).toBe("the bill would pass.");
    // (the publication date at most, as for any claim of the article's event; never the Sunday before it)
    expect(cs[0]?.date.iso).not.toBe("2025-03-09");
    expect(cs[0]?.date.basis).not.toBe("relative");
  });
  it("negative: a weekday outside the title still dates the claim", () => {
    const cs = claims("WASHINGTON — Senator Jane Doe told “Meet the Press” on Sunday that the bill would pass.");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.date.iso).toBe("2025-03-09");
  });
  it("negative: a quotation after the addressee and a colon stays the quotation", () => {
    const cs = claims("Jane Doe told reporters: “Monday Is Coming Soon.”");
    expect(cs).toHaveLength(1);
    expect(cs[0]?.kind).toBe("direct");
  });
});
