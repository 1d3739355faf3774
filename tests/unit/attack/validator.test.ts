// Attack suite (issue 22): `npm run validate` on broken copies of the datasets under tests/fixtures/, as an editor runs it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(dir: string): { code: number; output: string } {
  try {
    return { code: 0, output: execFileSync('npx', ['tsx', 'scripts/validate.ts', dir], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('npm run validate against hostile datasets', { timeout: 30_000 }, () => {
  it('reads past a byte-order mark, as the browser and the build do', () => {
    const { code, output } = validate('tests/fixtures/byte-order-mark');
    expect(output).toMatch(/All 23 records in .* are valid/);
    expect(code).toBe(0);
  });

  it.each([
    ['control-character', 'regions.json → "west-africa" (record 1) → name: expected text without control characters, found U+0008 at position 5'],
    ['text-too-long', 'statistics.json → "projects" (record 2) → label: expected a text of at most 300 characters, found a text of 10000 characters'],
    ['impossible-date', 'milestones.json → "established" (record 1) → date: expected a date that exists in the calendar, found "2002-02-31" (February 2002 has 28 days)'],
    ['unknown-country', 'projects.json → "ocwar-t" (record 1) → countries.3: expected an existing two-letter upper-case ISO country code such as "NG" (Kosovo: "XK"), found "ZZ"'],
  ])('fails on %s, naming file, record, field and what it found', (fixture, line) => {
    const { code, output } = validate(`tests/fixtures/${fixture}`);
    expect(output).toContain(line);
    expect(output).toMatch(/^1 problem\(s\) in /m);
    expect(code).toBe(1);
  });
});
