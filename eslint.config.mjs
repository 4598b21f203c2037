// Lint: TypeScript rules plus the layering of STYLE.md, enforced rather than written down:
// shared ← node ← main; renderer → shared; preload → shared/api/methods only.
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream', 'worker_threads']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'e2e-screenshots/**', 'test-results/**', 'bench/results/**', 'tests/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-empty-object-type': 'off'
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'src/shared runs in Node and the browser: no Node built-ins.' },
            { group: ['electron', 'react', 'react-dom', '@codemirror/*'], message: 'src/shared is platform-free.' },
            { group: ['**/node/**', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared depends on nothing else in src.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'react', 'react-dom', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/node is Node-only: no Electron, React or UI code.' }] }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, 'electron'], message: 'The renderer reaches the host only through api.ts.' },
            { group: ['**/node/**', '**/main/**', '**/preload/**'], message: 'The renderer uses shared/ and the API, never host code.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./shared/(?!api/methods$)', message: 'The sandboxed preload imports only the method list.' },
            { group: ['**/node/**', '**/renderer/**'], message: 'Not in the preload.' }
          ]
        }
      ]
    }
  }
)
