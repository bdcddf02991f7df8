// Section 6: GET /health, the integration health document. Its cost must not grow with the
// tables: every figure is one aggregate or one bounded query (src/server/health-report.ts). Measured
// on a small instance (a few deliveries) and a large one (200,000 deliveries over 7 days, 20,000
// problems with their Incidents, storms, 1,000 job runs), rows written straight into the fake so
// the set-up stays quick. Target: the same operations on both, at most OPERATIONS_PER_REPORT.

import { OPERATIONS_PER_REPORT } from '../../src/server/health-report'
import { fakeInstance } from '../glide-fake/index'
import { deliver, health, resetInstance } from '../local-instance'
import { distribution, nowMs, opMark, opsSince, seededRandom, totalOps, type OpCounts } from './measure'
import { check, ms, opBreakdown, table, type SectionResult } from './report'

const OUTCOMES: Array<[string, number, number]> = [
    // outcome, weight, HTTP status
    ['created', 5, 201],
    ['updated', 40, 200],
    ['duplicate', 30, 200],
    ['stale', 3, 200],
    ['storm', 15, 200],
    ['ignored', 4, 202],
    ['rejected', 2, 400],
    ['failed', 1, 503],
]

function pad(n: number, w: number = 2): string {
    return String(n).padStart(w, '0')
}

function glide(ms: number): string {
    const d = new Date(ms)
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds())
}

/** A large instance, written row by row into the fake (no handler run): what the report reads. */
function largeInstance(deliveries: number, problems: number): void {
    resetInstance()
    const random = seededRandom(0x4ea17)
    const now = fakeInstance.clockMs
    const weights = OUTCOMES.reduce((n, o) => n + o[1], 0)
    const incidents: string[] = []
    for (let i = 0; i < problems; i++) {
        const storm = i < 5
        const state = random() < 0.7 ? '1' : '7'
        const sysId = fakeInstance.insert(
            'incident',
            { short_description: storm ? 'RHACS alert storm: policy ' + i : 'ACS policy violation ' + i, urgency: String(1 + (i % 3)), impact: String(1 + ((i >> 2) % 3)), state, x_rhacs_snow_storm_state: storm ? 'active' : '' },
            [],
            false,
        )!
        incidents.push(sysId)
        fakeInstance.insert('x_rhacs_snow_problem', { key: 'rhacs-w:' + i, incident: sysId, kind: storm ? 'storm' : 'alert', policy_id: 'p' + (i % 40), storm_state: storm ? 'active' : '' }, [], false)
    }
    for (let i = 0; i < deliveries; i++) {
        let pick = random() * weights
        let outcome = OUTCOMES[0]
        for (const o of OUTCOMES) {
            pick -= o[1]
            if (pick <= 0) {
                outcome = o
                break
            }
        }
        fakeInstance.insert(
            'x_rhacs_snow_delivery',
            {
                received: glide(now - Math.floor(random() * 7 * 86400000)),
                kind: 'alert',
                outcome: outcome[0],
                http_status: String(outcome[2]),
                incident: incidents[Math.floor(random() * incidents.length)] ?? '',
                detail: outcome[0] === 'rejected' || outcome[0] === 'failed' ? 'synthetic ' + outcome[0] : '',
                raw_body: '{"alert": {"id": "' + i + '"}}',
            },
            [],
            false,
        )
    }
    for (let i = 0; i < 1000; i++) {
        fakeInstance.insert('x_rhacs_snow_job_run', { job: i % 2 === 0 ? 'reconcile' : 'quiet_ageing', started: glide(now - i * 600000), outcome: 'ok', errors: '0' }, [], false)
    }
}

interface Measured {
    label: string
    deliveries: number
    problems: number
    ops: OpCounts
    shapes: string[]
    timesMs: number[]
}

function measure(label: string, repeats: number): Measured {
    const timesMs: number[] = []
    let ops: OpCounts | null = null
    let shapes: string[] = []
    for (let r = 0; r < repeats; r++) {
        const mark = opMark()
        const before = fakeInstance.operations.length
        const t0 = nowMs()
        const answer = health()
        timesMs.push(nowMs() - t0)
        if (answer.status !== 200) throw new Error('GET /health answered ' + answer.status)
        const these = opsSince(mark)
        const theseShapes = fakeInstance.operations.slice(before).map((o) => o.op + ' ' + o.table + '(' + (o.fields ?? []).join(',') + ')')
        if (ops !== null && JSON.stringify(these) !== JSON.stringify(ops)) throw new Error('the operations of GET /health changed between two calls')
        ops = these
        shapes = theseShapes
    }
    return {
        label,
        deliveries: fakeInstance.rows('x_rhacs_snow_delivery').length,
        problems: fakeInstance.rows('x_rhacs_snow_problem').length,
        ops: ops!,
        shapes,
        timesMs,
    }
}

export function healthReport(): SectionResult {
    // Small: what a fresh install sees after a Test and a few alerts.
    resetInstance()
    for (const body of ['{"alert":{"id":"testalert","policy":{"name":"This is a test message created to test integration with StackRox."}}}', '{"alert": ']) deliver(body)
    const small = measure('small', 5)
    largeInstance(200000, 20000)
    const large = measure('large', 2)
    const same = JSON.stringify(small.ops) === JSON.stringify(large.ops) && JSON.stringify(small.shapes) === JSON.stringify(large.shapes)
    const bound = OPERATIONS_PER_REPORT
    const rows = [small, large].map((m) => {
        const t = distribution(m.timesMs)
        return [m.label, String(m.deliveries), String(m.problems), String(totalOps(m.ops)), opBreakdown(m.ops), ms(t.p50)]
    })
    const lines = [
        'One GET /health through the real route on the Glide fake; operations counted by the fake (query, aggregate, get, …).',
        'large: 200,000 deliveries spread over 7 days, 20,000 problems and Incidents (5 storms), 1,000 job runs.',
        '',
        ...table(['instance', 'deliveries', 'problems', 'ops per call', 'by kind', 'time p50 (fake)'], rows),
        '',
        'Time is the fake scanning its in-memory arrays (no indexes): it grows with the tables here; on the instance',
        'each operation is one indexed query or aggregate (the query shapes below).',
    ]
    return {
        id: 'health',
        title: 'GET /health: platform operations per call',
        lines,
        checks: [
            check('ops per GET /health: the same on a small and a large instance', same, totalOps(small.ops) + ' (small) and ' + totalOps(large.ops) + ' (large), same shapes: ' + same),
            check('ops per GET /health ≤ ' + bound + ' (' + OPERATIONS_PER_REPORT + ' + the routing rules count once that table exists)', totalOps(large.ops) <= bound, String(totalOps(large.ops))),
        ],
        data: {
            small: { deliveries: small.deliveries, ops: small.ops, time_ms: distribution(small.timesMs) },
            large: { deliveries: large.deliveries, problems: large.problems, ops: large.ops, time_ms: distribution(large.timesMs) },
        },
    }
}
