// The geometry file is checked where it enters: a broken one names the field, instead of failing in the drawing.
import { describe, expect, it } from 'vitest';
import { parseTopology } from './topology';

const good = { format: 'projected-world/1', unit: 0.1, width: 960, height: 430, arcs: [[0, 0, 10, 0, 0, 10, -10, -10]], countries: [{ id: '566', name: 'Nigeria', arcs: [[[0]]] }] };

describe('parseTopology', () => {
  it('accepts a well-formed file', () => {
    expect(parseTopology('map', good).countries[0]?.name).toBe('Nigeria');
  });

  it.each([
    { json: null, message: /format: expected "projected-world\/1", found null/ },
    { json: { type: 'Topology', arcs: [], objects: {} }, message: /format: expected "projected-world\/1", found undefined/ },
    { json: { ...good, unit: 0 }, message: /unit: expected a positive number, found 0/ },
    { json: { ...good, arcs: [[0, 0, 1.5, 0]] }, message: /arcs\[0\]: expected an even list of at least 4 integers/ },
    { json: { ...good, countries: [{ name: 'Nigeria', arcs: [[[1]]] }] }, message: /countries\[0\]\.arcs: expected polygons of rings of arc indices below 1/ },
    { json: { ...good, countries: [{ id: 566, name: 'Nigeria', arcs: [[[0]]] }] }, message: /countries\[0\]\.id: expected a string or nothing, found 566/ },
    { json: { ...good, countries: [{ arcs: [[[0]]] }] }, message: /countries\[0\]\.name: expected a name/ },
  ])('rejects $message', ({ json, message }) => {
    expect(() => parseTopology('map', json)).toThrow(message);
  });
});
