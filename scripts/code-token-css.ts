/**
 * `npm run code-token-css`: writes `site/styles/code-tokens.css`, the stylesheet of the classes that give
 * highlighted code its colours (`codeTokenStylesheet`), after the code themes or their contrast changed.
 * test/render/paired-themes.test.ts fails while the file is not the one the themes give.
 */
import fs from 'node:fs'
import path from 'node:path'
import {codeTokenStylesheet} from '../src/render/highlight.ts'

const file = path.resolve(import.meta.dirname, '../site/styles/code-tokens.css')
fs.writeFileSync(file, codeTokenStylesheet())
console.log(`wrote ${path.relative(process.cwd(), file)}`)
