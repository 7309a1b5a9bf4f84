import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string) => extractClaims({ id: "t", text, language: "de", publishedAt: "2026-12-02" }).claims;

describe("de26: a medium named before the verb is whom one tells", () => {
  it("Der Zeitung sagte die Ministerin, … — the minister speaks, content after the comma", () => {
    const [c] = claims("Der Zeitung sagte die Ministerin, die Reform komme im Herbst.");
    expect(c?.speaker.mention).toBe("die Ministerin");
    expect(c?.assertion).toBe("die Reform komme im Herbst.");
  });
  it("Der Zeitung sagte Anna Müller, … — the named person speaks", () => {
    const [c] = claims("Der Zeitung sagte Anna Müller, das Projekt sei gescheitert.");
    expect(c?.speaker.name).toBe("Anna Müller");
    expect(c?.assertion).toBe("das Projekt sei gescheitert.");
  });
  it("a title in quotation marks after an article is no quoted content", () => {
    const [c] = claims("Dem „Spiegel“ sagte Anna Müller, das Projekt sei gescheitert.");
    expect(c?.speaker.name).toBe("Anna Müller");
    expect(c?.kind).toBe("indirect");
    expect(c?.assertion).toBe("das Projekt sei gescheitert.");
  });
  it("negative: a medium as the subject still speaks", () => {
    const [c] = claims("Die Zeitung berichtete, die Reform komme im Herbst.");
    expect(c?.speaker.mention).toBe("Die Zeitung");
    expect(c?.assertion).toBe("die Reform komme im Herbst.");
  });
  it("negative: a quotation set off by a comma stays content", () => {
    const [c] = claims("„Das Projekt ist gescheitert“, sagte Anna Müller.");
    expect(c?.speaker.name).toBe("Anna Müller");
    expect(c?.assertion).toContain("Das Projekt ist gescheitert");
  });
});
