import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A known body or role right before a name no lexicon knows ("UN envoy Toby Lanzer", "Kremlin aide
// Yuri Smith") names that person's office: the person speaks, after the verb and in a source phrase
// alike, as they already did before the verb.
const first = (language: string, text: string) => extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims[0]?.speaker;

describe("the person after a body and a noun of office speaks", () => {
  it.each([
    ["en", "According to UN envoy Toby Lanzer, the situation is dire.", "Toby Lanzer"],
    ["en", "“The situation is dire,” said UN envoy Toby Lanzer.", "Toby Lanzer"],
    ["en", "“The talks failed,” said Kremlin aide Yuri Smith on Monday.", "Yuri Smith"],
    ["en", "UN envoy Toby Lanzer said the situation was dire.", "Toby Lanzer"],
    ["de", "Laut UN-Vertreter Toby Lanzer ist die Lage ernst.", "Toby Lanzer"],
  ])("%s: %s", (language, text, name) => {
    expect(first(language, text)?.name).toBe(name);
  });
});

it("a role that names its body gives the person its side", () => {
  expect(first("en", "According to Kremlin aide Yuri Smith, the talks failed.")).toMatchObject({ name: "Yuri Smith", side: "RU" });
});

describe("negative cases", () => {
  it("a name in the content after a comma is not the source", () => {
    expect(first("en", "According to the UN, Toby Lanzer was in Juba.")?.name).toBe("United Nations");
  });
  it("the body alone speaks for itself", () => {
    expect(first("en", "“The talks failed,” said the UN on Monday.")?.name).toBe("United Nations");
  });
  it("a known holder of the role stays who the lexicon says", () => {
    expect(first("en", "“The talks failed,” said Kremlin aide Yuri Ushakov.")).toMatchObject({ name: "Yury Ushakov", side: "RU" });
  });
});
