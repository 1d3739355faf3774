// ?embed=map|timeline|figures shows one view alone, for an <iframe> on another site. Other parameters pass through.
// A malformed value is reported and ignored (the whole page shows), never thrown.
import type { IgnoredParam } from './port';

export const EMBED_VIEWS = ['map', 'timeline', 'figures'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

export interface ParsedEmbedParams {
  embed: EmbedView | null;
  ignored: IgnoredParam[];
}

export function parseEmbedParams(search: string): ParsedEmbedParams {
  const raw = new URLSearchParams(search).get('embed');
  if (raw === null) return { embed: null, ignored: [] };
  const value = raw.trim().toLowerCase();
  return (EMBED_VIEWS as readonly string[]).includes(value) ? { embed: value as EmbedView, ignored: [] } : { embed: null, ignored: [{ name: 'embed', value: raw }] };
}

/** The query string with ?embed set (or removed for null); others keep their order and values. Returns "" or "?…". */
export function serializeEmbedParams(search: string, embed: EmbedView | null): string {
  const params = new URLSearchParams(search);
  if (embed) params.set('embed', embed);
  else params.delete('embed');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The same address with ?embed set or removed, and no #fragment (an embedded view has nothing to jump to). */
export function withEmbed(href: string, embed: EmbedView | null): string {
  const url = new URL(href);
  url.search = serializeEmbedParams(url.search, embed);
  url.hash = '';
  return url.href;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Heights (px) that show each view whole at a laptop's width; the page posts its real height for hosts that listen. */
export const EMBED_HEIGHTS: Record<EmbedView, number> = { map: 900, timeline: 720, figures: 1100 };

/** The <iframe> a host site pastes in. `class="atp-embed"` lets the host's height listener find it. */
export function embedSnippet(href: string, view: EmbedView, height: number, title: string): string {
  const h = Number.isFinite(height) ? Math.min(5000, Math.max(200, Math.round(height))) : EMBED_HEIGHTS[view];
  return `<iframe class="atp-embed" src="${escapeAttribute(withEmbed(href, view))}" title="${escapeAttribute(title)}" width="100%" height="${h}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
