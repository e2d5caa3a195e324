import { build, type InlineConfig, type Plugin, type ResolvedConfig } from 'vite'

/** What a page built apart takes from the main renderer build, so that both builds match. */
export interface MainBuild {
  target: ResolvedConfig['build']['target']
  outDir: string
  mode: string
}

/**
 * Builds another HTML page of the renderer on its own, into the same folder, once the main build has
 * written its files. Two pages in one build share their common modules (Vue, vue-i18n, the fonts' CSS)
 * through chunks cut to fit both, so each page's first load is shaped by the other's imports (the
 * kiosk's first screen had two stylesheets). A page built apart has its own copy of what it uses.
 */
export function buildPageApart(pageConfig: (main: MainBuild) => InlineConfig): Plugin {
  let main: MainBuild | null = null
  return {
    name: 'kiosk-build-page-apart',
    apply: 'build',
    configResolved(config) {
      main = { target: config.build.target, outDir: config.build.outDir, mode: config.mode }
    },
    async closeBundle() {
      if (main) await build(pageConfig(main))
    },
  }
}
