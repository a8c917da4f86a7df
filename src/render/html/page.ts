// The page every HTML document shares: landmarks, a table of contents, the stylesheet for screen and print, and the
// generator mark by which a later run knows the file as its own (io/output.ts). Nothing is fetched: no font, no script.
import type { Lang } from '../../core/model.ts';
import { VERSION } from '../../generated/version.ts';
import { htmlText } from '../../i18n/html.ts';
import { esc } from './escape.ts';
import { TABLE_SCRIPT } from './table-script.ts';

export interface TocEntry {
  id: string;
  /** Plain text. */
  label: string;
  children?: TocEntry[];
}

export interface Page {
  lang: Lang;
  /** The document's title, plain text: the <title> and, by the caller, the one h1. */
  title: string;
  /** HTML of the page header (the h1 and the cover). */
  header: string;
  toc: TocEntry[];
  /** HTML of the sections. */
  main: string;
  /** HTML of the footer's text. */
  footer: string;
  /** Adds the small script that makes tables marked `data-sortable` sortable and filterable. */
  sortable?: boolean;
  /** Prints in landscape (the overview's wide tables). */
  landscape?: boolean;
}

// Colours meet 4.5:1 against their background (text) and 3:1 (borders, chart marks); checked by axe in the browser tests.
const CSS = `
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#8a8a8a;--soft:#f2f4f7;--accent:#0b4f8a;--focus:#c2410c;color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;font-size:1rem;line-height:1.5;color:var(--ink);background:#fff;overflow-wrap:anywhere}
.page{max-width:64rem;margin:0 auto;padding:0 1rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.skip{position:absolute;left:-100vw;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:1}
header.doc{border-bottom:2px solid var(--ink);padding:1.5rem 0 1rem}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.45rem;line-height:1.25;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
.kind{font-size:1rem;font-weight:600;color:var(--muted);margin:0 0 .25rem;text-transform:uppercase;letter-spacing:.04em}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
dl.goals{grid-template-columns:max-content 1fr;font-size:.95rem}
.record{border:2px solid var(--ink);padding:.75rem 1rem;margin:1rem 0;max-width:40rem}
.record h2{border:0;margin:0 0 .5rem;padding:0;font-size:1.15rem}
.proposal{font-weight:700;font-size:1.1rem}
nav.toc h2{margin-top:1.5rem}
nav.toc ol{padding-left:1.5rem;margin:.25rem 0}
nav.toc li{margin:.15rem 0}
.notice{border-left:4px solid var(--ink);padding:.25rem .75rem;background:var(--soft)}
.table-wrap{position:relative;max-width:100%;overflow-x:auto;margin:0 0 1.25rem}
table{border-collapse:collapse;margin:0 0 1.25rem;font-size:.95rem}
.table-wrap table{margin:0}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem;caption-side:top}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
.table-wrap th,.table-wrap td{overflow-wrap:break-word}
.table-wrap tbody th{min-width:12rem}
.table-wrap td{min-width:5rem}
.table-wrap td.num{min-width:0}
thead th{background:var(--soft)}
tbody th{font-weight:400}
tr.group th,tr.group td{font-weight:700;background:var(--soft)}
tr.sub th{padding-left:1.5rem}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.code{white-space:nowrap;font-variant-numeric:tabular-nums}
.tag{font-weight:700}
.late{color:#a01616;font-weight:700}
.hint{color:var(--muted)}
figure{margin:1rem 0 1.5rem}
figcaption{color:var(--muted);margin:.25rem 0}
svg text{font-family:inherit}
.chart{max-width:100%;height:auto;display:block}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0}
.legend li{display:flex;align-items:center;gap:.4rem}
.legend svg{flex:none}
.b0{background:#fbe3d6}.b1{background:#fdf1c7}.b2{background:#dcefd9}.b3{background:#b9dcb3}
.filter{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;margin:.5rem 0}
.filter input{font:inherit;padding:.25rem .4rem;border:2px solid var(--ink);border-radius:2px;max-width:100%}
th button.sort{font:inherit;font-weight:700;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
th button.sort .arrow{display:inline-block;min-width:1em;color:var(--muted)}
footer.doc{border-top:2px solid var(--ink);margin-top:3rem;padding:1rem 0 2rem;color:var(--muted)}
@media (max-width:40rem){h1{font-size:1.5rem}dl.facts:not(.goals){grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}}
@media print{
  @page{size:A4;margin:18mm 15mm}
  body{font-size:10.5pt}
  .page{max-width:none;padding:0}
  .skip,.filter,nav.toc,.vh{display:none}
  a{color:inherit;text-decoration:none}
  h2{border-top:0;break-after:avoid}
  h3,caption,figcaption{break-after:avoid}
  section.chapter{break-before:page}
  .table-wrap{overflow:visible}
  table{width:100%;font-size:9pt}
  thead{display:table-header-group}
  tr,figure,.record,li{break-inside:avoid}
  th,td,.table-wrap th,.table-wrap td{white-space:normal;overflow-wrap:anywhere}
  .table-wrap tbody th,.table-wrap td{min-width:0}
  .num{white-space:nowrap}
  .chart{width:100%;max-width:100%}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;

const LANDSCAPE = `@media print{@page{size:A4 landscape;margin:12mm 12mm}table{font-size:8.5pt}}`;

function tocList(entries: TocEntry[]): string {
  return `<ol>${entries.map((e) => `<li><a href="#${e.id}">${esc(e.label)}</a>${e.children?.length ? tocList(e.children) : ''}</li>`).join('')}</ol>`;
}

export function renderPage(p: Page): string {
  const t = htmlText[p.lang];
  const script = p.sortable ? `<script>${TABLE_SCRIPT(t)}</script>` : '';
  return (
    `<!doctype html>\n<html lang="${p.lang}">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="skoldigiplan ${VERSION}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${esc(p.title)}</title>\n` +
    `<style>${CSS}${p.landscape ? LANDSCAPE : ''}</style>\n</head>\n<body>\n` +
    `<a class="skip" href="#main">${esc(t.skip)}</a>\n<div class="page">\n` +
    `<header class="doc">\n${p.header}\n</header>\n` +
    (p.toc.length ? `<nav class="toc" aria-labelledby="toc-heading">\n<h2 id="toc-heading">${esc(t.contents)}</h2>\n${tocList(p.toc)}\n</nav>\n` : '') +
    `<main id="main" tabindex="-1">\n${p.main}\n</main>\n` +
    `<footer class="doc">\n${p.footer}\n</footer>\n</div>\n${script}</body>\n</html>\n`
  );
}
