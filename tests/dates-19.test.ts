import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// Claim dates on news the rules were not written for (issue 11, item 8): days to come, years
// stated alone, vague times and the Romanian pluperfect. Sentences written for these tests;
// fixed reference date 2025-03-19 (a Wednesday) where one is given.

const REF = "2025-03-19";
const claims = (language: string, text: string, publishedAt?: string) =>
  extractClaims({ id: "t", text, language, ...(publishedAt ? { publishedAt } : {}) }).claims;

// A lead that announces a meeting on a day to come, and a claim after it with no date of its own.
const AHEAD: [string, string, string][] = [
  ["en", "The two ministers will meet on Friday in Geneva, the ministry said.", "Keller said the talks would be hard."],
  ["de", "Die beiden Minister wollen sich am Freitag in Genf treffen, teilte das Ministerium mit.", "Keller sagte, die Gespräche würden schwierig."],
  ["fr", "Les deux ministres se rencontreront vendredi à Genève, a annoncé le ministère.", "Keller a déclaré que les discussions seraient difficiles."],
  ["es", "Los dos ministros se reunirán el viernes en Ginebra, anunció el ministerio.", "Keller dijo que las conversaciones serían difíciles."],
  ["it", "Il presidente ha convocato per venerdì una riunione del governo, ha riferito il portavoce.", "Keller ha detto che i colloqui sarebbero difficili."],
  ["ro", "Cei doi miniștri se vor întâlni vineri la Geneva, a anunțat ministerul.", "Keller a declarat că discuțiile vor fi dificile."],
  ["ru", "Два министра встретятся в пятницу в Женеве, сообщило министерство.", "Келлер заявила, что переговоры будут трудными."],
  ["uk", "Два міністри зустрінуться в п'ятницю в Женеві, повідомило міністерство.", "Келлер заявила, що переговори будуть складними."],
  ["pl", "Dwaj ministrowie będą rozmawiać w piątek w Genewie, poinformowało ministerstwo.", "Keller powiedziała, że rozmowy będą trudne."],
  ["vi", "Hai bộ trưởng sẽ gặp nhau vào thứ Sáu tại Geneva, Bộ Ngoại giao cho biết.", "Bà Keller cho biết các cuộc đàm phán sẽ khó khăn."],
];

describe("a weekday to come is neither the day of the article's event nor a claim's date", () => {
  it.each(AHEAD)("%s: the claims keep the publication date, not the Friday before it", (language, lead, next) => {
    const cs = claims(language, `${lead}\n\n${next}`, REF);
    expect(cs).toHaveLength(2);
    for (const c of cs) expect(c.date).toMatchObject({ iso: REF, basis: "published" });
  });

  it.each(AHEAD)("%s: an undated article takes no day from it", (language, lead, next) => {
    const cs = claims(language, `${lead}\n\n${next}`);
    expect(cs).toHaveLength(2);
    for (const c of cs) expect(c.date).toMatchObject({ iso: null, basis: null });
  });

  // The same leads about a day past: the claims are dated by it.
  const PAST: [string, string][] = [
    ["en", "The two ministers met on Friday in Geneva, the ministry said."],
    ["de", "Die beiden Minister trafen sich am Freitag in Genf, teilte das Ministerium mit."],
    ["fr", "Les deux ministres se sont rencontrés vendredi à Genève, a annoncé le ministère."],
    ["es", "Los dos ministros se reunieron el viernes en Ginebra, anunció el ministerio."],
    ["it", "I due ministri si sono incontrati venerdì a Ginevra, ha annunciato il ministero."],
    ["ro", "Cei doi miniștri s-au întâlnit vineri la Geneva, a anunțat ministerul."],
    ["ru", "Два министра встретились в пятницу в Женеве, сообщило министерство."],
    ["uk", "Два міністри зустрілися в п'ятницю в Женеві, повідомило міністерство."],
    ["pl", "Dwaj ministrowie spotkali się w piątek w Genewie, poinformowało ministerstwo."],
    ["vi", "Hai bộ trưởng đã gặp nhau vào thứ Sáu tại Geneva, Bộ Ngoại giao cho biết."],
  ];
  it.each(PAST)("negative: a day past dates the event: %s", (language, lead) => {
    const cs = claims(language, lead, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2025-03-14", basis: "context" });
  });

  it.each([
    ["en", "Peskov said on Monday that the two leaders will meet soon."],
    ["fr", "Alexandra Dupont a déclaré lundi que les discussions reprendront."],
    ["es", "El ministro dijo el lunes que las conversaciones se reanudarán."],
    ["ru", "Песков заявил в понедельник, что встреча состоится."],
  ])("negative: a future in the content after the day of the statement: %s: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.date).toMatchObject({ iso: "2025-03-17", basis: "relative" });
  });

  it.each([
    ["en", "The minister said next Monday's talks would be hard. She said on Monday that she was ready."],
    ["de", "Die Ministerin sagte am Montag, sie sei bereit. Die Gespräche sollen am nächsten Montag beginnen, sagte sie."],
  ])("a weekday after 'next' is the coming one: %s", (language, text) => {
    const cs = claims(language, text, REF);
    expect(cs.some((c) => c.date.iso === "2025-03-17")).toBe(true);
    expect(cs.every((c) => c.date.iso !== "2025-03-24")).toBe(true);
  });
});
