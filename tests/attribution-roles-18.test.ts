import { describe, expect, it } from "vitest";
import { extractClaims } from "../src/index.js";

// A bare role word as the subject of a later cue ("a subliniat ministrul", "the minister added") is the
// person who spoke earlier under that role, not an unknown "minister" nor the last person named
// (sentences written for these tests).
const claims = (text: string, language: string) => extractClaims({ id: "t", text, language, publishedAt: "2026-03-18" }).claims;
const last = (text: string, language: string) => {
  const c = claims(text, language).at(-1);
  return [c?.speaker.name, c?.speaker.mention];
};

describe("a bare role word is the person who spoke under that role", () => {
  it.each([
    [
      "ro",
      "Ministrul Muncii, Elena Pârvu, a declarat luni că pensiile vor crește în iulie. Ea a vizitat apoi un spital din Iași, unde s-a întâlnit cu directorul Ion Popa. „Nu vom tăia niciun ajutor social”, a subliniat ministrul.",
      "Elena Pârvu",
      "ministrul",
    ],
    [
      "es",
      "La ministra de Trabajo, Ana Ruiz, dijo el lunes que el salario mínimo subirá en julio. Después visitó una fábrica con el alcalde Pedro Gómez. «No habrá recortes», añadió la ministra.",
      "Ana Ruiz",
      "la ministra",
    ],
    [
      "it",
      'Il ministro dell\'Economia Marco Bellini ha detto lunedì che le tasse scenderanno. Poi ha incontrato il sindaco Luca Rossi. "Non ci saranno tagli", ha aggiunto il ministro.',
      "Marco Bellini",
      "il ministro",
    ],
    [
      "fr",
      "Le ministre de l'Intérieur, Paul Martin, a déclaré lundi que les effectifs seraient renforcés. Il a ensuite rencontré le maire Jean Petit. « Il n'y aura pas de coupes », a affirmé le ministre.",
      "Paul Martin",
      "le ministre",
    ],
    [
      "pl",
      "Minister Anna Nowak powiedziała w poniedziałek, że podatki spadną. Potem spotkała się z burmistrzem Janem Kowalskim. „Nie będzie cięć” – dodał minister.",
      "Anna Nowak",
      "minister",
    ],
    [
      "ru",
      "Министр финансов Олег Смирнов заявил в понедельник, что налоги снизятся. Затем он встретился с мэром Иваном Петровым. «Сокращений не будет», — добавил министр.",
      "Олег Смирнов",
      "министр",
    ],
    [
      "uk",
      "Міністр фінансів Олег Коваленко заявив у понеділок, що податки знизяться. Потім він зустрівся з мером Іваном Петренком. «Скорочень не буде», — додав міністр.",
      "Олег Коваленко",
      "міністр",
    ],
    [
      "en",
      'Labour Minister Anna Clarke said on Monday that wages would rise in July. She later met Mayor John Reed in Leeds. "There will be no cuts," the minister added.',
      "Anna Clarke",
      "the minister",
    ],
    [
      "de",
      "Arbeitsministerin Anna Keller sagte am Montag, die Löhne würden im Juli steigen. Später traf sie Bürgermeister Hans Gruber. „Es wird keine Kürzungen geben“, fügte die Ministerin hinzu.",
      "Anna Keller",
      "die Ministerin",
    ],
  ])("%s: %s", (language, text, speaker, mention) => {
    expect(last(text, language)).toEqual([speaker, mention]);
  });
});

describe("no holder to take the role back to", () => {
  it.each([
    // two ministers spoke: the reader cannot tell which one
    [
      "ro",
      "Ministrul Muncii, Elena Pârvu, a declarat luni că pensiile vor crește. Ministrul Finanțelor, Ion Dinu, a spus că bugetul nu permite acest lucru. „Nu vom tăia niciun ajutor social”, a subliniat ministrul.",
      "ministrul",
    ],
    [
      "en",
      'Labour Minister Anna Clarke said on Monday that wages would rise. Finance Minister Tom Hale said the budget would not allow it. "There will be no cuts," the minister added.',
      "minister",
    ],
    // a role never tied to a name
    [
      "ro",
      "Sindicatele au anunțat luni o grevă. Liderul lor, Ion Popa, a spus că negocierile au eșuat. „Nu vom tăia niciun ajutor social”, a subliniat ministrul.",
      "ministrul",
    ],
    // another role than the one who spoke
    [
      "es",
      "La ministra de Trabajo, Ana Ruiz, dijo el lunes que el salario subirá. El sindicalista Pedro Gómez dijo que no basta. «No habrá recortes», añadió el alcalde.",
      "alcalde",
    ],
    [
      "de",
      "Arbeitsministerin Anna Keller sagte am Montag, die Löhne würden im Juli steigen. „Es wird keine Kürzungen geben“, fügte der Bürgermeister hinzu.",
      "Bürgermeister",
    ],
    // a person of the one with the role
    ["en", 'Labour Minister Anna Clarke said on Monday that wages would rise in July. "There will be no cuts," the minister\'s spokesman said.', "spokesman"],
  ])("%s: %s", (language, text, word) => {
    const c = claims(text, language).at(-1);
    expect(c?.speaker.kind).toBe("unknown");
    expect(c?.speaker.name).toContain(word);
  });
});
