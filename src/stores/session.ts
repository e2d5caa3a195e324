import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { initialAnswers, type Answers } from '@/domain/answers'
import { estimateFee, type FeeEstimate } from '@/domain/fees'
import { computeVerdict, type Verdict } from '@/domain/verdict'
import { newIdempotencyKey } from '@/domain/idempotency-key'
import { useKioskStore } from './kiosk'

/**
 * The customer's session: only what they answered, in memory. The verdict and the fee are derived,
 * never stored. `reset()` rebuilds the state from the same factory the tests compare against.
 */
export const useSessionStore = defineStore('session', () => {
  const answers = ref<Answers>(initialAnswers())
  /** One per session: however often "Print my slip" is tapped, the printer prints one slip. */
  const slipKey = ref(newIdempotencyKey())
  /** Whether this session's slip came out of the printer: the done screen says what to do either way. */
  const slipPrinted = ref(false)
  const kiosk = useKioskStore()

  const verdict = computed<Verdict | null>(() =>
    kiosk.config ? computeVerdict(answers.value, kiosk.config) : null,
  )
  const fee = computed<FeeEstimate | null>(() => {
    const { brand, situation } = answers.value
    if (!kiosk.config || !brand || !situation) return null
    return estimateFee(kiosk.config, brand, situation)
  })

  function answer<K extends keyof Answers>(key: K, value: Answers[K]): void {
    answers.value[key] = value
  }

  function reset(): void {
    answers.value = initialAnswers()
    slipKey.value = newIdempotencyKey()
    slipPrinted.value = false
  }

  return { answers, slipKey, slipPrinted, verdict, fee, answer, reset }
})
