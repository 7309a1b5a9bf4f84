/**
 * `claimdiff/html`: reading news pages. {@link htmlToArticle} keeps a page's article body as
 * plain text (Mozilla Readability over linkedom) and reads its outlet, title, URL, publication
 * date and language from meta tags and JSON-LD. The core entry does not load this code's
 * dependencies until an article is given as `html`.
 *
 * @example
 * ```ts
 * import { htmlToArticle } from "claimdiff/html";
 * const page = htmlToArticle("<html lang='en'><body><p>Text.</p></body></html>");
 * page.language; // "en"
 * ```
 *
 * @packageDocumentation
 * @module claimdiff/html
 */
export { htmlToArticle, type HtmlArticle } from "./input/html.js";
export { normalizePublishedAt } from "./input/dates.js";
