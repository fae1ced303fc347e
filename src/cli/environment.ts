/**
 * The environment variables specmark reads, checked before any command runs, so that a bad value is a
 * usage error (exit 2) rather than a crash deep inside a build.
 */
import {InputError} from '../diagnostics/diagnostic.ts'

/** The latest time JavaScript dates (and ISO 8601 with four-digit years) can show: 9999-12-31T23:59:59Z. */
export const MAX_EPOCH_SECONDS = 253_402_300_799

export function checkEnvironment(environment: NodeJS.ProcessEnv = process.env): void {
  const epoch = environment.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '' && !(/^\d{1,12}$/.test(epoch) && Number(epoch) <= MAX_EPOCH_SECONDS)) {
    throw new InputError(`SOURCE_DATE_EPOCH=\`${epoch.slice(0, 40)}\` is not a Unix time: expected whole seconds from 0 to ${MAX_EPOCH_SECONDS} (the year 9999)`)
  }
}
