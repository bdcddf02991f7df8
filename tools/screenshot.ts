// npm run screenshot: renders the health page as the browser test does (the built page from dist/,
// the real health route on the Glide fake, Debian's Chromium) and writes docs/images/health-page.png,
// which docs/health.md shows. Scenario: four hours of traffic with a storm and an older refusal
// (tools/health-page-scenarios.ts, "delivering").

import { chromium } from 'playwright-core'
import { join } from 'node:path'
import { PAGE_SCENARIOS } from './health-page-scenarios'
import { PAGE_PATH, ROOT, startHealthPageServer } from './health-page-server'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const OUT = join(ROOT, 'docs/images/health-page.png')

const server = await startHealthPageServer()
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] })
try {
    server.setAnswer(PAGE_SCENARIOS.delivering())
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 })
    const errors: string[] = []
    page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(server.url + PAGE_PATH)
    await page.getByTestId('status').waitFor()
    if (errors.length > 0) throw new Error('the page logged errors: ' + errors.join('; '))
    await page.screenshot({ path: OUT, fullPage: true })
    process.stdout.write('wrote ' + OUT + '\n')
} finally {
    await browser.close()
    await server.close()
}
