import { describe, expect, it } from "vitest";
import { extractClaims, type Claim } from "../src/index.js";

// Sentences written for these tests (police reports, courts, politics, sports, science in the style of
// Wikinews): German reporting beyond the reporting verbs — accusations and assumptions in the passive, a
// conviction with a clause, reported speech that goes on over several sentences, hearsay after narration — and
// verbs that as often report nothing ("forderte … Todesopfer", "droht eine Rezession").
const PUB = "2026-03-10";
const claims = (text: string, language = "de"): Claim[] => extractClaims({ id: "t", text, language, publishedAt: PUB }).claims;
const show = (cs: Claim[]) => JSON.stringify(cs.map((c) => [c.speaker.name, c.cue, c.assertion]));

describe("an accusation or an assumption in the passive, its holders unnamed", () => {
  it.each([
    ["Dem 45-Jährigen wird vorgeworfen, seine Nachbarin bedroht zu haben.", "wird vorgeworfen", "seine Nachbarin bedroht zu haben."],
    [
      "Zwei Männer werden beschuldigt, den Überfall auf die Tankstelle geplant zu haben.",
      "werden beschuldigt",
      "den Überfall auf die Tankstelle geplant zu haben.",
    ],
    ["Es wird befürchtet, dass weitere Häuser am Hang einstürzen könnten.", "wird befürchtet", "weitere Häuser am Hang einstürzen könnten."],
    ["Es wird angenommen, dass der Brand in der Küche ausbrach.", "Es wird angenommen", "der Brand in der Küche ausbrach."],
  ])("%s", (text, cue, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe("unknown");
    expect(cs[0]!.kind).toBe("indirect");
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(content);
    expect(cs[0]!.date.iso).toBe(PUB);
  });

  it("is the claim of the source who spoke just before", () => {
    const cs = claims(
      "Die Staatsanwaltschaft teilte mit, der Mann sei am Morgen festgenommen worden. Ihm wird vorgeworfen, mehrere Autos angezündet zu haben.",
    );
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([
      ["Die Staatsanwaltschaft", "der Mann sei am Morgen festgenommen worden."],
      ["Die Staatsanwaltschaft", "mehrere Autos angezündet zu haben."],
    ]);
  });

  it("in other languages, an impersonal cue with a clause and no one who spoke before is an unnamed source's claim", () => {
    for (const [lang, text, content] of [
      ["en", "It is said that the mayor will resign next week.", "the mayor will resign next week."],
      ["pl", "Podkreślono, że most zostanie zamknięty.", "most zostanie zamknięty."],
      ["ru", "Сообщается, что мост будет закрыт.", "мост будет закрыт."],
      ["it", "Si legge che il ponte sarà chiuso.", "il ponte sarà chiuso."],
      ["es", "Se informó que el puente será cerrado.", "el puente será cerrado."],
    ] as const) {
      const cs = claims(text, lang);
      expect(cs, `${lang} ${show(cs)}`).toHaveLength(1);
      expect(cs[0]!.speaker.name).toBe("unknown");
      expect(cs[0]!.assertion).toBe(content);
    }
  });

  it.each([
    // a motion adopted, an awaited decision, a suspected cause: no one is reported
    "Der Antrag wurde angenommen, nachdem sich die Fraktionen geeinigt hatten.",
    "Eine Entscheidung des Gerichts wird erwartet.",
    "Die Ursache ist noch unklar. Ein technischer Defekt wird vermutet.",
    "Zum Spiel werden am Samstag 40.000 Zuschauer erwartet.",
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toEqual([]);
  });
});

describe("a conviction with a clause", () => {
  it.each([
    [
      "Der Trainer ist überzeugt, dass seine Mannschaft den Klassenerhalt schafft.",
      "Der Trainer",
      "ist überzeugt",
      "seine Mannschaft den Klassenerhalt schafft.",
    ],
    [
      "Die Forscherin hält es für möglich, dass unter dem Eis flüssiges Wasser existiert.",
      "Die Forscherin",
      "hält es für möglich",
      "unter dem Eis flüssiges Wasser existiert.",
    ],
  ])("%s", (text, speaker, cue, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each(["Der Trainer ist zuversichtlich. Am Samstag spielt die Mannschaft in Köln.", "Sie war überzeugt. Dann fuhr sie nach Hause."])(
    "negative: %s",
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe("reported speech that goes on", () => {
  it("a run of Konjunktiv I after the cue's sentence is one claim of its speaker", () => {
    const text =
      "Ein Sprecher der Feuerwehr sagte, das Gebäude sei einsturzgefährdet. Die Bewohner seien in Sicherheit. Sie hätten die Nacht bei Verwandten verbracht.";
    const cs = claims(text);
    expect(
      cs.map((c) => [c.speaker.name, c.kind, c.assertion]),
      show(cs),
    ).toEqual([
      ["Ein Sprecher der Feuerwehr", "indirect", "das Gebäude sei einsturzgefährdet."],
      ["Ein Sprecher der Feuerwehr", "indirect", "Die Bewohner seien in Sicherheit. Sie hätten die Nacht bei Verwandten verbracht."],
    ]);
    const run = cs[1]!;
    expect(text.slice(run.span[0], run.span[1])).toBe(run.assertion);
    expect(run.cue).toBeNull();
  });

  it("a run with a quoted word in it is mixed", () => {
    const cs = claims("Die Bürgermeisterin sagte, die Brücke werde gesperrt. Die Sanierung sei dringend. Der Zustand sei „bedenklich“.");
    expect(
      cs.map((c) => [c.kind, c.assertion]),
      show(cs),
    ).toEqual([
      ["indirect", "die Brücke werde gesperrt."],
      ["mixed", "Die Sanierung sei dringend. Der Zustand sei „bedenklich“."],
    ]);
  });

  it("a reporting verb in a passive with no agent does not end it", () => {
    const cs = claims("Nach Angaben der Feuerwehr wurden zwei Wohnungen zerstört. Die Bewohner seien rechtzeitig gewarnt worden.");
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([
      ["Feuerwehr", "wurden zwei Wohnungen zerstört."],
      ["Feuerwehr", "Die Bewohner seien rechtzeitig gewarnt worden."],
    ]);
  });

  it("hearsay after one sentence of narration is the claim of the source before it", () => {
    const cs = claims("Laut Polizei war der Fahrer nicht angeschnallt. Der Wagen brannte vollständig aus. Der Fahrer soll zuvor getrunken haben.");
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([
      ["Polizei", "war der Fahrer nicht angeschnallt."],
      ["Polizei", "Der Fahrer soll zuvor getrunken haben."],
    ]);
  });

  it.each([
    // the indicative after the claim is narration
    ["Nach Angaben der Feuerwehr wurden zwei Wohnungen zerstört. Die Bewohner wurden rechtzeitig gewarnt.", 1],
    // narration between ends the run: the Konjunktiv after it continues nothing
    ["Ein Sprecher der Feuerwehr sagte, das Gebäude sei einsturzgefährdet. Die Feuerwehr war mit 40 Kräften vor Ort. Die Bewohner seien in Sicherheit.", 1],
    // hearsay two sentences of narration after a claim, or in the next paragraph after narration, or with no claim at all
    ["Laut Polizei war der Fahrer nicht angeschnallt. Der Wagen brannte aus. Die Straße blieb gesperrt. Der Fahrer soll zuvor getrunken haben.", 1],
    ["Laut Polizei war der Fahrer nicht angeschnallt. Der Wagen brannte vollständig aus.\n\nDer Fahrer soll zuvor getrunken haben.", 1],
    ["Der Rettungsdienst war mit zwölf Fahrzeugen im Einsatz. Der Fahrer soll betrunken gewesen sein.", 0],
  ])("negative: %s", (text, n) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(n);
  });
});

describe("verbs that as often report nothing need content of their own", () => {
  it.each([
    // the storm claimed victims (object first, a relative clause after the comma)
    "Zwölf Todesopfer forderte ein Taifun, der am Sonntag den Norden der Insel heimsuchte.",
    "Der Taifun forderte zwölf Todesopfer.",
    // a threat to a country, the comma closing an apposition
    "Japan, das am stärksten betroffene Land, droht eine erneute Rezession.",
    "Dem Verein droht nach der Niederlage der Abstieg.",
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toEqual([]);
  });

  it.each([
    ["Die Gewerkschaft drohte, die Verhandlungen abzubrechen.", "Die Gewerkschaft", "indirect", "die Verhandlungen abzubrechen."],
    ["Der Verband forderte, die Steuer auf Strom zu senken.", "Der Verband", "indirect", "die Steuer auf Strom zu senken."],
    ["Die Opposition forderte, dass der Minister zurücktritt.", "Die Opposition", "indirect", "der Minister zurücktritt."],
    ["„Wir streiken ab Montag“, drohte der Betriebsrat.", "der Betriebsrat", "direct", "„Wir streiken ab Montag“"],
  ])("%s", (text, speaker, kind, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.kind).toBe(kind);
    expect(cs[0]!.assertion).toBe(content);
  });
});

describe("a source compounded into its noun of information", () => {
  it.each([
    ["Nach Polizeiangaben brach das Feuer gegen drei Uhr morgens aus.", "Polizeiangaben", "brach das Feuer gegen drei Uhr morgens aus."],
    ["Nach Behördenangaben wurden bei dem Beben drei Menschen verletzt.", "Behördenangaben", "wurden bei dem Beben drei Menschen verletzt."],
    ["Nach Medienberichten hat der Verein den Trainer entlassen.", "Medienberichten", "hat der Verein den Trainer entlassen."],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.speaker.mention).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each([
    // a noun of information with no owner, compounded or named, names no source
    "Nach offiziellen Angaben wurden 30 Menschen verletzt.",
    "Nach Angaben wurden 30 Menschen verletzt.",
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toEqual([]);
  });

  it("with an owner after the noun, the owner speaks", () => {
    const cs = claims("Nach Angaben der Feuerwehr wurden zwei Wohnungen zerstört.");
    expect(
      cs.map((c) => [c.speaker.name, c.assertion]),
      show(cs),
    ).toEqual([["Feuerwehr", "wurden zwei Wohnungen zerstört."]]);
  });
});

describe("the person addressed after the verb is not content (pack reporting.addresseePrepositions)", () => {
  it.each([
    [
      "Die Staatsanwaltschaft erklärte gegenüber der Zeitung, der Angeklagte habe die Tat gestanden.",
      "Die Staatsanwaltschaft",
      "der Angeklagte habe die Tat gestanden.",
    ],
    ["Der Sprecher sagte am Montag gegenüber dem Sender, die Lage sei ruhig.", "Der Sprecher", "die Lage sei ruhig."],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.assertion).toBe(content);
    expect(text.slice(cs[0]!.span[0], cs[0]!.span[1])).toContain("gegenüber");
  });

  it("negative: after the comma the preposition is content", () => {
    const cs = claims("Der Minister sagte, gegenüber Russland sei man zu nachgiebig gewesen.");
    expect(
      cs.map((c) => c.assertion),
      show(cs),
    ).toEqual(["gegenüber Russland sei man zu nachgiebig gewesen."]);
  });
});

describe("court roles as titles (grammar.roleNouns)", () => {
  it.each([
    ["Der Vorsitzende Richter betonte, die Strafe sei angemessen.", "Der Vorsitzende Richter", "unknown"],
    ["Richterin Anna Berger sagte, das Urteil sei rechtskräftig.", "Anna Berger", "person"],
    ["Oberstaatsanwältin Petra Lang sagte, die Ermittlungen dauerten an.", "Petra Lang", "person"],
    // negative: the surname after a first name stays the name
    ["Der Maler Gerhard Richter sagte, das Bild sei verkauft.", "Gerhard Richter", "person"],
    ["Hans Richter, der Sprecher des Vereins, sagte, das Spiel falle aus.", "Hans Richter", "person"],
  ])("%s", (text, speaker, kind) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.speaker.kind).toBe(kind);
  });
});

describe("an infinitive clause as the content of a verb that needs one (pack reporting.infinitiveMarks)", () => {
  it.each([
    ["Der Trainer ist zuversichtlich, das Spiel gewinnen zu können.", "Der Trainer", "ist zuversichtlich", "das Spiel gewinnen zu können."],
    ["Die Ministerin zeigte sich bereit, die Reform zu verschieben.", "Die Ministerin", "zeigte sich", "die Reform zu verschieben."],
  ])("%s", (text, speaker, cue, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.cue).toBe(cue);
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each([
    // a clause opened by a conjunction, a finite clause, and no clause at all
    "Die Folgen zeigten sich am Morgen, als die Straße zu war.",
    "Die Folgen zeigten sich, die Straße war zu.",
    "Der Trainer ist zuversichtlich. Das Spiel beginnt um drei.",
  ])("negative: %s", (text) => {
    const cs = claims(text);
    expect(cs, show(cs)).toEqual([]);
  });
});

describe("a demand with a noun of what is demanded as its object (reporting.claimNouns)", () => {
  it.each([
    ["Die Opposition forderte den Rücktritt des Ministers.", "Die Opposition", "den Rücktritt des Ministers."],
    ["Die Wahlkommission forderte das Verbot der Partei.", "Die Wahlkommission", "das Verbot der Partei."],
    ["Die Familie verlangte die Freilassung der Geiseln.", "Die Familie", "die Freilassung der Geiseln."],
  ])("%s", (text, speaker, content) => {
    const cs = claims(text);
    expect(cs, show(cs)).toHaveLength(1);
    expect(cs[0]!.speaker.name).toBe(speaker);
    expect(cs[0]!.cue).toBe(text.includes("verlangte") ? "verlangte" : "forderte");
    expect(cs[0]!.assertion).toBe(content);
  });

  it.each(["Der Taifun forderte zwölf Todesopfer.", "Der Rücktritt des Ministers kam überraschend.", "Der Sturm forderte zahlreiche Verletzte."])(
    "negative: %s",
    (text) => {
      const cs = claims(text);
      expect(cs, show(cs)).toEqual([]);
    },
  );
});
