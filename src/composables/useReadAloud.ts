import { computed, shallowRef, type ShallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { LanguageCode } from '@shared/id-lists'
import { LOCALE_TAGS } from '@/locales'
import { pickVoice, screenSpeech } from '@/domain/speech'
import { afterPaintInBackground } from '@/services/background-task'

function speechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window
}

/** Text of the elements matching `selector` inside `root`, skipping those marked in another language. */
function textsOf(root: Element, selector: string, language: string): string[] {
  return [...root.querySelectorAll<HTMLElement>(selector)]
    .filter((element) => {
      if (element.closest('[data-accessibility-bar]')) return false
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? language
      return lang === language || lang === document.documentElement.lang
    })
    .map((element) => element.innerText)
}

let voiceList: ShallowRef<SpeechSynthesisVoice[]> | null = null

/**
 * The kiosk's installed voices, one list for the whole app (the bar on every screen reads it). Asking
 * for them wakes the speech service, so the first ask waits until the first screen is painted.
 */
function installedVoices(): ShallowRef<SpeechSynthesisVoice[]> {
  if (voiceList) return voiceList
  const list = shallowRef<SpeechSynthesisVoice[]>([])
  voiceList = list
  if (speechSupported()) {
    const refresh = () => (list.value = window.speechSynthesis.getVoices())
    afterPaintInBackground(() => {
      refresh()
      window.speechSynthesis.addEventListener('voiceschanged', refresh)
    })
  }
  return list
}

/**
 * Reads the current screen's question and choices aloud with the Web Speech API, in the customer's
 * language, with a voice installed on the kiosk. `voiceAvailable` is false where no such voice exists,
 * so the bar can say so instead of staying silent.
 */
export function useReadAloud() {
  const { locale } = useI18n({ useScope: 'global' })
  const supported = speechSupported()
  const voices = installedVoices()
  const voice = computed(() => pickVoice(voices.value, locale.value))
  const voiceAvailable = computed(() => voice.value !== null)

  function stop(): void {
    if (supported) window.speechSynthesis.cancel()
  }

  function readScreen(): void {
    stop()
    // Read aloud turned on before the first paint's background work: ask now.
    if (supported && voices.value.length === 0) voices.value = window.speechSynthesis.getVoices()
    const chosen = voice.value
    const root = document.querySelector('[data-screen] main, main[data-screen]')
    if (!supported || !chosen || !root) return
    const language = locale.value
    const sentences = screenSpeech({
      question: root.querySelector('h1')?.innerText ?? '',
      details: textsOf(root, 'h2, .hint, .notice, li, [data-speak]', language),
      choices: textsOf(root, 'button', language),
    })
    for (const sentence of sentences) {
      const utterance = new SpeechSynthesisUtterance(sentence)
      utterance.lang = LOCALE_TAGS[language as LanguageCode] ?? language
      utterance.voice = chosen
      window.speechSynthesis.speak(utterance)
    }
  }

  return { supported, voiceAvailable, readScreen, stop }
}
