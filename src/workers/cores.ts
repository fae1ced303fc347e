/**
 * How many cores this process may use: the cores it may run on, capped by a cgroup v2 CPU quota
 * (`cpu.max`, as containers and CI runners set it), so that a 2-core CI container on a big host does not
 * start one compiler or worker per host core and make them all wait. Read once a process.
 */
import fs from 'node:fs'
import os from 'node:os'

let usable: number | null = null

export function usableCores(): number {
  if (usable !== null) return usable
  const cores = os.availableParallelism()
  let quota: string[] = []
  try {
    quota = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/)
  } catch {
    // No cgroup v2 quota here.
  }
  const [max, period] = [Number(quota[0]), Number(quota[1])]
  usable = quota[0] === 'max' || !(max > 0) || !(period > 0) ? cores : Math.max(1, Math.min(cores, Math.ceil(max / period)))
  return usable
}
