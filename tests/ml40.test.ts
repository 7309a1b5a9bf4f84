import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

const claims = (text: string, language: string) => extractClaims({ id: "t", text, language, publishedAt: "2024-05-10" }).claims;

describe("ml40: a relative clause of saying after a reaction's noun or a compound preposition of origin names the complement", () => {
  it.each([
    ["ru", "Реформа вызвала критику со стороны врачей, которые заявили, что она закроет больницы.", "врачей", "она закроет больницы."],
    ["ru", "Реформа вызвала критику врачей, которые заявили, что она закроет больницы.", "врачей", "она закроет больницы."],
    ["uk", "Реформа викликала критику з боку лікарів, які заявили, що вона закриє лікарні.", "лікарів", "вона закриє лікарні."],
    ["pl", "Reforma spotkała się z krytyką lekarzy, którzy powiedzieli, że zamknie szpitale.", "lekarzy", "zamknie szpitale."],
    ["pl", "Reforma spotkała się z krytyką ze strony lekarzy, którzy powiedzieli, że zamknie szpitale.", "lekarzy", "zamknie szpitale."],
    [
      "fr",
      "La réforme a suscité des critiques de la part des médecins, qui ont déclaré qu'elle fermera des hôpitaux.",
      "médecins",
      "elle fermera des hôpitaux.",
    ],
    ["fr", "La réforme a suscité des critiques des médecins, qui ont déclaré qu'elle fermera des hôpitaux.", "médecins", "elle fermera des hôpitaux."],
    ["ro", "Reforma a primit critici din partea medicilor, care au declarat că va închide spitale.", "medicilor", "va închide spitale."],
    ["it", "La riforma ha suscitato critiche da parte dei medici, che hanno detto che chiuderà gli ospedali.", "medici", "chiuderà gli ospedali."],
  ])("%s: %s", (language, text, speaker, assertion) => {
    const cs = claims(text, language);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(assertion);
  });

  it.each([
    // (a relative clause whose verb does not report)
    ["ru", "Реформа вызвала критику врачей, которые вышли на улицы в понедельник."],
    ["pl", "Reforma spotkała się z krytyką lekarzy, którzy wyszli na ulice w poniedziałek."],
    ["fr", "La réforme a suscité des critiques de la part des médecins, qui ont manifesté lundi."],
  ])("no claim: %s: %s", (language, text) => {
    expect(claims(text, language)).toHaveLength(0);
  });

  it("a description with its speaker before the compound preposition keeps it whole", () => {
    const cs = claims("Представитель министерства, который заявил, что реформа провалится, ушёл в отставку.", "ru");
    expect(cs.map((c) => c.speaker.name)).toEqual(["Представитель министерства"]);
  });
});

describe("ml40: Romanian — a verb with an object whose article is attached, then a second reporting verb, is two acts", () => {
  it("'a criticat planul și a declarat că …': the object is the first act's, the clause the second's", () => {
    const cs = claims("Primarul a criticat bugetul și a declarat că orașul nu are bani pentru drumuri.", "ro");
    expect(cs.map((c) => [c.cue, c.assertion])).toEqual([
      ["a criticat", "bugetul"],
      ["a declarat", "orașul nu are bani pentru drumuri."],
    ]);
    expect(cs.map((c) => c.speaker.name)).toEqual(["Primarul", "Primarul"]);
  });

  it.each([
    // (an adjective after the verb is no object: one act)
    "Primarul s-a declarat mulțumit de buget și a promis că va repara drumurile.",
    // (a second verb that does not report: the first act keeps it all)
    "Primarul a criticat bugetul și a plecat la București.",
    // (a content clause of the first verb: one act)
    "Primarul a declarat că bugetul este mic și a adăugat că va cere fonduri.",
  ])("one claim: %s", (text) => {
    expect(claims(text, "ro")).toHaveLength(1);
  });
});

describe("ml40: Vietnamese — a second act after a comma with a bare clause (no 'rằng') is a claim of the speaker", () => {
  it("'…, người phát ngôn … cho biết, khẳng định …': the quotation, then the bare clause", () => {
    const cs = claims(
      '"Hai nước sẽ mở rộng thương mại", người phát ngôn Bộ Ngoại giao Lê Hải Bình cho biết, khẳng định hai bên cam kết tiếp tục đối thoại.',
      "vi",
    );
    expect(cs.map((c) => [c.speaker.name, c.cue, c.assertion])).toEqual([
      ["Lê Hải Bình", "cho biết", '"Hai nước sẽ mở rộng thương mại"'],
      ["Lê Hải Bình", "khẳng định", "hai bên cam kết tiếp tục đối thoại."],
    ]);
  });

  it("with 'rằng' the same", () => {
    const cs = claims(
      '"Hai nước sẽ mở rộng thương mại", người phát ngôn Bộ Ngoại giao Lê Hải Bình cho biết, khẳng định rằng hai bên cam kết tiếp tục đối thoại.',
      "vi",
    );
    expect(cs.map((c) => c.assertion)).toEqual(['"Hai nước sẽ mở rộng thương mại"', "hai bên cam kết tiếp tục đối thoại."]);
  });

  it("not: a first verb with only an adverbial after it stays one claim", () => {
    const cs = claims("Bộ trưởng Nam phát biểu tại hội nghị, khẳng định Việt Nam sẽ mở rộng thương mại.", "vi");
    expect(cs).toHaveLength(1);
  });

  it("not: a second verb followed by its addressee has no bare clause", () => {
    const cs = claims('"Hai nước sẽ mở rộng thương mại", người phát ngôn Lê Hải Bình cho biết, nói với báo chí.', "vi");
    expect(cs).toHaveLength(1);
  });
});

describe("ml40: 'según' with a ministry whose first field follows a preposition, then more fields after a comma", () => {
  it("names the whole ministry", () => {
    const [c] = claims("Según el Ministerio para la Transición Digital, la Ciencia y el Empleo Público, la inversión creció un 8 %.", "es");
    expect(c?.speaker.name).toBe("el Ministerio para la Transición Digital, la Ciencia y el Empleo Público");
    expect(c?.assertion).toBe("la inversión creció un 8 %.");
  });
  it("not: cities after the comma of a ministry with one field", () => {
    const [c] = claims("Según el Ministerio del Interior, Sevilla y Valencia registraron más robos.", "es");
    expect(c?.speaker.name).toBe("el Ministerio del Interior");
  });
});
