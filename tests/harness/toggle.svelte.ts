// A boolean a component test can change after rendering, read reactively through a getter in the props it passes.
export function toggle(initial: boolean) {
  let value = $state(initial);
  return {
    get value() {
      return value;
    },
    set(next: boolean) {
      value = next;
    },
  };
}
