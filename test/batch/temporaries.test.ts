// After kill -9 during a batch, its hidden temporary files stay in --out; the next run removes them, and nothing else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, testDir } from '../helpers/cli.ts';
import { runMain } from '../helpers/main.ts';

describe('a batch run', () => {
  it('removes the temporary files a killed run left in --out, and keeps everything that only looks like them', async () => {
    const dir = testDir();
    copyFileSync(join(ROOT, 'examples/storstad.yaml'), join(dir, 'storstad.yaml'));
    const out = join(dir, 'ut');
    mkdirSync(out);
    // The id of a process that has ended, as a run killed earlier has.
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const hourAgo = new Date(Date.now() - 3_600_000);
    const plant = (name: string, opts: { time?: Date; folder?: boolean } = {}) => {
      const path = join(out, name);
      if (opts.folder) mkdirSync(path);
      else writeFileSync(path, 'halvskriven');
      utimesSync(path, opts.time ?? hourAgo, opts.time ?? hourAgo);
    };
    const stale = [`.0180-stockholm.md.${dead}.105.tmp`, `.overview.csv.${dead}.0.tmp`, `.0582-soderkoping.json.${dead}.7.tmp`];
    for (const name of stale) plant(name);
    const kept = [
      // Not names the writer gives.
      `.anteckningar.${dead}.tmp`,
      `anteckningar.md.${dead}.0.tmp`,
      `.anteckningar.md.${dead}.0.tmp.bak`,
      `.anteckningar.md.${dead}.x.tmp`,
      `.anteckningar.md.${dead}.0.TMP`,
      'egen.md',
    ];
    for (const name of kept) plant(name);
    // The writer's names, but a folder, a link, a file changed after the run started, and one of a process that runs.
    plant(`.mapp.${dead}.1.tmp`, { folder: true });
    symlinkSync(join(dir, 'storstad.yaml'), join(out, `.lank.yaml.${dead}.2.tmp`));
    plant(`.ny.md.${dead}.3.tmp`, { time: new Date(Date.now() + 3_600_000) });
    plant(`.pagaende.md.${process.ppid}.4.tmp`);
    kept.push(`.mapp.${dead}.1.tmp`, `.lank.yaml.${dead}.2.tmp`, `.ny.md.${dead}.3.tmp`, `.pagaende.md.${process.ppid}.4.tmp`);

    const r = await runMain(['batch', 'storstad.yaml', '--out', 'ut', '--jobs', '1', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(out);
    for (const name of stale) expect(names, name).not.toContain(name);
    for (const name of kept) expect(existsSync(join(out, name)), name).toBe(true);
    expect(names).toContain('overview.md');
    expect(names.filter((n) => n.endsWith('.tmp')).sort()).toEqual(kept.filter((n) => n.endsWith('.tmp')).sort());
  });
});
