// d3-zoom on the map's <svg>: gestures in, a transform out. It only writes the transform into state; Svelte moves
// the elements. Loaded on demand by map-zoom.ts, so the map's first paint does not wait for d3-zoom.
import { select, zoom, zoomIdentity, type D3ZoomEvent, type Selection, type ZoomBehavior } from 'd3';
import { MAP_HEIGHT, MAP_WIDTH } from '../../lib/geo/projection';
import { MAX_ZOOM, MIN_ZOOM, type Transform } from '../../lib/geo/zoom';
import type { MapZoomOptions } from './map-zoom';

export class MapZoomEngine {
  #behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  #svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;

  constructor(private options: MapZoomOptions) {
    this.#behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .extent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]])
      .translateExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]])
      .filter((event: Event) => this.#accepts(event))
      .on('start', () => this.options.onGesture(true))
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const { k, x, y } = event.transform;
        this.options.onZoom({ k, x, y });
      })
      .on('end', () => this.options.onGesture(false));
  }

  #accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const ok = this.options.wheelAllowed(event as WheelEvent);
      if (!ok) this.options.onWheelRefused();
      return ok;
    }
    // One finger scrolls the page; two fingers pan and pinch the map.
    if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
    if (event.type === 'dblclick') return false;
    return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
  }

  attach(svg: SVGSVGElement) {
    this.#svg = select(svg);
    this.#svg.call(this.#behaviour);
    // d3-zoom sets touch-action: none, which would trap one-finger page scrolling on phones.
    svg.style.touchAction = 'pan-x pan-y';
  }

  detach() {
    this.#svg?.on('.zoom', null);
    this.#svg = null;
  }

  zoomTo(t: Transform, animate = true) {
    if (!this.#svg) return;
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    const duration = animate && !this.options.reducedMotion() ? 750 : 0;
    if (duration === 0) this.#svg.interrupt().call(this.#behaviour.transform, target);
    else this.#svg.transition().duration(duration).call(this.#behaviour.transform, target);
  }
}
