// The map's zoom, as the components see it. d3-zoom (with d3-selection, d3-transition and d3-interpolate, about 15 KB
// compressed) arrives after the map has drawn: when the browser is idle, or at once when a pointer or a finger comes to
// the map. Zoom requests made before it arrives (the +/− buttons, a region preset), or before the map's picture is in
// place (it is hydrated after the page, CountryShapes.svelte), are carried out when both are.
import { MAP_HEIGHT, MAP_WIDTH } from '../../lib/geo/projection';
import { zoomAbout, type Transform } from '../../lib/geo/zoom';
import type { MapZoomEngine } from './map-zoom-engine';
import { whenIdle } from '../../lib/schedule/when-idle';

export interface MapZoomOptions {
  onZoom: (t: Transform) => void;
  /** A gesture or an animated zoom starts (true) or ends (false): the map moves as one picture in between. */
  onGesture: (active: boolean) => void;
  /** Wheel zoom only while the user is working with the map, so scrolling the page past it is not captured. */
  wheelAllowed: (event: WheelEvent) => boolean;
  onWheelRefused: () => void;
  reducedMotion: () => boolean;
}

/** No focus events here: Chromium makes an <svg> with its own focus listeners a tab stop. */
const APPROACH = ['pointerenter', 'touchstart'] as const;

export class MapZoom {
  #engine: Promise<MapZoomEngine> | null = null;
  #svg: SVGSVGElement | null = null;
  /** The transform last applied, so zoomBy works from where the map is even before the engine arrives. */
  #current: Transform = { k: 1, x: 0, y: 0 };
  /** The last zoom asked for while there was no picture to zoom, applied when one is attached. */
  #pending: Transform | null = null;
  #watchers = new Set<(t: Transform) => void>();

  constructor(private options: MapZoomOptions) {}

  #load(): Promise<MapZoomEngine> {
    this.#engine ??= import('./map-zoom-engine').then(({ MapZoomEngine }) => {
      const engine = new MapZoomEngine({
        ...this.options,
        onZoom: (t) => {
          this.#current = t;
          this.options.onZoom(t);
          for (const watch of this.#watchers) watch(t);
        },
      });
      if (this.#svg) this.#attachEngine(engine, this.#svg);
      return engine;
    });
    return this.#engine;
  }

  attach = (svg: SVGSVGElement) => {
    this.#svg = svg;
    // One finger scrolls the page on phones, from the first paint on; two fingers are the map's.
    svg.style.touchAction = 'pan-x pan-y';
    const load = () => void this.#load().catch(() => (this.#engine = null));
    for (const type of APPROACH) svg.addEventListener(type, load, { once: true, passive: true });
    const cancelIdle = this.#engine ? () => {} : whenIdle(load);
    void this.#engine?.then((engine) => this.#svg === svg && this.#attachEngine(engine, svg));
    return () => {
      cancelIdle();
      for (const type of APPROACH) svg.removeEventListener(type, load);
      void this.#engine?.then((engine) => engine.detach());
      this.#svg = null;
    };
  };

  #attachEngine(engine: MapZoomEngine, svg: SVGSVGElement) {
    engine.attach(svg);
    if (this.#pending) engine.zoomTo(this.#pending, false);
    this.#pending = null;
  }

  zoomTo(t: Transform, animate = true) {
    this.#load().then(
      (engine) => {
        if (this.#svg) engine.zoomTo(t, animate);
        else this.#pending = t;
      },
      () => (this.#engine = null),
    );
  }

  /**
   * Calls `watch` with each transform as the zoom sets it, outside Svelte's updates: a gesture's frames move the map's
   * picture this way (InteractiveMap), so a frame runs no effect. Hazard: a watcher must only write styles, never state.
   */
  watch(watch: (t: Transform) => void): () => void {
    this.#watchers.add(watch);
    return () => void this.#watchers.delete(watch);
  }

  zoomBy(factor: number) {
    this.zoomTo(zoomAbout(this.#current, factor, [MAP_WIDTH / 2, MAP_HEIGHT / 2]));
  }
}
