import { describe, expect, it } from 'vitest'
import { isBlockedShortcut, type KeyInput } from '../../../electron/main/blocked-shortcuts'

function key(key: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return { type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...modifiers }
}

describe('keyboard escapes from the kiosk', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['F5', key('F5')],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+plus', key('+', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+minus', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+numpad plus', key('Add', { control: true, code: 'NumpadAdd' })],
    ['Cmd+W', key('w', { meta: true })],
  ])('swallows %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true)
  })

  it.each([
    ['Tab', key('Tab')],
    ['Shift+Tab', key('Tab', { shift: true })],
    ['Enter', key('Enter')],
    ['Space', key(' ')],
    ['a letter', key('a')],
    ['a digit', key('0')],
    ['Escape', key('Escape')],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false)
  })

  it('only judges key presses, not releases', () => {
    expect(isBlockedShortcut({ ...key('F5'), type: 'keyUp' })).toBe(false)
  })
})
