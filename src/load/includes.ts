/**
 * mdBook's `links` preprocessor, ported: `{{#include path}}`, `{{#rustdoc_include path}}`,
 * `{{#playground path attrs…}}` and `{{#title text}}`, with the line-range (`:2:10`, `:5:`, `::8`, `:3`)
 * and anchor (`:name`, between `ANCHOR: name` and `ANCHOR_END: name` lines) selectors, escaped directives
 * (`\{{#include x}}` stays literal, without the backslash) and nested includes (an included file's own
 * directives are expanded relative to it, at most ten levels deep, as mdBook does).
 *
 * Paths are relative to the including file and must stay inside the include root (`includeRoot`: the
 * book root, or the git working tree holding an mdBook): `../` escapes, absolute paths and symlinks
 * leading out are refused, so a book cannot publish files from the machine that builds it. Reading
 * happens here, in the load stage; `src/parse/prose-includes.ts` and the model builder substitute the text.
 * <https://github.com/rust-lang/mdBook/blob/641d06ab/crates/mdbook-driver/src/builtin_preprocessors/links.rs>
 */
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {tooManyIncludes} from '../parse/limits.ts'
import type {Layout} from './project.ts'
import {isInside} from './read-source.ts'
import {repositoryTop} from './repository.ts'

export type IncludeKind = 'include' | 'rustdoc_include' | 'playground' | 'title'

export interface IncludeDirective {
  /** The directive as written, `{{#include ../x.rs:2:5}}`. */
  text: string
  kind: IncludeKind
  /** Path as written, without the range or anchor (for `title`: the title). */
  target: string
  /** What follows the first `:` of the path (a range or an anchor), or null. */
  selector: string | null
  /** `playground` attributes (`editable`, …). */
  props: string[]
  /** Offset of the directive in the text it was found in. */
  offset: number
}

/** The result of reading one directive: the text to substitute, or why it was refused. */
/**
 * A directive's expansion, with `files`: every file it read (nested includes too), or, when it failed, read
 * or named under the root, so that an editor or `specmark dev` re-reads the chapter when one appears or changes.
 */
export type IncludeResult = {ok: true; text: string; title?: string; files?: string[]} | {ok: false; reason: string; hint?: string; files?: string[]}

/** mdBook's `find_links` pattern: an escaped directive, or `{{#type args}}`. */
const DIRECTIVE = /\\\{\{#.*\}\}|\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}/g
const KINDS = new Set(['include', 'rustdoc_include', 'playground', 'playpen', 'title'])
/** Largest file an include may pull in (bytes). */
const MAX_INCLUDE_BYTES = 1024 * 1024
/** mdBook's `MAX_LINK_NESTED_DEPTH`. */
const MAX_DEPTH = 10
/**
 * What one chapter's includes may read and expand to, nested ones counted: ten levels of a file including
 * another ten times would otherwise read 10^10 files. The expanded text is bounded like a source file.
 */
export const MAX_INCLUDED_BYTES = 8 * 1024 * 1024
export const MAX_INCLUDE_EXPANSIONS = 10_000

/**
 * What a chapter's includes have expanded so far (shared by all of them, nested ones included), and the
 * files read for them: a file included many times is read, and checked against the root, once.
 */
interface Budget {
  bytes: number
  expansions: number
  files: Map<string, Promise<FileRead>>
}

/** A file an include names: its text, or why it may not be read (`outside` the root, `missing`, …). */
type FileRead = {ok: true; content: string} | {ok: false; why: 'outside' | 'git' | 'missing' | 'not-file' | 'too-large'}

/** Every (unescaped) directive of a known kind in a text, in order. */
export function findIncludes(text: string): IncludeDirective[] {
  if (!text.includes('{{')) return []
  const found: IncludeDirective[] = []
  for (const match of text.matchAll(DIRECTIVE)) {
    const kind = match[1]
    if (kind === undefined || !KINDS.has(kind)) continue
    const offset = match.index
    if (kind === 'title') {
      found.push({text: match[0], kind, target: match[2]!, selector: null, props: [], offset})
      continue
    }
    const [file, ...props] = match[2]!.trim().split(/\s+/)
    const colon = file!.indexOf(':')
    const target = colon === -1 ? file! : file!.slice(0, colon)
    const selector = colon === -1 ? null : file!.slice(colon + 1)
    found.push({text: match[0], kind: kind === 'playpen' ? 'playground' : (kind as IncludeKind), target, selector, props, offset})
  }
  return found
}

/**
 * Substitutes read directives into a text (a code block's), as mdBook's `replace_all` does: each line of
 * the included text after the first is prefixed by what precedes the directive on its line; refused
 * directives stay as written; escaped ones lose their backslash.
 */
export function substituteDirectives(text: string, includes: Record<string, IncludeResult>): string {
  let out = ''
  let previous = 0
  for (const directive of findIncludes(text)) {
    const result = includes[directive.text]
    if (!result?.ok) continue
    out += unescapeDirectives(text.slice(previous, directive.offset))
    const prefix = out.slice(out.lastIndexOf('\n') + 1)
    out += result.text.replace(/\n$/, '').split('\n').join(`\n${prefix}`)
    previous = directive.offset + directive.text.length
  }
  return out + unescapeDirectives(text.slice(previous))
}

/** Removes the backslash of escaped directives (`\{{#include x}}` → `{{#include x}}`), as mdBook does. */
export function unescapeDirectives(text: string): string {
  return text.includes('\\{{') ? text.replace(/\\(\{\{#.*\}\})/g, '$1') : text
}

/**
 * The folder a project's includes may read from: the folder above its root that `includeRoot` names;
 * else, for an mdBook in a git working tree, that tree; else its root. mdBook reads an include wherever
 * its path leads, and a book kept in a repository includes the repository's code (wasm-bindgen's guide:
 * `../../../examples/…`): the working tree holds the project's own files, never the rest of the machine.
 */
export function includeRoot(project: {root: string; layout: Layout; settings: {includeRoot?: string | undefined}}): string {
  if (project.settings.includeRoot !== undefined) return path.resolve(project.root, project.settings.includeRoot)
  return (project.layout === 'mdbook' ? repositoryTop(project.root) : null) ?? path.resolve(project.root)
}

/**
 * Reads every directive of a chapter, nested ones expanded, confined to `root`; keyed by directive text.
 * @param root the include root (absolute: `includeRoot`)
 * @param chapterFile the chapter, absolute or relative to `root`
 */
export async function readIncludes(root: string, chapterFile: string, source: string): Promise<Record<string, IncludeResult>> {
  const results: Record<string, IncludeResult> = {}
  const base = path.dirname(path.resolve(root, chapterFile))
  const budget: Budget = {bytes: 0, expansions: 0, files: new Map()}
  // A chapter over the limit is not parsed (`input-too-complex`), so its includes are not read either.
  if (tooManyIncludes(source)) return results
  for (const directive of findIncludes(source)) {
    if (directive.text in results) continue
    results[directive.text] = await readInclude(root, base, directive, 0, budget)
  }
  return results
}

async function readInclude(root: string, base: string, directive: IncludeDirective, depth: number, budget: Budget): Promise<IncludeResult> {
  if (directive.kind === 'title') return {ok: true, text: '', title: directive.target.trim()}
  const shown = `\`${directive.target}\``
  if (budget.bytes > MAX_INCLUDED_BYTES || budget.expansions >= MAX_INCLUDE_EXPANSIONS) return tooLarge(shown, budget)
  if (path.isAbsolute(directive.target)) return {ok: false, reason: `absolute path ${shown} is outside the include root`}
  const absolute = path.resolve(base, directive.target)
  // Outside the root, whether the file exists is not the book's business: say "outside" either way.
  const lexical = path.relative(root, absolute)
  if (lexical.startsWith('..') || path.isAbsolute(lexical)) return {ok: false, reason: `${shown} is outside the include root`}
  if (inGitFolder(lexical)) return {ok: false, reason: `${shown} ${GIT_REFUSAL}`}
  let read = budget.files.get(absolute)
  if (read === undefined) budget.files.set(absolute, (read = readFileOnce(root, absolute)))
  const file = await read
  if (!file.ok) {
    const reasons = {outside: 'is outside the include root', git: GIT_REFUSAL, missing: 'does not exist', 'not-file': 'is not a file', 'too-large': `is larger than ${MAX_INCLUDE_BYTES} bytes`}
    return {ok: false, reason: `${shown} ${reasons[file.why]}`, files: file.why === 'outside' || file.why === 'git' ? [] : [absolute]}
  }
  budget.expansions++
  const content = file.content
  let text: string
  if (directive.kind === 'playground') {
    text = `\`\`\`rust${directive.props.length > 0 ? `,${directive.props.join(',')}` : ''}\n${content.endsWith('\n') ? content : `${content}\n`}\`\`\`\n`
  } else {
    const selected = selectLines(content, directive)
    if (selected === null) return {ok: false, reason: `no anchor \`${directive.selector}\` in ${shown}`, files: [absolute]}
    text = selected
  }
  budget.bytes += text.length
  if (budget.bytes > MAX_INCLUDED_BYTES) return tooLarge(shown, budget)
  if (depth + 1 >= MAX_DEPTH && findIncludes(text).length > 0) return {ok: false, reason: `includes nested more than ${MAX_DEPTH} deep (a cycle?) in ${shown}`, files: [absolute]}
  const nested = await expandNested(root, path.dirname(absolute), text, depth + 1, budget)
  return {...nested, files: [absolute, ...(nested.files ?? [])]}
}

/** Reads a file an include names, once per chapter: refused outside the root (through links too). */
async function readFileOnce(root: string, absolute: string): Promise<FileRead> {
  let stat
  try {
    stat = await fs.stat(absolute)
  } catch {
    // A dangling link out of the root says "outside" too: "does not exist" would tell what exists there.
    return {ok: false, why: (await linksOutside(root, absolute)) ? 'outside' : 'missing'}
  }
  const refused = await refusedFile(root, absolute)
  if (refused !== null) return {ok: false, why: refused}
  if (!stat.isFile()) return {ok: false, why: 'not-file'}
  if (stat.size > MAX_INCLUDE_BYTES) return {ok: false, why: 'too-large'}
  return {ok: true, content: (await fs.readFile(absolute, 'utf8')).replace(/\r\n/g, '\n')}
}

/**
 * A git folder holds the repository's configuration, not the book: CI checkouts keep a token in
 * `.git/config`. Never read, whatever the include root (an mdBook's is the working tree holding it).
 */
const GIT_REFUSAL = 'is in a `.git` folder, which is never read'

/**
 * Why a project's own file (an mdBook's `additional-css`, which is published as it is) may not be read
 * from `root`, the include root, as an include may not: it is outside it (through links too), or in a
 * `.git` folder; null when it may.
 */
export async function refusedFile(root: string, absolute: string): Promise<'outside' | 'git' | null> {
  if (!(await isInside(root, absolute))) return 'outside'
  return inGitFolder(path.relative(await fs.realpath(root), await fs.realpath(absolute))) ? 'git' : null
}

/** Whether a path (relative to the include root) goes through a `.git` folder. */
function inGitFolder(relative: string): boolean {
  return relative.split(path.sep).includes('.git')
}

/** The refusal once a chapter's includes have expanded more, or to more, than they may. */
function tooLarge(shown: string, budget: Budget): IncludeResult {
  const what = budget.expansions >= MAX_INCLUDE_EXPANSIONS ? `expanded ${MAX_INCLUDE_EXPANSIONS} directives` : `expanded to more than ${MAX_INCLUDED_BYTES} bytes`
  return {
    ok: false,
    reason: `${shown} not read: this chapter's includes, nested ones counted, have ${what}`,
    hint: 'a file included several times, itself including files several times, multiplies at every level: include shared text once, or split the chapter',
  }
}

/** Whether `absolute` is a symbolic link (or in a linked folder) whose target lies outside `root`. */
async function linksOutside(root: string, absolute: string): Promise<boolean> {
  try {
    const target = path.resolve(await fs.realpath(path.dirname(absolute)), await fs.readlink(absolute))
    const relative = path.relative(await fs.realpath(root), target)
    return relative.startsWith('..') || path.isAbsolute(relative)
  } catch {
    // Not a link: a missing file in a folder linked out of the root is outside too (the nearest folder
    // that exists tells, since the path is lexically inside the root).
    let folder = path.dirname(absolute)
    while (!fsSync.existsSync(folder) && folder !== path.dirname(folder)) folder = path.dirname(folder)
    return !(await isInside(root, folder))
  }
}

/** Expands the directives of included text, relative to the included file, with mdBook's line prefixes. */
async function expandNested(root: string, base: string, text: string, depth: number, budget: Budget): Promise<IncludeResult> {
  const directives = findIncludes(text)
  let out = ''
  let previous = 0
  const files: string[] = []
  for (const directive of directives) {
    out += text.slice(previous, directive.offset)
    const result = await readInclude(root, base, directive, depth, budget)
    files.push(...(result.files ?? []))
    if (!result.ok) return {...result, files}
    // mdBook repeats what precedes the directive on its line (indentation, `> `) before each new line:
    // read from this text when no earlier directive shares the line (searching the growing output for
    // its last line would copy it whole at every directive: quadratic in the expanded size).
    const lineStart = text.lastIndexOf('\n', directive.offset - 1) + 1
    const prefix = lineStart >= previous ? text.slice(lineStart, directive.offset) : out.slice(out.lastIndexOf('\n') + 1)
    const lines = result.text.endsWith('\n') ? result.text.slice(0, -1) : result.text
    out += prefix === '' ? lines : lines.replaceAll('\n', `\n${prefix}`)
    previous = directive.offset + directive.text.length
  }
  return {ok: true, text: unescapeDirectives(out + text.slice(previous)), files}
}

/**
 * Applies a range or anchor selector as mdBook's `take_lines` family does; `rustdoc_include` keeps the
 * other lines as hidden `# ` lines. Anchor lines (`ANCHOR:`, `ANCHOR_END:`) are never shown. Returns null
 * when a named anchor does not exist (mdBook then includes nothing; `check` reports it).
 */
export function selectLines(text: string, directive: Pick<IncludeDirective, 'selector' | 'kind'>): string | null {
  const lines = text.replace(/\n$/, '').split('\n')
  const range = parseSelector(directive.selector)
  const rustdoc = directive.kind === 'rustdoc_include'
  if (range.anchor === undefined) {
    const inRange = (index: number): boolean => index >= range.start && (range.end === undefined || index < range.end)
    if (rustdoc) return lines.map((line, index) => (inRange(index) ? line : `# ${line}`)).join('\n')
    return lines.filter((_, index) => inRange(index)).join('\n')
  }
  const anchor = range.anchor
  const start = /ANCHOR:\s*([\w-]+)/
  const end = /ANCHOR_END:\s*([\w-]+)/
  if (!lines.some((line) => start.exec(line)?.[1] === anchor)) return null
  const out: string[] = []
  let inside = false
  let done = false
  for (const line of lines) {
    if (inside) {
      const closing = end.exec(line)
      if (closing) {
        if (closing[1] === anchor) {
          inside = false
          if (!rustdoc) done = true
        }
      } else if (!start.test(line)) out.push(line)
    } else if (start.exec(line)?.[1] === anchor) {
      if (!done) inside = true
    } else if (rustdoc && !start.test(line) && !end.test(line)) {
      out.push(`# ${line}`)
    }
    if (done) break
  }
  return out.join('\n')
}

/** mdBook's `parse_range_or_anchor`: 1-based inclusive line numbers into a 0-based half-open range. */
function parseSelector(selector: string | null): {start: number; end?: number; anchor?: string} {
  const parts = (selector ?? '').split(':')
  const first = parts[0]!
  const second = parts[1]
  let start: number | undefined
  if (/^\d+$/.test(first)) start = Math.max(0, Number(first) - 1)
  else if (first !== '') return {start: 0, anchor: first}
  const end = second === undefined ? undefined : /^\d+$/.test(second) ? Number(second) : Number.NaN
  if (start !== undefined) {
    if (end === undefined) return {start, end: start + 1}
    return Number.isNaN(end) ? {start} : {start, end}
  }
  return end !== undefined && !Number.isNaN(end) ? {start: 0, end} : {start: 0}
}
