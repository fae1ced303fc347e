/**
 * The schemas of the interop guidance data (`interop/data/*.yaml` under the spec root). Each schema
 * doubles as the data's documentation; `load-data.ts` validates the files against them and reports
 * problems at their file and line. To add a field: add it here (with a doc comment), use it in the
 * views (`src/render/` data views) and, where it is a reference, check it in `src/check/rules/interop-*.ts`.
 */
import {z} from 'zod'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id')
const direction = z.enum(['rust-to-cpp', 'cpp-to-rust', 'both'])
const url = z.string().regex(/^https:\/\//, 'expected an https:// URL')

export const ToolSchema = z
  .object({
    id,
    name: z.string().min(1),
    url,
    /** Which way the tool exposes APIs: Rust to C++, C++ (or C) to Rust. */
    directions: z.array(z.enum(['rust-to-cpp', 'cpp-to-rust'])).min(1),
    build_systems: z.array(z.string().min(1)),
    maintenance: z.enum(['active', 'maintained', 'experimental', 'unmaintained']),
    /** What the maintenance status is judged from. */
    maintenance_basis: z.string().optional(),
    version: z.string().min(1),
    commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
    as_of: date.optional(),
    source: url.optional(),
    see_also: z.array(url).optional(),
    summary: z.string().min(1),
  })
  .strict()

export const ConstructSchema = z
  .object({
    id,
    name: z.string().min(1),
    category: z.string().min(1),
    description: z.string().min(1),
    /** Normative paragraphs of this specification that bound what any tool can do for the construct. */
    normative_refs: z.array(z.string()).default([]),
  })
  .strict()

export const SupportLevel = z.enum(['native', 'supported', 'partial', 'manual', 'unsupported'])

export const SupportSchema = z
  .object({
    tool: id,
    construct: id,
    direction,
    level: SupportLevel,
    notes: z.string().optional(),
    /** Where the claim comes from; a cell without one is a warning. */
    source: url.optional(),
    /** When the claim was last verified; older than the configured age is a warning. */
    as_of: date.optional(),
  })
  .strict()

/**
 * A concrete instantiation of a type-map row for the size/alignment check: types with their generic
 * parameters filled in, and any declarations they need; or `skip` with the reason a size does not apply.
 */
export const LayoutCheckSchema = z.union([
  z.object({rust: z.string().min(1), cpp: z.string().min(1), rust_decl: z.string().optional(), cpp_decl: z.string().optional()}).strict(),
  z.object({skip: z.string().min(1)}).strict(),
])

export const TypeMapSchema = z
  .object({
    id,
    category: z.enum(['fundamental', 'pointer', 'composite', 'string', 'container']),
    rust: z.string().min(1),
    cpp: z.string().min(1),
    direction,
    equivalence: z.enum(['abi-compatible', 'layout-compatible', 'needs-conversion', 'no-equivalent']),
    conditions: z.array(z.string()).default([]),
    normative_refs: z.array(z.string()).default([]),
    notes: z.string().optional(),
    source: url.optional(),
    as_of: date.optional(),
    /** How to check size and alignment when `rust`/`cpp` are not plain type expressions. */
    check: LayoutCheckSchema.optional(),
  })
  .strict()

export const DATA_FILES = {
  tools: {file: 'tools.yaml', key: 'tools', schema: ToolSchema},
  constructs: {file: 'constructs.yaml', key: 'constructs', schema: ConstructSchema},
  support: {file: 'support.yaml', key: 'support', schema: SupportSchema},
  types: {file: 'type-map.yaml', key: 'types', schema: TypeMapSchema},
} as const

export type Tool = z.output<typeof ToolSchema>
export type Construct = z.output<typeof ConstructSchema>
export type SupportCell = z.output<typeof SupportSchema>
export type TypeMapRow = z.output<typeof TypeMapSchema>
