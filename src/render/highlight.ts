/**
 * Syntax highlighting with shiki, as a rehype plugin that runs after sanitation: each
 * `<pre><code class="language-X">` of a language loaded here is replaced by shiki's highlighted tree.
 * Colours are CSS variables for a light and a dark theme (`--shiki-light`, `--shiki-dark`), which the
 * site's stylesheet switches between, so one rendering serves both themes; each theme's colours are first
 * made readable on the site's code background (`contrast.ts`). Blocks in other languages stay plain.
 *
 * shiki runs with its JavaScript engine on precompiled grammars (`@shikijs/langs-precompiled`): no
 * WebAssembly, and no converting of the grammars' Oniguruma patterns at run time, which for C++ alone
 * cost each thread close to a second.
 *
 * To highlight another language: add its grammar from `@shikijs/langs-precompiled/…` to `GRAMMARS`, and
 * it (and any aliases authors write) to `LANGUAGES`.
 */
import {createRequire} from 'node:module'
import type {Element, Root} from 'hast'
import {createHighlighterCoreSync, type HighlighterCore, type LanguageRegistration} from 'shiki/core'
import {createJavaScriptRawEngine} from 'shiki/engine/javascript'
import githubDark from 'shiki/themes/github-dark.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import {visit} from 'unist-util-visit'
import {withReadableForegrounds} from './contrast.ts'
import {codeToHastPaired, pairThemes, type PairedThemes} from './paired-themes.ts'

/** The language each info-string word highlights as. */
export const LANGUAGES: Record<string, string> = {
  rust: 'rust',
  c: 'c',
  cpp: 'cpp',
  'c++': 'cpp',
  json: 'json',
  python: 'python',
  sh: 'shellscript',
  bash: 'shellscript',
  shell: 'shellscript',
  console: 'shellsession',
  toml: 'toml',
  xml: 'xml',
  yaml: 'yaml',
  yml: 'yaml',
}

/**
 * Each highlighted language's precompiled grammar (with the grammars it embeds), loaded by the first
 * block in that language: a grammar's patterns are built as its module loads — C++'s took a thread a
 * quarter of a second — and most chapters show Rust alone. Loaded with `require` (of an ES module), so
 * that highlighting stays synchronous.
 */
const GRAMMARS: Record<string, string> = {
  rust: '@shikijs/langs-precompiled/rust',
  c: '@shikijs/langs-precompiled/c',
  cpp: '@shikijs/langs-precompiled/cpp',
  json: '@shikijs/langs-precompiled/json',
  python: '@shikijs/langs-precompiled/python',
  shellscript: '@shikijs/langs-precompiled/shellscript',
  shellsession: '@shikijs/langs-precompiled/shellsession',
  toml: '@shikijs/langs-precompiled/toml',
  xml: '@shikijs/langs-precompiled/xml',
  yaml: '@shikijs/langs-precompiled/yaml',
}

const load = createRequire(import.meta.url)

export const THEMES = {light: 'github-light', dark: 'github-dark'} as const

/**
 * The site's code background in each theme (`--bg-sunken` in site/styles/global.css; a test keeps the two
 * in step): every token colour is made readable on it (WCAG AA, 4.5:1).
 */
export const CODE_BACKGROUNDS = {light: '#f4f2ee', dark: '#202429'} as const

let highlighter: {core: HighlighterCore; paired: PairedThemes | null} | null = null

/** The highlighter, with `language`'s grammar loaded. */
function getHighlighter(language: string): {core: HighlighterCore; paired: PairedThemes | null} {
  if (!highlighter) {
    const core = createHighlighterCoreSync({
      themes: [withReadableForegrounds(githubLight, CODE_BACKGROUNDS.light), withReadableForegrounds(githubDark, CODE_BACKGROUNDS.dark)],
      langs: [],
      engine: createJavaScriptRawEngine(),
    })
    // GitHub's two themes are one set of rules in two palettes: tokenized once for both (paired-themes.ts).
    highlighter = {core, paired: pairThemes(core, THEMES.light, THEMES.dark)}
  }
  if (!highlighter.core.getLoadedLanguages().includes(language)) {
    highlighter.core.loadLanguageSync((load(GRAMMARS[language]!) as {default: LanguageRegistration[]}).default)
  }
  return highlighter
}

/** Code blocks larger than this (characters) are shown without highlighting. */
const MAX_HIGHLIGHT_CHARS = 64 * 1024
/** Lines longer than this (characters) are shown without highlighting. */
const MAX_TOKENIZED_LINE = 1000

/** The rehype plugin: highlights every code block of a known language in the tree. */
export default function rehypeHighlight() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return
      const code = node.children.length === 1 ? node.children[0] : undefined
      if (code?.type !== 'element' || code.tagName !== 'code') return
      const classes = (code.properties.className as string[] | undefined) ?? []
      const language = classes.map((name) => LANGUAGES[name.replace(/^language-/, '')]).find((name) => name !== undefined)
      if (language === undefined) return
      const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
      // Grammar-based tokenizing can take seconds on pathological input (fuzzing found it): very large
      // blocks stay plain, and over-long lines are left untokenized. No time limit per line (shiki's
      // default is 500 ms): on a loaded machine it made the same source highlight differently.
      if (text.length > MAX_HIGHLIGHT_CHARS) return
      const pre = highlight(language, text)
      if (pre === null) return
      parent.children[index] = withCodeClasses(pre, classes)
      return 'skip'
    })
  }
}

/**
 * Highlighted blocks by language and text: a chapter rendered again after an edit (`specmark dev`, the
 * language server's previews, an incremental build) mostly has the same code blocks, and tokenizing is
 * most of what rendering them costs. Bounded. A tree is shared by every block with that text: nothing
 * after this plugin modifies it (the chapter's HTML is stringified from it), and nothing may.
 */
const highlighted = new Map<string, Element | null>()
const HIGHLIGHTED_LIMIT = 2000

function highlight(language: string, text: string): Element | null {
  const key = `${language}\0${text}`
  let pre = highlighted.get(key)
  if (pre === undefined) {
    const {core, paired} = getHighlighter(language)
    const options = {lang: language, themes: THEMES, defaultColor: false, tokenizeMaxLineLength: MAX_TOKENIZED_LINE, tokenizeTimeLimit: 0} as const
    const code = text.replace(/\n$/, '')
    const root = paired ? codeToHastPaired(core, paired, code, options) : core.codeToHast(code, options)
    const first = root.children[0]
    pre = first?.type === 'element' ? first : null
    // Shiki makes the block focusable for keyboard scrolling; keep its own class but drop the inline
    // background so that the site's palette decides it.
    if (pre) delete pre.properties.style
    if (highlighted.size >= HIGHLIGHTED_LIMIT) highlighted.delete(highlighted.keys().next().value!)
    highlighted.set(key, pre)
  }
  return pre
}

/** A highlighted block (shared: not modified) whose `code` has the classes of the one it replaces. */
function withCodeClasses(pre: Element, classes: string[]): Element {
  const code = pre.children[0]
  if (code?.type !== 'element' || classes.length === 0) return pre
  return {...pre, children: [{...code, properties: {...code.properties, className: classes}}, ...pre.children.slice(1)]}
}
