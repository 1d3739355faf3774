import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import TimelineLegend from './TimelineLegend.svelte';

const counts = { policy: 10, 'capacity-building': 8, research: 5, partnership: 6, programme: 6 };

function setup(hidden: string[] = []) {
  const ontoggle = vi.fn();
  render(Harness, { props: { component: TimelineLegend, props: { counts, hidden, ontoggle } } });
  return { ontoggle };
}

describe('TimelineLegend', () => {
  it('is a group of categories, each named in words with its count', () => {
    setup();
    const group = screen.getByRole('group', { name: 'Categories' });
    expect(group).toBeInTheDocument();
    for (const [name, n] of [['Policy', 10], ['Capacity building', 8], ['Research', 5], ['Partnership', 6], ['Programme', 6]] as const)
      expect(screen.getByRole('checkbox', { name: `${name} (${n})` })).toBeChecked();
  });

  it('explains the hollow mark in words, so colour and shape are never the only cue', () => {
    setup();
    expect(screen.getByText('Hollow mark: year approximate')).toBeInTheDocument();
  });

  it('shows hidden categories unticked', () => {
    setup(['research']);
    expect(screen.getByRole('checkbox', { name: 'Research (5)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Policy (10)' })).toBeChecked();
  });

  it.each([
    { hidden: [], name: 'Policy (10)', expected: ['policy', false] },
    { hidden: ['programme'], name: 'Programme (6)', expected: ['programme', true] },
  ])('clicking $name reports $expected', async ({ hidden, name, expected }) => {
    const user = userEvent.setup();
    const { ontoggle } = setup(hidden);
    await user.click(screen.getByRole('checkbox', { name }));
    expect(ontoggle).toHaveBeenCalledWith(...expected);
  });

  it('is operable from the keyboard', async () => {
    const user = userEvent.setup();
    const { ontoggle } = setup();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Policy (10)' })).toHaveFocus();
    await user.keyboard(' ');
    expect(ontoggle).toHaveBeenCalledWith('policy', false);
  });

  it('folds behind one line saying how many are hidden, in an embed', async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: TimelineLegend, props: { counts, hidden: ['research', 'policy'], ontoggle: vi.fn(), folded: true } } });
    const summary = screen.getByText('Categories (2 hidden)');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    await user.click(summary);
    expect(screen.getByRole('checkbox', { name: 'Research (5)' })).toBeVisible();
  });
});
