// Svelte 5 reads TypeScript natively; nothing to preprocess.
export default {};
