import {chromium} from 'playwright-core'
import {serveStatic} from './test/helpers/static-server.ts'
const server = await serveStatic('/tmp/mdg')
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
const page = await browser.newPage({viewport: {width: 1200, height: 1800}})
await page.goto(`${server.url}/format/mdbook.html`)
await page.waitForTimeout(300)
await page.screenshot({path: '/tmp/g1.png'})
await page.evaluate(() => window.scrollTo(0, 1700))
await page.waitForTimeout(200)
await page.screenshot({path: '/tmp/g2.png'})
await browser.close(); await server.close()
