// The published package works: packed, installed into an empty folder and run with npx, and installed globally
// (into a temporary prefix) and run as `skoldigiplan` from another folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

describe('npm pack', () => {
  it('installs from the tarball and runs `npx skoldigiplan --version`, `catalogue`, `validate` and a PDF render; installed globally it runs anywhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-pack-'));
    try {
      const out = execFileSync('npm', ['pack', '--pack-destination', dir, '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
      const tarball = join(dir, JSON.parse(out)[0].filename);
      const app = join(dir, 'app');
      execFileSync('mkdir', ['-p', app]);
      writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      const run = (args: string[]) =>
        spawnSync('npx', ['--no-install', 'skoldigiplan', ...args], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      const v = run(['--version']);
      expect(v.stdout.trim()).toBe(version);
      expect(v.status).toBe(0);
      const c = run(['catalogue']);
      expect(c.status).toBe(0);
      expect(c.stdout).toContain('Fokusområde 1');
      const val = run(['validate', join(app, 'node_modules/skoldigiplan/examples/storstad.yaml')]);
      expect(val.stderr).not.toMatch(/fel:/);
      expect(val.status).toBe(0);
      // The PDF path loads pdfkit's bundle and pdfkit's own data files (the sRGB profile of PDF/A) from the install.
      const pdf = run([
        'render',
        join(app, 'node_modules/skoldigiplan/examples/storstad.yaml'),
        '--format',
        'pdf',
        '--pdf-profile',
        'archive',
        '-o',
        join(app, 'plan.pdf'),
      ]);
      expect(pdf.stderr).not.toMatch(/fel:/);
      expect(pdf.status).toBe(0);
      expect(readFileSync(join(app, 'plan.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Through npx, the tool's hints name the command as it was started.
      const hint = run(['assess']);
      expect(hint.status).toBe(2);
      expect(hint.stderr).toContain('npx skoldigiplan assess --answers');

      // Installed globally (into a folder of its own), it runs from any folder as `skoldigiplan`.
      const prefix = join(dir, 'global');
      execFileSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
      const elsewhere = join(dir, 'plans');
      execFileSync('mkdir', ['-p', elsewhere]);
      // npm's own variables would say "started through npx"; a user's shell has none of them.
      const shellEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));
      const bin = join(prefix, 'bin', 'skoldigiplan');
      const help = spawnSync(bin, ['assess', '--help'], { cwd: elsewhere, encoding: 'utf8', env: { ...shellEnv, NO_COLOR: '1' } });
      expect(help.stderr).toBe('');
      expect(help.status).toBe(0);
      expect(help.stdout).toContain('Användning: skoldigiplan assess [flaggor]');
      const plain = spawnSync(bin, ['assess'], { cwd: elsewhere, encoding: 'utf8', env: { ...shellEnv, NO_COLOR: '1' } });
      expect(plain.status).toBe(2);
      expect(plain.stderr).toContain('eller utan frågor: skoldigiplan assess --answers');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
