import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');
if (import.meta.env.PROD) void import('./lib/offline/register').then((m) => m.registerOffline());
export default mount(App, { target });
