// The editor's page (edit.html): for the people who keep the data. Never loaded by the public page.
import { mount } from 'svelte';
import '../app.css';
import EditorApp from './EditorApp.svelte';

const target = document.getElementById('editor');
if (!target) throw new Error('edit.html must contain <div id="editor">');
mount(EditorApp, { target });
// The site's offline copy (sw.js) keeps this page and its files too; registering here makes one visit enough.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void navigator.serviceWorker.register('./sw.js').catch(() => {});
