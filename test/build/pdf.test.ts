/**
 * `build --pdf` gives up on a Chromium that never finishes printing, with a one-line message, instead of
 * hanging the build (src/build/pdf.ts). The print page here never finishes loading: its script spins.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
import {writePdf} from '../../src/build/pdf.ts'
import {browserTestsRun} from '../helpers/chromium.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-pdf-'))
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

describe.skipIf(!browserTestsRun('build --pdf'))('build --pdf', () => {
  it('fails with a one-line error when printing does not finish in time', async () => {
    fs.mkdirSync(path.join(dir, 'site/print'), {recursive: true})
    fs.writeFileSync(path.join(dir, 'site/print/index.html'), '<!DOCTYPE html><title>x</title><p>Never loads.</p><script>for (;;) {}</script>')
    const attempt = writePdf({outDir: path.join(dir, 'site'), base: '/', file: path.join(dir, 'out.pdf'), title: 'T', version: '1', epoch: 0, timeout: 3000})
    await expect(attempt).rejects.toThrow(InputError)
    await expect(attempt).rejects.toThrow(/^--pdf: Chromium did not finish printing within 3 s \(set SPECMARK_PDF_TIMEOUT/)
    expect(fs.existsSync(path.join(dir, 'out.pdf'))).toBe(false)
  }, 60_000)
})
