/** One measurement of bench/pathological.ts, in a process of its own: load and check a root, print JSON. */
import {runCheck} from '../src/check/run-check.ts'
import {assembleModel} from '../src/pipeline/assemble-model.ts'

const start = performance.now()
const model = await assembleModel(process.argv[2]!, {cache: false})
const diagnostics = runCheck(model)
process.stdout.write(
  JSON.stringify({ms: performance.now() - start, maxRssMiB: process.resourceUsage().maxRSS / 1024, codes: [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))]})
)
