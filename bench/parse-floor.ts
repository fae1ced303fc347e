/**
 * The unified parse-only floor (bench/peer.ts): every markdown file under the folder given parsed with
 * remark-parse and remark-gfm on one thread, nothing else. What `check` is compared against.
 */
import fs from 'node:fs'
import path from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const root = process.argv[2]!
const processor = unified().use(remarkParse).use(remarkGfm)
let nodes = 0
for (const file of fs.readdirSync(root, {recursive: true}).map(String)) {
  if (file.endsWith('.md')) nodes += processor.parse(fs.readFileSync(path.join(root, file), 'utf8')).children.length
}
console.log(`parsed ${nodes} top-level nodes`)
