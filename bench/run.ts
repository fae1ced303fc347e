/**
 * `npm run bench`: runs every benchmark in order and prints its figures. Figures are printed, never
 * asserted; each benchmark is a module of its own under `bench/`.
 */
import os from 'node:os'
import {benchCheckReference} from './check-reference.ts'
import {benchDev} from './dev.ts'
import {benchLsp} from './lsp.ts'
import {benchPeer} from './peer.ts'
import {benchPathological} from './pathological.ts'
import {benchSearchShards} from './search-shards.ts'
import {benchNavigationScale} from './navigation-scale.ts'
import {benchSiteBuild} from './site-build.ts'
import {benchStartup} from './startup.ts'
import {benchTrace} from './trace.ts'

const benchmarks: Array<[string, () => string[] | Promise<string[]>]> = [
  ['startup', benchStartup],
  ['check-reference', benchCheckReference],
  ['pathological', benchPathological],
  ['trace', benchTrace],
  ['lsp', benchLsp],
  ['site-build', benchSiteBuild],
  ['search-shards', benchSearchShards],
  ['dev', benchDev],
  ['peer', benchPeer],
  ['navigation-scale', () => benchNavigationScale()],
]

console.log(`specmark benchmarks on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.versions.node}`)
for (const [name, run] of benchmarks) {
  const only = process.argv[2]
  if (only && !name.startsWith(only)) continue
  for (const line of await run()) console.log(line)
}
