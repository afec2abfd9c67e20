// ESLint, run by `npm run lint` (part of `npm test`). The linter and its plugins are installed apart, in
// lint/ (see lint/package.json for why), and loaded from there.
import { createRequire } from 'node:module';

const fromLint = createRequire(new URL('./lint/package.json', import.meta.url));
const js = fromLint('@eslint/js');
const tseslint = fromLint('typescript-eslint');
const reactHooks = fromLint('eslint-plugin-react-hooks');
const globals = fromLint('globals');

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'lint/', 'node_modules/', 'bench/results/', 'corpus/pages/', '.tmpcheck/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    rules: {
      // Leaving a field out of a copy by destructuring it ("const { description, ...rest } = posting") is intended.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Warns that the React Compiler skips components using TanStack Virtual; this project does not use the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        // WXT's auto-imports in entrypoints/ and lib/.
        browser: 'readonly',
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
      },
    },
  },
);
