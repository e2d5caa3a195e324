// @ts-check
import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import prettier from 'eslint-config-prettier'

export default defineConfigWithVueTs(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-globals': ['error', 'localStorage', 'sessionStorage', 'indexedDB'],
    },
  },
  {
    // The renderer reaches the main process only through src/services/kiosk.ts.
    files: ['src/**/*.{ts,vue}'],
    ignores: ['src/services/kiosk.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'kiosk', message: 'Use src/services/kiosk.ts.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['electron', 'node:*', '**/electron/main/**', '**/electron/preload/**'] },
      ],
    },
  },
  prettier,
)
