/**
 * One tokenization for a light and a dark theme. shiki highlights for two themes by tokenizing the code
 * once per theme and aligning the two token lists (`codeToTokensWithThemes`); tokenizing is most of what
 * highlighting costs. When the two themes are one set of rules in two palettes — the same scope
 * selectors in the same order, the same font styles, colours set by the same rules, as GitHub's light
 * and dark themes are — a third theme with those rules, whose colour for each rule is a code for the
 * rule's (light, dark) pair, tokenizes once: a token's code gives both colours, and its boundaries are
 * where either theme's would be.
 *
 * A token's colours and font style are written as classes (`attributesOf`), not as the inline style
 * shiki writes: a style (`--shiki-light:#D73A49;--shiki-dark:#F97583`) on each of a page's thousands of
 * tokens was two fifths of a code-heavy chapter's HTML, a fifth of all the Reference's. The classes' stylesheet
 * (`tokenStylesheet`) gives each class the declarations shiki's style would have; the tree is otherwise
 * the one `codeToHast` makes (test/render/paired-themes.test.ts compares them, the classes read through
 * the stylesheet).
 */
import type {Root} from 'hast'
import {flatTokenVariants, stringifyTokenStyle, tokensToHast, type HighlighterCore} from 'shiki/core'
import type {CodeToHastOptions, ThemedToken, ThemedTokenWithVariants, ThemeRegistrationResolved} from 'shiki/core'

export interface PairedThemes {
  /** The code theme's name, registered with the highlighter. */
  name: string
  /** Each code colour (upper case, as vscode-textmate's colour map writes it) → [light colour, dark colour]. */
  colors: Map<string, [string, string]>
  light: ThemeRegistrationResolved
  dark: ThemeRegistrationResolved
  /** Each token's classes met so far (colour code and font style) → its attributes (`attributesOf`). */
  attributes: Map<string, Record<string, string>>
}

/** The paired theme of two loaded themes, registered with the highlighter; null when they do not pair. */
export function pairThemes(highlighter: HighlighterCore, lightName: string, darkName: string): PairedThemes | null {
  const light = highlighter.getTheme(lightName)
  const dark = highlighter.getTheme(darkName)
  const replaces = (theme: ThemeRegistrationResolved): boolean => Object.keys(theme.colorReplacements ?? {}).length > 0
  if (light.settings.length !== dark.settings.length || replaces(light) || replaces(dark)) return null
  const colors = new Map<string, [string, string]>()
  const codes = new Map<string, string>()
  const code = (pair: [string, string]): string => {
    const key = pair.join(' ')
    let found = codes.get(key)
    if (found === undefined) {
      found = `#${codes.size.toString(16).padStart(6, '0')}`.toUpperCase()
      codes.set(key, found)
      // Token colours come through the colour map, which writes them in upper case.
      colors.set(found, [pair[0].toUpperCase(), pair[1].toUpperCase()])
    }
    return found
  }
  const settings = []
  for (const [index, rule] of light.settings.entries()) {
    const other = dark.settings[index]!
    if (JSON.stringify(rule.scope) !== JSON.stringify(other.scope) || rule.settings.fontStyle !== other.settings.fontStyle) return null
    const [a, b] = [rule.settings.foreground, other.settings.foreground]
    if ((a === undefined) !== (b === undefined)) return null
    settings.push({...rule, settings: {...rule.settings, foreground: a === undefined ? undefined : code([a, b!]), background: undefined}})
  }
  const name = `${light.name}+${dark.name}`
  highlighter.loadThemeSync({...light, name, fg: code([light.fg, dark.fg]), bg: light.bg, settings, tokenColors: undefined, colors: undefined})
  return {name, colors, light, dark, attributes: new Map()}
}

/**
 * `codeToHast(code, options)` for `options.themes` = {light, dark} with `defaultColor: false`, tokenized
 * once through the paired theme, each token's style given by its classes (`tokenStylesheet`).
 */
export function codeToHastPaired(highlighter: HighlighterCore, paired: PairedThemes, code: string, options: CodeToHastOptions & {lang: string}): Root {
  return pairedTree(paired, pairedTokens(highlighter, paired, code, options), code, options)
}

/** The tokens of `code` through the paired theme, each with its classes, whitespace merged as `codeToHast` merges it. */
export function pairedTokens(highlighter: HighlighterCore, paired: PairedThemes, code: string, options: CodeToHastOptions & {lang: string}): ThemedToken[][] {
  const base = highlighter.codeToTokensBase(code, {...options, theme: paired.name} as never)
  return mergeWhitespaceTokens(base.map((line) => line.map((token): ThemedToken => ({content: token.content, offset: token.offset, htmlStyle: {}, htmlAttrs: attributesOf(paired, token)}))))
}

/** The tree `codeToHast` makes of `tokens` (of `code`) for the paired theme's two themes. */
export function pairedTree(paired: PairedThemes, tokens: ThemedToken[][], code: string, options: CodeToHastOptions & {lang: string}): Root {
  const fg = `--shiki-light:${paired.light.fg || 'inherit'};--shiki-dark:${paired.dark.fg || 'inherit'}`
  const bg = `--shiki-light-bg:${paired.light.bg || 'inherit'};--shiki-dark-bg:${paired.dark.bg || 'inherit'}`
  const themeName = `shiki-themes ${paired.light.name} ${paired.dark.name}`
  const context = {meta: {}, options, codeToHast: () => ({type: 'root', children: []}), codeToTokens: () => ({tokens: []}), source: code}
  return tokensToHast(tokens, {...options, fg, bg, themeName, rootStyle: `${fg};${bg}`}, context as never) as Root
}

/**
 * Where each token of `code` is, as offsets into it, and its colour class (`attributesOf`): to paint code
 * that is no highlighted tree (an example being edited, through the CSS Custom Highlight API: each class
 * is the highlight `code-<class>`, `tokenStylesheet`). Font styles are left out (a highlight cannot set
 * them), and so is a token of no colour of the paired theme.
 */
export function tokenColours(highlighter: HighlighterCore, paired: PairedThemes, code: string, options: {lang: string; tokenizeMaxLineLength?: number}): Array<{offset: number; length: number; colour: string}> {
  const tokens = highlighter.codeToTokensBase(code, {...options, theme: paired.name} as never).flat()
  return tokens.flatMap((token) => {
    const colour = token.color?.toUpperCase()
    return colour !== undefined && paired.colors.has(colour) ? [{offset: token.offset, length: token.content.length, colour: colourClass(colour)}] : []
  })
}

/** The custom highlight that paints a colour class (`tokenColours`). */
export const highlightName = (colour: string): string => `code-${colour}`

/** The largest font style (italic 1, bold 2, underline 4, strikethrough 8, combined). */
const FONT_STYLES = 15

/** The class of a colour code (`#00000A` → `ca`): codes count up from 0, so their classes stay short. */
const colourClass = (code: string): string => `c${Number.parseInt(code.slice(1), 16).toString(36)}`
const fontClass = (fontStyle: number): string => `f${fontStyle}`

/**
 * The attributes of a token of the paired theme: the classes of its colour code and font style. A token
 * of the paired theme always has one of its codes; one that had not (or an unknown font style) would get
 * shiki's inline style, so that its colours are never lost. A code block has hundreds of tokens in a
 * handful of styles, so each is worked out once (per paired theme) and shared: no step after
 * highlighting modifies a token's properties.
 */
function attributesOf(paired: PairedThemes, token: ThemedToken): Record<string, string> {
  const key = `${token.color ?? ''}\0${token.fontStyle ?? ''}`
  let attributes = paired.attributes.get(key)
  if (attributes === undefined) {
    const code = token.color ? token.color.toUpperCase() : undefined
    const fontStyle = token.fontStyle ?? 0
    if ((code !== undefined && !paired.colors.has(code)) || fontStyle < 0 || fontStyle > FONT_STYLES) {
      const pair = code === undefined ? undefined : paired.colors.get(code)
      const variant = (side: 0 | 1): Record<string, unknown> => ({color: pair ? pair[side] : token.color, fontStyle: token.fontStyle})
      attributes = {style: declarations(variant(0), variant(1))}
    } else {
      const classes = [code === undefined ? '' : colourClass(code), fontStyle === 0 ? '' : fontClass(fontStyle)].filter(Boolean)
      attributes = classes.length === 0 ? {} : {class: classes.join(' ')}
    }
    paired.attributes.set(key, attributes)
  }
  return attributes
}

/** The declarations shiki writes for a token with these light and dark variants (`flatTokenVariants`, `stringifyTokenStyle`). */
function declarations(light: Record<string, unknown>, dark: Record<string, unknown>): string {
  const merged: ThemedTokenWithVariants = {content: '', offset: 0, variants: {light, dark}}
  return stringifyTokenStyle(flatTokenVariants(merged, ['light', 'dark'], '--shiki-', false).htmlStyle ?? {})
}

/**
 * The stylesheet of the token classes (`attributesOf`): for each colour code of the paired theme and each
 * font style, the declarations shiki writes for a token of that colour or style, scoped to highlighted
 * blocks. A token's classes together declare what its inline style would (a colour's and a font style's
 * declarations are separate custom properties). Then each colour as a custom highlight (`tokenColours`).
 */
export function tokenStylesheet(paired: PairedThemes): string {
  const rules: string[] = []
  for (const [code, [light, dark]] of paired.colors) rules.push(`.shiki .${colourClass(code)}{${declarations({color: light}, {color: dark})}}`)
  for (let fontStyle = 1; fontStyle <= FONT_STYLES; fontStyle++) rules.push(`.shiki .${fontClass(fontStyle)}{${declarations({fontStyle}, {fontStyle})}}`)
  // The same colours as custom highlights (`tokenColours`), in the page's scheme.
  for (const [code, [light, dark]] of paired.colors) rules.push(`::highlight(${highlightName(colourClass(code))}){color:light-dark(${light},${dark})}`)
  return `${rules.join('\n')}\n`
}

/**
 * shiki's `mergeWhitespaceTokens` (not exported), as `codeToHast` applies it by default: a whitespace-only
 * token joins the token after it, unless that one is underlined or struck through.
 */
function mergeWhitespaceTokens(tokens: ThemedToken[][]): ThemedToken[][] {
  const UNDERLINE = 4
  const STRIKETHROUGH = 8
  return tokens.map((line) => {
    const merged: ThemedToken[] = []
    let carried = ''
    let firstOffset: number | undefined
    line.forEach((token, index) => {
      const couldMerge = !(token.fontStyle && (token.fontStyle & UNDERLINE || token.fontStyle & STRIKETHROUGH))
      if (couldMerge && /^\s+$/.test(token.content) && line[index + 1]) {
        firstOffset ??= token.offset
        carried += token.content
      } else if (carried) {
        if (couldMerge) merged.push({...token, offset: firstOffset!, content: carried + token.content})
        else merged.push({content: carried, offset: firstOffset!} as ThemedToken, token)
        firstOffset = undefined
        carried = ''
      } else {
        merged.push(token)
      }
    })
    return merged
  })
}
