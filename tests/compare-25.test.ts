import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import type { ExtractionResult } from "../src/schema/claim.js";
import { articleResult, makeClaim } from "./helpers/gold-claims.js";

const DATE = "2026-12-04";

function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Ministry", side: "RU", date: DATE });
  return represent(claim, lexiconFor(language).lexicon, 0);
}

/** An article of one claim, its text the claim's assertion. */
function article(id: string, language: string, speaker: string, side: string, assertion: string): ExtractionResult {
  const claim = makeClaim({ id: `${id}:c1`, article: id, language, speaker, side, assertion, date: DATE });
  return articleResult({ id, language, title: null, publishedAt: DATE, text: assertion, claims: [claim] });
}
const aligned = (articles: ExtractionResult[]) => compareClaims(articles).events.flatMap((e) => e.alignments.map((a) => [...a.claims].sort().join("~")));

describe("leaders' first name and surname in the oblique cases are read as the person", () => {
  it.each([
    // Ukrainian names in ц: outlets write the instrumental both "-ем" and "-ом".
    ["uk", "Прем'єр заявив, що вчора говорив з Фрідріхом Мерцом про енергетику.", "friedrich-merz"],
    ["uk", "Прем'єр заявив, що вчора говорив з Фрідріхом Мерцем про енергетику.", "friedrich-merz"],
    ["uk", "Прем'єр заявив, що домовився з Мерцом про нову зустріч.", "friedrich-merz"],
    ["uk", "Міністр повідомив, що передав Олафові Шольцу лист, і зустрівся з Олафом Шольцом.", "olaf-scholz"],
    ["uk", "Посол сказав, що лист Фрідріху Мерцу вже надіслали.", "friedrich-merz"],
    ["ru", "Премьер сообщил, что вчера говорил с Фридрихом Мерцом об энергетике.", "friedrich-merz"],
    ["ru", "Премьер сообщил, что вчера говорил с Фридрихом Мерцем об энергетике.", "friedrich-merz"],
    ["ru", "Министр сказал, что встретился с Олафом Шольцом в Берлине.", "olaf-scholz"],
    // Polish: the first name alone, without "Tayyip".
    ["pl", "Minister powiedział, że rozmawiał z Recepem Erdoganem o gazie.", "recep-erdogan"],
    ["pl", "Minister powiedział, że przekazał list Recepowi Erdoganowi.", "recep-erdogan"],
    ["pl", "Minister powiedział, że rozmawiał z Recepem Tayyipem Erdoganem o gazie.", "recep-erdogan"],
  ])("%s: %s", (language, text, person) => {
    expect(read(language, text).people).toEqual([person]);
  });

  it.each([
    // A word that only begins like the name is no form of it.
    ["uk", "Прем'єр заявив, що мерці не голосують, а живі мають право вибору."],
    ["ru", "Министр сказал, что встретился с послом в Берлине."],
    ["pl", "Minister powiedział, że rozmawiał z recepcjonistą hotelu."],
  ])("%s, none: %s", (language, text) => {
    expect(read(language, text).people).toEqual([]);
  });
});

describe("the root causes of a conflict are one concept in every language", () => {
  it.each([
    ["en", "Moscow wants the root causes of the conflict to be eliminated."],
    ["ru", "Москва добивается устранения первопричин конфликта."],
    ["ru", "Москва настаивает на устранении коренных причин кризиса."],
    ["uk", "Київ вважає, що Москва вигадує першопричини війни."],
    ["fr", "Moscou veut que les causes profondes du conflit soient éliminées."],
    ["it", "Mosca vuole eliminare le cause profonde del conflitto."],
    ["es", "Moscú quiere eliminar las causas profundas del conflicto."],
    ["ro", "Moscova vrea eliminarea cauzelor profunde ale conflictului."],
    ["pl", "Moskwa chce usunięcia przyczyn źródłowych konfliktu."],
    ["de", "Moskau will die Grundursachen des Konflikts beseitigen."],
    ["de", "Moskau will die tieferen Ursachen des Konflikts beseitigen."],
    ["vi", "Moskva muốn loại bỏ nguyên nhân gốc rễ của xung đột."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toContain("root-causes");
  });

  it.each([
    ["en", "The fire brigade said the cause of the fire was a faulty heater."],
    ["ru", "Пожарные сообщили, что причиной пожара стал неисправный обогреватель."],
    ["uk", "Рятувальники повідомили, що причиною пожежі став несправний обігрівач."],
    ["fr", "Les pompiers ont indiqué que la cause de l'incendie était un radiateur défectueux."],
    ["it", "I vigili del fuoco hanno detto che la causa dell'incendio era una stufa difettosa."],
    ["es", "Los bomberos dijeron que la causa del incendio fue una estufa defectuosa."],
    ["ro", "Pompierii au spus că cauza incendiului a fost un radiator defect."],
    ["pl", "Strażacy powiedzieli, że przyczyną pożaru był wadliwy grzejnik."],
    ["de", "Die Feuerwehr sagte, die Ursache des Brandes sei ein defekter Heizlüfter gewesen."],
    ["vi", "Lực lượng cứu hỏa cho biết nguyên nhân vụ cháy là một lò sưởi hỏng."],
  ])("%s, not root causes: %s", (language, text) => {
    expect(read(language, text).concepts).not.toContain("root-causes");
  });

  it("two outlets' claims on the root causes align across languages (nothing else joins them)", () => {
    const ids = aligned([
      article("ru1", "ru", "Сергей Лавров", "RU", "Лавров заявил, что Запад упорно игнорирует первопричины конфликта."),
      article("fr1", "fr", "Sergueï Lavrov", "RU", "Lavrov a affirmé que l'Occident ignore obstinément les causes profondes du conflit."),
    ]);
    expect(ids).toEqual(["fr1:c1~ru1:c1"]);
  });
});

describe("an exchange of prisoners, of fire or of goods is no discussion; an exchange of views or by phone is", () => {
  const acts = (language: string, text: string) => read(language, text).predicates.map((p) => p.cls);

  it.each([
    ["fr", "Le ministère a annoncé un échange de prisonniers pour la semaine prochaine.", ["prisoner-exchange"]],
    ["fr", "Le ministère a indiqué que les échanges commerciaux avaient reculé.", ["trade"]],
    ["fr", "Le ministère a affirmé que les deux armées avaient échangé des tirs.", []],
    ["it", "Il ministero ha annunciato uno scambio di prigionieri per la prossima settimana.", ["prisoner-exchange"]],
    ["es", "El ministerio anunció un intercambio de prisioneros para la próxima semana.", ["prisoner-exchange"]],
    ["ro", "Ministerul a anunțat un schimb de prizonieri pentru săptămâna viitoare.", ["prisoner-exchange"]],
  ])("%s, no act: %s", (language, text, concepts) => {
    expect(acts(language, text)).not.toContain("discuss");
    for (const c of concepts) expect(read(language, text).concepts).toContain(c);
  });

  it.each([
    ["fr", "Le ministère a indiqué que les deux présidents avaient eu un échange téléphonique sur l'Ukraine."],
    ["fr", "Le ministère a indiqué que les deux ministres ont eu un échange franc."],
    ["fr", "Le ministère a indiqué que les deux ministres ont échangé sur la situation au Proche-Orient."],
    ["fr", "Le ministère a fait état d'un échange de vues approfondi."],
    ["it", "Il ministero ha riferito di un ampio scambio di vedute tra i due ministri."],
    ["es", "El ministerio informó de un intercambio de pareceres entre los dos ministros."],
    ["ro", "Ministerul a anunțat că cei doi miniștri au avut un schimb de păreri."],
  ])("%s, a discussion: %s", (language, text) => {
    expect(acts(language, text)).toContain("discuss");
  });

  it.each([
    ["fr", "Le ministère a indiqué que les deux présidents avaient eu un échange téléphonique."],
    ["fr", "Le ministère a indiqué que les deux présidents ont échangé par téléphone."],
    ["it", "Il ministero ha riferito di uno scambio telefonico tra i due presidenti."],
    ["es", "El ministerio informó de un intercambio telefónico entre los dos presidentes."],
    ["ro", "Ministerul a anunțat un schimb telefonic între cei doi președinți."],
  ])("%s, a call: %s", (language, text) => {
    expect(read(language, text).eventKinds).toContain("phone-call");
  });
});
