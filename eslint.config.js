/**
 * ESLint, flat config: typescript-eslint's recommended type-checked rules
 * over the TypeScript of src/, tools/, tests/ and e2e/. `npm run check` runs
 * it with every code step (not for a change to content alone). `.astro`
 * files are left to `astro check`, which type-checks their scripts. A
 * disable comment gives its reason after `--` (reportUnusedDisableDirectives
 * fails one that no longer disables anything).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-base/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { field: _, ...rest } = entry` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read the JSON the site publishes (JSON-LD, Web Annotations, /claims.json) and assert its shape
    // field by field; typing that JSON first would restate, untested, the shape the assertions check.
    files: ['tests/**/*.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // src/model is the bottom layer (ARCHITECTURE.md): nothing from the folders above it, nothing of Astro but zod.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./|~/(?!model/)|astro(?!/zod$)([/:]|$))',
              message:
                'src/model imports nothing from the folders above it nor from Astro: move the module to src/check/ or src/edition/',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly' } },
  },
);
