/**
 * Bounds the element nesting of HTML before it is parsed. The HTML parser (htmlparser2, under
 * linkedom) keeps its open elements in an array it grows at the front, so each tag costs time in
 * proportion to the nesting depth: 100k nested elements cost quadratic time. Real pages nest a
 * few dozen levels; past {@link MAX_NESTING} the tags are dropped and their text kept (a dropped
 * block element leaves a line break), so hostile markup degrades to flat text in linear time.
 *
 * The scan follows the parser's own rules where they decide the depth: void elements, elements
 * that an opening tag closes implicitly (`<p>` by `<div>`, `<li>` by `<li>`), raw-text elements
 * (`<script>`, `<style>`, …) whose content holds no tags, comments, and quoted attribute values.
 */

/** Deepest element nesting kept; deeper tags are dropped, their text kept. */
export const MAX_NESTING = 256;

const VOID = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content is text up to their closing tag (the tokenizer's special tags). */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes"]);
/** The closing tag of each raw-text element, found case-insensitively from a position. */
const RAW_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, "gi")]));

const P = new Set(["p"]);
const FORM = new Set(["input", "option", "optgroup", "select", "button", "datalist", "textarea"]);
/** An opening tag closes these open elements first (htmlparser2's table). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["select", FORM],
  ["input", FORM],
  ["output", FORM],
  ["button", FORM],
  ["datalist", FORM],
  ["textarea", FORM],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "pre",
    "section",
    "table",
    "ul",
  ].map((n): [string, ReadonlySet<string>] => [n, P]),
]);

/** Elements that start a new line of text: a dropped one leaves a `<br>`. */
const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Index just past the `>` that ends a tag whose name ends at `i`; quoted attribute values may hold `>`. */
function tagEnd(html: string, i: number): number {
  const n = html.length;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62) return i + 1; // >
    if (c === 61) {
      // = : a value follows, perhaps quoted
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        if (close < 0) return n;
        i = close + 1;
        continue;
      }
      continue;
    }
    i++;
  }
  return n;
}

/**
 * The HTML with elements nested deeper than `maxDepth` removed (their text kept), and how many
 * tags were dropped. Returns the input itself when nothing is that deep. Linear in the length.
 *
 * @example
 * limitNesting("<div>".repeat(1000) + "x", 10).html // 10 <div>s, then line breaks, then "x"
 */
export function limitNesting(html: string, maxDepth = MAX_NESTING): { html: string; dropped: number } {
  const stack: string[] = [];
  const open = new Map<string, number>(); // element name → how many are on the stack
  const droppedOpen = new Map<string, number>(); // element name → dropped openings not yet closed
  const pieces: string[] = [];
  let copied = 0;
  let dropped = 0;
  const n = html.length;
  const drop = (start: number, end: number, name: string) => {
    pieces.push(html.slice(copied, start), BLOCK.has(name) ? "<br>" : " ");
    copied = end;
    dropped++;
  };
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  let i = html.indexOf("<");
  while (i >= 0 && i < n - 1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */) {
      const end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf(">", i + 2);
      if (end < 0) break;
      i = html.indexOf("<", end + 1);
      continue;
    }
    if (c === 63 /* ? */) {
      const end = html.indexOf(">", i + 2);
      if (end < 0) break;
      i = html.indexOf("<", end + 1);
      continue;
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    let j = nameStart + 1;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (isSpace(d) || d === 47 || d === 62) break;
      j++;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    const end = tagEnd(html, j);
    if (closing) {
      if (!VOID.has(name)) {
        const pending = droppedOpen.get(name) ?? 0;
        if (pending > 0) {
          droppedOpen.set(name, pending - 1);
          drop(i, end, name);
        } else if ((open.get(name) ?? 0) > 0) {
          while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
          pop();
        }
      }
      i = html.indexOf("<", end);
      continue;
    }
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (stack.length > 0 && implied.has(stack[stack.length - 1]!)) pop();
    let next = end;
    if (RAW_TEXT.has(name)) {
      // its content is text up to </name>: never tags, never deeper
      const re = RAW_END.get(name)!;
      re.lastIndex = end;
      const close = re.exec(html);
      next = close ? close.index : n;
    } else if (!VOID.has(name)) {
      if (stack.length >= maxDepth) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        drop(i, end, name);
      } else {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
      }
    }
    i = html.indexOf("<", next);
  }
  if (dropped === 0) return { html, dropped };
  pieces.push(html.slice(copied));
  return { html: pieces.join(""), dropped };
}
