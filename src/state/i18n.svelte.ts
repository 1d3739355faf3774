// The interface language and its message catalogue, shared through context.
import { createContext } from 'svelte';
import { en, type Messages } from '../lib/i18n/en';

export class I18n {
  locale = $state('en');
  m: Messages = $state.raw(en);
}

export const [getI18n, setI18n] = createContext<I18n>();
