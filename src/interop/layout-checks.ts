/**
 * Size and alignment checks of the type map: every row marked ABI- or layout-compatible becomes a line of
 * a generated Rust program (`size_of`, `align_of`) and of a generated C++ program (`sizeof`, `alignof`);
 * both are compiled and run on this machine's target, and any row whose figures differ is an error at
 * the row. Generic rows are instantiated (`T` → `u32` / `std::uint32_t`, `A`/`R` → `i32` / `int`,
 * `N` → 4); a row's `check:` gives concrete types and declarations where `rust`/`cpp` describe a family.
 */
import type {Located} from './load-data.ts'
import type {TypeMapRow} from './schema.ts'

export interface LayoutCase {
  row: Located<TypeMapRow>
  rust: string
  cpp: string
  rustDecl: string
  cppDecl: string
}

const RUST_GENERICS: Record<string, string> = {T: 'u32', A: 'i32', R: 'i32', N: '4'}
const CPP_GENERICS: Record<string, string> = {T: 'std::uint32_t', A: 'int', R: 'int', N: '4'}

const instantiate = (type: string, generics: Record<string, string>): string => type.replace(/\b[TARN]\b/g, (name) => generics[name]!)

/** The rows to check, with concrete types; rows with `check: {skip}` are left out. */
export function layoutCases(rows: Array<Located<TypeMapRow>>): LayoutCase[] {
  const cases: LayoutCase[] = []
  for (const row of rows) {
    if (row.equivalence !== 'abi-compatible' && row.equivalence !== 'layout-compatible') continue
    if (row.check && 'skip' in row.check) continue
    const check = row.check && 'rust' in row.check ? row.check : null
    cases.push({
      row,
      rust: check?.rust ?? instantiate(row.rust, RUST_GENERICS),
      cpp: check?.cpp ?? instantiate(row.cpp, CPP_GENERICS),
      rustDecl: check?.rust_decl ?? '',
      cppDecl: check?.cpp_decl ?? '',
    })
  }
  return cases
}

/** A Rust program printing `<index> <size> <align>` for each case. */
export function rustLayoutProgram(cases: LayoutCase[]): string {
  const modules = cases.map(
    (item, index) => `mod row_${index} {\n    #![allow(unused, dead_code, non_camel_case_types)]\n    ${item.rustDecl}\n    pub fn print() { println!("${index} {} {}", core::mem::size_of::<${item.rust}>(), core::mem::align_of::<${item.rust}>()); }\n}`
  )
  return `${modules.join('\n')}\nfn main() {\n${cases.map((_, index) => `    row_${index}::print();`).join('\n')}\n}\n`
}

/** A C++ program printing `<index> <size> <align>` for each case. */
export function cppLayoutProgram(cases: LayoutCase[]): string {
  const namespaces = cases.map(
    (item, index) => `namespace row_${index} {\n${item.cppDecl}\nusing checked = ${item.cpp};\nvoid print() { std::printf("${index} %zu %zu\\n", sizeof(checked), alignof(checked)); }\n}`
  )
  return `#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <cstdio>\n${namespaces.join('\n')}\nint main() {\n${cases.map((_, index) => `    row_${index}::print();`).join('\n')}\n}\n`
}

/** Parses the `<index> <size> <align>` lines a layout program prints. */
export function parseLayoutOutput(output: string): Map<number, {size: number; align: number}> {
  const figures = new Map<number, {size: number; align: number}>()
  for (const line of output.trim().split('\n')) {
    const [index, size, align] = line.trim().split(/\s+/).map(Number)
    if (index !== undefined && size !== undefined && align !== undefined) figures.set(index, {size, align})
  }
  return figures
}
