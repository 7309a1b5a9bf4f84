import { lazyLanguagePack } from "../define.js";
import { COMPARE } from "./compare.js";
import { honorific, withToneVariants as v, withToneVariantsRecord as vr } from "./variants.js";

/*
 * Vietnamese. Matching keeps diacritics (tone marks tell words apart: "ba" three, "bà" Mrs,
 * "bạ"), lower-casing only. Every pattern is listed in both tone placements ("hòa"/"hoà") by
 * `v`/`vr`. Vietnamese words are space-separated syllables, so most patterns are phrases, and
 * verbs do not inflect. Names: the Vietnamese press writes foreign names in their Latin
 * spelling ("Vladimir Putin"); party papers also use hyphenated transcriptions ("Pu-tin").
 */

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

/** Vietnamese. */
export const vi = lazyLanguagePack("vi", () => ({
  code: "vi",
  name: "Vietnamese",
  detection: {
    scripts: ["Latin"],
    stopwords: [
      "của", "và", "là", "các", "những", "được", "cho", "với", "trong", "đã", "không", "này", "người", "một",
      "có", "về", "theo", "từ", "sẽ", "khi", "cũng", "đến", "như", "nhưng", "để", "tại", "vào", "ra", "thì",
      "nhiều", "ngày", "ông", "bà", "đó", "sau", "trên", "còn", "nhất", "rất", "đang", "vẫn", "bị", "nếu",
      "hai", "nước", "hơn", "việc", "cả", "mà", "lại", "đều", "họ", "mới", "chỉ", "giữa", "tới", "nói",
      "biết", "rằng", "phải", "vì", "nên", "đây", "ở", "chúng", "cùng", "thể",
    ],
    letters: "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
  },
  matching: { normalizers: ["vi-tone"] },
  quotes: {
    pairs: [["“", "”"], ["\"", "\""], ["‘", "’"], ["«", "»"], ["”", "”"]],
    dashes: ["–", "—"],
  },
  sentences: {
    abbreviations: [
      "tp.", "ts.", "ths.", "pgs.", "gs.", "bs.", "ks.", "ls.", "ncs.", "q.", "p.", "tr.", "st.", "tt.", "tx.", "h.",
      "nxb.", "vd.", "v.v.", "tp.hcm.", "pgs.ts.", "gs.ts.", "gs.tskh.", "mr.", "mrs.", "ms.", "dr.", "prof.", "jr.",
      "sr.", "gen.", "u.s.", "u.k.", "u.n.", "e.g.", "i.e.", "etc.", "vs.", "no.", "inc.", "co.", "corp.",
    ],
  },
  reporting: {
    // Verbs of agreeing and discussing: the source of their passage speaks for them.
    jointVerbs: ["đồng ý", "nhất trí", "thống nhất", "bàn về", "thảo luận", "trao đổi về", "đã bàn", "cam kết"],
    verbs: v([
      "cho biết", "cho biết thêm", "cho hay", "nói", "nói rằng", "nói thêm", "nói rõ", "nói với báo giới",
      "nói với báo chí", "nói với phóng viên", "nói với các phóng viên", "nói với các nhà báo", "phát biểu",
      "phát biểu với báo giới", "phát biểu với báo chí", "phát biểu với các phóng viên", "tuyên bố", "ra tuyên bố",
      "đưa ra tuyên bố", "khẳng định", "tái khẳng định", "nhấn mạnh", "thông báo", "ra thông báo", "ra thông cáo",
      "công bố", "loan báo", "cho rằng", "cho là", "tin rằng", "nhận định", "đánh giá", "nhận xét",
      "bày tỏ", "tiết lộ", "xác nhận", "bác bỏ", "phủ nhận", "cảnh báo", "kêu gọi", "hối thúc",
      "thúc giục", "đề nghị", "nhắc lại", "nhắc nhở", "nhắc đến", "nhắc tới", "nêu rõ",
      "nêu", "nêu bật", "chỉ rõ", "chỉ ra", "đề cập", "đề cập đến", "đề cập tới", "viết", "viết trên Twitter",
      "viết trên mạng xã hội", "đăng trên Twitter", "đăng tải", "đăng bài", "cam kết", "hứa",
      "thừa nhận", "giải thích", "lưu ý", "trả lời", "trả lời phỏng vấn", "chia sẻ", "báo cáo", "đưa tin",
      "dẫn lời", "trích lời", "trấn an", "tố cáo", "lên án", "phàn nàn", "lập luận", "quả quyết", "tuyên bố rằng", "khẳng định rằng",
      "nhấn mạnh rằng", "đồng ý", "nhất trí", "thống nhất", "tiết lộ rằng", "xác nhận rằng", "thông báo rằng",
    ]),
    impersonal: v([
      "được cho biết", "được biết", "theo đó", "thông cáo cho biết", "thông báo cho biết", "tuyên bố cho biết",
      "thông cáo nêu rõ", "thông báo nêu rõ", "tuyên bố nêu rõ", "thông cáo nhấn mạnh", "thông báo nhấn mạnh",
      "tuyên bố nhấn mạnh", "thông cáo viết", "tuyên bố viết", "thông cáo có đoạn", "tuyên bố có đoạn",
      "văn bản cho biết", "văn bản nêu rõ", "thông cáo khẳng định", "tuyên bố khẳng định", "được nhấn mạnh",
      "được khẳng định", "được thông báo", "theo thông cáo", "theo thông báo", "theo tuyên bố",
    ]),
    nouns: v([
      "trong thông cáo", "trong một thông cáo", "trong thông cáo báo chí", "trong thông cáo chung", "trong tuyên bố",
      "trong một tuyên bố", "trong thông báo", "trong một thông báo", "trong bản tin", "trong văn bản",
      "trong thông điệp", "trên Twitter", "trên trang Twitter", "trên mạng xã hội", "trên mạng xã hội X",
      "trên Truth Social", "trên Facebook", "trên Telegram", "trong cuộc phỏng vấn", "trong một cuộc phỏng vấn",
      "trong bài đăng", "trong một bài đăng", "trong bài phát biểu", "trong cuộc họp báo", "tại cuộc họp báo",
      "trong buổi họp báo", "tại buổi họp báo", "trong cuộc họp báo thường kỳ",
    ]),
    sources: v([
      "theo", "theo thông báo của", "theo thông cáo của", "theo tuyên bố của", "theo thông tin của", "theo thông tin từ",
      "theo tin từ", "theo lời", "dẫn lời", "trích lời", "trích dẫn", "dẫn nguồn", "dẫn nguồn tin", "dẫn thông báo của",
      "dẫn tuyên bố của", "dẫn thông báo từ", "dẫn tuyên bố từ", "dẫn thông cáo từ", "dẫn thông tin từ", "trích dẫn tuyên bố từ",
      "trích dẫn tuyên bố của", "trích dẫn thông báo từ", "trích dẫn thông báo của", "theo nguồn tin", "theo nguồn tin từ", "theo nguồn tin của", "theo hãng tin",
      "theo hãng thông tấn", "theo báo", "theo tờ", "theo trang", "theo trang tin", "theo đài", "theo kênh",
      "theo phóng viên",
    ]),
    asSources: ["như"],
    complementizers: ["rằng", "là"],
    denials: v([
      "bác bỏ", "phủ nhận", "bác", "bác tin", "phản bác", "không đúng", "không đúng sự thật", "sai sự thật",
      "không phải sự thật", "không có căn cứ", "vô căn cứ", "bịa đặt", "không chính xác",
    ]),
    undated: v([
      "từng", "đã từng", "cũng từng", "luôn", "luôn luôn", "vẫn luôn", "nhiều lần", "trước đây", "trước đó",
      "lâu nay", "từ lâu", "có lần", "trong quá khứ", "nhiều năm qua", "lúc trước",
    ]),
    anaphors: ["của họ", "của ông", "của bà", "của mình"],
    negations: ["không", "chưa", "không hề"],
    pronouns: v([
      "ông", "bà", "ông ấy", "bà ấy", "ông ta", "bà ta", "ông này", "bà này", "họ", "chúng tôi", "chúng ta", "tôi",
      "anh", "chị", "anh ấy", "chị ấy", "vị này", "nhà lãnh đạo này",
    ]),
    questionLabels: v(["câu hỏi", "hỏi", "phóng viên", "pv", "phóng viên hỏi"]),
  },
  roles: vr({
    "cn-president": ["chủ tịch trung quốc", "chủ tịch nước trung quốc"],
    "cn-leader": ["lãnh đạo trung quốc", "nhà lãnh đạo trung quốc"],
    "us-president": [
      "Tổng thống Mỹ", "Tổng thống Hoa Kỳ", "Tổng thống Hoa Kì", "Tổng thống Mỹ đương nhiệm", "người đứng đầu Nhà Trắng",
      "chủ nhân Nhà Trắng", "ông chủ Nhà Trắng", "tân Tổng thống Mỹ", "Tổng thống thứ 45 của Mỹ", "Tổng thống thứ 47 của Mỹ",
    ],
    "us-president-elect": ["Tổng thống đắc cử", "Tổng thống đắc cử Mỹ", "Tổng thống Mỹ đắc cử", "Tổng thống đắc cử Hoa Kỳ", "tân Tổng thống đắc cử"],
    "us-leader": ["nhà lãnh đạo Mỹ", "lãnh đạo Mỹ", "nhà lãnh đạo Hoa Kỳ", "lãnh đạo Hoa Kỳ"],
    "us-vice-president": ["Phó Tổng thống Mỹ", "Phó Tổng thống Hoa Kỳ", "Phó Tổng thống"],
    "wh-press-secretary": [
      "thư ký báo chí Nhà Trắng", "thư ký báo chí của Nhà Trắng", "người phát ngôn Nhà Trắng", "người phát ngôn của Nhà Trắng",
      "phát ngôn viên Nhà Trắng", "phát ngôn viên của Nhà Trắng", "nữ phát ngôn viên Nhà Trắng", "nữ thư ký báo chí Nhà Trắng",
      "thư ký báo chí", "người phát ngôn Tổng thống Mỹ",
    ],
    "us-secretary-of-state": [
      "Ngoại trưởng Mỹ", "Ngoại trưởng Hoa Kỳ", "Bộ trưởng Ngoại giao Mỹ", "Bộ trưởng Ngoại giao Hoa Kỳ",
      "nhà ngoại giao hàng đầu của Mỹ", "nhà ngoại giao hàng đầu Mỹ", "người đứng đầu ngành ngoại giao Mỹ",
    ],
    "us-national-security-adviser": [
      "Cố vấn An ninh Quốc gia", "Cố vấn An ninh Quốc gia Mỹ", "Cố vấn An ninh Quốc gia Nhà Trắng",
      "Cố vấn An ninh Quốc gia của Tổng thống Mỹ",
    ],
    "us-officials": [
      "các quan chức Mỹ", "quan chức Mỹ", "một quan chức Mỹ", "giới chức Mỹ", "các quan chức Hoa Kỳ", "quan chức Hoa Kỳ",
      "giới chức Hoa Kỳ", "các quan chức Nhà Trắng", "quan chức Nhà Trắng", "một quan chức Nhà Trắng", "giới chức Washington",
    ],
    "us-side": ["phía Mỹ", "phía Hoa Kỳ", "phía Washington"],
    "us-intelligence": [
      "các cơ quan tình báo Mỹ", "cơ quan tình báo Mỹ", "tình báo Mỹ", "giới tình báo Mỹ", "cộng đồng tình báo Mỹ",
      "các cơ quan tình báo Hoa Kỳ", "tình báo Hoa Kỳ", "cộng đồng tình báo Hoa Kỳ", "giới tình báo Hoa Kỳ",
    ],
    "us-lawmakers": [
      "nhiều nghị sĩ Mỹ", "các nghị sĩ Mỹ", "nghị sĩ Mỹ", "một số nghị sĩ Mỹ", "các thượng nghị sĩ Mỹ", "nhiều thượng nghị sĩ Mỹ",
      "các hạ nghị sĩ Mỹ", "các nhà lập pháp Mỹ", "nhiều nhà lập pháp Mỹ", "giới lập pháp Mỹ", "các nghị sĩ Hoa Kỳ",
      "các nhà lập pháp Hoa Kỳ",
    ],
    "ru-president": [
      "Tổng thống Nga", "Tổng thống Liên bang Nga", "người đứng đầu Điện Kremlin", "chủ nhân Điện Kremlin", "ông chủ Điện Kremlin",
    ],
    "ru-leader": ["nhà lãnh đạo Nga", "lãnh đạo Nga", "lãnh đạo Điện Kremlin", "nhà lãnh đạo Điện Kremlin", "người đứng đầu nước Nga"],
    "kremlin-spokesperson": [
      "người phát ngôn Điện Kremlin", "người phát ngôn của Điện Kremlin", "phát ngôn viên Điện Kremlin",
      "phát ngôn viên của Điện Kremlin", "người phát ngôn Kremlin", "thư ký báo chí Điện Kremlin",
      "thư ký báo chí của Điện Kremlin", "thư ký báo chí của Tổng thống Nga", "thư ký báo chí Tổng thống Nga",
      "người phát ngôn Tổng thống Nga", "người phát ngôn của Tổng thống Nga", "người phát ngôn của Tổng thống Putin",
      "người phát ngôn của ông Putin", "thư ký báo chí của ông Putin", "thư ký báo chí của Tổng thống Putin",
    ],
    "kremlin-aide": [
      "trợ lý Tổng thống Nga", "trợ lý của Tổng thống Nga", "trợ lý Điện Kremlin", "trợ lý của ông Putin",
      "trợ lý Tổng thống Putin", "trợ lý chính sách đối ngoại của Tổng thống Nga", "trợ lý đối ngoại của Tổng thống Nga",
      "cố vấn chính sách đối ngoại của Tổng thống Nga", "cố vấn Điện Kremlin", "cố vấn của ông Putin",
      "trợ lý về chính sách đối ngoại của Tổng thống Nga",
    ],
    "kremlin-representative": [
      "đại diện Điện Kremlin", "đại diện của Điện Kremlin", "quan chức Điện Kremlin", "một quan chức Điện Kremlin",
      "các quan chức Điện Kremlin",
    ],
    "kremlin-press-service": [
      "văn phòng báo chí Điện Kremlin", "văn phòng báo chí của Điện Kremlin", "cơ quan báo chí Điện Kremlin",
      "bộ phận báo chí Điện Kremlin", "dịch vụ báo chí Điện Kremlin", "văn phòng báo chí của Tổng thống Nga",
    ],
    "ru-foreign-minister": [
      "Ngoại trưởng Nga", "Bộ trưởng Ngoại giao Nga", "Bộ trưởng Ngoại giao Liên bang Nga", "nhà ngoại giao hàng đầu của Nga",
      "nhà ngoại giao hàng đầu Nga",
    ],
    "ru-foreign-ministry-spokesperson": [
      "người phát ngôn Bộ Ngoại giao Nga", "người phát ngôn của Bộ Ngoại giao Nga", "phát ngôn viên Bộ Ngoại giao Nga",
      "nữ phát ngôn viên Bộ Ngoại giao Nga", "nữ người phát ngôn Bộ Ngoại giao Nga",
    ],
    "ru-side": [
      "phía Nga", "phía Liên bang Nga", "các quan chức Nga", "quan chức Nga", "giới chức Nga", "giới chức Moscow",
      "Moscow", "Mátxcơva", "Matxcơva", "Mát-xcơ-va", "chính quyền Moscow",
    ],
    "ua-president": [
      "Tổng thống Ukraine", "Tổng thống Ucraina", "Tổng thống U-crai-na", "nhà lãnh đạo Ukraine", "lãnh đạo Ukraine",
      "người đứng đầu Ukraine", "nguyên thủ Ukraine",
    ],
    "ua-foreign-minister": ["Ngoại trưởng Ukraine", "Bộ trưởng Ngoại giao Ukraine", "Ngoại trưởng Ucraina"],
    "ua-side": [
      "phía Ukraine", "phía Ucraina", "Kiev", "Kyiv", "Ki-ép", "chính quyền Kiev", "chính quyền Kyiv", "các quan chức Ukraine",
      "quan chức Ukraine", "giới chức Ukraine",
    ],
    "de-chancellor": ["Thủ tướng Đức", "nữ Thủ tướng Đức", "Thủ tướng Cộng hòa Liên bang Đức", "Thủ tướng CHLB Đức"],
    "fr-president": ["Tổng thống Pháp"],
    "gb-prime-minister": ["Thủ tướng Anh", "nữ Thủ tướng Anh", "Thủ tướng Vương quốc Anh", "Thủ tướng Anh quốc"],
    "nato-secretary-general": ["Tổng thư ký NATO", "người đứng đầu NATO", "Tổng thư ký Liên minh NATO"],
    "foreign-diplomats": [
      "các nhà ngoại giao nước ngoài", "các nhà ngoại giao phương Tây", "giới ngoại giao", "các nhà ngoại giao",
      "nhà ngoại giao phương Tây",
    ],
    "both-leaders": [
      "hai Tổng thống", "cả hai Tổng thống", "hai vị Tổng thống", "hai nhà lãnh đạo", "cả hai nhà lãnh đạo", "hai lãnh đạo",
      "hai vị lãnh đạo", "hai nguyên thủ", "hai nguyên thủ quốc gia", "lãnh đạo hai nước", "hai ông",
    ],
  }),
  entities: vr({
    "chinese-government": ["bắc kinh", "trung quốc", "phía trung quốc", "chính phủ trung quốc"],
    "media": ["truyền thông", "báo chí", "giới truyền thông"],
    ...people(),
    "white-house": ["Nhà Trắng", "Nhà Trắng Mỹ", "Tòa Bạch Ốc", "Bạch Ốc", "White House"],
    "kremlin": ["Điện Kremlin", "Kremlin", "Điện Kremlin Nga", "Điện Kremli", "Kremli", "Điện Krem-li", "Krem-li"],
    "state-department": [
      "Bộ Ngoại giao Mỹ", "Bộ Ngoại giao Hoa Kỳ", "Bộ Ngoại giao Hoa Kì", "Bộ Ngoại giao Mĩ", "State Department",
    ],
    "pentagon": ["Lầu Năm Góc", "Bộ Quốc phòng Mỹ", "Bộ Quốc phòng Hoa Kỳ", "Bộ Chiến tranh Mỹ", "Pentagon"],
    "us-government": [
      "Mỹ", "Hoa Kỳ", "Hoa Kì", "nước Mỹ", "chính phủ Mỹ", "chính phủ Hoa Kỳ", "chính quyền Mỹ", "chính quyền Hoa Kỳ",
      "chính quyền Washington", "Washington", "chính quyền Trump", "chính quyền Tổng thống Trump", "chính quyền Biden",
      "chính quyền Tổng thống Biden", "chính quyền Obama",
    ],
    "us-intelligence": [
      "các cơ quan tình báo Mỹ", "CIA", "FBI", "Cục Tình báo Trung ương Mỹ", "Cục Tình báo Trung ương",
      "Cục Điều tra Liên bang Mỹ", "Cục Điều tra Liên bang",
    ],
    "us-lawmakers": ["Quốc hội Mỹ", "Quốc hội Hoa Kỳ", "Thượng viện Mỹ", "Hạ viện Mỹ", "Thượng viện Hoa Kỳ", "Hạ viện Hoa Kỳ"],
    "us-officials": ["các quan chức Mỹ", "giới chức Mỹ"],
    "russian-foreign-ministry": ["Bộ Ngoại giao Nga", "Bộ Ngoại giao Liên bang Nga"],
    "russian-defence-ministry": ["Bộ Quốc phòng Nga", "Bộ Quốc phòng Liên bang Nga"],
    "russia": ["Nga", "nước Nga", "Liên bang Nga", "chính phủ Nga", "chính quyền Nga"],
    "ukraine-presidency": ["Văn phòng Tổng thống Ukraine", "Văn phòng Tổng thống Ucraina", "văn phòng của Tổng thống Zelensky"],
    "ukraine-foreign-ministry": ["Bộ Ngoại giao Ukraine", "Bộ Ngoại giao Ucraina"],
    "kyiv": ["chính phủ Ukraine", "chính quyền Ukraine", "chính phủ Ucraina"],
    "elysee": ["Điện Élysée", "Điện Elysée", "Điện Elysee", "Élysée", "Elysee"],
    "downing-street": ["Phố Downing", "số 10 Phố Downing", "Downing Street", "Văn phòng Thủ tướng Anh"],
    "nato": [
      "NATO", "khối NATO", "liên minh NATO", "Liên minh quân sự NATO", "Tổ chức Hiệp ước Bắc Đại Tây Dương",
      "Liên minh Bắc Đại Tây Dương",
    ],
    "european-commission": ["Ủy ban châu Âu", "EC", "European Commission"],
    "united-nations": ["Liên Hợp Quốc", "Liên hiệp quốc", "LHQ", "UN", "Tổ chức Liên Hợp Quốc"],
    "putin-and-trump": [
      "Putin và Trump", "Trump và Putin", "ông Putin và ông Trump", "ông Trump và ông Putin", "Tổng thống Putin và Trump",
      "Tổng thống Trump và Putin", "Tổng thống Putin và Tổng thống Trump", "Tổng thống Trump và Tổng thống Putin",
    ],
    "reuters": ["Reuters", "hãng tin Reuters", "hãng thông tấn Reuters", "hãng tin Anh Reuters", "Hãng tin Reuters của Anh"],
    "ap": ["AP", "hãng tin AP", "hãng thông tấn AP", "Associated Press", "hãng tin Associated Press"],
    "afp": ["AFP", "hãng tin AFP", "hãng thông tấn AFP", "hãng tin Pháp AFP", "hãng thông tấn Pháp AFP", "Thông tấn xã Pháp"],
    "bloomberg": ["Bloomberg", "hãng tin Bloomberg", "hãng tin Bloomberg của Mỹ"],
    "dpa": ["dpa", "hãng tin dpa", "hãng thông tấn Đức dpa", "hãng tin Đức dpa"],
    "efe": ["EFE", "hãng tin EFE"],
    "ansa": ["ANSA", "hãng tin ANSA"],
    "tass": ["TASS", "hãng tin TASS", "hãng thông tấn TASS", "hãng thông tấn Nga TASS", "hãng tin Nga TASS", "Itar-Tass"],
    "ria-novosti": ["RIA Novosti", "hãng tin RIA Novosti", "hãng thông tấn RIA Novosti", "hãng tin Nga RIA Novosti", "RIA"],
    "interfax": ["Interfax", "hãng tin Interfax", "hãng thông tấn Interfax"],
    "ukrinform": ["Ukrinform", "hãng tin Ukrinform"],
    "unian": ["UNIAN", "hãng tin UNIAN"],
    "ttxvn": [
      "TTXVN", "Thông tấn xã Việt Nam", "VNA", "phóng viên TTXVN", "phóng viên thường trú TTXVN", "PV TTXVN",
    ],
    "sputnik": ["Sputnik", "hãng tin Sputnik", "hãng thông tấn Sputnik"],
    "cnn": ["CNN", "đài CNN", "kênh CNN", "kênh truyền hình CNN"],
    "bbc": ["BBC", "đài BBC", "BBC tiếng Việt", "kênh BBC"],
    "new-york-times": ["New York Times", "tờ New York Times", "báo New York Times", "nhật báo New York Times", "tờ The New York Times"],
    "washington-post": ["Washington Post", "tờ Washington Post", "báo Washington Post", "tờ The Washington Post"],
    "axios": ["Axios", "trang Axios", "trang tin Axios"],
    "politico": ["Politico", "tờ Politico", "trang Politico", "trang tin Politico"],
  }),
  topics: vr({
    "tone": [
      "tích cực", "mang sắc thái kinh doanh", "sắc thái kinh doanh", "mang tính xây dựng", "tính xây dựng",
      "tinh thần xây dựng", "thẳng thắn", "thân thiện", "thân mật", "nồng ấm", "cởi mở", "thực chất", "hiệu quả",
      "rất tốt", "tốt đẹp", "chân thành", "thiết thực", "hữu ích", "không thỏa đáng", "hoàn toàn không thỏa đáng",
      "không khí", "bầu không khí", "giọng điệu", "diễn ra căng thẳng", "không khí căng thẳng", "thực dụng",
      "thái độ", "hữu nghị", "ý nghĩa", "có ý nghĩa",
    ],
    "relations": [
      "quan hệ", "mối quan hệ", "quan hệ song phương", "song phương", "đối tác", "quan hệ đối tác", "bang giao",
      "quan hệ hai nước", "hàn gắn quan hệ", "cải thiện quan hệ", "tái thiết quan hệ", "bình thường hóa quan hệ",
      "khôi phục quan hệ", "quan hệ Nga Mỹ", "quan hệ Mỹ Nga", "hợp tác đối tác",
    ],
    "cooperation": [
      "hợp tác", "cộng tác", "phối hợp", "chung tay", "hợp lực", "nỗ lực chung", "làm việc cùng nhau", "cùng nhau",
      "hợp tác đối tác", "quan hệ hợp tác", "hợp tác quân sự", "phối hợp hành động", "phối hợp quân sự",
    ],
    "meeting": [
      "gặp", "gặp nhau", "gặp gỡ", "gặp mặt", "gặp trực tiếp", "cuộc gặp", "cuộc gặp gỡ", "cuộc gặp trực tiếp",
      "cuộc gặp thượng đỉnh", "hội nghị thượng đỉnh", "thượng đỉnh", "hội đàm", "cuộc hội đàm", "thượng đỉnh Geneva",
      "thượng đỉnh Helsinki", "thượng đỉnh Alaska", "tiếp xúc trực tiếp", "gặp song phương",
    ],
    "phone-call": [
      "điện đàm", "cuộc điện đàm", "cuộc gọi", "cuộc gọi điện thoại", "cuộc gọi điện", "gọi điện", "gọi điện thoại",
      "điện thoại", "cuộc nói chuyện", "cuộc nói chuyện qua điện thoại", "nói chuyện qua điện thoại", "cuộc trò chuyện",
      "trò chuyện", "trò chuyện qua điện thoại", "cuộc gọi video", "hội đàm trực tuyến", "hội nghị trực tuyến",
      "cuộc hội đàm trực tuyến", "hội đàm qua điện thoại", "trao đổi qua điện thoại",
    ],
    "phone-contact": [
      "liên lạc", "duy trì liên lạc", "giữ liên lạc", "liên lạc thường xuyên", "duy trì liên lạc thường xuyên",
      "liên lạc qua điện thoại", "kênh liên lạc", "tiếp xúc qua điện thoại",
    ],
    "contacts": ["tiếp xúc", "các cuộc tiếp xúc", "duy trì tiếp xúc", "tiếp xúc cấp cao", "tiếp xúc thường xuyên"],
    "duration": [
      "kéo dài", "giờ", "phút", "tiếng đồng hồ", "tiếng rưỡi", "một tiếng", "hai tiếng", "nửa tiếng", "kéo dài khoảng",
      "kéo dài hơn",
    ],
    "terrorism": [
      "khủng bố", "chống khủng bố", "chủ nghĩa khủng bố", "kẻ khủng bố", "các nhóm khủng bố", "nhóm khủng bố",
      "cuộc chiến chống khủng bố", "cực đoan", "chủ nghĩa cực đoan", "phần tử cực đoan", "hợp tác chống khủng bố",
    ],
    "isis": [
      "IS", "ISIS", "ISIL", "Daesh", "Nhà nước Hồi giáo", "Nhà nước Hồi giáo tự xưng", "IS tự xưng", "chống IS",
      "tổ chức Nhà nước Hồi giáo",
    ],
    "syria": ["Syria", "Xy-ri", "Xyri", "người Syria", "Damascus", "chính phủ Syria", "vấn đề Syria"],
    "ukraine": ["Ukraine", "Ucraina", "U-crai-na", "người Ukraine", "Kiev", "Kyiv", "vấn đề Ukraine", "cuộc xung đột Ukraine", "khủng hoảng Ukraine"],
    "crimea": ["Crimea", "Crưm", "bán đảo Crimea", "bán đảo Crưm", "Krym"],
    "donbas": ["Donbass", "Donbas", "miền Đông Ukraine", "Donetsk", "Lugansk", "Luhansk", "Đôn-bát"],
    "iran-nuclear": [
      "chương trình hạt nhân Iran", "chương trình hạt nhân của Iran", "hạt nhân Iran", "thỏa thuận hạt nhân Iran",
      "thỏa thuận hạt nhân với Iran", "Iran", "I-ran", "JCPOA", "Kế hoạch Hành động Chung Toàn diện",
    ],
    "korean-peninsula": [
      "bán đảo Triều Tiên", "Triều Tiên", "Bắc Triều Tiên", "CHDCND Triều Tiên", "Bình Nhưỡng", "tình hình bán đảo Triều Tiên",
      "phi hạt nhân hóa bán đảo Triều Tiên", "căng thẳng bán đảo Triều Tiên",
    ],
    "israel-palestine": [
      "Israel", "Palestine", "Ả Rập", "Israel Ả Rập", "xung đột Israel Ả Rập", "xung đột Israel Palestine", "người Palestine",
      "Gaza", "Dải Gaza", "Hamas", "Bờ Tây", "I-xra-en", "Pa-le-xtin",
    ],
    "non-proliferation": [
      "không phổ biến vũ khí hạt nhân", "không phổ biến vũ khí", "chống phổ biến vũ khí", "phổ biến vũ khí hạt nhân",
      "không phổ biến hạt nhân", "Hiệp ước Không phổ biến Vũ khí hạt nhân", "NPT",
    ],
    "sanctions": [
      "trừng phạt", "lệnh trừng phạt", "các lệnh trừng phạt", "biện pháp trừng phạt", "các biện pháp trừng phạt", "cấm vận",
      "lệnh cấm vận", "dỡ bỏ trừng phạt", "dỡ bỏ lệnh trừng phạt", "nới lỏng trừng phạt", "biện pháp hạn chế", "chế tài",
    ],
    "trade": [
      "thương mại", "kinh tế", "kinh tế thương mại", "quan hệ kinh tế", "giao thương", "buôn bán", "kinh doanh", "thuế quan",
      "đầu tư", "trao đổi thương mại", "kim ngạch",
    ],
    "economy": ["kinh tế", "nền kinh tế", "tăng trưởng kinh tế", "lạm phát", "quan hệ kinh tế"],
    "election-interference": [
      "can thiệp", "can thiệp bầu cử", "can thiệp vào bầu cử", "can thiệp vào cuộc bầu cử", "can thiệp bầu cử Mỹ", "thắng cử",
      "bầu cử", "cuộc bầu cử", "bầu cử tổng thống", "tin tặc", "hacker", "rò rỉ", "thư điện tử", "email",
    ],
    "nato": ["NATO", "khối NATO", "liên minh NATO", "Bắc Đại Tây Dương", "mở rộng NATO", "gia nhập NATO", "NATO mở rộng"],
    "nato-expansion": [
      "mở rộng NATO", "NATO mở rộng", "việc mở rộng NATO", "mở rộng về phía đông", "mở rộng sang phía đông", "không mở rộng",
      "gia nhập NATO", "kết nạp Ukraine", "Ukraine gia nhập NATO", "đông tiến",
    ],
    "security": [
      "an ninh", "ổn định", "an ninh quốc tế", "an ninh châu Âu", "an ninh khu vực", "an ninh toàn cầu", "đảm bảo an ninh",
      "bảo đảm an ninh",
    ],
    "security-guarantees": [
      "đảm bảo an ninh", "bảo đảm an ninh", "các bảo đảm an ninh", "các đảm bảo an ninh", "ràng buộc pháp lý",
      "ràng buộc về mặt pháp lý", "có tính ràng buộc pháp lý", "cam kết an ninh",
    ],
    "negotiations": ["đàm phán", "cuộc đàm phán", "các cuộc đàm phán", "vòng đàm phán", "bàn đàm phán", "thương lượng", "thương thuyết"],
    "diplomacy": ["ngoại giao", "đối thoại", "giải pháp ngoại giao", "kênh ngoại giao", "con đường ngoại giao", "nỗ lực ngoại giao"],
    "ceasefire": [
      "ngừng bắn", "lệnh ngừng bắn", "thỏa thuận ngừng bắn", "tạm ngừng bắn", "đình chiến", "ngừng giao tranh", "ngừng tấn công",
      "lệnh đình chiến",
    ],
    "peace": [
      "hòa bình", "thỏa thuận hòa bình", "tiến trình hòa bình", "giải pháp hòa bình", "kế hoạch hòa bình", "hòa giải",
      "chấm dứt chiến tranh", "chấm dứt xung đột", "kết thúc chiến tranh", "kết thúc xung đột", "chấm dứt cuộc chiến",
    ],
    "safe-zones": [
      "vùng an toàn", "các vùng an toàn", "khu vực an toàn", "vùng giảm căng thẳng", "khu vực giảm căng thẳng",
      "vùng giảm leo thang", "khu vực giảm leo thang",
    ],
    "astana-talks": ["Astana", "đàm phán Astana", "tiến trình Astana", "hòa đàm Astana"],
    "middle-east": [
      "Trung Đông", "khu vực Trung Đông", "Ả Rập Xê Út", "Ả Rập Xê út", "Ả Rập Saudi", "Saudi Arabia", "vùng Vịnh",
      "Các Tiểu vương quốc Ả Rập Thống nhất", "UAE",
    ],
    "preparation": [
      "chuẩn bị", "sự chuẩn bị", "công tác chuẩn bị", "khâu chuẩn bị", "chuẩn bị kỹ lưỡng", "chuẩn bị kỹ càng", "chuẩn bị kĩ lưỡng",
      "được chuẩn bị kỹ lưỡng", "xúc tiến",
    ],
    "urgency": [
      "càng sớm càng tốt", "sớm nhất có thể", "ngay lập tức", "nhanh chóng", "khẩn cấp", "cấp bách", "khẩn trương", "sớm nhất", "càng sớm",
    ],
    "military-cooperation": [
      "hợp tác quân sự", "phối hợp quân sự", "phối hợp hành động", "hợp tác quốc phòng", "phối hợp hành động quân sự",
      "phối hợp các hành động",
    ],
    "military-buildup": [
      "tăng cường quân sự", "tập trung quân", "tập trung binh sĩ", "điều quân", "điều động quân", "triển khai quân",
      "di chuyển quân", "tăng cường lực lượng", "binh sĩ", "binh lính", "quân đội", "lực lượng quân sự", "tăng quân",
    ],
    "de-escalation": ["giảm leo thang", "xuống thang", "hạ nhiệt", "giảm căng thẳng", "giảm nhiệt", "giảm leo thang căng thẳng"],
    "allies": ["đồng minh", "các đồng minh", "đồng minh của Mỹ", "liên minh"],
    "sovereignty": ["chủ quyền", "toàn vẹn lãnh thổ", "độc lập", "chủ quyền và toàn vẹn lãnh thổ", "độc lập chủ quyền"],
    "minsk-agreements": ["Minsk", "thỏa thuận Minsk", "các thỏa thuận Minsk", "Thỏa thuận Minsk 2", "Minxcơ"],
    "strategic-stability": ["ổn định chiến lược", "đối thoại ổn định chiến lược", "kiểm soát vũ khí", "New START", "START mới"],
    "cyber": [
      "an ninh mạng", "tấn công mạng", "các cuộc tấn công mạng", "tội phạm mạng", "mã độc tống tiền", "an ninh thông tin",
      "không gian mạng", "tin tặc", "hacker",
    ],
    "geneva-summit": ["Geneva", "Giơ-ne-vơ", "Giơnevơ", "thượng đỉnh Geneva", "hội nghị thượng đỉnh Geneva"],
    "world-war-ii": [
      "Chiến tranh thế giới thứ hai", "Chiến tranh thế giới lần thứ hai", "Chiến tranh thế giới thứ 2", "Thế chiến II",
      "Thế chiến thứ hai", "Thế chiến 2", "Thế chiến thứ 2", "Chiến tranh Vệ quốc vĩ đại", "phát xít",
    ],
    "diplomatic-missions": [
      "cơ quan đại diện ngoại giao", "phái bộ ngoại giao", "đại sứ quán", "tòa đại sứ", "lãnh sự quán", "nhà ngoại giao",
      "các nhà ngoại giao", "trục xuất nhà ngoại giao", "trục xuất các nhà ngoại giao",
    ],
    "weapons-deployment": [
      "vũ khí tấn công", "triển khai vũ khí", "vũ khí tấn công chiến lược", "hệ thống vũ khí tấn công", "triển khai tên lửa",
      "vũ khí tấn công tầm xa",
    ],
    "weapons-to-ukraine": [
      "vũ khí cho Ukraine", "viện trợ quân sự cho Ukraine", "viện trợ quân sự", "cung cấp vũ khí", "chuyển giao vũ khí",
      "huấn luyện viên quân sự", "vũ khí khí tài", "khí tài",
    ],
    "proposals": ["đề xuất", "các đề xuất", "sáng kiến", "kiến nghị", "đề nghị", "các đề nghị"],
    "humanitarian": [
      "nhân đạo", "viện trợ nhân đạo", "khủng hoảng nhân đạo", "hành lang nhân đạo", "dân thường", "thường dân", "người dân vô tội",
    ],
    "invasion": ["xâm lược", "cuộc xâm lược", "xâm lăng", "xâm chiếm", "tấn công Ukraine", "chiến dịch quân sự đặc biệt"],
    "prisoners": ["tù nhân", "trao đổi tù nhân", "tù binh", "trao đổi tù binh", "người bị giam giữ", "bị bắt giữ", "con tin"],
    "follow-up": [
      "tiếp tục thảo luận", "tiếp tục trao đổi", "tiếp tục đối thoại", "bước tiếp theo", "các bước tiếp theo", "vòng tiếp theo",
      "cuộc gặp tiếp theo", "cuộc điện đàm tiếp theo", "tiếp tục liên lạc",
    ],
    "merkel": ["Merkel", "Angela Merkel", "bà Merkel", "Thủ tướng Merkel", "Méc-ken"],
    "scheduling": [
      "lịch trình", "lên lịch", "thời gian và địa điểm", "địa điểm và thời gian", "ấn định thời gian", "ấn định",
      "địa điểm tổ chức", "thời điểm tổ chức", "thời gian biểu",
    ],
    "media": ["truyền thông", "báo chí", "phương tiện truyền thông", "giới truyền thông", "báo giới", "nhà báo", "các nhà báo"],
    "energy": [
      "năng lượng", "khí đốt", "khí đốt tự nhiên", "dầu mỏ", "dầu khí", "giá dầu", "đường ống", "đường ống dẫn khí",
      "Nord Stream", "Dòng chảy phương Bắc",
    ],
    "nuclear-weapons": [
      "vũ khí hạt nhân", "hạt nhân", "kho vũ khí hạt nhân", "đầu đạn hạt nhân", "răn đe hạt nhân", "chiến tranh hạt nhân",
    ],
    "human-rights": ["nhân quyền", "quyền con người", "tự do ngôn luận", "tự do báo chí", "Navalny"],
  }),
  evaluative: {
    positive: v([
      "tích cực", "mang tính xây dựng", "tính xây dựng", "tinh thần xây dựng", "rất tốt", "tốt", "tốt đẹp", "hiệu quả",
      "đầy hiệu quả", "thẳng thắn", "thân thiện", "thân mật", "nồng ấm", "cởi mở", "thực chất", "thành công", "hữu ích",
      "tuyệt vời", "xuất sắc", "có ý nghĩa", "ý nghĩa", "mang sắc thái kinh doanh", "sắc thái kinh doanh", "thiết thực",
      "chân thành", "bền vững", "mạnh mẽ", "hữu nghị", "có kết quả", "hiệu quả cao", "thực dụng",
    ]),
    negative: v([
      "căng thẳng", "không thỏa đáng", "hoàn toàn không thỏa đáng", "tiêu cực", "khó khăn", "thù địch", "thất vọng",
      "đáng thất vọng", "không hiệu quả", "đe dọa", "nguy hiểm", "sai lầm nghiêm trọng", "sai lầm", "cuồng loạn", "tồi tệ",
      "xấu", "gay gắt", "lạnh nhạt", "không có kết quả", "bế tắc",
    ]),
    neutral: v(["cân bằng", "bình thường", "trung lập"]),
  },
  grammar: {
    // Nouns that name a news medium: "the agency" is the one named last.
    mediaNouns: ["hãng thông tấn", "hãng tin", "thông tấn xã", "tờ báo", "tờ", "báo", "đài", "kênh"],
    // The head of a noun phrase comes first ("hãng thông tấn Nga": Russian news agencies).
    headInitial: true,
    determiners: ["các",  "những",  "một",  "mọi"],
    nominative: [],
    prepositions: ["ở",  "tại",  "trong",  "với",  "từ",  "cho",  "về",  "đến",  "tới",  "trên",  "dưới",  "sau",  "trước",  "giữa",  "bởi",  "vào",  "qua",  "khi"],
    joiners: ["của"],
    conjunctions: ["và",  "nhưng",  "hoặc",  "hay",  "rằng",  "là",  "nếu",  "mà",  "thì"],
    coordinators: ["và"],
    adverbs: ["cũng",  "đã",  "sẽ",  "đang",  "vừa",  "mới",  "còn",  "lại",  "thêm",  "từng",  "đều",  "vẫn",  "chỉ",  "không",  "chưa"],
    nonNames: ["tôi",  "chúng",  "ta",  "họ",  "nó",  "đây",  "đó",  "này",  "ấy",  "ai",  "gì",  "cũng",  "đã",  "sẽ",  "đang",  "vừa",  "mới",  "còn",  "tuy",  "nhiên",  "ngoài",  "ra"],
    thingPronouns: [],
    titles: ["ông",  "bà",  "ngài",  "tt",  "anh",  "chị",  "cô"],
    adverbSuffixes: [],
  },
  nameRules: [],
  dates: {
    months: [
      ["tháng 1", "tháng 01", "tháng một", "tháng giêng"],
      ["tháng 2", "tháng 02", "tháng hai"],
      ["tháng 3", "tháng 03", "tháng ba"],
      ["tháng 4", "tháng 04", "tháng tư", "tháng bốn"],
      ["tháng 5", "tháng 05", "tháng năm"],
      ["tháng 6", "tháng 06", "tháng sáu"],
      ["tháng 7", "tháng 07", "tháng bảy", "tháng bẩy"],
      ["tháng 8", "tháng 08", "tháng tám"],
      ["tháng 9", "tháng 09", "tháng chín"],
      ["tháng 10", "tháng mười"],
      ["tháng 11", "tháng mười một"],
      ["tháng 12", "tháng mười hai", "tháng chạp"],
    ],
    weekdays: [
      ["thứ hai", "thứ 2"],
      ["thứ ba", "thứ 3"],
      ["thứ tư", "thứ 4"],
      ["thứ năm", "thứ 5"],
      ["thứ sáu", "thứ 6"],
      ["thứ bảy", "thứ bẩy", "thứ 7"],
      ["chủ nhật", "chủ nhựt"],
    ],
    past: ["trước", "vừa qua", "vừa rồi", "tuần trước", "tuần qua", "tuần rồi"],
    days: {
      "0": ["hôm nay", "ngày hôm nay", "sáng nay", "trưa nay", "chiều nay", "tối nay", "đêm nay"],
      "-1": ["hôm qua", "ngày hôm qua", "sáng qua", "trưa qua", "chiều qua", "tối qua", "đêm qua", "sáng hôm qua", "chiều hôm qua", "tối hôm qua", "đêm hôm qua"],
      "-2": ["hôm kia", "ngày hôm kia"],
    },
    units: { minute: ["phút"], hour: ["giờ", "tiếng"], day: ["ngày", "hôm"], week: ["tuần"], month: ["tháng"], year: ["năm"] },
    numbers: {
      "1": ["một", "mốt"], "2": ["hai"], "3": ["ba"], "4": ["bốn", "tư"], "5": ["năm"], "6": ["sáu"],
      "7": ["bảy", "bẩy"], "8": ["tám"], "9": ["chín"], "10": ["mười"], "11": ["mười một"], "12": ["mười hai"],
    },
    agoBefore: ["cách đây"],
    agoAfter: ["trước", "về trước", "trước đây"],
    dayWords: ["ngày", "hôm"],
    yearWords: ["năm"],
    numericOrder: "dmy",
  },
  compare: COMPARE,
  boilerplate: {
    lineStarts: v([
      "Xem thêm", "Đọc thêm", "Xem tiếp", "Đọc tiếp", "Tin liên quan", "Bài liên quan", "Tin cùng chuyên mục", "Ảnh minh họa",
      "Ảnh tư liệu", "Video:", "Clip:", "Đồ họa:", "Mời độc giả", "Mời bạn đọc", "Đăng ký", "Tải ứng dụng", "Quảng cáo", "Chia sẻ bài viết",
      "Có thể bạn quan tâm",
    ]),
    endMarkers: v([
      "Bình luận", "Gửi bình luận", "Bình luận của bạn", "Ý kiến bạn đọc", "Ý kiến của bạn", "Tin cùng chuyên mục",
      "Cùng chuyên mục", "Tin liên quan", "Bài viết liên quan", "Tin khác", "Các tin khác", "Tin mới nhất", "Tin đọc nhiều",
      "Đọc nhiều nhất", "Xem nhiều nhất", "Có thể bạn quan tâm", "Bạn có thể quan tâm", "Chia sẻ bài viết", "Từ khóa",
      "Tags", "Tin nổi bật", "Tin tiêu điểm",
    ]),
    // "Ảnh:" with its colon matches only before a colon, so "ảnh hưởng" (influence) and "hình ảnh"
    // (image) are not captions.
    captions: v([
      "Ảnh:", "Nguồn ảnh", "Ảnh minh họa", "Ảnh tư liệu", "Ảnh chụp màn hình", "Ảnh do", "Getty Images", "Ảnh Reuters",
      "Ảnh AFP", "Ảnh TTXVN", "Ảnh AP",
    ]),
    credits: v(["Theo", "Nguồn:", "(Theo", "Tổng hợp", "Lược dịch", "theo hãng tin"]),
  },
}));
