// `npm run validate` on the real data and on each broken fixture, as an editor would run it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function validate(dir: string): { code: number; output: string } {
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/validate.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
}

describe('npm run validate', { timeout: 30_000 }, () => {
  it.each(['data', 'tests/fixtures/valid'])('passes on %s', (dir) => {
    const { code, output } = validate(dir);
    expect(output).toMatch(/All \d+ records in .* are valid/);
    expect(code).toBe(0);
  });

  it.each([
    ['broken-record', 'projects.json → "protect" (record 2) → kind: expected one of project, study, network, training, event, publication, found "projekt"'],
    ['unknown-country', 'projects.json → "ocwar-t" (record 1) → countries.3: expected an existing two-letter upper-case ISO country code such as "NG" (Kosovo: "XK"), found "ZZ"'],
    ['end-before-start', 'projects.json → "kosovo-study" (record 3) → period.end: expected an end year not before the start year, found 2010'],
    ['duplicate-id', 'milestones.json → "established" (record 2) → id: expected an id not used before (record 1 has it), found "established"'],
    ['year-out-of-range', 'milestones.json → "established" (record 1) → year: expected a year from 2002, found 1999'],
    ['missing-year-note', 'milestones.json → "natc-see" (record 2) → yearNote: expected a yearNote saying how the year was reconstructed'],
    ['bad-region-member', 'regions.json → "west-africa" (record 1) → countries.3: expected an existing two-letter upper-case ISO country code'],
    ['unsafe-link', 'projects.json → "ocwar-t" (record 1) → links.0.url: expected an address starting with http:// or https://, found "javascript:alert(1)"'],
    ['quote-not-in-seed', 'statistics.json → "projects" → sources.0.quote: expected words copied exactly from 003_5313141ccfe75a71.txt, found "95+ projects and actions"'],
    ['unknown-translation', 'regions.json → "west-africa" (record 1) → translations.fr.nom: expected only the translatable fields "name" (this one is not translated, or its name is misspelt), found "Afrique de l’Ouest (CEDEAO)"'],
    ['unknown-map-region', 'programme.json → "west-africa" → mapRegions.0: expected the id of a record in regions.json (west-africa, silk-routes-central-asia, see-western-balkans), found "west-afrika"'],
    ['unknown-show-id', 'show.json → slide 3 → milestone: expected the id of a record in milestones.json, found "natc-se", which no record in milestones.json has'],
    ['broken-json', 'regions.json → (whole file) → (JSON syntax): expected valid JSON, found line 5, column 5: expected a comma (,), found "\\"countries\\""'],
  ])('fails on %s, naming file, record and field', (fixture, line) => {
    const { code, output } = validate(`tests/fixtures/${fixture}`);
    expect(output).toContain(line);
    expect(output).toMatch(/^1 problem\(s\) in /m);
    expect(code).toBe(1);
  });
});
