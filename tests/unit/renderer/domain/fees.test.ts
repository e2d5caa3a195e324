import { describe, expect, it } from 'vitest'
import { PROVINCES, type Province } from '@shared/ids'
import { estimateFee, taxCents } from '@/domain/fees'
import { formatMoney } from '@/domain/money'
import { readDefaultConfig, readQuebecConfig } from '../../../support/store-configs'

describe('sales tax in integer cents (each component rounded to the nearest cent, halves up)', () => {
  it.each([
    [1500, 13, 195],
    [1500, 9.975, 150], // 149.625
    [1010, 9.975, 101], // 100.7475
    [1005, 13, 131], // 130.65
    [10, 5, 1], // 0.5 rounds up
    [9, 5, 0], // 0.45 rounds down
    [0, 15, 0],
    [99_999, 15, 15_000], // 14 999.85
  ])('%i cents at %f%% is %i cents', (amount, rate, expected) => {
    expect(taxCents(amount, rate)).toBe(expected)
  })
})

describe('the fee estimate for a $15.00 fee in every province', () => {
  const expected: Record<Province, { taxes: [string, number][]; total: number }> = {
    AB: { taxes: [['GST', 75]], total: 1575 },
    NT: { taxes: [['GST', 75]], total: 1575 },
    NU: { taxes: [['GST', 75]], total: 1575 },
    YT: { taxes: [['GST', 75]], total: 1575 },
    BC: {
      taxes: [
        ['GST', 75],
        ['PST', 105],
      ],
      total: 1680,
    },
    MB: {
      taxes: [
        ['GST', 75],
        ['RST', 105],
      ],
      total: 1680,
    },
    SK: {
      taxes: [
        ['GST', 75],
        ['PST', 90],
      ],
      total: 1665,
    },
    ON: { taxes: [['HST', 195]], total: 1695 },
    QC: {
      taxes: [
        ['GST', 75],
        ['QST', 150],
      ],
      total: 1725,
    },
    NB: { taxes: [['HST', 225]], total: 1725 },
    NL: { taxes: [['HST', 225]], total: 1725 },
    PE: { taxes: [['HST', 225]], total: 1725 },
    NS: { taxes: [['HST', 210]], total: 1710 },
  }

  it.each(PROVINCES)('%s', (province) => {
    const config = readDefaultConfig()
    const estimate = estimateFee({ ...config, store: { ...config.store, province } }, 'telus', 'new-phone')
    expect(estimate?.amountCents).toBe(1500)
    expect(estimate?.taxes.map((tax) => [tax.name, tax.cents])).toEqual(expected[province].taxes)
    expect(estimate?.totalCents).toBe(expected[province].total)
  })
})

describe('fees the schedule does not know', () => {
  it('gives no amount and no total for an entry without a source ("ask staff")', () => {
    const estimate = estimateFee(readDefaultConfig(), 'bell', 'lost-or-stolen')
    expect(estimate).toMatchObject({ amountCents: null, totalCents: null, taxes: [], status: 'verify' })
  })

  it('gives nothing for a brand the schedule does not list', () => {
    expect(estimateFee(readDefaultConfig(), 'eastlink', 'new-phone')).toBeNull()
  })

  it('adds QST in a Quebec store', () => {
    const estimate = estimateFee(readQuebecConfig(), 'telus', 'damaged')
    expect(estimate?.taxes).toEqual([
      { name: 'GST', cents: 75 },
      { name: 'QST', cents: 150 },
    ])
  })
})

describe('money in the customer’s locale', () => {
  it.each([
    ['en-CA', '$15.00'],
    ['fr-CA', '15,00\u00a0$'],
  ])('%s', (tag, text) => {
    expect(formatMoney(1500, tag)).toBe(text)
  })
})
