// The preview command is the README's main job: run it as a user would.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname

function preview(...args: string[]) {
    const run = spawnSync('npm', ['run', '--silent', 'preview', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 })
    return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('npm run preview', () => {
    it('prints the exec-into-pod Incident with priority 2 and the deliveries table', () => {
        const { code, out } = preview('test/fixtures/01-exec-into-pod.json')
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(Object.keys(doc)).toEqual(['deliveries', 'incidents', 'deliveries_table', 'logs'])
        expect(doc.deliveries).toEqual([{ input: '01-exec-into-pod.json', status: 201, body: expect.objectContaining({ outcome: 'created' }) }])
        expect(doc.incidents[0]).toMatchObject({ urgency: 1, impact: 2, priority: 2, state: 1, short_description: 'ACS policy violation: Kubernetes Actions: Exec into Pod (HIGH_SEVERITY)' })
        expect(doc.incidents[0].description).toContain('Command: /bin/bash')
        expect(doc.deliveries_table[0]).toMatchObject({ outcome: 'created', incident: doc.incidents[0].number })
    })

    it('delivers a file that is not JSON as it is, applies properties and moves the clock', () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-'))
        writeFileSync(join(dir, 'broken.json'), '{"alert": ')
        writeFileSync(join(dir, 'props.json'), JSON.stringify({ 'x_rhacs_snow.severity.high': '2/3' }))
        const { code, out } = preview('--properties', join(dir, 'props.json'), '--clock-step-ms', '60000', join(dir, 'broken.json'), 'test/fixtures/01-exec-into-pod.json', 'test/fixtures/01-exec-into-pod.json')
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(doc.deliveries.map((d: { status: number }) => d.status)).toEqual([400, 201, 200])
        expect(doc.deliveries[0].body.error).toBe('invalid_json')
        expect(doc.incidents[0]).toMatchObject({ urgency: 2, impact: 3, priority: 4 })
        expect(doc.deliveries_table.map((d: { received: string }) => d.received)).toEqual(['2026-02-12 15:30:00', '2026-02-12 15:31:00', '2026-02-12 15:32:00'])
    })

    it('shows an invalid property value as a warning in logs, with caller and debug lines', () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-'))
        writeFileSync(join(dir, 'bad.json'), JSON.stringify({ 'x_rhacs_snow.severity.high': 'high', 'x_rhacs_snow.debug': 'true' }))
        const { code, out } = preview('--properties', join(dir, 'bad.json'), 'test/fixtures/01-exec-into-pod.json')
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        const warnings = doc.logs.filter((l: { level: string }) => l.level === 'warn')
        expect(warnings.map((l: { message: string }) => l.message).join('\n')).toContain('x_rhacs_snow.severity.high')
        expect(doc.logs.some((l: { message: string }) => l.message.startsWith('[debug] RHACS alert '))).toBe(true)
        // The fallback applied: the default mapping for HIGH (urgency 1, impact 2).
        expect(doc.incidents[0]).toMatchObject({ urgency: 1, impact: 2, priority: 2 })
        expect(Object.keys(doc.incidents[0])).toEqual(expect.arrayContaining(['caller_id', 'assignment_group', 'category', 'correlation_id']))
    })

    it('--health adds the health document after a storm: the storm, the per-hour counts, the silence', () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-'))
        // Fourteen new problems of one policy within the default window: 10 Incidents, then the storm.
        const files: string[] = []
        for (let i = 0; i < 14; i++) {
            const body = JSON.parse(readFileSync(join(root, 'test/fixtures/03-deploy-latest-tag.json'), 'utf8'))
            body.alert.id = 'storm-' + i
            body.alert.deployment.name = 'app-' + i
            body.alert.deployment.id = 'dep-' + i
            files.push(join(dir, 'alert-' + String(i).padStart(2, '0') + '.json'))
            writeFileSync(files[i], JSON.stringify(body))
        }
        writeFileSync(join(dir, 'zz-broken.json'), '{"alert": ')
        const { code, out } = preview('--health', '--clock-step-ms', '30000', ...files, join(dir, 'zz-broken.json'))
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(Object.keys(doc)).toEqual(['deliveries', 'health', 'incidents', 'deliveries_table', 'logs'])
        expect(doc.deliveries.map((d: { body: { outcome?: string } }) => d.body.outcome ?? 'rejected')).toEqual([...Array(10).fill('created'), 'storm', 'storm', 'storm', 'storm', 'rejected'])
        const health = doc.health
        expect(health.active_storms).toBe(1)
        expect(health.storms[0].short_description).toBe(doc.incidents[10].short_description)
        expect(health.by_hour).toHaveLength(24)
        expect(health.by_hour[23]).toEqual({ hour: '2026-02-12 15:00:00', counts: { created: 10, rejected: 1, storm: 4 }, total: 15 })
        expect(health.by_hour.slice(0, 23).every((b: { total: number }) => b.total === 0)).toBe(true)
        expect(health.open_incidents).toBe(11)
        expect(health.last_received).toMatchObject({ outcome: 'rejected', http_status: 400 })
        expect(health.status).toEqual({ level: 'red', problems_last_hour: 1 })
        expect(health.silence).toEqual({ threshold_hours: 24, silent: false, since: null, warned_at: null })
        expect(health.recent_problems).toHaveLength(1)
    })

    it('explains its usage when given no file', () => {
        const { code, err } = preview()
        expect(code).toBe(2)
        expect(err).toContain('usage: npm run --silent preview')
    })
})
