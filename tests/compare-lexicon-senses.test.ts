import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** What the comparison reads from one sentence of a language. */
function read(language: string, assertion: string): ClaimRep {
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2021-12-07" });
  return represent(claim, lexiconFor(language).lexicon, 0);
}

/** [language, a sentence where the form has its ordinary sense, one where it names the concept, the concept]. */
type Case = [string, string, string, string];

function senses(cases: Case[]) {
  it.each(cases)("%s: %s — no concept; %s — %s", (language, other, topic, concept) => {
    expect(read(language, other).concepts).not.toContain(concept);
    expect(read(language, topic).concepts).toContain(concept);
  });
}

describe("a common word of the language is no place or organisation", () => {
  senses([
    ["uk", "Він досі не відповів на запитання.", "Переговори відбулися в Досі.", "doha"],
    ["vi", "Các thành viên của nhóm đã gặp nhau.", "Các cuộc đàm phán diễn ra tại Viên.", "vienna"],
    ["fr", "Il faut qu'il vienne à Paris.", "Les négociations ont eu lieu à Vienne.", "vienna"],
    ["uk", "Прокуратура відкрила кримінальне провадження.", "Росія окупувала Крим у 2014 році.", "crimea"],
    ["uk", "Прокуратура відкрила кримінальне провадження.", "Кримські татари протестували.", "crimea"],
    ["ru", "А воз и ныне там.", "ВОЗ объявила пандемию.", "who"],
    ["uk", "Ми не знаємо, скільки сот грамів залишилось.", "Україна вступила до СОТ.", "wto"],
    ["ru", "Опека над детьми была передана бабушке.", "Страны ОПЕК сократили добычу.", "opec"],
  ]);
});

describe("peaceful and pacification are not the Pacific", () => {
  senses([
    ["es", "Fue una manifestación pacífica.", "China refuerza su presencia en el Pacífico.", "indo-pacific"],
    ["it", "È stata una protesta pacifica.", "La Cina rafforza la sua presenza nel Pacifico.", "indo-pacific"],
    ["pl", "Policja przeprowadziła pacyfikację protestu.", "Chiny zwiększają obecność na Pacyfiku.", "indo-pacific"],
  ]);
});

describe("an alliance is NATO only when it is the North Atlantic one", () => {
  senses([
    ["de", "Die Grünen und das Bündnis forderten Reformen.", "Das Nordatlantische Bündnis stärkt seine Ostflanke.", "nato"],
    ["de", "Der Versicherer Allianz meldete einen Gewinn.", "Die NATO stärkt ihre Ostflanke.", "nato"],
    ["es", "La alianza de partidos ganó las elecciones.", "La Alianza Atlántica refuerza su flanco.", "nato"],
    ["ro", "Alianța de guvernare s-a destrămat.", "Alianța Nord-Atlantică își întărește flancul estic.", "nato"],
    ["pl", "Sojusz Lewicy zdobył mandaty.", "Sojusz Północnoatlantycki wzmacnia flankę.", "nato"],
  ]);
});

describe("a general assembly is the UN's only when the UN is named", () => {
  senses([
    ["en", "The annual general assembly of shareholders approved it.", "The UN General Assembly adopted the resolution.", "united-nations"],
    ["fr", "L'assemblée générale des actionnaires a voté.", "L'Assemblée générale de l'ONU a adopté la résolution.", "united-nations"],
    ["es", "La asamblea general de accionistas aprobó las cuentas.", "La Asamblea General de la ONU aprobó la resolución.", "united-nations"],
    ["it", "L'assemblea generale degli azionisti ha approvato.", "L'Assemblea generale dell'ONU ha approvato la risoluzione.", "united-nations"],
    ["ro", "Adunarea generală a acționarilor a aprobat.", "Adunarea Generală a ONU a adoptat rezoluția.", "united-nations"],
    ["pl", "Zgromadzenie ogólne akcjonariuszy zatwierdziło.", "Zgromadzenie Ogólne ONZ przyjęło rezolucję.", "united-nations"],
    ["vi", "Đại hội đồng cổ đông đã thông qua.", "Đại hội đồng Liên hợp quốc đã thông qua nghị quyết.", "united-nations"],
  ]);
});
