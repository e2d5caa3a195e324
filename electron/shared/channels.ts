/**
 * IPC channel of a call; the preload and main agree through this function only. Kept apart from the
 * schemas so the sandboxed preload bundles no zod.
 */
export function kioskChannel(name: string): string {
  return `kiosk:${name}`
}
