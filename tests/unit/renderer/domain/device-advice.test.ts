import { describe, expect, it } from 'vitest'
import { SITUATION_IDS } from '@shared/ids'
import { phoneForSituation } from '@/domain/device-advice'

describe('which phone the device step is about', () => {
  it.each(SITUATION_IDS)('%s', (situation) => {
    // After a loss or theft the eSIM goes on the new phone; the lost one is never asked for.
    expect(phoneForSituation(situation)).toBe(situation === 'lost-or-stolen' ? 'new-phone' : 'their-phone')
  })
})
