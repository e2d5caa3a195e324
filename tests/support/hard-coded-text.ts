import { parse } from 'vue/compiler-sfc'

/** Attributes a person reads or hears; a literal word in one must come from the locale files instead. */
const READABLE_ATTRIBUTES = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
])

// Node types from @vue/compiler-core (a const enum, so not importable at run time).
const ELEMENT = 1
const TEXT = 2
const ATTRIBUTE = 6

interface TemplateNode {
  type: number
  content?: unknown
  tag?: string
  props?: { type: number; name: string; value?: { content: string } }[]
  children?: TemplateNode[]
  loc: { start: { line: number } }
}

export interface HardCodedText {
  line: number
  text: string
}

const hasLetter = (text: string) => /\p{L}/u.test(text)

/**
 * Every piece of visible text a Vue file's template writes literally (text between tags, and readable
 * attributes not bound to an expression). Text from `{{ t(...) }}` or `:aria-label="t(...)"` is fine.
 */
export function findHardCodedText(source: string, filename = 'component.vue'): HardCodedText[] {
  const { descriptor, errors } = parse(source, { filename })
  if (errors.length) throw new Error(`${filename}: ${String(errors[0])}`)
  const root = descriptor.template?.ast as TemplateNode | undefined
  const found: HardCodedText[] = []
  const visit = (node: TemplateNode) => {
    if (node.type === TEXT && typeof node.content === 'string' && hasLetter(node.content)) {
      found.push({ line: node.loc.start.line, text: node.content.trim() })
    }
    if (node.type === ELEMENT) {
      for (const prop of node.props ?? []) {
        if (
          prop.type === ATTRIBUTE &&
          READABLE_ATTRIBUTES.has(prop.name) &&
          hasLetter(prop.value?.content ?? '')
        ) {
          found.push({ line: node.loc.start.line, text: `${prop.name}="${prop.value?.content ?? ''}"` })
        }
      }
    }
    node.children?.forEach(visit)
  }
  if (root) visit(root)
  return found
}
