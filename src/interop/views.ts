/**
 * The data views a chapter can embed with a ```` ```data,<view> ```` block: `capability-matrix`,
 * `tools`, `type-map` (optionally `type-map:<category>`), `tool:<id>` and `construct:<id>`. This parses
 * a view name; the renderer draws the views, and `check` reports names that do not resolve.
 */
import type {InteropData} from './load-data.ts'

export type DataView =
  | {kind: 'capability-matrix'}
  | {kind: 'tools'}
  | {kind: 'type-map'; category: string | null}
  | {kind: 'tool'; id: string}
  | {kind: 'construct'; id: string}

/** Parses a view name, or returns why it is not one. */
export function parseDataView(name: string, data: InteropData | null): DataView | {error: string} {
  const [kind, argument = null] = name.split(':', 2) as [string, string | undefined]
  if (!data) return {error: 'the spec has no interop data (interop/data/*.yaml)'}
  switch (kind) {
    case 'capability-matrix':
    case 'tools':
      return argument === null ? {kind} : {error: `\`${kind}\` takes no argument`}
    case 'type-map': {
      const categories = new Set(data.types.map((row) => row.category))
      return argument === null || categories.has(argument as never) ? {kind, category: argument} : {error: `no type-map rows of category \`${argument}\``}
    }
    case 'tool':
      return data.tools.some((tool) => tool.id === argument) ? {kind, id: argument!} : {error: `no tool \`${argument}\` in tools.yaml`}
    case 'construct':
      return data.constructs.some((construct) => construct.id === argument) ? {kind, id: argument!} : {error: `no construct \`${argument}\` in constructs.yaml`}
    default:
      return {error: `unknown view \`${kind}\`, expected capability-matrix, tools, type-map[:category], tool:<id> or construct:<id>`}
  }
}
