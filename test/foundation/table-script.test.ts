// The HTML documents' table script, run in jsdom: the filter's status line counts rows with the right word form.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlText } from '../../src/i18n/html.ts';
import { TABLE_SCRIPT } from '../../src/render/html/table-script.ts';

function page(lang: 'sv' | 'en', names: string[]): JSDOM {
  const rows = names.map((n) => `<tr><th scope="row">${n}</th><td>1</td></tr>`).join('');
  return new JSDOM(
    `<!doctype html><html lang="${lang}"><body><table id="t" data-sortable><thead><tr><th scope="col">Namn</th><th scope="col">Antal</th></tr></thead>` +
      `<tbody>${rows}</tbody></table><script>${TABLE_SCRIPT(htmlText[lang])}</script></body></html>`,
    { runScripts: 'dangerously' },
  );
}

function filter(dom: JSDOM, text: string): string {
  const input = dom.window.document.getElementById('t-filter') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new dom.window.Event('input'));
  return dom.window.document.querySelector('.filter [role="status"]')?.textContent ?? '';
}

describe('the table filter', () => {
  it.each([
    ['sv', ['Alby'], 'Visar 1 av 1 rad.'],
    ['sv', ['Alby', 'Borby'], 'Visar 1 av 2 rader.'],
    ['en', ['Alby'], 'Showing 1 of 1 row.'],
    ['en', ['Alby', 'Borby'], 'Showing 1 of 2 rows.'],
  ] as const)('in %s over %j says %s', (lang, names, status) => {
    const dom = page(lang, [...names]);
    expect(filter(dom, 'alby')).toBe(status);
    expect(filter(dom, '')).toBe('');
  });
});
