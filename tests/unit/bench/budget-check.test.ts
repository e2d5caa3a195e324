import { describe, expect, it } from 'vitest'
import { checkBudgets, parseBudgets, type Budgets } from '../../../bench/budget-check'
import { measured, missing } from '../../../bench/results'

const budgets: Budgets = {
  'tap.p95.worstStep': { max: 50, why: 'instant' },
  'bundle.firstScreenJs.gzip': { max: 150_000, why: 'small' },
}

describe('checkBudgets', () => {
  it('passes figures at or under their budget', () => {
    const figures = {
      'tap.p95.worstStep': measured('tap p95', 50, 'ms'),
      'bundle.firstScreenJs.gzip': measured('JS gzip', 120_000, 'bytes'),
    }
    expect(checkBudgets(figures, budgets)).toEqual([])
  })

  it('names a figure over its budget, with its value and the budget', () => {
    const figures = {
      'tap.p95.worstStep': measured('tap p95', 50.1, 'ms'),
      'bundle.firstScreenJs.gzip': measured('JS gzip', 120_000, 'bytes'),
    }
    const misses = checkBudgets(figures, budgets)
    expect(misses.map((miss) => miss.figure)).toEqual(['tap.p95.worstStep'])
    expect(misses[0]?.message).toContain('50.1 ms, over its budget of 50 ms')
  })

  it('fails a budgeted figure that was not measured, giving the reason', () => {
    const figures = {
      'tap.p95.worstStep': missing('tap p95', 'taps failed: timed out'),
      'bundle.firstScreenJs.gzip': measured('JS gzip', 1, 'bytes'),
    }
    expect(checkBudgets(figures, budgets)).toEqual([
      { figure: 'tap.p95.worstStep', message: expect.stringContaining('taps failed: timed out') },
    ])
  })

  it('fails a budgeted figure absent from the results', () => {
    expect(checkBudgets({}, budgets).map((miss) => miss.figure)).toEqual([
      'tap.p95.worstStep',
      'bundle.firstScreenJs.gzip',
    ])
  })

  it('fails a figure that is not a number (NaN from an empty sample)', () => {
    const figures = {
      'tap.p95.worstStep': measured('tap p95', Number.NaN, 'ms'),
      'bundle.firstScreenJs.gzip': measured('JS gzip', 1, 'bytes'),
    }
    expect(checkBudgets(figures, budgets).map((miss) => miss.figure)).toEqual(['tap.p95.worstStep'])
  })

  it('ignores figures without a budget', () => {
    const figures = {
      'tap.p95.worstStep': measured('tap p95', 1, 'ms'),
      'bundle.firstScreenJs.gzip': measured('JS gzip', 1, 'bytes'),
      'tap.p50': measured('tap p50', 9_999, 'ms'),
    }
    expect(checkBudgets(figures, budgets)).toEqual([])
  })
})

describe('parseBudgets', () => {
  it('reads figures with a max and a why, skipping $comment', () => {
    expect(parseBudgets({ $comment: 'x', 'slip.median': { max: 500, why: 'fast' } })).toEqual({
      'slip.median': { max: 500, why: 'fast' },
    })
  })

  it.each([
    [{ 'slip.median': { max: '500', why: 'fast' } }],
    [{ 'slip.median': { why: 'fast' } }],
    [[]],
    [null],
  ])('refuses %j rather than dropping a budget', (json) => {
    expect(() => parseBudgets(json)).toThrow(/budgets\.json/)
  })

  it('reads the budgets the repository ships', async () => {
    const { default: shipped } = await import('../../../bench/budgets.json')
    expect(Object.keys(parseBudgets(shipped))).toEqual(
      expect.arrayContaining([
        'tap.p95.worstStep',
        'memory.heapGrowth',
        'memory.nodesGrowth',
        'bundle.firstScreenJs.gzip',
        'slip.median',
        'start.cold.ratio',
        'start.warm.ratio',
      ]),
    )
  })
})
