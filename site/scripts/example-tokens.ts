/**
 * The tokens of a Rust example being edited, coloured as the build colours them
 * (`src/render/code-highlighter.ts`): loaded by `live-highlight.ts` on a reader's first edit, since
 * the highlighter and the grammar are most of what colouring weighs.
 */
import rust from '@shikijs/langs-precompiled/rust'
import {createCodeHighlighter} from '../../src/render/code-highlighter.ts'
import {highlightName, tokenColours} from '../../src/render/paired-themes.ts'

const {core, paired} = createCodeHighlighter()
core.loadLanguageSync(rust)

/** Each token of `text`, as offsets into it, with the custom highlight that paints it. */
export function rustTokens(text: string): Array<{offset: number; length: number; highlight: string}> {
  if (!paired) return []
  // As the build: lines longer than this are left untokenized (`MAX_TOKENIZED_LINE` in highlight.ts).
  return tokenColours(core, paired, text, {lang: 'rust', tokenizeMaxLineLength: 1000}).map(({offset, length, colour}) => ({offset, length, highlight: highlightName(colour)}))
}
