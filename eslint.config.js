/* eslint-disable @typescript-eslint/no-require-imports */
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');

const NODE_AND_UI = ['fs', 'fs/*', 'path', 'os', 'child_process', 'node:*', 'react', 'react-dom', 'react-dom/*', '@fluentui/*', 'exceljs', 'hyperformula', '@microsoft/office-js'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', '*.config.js', 'bin/**', 'scripts/*.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Adapters implement the async WorkbookPort synchronously where their host allows it.
      '@typescript-eslint/require-await': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Office.js load/sync discipline where Office.js is called (its rules misread ExcelJS code elsewhere).
    files: ['src/host/office/**/*.ts', 'src/commands/**/*.ts'],
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Excel custom functions report errors by throwing CustomFunctions.Error, which is not an Error subclass.
    files: ['src/functions/**/*.ts'],
    rules: { '@typescript-eslint/only-throw-error': 'off' },
  },
  {
    // Hooks hand components plain closures, so "unbound" methods of their result objects are safe.
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // The core is pure: the same rules run in Excel, the browser and Node.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NODE_AND_UI }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'localStorage', 'fetch'],
    },
  },
  {
    // HyperFormula is GPLv3: never in the add-in's own bundles.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/functions/**/*.ts', 'src/commands/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['hyperformula', '**/host/memory/**', '**/playground/**'] }] },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.ts', 'eval/**/*.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
);
