import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import type { InlineConfig, Plugin, UserConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp'
import { preloadPageFonts } from './electron/build/preload-page-fonts'
import { buildPageApart, type MainBuild } from './electron/build/build-page-apart'

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

/** What the kiosk's pages share: sources, aliases, flags and output options. */
function rendererBase(): UserConfig & { build: NonNullable<UserConfig['build']> } {
  return {
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
    build: {
      // Fonts stay files: the CSP has no data: in font-src.
      assetsInlineLimit: 0,
      // electron-vite leaves the renderer unminified by default: 2x the JS to load and parse at start.
      minify: true,
    },
  }
}

function rendererPlugins(): Plugin[] {
  return [vue(), contentSecurityPolicyMeta(), preloadPageFonts()]
}

/**
 * slip.html, the printed slip, loaded by the main process in a hidden window. It is built apart from
 * the kiosk's page, so that neither page's chunks are cut to fit the other (see build-page-apart.ts).
 * In development the dev server serves both pages.
 */
function slipPage(main: MainBuild): InlineConfig {
  const base = rendererBase()
  return {
    ...base,
    configFile: false,
    mode: main.mode,
    logLevel: 'warn',
    plugins: rendererPlugins(),
    build: {
      ...base.build,
      target: main.target,
      outDir: main.outDir,
      emptyOutDir: false,
      modulePreload: { polyfill: false },
      rollupOptions: { input: { slip: resolve('src/slip.html') } },
    },
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
    ...rendererBase(),
    plugins: [...rendererPlugins(), buildPageApart(slipPage)],
    build: {
      ...rendererBase().build,
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('src/index.html') } },
    },
  },
})
