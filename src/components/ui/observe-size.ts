// An element's size for layout maths, without forcing the browser to lay out the page to read it.

/**
 * An attachment that reports the element's size whenever it changes: its content box (the inner size that children
 * are laid out in), or with `box: 'border-box'` its whole size (what a tooltip must fit). Unlike bind:clientWidth it
 * never reads the size while the page is being built, and it takes the size from the observer's entry rather than from
 * clientWidth: another view's update in the same frame may have changed the page, and reading clientWidth then forced
 * a second layout of it (a quarter of a second at 4× CPU when the timeline first drew 10× the milestones).
 */
export function observeSize(set: (width: number, height: number) => void, box: 'content-box' | 'border-box' = 'content-box') {
  return (node: HTMLElement) => {
    const observer = new ResizeObserver(([entry]) => {
      const size = (box === 'border-box' ? entry?.borderBoxSize : entry?.contentBoxSize)?.[0];
      if (size) set(size.inlineSize, size.blockSize);
    });
    observer.observe(node, { box });
    return () => observer.disconnect();
  };
}
