// ?scheme=dark|light: the colour scheme a host asks for its embed (otherwise the reader's system setting decides).
// Not ?theme=: that is the map's project-theme filter (map-params.ts), and ?theme=dark would read as an unknown theme.
import type { IgnoredParam } from './port';

export const SCHEMES = ['dark', 'light'] as const;
export type Scheme = (typeof SCHEMES)[number];

export interface ParsedSchemeParams {
  scheme: Scheme | null;
  ignored: IgnoredParam[];
}

export function parseSchemeParams(search: string): ParsedSchemeParams {
  const raw = new URLSearchParams(search).get('scheme');
  if (raw === null) return { scheme: null, ignored: [] };
  const value = raw.trim().toLowerCase();
  return (SCHEMES as readonly string[]).includes(value) ? { scheme: value as Scheme, ignored: [] } : { scheme: null, ignored: [{ name: 'scheme', value: raw }] };
}
