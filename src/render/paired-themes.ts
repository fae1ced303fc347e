/**
 * One tokenization for a light and a dark theme. shiki highlights for two themes by tokenizing the code
 * once per theme and aligning the two token lists (`codeToTokensWithThemes`); tokenizing is most of what
 * highlighting costs. When the two themes are one set of rules in two palettes — the same scope
 * selectors in the same order, the same font styles, colours set by the same rules, as GitHub's light
 * and dark themes are — a third theme with those rules, whose colour for each rule is a code for the
 * rule's (light, dark) pair, tokenizes once: a token's code gives both colours, and its boundaries are
 * where either theme's would be. The tokens then go through shiki's own steps for two themes, so the
 * tree is the one `codeToHast` makes (test/render/paired-themes.test.ts compares them).
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
  /** Each token style met so far (colour code and font style) → its text (`styleOf`). */
  styles: Map<string, string>
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
  return {name, colors, light, dark, styles: new Map()}
}

/**
 * `codeToHast(code, options)` for `options.themes` = {light, dark} with `defaultColor: false`, tokenized
 * once through the paired theme.
 */
export function codeToHastPaired(highlighter: HighlighterCore, paired: PairedThemes, code: string, options: CodeToHastOptions & {lang: string}): Root {
  const base = highlighter.codeToTokensBase(code, {...options, theme: paired.name} as never)
  const tokens = base.map((line) => line.map((token): ThemedToken => ({content: token.content, offset: token.offset, htmlStyle: styleOf(paired, token)})))
  const fg = `--shiki-light:${paired.light.fg || 'inherit'};--shiki-dark:${paired.dark.fg || 'inherit'}`
  const bg = `--shiki-light-bg:${paired.light.bg || 'inherit'};--shiki-dark-bg:${paired.dark.bg || 'inherit'}`
  const themeName = `shiki-themes ${paired.light.name} ${paired.dark.name}`
  const context = {meta: {}, options, codeToHast: () => ({type: 'root', children: []}), codeToTokens: () => ({tokens: []}), source: code}
  return tokensToHast(mergeWhitespaceTokens(tokens), {...options, fg, bg, themeName, rootStyle: `${fg};${bg}`}, context as never) as Root
}

/**
 * The style of a token of the paired theme: its light and dark colours and font style, as shiki writes
 * them for two themes (`flatTokenVariants`, `stringifyTokenStyle`). A code block has hundreds of tokens
 * in a handful of styles, so each style is worked out once (per paired theme) and its text shared.
 * It is given as text where shiki's token type says an object: `tokensToHast` writes a token's style
 * with `stringifyTokenStyle`, which takes either (test/render/paired-themes.test.ts compares the trees).
 */
function styleOf(paired: PairedThemes, token: ThemedToken): Record<string, string> {
  const key = `${token.color ?? ''}\0${token.fontStyle ?? ''}`
  let style = paired.styles.get(key)
  if (style === undefined) {
    const variant = (side: 0 | 1): Record<string, unknown> => {
      const pair = token.color === undefined || token.color === '' ? undefined : paired.colors.get(token.color.toUpperCase())
      return {color: pair ? pair[side] : token.color, fontStyle: token.fontStyle}
    }
    const merged: ThemedTokenWithVariants = {content: '', offset: 0, variants: {light: variant(0), dark: variant(1)}}
    style = stringifyTokenStyle(flatTokenVariants(merged, ['light', 'dark'], '--shiki-', false).htmlStyle ?? {})
    paired.styles.set(key, style)
  }
  return style as unknown as Record<string, string>
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
