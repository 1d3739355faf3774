// A stand-in for a svelte-query result whose state a test can change.
export class FakeQuery<T> {
  isPending = $state(true);
  isFetching = $state(true);
  error: Error | null = $state(null);
  data: T | undefined = $state.raw(undefined);
  refetches = 0;

  succeed(data: T) {
    this.data = data;
    this.error = null;
    this.isPending = false;
    this.isFetching = false;
  }

  fail(message: string) {
    this.error = new Error(message);
    this.isPending = false;
    this.isFetching = false;
  }

  refetch = () => {
    this.refetches += 1;
    this.isFetching = true;
  };
}
