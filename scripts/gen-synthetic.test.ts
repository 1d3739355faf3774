// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_DATASETS } from '../src/lib/schema/datasets';
import { generate } from './gen-synthetic';

describe('synthetic datasets', () => {
  it('hold every dataset the app reads, so the bench builds the same page as the site (with its prerendered map)', () => {
    const { dir, projects } = generate(2);
    expect(projects).toBeGreaterThan(0);
    const missing = [...ALL_DATASETS.map((spec) => spec.file), 'sources.json'].filter((file) => !existsSync(join(dir, file)));
    expect(missing).toEqual([]);
  });
});
