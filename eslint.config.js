// Lint rules that guard the architecture (see ../shared/design.md):
// - shared/ runs in both processes, so it imports no electron, no Node built-in and no DOM library;
// - only the files under electron/app and electron/preload may import `electron`;
// - the renderer reaches main only through renderer/api, never by importing electron/ code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/app/** and electron/preload/** may import electron.',
            },
            {
              name: '@electron/remote',
              message: 'We do not use @electron/remote: it defeats the sandbox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/app/**', 'electron/preload/**', 'test/mocks/**', 'test/**/*electron*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@electron/remote',
              message: 'We do not use @electron/remote: it defeats the sandbox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', ...nodeBuiltins].map((name) => ({
            name,
            message: 'shared/ is runtime-free: no electron, no Node built-ins, no DOM libraries.',
          })),
          patterns: [
            {
              group: ['node:*', '**/electron/**', '**/renderer/**'],
              message: 'shared/ imports only shared/ and pure libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer is sandboxed: no electron, no Node built-ins.',
          })),
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to main only through renderer/api.',
            },
          ],
        },
      ],
    },
  },
);
