import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createI18n } from 'vue-i18n'
import en from '@/locales/en'
import PinPad from '@/components/staff/PinPad.vue'
import { useStaffStore } from '@/stores/staff'

const status = (over: Record<string, unknown> = {}) => ({
  ok: true,
  value: { pinSet: true, loggedIn: false, lockedUntil: null, attemptsLeft: 3, ...over },
})
const api = vi.hoisted(() => ({
  staffStatus: vi.fn(),
  staffLogin: vi.fn(),
  setStaffPin: vi.fn(),
  changeStaffPin: vi.fn(),
}))
vi.mock('@/services/kiosk', () => ({ kiosk: () => api }))

const NOW = Date.parse('2026-11-25T15:00:00Z')
let wrapper: VueWrapper

async function open(mode: 'enter' | 'change' = 'enter'): Promise<VueWrapper> {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  wrapper = mount(PinPad, { props: { mode }, global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

async function type(pin: string): Promise<void> {
  for (const digit of pin) await wrapper.get(`[data-pin-key="${digit}"]`).trigger('click')
  await wrapper.get('[data-pin-ok]').trigger('click')
  await flushPromises()
}

const phase = () => wrapper.get('[data-pin-pad]').attributes('data-pin-phase')
const message = () => wrapper.find('[data-pin-message]').text()

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers({ now: NOW })
  for (const call of Object.values(api)) call.mockReset()
  api.staffStatus.mockResolvedValue(status())
})
afterEach(() => {
  wrapper.unmount()
  vi.useRealTimers()
})

describe('the PIN pad', () => {
  it('asks for a new PIN twice on first run, then turns staff mode on', async () => {
    api.staffStatus.mockResolvedValue(status({ pinSet: false }))
    api.setStaffPin.mockResolvedValue(status({ loggedIn: true }))
    await open()
    expect(phase()).toBe('set-first')
    await type('2468')
    expect(phase()).toBe('set-confirm')
    await type('2468')
    expect(api.setStaffPin).toHaveBeenCalledWith({ pin: '2468' })
    expect(useStaffStore().active).toBe(true)
    expect(wrapper.emitted('close')).toHaveLength(1)
  })

  it('starts over when the second PIN differs, and sets nothing', async () => {
    api.staffStatus.mockResolvedValue(status({ pinSet: false }))
    await open()
    await type('2468')
    await type('2469')
    expect(phase()).toBe('set-first')
    expect(message()).toBe('The two PINs were different. Start again.')
    expect(api.setStaffPin).not.toHaveBeenCalled()
  })

  it('refuses fewer than 4 digits without asking main', async () => {
    await open()
    await type('123')
    expect(message()).toBe('Use 4 to 8 digits.')
    expect(api.staffLogin).not.toHaveBeenCalled()
  })

  it('says how many tries are left after a wrong PIN', async () => {
    api.staffLogin.mockResolvedValue({
      ok: false,
      error: { code: 'pin-wrong', message: 'Wrong PIN', details: { attemptsLeft: 1 } },
    })
    await open()
    await type('1111')
    expect(message()).toBe('Wrong PIN. 1 try left.')
    expect(useStaffStore().active).toBe(false)
  })

  it('locks the keys until lockedUntil, counting down, then takes PINs again', async () => {
    const lockedUntil = new Date(NOW + 30_000).toISOString()
    api.staffLogin.mockResolvedValue({
      ok: false,
      error: { code: 'pin-locked', message: 'Locked', details: { attemptsLeft: 0, lockedUntil } },
    })
    await open()
    await type('1111')
    expect(wrapper.get('[data-pin-pad]').attributes()).toHaveProperty('data-pin-locked')
    expect(wrapper.get('[data-pin-countdown]').text()).toBe('The pad is locked. Try again in 0:30.')
    expect(wrapper.get('[data-pin-key="5"]').attributes()).toHaveProperty('disabled')

    await vi.advanceTimersByTimeAsync(29_000)
    expect(wrapper.get('[data-pin-countdown]').text()).toBe('The pad is locked. Try again in 0:01.')
    await vi.advanceTimersByTimeAsync(1_000)
    await flushPromises()
    expect(wrapper.get('[data-pin-pad]').attributes()).not.toHaveProperty('data-pin-locked')
    expect(phase()).toBe('login')
    expect(wrapper.get('[data-pin-key="5"]').attributes()).not.toHaveProperty('disabled')
  })

  it('opens locked when main says the pad is locked', async () => {
    api.staffStatus.mockResolvedValue(status({ lockedUntil: new Date(NOW + 120_000).toISOString() }))
    await open()
    expect(wrapper.get('[data-pin-countdown]').text()).toBe('The pad is locked. Try again in 2:00.')
  })

  it('changes the PIN for a logged-in staff member without logging in again', async () => {
    api.changeStaffPin.mockResolvedValue({ ok: true, value: null })
    await open('change')
    expect(api.staffStatus).not.toHaveBeenCalled()
    await type('97531')
    await type('97531')
    expect(api.changeStaffPin).toHaveBeenCalledWith({ pin: '97531' })
    expect(wrapper.emitted('changed')).toHaveLength(1)
  })
})
