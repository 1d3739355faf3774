// The team's offices (offices.json), shared so the map picture, its legend and the figures can name them without a
// prop through every layer. Optional: without it (a component test, a failed download) no office is shown.
import { getContext, setContext } from 'svelte';
import type { Office } from '../lib/schema/office';

const KEY = Symbol('offices');
type Offices = () => readonly Office[];

export function setOffices(offices: Offices): void {
  setContext(KEY, offices);
}

export function getOffices(): Offices {
  return getContext<Offices | undefined>(KEY) ?? (() => []);
}
