/**
 * What specmark was doing when something failed that is not the user's input: a bug, or a library
 * limit nothing checked for. `inPhase` tags such an error with the phase and the input it was working on,
 * so that the CLI prints one line naming both (exit 70) instead of a stack trace; `InputError`s pass
 * through untouched. The innermost phase wins: it names the most specific input.
 */
import {InputError} from './diagnostic.ts'

export class PhaseError extends Error {
  readonly phase: string
  readonly input: string
  constructor(phase: string, input: string, cause: unknown) {
    super(`${phase} of ${input}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`, {cause})
    this.name = 'PhaseError'
    this.phase = phase
    this.input = input
  }
}

function tag(phase: string, input: string, error: unknown): unknown {
  return error instanceof InputError || error instanceof PhaseError ? error : new PhaseError(phase, input, error)
}

/** Runs `run`, tagging any failure other than an `InputError` with `phase` and `input`. */
export function inPhase<T>(phase: string, input: string, run: () => T): T {
  let result: T
  try {
    result = run()
  } catch (error) {
    throw tag(phase, input, error)
  }
  if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(tag(phase, input, error))) as T
  return result
}
