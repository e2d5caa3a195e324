/**
 * Starts `request` now and hands its answer to the first call; later calls ask again. The preload uses
 * it for the store's config, which the first screen waits for: the question then travels while the
 * page's scripts are still loading, instead of after they have run.
 */
export function askEarly<T>(request: () => Promise<T>): () => Promise<T> {
  let early: Promise<T> | null = request()
  // A failure is reported to whoever takes the answer, not as an unhandled rejection meanwhile.
  early.catch(() => undefined)
  return () => {
    const answer = early ?? request()
    early = null
    return answer
  }
}
