/*
 * Romanian surface forms of the core topic ids (src/lexicon/topics.ts). Nouns are listed in their
 * articled and genitive-dative forms ("sancțiunile", "sancțiunilor"); a trailing `*` is used only
 * where every word with that prefix belongs to the concept (checked against common words: e.g.
 * "relați*" is avoided because it also matches "relativ", "cooper*" because of the name Cooper,
 * "parteneri*" because it also matches "parteneriat").
 */
export const TOPICS: Record<string, string[]> = {
  "tone": [
    "ton pozitiv", "tonul pozitiv", "ton constructiv", "ton", "tonul", "tonului", "atmosferă", "atmosfera", "atmosferei",
    "constructiv*", "pozitiv", "pozitivă", "pozitive", "pozitivi", "foarte bun*", "productiv", "productivă", "productive", "productivi",
    "prietenesc", "prietenească", "prietenești", "prietenos", "prietenoasă", "cordial*", "călduros", "călduroasă", "călduroase",
    "sincer", "sinceră", "sincere", "franc", "francă", "tensionat*", "nesatisfăcător", "nesatisfăcătoare",
    "substanțial*", "pragmatic*", "la obiect", "orientat spre rezolvarea problemelor", "excelent*", "fructuos*",
  ],
  "relations": [
    "relație", "relația", "relației", "relații", "relațiile", "relațiilor", "relații bilaterale", "relațiile bilaterale",
    "relațiilor bilaterale", "bilateral*", "raporturi", "raporturile", "raporturilor", "parteneriat*", "normalizar*",
    "normaliza", "normalizeze", "legături bilaterale", "legăturile bilaterale", "ruso-american*", "americano-rus*",
  ],
  "cooperation": [
    "cooperare", "cooperarea", "cooperării", "cooperări", "cooperările", "cooperărilor", "coopera", "cooperează", "coopereze", "cooperat",
    "colaborare", "colaborarea", "colaborării", "colaborări", "colaborările", "colabora", "colaborează", "colaboreze", "colaborat",
    "conlucrare", "conlucrarea", "eforturi comune", "eforturile comune", "eforturilor comune", "acțiuni comune", "acțiunile comune",
    "coordonare", "coordonarea", "coordonării", "coordonări", "lucra împreună", "lucreze împreună", "lucrăm împreună", "conjugate",
  ],
  "meeting": [
    "întâln*", "summit*", "reuniune", "reuniunea", "reuniunii", "reuniuni", "întrevede*", "față în față", "în persoană",
    "întâlnire la nivel înalt", "întâlnirea la nivel înalt",
  ],
  "phone-call": [
    "convorbir*", "conversați*", "convorbire telefonică", "discuție telefonică", "discuția telefonică", "discuții telefonice",
    "discuției telefonice", "apel telefonic", "apelul telefonic", "apelului telefonic", "apeluri telefonice", "apel video",
    "videoconferință", "videoconferința", "videoconferinței", "telefon*", "prin telefon", "la telefon", "dialog telefonic",
    "dialogul telefonic", "convorbire video", "discuție video", "discuția video",
  ],
  "phone-contact": [
    "contact telefonic", "contactul telefonic", "contacte telefonice", "contactele telefonice", "contactelor telefonice",
    "să rămână în contact", "să păstreze legătura", "să mențină contactul", "să mențină legătura", "să țină legătura",
    "contacte regulate", "contactele regulate", "contacte permanente", "în contact permanent", "în contact direct",
    "legătură telefonică", "legătura telefonică",
  ],
  "contacts": [
    "contact", "contacte", "contactele", "contactelor", "contactul", "contactului", "contacte personale", "contacte la nivel înalt",
    "contactele la nivel înalt", "contacte directe", "contactele directe",
  ],
  "follow-up": [
    "următoarea convorbire", "următoarea întâlnire", "următorii pași", "pașii următori", "o nouă convorbire", "o nouă întâlnire",
    "să continue dialogul", "continuarea dialogului", "să continue discuțiile", "vor continua discuțiile", "vor continua dialogul",
    "continuarea discuțiilor", "să discute din nou", "runda următoare", "o nouă rundă",
  ],
  "scheduling": [
    "data întâlnirii", "locul întâlnirii", "data și locul", "data și locul întâlnirii", "data summitului", "locul summitului",
    "calendarul", "calendarul întâlnirii", "să stabilească data", "stabilirea datei", "organizarea unei întâlniri",
    "organizarea întâlnirii", "organizarea summitului", "organizarea unui summit", "trebuie organizat",
  ],
  "duration": [
    "minute", "minutele", "minut", "ore", "o oră", "jumătate de oră", "timp de", "a durat", "au durat", "durata",
    "duratei", "de lungă durată", "îndelung*", "prelungit*", "aproape o oră", "peste o oră", "mai mult de o oră", "mai puțin de o oră",
  ],
  "terrorism": ["terori*", "extremis*", "lupta împotriva terorismului", "combaterea terorismului", "antiterorist*", "grupări teroriste"],
  "isis": [
    "Statul Islamic", "Statului Islamic", "gruparea Stat Islamic", "grupării Stat Islamic", "Stat Islamic", "ISIS", "ISIL", "Daesh",
    "Daeș", "SIIL", "Statul Islamic din Irak și Levant", "jihadiști", "jihadiștii", "jihadiștilor",
  ],
  "syria": ["Siria", "Siriei", "sirian*", "sirien*", "Damasc", "Damascul", "Damascului", "Alep", "Alepului", "Bashar al-Assad", "Assad"],
  "ukraine": [
    "Ucraina", "Ucrainei", "ucrainean*", "ucrainen*", "Kiev", "Kievul", "Kievului", "Kyiv", "Kîiv", "criza ucraineană",
    "conflictul din Ucraina", "războiul din Ucraina",
  ],
  "crimea": ["Crimeea", "Crimeei", "Crimeia", "Crimeii", "peninsula Crimeea", "peninsulei Crimeea", "crimeean*", "crimeen*", "Sevastopol"],
  "donbas": [
    "Donbas", "Donbass", "Donbasul", "Donbasului", "Donbassului", "Donețk", "Donețkului", "Doneţk", "Lugansk", "Luhansk",
    "estul Ucrainei", "separatiștii proruși", "separatiștilor proruși",
  ],
  "iran-nuclear": [
    "iran*", "Teheran*", "programul nuclear iranian", "programului nuclear iranian", "acordul nuclear", "acordului nuclear",
    "dosarul nuclear iranian", "dosarului nuclear iranian", "JCPOA", "Planul comun cuprinzător de acțiune",
  ],
  "korean-peninsula": [
    "Peninsula Coreeană", "Peninsulei Coreene", "peninsula coreeana", "Coreea de Nord", "Coreei de Nord", "Coreea", "Coreei",
    "nord-coreean*", "nord-coreen*", "coreean*", "coreen*", "Phenian", "Phenianul", "Phenianului", "Pyongyang", "Kim Jong-un",
    "Kim Jong Un",
  ],
  "israel-palestine": [
    "israel*", "palestin*", "Gaza", "Fâșia Gaza", "Fâșiei Gaza", "Hamas", "Cisiordania", "Cisiordaniei", "Ierusalim", "Ierusalimul",
  ],
  "non-proliferation": ["neproliferar*", "proliferar*", "non-proliferar*", "Tratatul de neproliferare"],
  "sanctions": [
    "sancțiun*", "sancțion*", "măsuri economice", "măsurile economice", "măsuri restrictive", "măsurile restrictive",
    "restricții", "restricțiile", "restricțiilor", "embargo*",
  ],
  "trade": [
    "comerț*", "comercial*", "economic*", "economie", "economia", "economiei", "schimburi comerciale", "schimburile comerciale",
    "taxe vamale", "taxele vamale", "tarif*", "vamal*", "legături economice", "afaceri bilaterale",
  ],
  "economy": ["economi*", "investiți*", "investitori*", "PIB", "creștere economică", "piețe*", "financiar*"],
  "election-interference": [
    "ingerinț*", "imixtiun*", "interferenț*", "amestec în alegeri", "amestecul în alegeri", "amestecul rus", "amestecul Rusiei",
    "hacker*", "pirați informatici", "pirații informatici", "piraților informatici", "piratar*", "spargeri informatice",
    "scurgeri de informații", "e-mail*", "campania electorală", "campaniei electorale", "alegerile prezidențiale americane",
    "alegerilor prezidențiale americane", "alegerile din SUA", "alegerilor din SUA", "influențarea alegerilor",
  ],
  "nato": [
    "NATO", "Alianța Nord-Atlantică", "Alianței Nord-Atlantice", "Alianța Nord Atlantică", "nord-atlantic*", "OTAN",
    "Consiliul NATO-Rusia", "Organizația Tratatului Atlanticului de Nord",
  ],
  "nato-expansion": [
    "extinderea NATO", "extinderii NATO", "extinderea spre est", "extinderii spre est", "extinderea către est", "extinderea Alianței",
    "extinderii Alianței", "neextinder*", "aderarea la NATO", "aderării la NATO", "aderarea Ucrainei la NATO", "aderării Ucrainei la NATO",
    "lărgirea NATO", "lărgirii NATO", "extinderea NATO spre est", "extindere a NATO",
  ],
  "security": ["securitat*", "stabilitat*", "arhitectura de securitate"],
  "security-guarantees": [
    "garanții de securitate", "garanțiile de securitate", "garanțiilor de securitate", "garanții", "garanțiile", "garanțiilor",
    "garanție", "garanția", "obligatorii din punct de vedere juridic", "obligatoriu din punct de vedere juridic", "juridic obligatorii",
    "angajamente juridice", "garanții juridice",
  ],
  "negotiations": [
    "negoci*", "tratative*", "discuții", "discuțiile", "discuțiilor", "runda de discuții", "runde de discuții", "masa negocierilor",
  ],
  "diplomacy": ["diplomație", "diplomația", "diplomației", "diplomatic*", "dialog*", "pe cale diplomatică", "căi diplomatice"],
  "ceasefire": [
    "încetare a focului", "încetarea focului", "încetării focului", "încetarea ostilităților", "încetării ostilităților",
    "armistițiu*", "armistiții", "armistițiile", "acord de încetare a focului", "acordul de încetare a focului",
  ],
  "peace": [
    "pace", "pacea", "păcii", "pașnic*", "acord de pace", "acordul de pace", "acordului de pace", "plan de pace", "planul de pace",
    "planului de pace", "încheierea războiului", "încheierii războiului", "încheierea conflictului", "încheierii conflictului",
    "încheiere a conflictului", "încheiere a războiului", "să pună capăt războiului", "să pună capăt conflictului", "pune capăt războiului",
    "sfârșitul războiului", "reglementare pașnică", "reglementarea conflictului", "soluționarea conflictului", "soluționare pașnică",
  ],
  "safe-zones": [
    "zone de securitate", "zonele de securitate", "zonelor de securitate", "zone sigure", "zonele sigure", "zonelor sigure",
    "zone de siguranță", "zonele de siguranță", "zonelor de siguranță", "zonă de siguranță", "zone de dezescaladare",
    "zonele de dezescaladare", "zone de detensionare", "zonele de detensionare", "zone protejate", "zonă tampon", "zone tampon",
  ],
  "astana-talks": ["Astana", "Astanei", "formatul Astana", "procesul de la Astana"],
  "middle-east": ["Orientul Mijlociu", "Orientului Mijlociu", "Orientul Apropiat", "Orientului Apropiat", "Golful Persic", "statele din Golf", "țările din Golf", "regiunea Golfului"],
  "preparation": ["pregăti*", "pregătire amănunțită", "temeinic pregătit*", "bine pregătit*", "discuții prealabile", "lucrări pregătitoare"],
  "urgency": [
    "cât mai curând posibil", "cât mai repede posibil", "cât mai curând", "cât mai repede", "cât mai rapid", "imediat", "urgent*",
    "de urgență", "fără întârziere", "în cel mai scurt timp", "în cel mai scurt timp posibil", "rapid", "în curând", "neîntârziat",
  ],
  "military-cooperation": [
    "cooperare militară", "cooperarea militară", "cooperării militare", "colaborare militară", "colaborarea militară",
    "colaborării militare", "colaborările militare", "coordonare a acțiunilor", "coordonarea acțiunilor", "coordonării acțiunilor",
    "coordonări reale", "coordonare reală", "coordonarea reală", "acțiuni militare comune", "operațiuni comune", "operațiuni militare comune",
    "cooperare în domeniul militar", "cooperarea în domeniul militar", "contacte militare", "contactele militare",
  ],
  "military-buildup": [
    "concentrare de trupe", "concentrarea de trupe", "concentrări de trupe", "concentrările de trupe", "comasare de trupe",
    "comasarea de trupe", "masare de trupe", "masarea de trupe", "acumulare de forțe", "acumularea de forțe", "desfășurare de trupe",
    "desfășurarea de trupe", "desfășurări de trupe", "mișcări de trupe", "mișcările de trupe", "mișcările trupelor", "trupe",
    "trupele", "trupelor", "militari ruși", "militarii ruși", "escaladarea forțelor", "consolidare militară", "consolidarea militară",
  ],
  "de-escalation": ["dezescaladar*", "detensionar*", "de-escaladar*", "reducerea tensiunilor", "reducere a tensiunilor", "detensiona", "dezescalada"],
  // Partners are not allies: "partener" is said of Russia too ("dialog ca parteneri").
  "allies": ["aliat*", "partenerii occidentali", "partenerilor occidentali", "partenerii europeni", "partenerilor europeni"],
  "sovereignty": [
    "suveranitat*", "integritatea teritorială", "integrității teritoriale", "integritate teritorială", "independență",
    "independența", "independenței", "suveran", "suverană", "granițele recunoscute",
  ],
  "minsk-agreements": ["minsk*", "acordurile de la Minsk", "acordurilor de la Minsk", "formatul Normandia", "formatului Normandia"],
  "strategic-stability": [
    "stabilitate strategică", "stabilitatea strategică", "stabilității strategice", "arme strategice", "armelor strategice",
    "armamentul strategic", "New START", "Noul START", "tratatul START", "tratatului START", "controlul armamentelor",
    "controlului armamentelor", "controlul armamentului", "controlul armelor", "controlului armelor",
  ],
  "cyber": [
    "cibernetic*", "ransomware", "criminalitate informatică", "criminalitatea informatică", "criminalității informatice",
    "securitate informatică", "securitatea informatică", "securității informatice", "securitate informațională",
    "securitatea informațională", "securității informaționale", "atac informatic", "atacuri informatice", "atacurile informatice",
    "atacurilor informatice", "infracțiuni informatice", "infracționalitate informatică",
  ],
  "geneva-summit": ["Geneva", "Genevei", "summitul de la Geneva", "summitului de la Geneva"],
  "world-war-ii": [
    "doilea război mondial", "celui de-al Doilea Război Mondial", "Marele Război pentru Apărarea Patriei", "Marele Război de Apărare a Patriei",
    "Ziua Victoriei", "victoria asupra nazismului", "victoriei asupra nazismului", "victoria asupra fascismului",
  ],
  "diplomatic-missions": [
    "misiuni diplomatice", "misiunile diplomatice", "misiunilor diplomatice", "misiunea diplomatică", "misiunii diplomatice",
    "ambasadă", "ambasada", "ambasadei", "ambasade", "ambasadele", "ambasadelor", "consulat*", "personal diplomatic",
    "personalul diplomatic", "personalului diplomatic", "diplomați", "diplomații", "diplomaților", "expulzar*",
    "proprietăți diplomatice", "proprietățile diplomatice", "proprietăților diplomatice",
  ],
  "weapons-deployment": [
    "arme ofensive", "armele ofensive", "armelor ofensive", "arme de lovire", "armelor de lovire", "sisteme de arme ofensive",
    "desfășurarea de arme", "desfășurării de arme", "desfășurarea de rachete", "desfășurării de rachete", "amplasarea de arme",
    "amplasarea armelor", "amplasării de arme", "amplasării armelor", "amplasarea de rachete", "amplasării de rachete",
    "arme de atac", "sisteme de lovire", "rachete cu rază medie", "rachete cu rază intermediară",
  ],
  "weapons-to-ukraine": [
    "livrări de arme", "livrările de arme", "livrărilor de arme", "livrarea de arme", "livrării de arme", "arme pentru Ucraina",
    "armament pentru Ucraina", "furnizarea de arme", "furnizării de arme", "furnizarea de armament", "ajutor militar", "ajutorul militar",
    "ajutorului militar", "asistență militară", "asistența militară", "asistenței militare", "instructori militari", "instructorii militari",
    "înarmarea Ucrainei", "înarmării Ucrainei", "armament", "armamentul", "armamentului",
  ],
  "proposals": ["propuner*", "sugestii", "sugestiile", "sugestiilor", "inițiative", "inițiativele", "inițiativa de pace"],
  "humanitarian": [
    "umanitar*", "civili", "civilii", "civililor", "suferința umană", "suferinței umane", "populația civilă", "populației civile",
    "victime civile", "victimele civile", "victimelor civile", "refugiați", "refugiații", "refugiaților",
  ],
  "invasion": ["invazi*", "invada*", "agresiune", "agresiunea", "agresiunii", "operațiunea militară specială", "operațiunii militare speciale"],
  "prisoners": [
    "prizonier*", "deținuți", "deținuții", "deținuților", "persoane deținute", "persoanelor deținute", "schimb de prizonieri",
    "schimbul de prizonieri", "ostatici", "ostaticii", "ostaticilor",
  ],
  "merkel": ["Merkel", "Angela Merkel", "Angelei Merkel"],
  "media": [
    "mass-media", "mass media", "mijloacele de informare", "mijloacelor de informare", "jurnaliști*", "jurnalist", "ziariști*", "ziarist",
    "reporteri", "reporterii", "reporterilor", "libertatea presei", "libertății presei", "presa americană", "presa rusă", "presa occidentală", "presa internațională",
  ],
  "energy": [
    "energi*", "gaz", "gazul", "gazului", "gaze", "gazele", "gazelor", "gaze naturale", "gazoduct*", "petrol*", "țiței*",
    "conductă", "conducta", "conductei", "Nord Stream", "hidrocarburi", "resurse energetice",
  ],
  "nuclear-weapons": [
    "arme nucleare", "armele nucleare", "armelor nucleare", "armă nucleară", "arma nucleară", "armament nuclear", "armamentul nuclear",
    "armamentului nuclear", "arsenal nuclear", "arsenalul nuclear", "arsenalului nuclear", "arme atomice", "armele atomice",
    "armelor atomice", "focoase nucleare", "focoasele nucleare", "război nuclear", "războiului nuclear", "descurajare nucleară",
  ],
  "human-rights": [
    "drepturile omului", "drepturilor omului", "drepturi ale omului", "libertăți civile", "libertățile civile", "disidenți", "disidenții",
    "opozanți", "opozanții", "deținuți politici", "deținuții politici", "prizonieri politici",
  ],
};
