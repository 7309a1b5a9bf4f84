import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ArticleInputSchema } from "../src/schema/article.js";
import { normalizePublishedAt } from "../src/input/dates.js";
import { blockText, parseDocument } from "../src/input/dom.js";
import { htmlToArticle } from "../src/input/html.js";
import { limitNesting, MAX_NESTING } from "../src/input/depth.js";
import { nestingDepth } from "../src/input/dom.js";
import { createRequire } from "node:module";
import { vi } from "vitest";

/** A Romanian news page as served: navigation, share bar, ads, related links, newsletter, comments. */
const RO_PAGE = `<!DOCTYPE html>
<html lang="ro-RO" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kremlinul: o nouă convorbire între Putin și Trump este posibilă, dar data nu a fost stabilită - exemplu-stiri.ro</title>
<link rel="canonical" href="https://exemplu-stiri.ro/kremlinul-noua-convorbire-putin-trump-posibila">
<meta property="og:locale" content="ro_RO">
<meta property="og:type" content="article">
<meta property="og:title" content="Kremlinul: o nouă convorbire între Vladimir Putin și Donald Trump este posibilă, dar data nu a fost stabilită">
<meta property="og:site_name" content="exemplu-stiri.ro">
<meta property="og:image" content="https://exemplu-stiri.ro/img/putin.jpg">
<link rel="stylesheet" href="/css/site.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"Organization","@id":"https://exemplu-stiri.ro/#org","name":"Exemplu Știri","url":"https://exemplu-stiri.ro/"},
  {"@type":"WebPage","@id":"https://exemplu-stiri.ro/kremlinul#webpage","datePublished":"2025-10-01T00:00:00+03:00"},
  {"@type":["NewsArticle"],"headline":"Kremlinul: o nouă convorbire Putin–Trump este posibilă","datePublished":"2025-10-08T14:32:00+03:00","dateModified":"2025-10-08T15:01:00+03:00","publisher":{"@id":"https://exemplu-stiri.ro/#org","name":"Exemplu Știri"},"inLanguage":"ro-RO"}
]}
</script>
</head>
<body class="single single-post">
<div class="cookie-banner">Folosim cookie-uri pentru a vă oferi o experiență mai bună. <button>Accept</button></div>
<header class="site-header">
  <a class="logo" href="/"><img src="/logo.png" alt="exemplu-stiri.ro"></a>
  <nav class="main-menu"><ul><li><a href="/politica">Politică</a></li><li><a href="/externe">Externe</a></li><li><a href="/economie">Economie</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<div class="ad-slot ad-leaderboard"><ins class="adsbygoogle">Publicitate</ins></div>
<main id="content">
<ol class="breadcrumbs"><li><a href="/">Acasă</a></li><li><a href="/externe">Externe</a></li></ol>
<article class="post">
  <h1 class="entry-title">Kremlinul: o nouă convorbire între Vladimir Putin și Donald Trump este posibilă, dar data nu a fost stabilită</h1>
  <div class="entry-meta"><span class="byline">de Redacția</span> · <time datetime="2025-10-08T14:32:00+03:00">8 octombrie 2025, 14:32</time></div>
  <div class="share-buttons"><a href="https://facebook.com/sharer">Distribuie pe Facebook</a> <a href="https://twitter.com/intent">Tweet</a></div>
  <figure class="wp-block-image"><img src="/img/putin.jpg" alt=""><figcaption>Vladimir Putin, la Kremlin. Foto: Reuters</figcaption></figure>
  <div class="entry-content">
    <p>Miercuri, Kremlinul a afirmat că o nouă convorbire între liderul rus Vladimir Putin și președintele american Donald Trump ar putea avea loc în următoarele săptămâni, dar că data ei nu a fost încă stabilită, relatează agenția Reuters.</p>
    <p>Delegațiile celor două țări au purtat marți la Abu Dhabi consultări tehnice despre schimbul de prizonieri, iar întâlnirea a durat aproape patru ore.</p>
    <div class="related-articles"><strong>Citește și:</strong> <a href="/alt-articol">Zelenski cere o nouă rundă de sancțiuni</a></div>
    <p>Purtătorul de cuvânt Dmitri Peskov a spus că Moscova rămâne deschisă dialogului, însă a subliniat că orice acord are nevoie de   garanții solide.</p>
    <blockquote><p>„Contactele continuă. Nu vrem să ne grăbim”, a declarat reprezentantul Kremlinului.</p></blockquote>
    <div class="ad-slot ad-inarticle">Publicitate</div>
    <p>„Există o înțelegere comună că lucrurile trebuie pregătite temeinic, pas cu pas, la nivelul experților”, a adăugat Peskov.<br>Consultările de la Abu Dhabi vor continua.</p>
  </div>
  <div class="tags"><a href="/tag/kremlin">Kremlin</a> <a href="/tag/putin">Putin</a></div>
</article>
<aside class="sidebar"><h3>Cele mai citite</h3><ul><li><a href="/a">Cutremur în Vrancea</a></li><li><a href="/b">Prețul benzinei</a></li></ul></aside>
<div class="newsletter-box"><form><label>Abonează-te la newsletter</label><input type="email"><button>Trimite</button></form></div>
<section id="comments" class="comments-area"><h3>2 comentarii</h3><div class="comment"><p>Ion: Iar promisiuni, iar amânări, nimic concret.</p></div><div class="comment"><p>Maria: Foarte bun articolul, mulțumim pentru informații!</p></div></section>
</main>
<footer class="site-footer"><p>© 2025 exemplu-stiri.ro · Toate drepturile rezervate · <a href="/contact">Contact</a></p></footer>
</body>
</html>`;

/** A Polish page with no Open Graph date: <time datetime>, application-name, "Title | Outlet". */
const PL_PAGE = `<!doctype html><html lang="pl"><head><meta charset="utf-8">
<title>Rzeczowa rozmowa Trumpa z Putinem, ale bez przełomu | Wiadomości Wschodnie</title>
<meta name="application-name" content="Wiadomości Wschodnie">
<meta property="og:url" content="http://wiadomosci-wschodnie.example/swiat/rzeczowa-rozmowa-trumpa-z-putinem/">
</head><body>
<nav><a href="/">Strona główna</a> <a href="/wydarzenia">Wydarzenia</a></nav>
<div id="main"><article>
<header><h1>Rzeczowa rozmowa Trumpa z Putinem, ale bez przełomu</h1><time datetime="2025-10-08">8 października 2025</time></header>
<p>Przywódcy USA i Rosji rozmawiali we wtorek przez telefon o wymianie jeńców, o dostawach energii i o rozejmie na Ukrainie. Żadna ze stron nie ogłosiła przełomu.</p>
<p>Rzeczniczka Białego Domu Karoline Leavitt oświadczyła, że była to „bardzo produktywna rozmowa”. – Prezydent jasno powiedział, że zabijanie musi się skończyć teraz – dodała Leavitt.</p>
<p class="read-also">Przeczytaj: <a href="/gaz">Ceny gazu w Europie znów rosną</a></p>
<p>Kreml podaje, że rozmowa była „szczera i rzeczowa”. Według komunikatu nacisk położono na usunięcie pierwotnych przyczyn konfliktu.</p>
</article></div>
<div class="comments"><h4>Zostaw odpowiedź</h4><p>Chcesz przyłączyć się do dyskusji? Nie krępuj się!</p></div>
</body></html>`;

describe("htmlToArticle on a realistic news page", () => {
  const page = htmlToArticle(RO_PAGE);
  const lines = page.text.split("\n");

  it("keeps the article body as plain text, one paragraph per line", () => {
    expect(lines[0]).toMatch(/^Miercuri, Kremlinul a afirmat că o nouă convorbire între liderul rus Vladimir Putin/);
    expect(lines).toContain(
      "Delegațiile celor două țări au purtat marți la Abu Dhabi consultări tehnice despre schimbul de prizonieri, iar întâlnirea a durat aproape patru ore.",
    );
    expect(lines).toContain("„Contactele continuă. Nu vrem să ne grăbim”, a declarat reprezentantul Kremlinului.");
    // <br> breaks the line; runs of spaces collapse.
    expect(lines).toContain("Consultările de la Abu Dhabi vor continua.");
    expect(page.text).toContain("are nevoie de garanții solide.");
    expect(page.text).not.toMatch(/ {2}|\n\n|^\s|\s$/);
  });

  it("drops navigation, ads, share bar, related links, captions, newsletter, comments and footer", () => {
    for (const boilerplate of [
      "Politică",
      "Publicitate",
      "Distribuie",
      "Citește și",
      "Zelenski cere",
      "Foto: Reuters",
      "Cele mai citite",
      "newsletter",
      "Iar promisiuni",
      "Toate drepturile",
      "cookie",
      "Acasă",
      "dataLayer",
    ]) {
      expect(page.text, boilerplate).not.toContain(boilerplate);
    }
  });

  it("reads outlet, title, canonical url, JSON-LD date from @graph and language", () => {
    expect(page.outlet).toBe("exemplu-stiri.ro");
    expect(page.title).toBe("Kremlinul: o nouă convorbire între Vladimir Putin și Donald Trump este posibilă, dar data nu a fost stabilită");
    expect(page.url).toBe("https://exemplu-stiri.ro/kremlinul-noua-convorbire-putin-trump-posibila");
    // The NewsArticle's date, not the WebPage's.
    expect(page.publishedAt).toBe("2025-10-08T14:32:00+03:00");
    expect(page.language).toBe("ro-RO");
  });

  it("returns fields an ArticleInput accepts", () => {
    expect(() => ArticleInputSchema.parse(page)).not.toThrow();
  });

  it("lets explicitly given fields win over the page's", () => {
    const given = htmlToArticle(RO_PAGE, { outlet: "Exemplu Știri", publishedAt: "2025-10-08", language: "ro", url: null });
    expect(given.outlet).toBe("Exemplu Știri");
    expect(given.publishedAt).toBe("2025-10-08");
    expect(given.language).toBe("ro");
    expect(given.url).toBe(page.url);
    expect(given.text).toBe(page.text);
  });
});

describe("htmlToArticle on other page conventions", () => {
  const pl = htmlToArticle(PL_PAGE);

  it("reads application-name, og:url, <time datetime> and strips the outlet from <title>", () => {
    expect(pl.outlet).toBe("Wiadomości Wschodnie");
    expect(pl.title).toBe("Rzeczowa rozmowa Trumpa z Putinem, ale bez przełomu");
    expect(pl.url).toBe("http://wiadomosci-wschodnie.example/swiat/rzeczowa-rozmowa-trumpa-z-putinem/");
    expect(pl.publishedAt).toBe("2025-10-08");
    expect(pl.language).toBe("pl");
  });

  it("keeps the body and drops the read-also line and the comment prompt", () => {
    expect(pl.text).toContain("– dodała Leavitt.");
    expect(pl.text).toContain("Kreml podaje, że rozmowa była „szczera i rzeczowa”.");
    expect(pl.text).not.toContain("Przeczytaj");
    expect(pl.text).not.toContain("Zostaw odpowiedź");
    expect(pl.text).not.toContain("Strona główna");
  });

  it("reads article:published_time and og:locale", () => {
    const vi = htmlToArticle(`<html><head>
<meta property="article:published_time" content="2017-01-29T08:15:00+0700">
<meta property="og:locale" content="vi_VN"><meta property="og:site_name" content="Tuổi Trẻ">
</head><body><article><p>Theo Điện Kremlin, hai nhà lãnh đạo đã bàn về việc trao đổi tù binh và về an ninh năng lượng.</p></article></body></html>`);
    expect(vi.publishedAt).toBe("2017-01-29T08:15:00+07:00");
    expect(vi.language).toBe("vi-VN");
    expect(vi.outlet).toBe("Tuổi Trẻ");
    expect(vi.text).toBe("Theo Điện Kremlin, hai nhà lãnh đạo đã bàn về việc trao đổi tù binh và về an ninh năng lượng.");
  });

  it("reads a JSON-LD array at top level and ignores a broken JSON-LD block", () => {
    const page = htmlToArticle(`<html><head>
<script type="application/ld+json">{ broken json </script>
<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"ReportageNews","datePublished":"Sat, 28 Jan 2017 18:40:00 GMT","publisher":[{"@type":"Organization","name":"News.ro"}]}]</script>
</head><body><p>Text.</p></body></html>`);
    expect(page.publishedAt).toBe("2017-01-28T18:40:00.000Z");
    expect(page.outlet).toBe("News.ro");
  });

  it("never emits a non-http(s) URL", () => {
    const page = htmlToArticle(
      `<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="/relative"></head><body><p>x</p></body></html>`,
    );
    expect(page.url).toBeNull();
    const relative = htmlToArticle(`<html><head><link rel="canonical" href="/a/b"></head><body><p>x</p></body></html>`);
    expect(relative.url).toBeNull();
    const given = htmlToArticle(`<html><head><link rel="canonical" href="https://example.ro/a/b"></head><body><p>x</p></body></html>`, {
      url: "https://example.ro/x",
    });
    expect(given.url).toBe("https://example.ro/x");
  });

  it("returns nulls when the page says nothing", () => {
    const bare = htmlToArticle("<p>Doar un paragraf.</p>");
    expect(bare).toEqual({ text: "Doar un paragraf.", title: null, outlet: null, url: null, publishedAt: null, language: null });
  });
});

describe("htmlToArticle on malformed and hostile input", () => {
  const cases: [string, string][] = [
    ["empty", ""],
    ["whitespace", "   \n "],
    ["plain text", "Putin a spus că discuția a fost constructivă."],
    ["unclosed tags", "<html><body><div><p>Unclosed <b>bold <i>italic<p>next"],
    ["stray closing tags", "</div></p></body><p>Text after stray tags.</p></html></html>"],
    ["broken attributes", `<p class="x>Broken "attr</p><p a=b=c d='e>More</p>`],
    ["no body", "<html><head><title>Only a head</title></head></html>"],
    ["comment only", "<!-- nothing here -->"],
    ["cdata and doctype junk", "<!DOCTYPE><![CDATA[ x ]]><?xml version='1.0'?><p>ok</p>"],
    ["binary junk", "\u0000\u0001\uFFFD<\u0000p>\uD800 lone surrogate</p>"],
    ["deep nesting", `${"<div>".repeat(5000)}<p>Deep text.</p>${"</div>".repeat(5000)}`],
    ["bom", "\uFEFF<html lang=ro><body><p>Cu BOM.</p></body></html>"],
  ];

  // What a browser shows of each (control characters dropped, block elements on their own lines).
  const expected: Record<string, string> = {
    empty: "",
    whitespace: "",
    "plain text": "Putin a spus că discuția a fost constructivă.",
    "unclosed tags": "Unclosed bold italic\nnext",
    "stray closing tags": "Text after stray tags.",
    "broken attributes": "",
    "no body": "",
    "comment only": "",
    "cdata and doctype junk": "ok",
    "binary junk": "\uFFFD<p>\uD800 lone surrogate",
    "deep nesting": "Deep text.",
    bom: "Cu BOM.",
  };
  for (const [name, html] of cases) {
    it(`reads the text a browser shows of ${name}`, () => {
      const page = htmlToArticle(html);
      expect(page.text).toBe(expected[name]);
      expect(page.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    });
  }

  it("reads the title of a page with no body", () => {
    expect(htmlToArticle(cases[6]![1]).title).toBe("Only a head");
  });

  it("keeps the text of a fragment and of deeply nested markup", () => {
    expect(htmlToArticle(cases[2]![1]).text).toBe("Putin a spus că discuția a fost constructivă.");
    expect(htmlToArticle(cases[4]![1]).text).toContain("Text after stray tags.");
    expect(htmlToArticle(cases[10]![1]).text).toBe("Deep text.");
    const bom = htmlToArticle(cases[11]![1]);
    expect(bom.text).toBe("Cu BOM.");
    expect(bom.language).toBe("ro");
  });

  it("falls back to the body text when Readability finds no article", () => {
    const short = htmlToArticle("<html><body><div>Scurt.</div><div>Foarte scurt.</div></body></html>");
    expect(short.text).toBe("Scurt.\nFoarte scurt.");
  });

  it("keeps scripts, handlers and javascript: links out of the text of a hostile page", () => {
    const html = readFileSync(new URL("./fixtures-hostile/hostile-page.html", import.meta.url), "utf8");
    const page = htmlToArticle(html);
    expect(page.text).not.toContain("__pwned");
    expect(page.text).toContain(`Officials said the call was "productive"`);
    expect(page.text).toContain("We reject any & all claims");
    expect(page.text).toContain("Read the full text of the statement");
    expect(page.outlet).toBe("Evil & Co");
    expect(page.publishedAt).toBe("2017-01-29T10:00:00Z");
  });
});

describe("blockText", () => {
  it("puts block elements on their own lines and keeps inline runs together", () => {
    const doc = parseDocument("<div><h2>Titlu</h2><p>Unu <b>doi</b> <a href='#'>trei</a></p><ul><li>a</li><li>b</li></ul>patru<br>cinci</div>");
    expect(blockText(doc.body!)).toBe("Titlu\nUnu doi trei\na\nb\npatru\ncinci");
  });

  it("skips page furniture unless it holds most of the text", () => {
    const furniture = parseDocument(`<div><p>${"Corpul articolului. ".repeat(10)}</p><div class="social-share">Share</div></div>`);
    expect(blockText(furniture.body!)).not.toContain("Share");
    const container = parseDocument(`<div class="entry has-comments"><p>${"Corpul articolului. ".repeat(10)}</p></div>`);
    expect(blockText(container.body!)).toContain("Corpul articolului.");
  });
});

describe("normalizePublishedAt", () => {
  it.each([
    ["2017-01-28", "2017-01-28"],
    ["2017-01-28T18:40:00Z", "2017-01-28T18:40:00Z"],
    ["2017-01-28T18:40:00.123+01:00", "2017-01-28T18:40:00.123+01:00"],
    ["2017-01-28T18:40:00+0100", "2017-01-28T18:40:00+01:00"],
    ["2017-01-28 18:40", "2017-01-28T18:40"],
    ["2017/1/8", "2017-01-08"],
    ["20170128", "2017-01-28"],
    ["Sat, 28 Jan 2017 18:40:00 GMT", "2017-01-28T18:40:00.000Z"],
    ["Sat, 28 Jan 2017 18:40:00 +0100", "2017-01-28T17:40:00.000Z"],
    ["January 28, 2017", "2017-01-28"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePublishedAt(input)).toBe(expected);
  });

  it.each(["", "yesterday", "2017-02-30", "2017-13-01", "28.01", "ieri, 14:30", "9999999999999"])("rejects %j", (input) => {
    expect(normalizePublishedAt(input)).toBeNull();
  });

  it("produces values ArticleInput accepts", () => {
    for (const v of ["2017-01-28T18:40:00+0100", "Sat, 28 Jan 2017 18:40:00 GMT", "2017-01-28 18:40"]) {
      expect(() => ArticleInputSchema.parse({ text: "x", publishedAt: normalizePublishedAt(v) })).not.toThrow();
    }
  });
});

describe("HTML at any nesting depth", () => {
  const deep = (n: number, tag = "div") => `<html><body>${`<${tag}>`.repeat(n)}<p>Deep text.</p>${`</${tag}>`.repeat(n)}<p>After.</p></body></html>`;

  it("flattens markup nested deeper than the limit, keeping its text", () => {
    const { html, dropped } = limitNesting(deep(1000), 50);
    expect(dropped).toBe(2 * (1000 + 3 - 50)); // every opening and closing tag past level 50
    expect(nestingDepth(parseDocument(html).body!)).toBeLessThanOrEqual(50);
    expect(blockText(parseDocument(html).body!)).toBe("Deep text.\nAfter.");
  });

  it("leaves ordinary pages untouched (the same string)", () => {
    const page = `<ul><li>a<li>b<li>c</ul>${"<p>unclosed paragraph ".repeat(500)}<table><tr><td>x<td>y<tr><td>z</table>`;
    expect(limitNesting(page, 8).html).toBe(page); // implied closes (<p>, <li>, <td>) do not deepen
  });

  it("counts no tags inside scripts, styles, comments or quoted attribute values", () => {
    const inert = `<script>${"<div>".repeat(100)}</script><style>a>b{}</style><!-- ${"<div>".repeat(100)} --><p title="${"<div>".repeat(50)}">x</p>`;
    expect(limitNesting(inert, 3).dropped).toBe(0);
  });

  it("a page 100k elements deep: parsed once, no deeper than the limit, its text kept", () => {
    const linkedom = createRequire(import.meta.url)("linkedom") as { parseHTML: (h: string) => unknown };
    const spy = vi.spyOn(linkedom, "parseHTML");
    try {
      const page = htmlToArticle(deep(100_000));
      expect(spy).toHaveBeenCalledTimes(1); // one parse, though Readability is not tried on it
      expect(page.text).toBe("Deep text.\nAfter.");
      const parsed = (spy.mock.results[0]!.value as { document: { body: Parameters<typeof nestingDepth>[0] } }).document;
      expect(nestingDepth(parsed.body)).toBeLessThanOrEqual(MAX_NESTING + 1);
    } finally {
      spy.mockRestore();
    }
  });

  it("an ordinary page is parsed once too, with Readability", () => {
    const linkedom = createRequire(import.meta.url)("linkedom") as { parseHTML: (h: string) => unknown };
    const spy = vi.spyOn(linkedom, "parseHTML");
    try {
      expect(htmlToArticle(RO_PAGE).text).toContain("a adăugat Peskov.");
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
