import type { Session } from 'electron'

/**
 * The kiosk window's Electron session. No "persist:" prefix: Chromium keeps its cookies, web storage,
 * IndexedDB and cache in memory only, so nothing of a customer's reaches the disk even by accident.
 */
export const KIOSK_PARTITION = 'kiosk'

/** The part of Electron's `session` module the kiosk uses. */
export interface SessionSource {
  fromPartition(partition: string, options?: { cache?: boolean }): Session
}

export function openKioskSession(source: SessionSource): Session {
  return source.fromPartition(KIOSK_PARTITION)
}

/** Empties the kiosk session between customers: every kind of web storage, then the HTTP cache. */
export async function clearKioskSessionData(
  session: Pick<Session, 'clearStorageData' | 'clearCache'>,
): Promise<void> {
  await session.clearStorageData()
  await session.clearCache()
}
