/**
 * The code highlighter, made one way for the build (`highlight.ts`) and for the browser (an editable
 * example highlighted as it is edited: `site/scripts/example-tokens.ts`), so that both colour a token
 * alike: shiki's core with its JavaScript engine, GitHub's light and dark themes, each colour made
 * readable on the site's code background (`contrast.ts`), paired so that code is tokenized once for both
 * (`paired-themes.ts`). No Node module: the browser loads it too.
 */
import {createHighlighterCoreSync, type HighlighterCore} from 'shiki/core'
import {createJavaScriptRawEngine} from 'shiki/engine/javascript'
import githubDark from 'shiki/themes/github-dark.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import {withReadableForegrounds} from './contrast.ts'
import {pairThemes, type PairedThemes} from './paired-themes.ts'

export const THEMES = {light: 'github-light', dark: 'github-dark'} as const

/**
 * The site's code background in each theme (`--bg-sunken` in site/styles/global.css; a test keeps the two
 * in step): every token colour is made readable on it (WCAG AA, 4.5:1).
 */
export const CODE_BACKGROUNDS = {light: '#f4f2ee', dark: '#202429'} as const

/** A highlighter with no language loaded yet, and its paired theme (null if the two themes no longer pair). */
export function createCodeHighlighter(): {core: HighlighterCore; paired: PairedThemes | null} {
  const core = createHighlighterCoreSync({
    themes: [withReadableForegrounds(githubLight, CODE_BACKGROUNDS.light), withReadableForegrounds(githubDark, CODE_BACKGROUNDS.dark)],
    langs: [],
    engine: createJavaScriptRawEngine(),
  })
  // GitHub's two themes are one set of rules in two palettes: tokenized once for both (paired-themes.ts).
  return {core, paired: pairThemes(core, THEMES.light, THEMES.dark)}
}
