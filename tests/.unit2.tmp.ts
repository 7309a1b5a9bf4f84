import { compareClaims } from "../src/compare/index.js";
import { makeClaim } from "./helpers/gold-claims.js";
const call = (us: string[], ru: string[], lang = "en") => [
  makeClaim({ article: "wh", speaker: "White House", side: "US", language: lang, assertion: "President Trump spoke today with President Putin of Russia by phone." }),
  ...us.map((a) => makeClaim({ article: "wh", speaker: "White House", side: "US", language: lang, assertion: a })),
  makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", language: lang, assertion: "Vladimir Putin had a telephone conversation with Donald Trump." }),
  ...ru.map((a) => makeClaim({ article: "kr", speaker: "Kremlin", side: "RU", language: lang, assertion: a })),
];
const show = (claims: any) => { const r = compareClaims(claims); for (const e of r.events) { console.log("EV", e.id, e.claims.length); for (const d of e.disagreements) console.log("  ", d.type, d.topic, d.claims.join(","), "|", d.explanation.slice(0, 160)); for (const a of e.alignments) console.log("   AL", a.claims.join("~"), a.score); } };
show(call(["The call lasted an hour."], ["The conversation lasted 45 minutes."]));
show(call(["The call lasted just over an hour."], ["The conversation ran from 16:04 to 17:06 GMT."]));
show(call(["Trump said he would meet Putin as soon as possible."], ["Such a meeting needs considerable preparation."]));
show(call(["It was a very good conversation."], ["The conversation was constructive."]));
show(call(["The leaders discussed the fight against terrorism in Syria."], ["The leaders discussed the fight against terrorism in Syria.", "They also discussed the Iranian nuclear programme."]));
