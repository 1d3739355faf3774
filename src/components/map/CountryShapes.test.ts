import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import CountryShapes, { type PictureMarker, type PictureShape } from './CountryShapes.svelte';

const shape = (over: Partial<PictureShape>): PictureShape => ({ key: 'k', code: null, d: 'M0,0l10,0 0,10z', hasData: false, highlighted: false, fill: '#eee', label: null, ...over });

const shapes: PictureShape[] = [
  shape({ key: 'nigeria', code: 'NG', hasData: true, fill: '#08589e', label: 'Nigeria, 2 projects' }),
  shape({ key: 'ghana', code: 'GH', hasData: true, highlighted: true, fill: '#7bccc4', label: 'Ghana, 1 project' }),
  shape({ key: 'france', code: 'FR' }),
  shape({ key: 'disputed' }),
];
const markers: PictureMarker[] = [{ code: 'ME', cx: '524.7', cy: '90.8', highlighted: false, fill: '#7bccc4', label: 'Montenegro, 1 project' }];

function show(tabStop: string | null, onclick = vi.fn()) {
  const handlers = { onpointermove: vi.fn(), onpointerenter: vi.fn(), onpointerleave: vi.fn(), onclick, onkeydown: vi.fn(), onfocusin: vi.fn(), onfocusout: vi.fn() };
  const onlive = vi.fn();
  const view = render(CountryShapes, { props: { label: 'Map of projects', drawn: { k: 4, x: -10, y: -20 }, shapes, markers, tabStop, zoom: () => {}, handlers, onlive } });
  return { ...view, onlive };
}

describe('CountryShapes', () => {
  it('makes the countries with projects buttons named by their labels, one of them the tab stop, and hides the rest', () => {
    const { container, onlive } = show('GH');
    expect(screen.getByRole('group', { name: 'Map of projects' })).toBeInTheDocument();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('tabindex')])).toEqual([
      ['Nigeria, 2 projects', '-1'],
      ['Ghana, 1 project', '0'],
      ['Montenegro, 1 project', '-1'],
    ]);
    expect(buttons.map((b) => b.id)).toEqual(['map-country-NG', 'map-country-GH', 'map-country-ME']);
    const france = container.querySelector('[data-key="france"]')!;
    expect([france.getAttribute('aria-hidden'), france.hasAttribute('role'), france.hasAttribute('tabindex'), france.hasAttribute('id')]).toEqual(['true', false, false, false]);
    expect(container.querySelector('[data-key="disputed"]')!.hasAttribute('data-code')).toBe(false);
    expect(onlive).toHaveBeenCalledTimes(1);
  });

  it('draws fills, the outlined countries and the marker at its place, sized for the zoom', () => {
    const { container } = show(null);
    const paths = [...container.querySelectorAll('path.country')];
    expect(paths.map((p) => p.getAttribute('fill'))).toEqual(['#08589e', '#7bccc4', '#eee', '#eee']);
    expect(paths.map((p) => p.classList.contains('highlighted'))).toEqual([false, true, false, false]);
    expect(paths.map((p) => p.classList.contains('has-data'))).toEqual([true, true, false, false]);
    const marker = container.querySelector('circle.marker')!;
    expect([marker.getAttribute('cx'), marker.getAttribute('cy'), marker.getAttribute('r')]).toEqual(['524.7', '90.8', '2.5']);
    expect(container.querySelector('svg > g')!.getAttribute('transform')).toBe('translate(-10,-20) scale(4)');
  });

  it('hands a click on a country to the map’s handler', async () => {
    const onclick = vi.fn();
    show('NG', onclick);
    await userEvent.click(screen.getByRole('button', { name: 'Nigeria, 2 projects' }));
    expect(onclick).toHaveBeenCalledTimes(1);
    expect((onclick.mock.calls[0]![0] as MouseEvent).target).toBe(document.getElementById('map-country-NG'));
  });
});
