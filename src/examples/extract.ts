/**
 * Examples: every ```` ```rust ```` block of the specification (and the C++ half of interop pairs), with
 * the code rustdoc would compile (hidden `# ` lines shown) and how it is to be tested.
 */
import {compiledRustSource, rustExampleMode, type RustExampleMode} from '../parse/code-info.ts'
import type {SourceSpan, Spec} from '../model/types.ts'

export interface RustExample {
  chapter: string
  position: SourceSpan
  code: string
  mode: RustExampleMode
  /** Name of the interop pair (`pair=<name>`) this block belongs to, if any. */
  pair: string | null
}

export interface CppExample {
  chapter: string
  position: SourceSpan
  code: string
  pair: string | null
}

const pairName = (attributes: string[]): string | null => attributes.find((word) => word.startsWith('pair='))?.slice('pair='.length) ?? null

export function extractExamples(spec: Spec): {rust: RustExample[]; cpp: CppExample[]} {
  const rust: RustExample[] = []
  const cpp: CppExample[] = []
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) {
      const code = block.code
      if (block.type !== 'code' || !code) continue
      if (code.lang === 'rust') {
        rust.push({chapter: chapter.id, position: block.position, code: compiledRustSource(code.value), mode: rustExampleMode(code.attributes), pair: pairName(code.attributes)})
      } else if (code.lang === 'cpp' || code.lang === 'c++') {
        cpp.push({chapter: chapter.id, position: block.position, code: code.value, pair: pairName(code.attributes)})
      }
    }
  }
  return {rust, cpp}
}

/**
 * The program rustdoc builds from a doctest: crate attributes (`#![…]`) stay at the top, everything else
 * goes into `fn main` unless the example has its own; unused-code lints are allowed, as rustdoc does.
 * <https://doc.rust-lang.org/rustdoc/write-documentation/documentation-tests.html#pre-processing-examples>
 */
export function doctestProgram(code: string): string {
  const lines = code.split('\n')
  const attributes: string[] = []
  let index = 0
  while (index < lines.length && (/^\s*#!\[/.test(lines[index]!) || lines[index]!.trim() === '')) attributes.push(lines[index++]!)
  const body = lines.slice(index).join('\n')
  const header = ['#![allow(unused)]', ...attributes].join('\n')
  if (/\bfn\s+main\s*\(/.test(body)) return `${header}\n${body}\n`
  return `${header}\nfn main() {\n${body}\n}\n`
}
