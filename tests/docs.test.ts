import { describe, expect, it } from "vitest";
import ts from "typescript";
import { resolve } from "node:path";

// The public API documents itself: every export of every entry has a doc comment, and so does
// every field of every exported type (down into the object types written inline in a field).
// Hovers name the result types instead of spelling out their structure. The API reference
// (npm run docs, TypeDoc) is generated from the same comments.

const ENTRIES = ["src/index.ts", "src/html.ts", "src/node.ts", "src/eval.ts"].map((f) => resolve(f));

const program = ts.createProgram(ENTRIES, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  exactOptionalPropertyTypes: true,
  resolveJsonModule: true,
  noEmit: true,
  skipLibCheck: true,
  types: ["node"],
});
const checker = program.getTypeChecker();

const doc = (s: ts.Symbol) => ts.displayPartsToString(s.getDocumentationComment(checker)).trim();

/** Fields without a doc comment, as dotted paths; object types written inline are checked too. */
function undocumentedFields(type: ts.Type, path: string, seen = new Set<ts.Type>()): string[] {
  if (seen.has(type)) return [];
  seen.add(type);
  const out: string[] = [];
  for (const prop of checker.getPropertiesOfType(type)) {
    // members inherited from the standard library (Error's message, stack…) are documented there
    if (prop.declarations?.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()) || d.getSourceFile().fileName.includes("/node_modules/")))
      continue;
    const where = `${path}.${prop.name}`;
    if (!doc(prop)) out.push(where);
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (!decl) continue;
    const propType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(prop, decl));
    // descend into anonymous object types spelled out in the field itself (not named types, not arrays)
    const typeNode = (decl as ts.PropertySignature).type;
    if (typeNode && ts.isTypeLiteralNode(typeNode)) out.push(...undocumentedFields(propType, where, seen));
  }
  return out;
}

describe("the public API is documented", () => {
  for (const entry of ENTRIES) {
    const name = entry.replace(/^.*\/src\//, "src/");
    it(`${name}: every export and every field of its types has a doc comment`, () => {
      const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
      const missing: string[] = [];
      for (const exp of checker.getExportsOfModule(module)) {
        const target = exp.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exp) : exp;
        if (!doc(target)) missing.push(exp.name);
        if (target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
          missing.push(...undocumentedFields(checker.getDeclaredTypeOfSymbol(target), exp.name));
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

describe("hovers name the result types", () => {
  it("extractClaims(…) is an ExtractionResult, compareClaims(…) a ComparisonResult", () => {
    const file = resolve("tests/__hover-check.ts");
    const source = [
      `import { extractClaims, compareClaims, extractClaimsStream, getLanguagePack } from "../src/index.js";`,
      `import { scoreResult } from "../src/eval.js";`,
      `import { htmlToArticle } from "../src/html.js";`,
      `import { createExtractPool, readArticle } from "../src/node.js";`,
      `const a = extractClaims({ text: "x" });`,
      `const b = compareClaims([a]);`,
      `const c = extractClaimsStream([]);`,
      `const d = getLanguagePack("en");`,
      `const e = scoreResult({}, b);`,
      `const f = htmlToArticle("<p>x</p>");`,
      `const g = createExtractPool();`,
      `const h = readArticle("a.txt");`,
    ].join("\n");
    const host = ts.createCompilerHost(program.getCompilerOptions());
    const read = host.readFile.bind(host);
    host.readFile = (f) => (resolve(f) === file ? source : read(f));
    const exists = host.fileExists.bind(host);
    host.fileExists = (f) => resolve(f) === file || exists(f);
    const p = ts.createProgram([file], program.getCompilerOptions(), host);
    const tc = p.getTypeChecker();
    const shown: Record<string, string> = {};
    ts.forEachChild(p.getSourceFile(file)!, function visit(n) {
      if (ts.isVariableDeclaration(n)) shown[n.name.getText()] = tc.typeToString(tc.getTypeAtLocation(n.name));
      ts.forEachChild(n, visit);
    });
    expect(shown).toEqual({
      a: "ExtractionResult",
      b: "ComparisonResult",
      c: "AsyncGenerator<ExtractionResult, void, undefined>",
      d: "LanguagePack",
      e: "ScoreReport",
      f: "HtmlArticle",
      g: "ExtractPool",
      h: "ReadArticle",
    });
  });
});
