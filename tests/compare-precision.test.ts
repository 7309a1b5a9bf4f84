import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string, date: string | null = "2021-12-07"): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date });
  return represent(claim, lexiconFor(language, []).lexicon, 0);
}
const durations = (r: ClaimRep) => r.quantities.filter((q) => q.kind === "duration").map((q) => q.text);

describe("a delay is not the length of the encounter", () => {
  it.each([
    ["en", "The White House announced the call only a few hours after it ended."],
    ["en", "Two hours later, the Kremlin published its readout."],
    ["en", "The Kremlin said it would reply within 48 hours."],
    ["vi", "Nhà Trắng chỉ thông báo về cuộc điện đàm vài giờ sau khi nó kết thúc."],
    ["vi", "Hai giờ sau đó, Điện Kremlin ra thông cáo."],
    ["ru", "Белый дом сообщил о разговоре через несколько часов."],
    ["ru", "Спустя два часа Кремль опубликовал заявление."],
    ["uk", "Кремль повідомив про розмову через дві години."],
    ["de", "Zwei Stunden später veröffentlichte der Kreml eine Erklärung."],
    ["fr", "Deux heures plus tard, le Kremlin a publié un communiqué."],
    ["it", "Due ore dopo il Cremlino ha diffuso una nota."],
    ["es", "Dos horas después, el Kremlin publicó un comunicado."],
    ["ro", "Două ore mai târziu, Kremlinul a publicat un comunicat."],
    ["pl", "Dwie godziny później Kreml opublikował komunikat."],
  ])("%s: %s", (language, text) => {
    expect(durations(read(language, text))).toEqual([]);
  });

  it.each([
    ["en", "The call lasted a few hours.", "few hours"],
    ["en", "The call lasted two hours, after which both sides issued statements.", "two hours"],
    ["vi", "Cuộc điện đàm kéo dài khoảng 1 giờ.", "1 giờ"],
    ["ru", "Разговор продолжался два часа.", "два часа"],
    ["de", "Das Gespräch dauerte zwei Stunden.", "zwei Stunden"],
    ["fr", "L'entretien a duré deux heures.", "deux heures"],
    ["it", "La telefonata è durata due ore.", "due ore"],
    ["pl", "Rozmowa trwała dwie godziny.", "dwie godziny"],
  ])("%s keeps a length: %s", (language, text, amount) => {
    expect(durations(read(language, text)).join(" ")).toContain(amount);
  });
});
