// The preview command is the README's main job: run it as a user would.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = new URL('..', import.meta.url).pathname
const ROUTING_FILES = ['--groups', 'test/fixtures/routing/groups.json', '--rules', 'test/fixtures/routing/rules.json', '--cmdb', 'test/fixtures/routing/cmdb.json']

function preview(...args: string[]) {
    const run = spawnSync('npm', ['run', '--silent', 'preview', '--', ...args], { cwd: root, encoding: 'utf8', timeout: 60000 })
    return { code: run.status, out: run.stdout, err: run.stderr }
}

describe('npm run preview', () => {
    it('prints the exec-into-pod Incident with priority 2 and the deliveries table', () => {
        const { code, out } = preview('test/fixtures/01-exec-into-pod.json')
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(Object.keys(doc)).toEqual(['deliveries', 'incidents', 'deliveries_table', 'alerts_table', 'job_runs', 'central_calls', 'logs'])
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

    describe('the lifecycle steps, in argument order', () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-central-'))
        const file = (name: string, content: unknown) => {
            writeFileSync(join(dir, name), JSON.stringify(content))
            return join(dir, name)
        }
        const CVE_ID = 'a3d9e6b1-4f2c-4d8a-9e5b-7c1f3a8d2e46'
        const EXEC_ID = 'c2a7f5e1-9b3d-4f6a-8e2c-7d1b5a9f3e04'
        const CVE = 'test/fixtures/05-cve-deploy-fixable-important.json'
        const EXEC = 'test/fixtures/01-exec-into-pod.json'

        it('05, Central says RESOLVED, reconcile: the Incident is Resolved with a note naming RHACS', () => {
            const central = file('resolved.json', { alerts: [{ id: CVE_ID, state: 'RESOLVED', lifecycleStage: 'DEPLOY', resolvedAt: '2026-02-12T16:00:00Z' }], failure: null })
            const doc = JSON.parse(preview('--central', central, CVE, '--run-job', 'reconcile').out)
            expect(doc.incidents[0]).toMatchObject({ state: 6, close_code: 'Solution provided' })
            expect(doc.incidents[0].close_notes).not.toBe('')
            expect(doc.incidents[0].work_notes.at(-1)).toContain('RHACS Central reported at')
            expect(doc.central_calls).toHaveLength(1)
            expect(doc.central_calls[0]).toMatchObject({ method: 'GET', path: '/v1/alerts', status: 200 })
        })

        it('Central says ACTIVE: nothing changes', () => {
            const central = file('active.json', { alerts: [{ id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }], failure: null })
            const doc = JSON.parse(preview('--central', central, CVE, '--run-job', 'reconcile').out)
            expect(doc.incidents[0]).toMatchObject({ state: 1, close_code: '', close_notes: '' })
            expect(doc.incidents[0].work_notes).toEqual([])
            expect(doc.job_runs[0]).toMatchObject({ outcome: 'ok', incidents_resolved: 0 })
        })

        it('Central down: nothing changes and the run records the error', () => {
            const central = file('down.json', { alerts: [], failure: { status: 503 } })
            const doc = JSON.parse(preview('--central', central, CVE, '--run-job', 'reconcile').out)
            expect(doc.incidents[0].state).toBe(1)
            expect(doc.job_runs[0]).toMatchObject({ outcome: 'error', errors: 1 })
            expect(doc.job_runs[0].detail).toContain('HTTP 503')
            expect(doc.central_calls[0].status).toBe(503)
        })

        it('01 resolved by an analyst with resolve-in-RHACS on: one PATCH and a note; 05: no PATCH, the note says why', () => {
            const central = file('both.json', { alerts: [{ id: EXEC_ID, state: 'ACTIVE', lifecycleStage: 'RUNTIME' }, { id: CVE_ID, state: 'ACTIVE', lifecycleStage: 'DEPLOY' }], failure: null })
            const props = file('rir.json', { 'x_rhacs_snow.lifecycle.resolve_in_rhacs': true })
            const doc = JSON.parse(preview('--properties', props, '--central', central, EXEC, CVE, '--resolve-incident', 'INC0010001', '--resolve-incident', 'INC0010002').out)
            expect(doc.central_calls).toEqual([{ method: 'PATCH', path: '/v1/alerts/' + EXEC_ID + '/resolve', query: '', body: '{"addToBaseline":false}', status: 200 }])
            expect(doc.incidents[0].work_notes.at(-1)).toContain(EXEC_ID + ' (Kubernetes Actions: Exec into Pod): resolved in RHACS')
            expect(doc.incidents[1].work_notes.at(-1)).toContain('not resolvable from here: a deploy-time alert')
        })

        it('--advance-days moves the clock for quiet ageing', () => {
            const props = file('quiet.json', { 'x_rhacs_snow.lifecycle.quiet_days': 3 })
            const doc = JSON.parse(preview('--properties', props, CVE, '--advance-days', '4', '--run-job', 'quiet_ageing').out)
            expect(doc.incidents[0]).toMatchObject({ state: 6, resolved_by: 'ageing' })
        })

        it('refuses an unknown job or Incident with the usage', () => {
            expect(preview(CVE, '--run-job', 'nope').code).toBe(2)
            expect(preview(CVE, '--resolve-incident', 'INC9999999').code).toBe(2)
        })
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
        expect(Object.keys(doc)).toEqual(['deliveries', 'health', 'incidents', 'deliveries_table', 'alerts_table', 'job_runs', 'central_calls', 'logs'])
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

    it('routes with --groups, --rules and --cmdb: the shipped example gives 01 its group, category and workload CI, naming the rule', () => {
        const { code, out, err } = preview(...ROUTING_FILES, 'test/fixtures/01-exec-into-pod.json')
        expect(err).toBe('')
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(doc.incidents).toHaveLength(1)
        // The rule "Gibson namespaces": namespace gibson* -> Gibson On-Call, Security; the CI whose k8s_uid is the deployment id.
        expect(doc.incidents[0].routing).toEqual({
            routed_by: 'Gibson namespaces',
            assignment_group: 'Gibson On-Call',
            category: 'Security',
            subcategory: 'Container runtime',
            cmdb_ci: 'gibson-deployment (cmdb_ci_kubernetes_deployment)',
            business_service: '',
            caller_id: '',
        })
        expect(doc.incidents[0]).toMatchObject({ assignment_group: 'a0000000000000000000000000000001', category: 'Security', cmdb_ci: 'c0000000000000000000000000000001' })
        expect(doc.deliveries_table[0]).toMatchObject({ outcome: 'created', routed_by: 'Gibson namespaces' })
        expect(doc.logs.filter((l: { level: string }) => l.level === 'warn')).toEqual([])
    })

    it("routes a deployment's group annotation to that group, an alert no rule matches to the property's group, and records a routed-out alert without an Incident", () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-'))
        const base = JSON.parse(readFileSync(join(root, 'test/fixtures/01-exec-into-pod.json'), 'utf8'))
        const variant = (name: string, cluster: string, namespace: string) => {
            const body = JSON.parse(JSON.stringify(base))
            Object.assign(body.alert, { id: 'alert-' + name, clusterName: cluster, namespace })
            Object.assign(body.alert.deployment, { id: 'uid-' + name, name, clusterName: cluster, namespace })
            writeFileSync(join(dir, name + '.json'), JSON.stringify(body))
            return join(dir, name + '.json')
        }
        writeFileSync(join(dir, 'props.json'), JSON.stringify({ 'x_rhacs_snow.assignment_group': 'a0000000000000000000000000000003' }))
        const { code, out } = preview(
            ...ROUTING_FILES,
            '--properties',
            join(dir, 'props.json'),
            'test/fixtures/routing/annotated-deployment-alert.json',
            variant('staging-job', 'staging-west', 'batch'),
            variant('dev-tool', 'dev-east', 'tools'),
        )
        expect(code).toBe(0)
        const doc = JSON.parse(out)
        expect(doc.deliveries.map((d: { status: number; body: { outcome: string } }) => d.status + ' ' + d.body.outcome)).toEqual(['201 created', '201 created', '202 routed_out'])
        // The annotation names Payments On-Call and wins over the rule that matched (which still sets the category).
        expect(doc.incidents[0].routing).toMatchObject({ routed_by: 'annotation + Everything else in production', assignment_group: 'Payments On-Call', category: 'Security' })
        // No rule matches a staging cluster: the property's group, nothing else.
        expect(doc.incidents[1].routing).toMatchObject({ routed_by: 'property', assignment_group: 'Platform Security', category: '', cmdb_ci: '' })
        // "Dev clusters: no Incident": the delivery is recorded with its own outcome, and nothing else exists.
        expect(doc.incidents).toHaveLength(2)
        expect(doc.deliveries[2].body).toMatchObject({ outcome: 'routed_out', routed_by: 'Dev clusters: no Incident', sys_id: '', number: '' })
        expect(doc.deliveries_table[2]).toMatchObject({ outcome: 'routed_out', http_status: 202, incident: '', routed_by: 'Dev clusters: no Incident' })
    })

    it('refuses routing files it cannot use, saying why', () => {
        const dir = mkdtempSync(join(tmpdir(), 'preview-'))
        writeFileSync(join(dir, 'cmdb.json'), JSON.stringify({ cmdb_ci_linux_server: [{ name: 'x' }] }))
        writeFileSync(join(dir, 'rules.json'), JSON.stringify([{ name: 'r', colour: 'blue' }]))
        const a = preview('--cmdb', join(dir, 'cmdb.json'), 'test/fixtures/01-exec-into-pod.json')
        expect(a.code).toBe(2)
        expect(a.err).toContain('cmdb_ci_linux_server')
        const b = preview('--rules', join(dir, 'rules.json'), 'test/fixtures/01-exec-into-pod.json')
        expect(b.code).toBe(2)
        expect(b.err).toContain('x_rhacs_snow_routing_rule has no column colour')
    })

    it('explains its usage when given no file', () => {
        const { code, err } = preview()
        expect(code).toBe(2)
        expect(err).toContain('usage: npm run --silent preview')
    })
})
