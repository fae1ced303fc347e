/**
 * mdBook's Font Awesome icons in a chapter's HTML: an empty `<i>` whose classes name an icon
 * (`<i class="fa fa-eye"></i>`, `fas fa-play`, `fa-brands fa-github`: `src/parse/syntax/font-awesome.ts`)
 * becomes `<span class="fa-svg">` holding the icon as inline SVG, as mdBook 0.5 writes it; the element's
 * other classes and attributes stay. An icon that does not exist stays the empty `<i>` it was, as in
 * mdBook (`check` says where: `unknown-icon`).
 *
 * Runs after sanitation (the sanitizer lets `<i>` keep its `fa…` classes): the SVG is a trusted addition.
 */
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {visit} from 'unist-util-visit'
import {iconData, iconOf, otherStylesOf, type NamedIcon} from '../parse/syntax/font-awesome.ts'

/** Each icon's SVG, by style and name (null: no such icon); shared, as no later step modifies it. */
const svgs = new Map<string, Element | null>()

/** Replaces each icon `<i>` of `root` by mdBook's `<span class="fa-svg">` with the icon's SVG. */
export function fontAwesomeIcons(root: Root): void {
  visit(root, 'element', (node) => {
    if (node.tagName !== 'i' || node.children.length > 0) return
    const icon = iconOf(Array.isArray(node.properties.className) ? node.properties.className.map(String) : [])
    const svg = icon === null ? null : iconSvg(icon)
    if (icon === null || svg === null) return
    node.tagName = 'span'
    node.properties.className = ['fa-svg', ...icon.others]
    node.children = [svg]
  })
}

/**
 * An icon's SVG as HTML, in mdBook's `<span class="fa-svg">`: in the style named, else in the one that has
 * an icon of the name (`unknown-repository-icon` says so), else null.
 */
export function iconSvgHtml(icon: Pick<NamedIcon, 'style' | 'name'>): string | null {
  const style = iconData(icon) ? icon.style : otherStylesOf(icon)[0]
  const svg = style === undefined ? null : iconSvg({...icon, style, others: []})
  return svg === null ? null : toHtml({type: 'element', tagName: 'span', properties: {className: ['fa-svg']}, children: [svg]})
}

function iconSvg(icon: NamedIcon): Element | null {
  const key = `${icon.style} ${icon.name}`
  let svg = svgs.get(key)
  if (svg === undefined) {
    const data = iconData(icon)
    const parsed = data && fromHtml(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${data.width} ${data.height}" aria-hidden="true">${data.body}</svg>`, {fragment: true}).children[0]
    svg = parsed?.type === 'element' ? parsed : null
    svgs.set(key, svg)
  }
  return svg
}
