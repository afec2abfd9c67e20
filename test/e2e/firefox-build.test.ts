import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the Firefox build', () => {
  it('ships without the test build\'s host access and test bridge', () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8')) as { permissions: string[]; content_scripts?: unknown };
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage', 'alarms', 'notifications']);
    expect(manifest.content_scripts).toBeUndefined();
    expect(existsSync('.output/firefox-mv2/content-scripts')).toBe(false);
    const scripts = readdirSync('.output/firefox-mv2', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(scripts).toContain('background.js');
    for (const script of scripts) expect(readFileSync(`.output/firefox-mv2/${script}`, 'utf8')).not.toMatch(/vacancy-clipper:test-request|test:tabOf/);
  });

  it('passes web-ext lint with no errors', () => {
    expect(existsSync('.output/firefox-mv2/manifest.json')).toBe(true);
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-input'], { encoding: 'utf8' });
    } catch (error) {
      // web-ext exits non-zero on errors; its report is still on stdout.
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((error) => `${error.code}: ${error.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 180_000); // web-ext takes 15 s here, a minute when the machine is busy
});
