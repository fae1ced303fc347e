/**
 * The environment of the threads specmark starts (the pool's, the side thread): this one's, and the
 * compile cache the launcher enabled.
 */
import module from 'node:module'
import path from 'node:path'

/**
 * The threads' environment: this one's, plus the compile cache the launcher enabled for this thread
 * (`bin/specmark.cjs`). `module.enableCompileCache()` covers the calling thread only; a worker sees the
 * cache when `NODE_COMPILE_CACHE` is set as it starts, and without it, strips the types of every
 * TypeScript module again (in the checkout, about a second of CPU a thread, most of it loading the stripper).
 */
export function workerEnvironment(): Record<string, string> | undefined {
  // The directory Node reports is the cache's subfolder for this Node version, under the one it was given.
  const cache = module.getCompileCacheDir?.()
  if (!cache || process.env.NODE_COMPILE_CACHE) return undefined
  const environment: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) environment[name] = value
  return {...environment, NODE_COMPILE_CACHE: path.dirname(cache)}
}
