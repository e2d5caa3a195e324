import type { Page } from '@playwright/test'

/**
 * The renderer's Pinia state as JSON, read the way Vue devtools would (from the app instance on #app),
 * so production code exposes nothing for the tests.
 */
export async function piniaState(page: Page): Promise<string> {
  return page.evaluate(() => {
    interface MountedApp {
      __vue_app__?: { config: { globalProperties: { $pinia?: { state: { value: unknown } } } } }
    }
    const root = document.querySelector('#app') as (Element & MountedApp) | null
    const pinia = root?.__vue_app__?.config.globalProperties.$pinia
    if (!pinia) throw new Error('No Pinia on #app')
    return JSON.stringify(pinia.state.value)
  })
}
