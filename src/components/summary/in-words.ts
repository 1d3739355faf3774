// The views' summaries, and the map's table view (its other text alternative), as one on-demand chunk: each view
// imports this dynamically, so the code they share is one file, fetched once, and nothing of it joins the page's first load (a component imported statically by a lazy view
// and dynamically by the map made the bundler split the page's own code into a shared chunk: +1.9 KB gzip). For the
// same reason nothing in it reaches lib/schema/vocab.ts at run time (the vocabulary was split into a chunk of
// its own, one more request on the first load): the categories and the span come as props.
export { default as FiguresInWords } from './FiguresInWords.svelte';
export { default as MapInWords } from './MapInWords.svelte';
export { default as TimelineInWords } from './TimelineInWords.svelte';
// A chunk of its own for the table view split the page's code into a shared chunk (+16 KB on the first load's
// critical path), as other lazy imports from the page did: it rides here, after the map, for ~2.8 KB gzip more.
export { default as TableView } from '../table/TableView.svelte';
