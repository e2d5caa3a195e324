import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import type { SlipData } from '@shared/slip'
import { buildSlipData } from '@/domain/slip-data'
import { kiosk } from '@/services/kiosk'
import { useKioskStore } from '@/stores/kiosk'
import { useSessionStore } from '@/stores/session'
import { useStaffStore } from '@/stores/staff'

export type SlipPrintState = 'idle' | 'printing' | 'printed' | 'failed'

/** Beyond the printer's own timeout: the main process answers first unless it is stuck itself. */
export const PRINT_TIMEOUT_MARGIN_MS = 2000

/**
 * The print flow: one request per slip (the key makes repeats harmless anyway), "printing" until the
 * printer answers, then printed, or failed on any error or once `timeoutMs` passes (setTimeout, so a
 * test's clock moves it). After a failure `slip` holds what to show on screen instead.
 */
export function useSlipPrint(source: () => SlipData | null, timeoutMs: () => number) {
  const state = ref<SlipPrintState>('idle')
  const slip = shallowRef<SlipData | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined

  async function print(): Promise<void> {
    if (state.value === 'printing' || state.value === 'printed') return
    const data = source()
    if (!data) return
    slip.value = data
    state.value = 'printing'
    const timedOut = new Promise<'failed'>((resolve) => {
      timer = setTimeout(() => resolve('failed'), timeoutMs())
    })
    const printed = kiosk()
      .printSlip(data)
      .then(
        (result) => (result.ok ? ('printed' as const) : ('failed' as const)),
        () => 'failed' as const,
      )
    const outcome = await Promise.race([printed, timedOut])
    clearTimeout(timer)
    if (state.value === 'printing') state.value = outcome
  }

  onScopeDispose(() => clearTimeout(timer))
  return { state, slip, print }
}

/** The summary's slip: built from this session's answers, in the language on screen. */
export function useSummarySlipPrint() {
  const session = useSessionStore()
  const kioskStore = useKioskStore()
  const staff = useStaffStore()
  const { locale } = useI18n({ useScope: 'global' })

  const printing = useSlipPrint(
    () => {
      const config = kioskStore.config
      if (!config || !session.verdict) return null
      return buildSlipData({
        answers: session.answers,
        verdict: session.verdict,
        fee: session.fee,
        config,
        language: locale.value as LanguageCode,
        now: new Date(),
        idempotencyKey: session.slipKey,
        assistedChecks: staff.assistedChecks,
      })
    },
    () => (kioskStore.config?.printer.timeoutSeconds ?? 10) * 1000 + PRINT_TIMEOUT_MARGIN_MS,
  )
  watch(printing.state, (state) => {
    if (state === 'printed') session.slipPrinted = true
  })
  return printing
}
