import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import type { Office } from '../../lib/schema/office';
import OfficeMarkerList from './OfficeMarkerList.svelte';

const office = (id: string, city: string, country: string, longitude: number, latitude: number): Office => ({
  id, city, country, longitude, latitude, asOf: 2022, sources: [{ seed: '003_5313141ccfe75a71.txt', quote: 'Vienna, Austria' }],
});

describe('OfficeMarkerList', () => {
  it('names each office and draws a symbol for it', () => {
    render(Harness, { props: { component: OfficeMarkerList, props: { offices: [office('vienna', 'Vienna', 'AT', 16.37, 48.21), office('abuja', 'Abuja', 'NG', 7.4, 9.08)], k: 1 } } });
    const list = screen.getByRole('list', { name: 'Offices of the programme’s team' });
    const items = screen.getAllByRole('listitem');
    expect(list).toBeInTheDocument();
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'ICMPD office in Vienna, Austria, where the programme’s team works (2022)',
      'ICMPD office in Abuja, Nigeria, where the programme’s team works (2022)',
    ]);
    expect(document.querySelectorAll('path.office-symbol')).toHaveLength(2);
  });
});
