/* eslint-disable no-restricted-globals -- clearing and reading the page's web storage is this file's job */
import type { Page } from '@playwright/test'

/**
 * The harness's stand-in for Electron's `session.clearStorageData()` on the kiosk window: cookies,
 * localStorage, sessionStorage and every IndexedDB database of the page.
 */
export async function clearPageStorage(page: Page): Promise<void> {
  await page.context().clearCookies()
  await page.evaluate(async () => {
    localStorage.clear()
    sessionStorage.clear()
    const databases = await indexedDB.databases()
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve) => {
            if (!name) return resolve()
            const request = indexedDB.deleteDatabase(name)
            request.onsuccess = request.onerror = request.onblocked = () => resolve()
          }),
      ),
    )
  })
}

export interface PageStorage {
  cookies: string
  localStorage: string
  sessionStorage: string
  indexedDbNames: string[]
}

/** Everything the page keeps in web storage, as text a test can search. */
export async function readPageStorage(page: Page): Promise<PageStorage> {
  const cookies = JSON.stringify(await page.context().cookies())
  const web = await page.evaluate(async () => ({
    localStorage: JSON.stringify({ ...localStorage }),
    sessionStorage: JSON.stringify({ ...sessionStorage }),
    indexedDbNames: (await indexedDB.databases()).map((database) => database.name ?? ''),
  }))
  return { cookies, ...web }
}
