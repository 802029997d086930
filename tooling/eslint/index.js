// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsdoc from 'eslint-plugin-jsdoc';
import tseslint from 'typescript-eslint';

/**
 * The gk flat config: typescript-eslint (type-checked), TSDoc on public API, Prettier last.
 * @param {{ tsconfigRootDir: string }} options - the repository root
 * @returns {import('eslint').Linter.Config[]} the config
 */
export function gkConfig({ tsconfigRootDir }) {
  return [
    {
      ignores: [
        '**/dist/**',
        '**/node_modules/**',
        '**/.turbo/**',
        'docs/api/**',
        '.tools/**',
        'coverage/**',
        'tooling/guides/.run/**',
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    ...tseslint.configs.stylisticTypeChecked,
    {
      languageOptions: {
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
        '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
        ],
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      },
    },
    {
      files: ['packages/*/src/**/*.ts'],
      ignores: ['**/*.test.ts', '**/*.test-d.ts'],
      plugins: { jsdoc },
      rules: {
        'jsdoc/require-jsdoc': [
          'error',
          {
            publicOnly: { esm: true },
            require: { FunctionDeclaration: true, ClassDeclaration: true },
            contexts: [
              'ExportNamedDeclaration > TSInterfaceDeclaration',
              'ExportNamedDeclaration > TSTypeAliasDeclaration',
              'ExportNamedDeclaration > VariableDeclaration',
            ],
          },
        ],
        'jsdoc/check-param-names': 'error',
        'jsdoc/no-types': 'error',
      },
    },
    {
      // Core packages are pure and isomorphic: no Node built-ins, no clock reads (`today` is passed in).
      // Adapters (store, office, cli) sit at the edge and may use both.
      files: ['packages/*/src/**/*.ts'],
      ignores: [
        '**/*.test.ts',
        '**/*.test-d.ts',
        '**/test-support/**',
        'packages/store/**',
        'packages/office/**',
        'packages/cli/**',
      ],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [{ regex: '^node:', message: 'Core packages run in browsers too: no Node built-ins.' }] },
        ],
        'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname', 'setTimeout', 'setInterval'],
        'no-restricted-syntax': [
          'error',
          {
            selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
            message: 'No clock reads in core logic: take `today`/`now` as a parameter.',
          },
          {
            selector: "NewExpression[callee.name='Date'][arguments.length=0]",
            message: 'No clock reads in core logic: take `today`/`now` as a parameter.',
          },
        ],
      },
    },
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
      ...tseslint.configs.disableTypeChecked,
    },
    {
      files: ['**/scripts/**/*.mjs', 'tooling/**/*.js', 'tooling/**/*.mjs'],
      languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    },
    {
      files: ['**/*.cjs'],
      languageOptions: {
        sourceType: 'commonjs',
        globals: {
          require: 'readonly',
          __dirname: 'readonly',
          module: 'writable',
          process: 'readonly',
          console: 'readonly',
        },
      },
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    prettier,
  ];
}
