import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { nextScreen, previousScreen, progressOf, type ScreenId } from '@/domain/journey-flow'
import { useKioskStore } from '@/stores/kiosk'
import { useSessionStore } from '@/stores/session'
import type { Answers } from '@/domain/answers'

/** Moving through the journey from a step view: answer and go on, or go back keeping the answers. */
export function useJourney() {
  const router = useRouter()
  const route = useRoute()
  const session = useSessionStore()
  const kiosk = useKioskStore()
  const screen = computed<ScreenId>(() => route.meta.screen ?? 'welcome')

  function config() {
    if (!kiosk.config) throw new Error('The store config is not loaded')
    return kiosk.config
  }

  async function goNext(): Promise<void> {
    await router.push({ name: nextScreen(screen.value, session.answers, config()) })
  }

  async function goBack(): Promise<void> {
    await router.push({ name: previousScreen(screen.value, session.answers, config()) })
  }

  async function answerAndGo<K extends keyof Answers>(key: K, value: Answers[K]): Promise<void> {
    session.answer(key, value)
    await goNext()
  }

  const progress = computed(() => progressOf(screen.value, session.answers, config()))

  return { screen, goNext, goBack, answerAndGo, progress }
}
