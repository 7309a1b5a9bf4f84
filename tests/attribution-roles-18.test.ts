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

describe("a role given to a name in narration, before any claim", () => {
  it.each([
    ["ro", "Ministrul Muncii, Elena Pârvu, a vizitat luni un spital din Iași. „Nu vom tăia niciun ajutor social”, a subliniat ministrul.", "Elena Pârvu"],
    ["es", "Ana Ruiz, ministra de Trabajo, visitó el lunes una fábrica en Sevilla. «No habrá recortes», dijo la ministra.", "Ana Ruiz"],
    ["it", 'Il ministro dell\'Economia Marco Bellini ha visitato lunedì una fabbrica a Torino. "Non ci saranno tagli", ha detto il ministro.', "Marco Bellini"],
    ["fr", "Le ministre de l'Intérieur, Paul Martin, s'est rendu lundi à Lyon. « Il n'y aura pas de coupes », a affirmé le ministre.", "Paul Martin"],
    ["pl", "Minister Anna Nowak odwiedziła w poniedziałek fabrykę w Łodzi. „Nie będzie cięć” – powiedziała minister.", "Anna Nowak"],
    ["ru", "Министр финансов Олег Смирнов посетил в понедельник завод в Казани. «Сокращений не будет», — сказал министр.", "Олег Смирнов"],
    ["de", "Arbeitsministerin Anna Keller besuchte am Montag eine Fabrik in Köln. „Es wird keine Kürzungen geben“, sagte die Ministerin.", "Anna Keller"],
    ["en", 'Labour Minister Anna Clarke visited a factory in Leeds on Monday. "There will be no cuts," the minister said.', "Anna Clarke"],
  ])("%s: %s", (language, text, speaker) => {
    expect(claims(text, language).at(-1)?.speaker.name).toBe(speaker);
  });

  it.each([
    // two ministers named: the reader cannot tell which one
    [
      "en",
      'Labour Minister Anna Clarke visited a factory in Leeds on Monday, where she met Finance Minister Tom Hale. "There will be no cuts," the minister said.',
      "minister",
    ],
    [
      "es",
      "La ministra de Trabajo, Ana Ruiz, visitó el lunes una fábrica con la ministra de Hacienda, Marta Gil. «No habrá recortes», dijo la ministra.",
      "ministra",
    ],
    // a name with no role word before it or after it
    ["ro", "Elena Pârvu a vizitat luni un spital din Iași. „Nu vom tăia niciun ajutor social”, a subliniat ministrul.", "ministrul"],
  ])("%s: %s", (language, text, word) => {
    const c = claims(text, language).at(-1);
    expect(c?.speaker.kind).toBe("unknown");
    expect(c?.speaker.name).toContain(word);
  });
});

describe("words before the role word say which holder", () => {
  const two =
    'Labour Minister Anna Clarke said on Monday that wages would rise. Finance Minister Tom Hale said the budget would not allow it. "There will be no cuts," the';
  it("the labour minister of two ministers", () => {
    expect(claims(`${two} labour minister added.`, "en").at(-1)?.speaker.name).toBe("Anna Clarke");
    expect(claims(`${two} finance minister added.`, "en").at(-1)?.speaker.name).toBe("Tom Hale");
  });
  it("not a word the holder's role lacks", () => {
    const text = 'Labour Minister Anna Clarke said on Monday that wages would rise. "There will be no cuts," the former minister added.';
    expect(claims(text, "en").at(-1)?.speaker.kind).toBe("unknown");
  });
});

describe("a deputy holds another office", () => {
  it.each([
    ["en", 'Deputy Mayor Anna Clarke said on Monday that rents would rise. "There will be no cuts," the mayor added.', "unknown"],
    ["en", 'Vice-president Anna Clarke said on Monday that rents would rise. "There will be no cuts," the president added.', "unknown"],
    ["en", 'Deputy Mayor Anna Clarke said on Monday that rents would rise. "There will be no cuts," the deputy mayor added.', "person"],
  ])("%s: %s", (language, text, kind) => {
    expect(claims(text, language).at(-1)?.speaker.kind).toBe(kind);
  });
});
