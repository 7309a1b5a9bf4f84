import { lexiconFor } from "../src/compare/represent/lexicon.js";
const lex = lexiconFor(process.argv[2]!, []).lexicon;
const toks = lex.tokens(process.argv[3]!);
console.log(toks.map(t=>`${t.text}/${t.stem}`).join(" "));
for (const m of lex.things.findAll(toks)) console.log("T", process.argv[3]!.slice(m.start,m.end), JSON.stringify(m.values));
for (const m of lex.operators.findAll(toks)) console.log("O", process.argv[3]!.slice(m.start,m.end), JSON.stringify(m.values));
