import { describe, expect, it } from 'vitest';
import type { Milestone } from '../../lib/schema/milestone';
import type { Domain } from '../../lib/timeline/view';
import { TrackGhost } from './track-ghost.svelte';
import { TrackLayout } from './track-layout.svelte';

const milestone = (id: string, year: number) => ({ id, year, category: 'programme', yearCertainty: 'stated', title: id }) as unknown as Milestone;
// Thirty milestones a year apart, 1994–2023: too many for titles on a narrow track, so the layout falls to marks.
const many = Array.from({ length: 30 }, (_, i) => milestone(`m${i}`, 1994 + i));
const whole: Domain = [1994, 2024];

function trackOf(held: Domain | null, view: Domain = whole, width = 400) {
  const track = new TrackLayout({ milestones: many, view, held });
  [track.width, track.height] = [width, 300];
  return track;
}

describe('TrackLayout', () => {
  it('lays the boxes out for the view on screen, with no shift, when nothing is held', () => {
    const track = trackOf(null);
    expect(track.view).toEqual(whole);
    expect(track.shift).toBeNull();
    expect(track.layout.placed.length + track.layout.clusters.reduce((n, c) => n + c.ids.length, 0)).toBe(many.length);
    const xs = track.layout.placed.map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(400);
  });

  it('keeps the layout of the held view during a gesture and slides it by the shift to the view on screen', () => {
    const zoomed: Domain = [2004, 2014];
    const track = trackOf(whole, zoomed);
    expect(track.view).toEqual(whole);
    expect(track.layout).toEqual(trackOf(null).layout);
    // Three times closer: the shift's scale is the ratio of the two spans.
    expect(track.shift!.k).toBeCloseTo(3);
    // The ticks follow the view on screen: a ten-year view ticks more years than a thirty-year one.
    expect(track.ticks.length).toBeGreaterThan(0);
  });

  it('places the rows under the top margin', () => {
    expect(trackOf(null).top(0)).toBeGreaterThanOrEqual(6);
  });
});

describe('TrackGhost', () => {
  function ghostOf(held: boolean, focusedId: string | null = null, openId: string | null = null) {
    const track = trackOf(held ? whole : null, [2004, 2014]);
    return new TrackGhost({ held, layout: track.layout, byId: track.byId, focusedId, openId, shift: track.shift, top: track.top });
  }
  const key = (k: string, target: EventTarget | null = null, repeat = false) => ({ key: k, target, repeat }) as unknown as KeyboardEvent;

  it('draws the marks as paths while a gesture holds the marks level, keeping the focused and the open box as boxes', () => {
    const ghost = ghostOf(true, 'm3', 'm7');
    expect(ghost.on).toBe(true);
    expect([...ghost.moving].sort()).toEqual(['m3', 'm7']);
    expect(ghost.marks.map((m) => m.id)).not.toContain('m3');
    expect(ghost.paths.length).toBeGreaterThan(0);
  });

  it('draws nothing without a gesture', () => {
    const ghost = ghostOf(false, 'm3');
    expect(ghost.on).toBe(false);
    expect(ghost.moving.size).toBe(0);
    expect(ghost.paths).toEqual([]);
  });

  it('ends the hold on Tab or a key in the track, not on a modifier, a repeat or a key typed elsewhere', () => {
    const ghost = ghostOf(true);
    const frame = document.createElement('div');
    const inside = frame.appendChild(document.createElement('button'));
    const elsewhere = document.createElement('input');
    expect(ghost.endsHold(key('Tab', elsewhere), frame)).toBe(true);
    expect(ghost.endsHold(key('ArrowRight', inside), frame)).toBe(true);
    expect(ghost.endsHold(key('a', elsewhere), frame)).toBe(false);
    expect(ghost.endsHold(key('Control', inside), frame)).toBe(false);
    expect(ghost.endsHold(key('ArrowRight', inside, true), frame)).toBe(false);
    expect(ghostOf(false).endsHold(key('Tab', elsewhere), frame)).toBe(false);
  });
});
