import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the Firefox build', () => {
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
