/**
 * What a page read of the rendered specification, recorded as it rendered: the keys of the pages that
 * show the whole book (home, navigation data, glossary, ID list, …). A chapter page's key is written out
 * by hand (`page-keys.ts`: its chapter, its rules, the site's shell), but each whole-book page reads its
 * own slice of everything, and a hand-kept list of those slices would serve a stale page the day a page
 * reads one more field. So the page renders from a read-recording view of the data (`recordReads`), and
 * its key hashes exactly what it read (`readsDigests`): an edit that changes a paragraph's text changes the
 * citation data but not the home page, which reads only which rules are normative.
 *
 * What is recorded is a shape, not a list of values: for each object, the properties read (present or
 * absent: a page may show something only when a field is missing) and, for each, what was read of its
 * value; an array's elements share one shape, the union of what was read of any of them, so a search
 * (`find`) that stopped at the third chapter still depends on every chapter's id — more than it read,
 * never less. Whatever enumerates an object (`Object.keys`, a spread, `JSON.stringify`) or reaches past
 * the recording (a property descriptor) depends on all of it.
 *
 * The data is plain JSON (`RenderedSpec`), so these few traps see every read.
 */
import {createHash} from 'node:crypto'

/** What was read of a value: `true` for all of it, else the properties read (`*`: an array's elements). */
export type Reads = true | {[property: string]: Reads}

/** The key an array's elements are recorded under. */
const ELEMENTS = '*'
/** How an absent property shows in a projection (JSON has no undefined). */
const ABSENT = {absent: true}

/** A shape being recorded: `all` once everything below it is read. */
interface Node {
  all: boolean
  properties: Map<string, Node>
  /** The traps of every view recording under this node (one per node, not per object: arrays hold thousands). */
  handler?: ProxyHandler<object>
}

export interface Recording<T> {
  /** The data to render from: reads through it are recorded. */
  data: T
  /** What was read so far. */
  reads(): Reads
}

/**
 * A view of `data` that records what is read through it. The data is plain (built by object literals, or
 * a structured clone): no property is fixed (non-configurable and read-only), which a view could not
 * answer with a view of its own; an object that cannot be extended (frozen) is read whole instead.
 */
export function recordReads<T extends object>(data: T): Recording<T> {
  const root: Node = {all: false, properties: new Map()}
  // One view per object and place read from: the same object reached by two paths records under each.
  const views = new WeakMap<object, Map<Node, object>>()
  const view = (target: object, node: Node): object => {
    if (!Object.isExtensible(target)) {
      node.all = true
      return target
    }
    let byNode = views.get(target)
    if (!byNode) views.set(target, (byNode = new Map()))
    let found = byNode.get(node)
    if (!found) byNode.set(node, (found = new Proxy(target, (node.handler ??= handler(node)))))
    return found
  }
  const child = (node: Node, property: string): Node => {
    let found = node.properties.get(property)
    if (!found) node.properties.set(property, (found = {all: false, properties: new Map()}))
    return found
  }
  /** The node a property read records under, or null when it reads no data (a method of the prototype). */
  const recorded = (target: object, node: Node, property: string): Node | null => {
    if (Array.isArray(target) && isIndex(property)) return child(node, ELEMENTS)
    if (Object.hasOwn(target, property) || !(property in target)) return child(node, property)
    return null
  }
  const handler = (node: Node): ProxyHandler<object> => ({
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      // Once all of it is read (its keys listed: `JSON.stringify`), nothing below needs recording.
      if (typeof property === 'symbol' || node.all) return value
      const at = recorded(target, node, property)
      return at === null || value === null || typeof value !== 'object' ? value : view(value, at)
    },
    has(target, property) {
      if (typeof property === 'string') recorded(target, node, property)
      return Reflect.has(target, property)
    },
    ownKeys(target) {
      node.all = true
      return Reflect.ownKeys(target)
    },
    getOwnPropertyDescriptor(target, property) {
      // The descriptor holds the value itself, past the recording.
      if (typeof property === 'string') {
        const at = recorded(target, node, property)
        if (at) at.all = true
      }
      return Reflect.getOwnPropertyDescriptor(target, property)
    },
    set(target, property, value, receiver) {
      node.all = true
      return Reflect.set(target, property, value, receiver)
    },
    defineProperty(target, property, descriptor) {
      node.all = true
      return Reflect.defineProperty(target, property, descriptor)
    },
    deleteProperty(target, property) {
      node.all = true
      return Reflect.deleteProperty(target, property)
    },
  })
  return {data: view(data, root) as T, reads: () => shape(root)}
}

/** Whether an array's property is an element (JSON arrays have no other properties starting with a digit). */
function isIndex(property: string): boolean {
  const code = property.charCodeAt(0)
  return code >= 48 && code <= 57
}

function shape(node: Node): Reads {
  if (node.all) return true
  const reads: {[property: string]: Reads} = {}
  for (const [property, below] of [...node.properties].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) reads[property] = shape(below)
  return reads
}

/** What of `value` the `reads` cover, as plain JSON: equal for two values exactly when a page that read so would read the same. */
function project(value: unknown, reads: Reads): unknown {
  if (reads === true || value === null || typeof value !== 'object') return value ?? null
  const source = value as Record<string, unknown>
  const projected: Record<string, unknown> = {}
  for (const [property, below] of Object.entries(reads)) {
    if (Array.isArray(value) && property === ELEMENTS) projected[property] = value.map((element) => project(element, below))
    else if (Array.isArray(value) && property === 'length') projected[property] = value.length
    else projected[property] = Object.hasOwn(source, property) ? project(source[property], below) : ABSENT
  }
  return projected
}

/**
 * The digests of pages' reads of one `value`: each the hash of what of it the reads cover (`project`).
 * Pages read much alike (every page's layout reads the chapters' titles and paths): each top-level
 * property's projection is hashed once per shape read of it.
 */
export function readsDigests(value: object): (reads: Reads) => string {
  const digests = new Map<string, string>()
  const source = value as Record<string, unknown>
  const digestOf = (property: string, reads: Reads): string => {
    const id = `${property}\0${JSON.stringify(reads)}`
    let digest = digests.get(id)
    if (digest === undefined) {
      const projected = Object.hasOwn(source, property) ? project(source[property], reads) : ABSENT
      digests.set(id, (digest = createHash('sha256').update(JSON.stringify(projected)).digest('hex')))
    }
    return digest
  }
  return (reads) => {
    const hash = createHash('sha256')
    if (reads === true) return hash.update(JSON.stringify(value)).digest('hex')
    for (const [property, below] of Object.entries(reads)) hash.update(property).update('\0').update(digestOf(property, below)).update('\0')
    return hash.digest('hex')
  }
}
