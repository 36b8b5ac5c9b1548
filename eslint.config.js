// Lint enforces the architecture of DESIGN.md §5, not only style. Imports point one way:
// app → features → (ui, db) → domain. Domain code is pure (no React, no Dexie), only src/db
// talks to Dexie, features never import each other, and there are no import cycles. src/sync
// (the Y.Doc side of sync) is its own zone: it imports src/db and src/domain, never Dexie, and is
// loaded lazily by the app.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const UI_LIBRARIES = [
  'react',
  'react-dom',
  'react-dom/*',
  'preact',
  'preact/*',
  'dexie',
  'dexie-react-hooks',
  '@dnd-kit/*',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dist-server',
      'dev-dist',
      'data',
      'reports',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text is rendered as text, never as HTML (DESIGN.md §6).',
        },
        {
          // Preact (which runs the components) only writes the attribute, which a browser
          // honours once per page load; React focused the field itself.
          selector: "JSXAttribute[name.name='autoFocus']",
          message: 'Use ref={focusOnMount} (src/ui/focus.ts): autoFocus does nothing on Preact.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '(useLiveQuery)' }],
    },
  },
  // Nothing but src/db may talk to Dexie.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'dexie-react-hooks', 'dexie/*'],
              message:
                'Only src/db talks to Dexie; call a repository function or a hook from src/db.',
            },
          ],
        },
      ],
    },
  },
  // Domain code is pure: no UI or storage libraries, no imports out of src/domain.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_LIBRARIES, message: 'src/domain is pure: no React, Dexie or dnd-kit.' },
            {
              group: ['../*', '!./*'],
              message: 'src/domain imports only src/domain and small pure libraries.',
            },
            {
              group: ['@/*', '~/*', 'src/*'],
              message: 'src/domain uses relative imports, no path aliases.',
            },
          ],
        },
      ],
    },
  },
  // A folder inside src/domain (list-import/) may use the rest of src/domain (one level up),
  // and nothing beyond it.
  {
    files: ['src/domain/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI_LIBRARIES, message: 'src/domain is pure: no React, Dexie or dnd-kit.' },
            {
              group: ['../../*'],
              message: 'src/domain imports only src/domain and small pure libraries.',
            },
            {
              group: ['@/*', '~/*', 'src/*'],
              message: 'src/domain uses relative imports, no path aliases.',
            },
          ],
        },
      ],
    },
  },
  // The dependency direction between layers.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/db', './src/ui', './src/features', './src/app'],
            },
            { target: './src/db', from: ['./src/ui', './src/features', './src/app', './src/sync'] },
            {
              target: './src/sync',
              from: ['./src/ui', './src/features', './src/app'],
              message:
                'src/sync imports only src/db and src/domain; the UI loads it, never the other way.',
            },
            { target: './src/ui', from: ['./src/db', './src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
            { target: './src', from: './server', message: 'The app never imports the server.' },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message:
                'Features never import each other; share through src/ui, src/db or src/domain.',
            })),
          ],
        },
      ],
    },
  },
  // src/sync is loaded lazily (yjs must stay out of the first bundle): the app and features may
  // reach it only through import(), or import its types.
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/sync/*'],
              allowTypeImports: true,
              message: 'Load src/sync with import(): yjs must not enter the first bundle.',
            },
          ],
        },
      ],
    },
  },
  // The server (DESIGN.md §5) is its own zone: Node, not the browser; of the app it may import
  // src/domain only (the shared protocol and types), and nothing of tests, scripts or bench.
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server',
              from: './src',
              except: ['./domain'],
              message: 'server/ may import src/domain only.',
            },
            {
              target: './server',
              from: ['./tests', './scripts', './bench'],
              message: 'server/ stands on its own.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: UI_LIBRARIES,
              message: 'The server has no UI and no IndexedDB.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.{ts,js}', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
