// The page's two inline scripts (allowed by their hashes in the Content-Security-Policy). Plain ES5 strings, not
// compiled code: they run before any file has arrived, and page-scripts.test.ts runs them as written.
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/languages.ts';

/**
 * In <head>, before the first paint: the prerendered page is the plain address in English, so any parameter (a
 * filter, ?lang=, ?embed=, ?present=) or a browser that prefers another of the app's languages hides it, and the
 * page waits for the app instead of showing the wrong view. The language rule is chooseLocale's
 * (src/lib/i18n/choose-locale.ts): the first of the browser's languages the app has.
 */
export const PREVIEW_CHOICE = `(function(){var s=location.search,l=navigator.languages||[],a=${JSON.stringify(LOCALES)},f=s===''||s==='?';if(f)for(var i=0;i<l.length;i++){var p=String(l[i]).trim().toLowerCase().split(/[-_]/)[0];if(a.indexOf(p)>=0){f=p===${JSON.stringify(DEFAULT_LOCALE)};break}}document.documentElement.setAttribute('data-preview',f?'on':'off')})()`;

/** After the prerendered page: the map is on screen at the next frame, unless the app drew it first. */
export const PREVIEW_READY = `if(document.documentElement.getAttribute('data-preview')==='on')requestAnimationFrame(function(){if(!performance.getEntriesByName('map:ready').length)performance.mark('map:ready',{detail:'prerendered'})})`;
