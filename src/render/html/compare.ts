// The comparison of two assessments as one accessible HTML page, drawn from the same view as Markdown and PDF.
import type { CompareResult } from '../../core/compare.ts';
import type { Catalogue, Lang } from '../../core/model.ts';
import { compareText } from '../../i18n/compare.ts';
import { htmlText } from '../../i18n/html.ts';
import { compareView } from '../compare-view.ts';
import { around, esc, idMaker } from './escape.ts';
import { renderPage, type TocEntry } from './page.ts';
import { renderTable } from './table.ts';

export function renderCompareHtml(result: CompareResult, catalogue: Catalogue, lang: Lang): string {
  const t = compareText[lang];
  const h = htmlText[lang];
  const id = idMaker();
  const blocks = compareView(result, catalogue, lang);
  const org = result.newer.organisation;
  const name = org.unit ? `${org.name}, ${org.unit}` : org.name;
  // The organisation's name is its own, in Swedish: marked so in an English report.
  const own = (s: string) => (lang === 'sv' ? esc(s) : `<span lang="sv">${esc(s)}</span>`);
  // The plans' own words in the action tables (titles, owners, notes) are Swedish: marked so in an English report.
  const a = result.actions;
  const ownWords =
    lang === 'sv'
      ? []
      : [
          ...new Set(
            [...a.done, ...a.late, ...a.ongoing, ...a.dropped, ...a.new]
              .flatMap((x) => [x.title, ('owner' in x ? x.owner : undefined) ?? '', x.note ?? ''])
              .filter((w) => w.length > 1),
          ),
        ].sort((x, y) => y.length - x.length);
  const cell = (text: string) => {
    const word = ownWords.find((w) => text.includes(w));
    if (!word) return esc(text);
    const at = text.indexOf(word);
    return `${esc(text.slice(0, at))}${own(word)}${esc(text.slice(at + word.length))}`;
  };
  const toc: TocEntry[] = [];
  const header: string[] = [`<p class="kind">${esc(h.compareKind)}</p>`];
  const main: string[] = [];
  let open = false;
  let lastHeading = '';
  const close = () => {
    if (open) main.push('</section>');
    open = false;
  };
  const body = () => (open ? main : header);
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        header.push(`<h1>${around(t.title, name, own)}</h1>`);
        break;
      case 'heading': {
        const hid = id(b.text);
        lastHeading = b.text;
        if (b.level === 2) {
          close();
          toc.push({ id: hid, label: b.text, children: [] });
          main.push(`<section aria-labelledby="${hid}">`, `<h2 id="${hid}">${esc(b.text)}</h2>`);
          open = true;
        } else {
          toc[toc.length - 1]?.children?.push({ id: hid, label: b.text });
          main.push(`<h3 id="${hid}">${esc(b.text)}</h3>`);
        }
        break;
      }
      case 'paragraph':
        body().push(`<p>${esc(b.text)}</p>`);
        break;
      case 'notice':
        body().push(`<p class="notice"><strong>${esc(b.text)}</strong></p>`);
        break;
      case 'list':
        body().push(`<ul>\n${b.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}\n</ul>`);
        break;
      case 'table':
        body().push(
          renderTable({
            id: id(`${lastHeading}-table`),
            caption: lastHeading,
            head: b.head,
            numeric: b.align.flatMap((a, i) => (a === 'right' ? [i] : [])),
            rows: b.rows.map((r) => r.map(cell)),
          }),
        );
        break;
    }
  }
  close();
  return renderPage({ lang, title: t.title(name), header: header.join('\n'), toc, main: main.join('\n'), footer: `<p>${esc(t.footer)}</p>` });
}
