/**
 * German reporting verbs, one line per lemma, every form news copy uses: present and preterite
 * (3rd person singular and plural), the past participle (which also covers the perfect,
 * pluperfect and passive with any words between auxiliary and participle: "hat am Freitag
 * erklärt"), Konjunktiv forms, subordinate-clause forms of separable verbs ("wie der Kreml
 * mitteilte") and the split main-clause forms ("teilte mit"). Separable verbs whose particle
 * drifts to the end of the clause ("teilte der Kreml am Dienstag mit") also list the bare verb
 * when it is nearly always a reporting verb (teilte, fügte, kündigte, räumte, hob, warf).
 */
export const DE_VERBS: string[] = [
  // sagen
  "sagte", "sagten", "sagt", "sagen", "gesagt", "sage", "hat gesagt", "habe gesagt", "hatte gesagt",
  // erklären
  "erklärte", "erklärten", "erklärt", "erklären", "erkläre", "hat erklärt", "habe erklärt", "hatte erklärt",
  // betonen
  "betonte", "betonten", "betont", "betonen", "betone", "hat betont", "habe betont",
  // unterstreichen
  "unterstrich", "unterstrichen", "unterstreicht", "unterstreiche",
  // hervorheben
  "hob hervor", "hoben hervor", "hebt hervor", "heben hervor", "hervorgehoben", "hervorhob", "hervorhoben", "hob",
  // mitteilen
  "teilte mit", "teilten mit", "teilt mit", "teilen mit", "mitgeteilt", "mitteilte", "mitteilten", "mitteilt", "teilte", "teilten",
  // bekanntgeben / angeben
  "gab bekannt", "gaben bekannt", "gibt bekannt", "geben bekannt", "bekanntgegeben", "bekannt gegeben", "bekanntgab", "bekannt gab",
  "gab an", "gaben an", "gibt an", "angegeben", "angab",
  // berichten / erzählen / schildern / beschreiben
  "berichtete", "berichteten", "berichtet", "berichten", "erzählte", "erzählt", "schilderte", "schilderten", "schildert", "geschildert",
  "beschrieb", "beschrieben", "beschreibt",
  // bestätigen / bekräftigen / beteuern / versichern
  "bestätigte", "bestätigten", "bestätigt", "bestätigen", "bekräftigte", "bekräftigten", "bekräftigt",
  "beteuerte", "beteuerten", "beteuert", "versicherte", "versicherten", "versichert",
  // dementieren / bestreiten / zurückweisen
  "dementierte", "dementierten", "dementiert", "bestritt", "bestritten", "bestreitet",
  "wies zurück", "wiesen zurück", "weist zurück", "zurückgewiesen", "zurückwies",
  // warnen / mahnen / drohen / appellieren
  "warnte", "warnten", "warnt", "gewarnt", "mahnte", "mahnten", "mahnt", "gemahnt", "ermahnte",
  "drohte", "drohten", "droht", "gedroht", "appellierte", "appellierten", "appelliert",
  // behaupten / meinen / glauben / urteilen
  "behauptete", "behaupteten", "behauptet", "meinte", "meinten", "meint", "glaubt", "glaubte", "urteilte", "urteilt",
  // schreiben / twittern / posten / kommentieren
  "schrieb", "schrieben", "schreibt", "geschrieben", "twitterte", "twittert", "getwittert", "postete", "gepostet",
  "kommentierte", "kommentierten", "kommentiert",
  // verkünden / ankündigen
  "verkündete", "verkündeten", "verkündet", "kündigte an", "kündigten an", "kündigt an", "angekündigt", "ankündigte", "kündigte",
  // fordern / kritisieren / beklagen / vorwerfen
  "forderte", "forderten", "fordert", "gefordert", "kritisierte", "kritisierten", "kritisiert",
  "beklagte", "beklagten", "beklagt", "warf vor", "warfen vor", "wirft vor", "vorgeworfen", "vorwarf", "warf", "warfen",
  "beschuldigte", "beschuldigt",
  // verweisen / hinweisen / erinnern
  "verwies", "verwiesen", "verweist", "wies darauf hin", "wies hin", "weist darauf hin", "hingewiesen", "hinwies", "wies",
  "erinnerte", "erinnerten", "erinnert",
  // ergänzen / hinzufügen / fortfahren
  "ergänzte", "ergänzten", "ergänzt", "fügte hinzu", "fügten hinzu", "fügt hinzu", "hinzugefügt", "hinzufügte", "fügte",
  "fuhr fort",
  // antworten / entgegnen / erwidern / bemerken / anmerken
  "antwortete", "antworteten", "antwortet", "entgegnete", "entgegnet", "erwiderte", "erwidert",
  "bemerkte", "bemerkt", "merkte an", "merkt an", "angemerkt", "anmerkte",
  // sprechen von / sich aussprechen (bare "sprach" is mostly "sprach mit Trump": a conversation, not a claim) /
  // nennen / bezeichnen / äußern
  "sprach von", "sprachen von", "spricht von", "sprechen von", "sprach davon", "spricht davon", "sprach sich",
  "sprachen sich", "spricht sich", "sprechen sich", "nannte", "nannten", "nennt", "bezeichnete", "bezeichneten", "bezeichnet",
  "äußerte", "äußerten", "äußert", "geäußert", "äußerte sich",
  // andeuten / signalisieren / bekunden
  "deutete an", "deutet an", "angedeutet", "signalisierte", "signalisiert", "bekundete", "bekundet",
  // einräumen / zugeben / klarstellen / feststellen
  "räumte ein", "räumten ein", "räumt ein", "eingeräumt", "einräumte", "räumte", "gab zu", "gibt zu", "zugegeben",
  "stellte klar", "stellten klar", "stellt klar", "klargestellt", "klarstellte", "stellte fest", "stellt fest", "festgestellt",
  // erläutern / präzisieren / bilanzieren
  "erläuterte", "erläutert", "präzisierte", "präzisiert", "bilanzierte", "resümierte",
  // versprechen / zusichern
  "versprach", "versprachen", "verspricht", "versprochen", "sicherte zu", "sicherten zu", "zugesichert",
  // vereinbaren / sich einigen / sich verständigen / vorschlagen
  "vereinbarten", "vereinbarte", "vereinbart", "einigten sich", "einigte sich", "geeinigt",
  "verständigten sich", "verständigte sich", "verständigt", "schlug vor", "schlugen vor", "schlägt vor", "vorschlug",
  "hat vorgeschlagen", "habe vorgeschlagen", "hatte vorgeschlagen", "haben vorgeschlagen",
  // sich zeigen / informieren / verlauten / wissen lassen
  "zeigte sich", "zeigten sich", "zeigt sich", "informierte", "informierten", "informiert",
  "ließ verlauten", "ließ wissen", "wurde zitiert", "wird zitiert",
  // schätzen / vermuten / erwarten / hoffen / fürchten (an opinion with content: "Experten schätzen, dass …")
  "schätzte", "schätzten", "schätzt", "schätzen", "geschätzt", "vermutete", "vermuteten", "vermutet", "vermuten",
  "erwartete", "erwarteten", "erwartet", "erwarten", "hoffte", "hofften", "hofft", "hoffen", "fürchtete", "fürchteten",
  "fürchtet", "fürchten", "befürchtete", "befürchteten", "befürchtet", "befürchten", "prognostizierte", "prognostiziert",
  // verlangen / raten / begründen / widersprechen
  "verlangte", "verlangten", "verlangt", "verlangen", "riet", "rieten", "rät", "begründete", "begründeten", "begründet",
  "widersprach", "widersprachen", "widerspricht",
  // klarstellen / feststellen / vorwerfen with the particle at the end of the clause ("stellte Trump klar, dass …")
  "stellte", "stellten", "werfen", "wirft",
  // bemängeln / loben / monieren / charakterisieren / werten / zitieren
  "bemängelte", "bemängelten", "bemängelt", "lobte", "lobten", "lobt", "gelobt", "monierte", "monierten", "moniert",
  "charakterisierte", "charakterisierten", "charakterisiert", "wertete", "werteten", "wertet",
  "zitierte", "zitierten", "zitiert", "zitieren",
  // erwidern / konterte / reagierte / unterstrich / sicherte
  "konterte", "konterten", "kontert", "reagierte", "reagierten", "reagiert", "entgegneten", "erwiderten",
  "bekräftigen", "versprach", "mahnten", "forderten",
];

/** Reporting verbs with no speaker of their own: they continue the current source ("hieß es"). */
export const DE_IMPERSONAL: string[] = [
  "hieß es", "heißt es", "hieß es weiter", "heißt es weiter", "hieß es in", "heißt es in", "hieß es aus", "heißt es aus",
  "verlautete", "verlautet", "war zu hören", "wurde mitgeteilt", "wurde betont", "wurde erklärt", "wurde unterstrichen",
  "wurde hervorgehoben", "wurde bestätigt", "wurde vereinbart", "wurde bekräftigt", "wurde festgestellt",
  "wurde bekanntgegeben", "es wurde vereinbart", "es wurde betont", "man einigte sich", "man vereinbarte",
  "wurde darauf hingewiesen", "wurde angekündigt",
];
