import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaintInBackground } from '@/services/background-task'

describe('afterPaintInBackground', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('waits for the next frame, then posts the work at background priority', async () => {
    const frames: (() => void)[] = []
    const postTask = vi.fn((task: () => void) => Promise.resolve(task()))
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))
    vi.stubGlobal('scheduler', { postTask })
    const work = vi.fn()

    afterPaintInBackground(work)
    expect(postTask).not.toHaveBeenCalled()
    frames.shift()?.()
    expect(postTask).toHaveBeenCalledWith(work, { priority: 'background' })
    await Promise.resolve()
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('falls back to a timer where there is no task scheduler', () => {
    vi.useFakeTimers()
    vi.stubGlobal('scheduler', undefined)
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => callback())
    const work = vi.fn()
    afterPaintInBackground(work)
    expect(work).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(work).toHaveBeenCalledTimes(1)
  })
})
