import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-11-14" }).claims.map((c) => [c.speaker.name, c.assertion]);

// A report relayed by a source whose subject comes before its trailing verb: "Erdogan told Putin that
// …, the Turkish presidency said." The subject with its own reporting verb speaks its content; the
// source only relays it. English often has no complementizer ("Erdogan said the ceasefire must hold").
describe("en: a report relayed by a trailing source with its subject first", () => {
  it.each([
    ["Erdogan told Putin that Turkey was ready to host talks, the Turkish presidency said.", "Recep Tayyip Erdoğan", "Turkey was ready to host talks"],
    ["Erdogan said the ceasefire must hold, the presidency said in a statement.", "Recep Tayyip Erdoğan", "the ceasefire must hold"],
    ["Erdogan said that the ceasefire must hold, a Turkish news agency reported.", "Recep Tayyip Erdoğan", "the ceasefire must hold"],
    ["The minister told reporters the plan was dead, a spokesman said.", "The minister", "the plan was dead"],
  ])("%s", (text, speaker, assertion) => {
    expect(claims("en", text)).toEqual([[speaker, assertion]]);
  });
});

describe("en negative: the trailing source speaks when no one else reports", () => {
  it.each([
    ["The talks will resume, the presidency said.", "the presidency", "The talks will resume"],
    // (what the parties agreed is told by the source)
    ["Trump and Putin agreed to meet, the Kremlin said.", "Kremlin", "Trump and Putin agreed to meet"],
    ["Russia launched 40 drones at Kyiv overnight, the Ukrainian air force said.", "the Ukrainian air force", "Russia launched 40 drones at Kyiv overnight"],
    ["Talks will resume next month, the Kremlin said in a statement.", "Kremlin", "Talks will resume next month"],
    // (a belief is no report of its own: the trailing source speaks — pack `reporting.thoughtVerbs`)
    ["The White House believes the bill will pass, an official said.", "an official", "The White House believes the bill will pass"],
  ])("%s", (text, speaker, assertion) => {
    expect(claims("en", text)).toEqual([[speaker, assertion]]);
  });
});
