// What the tool does to the user's files when it writes: a plan reached through a link is written where the link
// points, modes are kept, new plans and drafts are private, hard links are said, and no plan is written too large to
// read back.
import { chmodSync, linkSync, lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as assess } from '../../src/commands/assess.ts';
import { writeDraft } from '../../src/commands/assess/draft.ts';
import { emptyState } from '../../src/commands/assess/state.ts';
import { run as importCsv } from '../../src/commands/import.ts';
import { run as render } from '../../src/commands/render.ts';
import { run as status } from '../../src/commands/status.ts';
import { run as validate } from '../../src/commands/validate.ts';
import { UserError } from '../../src/errors.ts';
import { requireBuiltinCatalogue } from '../../src/io/load-catalogue.ts';
import { MAX_YAML_BYTES } from '../../src/io/yaml-file.ts';
import { ROOT, testDir } from '../helpers/cli.ts';
import { testContext } from '../helpers/context.ts';

const context = (cwd: string) => testContext(cwd);

const STORSTAD = readFileSync(join(ROOT, 'examples/storstad.yaml'), 'utf8');
const mode = (file: string) => statSync(file).mode & 0o777;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as UserError,
  );

describe('a plan reached through a symbolic link', () => {
  it('status writes the plan the link points to, and the link stays a link', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), STORSTAD);
    symlinkSync('p.yaml', join(dir, 'link.yaml'));
    expect(await status(context(dir), ['link.yaml', 'A01', 'done'], { date: '2027-03-01' })).toBe(0);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.yaml'))).toBe('p.yaml');
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toMatch(/- id: A01[\s\S]*?status: done\n/);
  });

  it('assess --force over a link writes the plan it points to', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), '# an earlier plan\n');
    symlinkSync('p.yaml', join(dir, 'link.yaml'));
    writeFileSync(join(dir, 'svar.yaml'), STORSTAD);
    expect(await assess(context(dir), [], { answers: 'svar.yaml', output: 'link.yaml', format: [], force: true, date: '2027-03-01' })).toBe(0);
    expect(lstatSync(join(dir, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).toContain('organisation:');
  });
});

describe('permissions', () => {
  it('status keeps a plan at 0600, and another mode as it was', async () => {
    const dir = testDir();
    for (const [name, m] of [
      ['private.yaml', 0o600],
      ['group.yaml', 0o640],
    ] as const) {
      writeFileSync(join(dir, name), STORSTAD);
      chmodSync(join(dir, name), m);
      expect(await status(context(dir), [name, 'A02', 'in-progress'], { date: '2027-03-01' })).toBe(0);
      expect(mode(join(dir, name)).toString(8)).toBe(m.toString(8));
    }
  });

  it('a new plan from assess, a draft and a plan from import are readable by their owner only', async () => {
    const dir = testDir();
    const priv = (0o600 & ~process.umask()).toString(8);
    writeFileSync(join(dir, 'svar.yaml'), STORSTAD);
    expect(await assess(context(dir), [], { answers: 'svar.yaml', output: 'ny.yaml', format: [], date: '2027-03-01' })).toBe(0);
    expect(mode(join(dir, 'ny.yaml')).toString(8)).toBe(priv);
    const catalogue = requireBuiltinCatalogue('nationell', 'sv');
    writeDraft({ file: join(dir, 'ny.yaml.draft'), output: join(dir, 'ny.yaml'), lang: 'sv' }, emptyState(catalogue), catalogue);
    expect(mode(join(dir, 'ny.yaml.draft')).toString(8)).toBe(priv);
    writeFileSync(join(dir, 'svar.csv'), 'huvudman;kommunkod;e-post\nStockholms stad;0180;skolchef@stockholm.example\n');
    expect(await importCsv(context(dir), ['svar.csv'], { out: 'plans' })).toBe(0);
    expect(mode(join(dir, 'plans/0180-stockholm.yaml')).toString(8)).toBe(priv);
  });

  it('render keeps the mode of the output it replaces', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), STORSTAD);
    expect(await render(context(dir), ['p.yaml'], { format: ['md'], date: '2027-03-01' })).toBe(0);
    chmodSync(join(dir, 'p.md'), 0o640);
    expect(await render(context(dir), ['p.yaml'], { format: ['md'], date: '2027-03-02' })).toBe(0);
    expect(mode(join(dir, 'p.md')).toString(8)).toBe('640');
  });
});

describe('hard links', () => {
  it("status writes the name it was given, and warns that the plan's other names keep the old text", async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), STORSTAD);
    linkSync(join(dir, 'p.yaml'), join(dir, 'annan.yaml'));
    const ctx = context(dir);
    expect(await status(ctx, ['p.yaml', 'A01', 'done'], { date: '2027-03-01' })).toBe(0);
    expect(ctx.err.join('')).toContain('p.yaml: varning: p.yaml har ett namn till (hårda länkar), och det har kvar den gamla texten; bara p.yaml har den nya');
    expect(readFileSync(join(dir, 'annan.yaml'), 'utf8')).toBe(STORSTAD);
    expect(readFileSync(join(dir, 'p.yaml'), 'utf8')).not.toBe(STORSTAD);
  });
});

describe('nothing is written that cannot be read back', () => {
  it('status --note that would take the plan past the size limit is refused, naming the text, and the plan is unchanged', async () => {
    const dir = testDir();
    const file = join(dir, 'p.yaml');
    // A comment fills the plan to just under the limit; the note is then the longest text in it.
    const filler = `# ${'x'.repeat(MAX_YAML_BYTES - Buffer.byteLength(STORSTAD) - 200)}\n`;
    writeFileSync(file, filler + STORSTAD);
    const before = readFileSync(file, 'utf8');
    expect(await validate(context(dir), ['p.yaml'], {})).toBe(0);
    const e = await failure(status(context(dir), ['p.yaml', 'A02', 'done'], { date: '2027-03-01', note: 'Klart. '.repeat(60).trim() }));
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toMatch(
      /^p\.yaml skulle bli för stor \(2\s09\d\s\d{3} byte; högst 2\s097\s152 byte \(2 MB\)\), så den skrivs inte; längst är texten vid actions › A02 › log › 1 › note \(419 tecken\)$/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('import refuses a row whose 3 MB text would make a plan too large, at its row and column, and writes no file', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'svar.csv'), `huvudman;kommunkod;1.2.a;1.2.a kommentar\nStockholms stad;0180;2→3;${'lång text '.repeat(300_000)}\n`);
    const ctx = context(dir);
    expect(await importCsv(ctx, ['svar.csv'], { out: 'plans' })).toBe(1);
    expect(ctx.err.join('')).toMatch(
      /^svar\.csv:2:4: fel: raden skulle bli en plan för stor för att läsas in igen \(3,\d MB; högst 2 MB\), så den skrivs inte; längst är texten i kolumn 4 \(1\.2\.a kommentar\) \(3\s000\s000 tecken\)$/m,
    );
    expect(() => statSync(join(dir, 'plans/0180-stockholm.yaml'))).toThrow();
  });

  it('a file just over the limit is refused with figures that differ', async () => {
    const dir = testDir();
    writeFileSync(join(dir, 'p.yaml'), `# ${'x'.repeat(MAX_YAML_BYTES)}\n${STORSTAD}`);
    const ctx = context(dir);
    expect(await validate(ctx, ['p.yaml'], {})).toBe(1);
    const size = statSync(join(dir, 'p.yaml')).size.toLocaleString('sv-SE').replace(/\s/g, '\u00a0');
    expect(ctx.err.join('')).toContain(`p.yaml: fel: filen är för stor (${size} byte; högst 2\u00a0097\u00a0152 byte (2 MB))`);
  });
});
