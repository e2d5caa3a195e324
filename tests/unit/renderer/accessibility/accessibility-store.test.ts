import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defaultAccessibility, useAccessibilityStore } from '@/stores/accessibility'

describe('the accessibility store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts at the defaults: normal text, normal contrast, silent, not lowered', () => {
    const settings = useAccessibilityStore()
    expect({
      textSize: settings.textSize,
      highContrast: settings.highContrast,
      readAloud: settings.readAloud,
      lowered: settings.lowered,
    }).toEqual(defaultAccessibility())
  })

  it('steps the text size through three sizes and back', () => {
    const settings = useAccessibilityStore()
    const seen = [settings.textSize]
    for (let step = 0; step < 3; step += 1) {
      settings.nextTextSize()
      seen.push(settings.textSize)
    }
    expect(seen).toEqual(['normal', 'large', 'larger', 'normal'])
  })

  it('goes back to every default on reset', () => {
    const settings = useAccessibilityStore()
    settings.nextTextSize()
    settings.highContrast = true
    settings.readAloud = true
    settings.lowered = true
    settings.reset()
    expect(settings.textSize).toBe('normal')
    expect([settings.highContrast, settings.readAloud, settings.lowered]).toEqual([false, false, false])
  })
})
