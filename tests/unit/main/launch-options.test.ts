import { describe, expect, it } from 'vitest'
import { parseLaunchOptions } from '../../../electron/main/launch-options'

describe('launch options', () => {
  it('runs full screen with the user-data config by default', () => {
    expect(parseLaunchOptions(['electron', '.'], {})).toEqual({ windowed: false })
  })

  it.each([
    [['electron', '.', '--windowed'], {}],
    [['electron', '.'], { KIOSK_WINDOWED: '1' }],
  ])('turns windowed mode on from %j %j', (argv, env) => {
    expect(parseLaunchOptions(argv, env).windowed).toBe(true)
  })

  it.each([
    [['electron', '.', '--config=/etc/kiosk/store.json'], {}],
    [['electron', '.', '--config', '/etc/kiosk/store.json'], {}],
    [['electron', '.'], { KIOSK_CONFIG: '/etc/kiosk/store.json' }],
  ])('reads the config path from %j %j', (argv, env) => {
    expect(parseLaunchOptions(argv, env).configPath).toBe('/etc/kiosk/store.json')
  })

  it('prefers the command line to the environment', () => {
    expect(parseLaunchOptions(['e', '--config=/a.json'], { KIOSK_CONFIG: '/b.json' }).configPath).toBe(
      '/a.json',
    )
  })
})
