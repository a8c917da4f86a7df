// The browser harness itself: Debian's chromium starts, axe-core reports a real violation and none on a clean page,
// and a request to anywhere but the file is seen.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openFile, scrollsSideways, useBrowser } from '../helpers/browser.ts';
import { testDir } from '../helpers/cli.ts';

const browser = useBrowser();

const page = (body: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Prov</title></head><body><main><h1>Prov</h1>${body}</main></body></html>`;

describe('browser harness', () => {
  it('finds an image without a text alternative, and nothing on a clean page', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'bad.html'), page('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    writeFileSync(join(dir, 'good.html'), page('<p>Åtgärder för skolans digitalisering.</p>'));
    const bad = await openFile(await browser(), join(dir, 'bad.html'));
    expect((await axeViolations(bad.page)).map((v) => v.id)).toContain('image-alt');
    const good = await openFile(await browser(), join(dir, 'good.html'));
    expect(await axeViolations(good.page)).toEqual([]);
    expect(good.requests).toEqual([]);
  });

  it('logs a request to another address and sees sideways scrolling at 320 px', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'wide.html'), page('<div style="width:900px">bred</div><link rel="stylesheet" href="http://127.0.0.1:9/x.css">'));
    const opened = await openFile(await browser(), join(dir, 'wide.html'), { width: 320 });
    expect(opened.requests).toEqual(['http://127.0.0.1:9/x.css']);
    expect(await scrollsSideways(opened.page)).toBe(true);
  });
});
