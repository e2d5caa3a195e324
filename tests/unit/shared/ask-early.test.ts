import { describe, expect, it, vi } from 'vitest'
import { askEarly } from '../../../electron/shared/ask-early'

describe('askEarly', () => {
  it('asks at once and hands that answer to the first call', async () => {
    const request = vi.fn().mockResolvedValueOnce('first').mockResolvedValueOnce('second')
    const getConfig = askEarly(request)
    expect(request).toHaveBeenCalledTimes(1)
    await expect(getConfig()).resolves.toBe('first')
    expect(request).toHaveBeenCalledTimes(1)
  })

  it('asks again for every later call, so a changed config is seen', async () => {
    const request = vi.fn().mockResolvedValueOnce('first').mockResolvedValueOnce('second')
    const getConfig = askEarly(request)
    await getConfig()
    await expect(getConfig()).resolves.toBe('second')
    expect(request).toHaveBeenCalledTimes(2)
  })

  it('gives an early failure to the first caller, not to an unhandled rejection', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const getConfig = askEarly(() => Promise.reject(new Error('main process gone')))
    await new Promise((resolve) => setTimeout(resolve, 0))
    await expect(getConfig()).rejects.toThrow('main process gone')
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })
})
