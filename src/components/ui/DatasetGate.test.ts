import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import { FakeQuery } from '../../../tests/harness/fake-query.svelte';
import GateWithContent from '../../../tests/harness/GateWithContent.svelte';

function setup() {
  const a = new FakeQuery<unknown>();
  const b = new FakeQuery<unknown>();
  render(Harness, { props: { component: GateWithContent, props: { queries: [a, b] } } });
  return { a, b };
}

describe('DatasetGate', () => {
  it('shows a busy placeholder until every file has loaded', () => {
    const { a, b } = setup();
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByText('Loading… the test view')).toBeInTheDocument();
    a.succeed({ records: [], problems: [] });
    flushSync();
    expect(screen.queryByText('The content')).toBeNull();
    b.succeed({ records: [], problems: [] });
    flushSync();
    expect(screen.getByText('The content')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the failure in an alert and retries only the failed file', async () => {
    const { a, b } = setup();
    a.succeed({ records: [], problems: [] });
    b.fail('regions.json could not be downloaded: the server answered 500.');
    flushSync();
    expect(screen.getByRole('alert')).toHaveTextContent('This view could not load its data.');
    expect(screen.getByRole('alert')).toHaveTextContent('regions.json could not be downloaded: the server answered 500.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(b.refetches).toBe(1);
    expect(a.refetches).toBe(0);
    expect(screen.getByRole('button', { name: 'Loading…' })).toBeDisabled();
  });

  it('shows the content with a notice naming the bad records', () => {
    const { a, b } = setup();
    a.succeed({
      records: [],
      problems: [
        { file: 'projects.json', record: '"x" (record 2)', field: 'kind', expected: 'one of project, study', found: '"projekt"' },
        { file: 'projects.json', record: '"x" (record 2)', field: 'themes', expected: 'at least one theme', found: '[]' },
      ],
    });
    b.succeed({ records: [], problems: [] });
    flushSync();
    expect(screen.getByText('The content')).toBeInTheDocument();
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('1 record in projects.json was left out because of mistakes in the file:');
    expect(notice).toHaveTextContent('projects.json → "x" (record 2) → kind: expected one of project, study, found "projekt"');
  });
});
