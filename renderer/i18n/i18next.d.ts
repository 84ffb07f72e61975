import type { en } from './en';

// Typed keys: a misspelt `t('sidebar.user')` fails the type check instead of showing the key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
