import { parseHTML } from "linkedom";

/** The little of the DOM the report tests use (linkedom's elements). */
export interface El {
  textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(s: string): El | null;
  querySelectorAll(s: string): ArrayLike<El>;
  closest(s: string): El | null;
  tagName: string;
  attributes: ArrayLike<{ name: string; value: string }>;
}

/** Parses an HTML page (or fragment) into a document. */
export function dom(html: string): El {
  return (parseHTML(html) as unknown as { document: El }).document;
}

/** Every element matching `selector` under `root`. */
export const all = (root: El, selector: string): El[] => Array.from(root.querySelectorAll(selector));

/** The first element matching `selector` under `root`; throws when there is none. */
export const one = (root: El, selector: string): El => {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
};

/** True when `a` comes before `b` in document order (both in `root`). */
export const before = (root: El, a: El, b: El): boolean => {
  const order = all(root, "*");
  return order.indexOf(a) < order.indexOf(b);
};
