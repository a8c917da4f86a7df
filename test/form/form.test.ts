// `form` run in process: one self-contained page whose policy admits exactly its own script and style.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/form.ts';
import { UserError } from '../../src/errors.ts';
import { builtinCatalogue } from '../../src/io/load-catalogue.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';
import { context } from '../merge/helpers.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('form', () => {
  it('writes one page, under 300 KB, that asks every indicator of the catalogue and loads nothing', async () => {
    const dir = testDir();
    const ctx = context(dir);
    expect(await run(ctx, [], {})).toBe(0);
    const html = readFileSync(join(dir, 'enkat.html'), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThan(300 * 1024);
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    const catalogue = builtinCatalogue('nationell')!;
    for (const i of catalogue.indicators) expect(html).toContain(`name="current-${i.id.replace(/\./g, '-')}"`);
    // Nothing to fetch: no external address in any attribute, no src at all.
    expect(html).not.toMatch(/\s(?:src|href|action)="(?!#)/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(ctx.err()).toContain(`enkat.html är skriven`);
    expect(ctx.err()).toContain(`${catalogue.indicators.length} frågor`);
  });

  it('allows only its own inline script and style, by their hashes', async () => {
    const dir = testDir();
    await run(context(dir), [], { output: 'e.html' });
    const html = readFileSync(join(dir, 'e.html'), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;|&apos;/g, "'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toBe(`default-src 'none'; script-src ${hash(scripts[0]!)}; style-src ${hash(styles[0]!)}; form-action 'none'; base-uri 'none'`);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it('shows the organiser from a plan, in English with --lang en, and offers only the roles asked for', async () => {
    const dir = testDir();
    const ctx = context(dir, 'en');
    expect(await run(ctx, [], { organisation: join(ROOT, 'examples/landsbygd.yaml'), role: ['larare', 'rektor'] })).toBe(0);
    const html = readFileSync(join(dir, 'questionnaire.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Questionnaire on digital development – Exempelby kommun</h1>');
    expect([...html.matchAll(/name="role" id="role-(\w+)"/g)].map((m) => m[1])).toEqual(['rektor', 'larare']);
    const data = JSON.parse(/<script type="application\/json" id="form-data">(.*?)<\/script>/.exec(html)![1]!);
    expect(data.organisation).toEqual({
      name: 'Exempelby kommun',
      kind: 'municipality',
      municipalityCode: '2506',
      schoolForms: ['forskola', 'forskoleklass', 'grundskola', 'fritidshem', 'komvux'],
    });
    // The contact person is the organiser's, not the respondent's: it stays out of the page.
    expect(html).not.toContain('Karin');
  });

  it('takes --role as people write the roles, and refuses a role it does not know with exit 2', async () => {
    const dir = testDir();
    const ok = await runMain(['form', '-o', 'enkat.html', '--role', 'Lärare, IT-personal,rektor'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    const html = readFileSync(join(dir, 'enkat.html'), 'utf8');
    expect([...html.matchAll(/name="role" id="role-(\w+)"/g)].map((m) => m[1])).toEqual(['rektor', 'larare', 'it']);
    const bad = await runMain(['form', '-o', 'enkat2.html', '--role', 'vaktmästare'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('vaktmästare');
  });

  it('does not overwrite a file without --force', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'enkat.html'), 'mitt eget');
    await expect(run(context(dir), [], {})).rejects.toBeInstanceOf(UserError);
    expect(readFileSync(join(dir, 'enkat.html'), 'utf8')).toBe('mitt eget');
    expect(await run(context(dir), [], { force: true })).toBe(0);
  });
});
