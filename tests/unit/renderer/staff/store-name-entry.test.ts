import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import StoreName from '@/components/staff/StoreName.vue'
import { useUiStore } from '@/stores/ui'
import { useStaffStore } from '@/stores/staff'

vi.mock('@/services/kiosk', () => ({ kiosk: () => ({}) }))

let wrapper: VueWrapper
beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
  wrapper = mount(StoreName)
})
afterEach(() => {
  wrapper.unmount()
  vi.useRealTimers()
})

describe('holding the store name', () => {
  it('opens the PIN pad after exactly 3 seconds', async () => {
    await wrapper.trigger('pointerdown')
    vi.advanceTimersByTime(2999)
    expect(useUiStore().staffPinOpen).toBe(false)
    vi.advanceTimersByTime(1)
    expect(useUiStore().staffPinOpen).toBe(true)
  })

  it.each(['pointerup', 'pointercancel', 'pointerleave'])('does nothing when %s comes first', async (end) => {
    await wrapper.trigger('pointerdown')
    vi.advanceTimersByTime(2000)
    await wrapper.trigger(end)
    vi.advanceTimersByTime(5000)
    expect(useUiStore().staffPinOpen).toBe(false)
  })

  it('does nothing while staff mode is already on', async () => {
    useStaffStore().enter()
    await wrapper.trigger('pointerdown')
    vi.advanceTimersByTime(3000)
    expect(useUiStore().staffPinOpen).toBe(false)
  })
})
