import { describe, expect, it, vi } from 'vitest'
import { createRouter } from 'vue-router'
import { createKioskHistory } from '@/router/kiosk-history'

describe('the kiosk history', () => {
  it('goes back and forward like a browser tab, and a push drops what was ahead', () => {
    const history = createKioskHistory()
    history.push('/a')
    history.push('/b')
    history.go(-1)
    expect(history.location).toBe('/a')
    history.go(1)
    expect(history.location).toBe('/b')
    history.go(-1)
    history.push('/c')
    history.go(1)
    expect(history.location).toBe('/c')
    history.go(-5)
    expect(history.location).toBe('')
  })

  it('replaces the current entry in place, state included', () => {
    const history = createKioskHistory()
    history.push('/a', { step: 1 })
    history.replace('/b', { step: 2 })
    expect([history.location, history.state]).toEqual(['/b', { step: 2 }])
    history.go(-1)
    expect(history.location).toBe('')
  })

  it('keeps at most its limit of entries, however many customers go through', () => {
    const history = createKioskHistory(5)
    for (let screen = 0; screen < 10_000; screen += 1) history.push(`/screen-${screen}`)
    history.go(-100)
    expect(history.location).toBe('/screen-9995')
  })

  it('tells its listeners about Back and Forward, but not when asked not to', () => {
    const history = createKioskHistory()
    const listener = vi.fn()
    const stop = history.listen(listener)
    history.push('/a')
    history.go(-1)
    expect(listener).toHaveBeenCalledWith('', '/a', { type: 'pop', direction: 'back', delta: -1 })
    history.go(1, false)
    expect(listener).toHaveBeenCalledTimes(1)
    stop()
    history.go(-1)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('drives vue-router: push, back and the current route', async () => {
    const view = { render: () => null }
    const router = createRouter({
      history: createKioskHistory(),
      routes: ['/', '/one', '/two'].map((path) => ({ path, component: view })),
    })
    await router.push('/')
    await router.push('/one')
    await router.push('/two')
    router.back()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/one'))
  })
})
