/** The fenced code blocks of a folder's markdown in the languages the highlighter loads, for the highlighting tests. */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** Each fence's info word → the highlighter's language. */
const LANGUAGE: Record<string, string> = {rust: 'rust', c: 'c', cpp: 'cpp', toml: 'toml', sh: 'shellscript', console: 'shellscript'}

/** Every such block under `dir`: [language, code without its last newline]. */
export function codeBlocks(dir: string): Array<[string, string]> {
  const blocks: Array<[string, string]> = []
  for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) {
      const language = LANGUAGE[match[1]!]
      if (language) blocks.push([language, match[2]!.replace(/\n$/, '')])
    }
  }
  return blocks
}
