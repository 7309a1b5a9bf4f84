import { createHash } from "node:crypto";

/**
 * The inline stylesheet of the HTML report: system font stack (renders Romanian, Polish and
 * Vietnamese diacritics with whatever fonts the machine has), the summary, disagreement cards
 * coloured by type with one column per side, account columns, the coverage matrix with its
 * legend; one column on narrow screens; a print stylesheet; visible keyboard focus.
 */
export const REPORT_CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--soft:#f6f8fa;--head:#eef1f4;--accent:#0b57d0;
--omission:#8a5a00;--omission-bg:#fff8c5;--characterization:#6639ba;--characterization-bg:#fbefff;
--factual:#cf222e;--factual-bg:#ffebe9;--stance:#b54400;--stance-bg:#fff1e5;--covered:#1a7f37;--covered-bg:#dafbe1;
--mark:#fff3a3;--mark2:#ffd86b}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue","DejaVu Sans","Liberation Sans",Arial,sans-serif}
main,header.report-head,.sources{max-width:1200px;margin:0 auto;padding:0 20px}
header.report-head{padding-top:24px}
h1{font-size:1.6rem;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:1.3rem;margin:0 0 8px;overflow-wrap:anywhere}
h3{font-size:1.08rem;margin:22px 0 8px}
h4{font-size:1rem;margin:0}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:var(--bg);padding:6px 10px;z-index:10}
.skip:focus{left:8px;top:8px}
.lede,.event-meta,.source-meta,.claim-meta,.keys,.from-head,.who{color:var(--muted);font-size:.86rem}
.lede{font-size:.95rem}
.toc{margin:8px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px 14px;font-size:.9rem}
.keys kbd{border:1px solid var(--line);border-radius:3px;padding:0 4px;background:var(--soft);font-size:.8rem}
.report-summary{border:2px solid var(--fg);border-radius:10px;padding:14px 20px;margin:18px 0}
.report-summary>h2{margin-bottom:4px}
.event-summary{border-top:1px solid var(--line);padding:10px 0 4px}
.event-summary:first-of-type{border-top:0}
.event-summary h3{margin:0 0 4px}
.event-summary .sides-line{margin:2px 0}
.side-chip{font-weight:600}
ul.counts{list-style:none;margin:4px 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 8px}
ul.counts li{border:1px solid var(--line);border-radius:999px;padding:0 10px;font-size:.86rem;background:var(--soft)}
ul.counts li.zero{color:var(--muted);border-style:dashed;background:none}
ol.strongest{margin:6px 0 4px;padding-left:22px}
ol.strongest li{margin:3px 0}
.inputs-failed{border:1px solid var(--factual);background:var(--factual-bg);border-radius:8px;padding:6px 14px;margin:8px 0}
.inputs-failed h3{margin:4px 0}
.inputs-failed .input{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
dl.legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:6px 0;font-size:.84rem;color:var(--muted)}
dl.legend div{display:flex;align-items:center;gap:6px}
dl.legend dt,dl.legend dd{margin:0}
.badge{display:inline-block;border-radius:4px;padding:0 8px;font-size:.78rem;font-weight:700;color:#fff;background:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.badge.type-omission{background:var(--omission)}
.badge.type-characterization{background:var(--characterization)}
.badge.type-factual{background:var(--factual)}
.badge.type-stance{background:var(--stance)}
.swatch{display:inline-block;min-width:2em;text-align:center;border:1px solid var(--line);border-radius:3px;font-weight:700}
section.event{border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:20px 0;background:var(--bg)}
.event-meta{margin:0 0 4px}
.chip{display:inline-block;background:var(--soft);border:1px solid var(--line);border-radius:999px;padding:0 8px;margin:1px 2px;font-size:.78rem;color:var(--fg)}
.cards{display:grid;gap:12px}
.card{border:1px solid var(--line);border-left:6px solid var(--muted);border-radius:8px;padding:10px 14px;background:var(--bg);scroll-margin-top:12px}
.card[data-type=omission]{border-left-color:var(--omission);background:var(--omission-bg)}
.card[data-type=characterization]{border-left-color:var(--characterization);background:var(--characterization-bg)}
.card[data-type=factual]{border-left-color:var(--factual);background:var(--factual-bg)}
.card[data-type=stance]{border-left-color:var(--stance);background:var(--stance-bg)}
.card-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.card .topic{font-weight:600}
.card .confidence{margin-left:auto;color:var(--muted);font-size:.8rem}
details.card>summary{cursor:pointer;list-style-position:outside;margin-left:14px}
details.card>summary .summary-line{display:block;font-weight:400;margin-top:2px}
.explanation{margin:6px 0}
.sides{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:10px;margin:8px 0}
.side-col{min-width:0;display:flex;flex-direction:column;gap:6px}
.side-name{font-size:.8rem;font-weight:700;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.wording{margin:0;background:rgba(255,255,255,.8);border:1px solid var(--line);border-radius:6px;padding:6px 10px;overflow-wrap:anywhere}
.wording blockquote{margin:0}
.wording.silent{font-style:italic;color:var(--muted)}
.diff{background:var(--bg);border:1px dashed var(--line);border-radius:6px;padding:4px 10px;margin:6px 0;overflow-wrap:anywhere}
.diff-label{font-size:.8rem;color:var(--muted);font-weight:600}
ins{background:var(--covered-bg);color:#116329;text-decoration:none;border-radius:3px;padding:0 1px}
del{background:var(--factual-bg);color:#a40e26;border-radius:3px;padding:0 1px}
ul.explanations{margin:6px 0 0;padding-left:20px;font-size:.9rem}
.passages{display:grid;gap:8px;margin:8px 0}
.passage .topics{margin:3px 0 0 6px}
ul.silent-sides{margin:6px 0;padding-left:20px}
.accounts{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(0,1fr);gap:14px}
.account{border:1px solid var(--line);border-radius:8px;background:var(--soft);min-width:0}
.account>h4{padding:8px 12px;border-bottom:1px solid var(--line);background:var(--head);border-radius:8px 8px 0 0}
.side-code{display:inline-block;font-size:.78rem;font-weight:700;background:var(--fg);color:#fff;border-radius:4px;padding:0 6px;vertical-align:1px}
.side-sep{color:var(--muted)}
.from{padding:8px 12px 0}
.from-head{margin:0 0 4px;overflow-wrap:anywhere}
details.copies{font-size:.84rem;margin:0 0 6px}
details.copies>summary{cursor:pointer;color:var(--accent)}
details.copies ul{margin:4px 0;padding-left:18px;max-height:16em;overflow:auto}
ol.claims{list-style:none;margin:0;padding:0 0 4px}
li.claim{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px 10px;margin:0 0 8px}
.speaker{font-weight:600}
.role{color:var(--muted);font-size:.86rem}
blockquote.assertion{margin:4px 0;padding:2px 0 2px 10px;border-left:3px solid var(--line);overflow-wrap:anywhere}
.kind{font-variant:small-caps;font-weight:600}
.empty{color:var(--muted);font-style:italic}
.table-wrap{overflow-x:auto}
table.coverage{border-collapse:collapse;font-size:.9rem;min-width:50%}
table.coverage th,table.coverage td{border:1px solid var(--line);padding:4px 10px;text-align:center}
table.coverage th[scope=row]{text-align:left;font-weight:500}
table.coverage thead th{background:var(--head)}
.covered{color:var(--covered);background:var(--covered-bg)}
.missing{color:var(--muted)}
.omitted{background:var(--omission-bg);color:var(--omission)}
td.covered,td.omitted{font-weight:700}
details.alignments>summary{cursor:pointer;font-weight:600;margin:18px 0 6px}
ul.alignments{margin:0;padding-left:20px}
.sources{padding-bottom:40px}
article.source{border-top:1px solid var(--line);padding:14px 0}
.article-text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:75ch;line-height:1.65}
mark.claim-span{background:var(--mark);color:inherit;border-radius:2px;scroll-margin-top:40vh}
mark.claim-span[data-claim]{box-shadow:inset 2px 0 0 #bf8700}
mark.claim-span.depth-2{background:var(--mark2)}
mark.claim-span.depth-3{background:#ffb347}
mark.claim-span.active,mark.claim-span:target{outline:2px solid var(--accent);background:#cfe2ff}
.claim-anchor{scroll-margin-top:40vh}
.warnings{color:var(--muted)}
@media (max-width:700px){
body{font-size:16px}
main,header.report-head,.sources{padding:0 10px}
section.event{padding:12px 10px}
.report-summary{padding:10px 12px}
.accounts,.sides{grid-auto-flow:row;grid-auto-columns:auto}
.card .confidence{margin-left:0}
.keys{display:none}
}
@media print{
body{font-size:10.5pt;color:#000}
.skip,.keys,.toc{display:none}
main,header.report-head,.sources{max-width:none;padding:0}
section.event,.report-summary{border:0;padding:0}
section.event{break-before:page}
.card,li.claim,.event-summary{break-inside:avoid}
.card,.card[data-type]{background:none}
details>summary{list-style:none}
details::details-content{content-visibility:visible;display:contents}
.sources{break-before:page}
a{color:inherit;text-decoration:none}
.from-head a[href^="http"]::after,.source-meta a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em}
.accounts{grid-auto-flow:row}
}
`.trim();

/**
 * The only script of the report: built from constants, never from data.
 * - When a claim's "source" link is followed, it outlines every segment of that claim's span (a
 *   span split by overlapping claims spans several <mark> elements).
 * - `j` / `k` move the focus to the next / previous card (disagreement or omission group).
 * - Printing opens every collapsed section, and closes them again afterwards.
 */
export const REPORT_JS = `(function(){
function on(){var all=document.querySelectorAll("mark.claim-span.active");for(var i=0;i<all.length;i++)all[i].classList.remove("active");var id=location.hash.slice(1);try{id=decodeURIComponent(id)}catch(e){}var t=id?document.getElementById(id):null;var c=t?t.getAttribute("data-claim"):null;if(!c)return;var ms=document.querySelectorAll("mark.claim-span");for(var j=0;j<ms.length;j++){var ks=(ms[j].getAttribute("data-claims")||"").split(" ");if(ks.indexOf(c)>=0)ms[j].classList.add("active")}}
window.addEventListener("hashchange",on);on();
document.addEventListener("keydown",function(e){if(e.altKey||e.ctrlKey||e.metaKey||(e.key!=="j"&&e.key!=="k"))return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var cs=document.querySelectorAll(".card");if(!cs.length)return;var a=document.activeElement,i=-1;for(var n=0;n<cs.length;n++){if(cs[n]===a||cs[n].contains(a)){i=n;break}}if(i<0){i=cs.length;for(n=0;n<cs.length;n++){if(cs[n].getBoundingClientRect().top>=0){i=e.key==="j"?n-1:n;break}}}i=e.key==="j"?Math.min(cs.length-1,i+1):Math.max(0,i-1);var c=cs[i];var f=c.tagName==="DETAILS"?c.querySelector("summary"):c;if(f){f.focus();e.preventDefault()}});
var opened=[];window.addEventListener("beforeprint",function(){var ds=document.querySelectorAll("details:not([open])");for(var i=0;i<ds.length;i++){ds[i].open=true;opened.push(ds[i])}});window.addEventListener("afterprint",function(){for(var i=0;i<opened.length;i++)opened[i].open=false;opened=[]});
})();`;

/** `'sha256-…'` source expression allowing exactly {@link REPORT_JS} under the page's CSP. */
export const REPORT_JS_HASH = `'sha256-${createHash("sha256").update(REPORT_JS, "utf8").digest("base64")}'`;

/**
 * Content-Security-Policy of the report: no network access at all (no fetch, image, font or
 * frame), inline styles allowed, and only the report's own script may run — a second line of
 * defence behind the escaping of every input string.
 */
export const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src ${REPORT_JS_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;
