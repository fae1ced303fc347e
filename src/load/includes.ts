/**
 * mdBook's include directives, `{{#include path}}` and `{{#rustdoc_include path}}`, with the line-range
 * (`:2:10`, `:5:`, `::8`, `:3`) and anchor (`:name`, between `ANCHOR: name` and `ANCHOR_END: name` lines)
 * forms. Paths are relative to the including chapter and must stay inside the spec root — `../`
 * escapes, absolute paths and symlinks leading out are refused, so a spec cannot publish files from
 * the machine that builds it. Reading happens here, in the load stage; the model builder substitutes
 * the text into code blocks and reports what could not be included.
 * <https://rust-lang.github.io/mdBook/format/mdbook.html#including-files>
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {isInside} from './read-source.ts'

export interface IncludeDirective {
  /** The directive as written, `{{#include ../x.rs:2:5}}`. */
  text: string
  kind: 'include' | 'rustdoc_include'
  /** Path as written, without the range or anchor. */
  target: string
  selector: string | null
}

/** The result of reading one directive: the text to substitute, or why it was refused. */
export type IncludeResult = {ok: true; text: string} | {ok: false; reason: string}

const DIRECTIVE = /\{\{#(include|rustdoc_include)\s+([^}\s]+)\s*\}\}/g
/** Largest file an include may pull in (bytes). */
const MAX_INCLUDE_BYTES = 1024 * 1024

/** Every include directive in a text. */
export function findIncludes(text: string): IncludeDirective[] {
  if (!text.includes('{{#')) return []
  return [...text.matchAll(DIRECTIVE)].map((match) => {
    const [file, ...rest] = match[2]!.split(':')
    return {text: match[0], kind: match[1] as IncludeDirective['kind'], target: file!, selector: rest.length > 0 ? rest.join(':') : null}
  })
}

/** Reads every include of a chapter, confined to `root`; keyed by the directive text. */
export async function readIncludes(root: string, chapterFile: string, source: string): Promise<Record<string, IncludeResult>> {
  const results: Record<string, IncludeResult> = {}
  for (const directive of findIncludes(source)) {
    if (directive.text in results) continue
    results[directive.text] = await readInclude(root, chapterFile, directive)
  }
  return results
}

async function readInclude(root: string, chapterFile: string, directive: IncludeDirective): Promise<IncludeResult> {
  if (path.isAbsolute(directive.target)) return {ok: false, reason: `absolute path \`${directive.target}\` is outside the spec root`}
  const absolute = path.resolve(root, path.dirname(chapterFile), directive.target)
  let stat
  try {
    stat = await fs.stat(absolute)
  } catch {
    return {ok: false, reason: `\`${directive.target}\` does not exist`}
  }
  if (!(await isInside(root, absolute))) return {ok: false, reason: `\`${directive.target}\` is outside the spec root`}
  if (!stat.isFile()) return {ok: false, reason: `\`${directive.target}\` is not a file`}
  if (stat.size > MAX_INCLUDE_BYTES) return {ok: false, reason: `\`${directive.target}\` is larger than ${MAX_INCLUDE_BYTES} bytes`}
  const text = await fs.readFile(absolute, 'utf8')
  const selected = selectLines(text.replace(/\r\n/g, '\n').replace(/\n$/, ''), directive)
  return selected === null ? {ok: false, reason: `no anchor \`${directive.selector}\` in \`${directive.target}\``} : {ok: true, text: selected}
}

/** Applies a range or anchor selector; rustdoc includes keep the other lines as hidden `# ` lines. */
export function selectLines(text: string, directive: Pick<IncludeDirective, 'selector' | 'kind'>): string | null {
  const lines = text.split('\n')
  const isAnchorLine = (line: string): boolean => /ANCHOR(_END)?:\s*[\w-]+/.test(line)
  let keep: (index: number) => boolean
  const selector = directive.selector
  if (selector === null) keep = () => true
  else if (/^\d*(:\d*)?$/.test(selector)) {
    const [startText, endText] = selector.split(':')
    const start = startText ? Number(startText) : 1
    const end = endText === undefined ? (startText ? start : lines.length) : endText ? Number(endText) : lines.length
    keep = (index) => index + 1 >= start && index + 1 <= end
  } else {
    const begin = lines.findIndex((line) => new RegExp(`ANCHOR:\\s*${selector}\\b`).test(line))
    if (begin === -1) return null
    const endIndex = lines.findIndex((line, index) => index > begin && new RegExp(`ANCHOR_END:\\s*${selector}\\b`).test(line))
    keep = (index) => index > begin && (endIndex === -1 || index < endIndex)
  }
  const out: string[] = []
  lines.forEach((line, index) => {
    if (isAnchorLine(line)) return
    if (keep(index)) out.push(line)
    else if (directive.kind === 'rustdoc_include') out.push(`# ${line}`)
  })
  return out.join('\n')
}
