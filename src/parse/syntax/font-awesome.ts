/**
 * mdBook's Font Awesome icons, as its HTML renderer reads them (mdbook-html `convert_fontawesome`): an
 * `<i>` whose classes name an icon — `fa-<name>`, in the style `fa` or `fa-regular` (the default),
 * `fas`/`fa-solid` or `fab`/`fa-brands` name — is drawn as that icon. Read here once for the renderer
 * (`src/render/font-awesome.ts`) and for `check` (`unknown-icon`, which says where an icon that does not
 * exist is named, as mdBook warns). The icons are Font Awesome 6 Free's (CC BY 4.0), from Iconify's
 * sets, each set read on the first look-up in it.
 */
import {createRequire} from 'node:module'

export type IconStyle = 'regular' | 'solid' | 'brands'

/** An icon an element's classes name, and its other classes. */
export interface NamedIcon {
  style: IconStyle
  name: string
  /** The classes that name neither the style nor the icon (kept on the drawn icon, as mdBook keeps them). */
  others: string[]
}

/** The class that names each style (mdBook's, Font Awesome 5's and 6's). */
const STYLE_CLASSES: Record<string, IconStyle> = {fa: 'regular', 'fa-regular': 'regular', far: 'regular', fas: 'solid', 'fa-solid': 'solid', fab: 'brands', 'fa-brands': 'brands'}

/** The short class of each style, as mdBook writes it (`fas fa-play`) and names a repository icon (`fas-code-fork`). */
export const STYLE_CLASS: Record<IconStyle, 'fa' | 'fas' | 'fab'> = {regular: 'fa', solid: 'fas', brands: 'fab'}

/** The icon `classes` name, or null when none does. */
export function iconOf(classes: readonly string[]): NamedIcon | null {
  let style: IconStyle = 'regular'
  let name = ''
  const others: string[] = []
  for (const word of classes) {
    if (Object.hasOwn(STYLE_CLASSES, word)) style = STYLE_CLASSES[word]!
    else if (word.startsWith('fa-')) name = word.slice('fa-'.length)
    else others.push(word)
  }
  return name === '' ? null : {style, name, others}
}

/** The other styles that have an icon of `icon`'s name (Font Awesome 4's `fa-github` is 6's brand). */
export function otherStylesOf(icon: Pick<NamedIcon, 'style' | 'name'>): IconStyle[] {
  return (['regular', 'solid', 'brands'] as const).filter((style) => style !== icon.style && iconData({style, name: icon.name}) !== null)
}

/**
 * The icon of `output.html.git-repository-icon` (default `fab-github`), read as mdBook reads it: the
 * style from the first word (`fa` regular, `fas` solid, `fab` brands), the name after its prefix.
 */
export function repositoryIcon(value: string): Pick<NamedIcon, 'style' | 'name'> {
  const prefix = value.split('-')[0]
  const style = (Object.keys(STYLE_CLASS) as IconStyle[]).find((candidate) => STYLE_CLASS[candidate] === prefix) ?? 'regular'
  return {style, name: value.replace(/^(?:fa|fab|fas)-/, '')}
}

/** An Iconify icon set (`icons.json`): each icon's SVG body and, where not the set's, its size. */
interface IconSet {
  icons: Record<string, {body: string; width?: number; height?: number}>
  aliases?: Record<string, {parent: string}>
  width?: number
  height?: number
}

const SETS: Record<IconStyle, string> = {regular: '@iconify-json/fa6-regular/icons.json', solid: '@iconify-json/fa6-solid/icons.json', brands: '@iconify-json/fa6-brands/icons.json'}
const load = createRequire(import.meta.url)
const sets = new Map<IconStyle, IconSet>()

/** An icon's SVG body (its paths) and its view box's size, or null when its style has no such icon. */
export function iconData({style, name}: Pick<NamedIcon, 'style' | 'name'>): {body: string; width: number; height: number} | null {
  let set = sets.get(style)
  if (!set) sets.set(style, (set = load(SETS[style]) as IconSet))
  // Iconify keeps an icon's old names as aliases of its new one.
  const icon = Object.hasOwn(set.icons, name) ? set.icons[name] : set.aliases && Object.hasOwn(set.aliases, name) ? set.icons[set.aliases[name]!.parent] : undefined
  if (!icon) return null
  return {body: icon.body, width: icon.width ?? set.width ?? 16, height: icon.height ?? set.height ?? 16}
}
