import { honorific, withToneVariantsRecord as vr } from "./forms.js";

/** Men and women named in the shared lexicon, as they follow "ông" / "bà". */
const MEN: Record<string, string[]> = {
  "donald-trump": ["Trump", "Donald Trump"],
  "joe-biden": ["Biden", "Joe Biden", "Bai-đơn"],
  "barack-obama": ["Obama", "Barack Obama", "Ô-ba-ma"],
  "jd-vance": ["Vance", "JD Vance"],
  "mike-pence": ["Pence", "Mike Pence", "Pen-xơ"],
  "sean-spicer": ["Spicer", "Sean Spicer"],
  "jake-sullivan": ["Sullivan", "Jake Sullivan"],
  "michael-flynn": ["Flynn", "Michael Flynn"],
  "reince-priebus": ["Priebus"],
  "steve-bannon": ["Bannon"],
  "steve-witkoff": ["Witkoff", "Steve Witkoff"],
  "rex-tillerson": ["Tillerson", "Rex Tillerson", "Ti-lơ-xơn"],
  "mike-pompeo": ["Pompeo", "Mike Pompeo", "Pôm-pê-ô"],
  "antony-blinken": ["Blinken", "Antony Blinken", "Blin-ken"],
  "marco-rubio": ["Rubio", "Marco Rubio"],
  "lloyd-austin": ["Lloyd Austin", "Austin"],
  "pete-hegseth": ["Hegseth", "Pete Hegseth"],
  "vladimir-putin": ["Putin", "Vladimir Putin", "Pu-tin"],
  "dmitry-peskov": ["Peskov", "Dmitry Peskov", "Pe-xcốp", "Pét-xcốp"],
  "yury-ushakov": ["Ushakov", "Yury Ushakov", "Yuri Ushakov", "U-sa-cốp"],
  "sergey-lavrov": ["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "La-vrốp"],
  "dmitry-medvedev": ["Medvedev", "Dmitry Medvedev", "Mét-vê-đép"],
  "kirill-dmitriev": ["Dmitriev", "Kirill Dmitriev"],
  "sergei-shoigu": ["Shoigu", "Sergei Shoigu", "Sôi-gu", "Xôi-gu"],
  "volodymyr-zelenskyy": ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Dê-len-xki"],
  "dmytro-kuleba": ["Kuleba", "Dmytro Kuleba", "Cu-lê-ba"],
  "andrii-sybiha": ["Sybiha", "Andrii Sybiha"],
  "andriy-yermak": ["Yermak", "Andriy Yermak"],
  "olaf-scholz": ["Scholz", "Olaf Scholz", "Sôn-xơ"],
  "friedrich-merz": ["Merz", "Friedrich Merz"],
  "emmanuel-macron": ["Macron", "Emmanuel Macron", "Ma-crông"],
  "francois-hollande": ["Hollande", "François Hollande", "Ô-lăng"],
  "boris-johnson": ["Johnson", "Boris Johnson", "Giôn-xơn"],
  "keir-starmer": ["Starmer", "Keir Starmer"],
  "shinzo-abe": ["Abe", "Shinzo Abe", "Abe Shinzo", "A-bê"],
  "malcolm-turnbull": ["Turnbull", "Malcolm Turnbull"],
  "xi-jinping": ["Tập", "Tập Cận Bình", "Xi Jinping", "Xi"],
  "recep-erdogan": ["Erdogan", "Erdoğan", "Recep Tayyip Erdogan", "Éc-đô-gan"],
  "mark-rutte": ["Rutte", "Mark Rutte"],
  "jens-stoltenberg": ["Stoltenberg", "Jens Stoltenberg"],
  "antonio-guterres": ["Guterres", "Antonio Guterres", "António Guterres", "Gu-tê-rét"],
};
const WOMEN: Record<string, string[]> = {
  "kamala-harris": ["Harris", "Kamala Harris"],
  "sarah-sanders": ["Sanders", "Sarah Sanders", "Sarah Huckabee Sanders"],
  "jen-psaki": ["Psaki", "Jen Psaki"],
  "karine-jean-pierre": ["Jean-Pierre", "Karine Jean-Pierre"],
  "karoline-leavitt": ["Leavitt", "Karoline Leavitt"],
  "hillary-clinton": ["Clinton", "Hillary Clinton"],
  "maria-zakharova": ["Zakharova", "Maria Zakharova", "Da-kha-rô-va"],
  "angela-merkel": ["Merkel", "Angela Merkel", "Méc-ken"],
  "theresa-may": ["May", "Theresa May"],
  "ursula-von-der-leyen": ["von der Leyen", "Ursula von der Leyen"],
};

/** Surface forms of people: the name, its transcription, and the name after "ông"/"bà". */
function people(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, names] of Object.entries(MEN)) {
    // A bare one-syllable Vietnamese name ("Tập") is only safe after the honorific.
    const bare = names.filter((n) => n !== "Tập");
    out[id] = [...bare, ...honorific("ông", names)];
  }
  for (const [id, names] of Object.entries(WOMEN)) {
    // "May" alone is an English word; keep it with a first name or honorific.
    const bare = names.filter((n) => n !== "May");
    out[id] = [...bare, ...honorific("bà", names)];
  }
  return out;
}

/** Surface forms of shared entities keyed by entity id (`entities`). */
export const ENTITIES: Record<string, string[]> = vr({
  "chinese-government": ["bắc kinh", "trung quốc", "phía trung quốc", "chính phủ trung quốc"],
  media: ["truyền thông", "báo chí", "giới truyền thông"],
  ...people(),
  "white-house": ["Nhà Trắng", "Nhà Trắng Mỹ", "Tòa Bạch Ốc", "Bạch Ốc", "White House"],
  kremlin: ["Điện Kremlin", "Kremlin", "Điện Kremlin Nga", "Điện Kremli", "Kremli", "Điện Krem-li", "Krem-li"],
  "state-department": ["Bộ Ngoại giao Mỹ", "Bộ Ngoại giao Hoa Kỳ", "Bộ Ngoại giao Hoa Kì", "Bộ Ngoại giao Mĩ", "State Department"],
  pentagon: ["Lầu Năm Góc", "Bộ Quốc phòng Mỹ", "Bộ Quốc phòng Hoa Kỳ", "Bộ Chiến tranh Mỹ", "Pentagon"],
  "us-government": [
    "Mỹ",
    "Hoa Kỳ",
    "Hoa Kì",
    "nước Mỹ",
    "chính phủ Mỹ",
    "chính phủ Hoa Kỳ",
    "chính quyền Mỹ",
    "chính quyền Hoa Kỳ",
    "chính quyền Washington",
    "Washington",
    "chính quyền Trump",
    "chính quyền Tổng thống Trump",
    "chính quyền Biden",
    "chính quyền Tổng thống Biden",
    "chính quyền Obama",
  ],
  "us-intelligence": [
    "các cơ quan tình báo Mỹ",
    "CIA",
    "FBI",
    "Cục Tình báo Trung ương Mỹ",
    "Cục Tình báo Trung ương",
    "Cục Điều tra Liên bang Mỹ",
    "Cục Điều tra Liên bang",
  ],
  "us-lawmakers": ["Quốc hội Mỹ", "Quốc hội Hoa Kỳ", "Thượng viện Mỹ", "Hạ viện Mỹ", "Thượng viện Hoa Kỳ", "Hạ viện Hoa Kỳ"],
  "us-officials": ["các quan chức Mỹ", "giới chức Mỹ"],
  "russian-foreign-ministry": ["Bộ Ngoại giao Nga", "Bộ Ngoại giao Liên bang Nga"],
  "russian-defence-ministry": ["Bộ Quốc phòng Nga", "Bộ Quốc phòng Liên bang Nga"],
  russia: ["Nga", "nước Nga", "Liên bang Nga", "chính phủ Nga", "chính quyền Nga"],
  "ukraine-presidency": ["Văn phòng Tổng thống Ukraine", "Văn phòng Tổng thống Ucraina", "văn phòng của Tổng thống Zelensky"],
  "ukraine-foreign-ministry": ["Bộ Ngoại giao Ukraine", "Bộ Ngoại giao Ucraina"],
  kyiv: ["chính phủ Ukraine", "chính quyền Ukraine", "chính phủ Ucraina"],
  elysee: ["Điện Élysée", "Điện Elysée", "Điện Elysee", "Élysée", "Elysee"],
  "downing-street": ["Phố Downing", "số 10 Phố Downing", "Downing Street", "Văn phòng Thủ tướng Anh"],
  nato: ["NATO", "khối NATO", "liên minh NATO", "Liên minh quân sự NATO", "Tổ chức Hiệp ước Bắc Đại Tây Dương", "Liên minh Bắc Đại Tây Dương"],
  "european-commission": ["Ủy ban châu Âu", "EC", "European Commission"],
  "united-nations": ["Liên Hợp Quốc", "Liên hiệp quốc", "LHQ", "UN", "Tổ chức Liên Hợp Quốc"],
  "putin-and-trump": [
    "Putin và Trump",
    "Trump và Putin",
    "ông Putin và ông Trump",
    "ông Trump và ông Putin",
    "Tổng thống Putin và Trump",
    "Tổng thống Trump và Putin",
    "Tổng thống Putin và Tổng thống Trump",
    "Tổng thống Trump và Tổng thống Putin",
  ],
  reuters: ["Reuters", "hãng tin Reuters", "hãng thông tấn Reuters", "hãng tin Anh Reuters", "Hãng tin Reuters của Anh"],
  ap: ["AP", "hãng tin AP", "hãng thông tấn AP", "Associated Press", "hãng tin Associated Press"],
  afp: ["AFP", "hãng tin AFP", "hãng thông tấn AFP", "hãng tin Pháp AFP", "hãng thông tấn Pháp AFP", "Thông tấn xã Pháp"],
  bloomberg: ["Bloomberg", "hãng tin Bloomberg", "hãng tin Bloomberg của Mỹ"],
  dpa: ["dpa", "hãng tin dpa", "hãng thông tấn Đức dpa", "hãng tin Đức dpa"],
  efe: ["EFE", "hãng tin EFE"],
  ansa: ["ANSA", "hãng tin ANSA"],
  tass: ["TASS", "hãng tin TASS", "hãng thông tấn TASS", "hãng thông tấn Nga TASS", "hãng tin Nga TASS", "Itar-Tass"],
  "ria-novosti": ["RIA Novosti", "hãng tin RIA Novosti", "hãng thông tấn RIA Novosti", "hãng tin Nga RIA Novosti", "RIA"],
  interfax: ["Interfax", "hãng tin Interfax", "hãng thông tấn Interfax"],
  ukrinform: ["Ukrinform", "hãng tin Ukrinform"],
  unian: ["UNIAN", "hãng tin UNIAN"],
  ttxvn: ["TTXVN", "Thông tấn xã Việt Nam", "VNA", "phóng viên TTXVN", "phóng viên thường trú TTXVN", "PV TTXVN"],
  sputnik: ["Sputnik", "hãng tin Sputnik", "hãng thông tấn Sputnik"],
  cnn: ["CNN", "đài CNN", "kênh CNN", "kênh truyền hình CNN"],
  bbc: ["BBC", "đài BBC", "BBC tiếng Việt", "kênh BBC"],
  "new-york-times": ["New York Times", "tờ New York Times", "báo New York Times", "nhật báo New York Times", "tờ The New York Times"],
  "washington-post": ["Washington Post", "tờ Washington Post", "báo Washington Post", "tờ The Washington Post"],
  axios: ["Axios", "trang Axios", "trang tin Axios"],
  politico: ["Politico", "tờ Politico", "trang Politico", "trang tin Politico"],
});
