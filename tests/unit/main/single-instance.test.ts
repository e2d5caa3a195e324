import { describe, expect, it, vi } from 'vitest'
import { claimSingleInstance } from '../../../electron/main/single-instance'
import { FakeApp } from './fake-electron'

describe('single instance', () => {
  it('lets the first launch run and brings it to the front on a second launch', () => {
    const app = new FakeApp()
    const focus = vi.fn()
    expect(claimSingleInstance(app as never, focus)).toBe(true)
    app.emit('second-instance')
    expect(focus).toHaveBeenCalledOnce()
    expect(app.quit).not.toHaveBeenCalled()
  })

  it('quits a second launch', () => {
    const app = new FakeApp()
    app.hasLock = false
    expect(claimSingleInstance(app as never, vi.fn())).toBe(false)
    expect(app.quit).toHaveBeenCalled()
  })
})
