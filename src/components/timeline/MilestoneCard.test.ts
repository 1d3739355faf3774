import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import type { Milestone } from '../../lib/schema/milestone';
import MilestoneCard from './MilestoneCard.svelte';

const base: Milestone = {
  id: 'natc-see',
  year: 2010,
  yearCertainty: 'inferred',
  yearNote: 'Reasoned from the brochure layout.',
  title: 'NATC SEE Secretariat',
  detail: 'ICMPD became the Secretariat of the network.',
  category: 'partnership',
  countries: ['XK', 'ME', 'AL'],
  publication: { label: 'The handbook (PDF)', url: 'https://www.icmpd.org/file.pdf' },
  sources: [{ seed: '003_5313141ccfe75a71.txt', quote: 'Secretariat since 2010' }],
};

function setup(milestone: Milestone = base) {
  const onclose = vi.fn();
  const onpresent = vi.fn();
  render(Harness, { props: { component: MilestoneCard, props: { milestone, onclose, onpresent } } });
  return { onclose, onpresent };
}

describe('MilestoneCard', () => {
  it('names the milestone, its year, category and detail', () => {
    setup();
    const card = screen.getByRole('article', { name: 'NATC SEE Secretariat' });
    expect(card).toHaveTextContent('2010');
    expect(card).toHaveTextContent('Partnership');
    expect(card).toHaveTextContent('ICMPD became the Secretariat of the network.');
  });

  it('says when the year is approximate, and how it was dated', () => {
    setup();
    expect(screen.getByText('year approximate')).toBeInTheDocument();
    expect(screen.getByText('How the year was dated')).toBeInTheDocument();
    expect(screen.getByText('Reasoned from the brochure layout.')).toBeInTheDocument();
  });

  it('does not mention approximation for a stated year', () => {
    setup({ ...base, yearCertainty: 'stated' });
    expect(screen.queryByText('year approximate')).toBeNull();
    expect(screen.queryByText('How the year was dated')).toBeNull();
  });

  it('names the countries in the interface language, Kosovo included, in alphabetical order', () => {
    setup();
    expect(screen.getByText('Albania, Kosovo, Montenegro')).toBeInTheDocument();
  });

  it.each([
    { when: '2021-09-16', expected: '16 September 2021' },
    { when: '2021-09', expected: 'September 2021' },
  ])('gives the date as precisely as the data: $when → $expected', ({ when, expected }) => {
    setup({ ...base, year: 2021, date: when });
    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('links the publication, and only over http(s)', () => {
    setup();
    expect(screen.getByRole('link', { name: 'The handbook (PDF)' })).toHaveAttribute('href', 'https://www.icmpd.org/file.pdf');
  });

  it('renders no link for a non-web address, even if one slipped past the schema', () => {
    setup({ ...base, publication: { label: 'Bad', url: 'javascript:alert(1)' } });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders dataset text as text, never as markup', () => {
    setup({ ...base, title: '<img src=x onerror=alert(1)>' });
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows each source by its quote, never by its file name', () => {
    setup();
    expect(screen.getByText('Secretariat since 2010')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('.txt');
  });

  it('closes and presents through its buttons', async () => {
    const user = userEvent.setup();
    const { onclose, onpresent } = setup();
    await user.click(screen.getByRole('button', { name: 'Close “NATC SEE Secretariat”' }));
    expect(onclose).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Present from here' }));
    expect(onpresent).toHaveBeenCalledOnce();
  });
});
