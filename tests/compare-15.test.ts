import { describe, expect, it } from "vitest";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { pairEvidence } from "../src/compare/match/similarity.js";
import { eventWeights } from "../src/compare/match/weights.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** The representation of a claim of the Kremlin saying `text`. */
function rep(language: string, text: string, article = "a"): ClaimRep {
  return represent(makeClaim({ assertion: text, language, speaker: "Kremlin", side: "RU", date: "2017-05-02", article }), lexiconFor(language).lexicon, 0);
}
const keys = (r: ClaimRep) => r.keys.map((k) => k.key);
const acts = (r: ClaimRep) => r.predicates.map((p) => p.cls);

describe("agreeing is an act, not an agreement the claim speaks of", () => {
  // "de acord", "d'accord", "d'accordo", "de acuerdo", "reached an agreement": the words say that
  // someone agreed; read as the concept "agreement" too, any two claims where someone agrees
  // would share a subject.
  it.each([
    ["ro", "Cei doi au căzut de acord asupra unui armistițiu."],
    ["ro", "Putin și Trump au fost de acord asupra unei întâlniri."],
    ["fr", "Ils sont d'accord sur la nécessité d'un cessez-le-feu."],
    ["fr", "Ils se sont mis d'accord sur un cessez-le-feu."],
    ["it", "Le due parti sono d'accordo sulla necessità di una tregua."],
    ["it", "I due leader si sono accordati per altri contatti telefonici."],
    ["es", "Ambas partes están de acuerdo en la necesidad de una tregua."],
    ["es", "Llegaron a un acuerdo sobre la tregua."],
    ["en", "Both sides reached an agreement on a ceasefire."],
    ["pl", "Obie strony osiągnęli porozumienie w sprawie rozejmu."],
    ["ru", "Стороны пришли к соглашению о прекращении огня."],
    ["ru", "Стороны достигли договоренности о прекращении огня."],
    ["vi", "Hai bên đã đạt được thỏa thuận về ngừng bắn."],
  ])("%s: %s", (language, text) => {
    const r = rep(language, text);
    expect(acts(r)).toContain("agree");
    expect(keys(r)).not.toContain("c:agreement");
  });

  it.each([
    ["en", "Both sides signed an agreement on a ceasefire."],
    ["fr", "Ils ont signé un accord sur les céréales."],
    ["it", "Hanno firmato un accordo sul grano."],
    ["es", "Firmaron un acuerdo sobre el grano."],
    ["ro", "Au semnat un acord privind cerealele."],
    ["pl", "Obie strony podpisały porozumienie w sprawie rozejmu."],
    ["ru", "Стороны подписали соглашение о прекращении огня."],
    ["de", "Beide Seiten unterzeichneten ein Abkommen über eine Waffenruhe."],
  ])("%s: an agreement signed is one: %s", (language, text) => {
    expect(keys(rep(language, text))).toContain("c:agreement");
  });

  it("English 'according to' names no accord", () => {
    expect(keys(rep("en", "Putin spoke in favour of a meeting, according to the Kremlin."))).not.toContain("c:agreement");
    expect(keys(rep("en", "The accord on grain was signed."))).toContain("c:agreement");
    expect(keys(rep("en", "The accords were signed in Minsk."))).toContain("c:agreement");
  });
});

describe("a state whose name is a common noun of the language, written in lower case, is the noun", () => {
  it.each([
    ["es", "Los dos líderes vieron con buenos ojos la idea de una reunión.", "Macron viajó a la Reunión."],
    ["it", "I due leader hanno parlato di una riunione a Ginevra.", "Macron si è recato alla Riunione."],
  ])("%s: the meeting, not Réunion", (language, noun, name) => {
    const r = rep(language, noun);
    expect(keys(r)).toContain("c:meeting");
    expect(keys(r)).not.toContain("s:RE");
    expect(keys(rep(language, name))).toContain("s:RE");
  });
});

describe("viewing an idea favourably is supporting it", () => {
  it.each([
    ["en", "The two leaders viewed favorably the idea of a meeting."],
    ["fr", "Les deux dirigeants ont vu favorablement l'idée d'une rencontre."],
    ["it", "I due leader hanno considerato con favore l'idea di un incontro."],
    ["it", "Il Cremlino è a favore di un incontro."],
    ["es", "Los dos líderes vieron con buenos ojos la idea de una reunión."],
    ["es", "Consideraron favorablemente la idea de una reunión."],
    ["ro", "Cei doi lideri au privit favorabil ideea unei întâlniri."],
    ["de", "Beide Präsidenten sahen die Idee eines Treffens wohlwollend."],
    ["pl", "Przywódcy przychylnie odnieśli się do pomysłu spotkania."],
    ["ru", "Лидеры благосклонно отнеслись к идее личной встречи."],
    ["uk", "Лідери схвально оцінили ідею особистої зустрічі."],
  ])("%s: %s", (language, text) => {
    const r = rep(language, text);
    expect(acts(r)).toContain("support");
    expect(keys(r)).toContain("c:meeting");
  });

  it("Italian 'considerato con favore' is considered and favoured", () => {
    expect(acts(rep("it", "Hanno considerato con favore la proposta."))).toEqual(expect.arrayContaining(["consider", "support"]));
  });

  it.each([
    ["es", "Ven aquí, por favor, y escucha."],
    ["it", "Ti chiedo per favore di ascoltare."],
  ])("%s: 'please' supports nothing: %s", (language, text) => {
    expect(acts(rep(language, text))).not.toContain("support");
  });
});

describe("a day names its month: 'in July' and 'on 7 July' share a date, two days of July do not", () => {
  const shared = (language: string, x: string, y: string) => {
    const a = rep(language, x, "a");
    const b = rep(language, y, "b");
    return pairEvidence(a, b, eventWeights([a, b]), null).shared.map((k) => k.key);
  };
  it.each([
    ["en", "They agreed to meet in July.", "They agreed to meet on 7 July.", "They agreed to meet on 17 July."],
    ["it", "Si incontreranno a luglio.", "Si incontreranno il 7 luglio.", "Si incontreranno il 17 luglio."],
    ["ro", "Se vor întâlni în iulie.", "Se vor întâlni pe 7 iulie.", "Se vor întâlni pe 17 iulie."],
    ["ru", "Они договорились встретиться в июле.", "Они договорились встретиться 7 июля.", "Они договорились встретиться 17 июля."],
  ])("%s", (language, month, day, otherDay) => {
    expect(shared(language, month, day)).toContain("q:date:month:700");
    expect(shared(language, day, month)).toContain("q:date:month:700");
    expect(shared(language, day, otherDay)).not.toContain("q:date:month:700");
    expect(shared(language, day, day)).toContain("q:date:day:707");
  });
});

describe("assuring and guaranteeing are promises, not security guarantees", () => {
  it.each([
    ["en", "Trump likewise assured him that he wants strong and lasting relations."],
    ["en", "Putin guaranteed that the talks would go on."],
    ["fr", "Poutine a garanti que les discussions continueraient."],
    ["it", "Putin ha assicurato a Trump che vuole buone relazioni."],
    ["ru", "Путин заверил Трампа, что хочет хороших отношений."],
  ])("%s: %s", (language, text) => {
    const r = rep(language, text);
    expect(acts(r)).toContain("promise");
    expect(keys(r)).not.toContain("c:security-guarantees");
  });

  it.each([
    ["en", "Russia demanded legally binding security guarantees."],
    ["en", "Moscow wants written guarantees and assurances from NATO."],
    ["fr", "La Russie exige des garanties juridiques de l'OTAN."],
    ["it", "La Russia chiede garanzie di sicurezza alla NATO."],
    ["ru", "Россия требует от НАТО гарантий безопасности."],
  ])("%s: the noun still names them: %s", (language, text) => {
    expect(keys(rep(language, text))).toContain("c:security-guarantees");
  });
});
