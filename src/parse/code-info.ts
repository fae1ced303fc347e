/**
 * Code block info strings: ```` ```rust,compile_fail,E0308 ````, ```` ```grammar,expressions ````,
 * ```` ```data,capability-matrix ````. The first comma-separated word is the language, the rest are
 * attributes (rustdoc's syntax; spaces are accepted as separators too).
 */
import type {Code} from 'mdast'

export interface ParsedInfo {
  lang: string | null
  attributes: string[]
}

/** Splits a code node's info string into language and attributes. */
export function parseCodeInfo(code: Pick<Code, 'lang' | 'meta'>): ParsedInfo {
  const info = [code.lang ?? '', code.meta ?? ''].join(' ')
  const words = info.split(/[\s,]+/).filter((word) => word !== '')
  return {lang: words[0] ?? null, attributes: words.slice(1)}
}

/** The rustdoc attributes that decide how an example is tested. */
export interface RustExampleMode {
  ignore: boolean
  compileFail: boolean
  noRun: boolean
  shouldPanic: boolean
  edition: string | null
  errorCodes: string[]
}

export function rustExampleMode(attributes: string[]): RustExampleMode {
  return {
    ignore: attributes.includes('ignore'),
    compileFail: attributes.includes('compile_fail'),
    noRun: attributes.includes('no_run'),
    shouldPanic: attributes.includes('should_panic'),
    edition: attributes.find((word) => /^edition\d{4}$/.test(word))?.slice('edition'.length) ?? null,
    errorCodes: attributes.filter((word) => /^E\d{4}$/.test(word)),
  }
}

/**
 * The code rustdoc compiles from a block: `# ` hidden lines shown (a lone `#` is an empty hidden line;
 * `##` escapes a literal `#`).
 */
export function compiledRustSource(value: string): string {
  return value
    .split('\n')
    .map((line) => {
      const trimmed = line.trimStart()
      const indent = line.slice(0, line.length - trimmed.length)
      if (trimmed === '#') return indent
      if (trimmed.startsWith('# ')) return indent + trimmed.slice(2)
      if (trimmed.startsWith('##')) return indent + trimmed.slice(1)
      return line
    })
    .join('\n')
}

/** Whether a line of a rust block is hidden on the page. */
export function isHiddenRustLine(line: string): boolean {
  const trimmed = line.trimStart()
  return trimmed === '#' || trimmed.startsWith('# ')
}

/**
 * The prefix that hides lines of a block that is not Rust, as mdBook hides them (mdbook-html
 * `hide_lines.rs`): the block's own `hidelines=<prefix>` attribute, else the book's prefix for its
 * language (`[output.html.code.hidelines]`, `python = "~"`); null for none. A line is hidden when it starts
 * with the prefix after its indentation (`isHiddenPrefixedLine`).
 */
export function hiddenLinePrefix(info: Pick<ParsedInfo, 'lang' | 'attributes'>, hidelines: Record<string, string>): string | null {
  const own = info.attributes.find((word) => word.startsWith('hidelines='))?.slice('hidelines='.length)
  if (own) return own
  return info.lang !== null && Object.hasOwn(hidelines, info.lang) ? hidelines[info.lang]! : null
}

/** Whether a line of a block hiding lines by `prefix` (`hiddenLinePrefix`) is hidden: it starts with the prefix after its indentation. */
export function isHiddenPrefixedLine(line: string, prefix: string): boolean {
  return line.trimStart().startsWith(prefix)
}
