// The three pieces of our own code kept beside a reference library, each measured against that library the way a
// command meets it: in a fresh process (what a user waits for once per command) and warm (what a batch repeats).
//   - the quick YAML reader (src/io/block-yaml.ts) against the yaml package;
//   - the TrueType reader and subsetter (src/render/pdf/truetype.ts, font-metrics.ts) against fontkit, through pdfkit;
//   - the number format (src/i18n/number-format.ts) against Intl.NumberFormat.
// Each child process runs this same file with a mode argument and prints one figure in milliseconds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberFormat } from '../src/i18n/number-format.ts';
import { readBlockYaml } from '../src/io/block-yaml.ts';
import { readKerning, TrueTypeMetrics } from '../src/render/pdf/font-metrics.ts';
import { TrueTypeFont } from '../src/render/pdf/truetype.ts';

const root = process.env.SKOLDIGIPLAN_ROOT ?? process.cwd();
const PLANS = ['storstad', 'landsbygd', 'fristaende'].map((p) => join(root, 'examples', `${p}.yaml`));
const FONT = join(root, 'data/fonts/DejaVuSansCondensed.ttf');
const YAML = pathToFileURL(join(root, 'node_modules/yaml/browser/index.js')).href;
const PDFKIT = pathToFileURL(join(root, 'dist/pdfkit.js')).href;
const RUNS = 15;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Text as much like a plan's as a bench needs: the example plans' own lines, with å, ä and ö. */
function planText(): string[] {
  return PLANS.flatMap((p) => readFileSync(p, 'utf8').split('\n')).filter((l) => l.trim().length > 20);
}

async function child(mode: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  switch (mode) {
    case 'yaml-library': {
      const { parse } = await import(YAML);
      for (const p of PLANS) parse(readFileSync(p, 'utf8'));
      return ms(t0);
    }
    case 'yaml-own': {
      for (const p of PLANS) if (!readBlockYaml(readFileSync(p, 'utf8'))) throw new Error(`${p}: not read by the quick reader`);
      return ms(t0);
    }
    case 'font-library':
    case 'font-own': {
      const PDFDocument = (await import(PDFKIT)).default;
      const bytes = readFileSync(FONT);
      const doc = new PDFDocument({ autoFirstPage: true, compress: false });
      doc.on('data', () => {});
      const done = new Promise((resolve) => doc.on('end', resolve));
      doc.registerFont('body', mode === 'font-own' ? new TrueTypeFont(bytes, new TrueTypeMetrics(bytes), readKerning(bytes)) : bytes);
      doc.font('body').fontSize(10);
      // Measure every line, as the layout does, and draw a few, so that a subset is made and embedded.
      const lines = planText();
      for (const line of lines) doc.widthOfString(line);
      for (const line of lines.slice(0, 40)) doc.text(line);
      doc.end();
      await done;
      return ms(t0);
    }
    case 'number-library': {
      new Intl.NumberFormat('sv-SE').format(1234567.5);
      return ms(t0);
    }
    case 'number-own': {
      numberFormat('sv').format(1234567.5);
      return ms(t0);
    }
  }
  throw new Error(`unknown mode ${mode}`);
}

function cold(mode: string): number {
  const r = spawnSync(process.execPath, [process.argv[1]!, mode], { cwd: root, encoding: 'utf8', env: { ...process.env, SKOLDIGIPLAN_ROOT: root } });
  if (r.status !== 0) throw new Error(`${mode}: ${r.stderr}`);
  return Number(r.stdout.trim());
}

async function warmYaml(): Promise<[number, number]> {
  const { parse } = await import(YAML);
  const texts = PLANS.map((p) => readFileSync(p, 'utf8'));
  const per = (f: (t: string) => unknown) => {
    for (let i = 0; i < 20; i++) for (const t of texts) f(t);
    const xs: number[] = [];
    for (let i = 0; i < 50; i++) {
      const t0 = process.hrtime.bigint();
      for (const t of texts) f(t);
      xs.push(ms(t0) / texts.length);
    }
    return median(xs);
  };
  return [per(parse), per(readBlockYaml)];
}

function row(name: string, library: number, own: number, unit = 'ms'): void {
  const d = unit === 'ms' ? 1 : 3;
  console.log(
    `  ${name.padEnd(44)} library ${library.toFixed(d).padStart(8)} ${unit}  own ${own.toFixed(d).padStart(8)} ${unit}  ${(library / own).toFixed(1)}× faster`,
  );
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode) {
    console.log((await child(mode)).toFixed(3));
    return;
  }
  const samples = new Map<string, number[]>();
  const modes = ['yaml-library', 'yaml-own', 'font-library', 'font-own', 'number-library', 'number-own'];
  // Interleaved, so that load on the machine falls on every mode alike.
  for (let i = 0; i < RUNS; i++) for (const m of modes) samples.set(m, [...(samples.get(m) ?? []), cold(m)]);
  const m = (k: string) => median(samples.get(k)!);
  console.log(`in a fresh process, median of ${RUNS} runs (loading the code included):`);
  row('read the 3 example plans (yaml / block-yaml)', m('yaml-library'), m('yaml-own'));
  row('measure their lines, embed a subset (fontkit / own)', m('font-library'), m('font-own'));
  row('first sv-SE number (Intl / numberFormat)', m('number-library'), m('number-own'));
  const [library, own] = await warmYaml();
  console.log('warm, median per plan of 50 rounds:');
  row('parse one example plan (yaml / block-yaml)', library, own);
}

await main();
