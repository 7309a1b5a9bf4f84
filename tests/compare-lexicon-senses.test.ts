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

describe("a generic word is no specific topic", () => {
  describe("room is not outer space", () => {
    senses([
      ["en", "There is no space for compromise.", "They agreed to cooperate in outer space.", "space"],
      ["fr", "Il a parlé de l'espace aérien.", "Ils coopèrent dans l'espace extra-atmosphérique.", "space"],
      ["es", "No hay espacio para el diálogo.", "Cooperarán en el espacio exterior.", "space"],
      ["it", "Non c'è spazio per il compromesso.", "Coopereranno nello spazio cosmico.", "space"],
      ["ro", "Nu există spațiu pentru compromis.", "Vor coopera în spațiul cosmic.", "space"],
      ["vi", "Không gian chính trị đã thu hẹp.", "Hai bên hợp tác nghiên cứu vũ trụ.", "space"],
    ]);
  });

  describe("rearmament is arming Ukraine only when Ukraine is named", () => {
    senses([
      ["fr", "Le réarmement de l'Europe est nécessaire.", "Le réarmement de l'Ukraine continue.", "weapons-to-ukraine"],
      ["es", "El rearme de Alemania avanza.", "El rearme de Ucrania continúa.", "weapons-to-ukraine"],
      ["it", "Il riarmo dell'Europa costa molto.", "Il riarmo dell'Ucraina continua.", "weapons-to-ukraine"],
      ["ro", "Reînarmarea Germaniei continuă.", "Reînarmarea Ucrainei continuă.", "weapons-to-ukraine"],
      ["vi", "Châu Âu đang tái vũ trang.", "Mỹ tiếp tục tái vũ trang cho Ukraine.", "weapons-to-ukraine"],
    ]);
  });

  describe("interfering is election interference only with the election; 'not common' is no non-proliferation", () => {
    senses([
      ["vi", "Ông ấy kêu gọi không can thiệp vào công việc nội bộ.", "Nga bị cáo buộc can thiệp bầu cử Mỹ.", "election-interference"],
      ["vi", "Điều này không phổ biến ở châu Âu.", "Hai bên cam kết không phổ biến vũ khí hạt nhân.", "non-proliferation"],
    ]);
  });

  describe("crude, gross and raw are not oil; broadcasts are no emissions; a plan in the pipeline is no gas", () => {
    senses([
      ["en", "It was a crude attempt to mislead.", "Brent crude rose sharply.", "oil"],
      ["fr", "Le produit intérieur brut a augmenté.", "Le prix du brut a augmenté.", "oil"],
      ["es", "Fue un invierno crudo.", "El precio del crudo subió.", "oil"],
      ["fr", "Les émissions de télévision ont été suspendues.", "Les émissions de CO2 ont baissé.", "climate"],
      ["es", "Las emisiones de radio fueron cortadas.", "Las emisiones de CO2 bajaron.", "climate"],
      ["en", "More sanctions are in the pipeline.", "The gas pipeline was damaged.", "gas"],
      ["en", "More sanctions are in the pipeline.", "Pipelines under the sea were damaged.", "gas"],
      ["de", "Weitere Sanktionen sind in der Pipeline.", "Die Gaspipeline wurde beschädigt.", "gas"],
    ]);
  });

  describe("activists, fighters and veterans are no terrorists; radical change is no extremism; an explosion is no terrorist attack", () => {
    senses([
      ["fr", "Les militants écologistes ont manifesté.", "Les terroristes ont été arrêtés.", "terrorism"],
      ["es", "Los militantes del partido votaron.", "Los terroristas fueron detenidos.", "terrorism"],
      ["it", "I militanti del partito hanno votato.", "I terroristi sono stati arrestati.", "terrorism"],
      ["ro", "Militanții pentru drepturile omului au protestat.", "Teroriștii au fost arestați.", "terrorism"],
      ["de", "Ukrainische Kämpfer verteidigten die Stadt.", "Die Terroristen wurden festgenommen.", "terrorism"],
      ["vi", "Hội cựu chiến binh đã họp.", "Các phần tử khủng bố đã bị bắt.", "terrorism"],
      ["ru", "Нужны радикальные меры.", "Радикалы совершили нападение.", "extremism"],
      ["uk", "Потрібні радикальні зміни.", "Радикали здійснили напад.", "extremism"],
      ["de", "Die Regierung will das System radikal verändern.", "Die Radikalisierung junger Männer nimmt zu.", "extremism"],
      ["es", "Pidió cambios radicales.", "Los extremistas fueron detenidos.", "extremism"],
      ["it", "Ha chiesto cambiamenti radicali.", "Gli estremisti sono stati arrestati.", "extremism"],
      ["fr", "Il a exigé des changements radicaux.", "Les extrémistes ont été arrêtés.", "extremism"],
      ["ru", "На заводе произошел взрыв.", "Теракт в Москве унёс жизни.", "terrorist-attack"],
      ["ru", "Это подрыв доверия.", "Теракт в Москве унёс жизни.", "terrorist-attack"],
      ["uk", "У Києві пролунали вибухи.", "Теракт у Москві забрав життя.", "terrorist-attack"],
    ]);
  });

  describe("the Zaporizhzhia region is not its nuclear plant", () => {
    senses([
      ["en", "Fighting continues in the Zaporizhzhia region.", "The Zaporizhzhia plant lost power.", "nuclear-power"],
      ["fr", "Les combats continuent dans la région de Zaporijia.", "La centrale de Zaporijia a perdu le courant.", "nuclear-power"],
      ["es", "Los combates siguen en la región de Zaporiyia.", "La central de Zaporiyia perdió la electricidad.", "nuclear-power"],
      ["it", "I combattimenti continuano nella regione di Zaporizhzhia.", "La centrale di Zaporizhzhia ha perso la corrente.", "nuclear-power"],
      ["ro", "Luptele continuă în regiunea Zaporojie.", "Centrala de la Zaporojie a rămas fără curent.", "nuclear-power"],
      ["pl", "Walki trwają w obwodzie zaporoskim.", "Zaporoska elektrownia straciła zasilanie.", "nuclear-power"],
      ["de", "Die Kämpfe gehen in der Region Saporischschja weiter.", "Das Kraftwerk Saporischschja hat keinen Strom.", "nuclear-power"],
      ["ru", "Бои идут в Запорожской области.", "МАГАТЭ посетило ЗАЭС.", "nuclear-power"],
      ["uk", "Бої тривають у Запорізькій області.", "МАГАТЕ відвідало ЗАЕС.", "nuclear-power"],
    ]);
  });
});

describe("a stem shared with an unrelated word: the court is not the current, the cut, the march; the military not the party member", () => {
  senses([
    ["fr", "La centrale a perdu le courant.", "La Cour suprême a statué.", "rule-of-law"],
    ["es", "Hubo cortes de luz en la ciudad.", "La Corte Suprema falló.", "rule-of-law"],
    ["it", "Il corteo ha attraversato la città.", "La Corte costituzionale ha deciso.", "rule-of-law"],
    ["es", "Los militantes del partido votaron.", "Los militares tomaron el poder.", "military"],
    ["it", "I militanti del partito hanno votato.", "I militari hanno preso il potere.", "military"],
  ]);
});

describe("militants of an Islamist group stay terrorism, and the group stays named", () => {
  it.each([
    ["fr", "Les militants de l'État islamique ont été frappés."],
    ["es", "Los militantes del Estado Islámico fueron atacados."],
    ["it", "I militanti dello Stato islamico sono stati colpiti."],
    ["ro", "Militanții Statului Islamic au fost atacați."],
  ])("%s: %s", (language, text) => {
    expect(read(language, text).concepts).toEqual(expect.arrayContaining(["terrorism", "isis"]));
  });
});
