import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useModalFocus, wrappedIndex } from '@/composables/useModalFocus'

describe('Tab inside a modal dialog', () => {
  it.each([
    [3, 0, false, 1],
    [3, 2, false, 0],
    [3, 0, true, 2],
    [3, -1, false, 0],
    [3, -1, true, 2],
    [0, -1, false, -1],
  ])('with %i controls, from %i (backwards: %s) goes to %i', (count, current, backwards, next) => {
    expect(wrappedIndex(count, current, backwards)).toBe(next)
  })
})

describe('a modal dialog with useModalFocus', () => {
  const Dialog = defineComponent({
    setup() {
      const open = ref(false)
      const dialog = ref<HTMLElement | null>(null)
      const { onKeydown } = useModalFocus(() => open.value, dialog)
      return () =>
        h('div', [
          h('button', { id: 'opener', onClick: () => (open.value = true) }, 'open'),
          open.value
            ? h('div', { ref: dialog, role: 'dialog', onKeydown }, [
                h('button', { id: 'first' }, 'a'),
                h('button', { id: 'last', onClick: () => (open.value = false) }, 'b'),
              ])
            : null,
        ])
    },
  })

  it('takes focus, keeps Tab inside, and gives focus back when it closes', async () => {
    const wrapper = mount(Dialog, { attachTo: document.body })
    const opener = wrapper.get('#opener')
    ;(opener.element as HTMLElement).focus()
    await opener.trigger('click')
    await nextTick()
    await nextTick()
    expect(document.activeElement?.id).toBe('first')

    await wrapper.get('[role="dialog"]').trigger('keydown', { key: 'Tab', shiftKey: true })
    expect(document.activeElement?.id).toBe('last')
    await wrapper.get('[role="dialog"]').trigger('keydown', { key: 'Tab' })
    expect(document.activeElement?.id).toBe('first')

    await wrapper.get('#last').trigger('click')
    await nextTick()
    expect(document.activeElement?.id).toBe('opener')
    wrapper.unmount()
  })
})
