import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A verb with a noun of concern or of a question as its object, words between (pack
// `reporting.supportVerbs`): "raised serious concerns with his counterpart about …". The cue runs
// from the verb to the noun; what follows the noun is the content, even when it opens with a
// preposition. With no such noun the verb is narration ("raised taxes").
const claims = (language: string, text: string) =>
  extractClaims({ id: "t", text, language, publishedAt: "2025-03-18" }).claims.map((c) => ({
    speaker: c.speaker.name,
    assertion: c.assertion,
  }));

describe("a verb and its noun of concern, words between", () => {
  it.each([
    ["en", "Minister John Smith raised serious concerns with his counterpart about the tariffs.", "John Smith", "about the tariffs"],
    ["en", "Senator John Smith raised the issue of tariffs with the minister.", "John Smith", "of tariffs"],
    ["it", "Il ministro Mario Rossi ha sollevato con il collega le preoccupazioni per i dazi.", "Mario Rossi", "per i dazi"],
    ["it", "Il ministro Mario Rossi ha sollevato dubbi sul piano del governo.", "Mario Rossi", "sul piano del governo"],
    ["es", "El ministro Juan Pérez mostró a su homólogo su preocupación por los aranceles.", "Juan Pérez", "por los aranceles"],
    ["ro", "Ministrul Ion Popescu a ridicat în discuția cu omologul său problema tarifelor impuse de Washington.", "Ion Popescu", "tarifelor impuse"],
    ["ru", "Министр Иван Петров поднял в разговоре с коллегой вопрос о пошлинах.", "Иван Петров", "о пошлинах"],
    ["uk", "Міністр Іван Петренко порушив у розмові з колегою питання про мита.", "Іван Петренко", "про мита"],
    ["pl", "Minister Jan Kowalski podniósł podczas spotkania z kolegą kwestię ceł nałożonych przez Waszyngton.", "Jan Kowalski", "ceł nałożonych"],
    // (a statement noun between the verb and its noun is where it was raised, no cue of its own: the medium does not speak)
    ["ru", "Министр Иван Петров поднял в интервью ТАСС вопрос о пошлинах.", "Иван Петров", "о пошлинах"],
    ["uk", "Міністр Іван Петренко порушив в інтерв’ю Укрінформу питання про мита.", "Іван Петренко", "про мита"],
    ["pl", "Minister Jan Kowalski podniósł w rozmowie z kolegą kwestię ceł nałożonych przez Waszyngton.", "Jan Kowalski", "ceł nałożonych"],
    ["en", "Minister John Smith raised in an interview with CNN concerns about the tariffs.", "John Smith", "about the tariffs"],
  ])("%s: %s", (language, text, speaker, content) => {
    const out = claims(language, text);
    expect(out).toHaveLength(1);
    expect(out[0]!.speaker).toBe(speaker);
    expect(out[0]!.assertion).toContain(content);
  });
});

describe("negative: the same verbs with no noun of concern", () => {
  it.each([
    ["en", "The council raised taxes on fuel last year."],
    ["en", "John Smith raised money for the campaign in Ohio."],
    ["it", "Il capitano Mario Rossi ha sollevato il trofeo davanti ai tifosi."],
    ["es", "El ministro Juan Pérez mostró el documento a la prensa."],
    // (German: a speech act with no clause is a claim only before reported speech — see attribution-de-16)
    ["de", "Minister Hans Vogel äußerte gegenüber seinem Kollegen Zweifel an den Zöllen."],
    // (nothing after the noun: no content)
    ["en", "The ruling raised serious questions."],
    ["it", "Il ministro Mario Rossi ha sollevato con il collega molte preoccupazioni."],
    ["ro", "Ion Popescu a ridicat trofeul deasupra capului în fața suporterilor."],
    ["ru", "Иван Петров поднял флаг над зданием администрации."],
    ["uk", "Іван Петренко підняв прапор над будівлею адміністрації."],
    ["pl", "Jan Kowalski podniósł rękę podczas głosowania w Sejmie."],
    // (a statement noun between the verb and a plain object makes no noun of concern)
    ["ru", "Иван Петров поднял в разговоре с коллегой флаг над зданием."],
    // (the parties touching on a subject is what they talked about, not a concern one of them raised)
    ["pl", "Przywódcy obu państw poruszyli kwestię ceł nałożonych przez Waszyngton."],
    // (a comma ends the verb's clause: the noun after it is not its object)
    ["en", "John Smith raised his glass, and concerns about the tariffs grew in the room."],
  ])("%s: %s", (language, text) => {
    expect(claims(language, text)).toEqual([]);
  });
});
