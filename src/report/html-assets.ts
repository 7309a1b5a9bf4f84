import { createHash } from "node:crypto";

/**
 * The inline stylesheet of the HTML report: system font stack (renders Romanian, Polish and
 * Vietnamese diacritics with whatever fonts the machine has), side-by-side account columns,
 * the coverage matrix and disagreement cards coloured by type.
 */
export const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--accent:#0b57d0;
--omission:#9a6700;--omission-bg:#fff8c5;--characterization:#6639ba;--characterization-bg:#fbefff;
--factual:#cf222e;--factual-bg:#ffebe9;--stance:#bc4c00;--stance-bg:#fff1e5;--mark:#fff3a3;--mark2:#ffd86b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue","DejaVu Sans","Liberation Sans",Arial,sans-serif}
main,header.report-head{max-width:1200px;margin:0 auto;padding:0 20px}
header.report-head{padding-top:24px}
h1{font-size:1.6rem;margin:0 0 4px}
h2{font-size:1.3rem;margin:0 0 8px}
h3{font-size:1.05rem;margin:20px 0 8px}
a{color:var(--accent)}
.summary,.event-meta,.source-meta,.claim-meta{color:var(--muted);font-size:.86rem}
.toc{margin:8px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.9rem}
section.event{border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:20px 0;background:var(--bg)}
.event-meta{margin:0 0 4px}
.chip{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:999px;padding:0 8px;margin:1px 2px;font-size:.78rem;color:var(--fg)}
.accounts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px}
.account{border:1px solid var(--line);border-radius:8px;background:var(--soft);min-width:0}
.account>h3{margin:0;padding:8px 12px;border-bottom:1px solid var(--line);font-size:1rem;background:#eef1f4;border-radius:8px 8px 0 0}
.side-code{display:inline-block;font-size:.78rem;font-weight:700;background:var(--fg);color:#fff;border-radius:4px;padding:0 6px;vertical-align:1px}
.side-sep{color:var(--muted)}
ol.claims{list-style:none;margin:0;padding:8px 12px}
li.claim{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px 10px;margin:0 0 8px}
.speaker{font-weight:600}
.role{color:var(--muted);font-size:.86rem}
blockquote.assertion{margin:4px 0;padding:2px 0 2px 10px;border-left:3px solid var(--line);overflow-wrap:anywhere}
.kind{font-variant:small-caps;font-weight:600}
.empty{color:var(--muted);font-style:italic}
table.coverage{border-collapse:collapse;font-size:.9rem;min-width:50%}
table.coverage th,table.coverage td{border:1px solid var(--line);padding:4px 10px;text-align:center}
table.coverage th[scope=row]{text-align:left;font-weight:500}
table.coverage thead th{background:#eef1f4}
td.covered{color:#1a7f37;font-weight:700;background:#dafbe1}
td.missing{color:var(--muted)}
td.omitted{background:var(--omission-bg);color:var(--omission);font-weight:700}
.disagreements{display:grid;gap:12px}
.disagreement{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:8px;padding:10px 14px;background:var(--bg)}
.disagreement .badge{display:inline-block;border-radius:4px;padding:0 8px;font-size:.8rem;font-weight:700;color:#fff;background:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.disagreement[data-type=omission]{border-left-color:var(--omission);background:var(--omission-bg)}
.disagreement[data-type=omission] .badge{background:var(--omission)}
.disagreement[data-type=characterization]{border-left-color:var(--characterization);background:var(--characterization-bg)}
.disagreement[data-type=characterization] .badge{background:var(--characterization)}
.disagreement[data-type=factual]{border-left-color:var(--factual);background:var(--factual-bg)}
.disagreement[data-type=factual] .badge{background:var(--factual)}
.disagreement[data-type=stance]{border-left-color:var(--stance);background:var(--stance-bg)}
.disagreement[data-type=stance] .badge{background:var(--stance)}
.disagreement .topic{font-weight:600;margin-left:6px}
.disagreement .confidence{float:right;color:var(--muted);font-size:.8rem}
.wordings{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:8px;margin:8px 0}
.wording{background:rgba(255,255,255,.75);border:1px solid var(--line);border-radius:6px;padding:6px 10px;overflow-wrap:anywhere}
.wording .who{font-size:.8rem;color:var(--muted);font-weight:600}
.wording.silent{font-style:italic;color:var(--muted)}
.diff{background:var(--bg);border:1px dashed var(--line);border-radius:6px;padding:4px 10px;margin:6px 0;overflow-wrap:anywhere}
ins{background:#dafbe1;color:#116329;text-decoration:none;border-radius:3px;padding:0 1px}
del{background:#ffebe9;color:#a40e26;border-radius:3px;padding:0 1px}
.explanation{margin:6px 0 0}
ul.alignments{margin:0;padding-left:20px}
.sources{max-width:1200px;margin:0 auto;padding:0 20px 40px}
article.source{border-top:1px solid var(--line);padding:14px 0}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:75ch;line-height:1.65}
mark.claim-span{background:var(--mark);color:inherit;border-radius:2px;scroll-margin-top:40vh}
mark.claim-span[data-claim]{box-shadow:inset 2px 0 0 #bf8700}
mark.claim-span.depth-2{background:var(--mark2)}
mark.claim-span.depth-3{background:#ffb347}
mark.claim-span.active,mark.claim-span:target{outline:2px solid var(--accent);background:#cfe2ff}
.claim-anchor{scroll-margin-top:40vh}
.warnings{color:var(--muted)}
@media print{section.event{break-inside:avoid-page}}
`.trim();

/**
 * The only script of the report: built from constants, never from data. When a claim's
 * "source" link is followed, it outlines every segment of that claim's span (a span split by
 * overlapping claims spans several <mark> elements).
 */
export const REPORT_JS = `(function(){function on(){var all=document.querySelectorAll("mark.claim-span.active");for(var i=0;i<all.length;i++)all[i].classList.remove("active");var id=location.hash.slice(1);try{id=decodeURIComponent(id)}catch(e){}var t=id?document.getElementById(id):null;var c=t?t.getAttribute("data-claim"):null;if(!c)return;var ms=document.querySelectorAll("mark.claim-span");for(var j=0;j<ms.length;j++){var ks=(ms[j].getAttribute("data-claims")||"").split(" ");if(ks.indexOf(c)>=0)ms[j].classList.add("active")}}window.addEventListener("hashchange",on);on()})();`;

/** `'sha256-…'` source expression allowing exactly {@link REPORT_JS} under the page's CSP. */
export const REPORT_JS_HASH = `'sha256-${createHash("sha256").update(REPORT_JS, "utf8").digest("base64")}'`;

/**
 * Content-Security-Policy of the report: no network access at all (no fetch, image, font or
 * frame), inline styles allowed, and only the report's own script may run — a second line of
 * defence behind the escaping of every input string.
 */
export const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${REPORT_JS_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;
