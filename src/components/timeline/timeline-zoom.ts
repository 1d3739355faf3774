// Attaches d3-zoom to the timeline's frame. It only writes the years in view into state; Svelte moves the elements.
import { select, zoom, type D3ZoomEvent, type Selection, type ZoomBehavior } from 'd3';
import type { TimeScale } from '../../lib/timeline/scale';
import { sameDomain, type Domain } from '../../lib/timeline/view';
import { touchIntent, type TouchIntent } from '../../lib/timeline/touch-intent';
import { domainOf, SCALE_EXTENT, transformFor } from '../../lib/timeline/zoom';

export interface TimelineZoomOptions {
  onView: (view: Domain) => void;
  /**
   * The user's wheel, drag or pinch starts or ends: the boxes keep their layout in between. 'cancel': the app itself
   * moves the view (keys, buttons, presenting), which is laid out at once.
   */
  onGesture: (phase: 'start' | 'end' | 'cancel') => void;
  /** Told when a wheel is refused, to show how to zoom instead. */
  onWheelRefused: () => void;
  reducedMotion: () => boolean;
}

interface ZoomedElement extends HTMLElement {
  __zoom?: unknown;
}

export class TimelineZoom {
  #behaviour: ZoomBehavior<HTMLElement, unknown>;
  #frame: Selection<HTMLElement, unknown, null, undefined> | null = null;
  #base: TimeScale | null = null;
  #view: Domain | null = null;
  #height = 0;
  /** The pointer went down inside the frame and has not left it since. */
  #engaged = false;

  constructor(private options: TimelineZoomOptions) {
    this.#behaviour = zoom<HTMLElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .filter((event: Event) => this.#accepts(event))
      // sourceEvent is the user's input; null when the app moves the view through show(). The hold starts with the
      // first step that moves the view, not with the press: a click moves nothing and should lay nothing out.
      .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => event.sourceEvent && this.options.onGesture('end'))
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        if (!this.#base) return;
        const view = domainOf(event.transform, this.#base);
        if (this.#view && sameDomain(view, this.#view)) return;
        this.options.onGesture(event.sourceEvent ? 'start' : 'cancel');
        this.#view = view;
        this.options.onView(view);
      });
  }

  #accepts(event: Event): boolean {
    if (event.type === 'wheel') {
      const ok = this.#wheelAllowed(event as WheelEvent);
      if (!ok) this.options.onWheelRefused();
      return ok;
    }
    // d3-zoom's default for the rest: any primary press pans; a press without movement stays a click.
    return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
  }

  /** Wheel zoom only while the user is working with the timeline, so scrolling the page past it is not captured. */
  #wheelAllowed(event: WheelEvent): boolean {
    const frame = this.#frame?.node();
    return event.ctrlKey || this.#engaged || Boolean(frame?.contains(document.activeElement));
  }

  /** {@attach}: the behaviour on the frame for as long as the frame exists. */
  attach = (frame: HTMLElement) => {
    this.#frame = select(frame);
    this.#frame.call(this.#behaviour);
    // One finger pans the timeline sideways and still scrolls the page up and down: the browser may scroll vertically
    // (pan-y), and a one-finger move that goes up or down never reaches d3-zoom, which would cancel it.
    frame.style.touchAction = 'pan-y';
    let origin: Touch | null = null;
    let intent: TouchIntent = 'pan';
    const touchstart = (event: TouchEvent) => {
      origin = event.touches.length === 1 ? event.touches[0]! : null;
      // A second finger: a pinch, d3-zoom's alone.
      intent = origin ? 'undecided' : 'pan';
    };
    const touchmove = (event: TouchEvent) => {
      if (intent === 'pan' || !origin || event.touches.length !== 1) return;
      const t = event.touches[0]!;
      if (intent === 'undecided') intent = touchIntent(t.clientX - origin.clientX, t.clientY - origin.clientY);
      // Capture phase on the frame: d3-zoom's own listener, on the frame too, comes after and does not hear it.
      if (intent !== 'pan') event.stopImmediatePropagation();
    };
    frame.addEventListener('touchstart', touchstart, { capture: true, passive: true });
    frame.addEventListener('touchmove', touchmove, { capture: true, passive: true });
    // At the zoom limits d3-zoom lets the wheel scroll the page; while the user works the timeline, it should not.
    const holdPage = (event: WheelEvent) => {
      if (this.#wheelAllowed(event)) event.preventDefault();
    };
    frame.addEventListener('wheel', holdPage, { passive: false });
    const engage = () => (this.#engaged = true);
    const disengage = () => (this.#engaged = false);
    frame.addEventListener('pointerdown', engage);
    frame.addEventListener('pointerleave', disengage);
    return () => {
      frame.removeEventListener('wheel', holdPage);
      frame.removeEventListener('touchstart', touchstart, { capture: true });
      frame.removeEventListener('touchmove', touchmove, { capture: true });
      frame.removeEventListener('pointerdown', engage);
      frame.removeEventListener('pointerleave', disengage);
      this.#frame?.on('.zoom', null);
      this.#frame = null;
    };
  };

  /**
   * Keeps d3-zoom's idea of the transform in step with the state. The state holds years, not pixels,
   * so a resize keeps the same years in view; d3-zoom must then hear of the new pixels before the next gesture.
   */
  sync(frame: ZoomedElement, base: TimeScale, view: Domain, height: number) {
    // Called for every view; in a gesture that view is the one d3-zoom just made, from the transform it already holds.
    if (base === this.#base && height === this.#height && this.#view && sameDomain(view, this.#view)) return;
    const [r0, r1] = base.range() as [number, number];
    this.#base = base;
    this.#height = height;
    this.#view = view;
    this.#behaviour.extent([[r0, 0], [r1, height]]).translateExtent([[r0, 0], [r1, height]]);
    frame.__zoom = transformFor(view, base);
  }

  /** Moves the view through the behaviour, so d3-zoom and the state never disagree. */
  show(view: Domain, animate = true) {
    if (!this.#frame || !this.#base) return;
    // Directly, not from the zoom events: d3-zoom reuses a user's gesture still under way, with its sourceEvent.
    this.options.onGesture('cancel');
    const target = transformFor(view, this.#base);
    const duration = animate && !this.options.reducedMotion() ? 350 : 0;
    if (duration === 0) this.#frame.interrupt().call(this.#behaviour.transform, target);
    else this.#frame.transition().duration(duration).call(this.#behaviour.transform, target);
  }
}
