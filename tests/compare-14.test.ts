import { describe, expect, it } from "vitest";
import { compareClaims } from "../src/compare/index.js";
import { represent, type ClaimRep } from "../src/compare/represent/index.js";
import { readings } from "../src/compare/represent/context.js";
import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { makeClaim } from "./helpers/gold-claims.js";

/** The representation of the claim `assertion` of `text`, read (as the comparison does) within its sentence. */
function inSentence(language: string, text: string, assertion: string): ClaimRep {
  const at = text.indexOf(assertion);
  if (at < 0) throw new Error(`not in the text: ${assertion}`);
  const claim = makeClaim({ assertion, language, speaker: "Kremlin", side: "RU", date: "2019-12-29" });
  claim.assertionSpan = [at, at + assertion.length];
  claim.span = [at, at + assertion.length];
  return represent(claim, lexiconFor(language).lexicon, 0, null, readings(text, [claim]).get(claim.id));
}
const acts = (r: ClaimRep) => r.predicates.map((p) => p.cls);

describe("a claim's acts are its own: the act of the clause it hangs on is not", () => {
  // A relative clause reported on its own ("…, which helped foil a bombing") does not thank
  // anyone: the thanks belong to the main clause, here about another (earlier) call.
  it.each([
    [
      "en",
      "Two years ago, Putin called Trump to thank him for a tip which, according to Moscow, helped foil a bombing in the city.",
      "helped foil a bombing in the city",
    ],
    [
      "de",
      "Vor zwei Jahren rief Putin Trump an, um sich für einen Hinweis zu bedanken, der nach russischen Angaben einen Anschlag verhindert hatte.",
      "einen Anschlag verhindert hatte",
    ],
    [
      "fr",
      "Il y a deux ans, Poutine avait appelé Trump pour le remercier d'une information qui, selon Moscou, avait permis de déjouer un attentat.",
      "avait permis de déjouer un attentat",
    ],
    [
      "it",
      "Due anni fa Putin aveva telefonato a Trump per ringraziarlo di un'informazione che, secondo Mosca, aveva sventato un attentato.",
      "aveva sventato un attentato",
    ],
    [
      "es",
      "Hace dos años, Putin llamó a Trump para agradecerle una información que, según Moscú, ayudó a frustrar un atentado.",
      "ayudó a frustrar un atentado",
    ],
    [
      "ro",
      "Acum doi ani, Putin l-a sunat pe Trump pentru a-i mulțumi pentru o informație care, potrivit Moscovei, a dejucat un atentat.",
      "a dejucat un atentat",
    ],
    [
      "pl",
      "Dwa lata temu Putin zadzwonił do Trumpa, aby podziękować mu za informację, która według Moskwy pomogła udaremnić zamach.",
      "pomogła udaremnić zamach",
    ],
    [
      "ru",
      "Два года назад Путин позвонил Трампу, чтобы поблагодарить его за информацию, которая, по данным Москвы, помогла предотвратить теракт.",
      "помогла предотвратить теракт",
    ],
    [
      "uk",
      "Два роки тому Путін зателефонував Трампу, щоб подякувати йому за інформацію, яка, за даними Москви, допомогла запобігти теракту.",
      "допомогла запобігти теракту",
    ],
    [
      "vi",
      "Hai năm trước, ông Putin đã gọi điện cho ông Trump để cảm ơn về thông tin mà theo Moskva đã giúp ngăn chặn một vụ đánh bom.",
      "đã giúp ngăn chặn một vụ đánh bom",
    ],
  ])("%s: the relative clause thanks nobody, the whole sentence does", (language, text, assertion) => {
    expect(acts(inSentence(language, text, assertion))).not.toContain("thank");
    expect(acts(inSentence(language, text, text))).toContain("thank");
  });

  it.each([
    ["en", "Moscow says the tip helped foil a bombing, and Putin thanked Trump for it.", "the tip helped foil a bombing"],
    ["it", "Secondo Mosca l'informazione ha sventato un attentato e Putin ha ringraziato Trump.", "l'informazione ha sventato un attentato"],
    ["ru", "По данным Москвы, информация помогла предотвратить теракт, и Путин поблагодарил Трампа.", "информация помогла предотвратить теракт"],
  ])("%s: an act after the span, in its sentence, still continues the claim", (language, text, assertion) => {
    expect(acts(inSentence(language, text, assertion))).toContain("thank");
  });

  it.each([
    ["en", "In the call, which the Kremlin called useful, Putin thanked Trump for the tip.", "Putin thanked Trump for the tip"],
    ["de", "Putin bedankte sich bei Trump für den Hinweis.", "Putin bedankte sich bei Trump für den Hinweis"],
    ["ro", "Putin i-a mulțumit lui Trump pentru informație.", "Putin i-a mulțumit lui Trump pentru informație"],
    ["pl", "Putin chciał podziękować Trumpowi za informację.", "Putin chciał podziękować Trumpowi za informację"],
  ])("%s: the claim's own act is read", (language, text, assertion) => {
    expect(acts(inSentence(language, text, assertion))).toContain("thank");
  });
});

/** The disagreements of a US claim and a Chinese claim on one day (two articles). */
function flagsOf(language: string, us: string, cn: string): string[] {
  const claims = [
    makeClaim({ assertion: us, language, speaker: "White House", side: "US", date: "2024-04-02", article: `us-${language}` }),
    makeClaim({ assertion: cn, language, speaker: "Xi Jinping", side: "CN", date: "2024-04-02", article: `cn-${language}` }),
  ];
  return compareClaims(claims).events.flatMap((e) => e.disagreements.map((d) => `${d.type}:${d.topic}`));
}

describe("a territory that is no party of the event is a matter the sides characterize", () => {
  // One side frames it as calm ("peace and stability around …"), the other as a red line that
  // cannot be crossed: a characterization of the territory, however many claims name it.
  it.each([
    [
      "en",
      "Biden stressed to Xi the importance of peace and stability across the Taiwan Strait.",
      "Xi warned Biden that Taiwan is an insurmountable red line.",
    ],
    [
      "de",
      "Biden betonte gegenüber Xi die Bedeutung von Frieden und Stabilität rund um Taiwan.",
      "Xi warnte Biden, Taiwan sei eine unüberwindbare rote Linie.",
    ],
    [
      "fr",
      "Biden a souligné auprès de Xi l'importance de la paix et la stabilité autour de Taïwan.",
      "Xi a averti Biden que Taïwan est une ligne rouge infranchissable.",
    ],
    [
      "es",
      "Biden subrayó ante Xi la importancia de la paz y la estabilidad en torno a Taiwán.",
      "Xi advirtió a Biden de que Taiwán es una línea roja infranqueable.",
    ],
    [
      "it",
      "Biden ha parlato al telefono con Xi di pace e stabilità intorno a Taiwan.",
      "Xi ha avvertito Biden al telefono che Taiwan è una linea rossa insormontabile.",
    ],
    [
      "ro",
      "Biden a discutat cu Xi la telefon despre pace și stabilitate în jurul Taiwanului.",
      "Xi l-a avertizat pe Biden la telefon că Taiwanul este o linie roșie de netrecut.",
    ],
    [
      "ru",
      "Байден подчеркнул в беседе с Си важность сохранения мира и стабильности вокруг Тайваня.",
      "Си предупредил Байдена, что Тайвань — непреодолимая красная линия.",
    ],
  ])("%s: calm against a red line", (language, us, cn) => {
    expect(flagsOf(language, us, cn)).toContain("characterization:taiwan");
  });

  it.each([
    [
      "en",
      "Biden stressed to Xi the importance of peace and stability across the Taiwan Strait.",
      "Xi told Biden that China also wants peace and stability across the Taiwan Strait.",
    ],
    ["it", "Biden ha parlato con Xi di pace e stabilità intorno a Taiwan.", "Xi ha detto a Biden che anche la Cina vuole pace e stabilità intorno a Taiwan."],
    [
      "ro",
      "Biden a discutat cu Xi despre pace și stabilitate în jurul Taiwanului.",
      "Xi i-a spus lui Biden că și China dorește pace și stabilitate în jurul Taiwanului.",
    ],
  ])("%s: both calm is no characterization", (language, us, cn) => {
    expect(flagsOf(language, us, cn).filter((f) => f.startsWith("characterization"))).toEqual([]);
  });

  it("a party's own state is no matter of its own: the event's parties are everywhere", () => {
    const flags = flagsOf(
      "en",
      "Biden stressed to Xi that the United States wants peace and stability.",
      "Xi warned Biden that the United States faces an insurmountable red line.",
    );
    expect(flags.filter((f) => f === "characterization:united-states" || f === "characterization:us")).toEqual([]);
  });
});

describe("Romanian 'problematica' is also the noun 'the issue', no evaluation", () => {
  const evaluations = (text: string) =>
    represent(makeClaim({ assertion: text, language: "ro", speaker: "Kremlin", side: "RU", date: "2017-05-02" }), lexiconFor("ro").lexicon, 0).evaluations.map(
      (e) => e.level,
    );
  it("reads the adjective, not the noun", () => {
    expect(evaluations("Kremlinul a discutat problematica Coreei de Nord.")).toEqual([]);
    expect(evaluations("Situația este problematică și periculoasă.")).toContain(-1);
    expect(evaluations("Aceste aspecte sunt problematice.")).toEqual([-1]);
  });
});

describe("words of possibility are no content two claims share", () => {
  const words = (language: string, text: string) =>
    represent(makeClaim({ assertion: text, language, speaker: "Kremlin", side: "RU", date: "2017-05-02" }), lexiconFor(language).lexicon, 0)
      .keys.filter((k) => k.kind === "content")
      .map((k) => k.key);
  it.each([
    ["en", "They agreed on a possible meeting in July.", "possib"],
    ["ro", "Au căzut de acord asupra unei posibile întâlniri în iulie.", "posib"],
    ["it", "Hanno concordato un possibile incontro a luglio.", "possib"],
    ["de", "Sie einigten sich auf ein mögliches Treffen im Juli.", "moglich"],
    ["ru", "Они договорились о возможной встрече в июле.", "возможн"],
  ])("%s: %s", (language, text, stem) => {
    const keys = words(language, text);
    expect(keys.some((k) => k.includes(stem))).toBe(false);
    // The other words still count.
    expect(keys.length).toBeGreaterThan(0);
  });
});
