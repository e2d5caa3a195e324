import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter, RouterView, type Router } from 'vue-router'
import IdleWarning from '@/components/IdleWarning.vue'
import { useIdleReset } from '@/composables/useIdleReset'
import { SCREEN_IDS } from '@/domain/journey-flow'
import { createI18n } from 'vue-i18n'
import en from '@/locales/en'
import fr from '@/locales/fr'
import { useKioskStore } from '@/stores/kiosk'
import { useSessionStore } from '@/stores/session'
import { useStaffStore } from '@/stores/staff'
import { useUiStore } from '@/stores/ui'
import { readDefaultConfig } from '../../support/store-configs'

const api = vi.hoisted(() => ({
  logEvent: vi.fn(async () => ({ ok: true, value: null })),
  recordStatistic: vi.fn(async () => ({ ok: true, value: null })),
  clearSessionData: vi.fn(async () => ({ ok: true, value: null })),
  staffLogout: vi.fn(async () => ({ ok: true, value: { active: false } })),
}))
vi.mock('@/services/kiosk', () => ({ kiosk: () => api }))

const config = readDefaultConfig() // steps 90 s, summary 60 s, done 30 s, warning 30 s, staff 600 s
const SECOND = 1000

/* eslint-disable vue/one-component-per-file -- a test root and one stand-in view per screen */

/** App.vue's idle wiring, with a plain view per screen instead of the real steps. */
const Root = defineComponent({
  setup() {
    const { secondsLeft, extend } = useIdleReset()
    const ui = useUiStore()
    return () => [
      h(RouterView),
      h(IdleWarning, { open: ui.idleWarningOpen, secondsLeft: secondsLeft.value, onMoreTime: extend }),
    ]
  },
})

let pinia: Pinia
let router: Router
const createTestI18n = () =>
  createI18n({ legacy: false, locale: 'en', fallbackLocale: 'en', messages: { en, fr }, missingWarn: false })
let i18n: ReturnType<typeof createTestI18n>
let wrapper: VueWrapper

async function settle(): Promise<void> {
  // The router settles a navigation over several turns; setImmediate is left real for this.
  await flushPromises()
  await nextTick()
}

async function advance(ms: number): Promise<void> {
  vi.advanceTimersByTime(ms)
  await settle()
}

async function mountOn(screen: (typeof SCREEN_IDS)[number]): Promise<void> {
  router = createRouter({
    history: createMemoryHistory(),
    routes: SCREEN_IDS.map((id) => ({
      path: id === 'welcome' ? '/' : `/${id}`,
      name: id,
      meta: { screen: id },
      component: defineComponent({ render: () => h('main', { 'data-screen': id }) }),
    })),
  })
  await router.push({ name: screen })
  wrapper = mount(Root, { attachTo: document.body, global: { plugins: [pinia, router, i18n] } })
  await settle()
}

const warning = () => document.querySelector('[role="alertdialog"]')
const moreTimeButton = () => document.querySelector<HTMLButtonElement>('[data-action="more-time"]')
const countdown = () => document.querySelector('[data-idle-countdown]')?.textContent?.trim()

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  pinia = createPinia()
  setActivePinia(pinia)
  useKioskStore().config = config
  i18n = createTestI18n()
  for (const call of Object.values(api)) call.mockClear()
})

afterEach(() => {
  wrapper.unmount()
  vi.useRealTimers()
})

describe('the idle reset', () => {
  it('never warns on the welcome screen', async () => {
    await mountOn('welcome')
    await advance(60 * 60 * SECOND)
    expect(warning()).toBeNull()
    expect(router.currentRoute.value.name).toBe('welcome')
  })

  it('warns exactly at the step idle time, not a millisecond earlier', async () => {
    await mountOn('id-documents')
    await advance(90 * SECOND - 1)
    expect(warning()).toBeNull()
    await advance(1)
    expect(warning()).not.toBeNull()
  })

  it.each([
    ['summary', 60],
    ['done', 30],
  ] as const)('uses the %s screen’s own idle time (%i s)', async (screen, seconds) => {
    await mountOn(screen)
    await advance(seconds * SECOND - 1)
    expect(warning()).toBeNull()
    await advance(1)
    expect(warning()).not.toBeNull()
  })

  it.each(['pointerdown', 'touchstart', 'keydown', 'wheel'])('restarts on %s', async (type) => {
    await mountOn('device')
    await advance(80 * SECOND)
    document.body.dispatchEvent(new Event(type, { bubbles: true }))
    await advance(90 * SECOND - 1)
    expect(warning()).toBeNull()
    await advance(1)
    expect(warning()).not.toBeNull()
  })

  it('shows an alert dialog that takes focus on its large "I need more time" button', async () => {
    await mountOn('id-documents')
    await advance(90 * SECOND)
    const dialog = warning()
    expect(dialog?.getAttribute('aria-modal')).toBe('true')
    expect(document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(
      'Are you still there?',
    )
    expect(dialog?.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.activeElement).toBe(moreTimeButton())
    expect(moreTimeButton()?.textContent?.trim()).toBe('I need more time')
  })

  it('counts down visibly, with plural-aware words', async () => {
    await mountOn('id-documents')
    await advance(90 * SECOND)
    expect(countdown()).toBe('Ending in 30 seconds')
    await advance(29 * SECOND)
    expect(countdown()).toBe('Ending in 1 second')
  })

  it('announces the warning once, not every tick', async () => {
    await mountOn('id-documents')
    const live = () => document.querySelector('[data-idle-announcement]')
    expect(live()?.getAttribute('aria-live')).toBe('assertive')
    await advance(90 * SECOND)
    const said = live()?.textContent
    expect(said).toContain('I need more time')
    await advance(10 * SECOND)
    expect(live()?.textContent).toBe(said)
    expect(live()?.textContent).not.toMatch(/\d/)
  })

  it('lasts the whole warning time, at least 20 s, then resets to welcome', async () => {
    await mountOn('id-documents')
    await advance(90 * SECOND + 30 * SECOND - 1)
    expect(router.currentRoute.value.name).toBe('id-documents')
    await advance(1)
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(warning()).toBeNull()
  })

  it('keeps every answer when the customer asks for more time, 25 times in a row', async () => {
    await mountOn('id-documents')
    const session = useSessionStore()
    session.answer('situation', 'new-phone')
    session.answer('brand', 'bell')
    for (let round = 1; round <= 25; round += 1) {
      await advance(90 * SECOND)
      expect(countdown()).toBe('Ending in 30 seconds')
      await advance(25 * SECOND)
      moreTimeButton()?.click()
      await settle()
      expect(warning()).toBeNull()
    }
    expect(router.currentRoute.value.name).toBe('id-documents')
    expect(session.answers).toMatchObject({ situation: 'new-phone', brand: 'bell' })
    expect(api.clearSessionData).not.toHaveBeenCalled()
  })

  it.each([
    [
      'a key',
      (dialog: Element) => dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })),
    ],
    ['the wheel', (dialog: Element) => dialog.dispatchEvent(new WheelEvent('wheel', { bubbles: true }))],
    ['a tap beside the button', (dialog: Element) => (dialog as HTMLElement).click()],
  ])('counts %s on the dialog as wanting more time', async (_input, act) => {
    await mountOn('id-documents')
    await advance(90 * SECOND)
    act(warning() as Element)
    await settle()
    expect(warning()).toBeNull()
    await advance(90 * SECOND - 1)
    expect(warning()).toBeNull()
  })

  it('ends the session on expiry: answers gone, default language, storage cleared, walk-away counted', async () => {
    await mountOn('id-documents')
    const session = useSessionStore()
    session.answer('language', 'fr')
    session.answer('situation', 'damaged')
    session.answer('brand', 'rogers')
    i18n.global.locale.value = 'fr'
    await advance(120 * SECOND)
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(session.answers.situation).toBeNull()
    expect(i18n.global.locale.value).toBe('en')
    expect(api.clearSessionData).toHaveBeenCalledOnce()
    expect(api.logEvent).toHaveBeenCalledWith({ event: 'session-reset', reason: 'idle' })
    expect(api.recordStatistic).toHaveBeenCalledWith({
      event: 'session-ended',
      outcome: 'abandoned',
      lastStep: 'id',
      language: 'fr',
      situation: 'damaged',
      brand: 'rogers',
      verdict: null,
      assisted: false,
    })
  })

  it('gives staff the longer staff idle time', async () => {
    await mountOn('id-documents')
    useStaffStore().enter()
    await settle()
    await advance(599 * SECOND)
    expect(warning()).toBeNull()
    await advance(1 * SECOND)
    expect(warning()).not.toBeNull()
  })

  it('runs nothing while staff have paused the reset, and starts again when they leave', async () => {
    await mountOn('id-documents')
    const staff = useStaffStore()
    staff.enter()
    staff.setResetPaused(true)
    await settle()
    await advance(3 * 60 * 60 * SECOND)
    expect(warning()).toBeNull()
    staff.leave()
    await settle()
    await advance(90 * SECOND)
    expect(warning()).not.toBeNull()
  })

  it('logs staff out when an assisted session runs out', async () => {
    await mountOn('device')
    const staff = useStaffStore()
    staff.enter()
    await settle()
    await advance(600 * SECOND + 30 * SECOND)
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(staff.active).toBe(false)
    expect(api.staffLogout).toHaveBeenCalledOnce()
    expect(api.recordStatistic).toHaveBeenCalledWith(expect.objectContaining({ assisted: true }))
  })

  it('closes the warning with the other dialogs when a reset comes from elsewhere', async () => {
    await mountOn('id-documents')
    await advance(90 * SECOND)
    useUiStore().closeDialogs()
    await settle()
    expect(warning()).toBeNull()
    await advance(90 * SECOND - 1)
    expect(warning()).toBeNull()
  })
})
