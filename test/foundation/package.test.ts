// The published package works: packed, installed into an empty folder, and run with npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';

describe('npm pack', () => {
  it('installs from the tarball and runs `npx skoldigiplan --version`, `catalogue`, `validate` and a PDF render', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skoldigiplan-pack-'));
    try {
      const out = execFileSync('npm', ['pack', '--pack-destination', dir, '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
      const tarball = join(dir, JSON.parse(out)[0].filename);
      const app = join(dir, 'app');
      execFileSync('mkdir', ['-p', app]);
      writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
      const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
      const run = (args: string[]) => spawnSync('npx', ['--no-install', 'skoldigiplan', ...args], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
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
      const pdf = run(['render', join(app, 'node_modules/skoldigiplan/examples/storstad.yaml'), '--format', 'pdf', '--pdf-profile', 'archive', '-o', join(app, 'plan.pdf')]);
      expect(pdf.stderr).not.toMatch(/fel:/);
      expect(pdf.status).toBe(0);
      expect(readFileSync(join(app, 'plan.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
