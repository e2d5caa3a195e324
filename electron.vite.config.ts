import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp'
import { preloadPageFonts } from './electron/build/preload-page-fonts'

/** Puts the production CSP in the HTML too, so it holds even if a header is lost. Dev keeps Vite's HMR working. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'kiosk-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src',
    base: './',
    resolve: {
      alias: { '@shared': resolve('electron/shared'), '@': resolve('src') },
    },
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    plugins: [vue(), contentSecurityPolicyMeta(), preloadPageFonts()],
    build: {
      outDir: resolve('out/renderer'),
      // Fonts stay files: the CSP has no data: in font-src.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified by default: 2x the JS to load and parse at start.
      minify: true,
      rollupOptions: {
        // slip.html: the printed slip, loaded by the main process in a hidden window.
        input: { index: resolve('src/index.html'), slip: resolve('src/slip.html') },
      },
    },
  },
})
