/**
 * `npm test`'s `pretest` step: makes sure Debian's Chromium is there for the browser tests
 * (`test/helpers/chromium.ts`). When `/usr/bin/chromium` is missing and we are root, installs it with
 * apt-get (never a downloaded browser); otherwise says why the browser tests will skip (or, with
 * `CI=true`, fail). Always exits 0: the tests themselves decide what a missing browser means.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import {CHROMIUM} from '../helpers/chromium.ts'

function main(): void {
  if (fs.existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    console.warn(`ensure-chromium: ${CHROMIUM} is missing and cannot be installed here (needs root and apt-get); install Debian's \`chromium\` package, or the browser tests will ${process.env.CI === 'true' ? 'fail' : 'be skipped'}`)
    return
  }
  console.log('ensure-chromium: installing Debian\'s chromium for the browser tests (apt-get)…')
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const result = spawnSync('apt-get', args, {stdio: 'inherit', env})
    if (result.status !== 0) {
      console.warn(`ensure-chromium: \`apt-get ${args.join(' ')}\` failed (status ${result.status}); the browser tests will not find Chromium`)
      return
    }
  }
}

main()
