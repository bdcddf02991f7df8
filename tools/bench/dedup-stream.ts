// Section 2: a dedup stream. Runtime re-sends of 200 exec alerts on 50 deployments, each
// alert growing one violation per re-send, mixed with exact replays and stale (older) versions,
// as RHACS's notifier retries and reorders them. Storm budgets are lifted so only dedup is measured.

import { fakeInstance } from '../glide-fake/index'
import { deliver, resetInstance } from '../local-instance'
import { fakeTimeMs, timeTheFake } from './fake-time'
import { distribution, nowMs, opMark, opsSince, OutcomeTable, routingOpsSince, seededRandom } from './measure'
import { check, fixed, opTargetChecks, timeLines, TIME_NOTE, outcomeData, outcomeLines, table, type SectionResult } from './report'
import { ExecAlertFactory, syntheticId, workload, type Workload } from './synthetic'

const ALERTS = 200
const DEPLOYMENTS = 50
const NAMESPACES = 8
/** Versions per alert: version v carries v violations (runtime alerts stay under RHACS's 40). */
const VERSIONS = 35
const REPLAYS = 2500
const STALES = 500
const TOTAL = ALERTS * VERSIONS + REPLAYS + STALES
/** Fake-clock time between deliveries: the stream spans a few hours, as re-sends do. */
const STEP_MS = 1000
const BUDGET = '100000'

type Kind = 'first' | 'version' | 'replay' | 'stale'

interface Send {
    alert: number
    version: number
    /** What the stream meant this delivery to be; the outcome it should get follows from it. */
    kind: Kind
}

const EXPECTED_OUTCOME: { [kind in Kind]: string } = { first: 'created', version: 'updated', replay: 'duplicate', stale: 'stale' }

interface Stream {
    sends: Send[]
    /** Violation times per alert, by version index: the body of any version can be rebuilt. */
    times: number[][]
}

/**
 * Random but seeded interleaving of the three kinds, each drawn in proportion to what is left
 * of it, so replays and stale versions are spread through the stream rather than bunched at the end.
 */
function buildStream(startMs: number): Stream {
    const random = seededRandom(0x5eed)
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]
    const sentVersions = new Array<number>(ALERTS).fill(0)
    const times: number[][] = Array.from({ length: ALERTS }, () => [])
    const open = Array.from({ length: ALERTS }, (_, a) => a)
    const deploymentSeen = new Set<number>()
    const sends: Send[] = []
    let replays = REPLAYS
    let stales = STALES
    while (sends.length < TOTAL) {
        const sent = sentVersions.map((v, a) => (v > 0 ? a : -1)).filter((a) => a >= 0)
        const resent = sent.filter((a) => sentVersions[a] >= 2)
        const versionsLeft = open.reduce((n, a) => n + VERSIONS - sentVersions[a], 0)
        const wReplay = sent.length ? replays : 0
        const wStale = resent.length ? stales : 0
        const r = random() * (versionsLeft + wReplay + wStale)
        if (r < versionsLeft) {
            const a = pick(open)
            const v = ++sentVersions[a]
            // The violation happened a little before RHACS sends it.
            times[a].push(startMs + sends.length * STEP_MS - 3000)
            if (v === VERSIONS) open.splice(open.indexOf(a), 1)
            const d = a % DEPLOYMENTS
            const first = !deploymentSeen.has(d)
            deploymentSeen.add(d)
            sends.push({ alert: a, version: v, kind: first ? 'first' : 'version' })
        } else if (r < versionsLeft + wReplay) {
            const a = pick(sent)
            replays -= 1
            sends.push({ alert: a, version: sentVersions[a], kind: 'replay' })
        } else {
            const a = pick(resent)
            stales -= 1
            sends.push({ alert: a, version: 1 + Math.floor(random() * (sentVersions[a] - 1)), kind: 'stale' })
        }
    }
    return { sends, times }
}

export function dedupStream(): SectionResult {
    // The workload-class check is recorded (the state after the first new Incident; that one-time cost is in the routing section).
    resetInstance({ 'x_rhacs_snow.storm.policy_budget': BUDGET, 'x_rhacs_snow.storm.global_budget': BUDGET, 'x_rhacs_snow.routing.workload_ci_lookup': 'missing' })
    const stream = buildStream(fakeInstance.clockMs)
    const factory = new ExecAlertFactory()
    const workloads: Workload[] = Array.from({ length: DEPLOYMENTS }, (_, i) => workload(i, NAMESPACES))
    const alertIds = Array.from({ length: ALERTS }, (_, a) => syntheticId('c2a7f5e1-9b3d-4f6a-8e2c', a))

    const outcomes = new OutcomeTable()
    const untime = timeTheFake()
    // kind -> outcome -> count: a delivery that got another outcome than its kind implies is a dedup error.
    const crosstab: { [kind: string]: { [outcome: string]: number } } = {}
    let non2xx = 0
    for (const s of stream.sends) {
        const body = factory.body(alertIds[s.alert], workloads[s.alert % DEPLOYMENTS], stream.times[s.alert], s.version)
        fakeInstance.advance(STEP_MS)
        const mark = opMark()
        const fake0 = fakeTimeMs()
        const t0 = nowMs()
        const result = deliver(body)
        const elapsed = nowMs() - t0
        const fakeMs = fakeTimeMs() - fake0
        const outcome = String(result.body.outcome ?? 'error:' + result.status)
        if (result.status < 200 || result.status > 299) non2xx += 1
        outcomes.add(outcome, opsSince(mark), elapsed, fakeMs, routingOpsSince(mark))
        const row = (crosstab[s.kind] ??= {})
        row[outcome] = (row[outcome] ?? 0) + 1
    }

    untime()
    const sent = stream.sends.length
    const recorded = fakeInstance.rows('x_rhacs_snow_delivery').length
    const incidents = fakeInstance.rows('incident').length
    const mismatched = Object.entries(crosstab).reduce(
        (n, [kind, row]) => n + Object.entries(row).reduce((m, [o, c]) => m + (o === EXPECTED_OUTCOME[kind as Kind] ? 0 : c), 0),
        0,
    )
    const ops = distribution(outcomes.allOps())
    const order = ['created', 'updated', 'duplicate', 'stale']

    const lines = [
        ALERTS + ' exec alerts on ' + DEPLOYMENTS + ' deployments (' + NAMESPACES + ' namespaces), ' + VERSIONS +
            ' versions each (one more violation per re-send), ' + REPLAYS + ' exact replays, ' + STALES + ' stale re-sends.',
        'Storm budgets lifted to ' + BUDGET + ' (policy and global) so this measures dedup alone; dedup mode: default (workload).',
        'Each delivery goes through the route (deliver()); fake clock +' + STEP_MS / 1000 + ' s per delivery; bodies built outside the timed region.',
        '',
        'deliveries sent:         ' + sent,
        'deliveries recorded:     ' + recorded,
        'Incidents created:       ' + incidents + ' (one per deployment expected: ' + DEPLOYMENTS + ')',
        'non-2xx answers:         ' + non2xx,
        'ops per delivery:        mean ' + fixed(ops.mean) + ', max ' + ops.max,
        ...timeLines(outcomes),
        '',
        'Outcomes (' + TIME_NOTE + '):',
        ...outcomeLines(outcomes, order),
        '',
        'What each delivery was meant to be vs the outcome it got:',
        ...table(
            ['sent as', 'expected', ...order, 'other'],
            (['first', 'version', 'replay', 'stale'] as Kind[]).map((k) => {
                const row = crosstab[k] ?? {}
                const other = Object.entries(row).reduce((n, [o, c]) => n + (order.includes(o) ? 0 : c), 0)
                return [k === 'first' ? 'first alert on a deployment' : k === 'version' ? 'new version / new alert' : k, EXPECTED_OUTCOME[k], ...order.map((o) => String(row[o] ?? 0)), String(other)]
            }),
        ),
    ]
    const checks = [
        check('deliveries recorded = sent', recorded === sent, recorded + ' of ' + sent),
        check('Incidents created = deployments', incidents === DEPLOYMENTS, incidents + ' (expected ' + DEPLOYMENTS + ')'),
        check('every delivery got the outcome its kind implies', mismatched === 0, mismatched + ' mismatched'),
        ...opTargetChecks(outcomes, order),
    ]
    return {
        id: 'dedup',
        title: '2. Dedup stream (' + sent + ' deliveries)',
        lines,
        checks,
        data: {
            alerts: ALERTS,
            deployments: DEPLOYMENTS,
            versions_per_alert: VERSIONS,
            replays: REPLAYS,
            stale: STALES,
            storm_budgets: BUDGET,
            deliveries_sent: sent,
            deliveries_recorded: recorded,
            incidents_created: incidents,
            non_2xx: non2xx,
            kind_vs_outcome: crosstab,
            ops_per_delivery: ops,
            time_ms: distribution(outcomes.allTimes()),
            own_time_ms: distribution(outcomes.allOwnTimes()),
            by_outcome: outcomeData(outcomes),
        },
    }
}
