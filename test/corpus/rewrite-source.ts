/**
 * Markdown rewritten the ways that must change no clause hash: every plain paragraph rewrapped at 40
 * columns, every link definition moved to the end of the file, every `*` list marker made `-`. Footnote
 * definitions (`[^note]: …`) are text of the clause they are written in, so they stay where they are.
 */
export function rewrite(source: string): string {
  const lines = source.split('\n')
  const out: string[] = []
  const definitions: string[] = []
  let fence: string | null = null
  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length > 0) out.push(...wrap(paragraph.join(' '), 40))
    paragraph = []
  }
  for (const line of lines) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fence !== null || fenceMatch) {
      flush()
      if (fence === null) fence = fenceMatch![1]![0]!
      else if (fenceMatch && fenceMatch[1]![0] === fence) fence = null
      out.push(line)
      continue
    }
    if (/^\s{0,3}\[[^\]^][^\]]*\]:\s*\S/.test(line)) {
      definitions.push(line)
      continue
    }
    // Plain paragraph lines: not blank, not a label, heading, list item, quote, table, HTML or indented.
    if (/^[A-Za-z(`_"']/.test(line) && !/^r\[/.test(line) && !line.includes('|')) {
      paragraph.push(line.trim())
      continue
    }
    flush()
    out.push(line.replace(/^(\s*)\* /, '$1- '))
  }
  flush()
  return `${out.join('\n')}\n\n${definitions.join('\n')}\n`
}

/** Wraps at `width`, breaking only before words that cannot start a block (`-`, `1.`, `#`, `[`, `r[`…). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/ +/)) {
    const safe = /^[a-z(]/i.test(word) && !/^r\[/.test(word)
    if (line !== '' && line.length + word.length + 1 > width && safe) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(line)
  return lines
}

