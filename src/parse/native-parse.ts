/**
 * The fast parse: satteri (the Rust CommonMark + GFM parser Astro 7 renders markdown with) producing the
 * same mdast tree, positions included, as remark-parse + remark-gfm + remark-frontmatter + the dialect's
 * extensions — about thirty times faster. Returns null when it cannot promise the same tree; the caller
 * then parses with micromark, which stays the reference.
 *
 * satteri takes no syntax extensions, so the dialect's two are expressed in markdown it already reads:
 * - A rule label line (`r[a.b.c]`, see `syntax/rule-label.ts`) interrupts a paragraph and closes open
 *   containers, as an HTML block start does; each is masked as a processing instruction of the same
 *   length (`<?    ?>`), so every offset stays put, and the HTML node at that offset becomes the label. A
 *   masked line that did not come back as its own node (it sat inside fenced code or an HTML block) is
 *   put back and the source parsed again.
 * - Every bracketed label counts as a reference (`syntax/every-reference-defined.ts`): a definition of
 *   each label is appended after the source, as mdbook-spec appends definitions of every rule, and the
 *   appended definitions are dropped from the tree.
 */
import type {ListItem, Nodes, Root, RootContent} from 'mdast'
import type {Parent, Point} from 'unist'
import {classifyCharacter} from 'micromark-util-classify-character'
import {decodeString} from 'micromark-util-decode-string'
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {TreeOptions} from 'satteri'
import type {RuleLabel} from './syntax/rule-label.ts'
import {markSmartText, textsByOffset} from './smart-punctuation.ts'

/**
 * satteri is a native module; where its binary cannot load (a platform without a build, a bundle that
 * carries no binaries, such as the VS Code extension's server), every chapter is parsed by micromark.
 */
const satteri = await import('satteri').catch(() => null)

const OPTIONS: TreeOptions = {features: {gfm: true, frontmatter: true}}
const SMART_OPTIONS: TreeOptions = {features: {...OPTIONS.features, smartPunctuation: true}}
/** With definition lists (`syntax/definition-list.ts`). */
const WITH_DEFINITIONS = {plain: {features: {...OPTIONS.features, definitionList: true}}, smart: {features: {...SMART_OPTIONS.features, definitionList: true}}} satisfies Record<string, TreeOptions>
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** An email address satteri left as text: micromark links it after a `/` or `[` (`ssh://git@host.com`). */
const UNLINKED_EMAIL = /[A-Za-z0-9._+-]@[A-Za-z0-9-]+\.[A-Za-z0-9]/
/** A rule label filling its line, as `syntax/rule-label.ts` reads it. */
const RULE_LABEL = /^r\[([^\]\r\n]+)\](?: +since=([^ \r\n]*) *)?$/
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/g
/** An innermost bracket pair: a candidate reference label (labels cannot hold unescaped brackets). */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){0,999})\]/g
/** Each continuation line of a label: the container prefix and indentation micromark leaves out. */
const LABEL_CONTINUATION = /(\r\n|\r|\n)[ \t>]*/g

interface Undefinable {
  at: number
  /** A footnote call's identifier; null for a blank label or a full reference's `[^x]`. */
  footnote: string | null
}

interface Masked {
  start: number
  length: number
  label: RuleLabel
}

/**
 * @param smartPunctuation whether to record each text node's typeset text (`smart-punctuation.ts`)
 * @param definitionLists whether to read definition lists (`syntax/definition-list.ts`)
 */
export function parseNative(text: string, smartPunctuation = false, definitionLists = false): Root | null {
  const options = definitionLists ? WITH_DEFINITIONS.plain : OPTIONS
  const smartOptions = definitionLists ? WITH_DEFINITIONS.smart : SMART_OPTIONS
  if (satteri === null) return null
  // TOML front matter is not the dialect's (remark-frontmatter reads YAML only); satteri reads both.
  // micromark replaces NUL characters (CommonMark 2.3); satteri keeps them.
  // A lone surrogate (never in a file read as UTF-8) comes back from satteri as U+FFFD.
  if (text.startsWith('+++') || text.includes('\0') || LONE_SURROGATE.test(text)) return null
  const labels = ruleLabelLines(text)
  const {definitions, undefinable} = appendedDefinitions(text)
  let kept = labels
  for (let attempt = 0; attempt < 3; attempt++) {
    const input = mask(text, kept) + definitions
    const tree = satteri.markdownToMdast(input, options) as unknown as Root
    const unmatched = restoreLabels(tree, kept)
    if (unmatched.size > 0) {
      kept = kept.filter((line) => !unmatched.has(line.start))
      continue
    }
    // Read before `finish` mends the tree: a mended node keeps its text as written.
    const plain = smartPunctuation ? textsByOffset(tree) : null
    const result = finish(tree, text, undefinable)
    if (result && plain) markSmartText(result, plain, textsByOffset(satteri.markdownToMdast(input, smartOptions) as unknown as Root))
    return result
  }
  return null
}

function ruleLabelLines(text: string): Masked[] {
  const found: Masked[] = []
  if (!/^r\[/m.test(text)) return found
  LINE.lastIndex = 0
  for (let match = LINE.exec(text); match !== null && match[0] !== ''; match = LINE.exec(text)) {
    const line = match[0].replace(/(?:\r\n|\r|\n)$/, '')
    const label = RULE_LABEL.exec(line)
    if (!label) continue
    const node: RuleLabel = {type: 'ruleLabel', id: label[1]!}
    if (label[2] !== undefined) node.since = label[2]
    found.push({start: match.index, length: line.length, label: node})
  }
  return found
}

function mask(text: string, lines: readonly Masked[]): string {
  if (lines.length === 0) return text
  let out = ''
  let at = 0
  for (const line of lines) {
    out += text.slice(at, line.start) + '<?' + ' '.repeat(line.length - 4) + '?>'
    at = line.start + line.length
  }
  return out + text.slice(at)
}

/** Turns each masked line's HTML node into its rule label; returns the starts of lines that did not come back. */
function restoreLabels(tree: Root, lines: readonly Masked[]): Set<number> {
  const waiting = new Map(lines.map((line) => [line.start, line]))
  if (waiting.size === 0) return new Set()
  const visit = (parent: {children: RootContent[]}): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!
      if (child.type === 'html') {
        const line = waiting.get(child.position!.start.offset!)
        if (line && child.value.length === line.length) {
          parent.children[i] = {...line.label, position: child.position} as unknown as RootContent
          waiting.delete(line.start)
        }
      } else if ('children' in child) {
        visit(child as {children: RootContent[]})
      }
    }
  }
  visit(tree)
  return new Set(waiting.keys())
}

/**
 * One definition per bracketed label of the source, to append after it; and the labels no definition
 * can name: blank ones (`[ ]`), which micromark reads as references, and footnote calls (`[^x]`), which
 * micromark reads as references when no footnote definition names them. Those are fine in code;
 * `finish` declines the parse if one is anywhere else.
 */
function appendedDefinitions(text: string): {definitions: string; undefinable: Undefinable[]} {
  const labels = new Set<string>()
  const undefinable: Undefinable[] = []
  BRACKETED.lastIndex = 0
  for (let match = BRACKETED.exec(text); match !== null; match = BRACKETED.exec(text)) {
    const label = match[1]!
    if (escaped(text, match.index)) {
      BRACKETED.lastIndex = match.index + 1
      continue
    }
    if (label.trim() === '') {
      undefinable.push({at: match.index, footnote: null})
      continue
    }
    if (label.startsWith('^')) {
      // `[text][^x]` is a full reference for micromark, a footnote call for satteri.
      const footnote = text[match.index - 1] === ']' ? null : normalizeIdentifier(label.slice(1)).toLowerCase()
      undefinable.push({at: match.index, footnote})
      continue
    }
    labels.add(label.replace(/[\r\n]+/g, ' '))
    // Inside a container, continuation lines carry a prefix (`> `) that is no part of the label.
    if (/[\r\n]/.test(label)) labels.add(label.replace(LABEL_CONTINUATION, ' '))
  }
  let definitions = labels.size === 0 ? '' : '\n\n'
  for (const label of labels) definitions += `[${label}]: #\n`
  return {definitions, undefinable}
}

/** Whether the character at `at` is escaped by a backslash (an odd run of them before it). */
function escaped(text: string, at: number): boolean {
  let backslashes = 0
  while (text[at - 1 - backslashes] === '\\') backslashes++
  return backslashes % 2 === 1
}

/** Drops the appended definitions and mends where satteri's tree differs from micromark's; null if it cannot. */
function finish(tree: Root, text: string, undefinable: readonly Undefinable[]): Root | null {
  const end = text.length
  // Anything reaching past the source (an unclosed fence or HTML block swallowing the definitions).
  while (tree.children.length > 0 && tree.children.at(-1)!.position!.start.offset! >= end) {
    if (tree.children.at(-1)!.type !== 'definition') return null
    tree.children.pop()
  }
  const last = tree.children.at(-1)
  if (last && last.position!.end.offset! > end) return null
  const points = new PointIndex(text)
  tree.position = {start: points.at(0), end: points.at(end)}
  const mending: Mending = {text, points, movedEnds: new Map(), openers: '', openBracket: false, quoteDepth: 0, containerDepth: 0, itemIndent: 0, attemptOpen: false, literal: [], footnotes: new Set(), bracketsRead: new Set()}
  if (!mend(tree, null, mending)) return null
  // After a first line `---` that opens no front matter, micromark's reading of what follows is its own.
  if (/^---[ \t]*(?:\r\n|\r|\n|$)/.test(text) && tree.children[0]?.type !== 'yaml') return null
  const literal = (at: number): boolean => {
    // The ranges come in document order and never overlap (literal nodes have no children).
    let [low, high] = [0, mending.literal.length - 1]
    while (low <= high) {
      const middle = (low + high) >> 1
      const [start, end] = mending.literal[middle]!
      if (at < start) high = middle - 1
      else if (at >= end) low = middle + 1
      else return true
    }
    return false
  }
  const read = (at: number): boolean => mending.bracketsRead.has(at) || mending.bracketsRead.has(at - 1)
  const fine = (label: Undefinable): boolean => (label.footnote !== null && mending.footnotes.has(label.footnote)) || literal(label.at) || read(label.at)
  return undefinable.every(fine) ? tree : null
}

interface Mending {
  text: string
  points: PointIndex
  /** Ends moved by a mend, old offset → new point, so that the nodes ending there move with them. */
  movedEnds: Map<number, Point>
  /** Where a bracket was read as no label of its own: an inline link or image, a task marker, a collapsed reference's `[]`. */
  bracketsRead: Set<number>
  /** The identifiers of the footnote definitions. */
  footnotes: Set<string>
  /** Source ranges read literally (code, HTML, front matter), where brackets are no labels. */
  literal: Array<[number, number]>
  /** How many blockquotes, and containers of any kind, the node being mended is in. */
  quoteDepth: number
  containerDepth: number
  /** The indentation of the list items the node being mended is in, summed. */
  itemIndent: number
  /** Whether a backtick or `<` was left as text earlier in the current paragraph. */
  attemptOpen: boolean
  /** Whether an unescaped `[` was left as text earlier in the current paragraph. */
  openBracket: boolean
  /** The markers of unmatched runs seen so far in the current paragraph that could open emphasis. */
  openers: string
}

/**
 * Mends, in place, the differences between satteri's and micromark's trees found by comparing them
 * (test/parse/native-parse.test.ts); false where the difference cannot be mended.
 */
function mend(node: Nodes, parent: Nodes | null, mending: Mending): boolean {
  if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') {
    mending.literal.push([node.position!.start.offset!, node.position!.end.offset!])
  }
  switch (node.type) {
    case 'footnoteDefinition': {
      mending.footnotes.add(node.identifier)
      // `[^a]:[^b]:` nests the second in the first for micromark; satteri makes them siblings.
      const siblings = (parent as Parent | null)?.children as Nodes[] | undefined
      const previous = siblings?.[siblings.indexOf(node) - 1]
      if (previous?.type === 'footnoteDefinition' && previous.position!.start.line === node.position!.start.line) return false
      break
    }
    case 'link':
    case 'image':
      mending.bracketsRead.add(node.position!.start.offset!)
      break
    case 'code':
      // micromark's positions for a fence left open inside a container follow no rule worth copying.
      return !isUnclosedFence(mending.text.slice(node.position!.start.offset!, node.position!.end.offset!))
    case 'html':
      // satteri keeps the line ending of an HTML block that closes a list item.
      if (/[\r\n]$/.test(node.value)) {
        const oldEnd = node.position!.end.offset!
        node.value = node.value.replace(/(?:\r\n|\r|\n)$/, '')
        node.position!.end = mending.points.at(node.position!.start.offset! + node.value.length)
        mending.movedEnds.set(oldEnd, node.position!.end)
      }
      // satteri reads some tags CommonMark does not (`<svg onload=a=1>`): then micromark decides.
      if (parent !== null && PHRASING_PARENTS.has(parent.type)) return RAW_HTML.test(node.value)
      // An HTML line at column 1 right after a list item or footnote: whether it continues the container,
      // micromark and satteri decide differently.
      if (parent !== null && CONTAINERS.has(parent.type) && !interruptsParagraph(node.value) && node.position!.start.column === 1) return false
      if ((parent?.type === 'listItem' || parent?.type === 'footnoteDefinition') && node.position!.start.column < parent.children[0]!.position!.start.column) return false
      if (parent !== null && node.position!.start.column === 1 && !interruptsParagraph(node.value) && followsContainerLine(node, parent)) return false
      // An HTML block left open runs to the end; satteri ends it before trailing blank lines.
      return !UNCLOSED_HTML_BLOCK.test(node.value)
    case 'text': {
      const source = mending.text.slice(node.position!.start.offset!, node.position!.end.offset!)
      // Delimiters satteri left unmatched where micromark may have matched them.
      if (/[*_~]/.test(source) && !noteLeftoverRuns(node.position!.start.offset!, source, mending)) return false
      // Brackets satteri left as text around other nodes (`[![badge](src)]`): micromark reads a reference.
      if (/[[\]]/.test(source) && !noteLeftoverBrackets(source, mending)) return false
      if (node.value.includes('@') && UNLINKED_EMAIL.test(node.value)) return false
      if (!node.value.includes('<') && !node.value.includes('[')) return true
      // A tag micromark would read, left as text.
      return !hasRawHtml(source)
    }
    case 'emphasis':
    case 'strong':
    case 'delete':
      // satteri closes some emphasis with a run CommonMark says cannot close (`***_*em*`).
      if (!delimitersMayPair(node.position!.start.offset!, node.position!.end.offset! - 1, mending.text)) return false
      break
    case 'listItem':
      if (typeof node.checked === 'boolean' && !taskParagraphStart(node, mending)) return false
      break
    case 'linkReference':
    case 'imageReference':
    case 'definition':
      // The `[]` closing a collapsed reference (`[text][]`).
      if (node.type !== 'definition' && node.referenceType === 'collapsed') mending.bracketsRead.add(node.position!.end.offset! - 2)
      // micromark's label is decoded (`&amp;` → `&`, `\[` → `[`), without the indentation of its
      // continuation lines; satteri keeps the source.
      if (node.label && /[\r\n&\\]/.test(node.label)) {
        const label = withoutLinePrefixes(node.label, mending)
        if (label === null) return false
        node.label = decodeString(label)
      }
      break
  }
  if ('children' in node) {
    const container = CONTAINERS.has(node.type)
    const indent = node.type === 'listItem' && node.children.length > 0 ? node.children[0]!.position!.start.column - node.position!.start.column : 0
    if (node.type === 'blockquote') mending.quoteDepth++
    if (container) mending.containerDepth++
    mending.itemIndent += indent
    const phrasingRoot = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'descriptionTerm'
    if (phrasingRoot) {
      mending.openers = ''
      mending.openBracket = false
      mending.attemptOpen = false
    }
    mergeAdjacentText(node)
    if (mending.containerDepth > 0 && !extendTextOverPrefix(node, mending)) return false
    for (const child of node.children) if (!mend(child as Nodes, node, mending)) return false
    if (node.type === 'blockquote') mending.quoteDepth--
    if (container) mending.containerDepth--
    mending.itemIndent -= indent
    const end = node.position!.end
    // A list item ends where its content does; satteri sometimes takes in what follows (the next marker).
    const last = node.type === 'listItem' ? node.children.at(-1) : undefined
    const moved = last && last.position!.end.offset! < end.offset! ? last.position!.end : mending.movedEnds.get(end.offset!)
    if (moved) {
      mending.movedEnds.set(end.offset!, moved)
      node.position!.end = {...moved}
    }
  }
  return true
}

/**
 * Where micromark starts a task item's paragraph: after `[x] ` when text follows the marker, else at the
 * marker (mdast-util-gfm-task-list-item moves the start only past text); satteri always starts after it.
 * False for a marker alone on its line, where micromark's positions follow no rule worth copying.
 */
function taskParagraphStart(item: ListItem, mending: Mending): boolean {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return true
  const start = paragraph.position!.start.offset!
  const marker = mending.text.lastIndexOf('[', start - 1)
  if (marker === -1 || /[\r\n]/.test(mending.text.slice(marker, start))) return false
  mending.bracketsRead.add(marker)
  const head = paragraph.children[0]
  const textAfterMarker = head?.type === 'text' && head.position!.start.offset === marker + 4
  if (!textAfterMarker) paragraph.position!.start = mending.points.at(marker)
  return true
}

/**
 * Records the delimiter runs of a text node; false if one could close a run of its marker left open
 * earlier in the paragraph. Both unmatched means micromark may have paired them where satteri did not
 * (conservative: CommonMark's rule of three and link boundaries also leave such pairs unmatched).
 */
function noteLeftoverRuns(offset: number, source: string, mending: Mending): boolean {
  for (const run of delimiterRuns(source)) {
    const {open, close} = flanking(mending.text, offset + run.start, offset + run.end)
    if (close && mending.openers.includes(run.marker)) return false
    if (open) mending.openers += run.marker
  }
  return true
}

/** Records a text's unescaped `[`; false for a `]` after one, a pair micromark may read as a reference. */
function noteLeftoverBrackets(source: string, mending: Mending): boolean {
  for (let at = 0; at < source.length; at++) {
    const char = source[at]
    if (char === '\\') at++
    else if (char === '[') mending.openBracket = true
    else if (char === ']' && mending.openBracket) return false
  }
  return true
}

/** Whether the runs at `opener` and `closer` (offsets of one marker each) can open and close. */
function delimitersMayPair(opener: number, closer: number, text: string): boolean {
  const marker = text[opener]!
  if (!'*_~'.includes(marker) || text[closer] !== marker) return false
  return flanking(text, ...runAround(text, opener)).open && flanking(text, ...runAround(text, closer)).close
}

function runAround(text: string, at: number): [number, number] {
  let start = at
  let end = at + 1
  while (text[start - 1] === text[at]) start--
  while (text[end] === text[at]) end++
  return [start, end]
}

/** Runs of `*`, `_` or `~` in source, leaving out escaped ones. */
function* delimiterRuns(source: string): Generator<{marker: string; start: number; end: number}> {
  for (let at = 0; at < source.length; at++) {
    const marker = source[at]!
    if (marker === '\\') {
      at++
      continue
    }
    if (marker !== '*' && marker !== '_' && marker !== '~') continue
    let end = at + 1
    while (source[end] === marker) end++
    yield {marker, start: at, end}
    at = end - 1
  }
}

/** Whether the run [start, end) of the source can open and close, as micromark's attention decides. */
function flanking(text: string, start: number, end: number): {open: boolean; close: boolean} {
  const marker = text.charCodeAt(start)
  const previous = atLineContentStart(text, start) ? null : text.codePointAt(start - 1) ?? null
  const next = end < text.length ? text.codePointAt(end)! : null
  const before = classifyCharacter(previous)
  const after = classifyCharacter(next)
  const open = !after || (after === 2 && Boolean(before)) || next === TILDE
  const close = !before || (before === 2 && Boolean(after)) || previous === TILDE
  if (marker === ASTERISK) return {open, close}
  return {open: open && (Boolean(before) || !close), close: close && (Boolean(after) || !open)}
}

/** Whether only a line's container prefix (`> `, indentation) is before `at` on its line. */
function atLineContentStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code === 10 || code === 13) return true
    if (code !== 32 && code !== 9 && code !== 62) return false
  }
  return true
}

const ASTERISK = 42
const TILDE = 126

/** Whether an HTML block can interrupt a paragraph: all kinds but the seventh (CommonMark 4.6). */
function interruptsParagraph(html: string): boolean {
  const tag = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/.exec(html)
  if (!tag) return /^ {0,3}<[!?]/.test(html)
  const name = tag[1]!.toLowerCase()
  return htmlBlockNames.includes(name) || (htmlRawNames.includes(name) && !html.trimStart().startsWith('</'))
}

function followsContainerLine(node: Nodes, parent: Nodes): boolean {
  const siblings = (parent as Parent).children as Nodes[]
  const previous = siblings[siblings.indexOf(node) - 1]
  const containers = ['list', 'footnoteDefinition', 'blockquote']
  return previous !== undefined && containers.includes(previous.type) && previous.position!.end.line === node.position!.start.line - 1
}

/**
 * A label's continuation lines without their containers' prefixes (`> ` per blockquote, list indentation);
 * null where a line does not carry the whole prefix (a lazy line) or has a tab in it, where micromark
 * keeps part of the indentation (a tab as spaces).
 */
function withoutLinePrefixes(label: string, mending: Mending): string | null {
  if (mending.quoteDepth === 0 && mending.itemIndent === 0) return label
  if (/[\r\n][^\S\r\n]*\t/.test(label) || /[\r\n][ >]*\t/.test(label)) return null
  const prefix = new RegExp(`^(?:[ ]{0,3}>[ ]?){${mending.quoteDepth}}[ ]{${mending.itemIndent}}`)
  const lines = label.split(/(\r\n|\r|\n)/)
  for (let i = 2; i < lines.length; i += 2) {
    const found = prefix.exec(lines[i]!)
    if (!found) return null
    lines[i] = lines[i]!.slice(found[0].length)
  }
  return lines.join('')
}

/** micromark merges neighbouring text; satteri leaves text split where a literal autolink ended. */
function mergeAdjacentText(parent: Parent): void {
  const children = parent.children as Nodes[]
  for (let i = children.length - 1; i > 0; i--) {
    const left = children[i - 1]!
    const right = children[i]!
    if (left.type !== 'text' || right.type !== 'text') continue
    left.value += right.value
    left.position!.end = right.position!.end
    children.splice(i, 1)
  }
}

/**
 * A text in a container that ends a line, after what a code span or inline HTML would start (a backtick,
 * `<`) that none took: micromark ends it after the container's prefix on the next line (its attempt read
 * on), where the next node starts; satteri at the line ending.
 */
function extendTextOverPrefix(parent: Parent, mending: Mending): boolean {
  const children = parent.children as Nodes[]
  for (let i = 0; i < children.length - 1; i++) {
    const text = children[i]!
    if (text.type !== 'text') continue
    if (/[`<]/.test(text.value)) mending.attemptOpen = true
    if (!mending.attemptOpen || !/[\r\n]$/.test(text.value)) continue
    const next = children[i + 1]!.position!.start
    const end = text.position!.end.offset!
    const gap = mending.text.slice(end, next.offset!)
    if (gap === '') continue
    if (!/^[ \t>]+$/.test(gap)) continue
    // Only the containers' own prefix; a lazy or further indented line reads otherwise for micromark.
    const prefix = new RegExp(`^(?:[ ]{0,3}>[ ]?){${mending.quoteDepth}}[ ]{${mending.itemIndent}}$`)
    if (!prefix.test(gap)) return false
    text.position!.end = {...next}
  }
  return true
}

const CONTAINERS = new Set(['blockquote', 'listItem', 'footnoteDefinition', 'descriptionDetails'])

/** Whether a fenced code block's source lacks its closing fence (an indented block has no fence). */
function isUnclosedFence(source: string): boolean {
  const open = /^[ \t]*(`{3,}|~{3,})/.exec(source)
  if (!open) return false
  const lines = source.split(/\r\n|\r|\n/)
  if (lines.length < 2) return true
  const close = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1)!)
  return !close || close[1]![0] !== open[1]![0] || close[1]!.length < open[1]!.length
}

/** Whether markdown source holds raw HTML at a `<` not escaped by a backslash. */
function hasRawHtml(source: string): boolean {
  for (let at = source.indexOf('<'); at !== -1; at = source.indexOf('<', at + 1)) {
    if (source[at - 1] !== '\\' && RAW_HTML_AT.test(source.slice(at))) return true
  }
  return false
}

/** An HTML block of the kinds that end only at their closer (CommonMark 4.6, kinds 1 to 5), without it. */
const UNCLOSED_HTML_BLOCK = /^ {0,3}(?:<(?:script|pre|style|textarea)(?=[\s>]|$)(?![\s\S]*<\/(?:script|pre|style|textarea)>)|<!--(?![\s\S]*-->)|<\?(?![\s\S]*\?>)|<![A-Za-z](?![\s\S]*>)|<!\[CDATA\[(?![\s\S]*\]\]>))/i
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'descriptionTerm', 'emphasis', 'strong', 'delete', 'link', 'linkReference'])

/** CommonMark's raw HTML (spec 0.31, section 6.6): an open or closing tag, comment, instruction, declaration or CDATA. */
const WHITESPACE = String.raw`(?:[ \t]*(?:\r\n|\r|\n)?[ \t]*)`
const SOME_WHITESPACE = String.raw`(?:[ \t]+(?:\r\n|\r|\n)?[ \t]*|(?:\r\n|\r|\n)[ \t]*)`
const ATTRIBUTE = String.raw`${SOME_WHITESPACE}[A-Za-z_:][A-Za-z0-9_.:-]*(?:${WHITESPACE}=${WHITESPACE}(?:[^"'=<>\`\x00-\x20]+|'[^']*'|"[^"]*"))?`
const RAW_HTML_SOURCE = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*${WHITESPACE}\/?>|<\/[A-Za-z][A-Za-z0-9-]*${WHITESPACE}>|<!-->|<!--->|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<!\[CDATA\[[\s\S]*?\]\]>`
const RAW_HTML = new RegExp(`^(?:${RAW_HTML_SOURCE})$`)
const RAW_HTML_AT = new RegExp(`^(?:${RAW_HTML_SOURCE})`)

/** Line and column of an offset, as unist points count them. */
class PointIndex {
  private readonly lineStarts: number[] = [0]
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1)
    }
  }
  at(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - this.lineStarts[low]! + 1, offset}
  }
}
