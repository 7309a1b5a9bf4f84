import { lexiconFor } from "../src/compare/represent/lexicon.js";
import { readQuantities } from "../src/compare/represent/quantities.js";
const lex = lexiconFor(process.argv[2]!, []).lexicon;
const text = process.argv[3]!;
const toks = lex.tokens(text);
console.log(JSON.stringify(readQuantities(text, toks, lex.things.findAll(toks), lex.operators.findAll(toks), lex.stopwords, "dmy")));
