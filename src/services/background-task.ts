/** The Prioritized Task Scheduling API (Chromium), not yet in TypeScript's DOM library. */
interface TaskScheduler {
  postTask<T>(
    task: () => T,
    options?: { priority?: 'user-blocking' | 'user-visible' | 'background' },
  ): Promise<T>
}

/**
 * Runs `work` once the screen on display has been painted, at background priority: after any tap or
 * other pending work, so that fetching what later screens need never delays the customer's next tap.
 */
export function afterPaintInBackground(work: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler
  requestAnimationFrame(() => {
    if (scheduler) void scheduler.postTask(work, { priority: 'background' })
    else setTimeout(work, 0)
  })
}
