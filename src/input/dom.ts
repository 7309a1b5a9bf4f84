import { lazy } from "./lazy.js";
import { limitNesting } from "./depth.js";

/** linkedom, loaded on the first page parsed (importing claimdiff does not load it). */
const linkedom = lazy<typeof import("linkedom")>("linkedom");

/** The few DOM members the HTML input code uses (linkedom implements them). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}
export interface DomDocument extends DomElement {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  readonly title: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Parses HTML into a document that always has `<html>`, `<head>` and `<body>`: linkedom gives
 * fragments and empty strings no document element, so those are wrapped first. Elements nested
 * deeper than 256 levels are flattened to their text first (see depth.ts), so
 * parsing stays linear at any depth.
 *
 * @example
 * parseDocument("<p>unclosed <b>bold").body?.textContent // "unclosed bold"
 */
export function parseDocument(html: string): DomDocument {
  // Browsers keep content that follows </body> or </html> in the body; linkedom would drop it.
  const source = limitNesting(html.replace(/^\uFEFF/, "").replace(/<\/(?:body|html)\s*>/gi, "")).html;
  const first = tryParse(/<html[\s>]/i.test(source) ? source : wrap(source));
  if (first?.documentElement && first.body) return first;
  const second = tryParse(wrap(source.replace(/<\/?(?:html|head|body)\b[^<>]*>/gi, "")));
  if (second?.documentElement && second.body) return second;
  return tryParse(wrap(escapeText(stripTags(source))))!;
}

function tryParse(html: string): DomDocument | null {
  try {
    return (linkedom().parseHTML(html) as unknown as { document: DomDocument }).document;
  } catch {
    return null;
  }
}

function wrap(body: string): string {
  return `<!doctype html><html><head></head><body>${body}</body></html>`;
}

function stripTags(html: string): string {
  return html.replace(/<[^<>]*>/g, " ");
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** C0/C1 control characters other than whitespace: never part of readable text. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Elements whose content is never article text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "MATH",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "BUTTON",
  "FORM",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "NAV",
  "ASIDE",
  "FIGCAPTION",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
]);

/** Elements that start a new line of text. */
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "CENTER",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TBODY",
  "TD",
  "TFOOT",
  "TH",
  "THEAD",
  "TR",
  "UL",
  "BODY",
  "HTML",
]);

/**
 * Class or id words that mark page furniture rather than article text (language-independent
 * markup conventions): share bars, related links, newsletter boxes, comments, ads.
 */
const BOILERPLATE =
  /(?:^|[\s_-])(?:share|sharing|social|related|read-?also|readmore|read-more|newsletter|subscribe|subscription|comments?|advert|advertisement|ads?|ad-slot|promo|sponsored|breadcrumbs?|tags|cookie|paywall|recirculation|outbrain|taboola)(?:$|[\s_-])/i;

/**
 * The plain text of a subtree, one paragraph per line: block elements and `<br>` start a new
 * line, whitespace inside a paragraph collapses to single spaces, empty lines are dropped.
 * Scripts, styles, forms, navigation, asides, figure captions and elements whose class/id marks
 * them as share bars, related links, comments or ads are skipped. Iterative, so deeply nested
 * markup cannot overflow the stack.
 *
 * @example
 * blockText(parseDocument("<p>One <b>two</b></p><p>Three</p>").body!) // "One two\nThree"
 */
export function blockText(root: DomNode): string {
  const lines: string[] = [];
  let current = "";
  const flush = (): void => {
    const line = current.replace(CONTROL, "").replace(/\s+/g, " ").trim();
    if (line !== "") lines.push(line);
    current = "";
  };
  // Stack of nodes to visit; the string "end" marks leaving a block element.
  const stack: (DomNode | "end")[] = [root];
  const rootLength = (root.textContent ?? "").length;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === "end") {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeName.toUpperCase();
    if (node !== root && (SKIP.has(name) || isBoilerplate(node, rootLength))) continue;
    if (BLOCK.has(name)) {
      flush();
      stack.push("end");
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return lines.join("\n");
}

/**
 * Page furniture: hidden, or marked by class/id as share bar, related links, comments or ads —
 * unless it holds at least half of the text (then the marker is a modifier on the article
 * container itself, e.g. `class="entry has-comments"`).
 */
function isBoilerplate(node: DomNode, rootLength: number): boolean {
  const el = node as Partial<DomElement>;
  if (typeof el.getAttribute !== "function") return false;
  if (el.getAttribute("aria-hidden") === "true" || el.getAttribute("hidden") !== null) return true;
  const attrs = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.trim();
  if (attrs === "" || attrs.length > 300 || !BOILERPLATE.test(attrs)) return false;
  return (node.textContent ?? "").length * 2 < rootLength;
}

/**
 * The element nesting depth below `root`, counted up to `limit` (iterative: safe on hostile
 * markup). Used to keep superlinear work (Readability) off pathologically deep documents.
 *
 * @example
 * nestingDepth(parseDocument("<div><div><p>x</p></div></div>").body!) // 3
 */
export function nestingDepth(root: DomNode, limit = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max >= limit) return max;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return max;
}

/**
 * Removes page furniture (see {@link blockText}) from the tree in place, before Readability
 * runs: Readability rewrites text-only `<div>`s into `<p>`s and loses the class that marked
 * them as an ad or a "read also" box.
 *
 * @example
 * stripBoilerplate(doc.body!); // <div class="ad-slot">Publicitate</div> is gone
 */
export function stripBoilerplate(root: DomElement): void {
  const rootLength = (root.textContent ?? "").length;
  const candidates = Array.from(root.querySelectorAll("[class], [id], [hidden], [aria-hidden]"));
  for (const el of candidates) if (isBoilerplate(el, rootLength)) el.remove();
}
