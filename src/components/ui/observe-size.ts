// An element's size for layout maths, without forcing the browser to lay out the page to read it.

/**
 * An attachment that reports the element's clientWidth and clientHeight whenever they change. Unlike
 * bind:clientWidth, it never reads them while the page is being built (each such read forced a full layout, a tenth
 * of a second of a slow laptop's first load): ResizeObserver calls back after layout, before paint, when reading is free.
 */
export function observeSize(set: (width: number, height: number) => void) {
  return (node: HTMLElement) => {
    const observer = new ResizeObserver(() => set(node.clientWidth, node.clientHeight));
    observer.observe(node);
    return () => observer.disconnect();
  };
}
