// The health page in a real browser: Debian's Chromium driven by Playwright (playwright-core with
// the system executable; tools/ensure-chromium.sh installs it), on the page exactly as the build
// ships it (tools/health-page-server.ts serves dist/), fed by the document the real health route
// computes on the Glide fake (tools/health-page-scenarios.ts), so page and endpoint cannot drift.
// Fails on any console error or uncaught exception of the page.
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statusLine, type HealthDocument } from '../src/client/health-view'
import type { HealthDocument as ServerDocument } from '../src/server/health-report'
import { PAGE_SCENARIOS } from '../tools/health-page-scenarios'
import { HEALTH_PATH, PAGE_PATH, startHealthPageServer, type HealthAnswer, type PageServer } from '../tools/health-page-server'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// The page's document type is the server's: this line stops compiling if the two drift apart.
const sameShape: (d: ServerDocument) => HealthDocument = (d) => d
void sameShape

let server: PageServer
let browser: Browser

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(CHROMIUM + ' is missing: run `bash tools/ensure-chromium.sh` (npm test does, as pretest)')
    server = await startHealthPageServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] })
}, 60000)

afterAll(async () => {
    await browser?.close()
    await server?.close()
})

/** Opens the page on this answer; collects console errors and uncaught exceptions. */
async function open(answer: HealthAnswer): Promise<{ page: Page; errors: string[] }> {
    server.setAnswer(answer)
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const errors: string[] = []
    page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
    })
    page.on('pageerror', (e) => errors.push('uncaught: ' + e.message))
    await page.goto(server.url + PAGE_PATH)
    await page.locator('h1').waitFor()
    await page.waitForFunction(() => !document.querySelector('.health-loading'))
    return { page, errors }
}

function docOf(answer: HealthAnswer): HealthDocument {
    return (answer.body as { result: HealthDocument }).result
}

async function status(page: Page) {
    const line = page.getByTestId('status')
    return { level: await line.getAttribute('data-level'), text: (await line.textContent())?.trim(), color: await line.evaluate((e) => getComputedStyle(e).color) }
}

/** The table fallback, row by row: hour → {outcome column → number}. */
async function hourTable(page: Page): Promise<{ [hour: string]: { [column: string]: number } }> {
    return page.getByTestId('hour-table').evaluate((table) => {
        const out: { [hour: string]: { [column: string]: number } } = {}
        for (const row of Array.from(table.querySelectorAll('tbody tr'))) {
            const cells: { [column: string]: number } = {}
            for (const td of Array.from(row.querySelectorAll('td'))) cells[td.getAttribute('data-outcome') ?? '?'] = Number(td.textContent)
            out[row.getAttribute('data-hour') ?? '?'] = cells
        }
        return out
    })
}

describe('the health page in Chromium', () => {
    it('green: delivering; the table fallback has the numbers per hour and outcome; refusals link to their delivery rows', async () => {
        const answer = PAGE_SCENARIOS.delivering()
        const { page, errors } = await open(answer)
        expect(await status(page)).toEqual({
            level: 'green',
            text: 'Delivering: the last delivery arrived 5 minutes ago (duplicate, HTTP 200).',
            color: 'rgb(10, 107, 39)',
        })
        const table = await hourTable(page)
        expect(Object.keys(table)).toHaveLength(24)
        expect(table['2026-02-12 15:00:00']).toEqual({ created: 1, updated: 0, duplicate: 0, storm: 0, rejected: 0, total: 1 })
        expect(table['2026-02-12 16:00:00']).toEqual({ created: 1, updated: 0, duplicate: 0, storm: 0, rejected: 1, total: 2 })
        expect(table['2026-02-12 17:00:00']).toEqual({ created: 3, updated: 0, duplicate: 0, storm: 4, rejected: 0, total: 7 })
        expect(table['2026-02-12 18:00:00']).toEqual({ created: 0, updated: 1, duplicate: 1, storm: 0, rejected: 0, total: 2 })
        expect(table['2026-02-12 14:00:00'].total).toBe(0)
        // Every row is the endpoint's bucket.
        for (const b of docOf(answer).by_hour) expect(table[b.hour].total).toBe(b.total)
        // The SVG draws one rectangle per non-zero outcome of each hour.
        expect(await page.locator('[data-testid=hour-chart] rect').count()).toBe(1 + 2 + 2 + 2)
        const problem = docOf(answer).recent_problems[0]
        const link = page.getByTestId('problems').getByRole('link', { name: problem.received })
        expect(await link.getAttribute('href')).toBe('x_rhacs_snow_delivery.do?sys_id=' + problem.sys_id)
        // The test Incident (priority 5), the exec Incident (2), three latest-tag Incidents and the storm Incident (3).
        const incidents = page.getByTestId('incidents')
        expect(await incidents.getByRole('link').allTextContents()).toEqual(['6 open', '2 - High: 1', '3 - Moderate: 4', '5 - Planning: 1'])
        expect(await incidents.getByRole('link', { name: '3 - Moderate: 4' }).getAttribute('href')).toBe(
            'incident_list.do?sysparm_query=' + encodeURIComponent('correlation_idSTARTSWITHrhacs-^active=true^priority=3^ORDERBYDESCsys_updated_on'),
        )
        expect(await page.getByTestId('storms').textContent()).toContain('Active storms: 1')
        expect(await page.getByTestId('storms').textContent()).toContain('RHACS alert storm: Latest tag (MEDIUM_SEVERITY)')
        expect(await page.getByTestId('empty-state').count()).toBe(0)
        expect(server.unexpected).toEqual([])
        expect(server.requests).toContain('GET ' + HEALTH_PATH)
        expect(errors).toEqual([])
        await page.close()
    })

    it('red: refusals or failures in the last hour', async () => {
        const answer = PAGE_SCENARIOS.refusing()
        const { page, errors } = await open(answer)
        expect(await status(page)).toEqual({
            level: 'red',
            text: 'Refusing or failing: 2 refused or failed deliveries in the last hour.',
            color: 'rgb(161, 0, 28)',
        })
        const table = await hourTable(page)
        expect(table['2026-02-12 18:00:00']).toMatchObject({ rejected: 1, failed: 1, total: 4 })
        const rows = page.getByTestId('problems').locator('tbody tr')
        expect(await rows.count()).toBe(3)
        expect(await rows.nth(0).textContent()).toContain('Failed503The Incident insert was refused.')
        expect(await rows.nth(1).textContent()).toContain('Rejected400The request body is not valid JSON')
        expect(errors).toEqual([])
        await page.close()
    })

    it('amber: silent past the threshold, and when the silence check warned', async () => {
        const { page, errors } = await open(PAGE_SCENARIOS.silent())
        expect(await status(page)).toEqual({
            level: 'amber',
            text: 'Silent: no delivery for 30 hours (the threshold is 24 hours). The silence check warned at 2026-02-13 21:30:00 UTC.',
            color: 'rgb(122, 79, 0)',
        })
        expect(errors).toEqual([])
        await page.close()
    })

    it('empty: explains that nothing arrived and how to press Test', async () => {
        const { page, errors } = await open(PAGE_SCENARIOS.empty())
        expect(await status(page)).toMatchObject({ level: 'empty', text: 'No delivery received yet.' })
        const empty = page.getByTestId('empty-state')
        expect(await empty.isVisible()).toBe(true)
        const text = await empty.textContent()
        expect(text).toContain('press Test on the Generic Webhook notifier in RHACS')
        expect(text).toContain('RHACS integration test')
        expect(Object.values(await hourTable(page)).every((row) => row.total === 0)).toBe(true)
        expect(errors).toEqual([])
        await page.close()
    })

    it('403: names the roles that are missing, shows no figures', async () => {
        const { page, errors } = await open(PAGE_SCENARIOS.forbidden())
        const denied = page.getByTestId('forbidden')
        expect(await denied.textContent()).toContain('it needs the role x_rhacs_snow.admin or itil')
        expect(await denied.textContent()).toContain('403 (User Not Authorized: Failed API level ACL Validation)')
        expect(await page.getByTestId('status').count()).toBe(0)
        expect(await page.getByTestId('hour-chart').count()).toBe(0)
        // Chromium itself logs the refused request; nothing else may appear.
        expect(errors).toEqual(['Failed to load resource: the server responded with a status of 403 (Forbidden)'])
        await page.close()
    })

    it('the status line the page shows is the one statusLine computes from the endpoint document', async () => {
        for (const scenario of [PAGE_SCENARIOS.delivering, PAGE_SCENARIOS.silent]) {
            const answer = scenario()
            const { page } = await open(answer)
            expect((await status(page)).text).toBe(statusLine(docOf(answer)).text)
            await page.close()
        }
    })
})
