// ESLint 9 flat config for src/ and test/ (`npm run lint` runs tsc --noEmit first for types).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-undef': 'off', // TypeScript checks names
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain CommonJS helpers (e.g. test/textTransform.js) run by Node and jest.
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: Object.fromEntries(
        ['module', 'exports', 'require', '__dirname', 'process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The ES5 fallback page script runs in old webviews.
    files: ['assets/**/*.js'],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: Object.fromEntries(['window', 'document', 'navigator'].map((g) => [g, 'readonly'])),
    },
  },
  {
    // House rule: the engine is pure — nothing of Office, React, the DOM or Node.
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'exceljs', 'fs', 'path', 'os', 'child_process'].map((name) => ({
            name,
            message: 'src/engine is pure: no Office, React, DOM or Node imports.',
          })),
          patterns: [
            { group: ['node:*', '@fluentui/*', 'react-dom/*', '**/excel/**', '**/cli/**', '**/taskpane/**', '**/sandbox/**'], message: 'src/engine is pure: no Office, React, DOM or Node imports.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'Office', 'Excel', 'process', 'require'],
    },
  },
  {
    // House rule: tests that can fail — nothing skipped or focused.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'fit', 'fdescribe', 'xit', 'xtest', 'xdescribe'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name=/^(skip|only|todo)$/]",
          message: 'No skipped, focused or empty tests.',
        },
      ],
    },
  },
);
