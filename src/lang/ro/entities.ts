/*
 * Romanian surface forms of the shared entities (src/lexicon/entities.ts), keyed by entity id.
 * The shared `names` already cover uninflected Latin-script names ("Putin", "Kremlin"); here go
 * the forms Romanian adds: the enclitic article and case endings written onto the word
 * ("Kremlinul", "Kremlinului", "Washingtonul"), Romanian transliterations ("Serghei Lavrov",
 * "Volodimir Zelenski"), genitive first names ("Angelei Merkel"), translated institution names
 * and the epithets newsrooms use for a person ("miliardarul republican" → Trump).
 * Masculine names take the genitive particle "lui" as a separate word ("lui Trump"), so they need
 * no inflected form.
 */
export const ENTITIES: Record<string, string[]> = {
    "chinese-government": ["beijingul", "beijingului", "beijing", "china", "chinei", "guvernul chinez", "guvernului chinez"],
    "media": ["presa", "presei", "mass-media"],
  // --- United States ---------------------------------------------------------------
  "donald-trump": [
    "miliardarul republican", "miliardarului republican", "miliardarul american", "miliardarului american",
    "miliardarul new-yorkez", "miliardarului new-yorkez",
    "magnatul", "magnatului", "magnatul american", "magnatului american", "magnatul imobiliar", "magnatului imobiliar",
    "magnatul new-yorkez", "magnatului new-yorkez", "magnatul republican", "magnatului republican",
    "liderul republican de la Casa Albă", "Donald J. Trump",
  ],
  "joe-biden": ["Joe Biden", "Joseph Biden", "democratul Joe Biden"],
  "kamala-harris": ["Kamala Harris", "Kamalei Harris"],
  "jd-vance": ["J.D. Vance", "JD Vance"],
  "sarah-sanders": ["Sarah Huckabee Sanders", "Sarei Sanders", "Sarah Sanders"],
  "karine-jean-pierre": ["Karine Jean-Pierre"],
  "karoline-leavitt": ["Karoline Leavitt", "Carolinei Leavitt", "Karolinei Leavitt"],
  "hillary-clinton": ["Hillary Clinton", "Hillarei Clinton"],
  "white-house": ["Casa Albă", "Casei Albe", "Casa Alba", "Casei Alba", "administrația prezidențială americană", "administrației prezidențiale americane"],
  "state-department": [
    "Departamentul de Stat", "Departamentului de Stat", "Departamentul de Stat american", "Departamentului de Stat american",
    "Departamentul de Stat al SUA", "Departamentului de Stat al SUA", "Departamentul american de Stat",
    "diplomația americană", "diplomația de la Washington", "diplomația SUA",
  ],
  "pentagon": [
    "Pentagonul", "Pentagonului", "Departamentul Apărării", "Departamentului Apărării", "Departamentul american al Apărării",
    "Departamentului american al Apărării", "Departamentul Apărării al SUA", "Departamentul Războiului",
  ],
  "us-government": [
    "Washingtonul", "Washingtonului", "Washington", "administrația americană", "administrației americane", "administrația SUA",
    "administrației SUA", "administrația Trump", "administrației Trump", "administrația Biden", "administrației Biden",
    "administrația Obama", "administrației Obama", "administrația de la Washington", "administrației de la Washington",
    "guvernul american", "guvernului american", "guvernul SUA", "guvernului SUA", "executivul american", "executivului american",
    "Statele Unite", "Statelor Unite", "Statele Unite ale Americii", "Statelor Unite ale Americii", "SUA", "S.U.A.",
  ],
  "us-intelligence": [
    "CIA", "FBI", "NSA", "Agenția Centrală de Informații", "Agenției Centrale de Informații", "Biroul Federal de Investigații",
    "Biroului Federal de Investigații", "Agenția Națională de Securitate", "Agenției Naționale de Securitate",
  ],
  "us-lawmakers": [
    "Congresul american", "Congresului american", "Congresul SUA", "Congresului SUA",
    "Senatul american", "Senatului american", "Senatul SUA", "Senatului SUA", "Camera Reprezentanților", "Camerei Reprezentanților",
  ],
  // --- Russia --------------------------------------------------------------------------
  "vladimir-putin": ["Vladimir Vladimirovici Putin", "Vladimir Putin", "Putin"],
  "dmitry-peskov": ["Dmitri Peskov", "Dmitrii Peskov", "Dmitri Sergheevici Peskov", "Dmitri Peskov", "Peskov"],
  "yury-ushakov": ["Iuri Ușakov", "Iuri Uşakov", "Yuri Ușakov", "Iuri Ushakov", "Iuri Uşakov", "Ușakov", "Uşakov"],
  "sergey-lavrov": ["Serghei Lavrov", "Sergei Lavrov", "Sergiu Lavrov", "Lavrov"],
  "maria-zakharova": ["Maria Zaharova", "Mariei Zaharova", "Maria Zaharov", "Zaharova", "Maria Zakharova", "Mariei Zakharova"],
  "dmitry-medvedev": ["Dmitri Medvedev", "Dmitrii Medvedev", "Medvedev"],
  "kirill-dmitriev": ["Kiril Dmitriev", "Kirill Dmitriev", "Chiril Dmitriev"],
  "sergei-shoigu": ["Serghei Șoigu", "Serghei Şoigu", "Sergei Șoigu", "Șoigu", "Şoigu"],
  "kremlin": [
    "Kremlinul", "Kremlinului", "Kremlin", "Kremlinul rus", "președinția rusă", "președinției ruse",
    "Administrația Prezidențială a Rusiei", "Administrației Prezidențiale a Rusiei", "administrația prezidențială rusă",
    "administrației prezidențiale ruse", "Administrația Prezidențială de la Kremlin",
  ],
  "russian-foreign-ministry": [
    "Ministerul rus de Externe", "Ministerului rus de Externe", "Ministerul de Externe rus", "Ministerului de Externe rus",
    "Ministerul de Externe al Rusiei", "Ministerului de Externe al Rusiei", "Ministerul Afacerilor Externe al Rusiei",
    "Ministerului Afacerilor Externe al Rusiei", "Ministerul rus al Afacerilor Externe", "Ministerului rus al Afacerilor Externe",
    "Ministerul de Externe al Federației Ruse", "Ministerului de Externe al Federației Ruse",
    "Ministerul Afacerilor Externe al Federației Ruse", "Ministerul de Externe de la Moscova", "Ministerului de Externe de la Moscova",
    "MAE rus", "MAE-ul rus", "MAE de la Moscova", "diplomația rusă", "diplomația de la Moscova", "diplomația moscovită",
  ],
  "russian-defence-ministry": [
    "Ministerul rus al Apărării", "Ministerului rus al Apărării", "Ministerul Apărării rus", "Ministerului Apărării rus",
    "Ministerul Apărării al Rusiei", "Ministerului Apărării al Rusiei", "Ministerul Apărării de la Moscova",
    "Ministerului Apărării de la Moscova", "Ministerul Apărării din Rusia", "Ministerul Apărării al Federației Ruse",
    "Ministerului Apărării al Federației Ruse",
  ],
  "russia": ["Rusia", "Rusiei", "Federația Rusă", "Federației Ruse", "Moscova", "Moscovei"],
  // --- Ukraine ---------------------------------------------------------------------------
  "volodymyr-zelenskyy": [
    "Volodimir Zelenski", "Vladimir Zelenski", "Volodîmîr Zelenski", "Volodimir Zelenskii", "Volodimir Zelenskî",
    "Zelenski", "Zelenskii", "Zelenskîi", "Zelensky", "Volodymyr Zelensky",
  ],
  "dmytro-kuleba": ["Dmitro Kuleba", "Dmîtro Kuleba", "Dmitri Kuleba", "Kuleba"],
  "andrii-sybiha": ["Andrii Sîbiha", "Andrii Sibiha", "Andrei Sibiga", "Sîbiha", "Sibiha"],
  "andriy-yermak": ["Andrii Iermak", "Andrei Iermak", "Andrii Yermak", "Iermak"],
  "ukraine-presidency": [
    "Biroul președintelui Ucrainei", "Biroului președintelui Ucrainei", "Biroul președintelui ucrainean",
    "Biroului președintelui ucrainean", "Biroul lui Zelenski", "Biroului lui Zelenski", "Oficiul președintelui Ucrainei",
    "Oficiului președintelui Ucrainei", "Cabinetul președintelui Ucrainei", "Administrația prezidențială ucraineană",
    "Administrației prezidențiale ucrainene", "Administrația prezidențială de la Kiev", "președinția ucraineană",
    "președinției ucrainene", "președinția de la Kiev",
  ],
  "ukraine-foreign-ministry": [
    "Ministerul ucrainean de Externe", "Ministerului ucrainean de Externe", "Ministerul de Externe ucrainean",
    "Ministerului de Externe ucrainean", "Ministerul de Externe al Ucrainei", "Ministerului de Externe al Ucrainei",
    "Ministerul Afacerilor Externe al Ucrainei", "Ministerului Afacerilor Externe al Ucrainei", "MAE ucrainean",
    "diplomația ucraineană", "diplomația de la Kiev",
  ],
  "kyiv": [
    "Kiev", "Kyiv", "Kîiv", "guvernul ucrainean", "guvernului ucrainean", "guvernul de la Kiev", "guvernului de la Kiev",
    "guvernul Ucrainei", "guvernului Ucrainei",
  ],
  // --- Other states and bodies -------------------------------------------------------------
  "angela-merkel": ["Angela Merkel", "Angelei Merkel", "doamna Merkel", "doamnei Merkel"],
  "emmanuel-macron": ["Emmanuel Macron", "Emanuel Macron"],
  "francois-hollande": ["François Hollande", "Francois Hollande"],
  "elysee": ["Palatul Elysée", "Palatului Elysée", "Palatul Élysée", "Palatul Elysee", "Palatului Elysee", "Elysée", "Elysee"],
  "theresa-may": ["Theresa May", "Theresei May", "Tereza May"],
  "keir-starmer": ["Keir Starmer"],
  "downing-street": ["Downing Street"],
  "shinzo-abe": ["Shinzo Abe", "Shinzō Abe"],
  "xi-jinping": ["Xi Jinping", "Xi Jingping"],
  "recep-erdogan": ["Recep Tayyip Erdogan", "Recep Erdogan", "Erdogan"],
  "nato": [
    "NATO", "Alianța Nord-Atlantică", "Alianței Nord-Atlantice", "Organizația Tratatului Atlanticului de Nord",
    "Organizației Tratatului Atlanticului de Nord", "Alianța Nord Atlantică", "Alianței Nord Atlantice", "OTAN",
  ],
  "mark-rutte": ["Mark Rutte"],
  "jens-stoltenberg": ["Jens Stoltenberg"],
  "european-commission": [
    "Comisia Europeană", "Comisiei Europene", "Executivul european", "Executivului european", "Executivul comunitar",
    "Executivului comunitar", "Comisia Europeana",
  ],
  "ursula-von-der-leyen": ["Ursula von der Leyen", "Ursulei von der Leyen"],
  "united-nations": [
    "ONU", "Organizația Națiunilor Unite", "Organizației Națiunilor Unite", "Națiunile Unite", "Națiunilor Unite",
    "Consiliul de Securitate al ONU", "Consiliului de Securitate al ONU", "Adunarea Generală a ONU",
  ],
  "antonio-guterres": ["António Guterres", "Antonio Guterres"],
  "putin-and-trump": [
    "Putin și Trump", "Trump și Putin", "Vladimir Putin și Donald Trump", "Donald Trump și Vladimir Putin",
  ],
  // --- Media and agencies ---------------------------------------------------------------
  "reuters": ["Reuters", "agenția Reuters", "agenției Reuters", "agenția de presă Reuters", "agenției de presă Reuters", "agenția britanică Reuters", "agenției britanice Reuters"],
  "ap": ["Associated Press", "agenția Associated Press", "agenției Associated Press", "agenția AP", "agenției AP"],
  "afp": [
    "AFP", "agenția AFP", "agenției AFP", "agenția France-Presse", "agenției France-Presse", "France Presse",
    "agenția France Presse", "agenția franceză de presă", "agenției franceze de presă", "agenția franceză AFP",
  ],
  "bloomberg": ["Bloomberg", "agenția Bloomberg", "agenției Bloomberg"],
  "dpa": ["agenția germană de presă", "agenției germane de presă", "agenția DPA", "agenției DPA", "agenția germană DPA"],
  "efe": ["agenția EFE", "agenției EFE", "agenția spaniolă EFE"],
  "ansa": ["agenția ANSA", "agenției ANSA", "agenția italiană ANSA"],
  "pap": ["agenția PAP", "agenției PAP", "agenția poloneză PAP", "agenția poloneză de presă"],
  "tass": ["TASS", "ITAR-TASS", "agenția TASS", "agenției TASS", "agenția rusă TASS", "agenției ruse TASS", "agenția de presă TASS", "agenția rusă de presă TASS"],
  "ria-novosti": ["RIA Novosti", "agenția RIA Novosti", "agenției RIA Novosti", "agenția rusă RIA Novosti", "RIA-Novosti"],
  "interfax": ["Interfax", "agenția Interfax", "agenției Interfax", "Interfax-Ucraina", "Interfax-Ukraina"],
  "ukrinform": ["Ukrinform", "agenția Ukrinform", "agenției Ukrinform"],
  "unian": ["UNIAN", "agenția UNIAN", "agenției UNIAN"],
  "cnn": ["CNN", "postul CNN", "postului CNN", "televiziunea CNN", "televiziunii CNN"],
  "bbc": ["BBC", "postul BBC", "postului BBC", "BBC News"],
  "agerpres": ["Agerpres", "agenția Agerpres", "agenției Agerpres", "Agenția Națională de Presă Agerpres", "Agenției Naționale de Presă Agerpres"],
  "news-ro": ["News.ro", "agenția News.ro", "agenției News.ro"],
  "mediafax": ["Mediafax", "agenția Mediafax", "agenției Mediafax"],
  "sputnik": ["Sputnik", "agenția Sputnik", "agenției Sputnik", "Sputnik Moldova"],
  "new-york-times": ["New York Times", "cotidianul New York Times", "cotidianului New York Times", "ziarul New York Times", "ziarului New York Times", "The New York Times"],
  "washington-post": ["Washington Post", "cotidianul Washington Post", "cotidianului Washington Post", "ziarul Washington Post", "The Washington Post"],
  "axios": ["Axios", "publicația Axios", "publicației Axios", "site-ul Axios", "site-ului Axios"],
  "politico": ["Politico", "publicația Politico", "publicației Politico", "site-ul Politico"],
};
