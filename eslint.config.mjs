// Type-aware lint: the rules that catch real mistakes in this code base (floating promises,
// unsafe any, unused code), with Prettier owning the formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'out/', 'coverage/', 'node_modules/', 'scripts/*.mjs', 'bin/', '*.cjs', 'test/support/*.cjs', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    // The Apps Script core must not import Node: only the Node adapters and the runner may.
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/xlsx/**', 'src/adapters/google/**', 'src/cli.ts', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'exceljs', 'googleapis'], message: 'Node modules only in adapters/xlsx, adapters/google and the runner.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
