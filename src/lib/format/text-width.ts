// How wide a line of text will be drawn, without laying the page out: a canvas measures it in the given font.

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/**
 * The text's width in px in a CSS font ("700 13px system-ui, …"). Where no canvas can measure (a test's DOM, the
 * build's prerender, a browser without OffscreenCanvas), an estimate of 9 px a character, which errs wide, so a caller
 * that shortens what does not fit shortens too often rather than too little.
 */
export function textWidth(text: string, font: string): number {
  if (context === undefined) context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context) return text.length * 9;
  context.font = font;
  return context.measureText(text).width;
}
