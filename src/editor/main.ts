// The editor's page (edit.html): for the people who keep the data. Never loaded by the public page.
import { mount } from 'svelte';
import '../app.css';
import './chips.css';
import './forms.css';
import EditorApp from './EditorApp.svelte';

const target = document.getElementById('editor');
if (!target) throw new Error('edit.html must contain <div id="editor">');
mount(EditorApp, { target });
// The site's offline copy (sw.js) keeps this page and its files once asked to (never for a public visit): one visit
// to the editor is enough for it to work with no network.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void navigator.serviceWorker
    .register('./sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => registration.active?.postMessage({ type: 'atp:keep-editor' }))
    .catch(() => {});
}
