/**
 * An independent computation of clause texts, for the test that checks `diff` on two real Reference
 * revisions: from the raw lines of each chapter, with none of specmark's parsing or model code. A label
 * line `r[id]` (outside fenced code) opens a clause; the next label line or heading line (outside fenced
 * code) closes it, except that a heading directly after a label belongs to it. The clause's text is its
 * lines with link definitions and HTML comments left out, reference links resolved through the chapter's
 * definitions, list and block-quote markers dropped, and white space folded: the normalizations the model
 * promises (rewrapping, list markers and link-definition placement are no change).
 */
import fs from 'node:fs'
import path from 'node:path'

const LABEL = /^r\[([^\]\s]+)\]\s*$/
const HEADING = /^#{1,6}\s/
const FENCE = /^\s*(?:>\s*)*(`{3,}|~{3,})/
const DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?(?:\s+["'(].*["')])?\s*$/

/** Clause texts by rule ID of every markdown file under `src`. */
export function rawClauseTexts(root: string): Map<string, {file: string; text: string}> {
  const texts = new Map<string, {file: string; text: string}>()
  for (const file of markdownFiles(path.join(root, 'src'))) {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/)
    const definitions = new Map<string, string>()
    for (const line of lines) {
      const match = DEFINITION.exec(line)
      if (match && !definitions.has(labelKey(match[1]!))) definitions.set(labelKey(match[1]!), match[2]!)
    }
    let fence: string | null = null
    let current: {id: string; lines: string[]; afterLabel: boolean} | null = null
    const close = (): void => {
      if (current && !texts.has(current.id)) texts.set(current.id, {file: path.relative(root, file), text: normalize(current.lines, definitions)})
      current = null
    }
    for (const line of lines) {
      const fenceMatch = FENCE.exec(line)
      if (fence === null && fenceMatch) fence = fenceMatch[1]![0]!
      else if (fence !== null && fenceMatch && fenceMatch[1]![0] === fence) {
        fence = null
        current?.lines.push(line)
        continue
      }
      if (fence === null) {
        const label = LABEL.exec(line)
        if (label) {
          close()
          current = {id: label[1]!, lines: [], afterLabel: true}
          continue
        }
        if (HEADING.test(line) && !(current?.afterLabel && current.lines.every((previous) => previous.trim() === ''))) close()
      }
      if (current) {
        current.lines.push(line)
        if (line.trim() !== '') current.afterLabel = false
      }
    }
    close()
  }
  return texts
}

function normalize(lines: string[], definitions: Map<string, string>): string {
  const kept = lines
    .filter((line) => !DEFINITION.test(line))
    .map((line) => line.replace(/^\s*(?:>\s?)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^#{1,6}\s+/, ''))
  let text = kept.join('\n').replace(/<!--[\s\S]*?-->/g, '')
  // `[text][label]` and `[label]` through the chapter's definitions: where a link goes, not how.
  text = text.replace(/\[([^\]]*)\]\[([^\]]*)\]/g, (whole, label: string, ref: string) => {
    const destination = definitions.get(labelKey(ref || label))
    return destination ? `[${label}](${destination})` : whole
  })
  text = text.replace(/\[([^\]]+)\](?![[(:])/g, (whole, label: string) => {
    const destination = definitions.get(labelKey(label))
    return destination ? `[${label}](${destination})` : whole
  })
  return text.replace(/\s+/g, ' ').trim()
}

/** A link label as CommonMark matches it: case-insensitive, white space folded (a label may wrap). */
function labelKey(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase()
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? markdownFiles(path.join(dir, entry.name)) : entry.name.endsWith('.md') ? [path.join(dir, entry.name)] : []))
}
