/**
 * mdBook's Font Awesome icons in a chapter's HTML: an empty `<i>` whose classes name an icon
 * (`<i class="fa fa-eye"></i>`, `fas fa-play`, `fa-brands fa-github`) becomes `<span class="fa-svg">`
 * holding the icon as inline SVG, as mdBook 0.5 writes it (mdbook-html `convert_fontawesome`): `fa` and
 * `fa-regular` name the regular icons (the default), `fas`/`fa-solid` the solid ones, `fab`/`fa-brands`
 * the brands; the element's other classes and attributes stay. An icon that does not exist stays the
 * empty `<i>` it was, as in mdBook. The icons are Font Awesome 6 Free's (CC BY 4.0), from Iconify's
 * sets, each set read on the first icon of it.
 *
 * Runs after sanitation (the sanitizer lets `<i>` keep its `fa…` classes): the SVG is a trusted addition.
 */
import {createRequire} from 'node:module'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'

/** An Iconify icon set (`icons.json`): each icon's SVG body and, where not the set's, its size. */
interface IconSet {
  icons: Record<string, {body: string; width?: number; height?: number}>
  aliases?: Record<string, {parent: string}>
  width?: number
  height?: number
}

const SETS = {regular: '@iconify-json/fa6-regular/icons.json', solid: '@iconify-json/fa6-solid/icons.json', brands: '@iconify-json/fa6-brands/icons.json'} as const
type Style = keyof typeof SETS

/** The class that names each style (mdBook's, Font Awesome 5's and 6's). */
const STYLE_CLASSES: Record<string, Style> = {fa: 'regular', 'fa-regular': 'regular', far: 'regular', fas: 'solid', 'fa-solid': 'solid', fab: 'brands', 'fa-brands': 'brands'}

const load = createRequire(import.meta.url)
const sets = new Map<Style, IconSet>()
/** Each icon's SVG, by style and name (null: no such icon); shared, as no later step modifies it. */
const svgs = new Map<string, Element | null>()

/** Replaces each icon `<i>` of `root` by mdBook's `<span class="fa-svg">` with the icon's SVG. */
export function fontAwesomeIcons(root: Root): void {
  visit(root, 'element', (node) => {
    if (node.tagName !== 'i' || node.children.length > 0) return
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : []
    let style: Style = 'regular'
    let name = ''
    const kept: string[] = []
    for (const word of classes) {
      if (STYLE_CLASSES[word]) style = STYLE_CLASSES[word]
      else if (word.startsWith('fa-')) name = word.slice('fa-'.length)
      else kept.push(word)
    }
    const svg = name === '' ? null : iconSvg(style, name)
    if (svg === null) return
    node.tagName = 'span'
    node.properties.className = ['fa-svg', ...kept]
    node.children = [svg]
  })
}

function iconSvg(style: Style, name: string): Element | null {
  const key = `${style} ${name}`
  let svg = svgs.get(key)
  if (svg === undefined) {
    let set = sets.get(style)
    if (!set) sets.set(style, (set = load(SETS[style]) as IconSet))
    const icon = set.icons[name] ?? set.icons[set.aliases?.[name]?.parent ?? '']
    const width = icon?.width ?? set.width ?? 16
    const height = icon?.height ?? set.height ?? 16
    const parsed = icon && fromHtml(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" aria-hidden="true">${icon.body}</svg>`, {fragment: true}).children[0]
    svg = parsed?.type === 'element' ? parsed : null
    svgs.set(key, svg)
  }
  return svg
}
