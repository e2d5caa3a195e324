import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFileLogger, LOG_KEEP_DAYS, pruneOldLogs } from '../../../electron/main/services/logger'
import { TestClock } from '../../support/test-clock'

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kiosk-logs-'))
}

describe('the file logger', () => {
  it('writes one JSON line per event in the day’s file', () => {
    const dir = tempDir()
    const logger = createFileLogger(dir, new TestClock('2026-11-25T15:00:00Z'))
    logger.log('info', 'renderer-ready')
    logger.log('info', 'session-reset', { reason: 'idle' })
    const lines = readFileSync(join(dir, 'kiosk-2026-11-25.log'), 'utf8').trim().split('\n')
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { at: '2026-11-25T15:00:00.000Z', level: 'info', event: 'renderer-ready' },
      { at: '2026-11-25T15:00:00.000Z', level: 'info', event: 'session-reset', reason: 'idle' },
    ])
  })

  it(`keeps ${LOG_KEEP_DAYS} days of files and deletes older ones when a new day starts`, () => {
    const dir = tempDir()
    for (const name of [
      'kiosk-2026-10-26.log',
      'kiosk-2026-10-27.log',
      'kiosk-2026-11-24.log',
      'notes.txt',
    ]) {
      writeFileSync(join(dir, name), '')
    }
    const clock = new TestClock('2026-11-24T23:00:00Z')
    const logger = createFileLogger(dir, clock)
    logger.log('info', 'first')
    clock.set('2026-11-25T01:00:00Z')
    logger.log('info', 'next day')
    expect(readdirSync(dir).sort()).toEqual([
      'kiosk-2026-10-27.log',
      'kiosk-2026-11-24.log',
      'kiosk-2026-11-25.log',
      'notes.txt',
    ])
  })

  it('prunes only files named like its own', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'kiosk-2020-01-01.log'), '')
    writeFileSync(join(dir, 'kiosk-2020-01-01.log.bak'), '')
    expect(pruneOldLogs(dir, '2026-11-25', 7)).toEqual(['kiosk-2020-01-01.log'])
    expect(readdirSync(dir)).toEqual(['kiosk-2020-01-01.log.bak'])
  })

  it('never stops the kiosk when the folder can’t be written', () => {
    const blocker = join(tempDir(), 'file')
    writeFileSync(blocker, '')
    const logger = createFileLogger(join(blocker, 'logs'), new TestClock())
    expect(() => logger.log('info', 'anything')).not.toThrow()
  })
})
