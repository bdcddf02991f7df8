// Section 3: an alert storm. 5,000 new alerts of one policy across 2,000 deployments and 500
// of four other policies, over 10 minutes of fake clock, with the default budgets. Storm control
// must cap regular Incidents per policy, open one storm Incident per policy, and lose nothing.

import { fakeInstance } from '../glide-fake/index'
import { deliver, resetInstance } from '../local-instance'
import { DEFAULTS, PROPERTY } from '../../src/server/app-properties'
import { fakeTimeMs, timeTheFake } from './fake-time'
import { distribution, nowMs, opMark, opsSince, OutcomeTable, routingOpsSince, seededRandom, type OpCounts } from './measure'
import { check, fixed, opTargetChecks, timeLines, TIME_NOTE, outcomeData, outcomeLines, table, type Check, type SectionResult } from './report'
import { PolicyAlertFactory, syntheticId, workload, type Workload } from './synthetic'

const MAIN_ALERTS = 5000
const DEPLOYMENTS = 2000
const NAMESPACES = 40
const OTHER_FIXTURES = ['02-port-forward.json', '03-deploy-latest-tag.json', '04-runtime-process-netcat.json', '05-cve-deploy-fixable-important.json']
const OTHER_ALERTS = 500
const SPAN_MS = 10 * 60000

interface Send {
    policy: number
    deployment: number
}

/** Seeded shuffle of every alert, each on a random deployment. */
function buildStream(): Send[] {
    const random = seededRandom(0x57041)
    const sends: Send[] = []
    for (let i = 0; i < MAIN_ALERTS; i++) sends.push({ policy: 0, deployment: Math.floor(random() * DEPLOYMENTS) })
    for (let i = 0; i < OTHER_ALERTS; i++) sends.push({ policy: 1 + (i % OTHER_FIXTURES.length), deployment: Math.floor(random() * DEPLOYMENTS) })
    for (let i = sends.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        const t = sends[i]
        sends[i] = sends[j]
        sends[j] = t
    }
    return sends
}

interface PolicyFigures {
    name: string
    sent: number
    outcomes: { [outcome: string]: number }
    regularIncidents: number
    stormIncidents: number
    stormWorkNotes: number
}

/** Per policy, from the deliveries table: which Incidents its deliveries created or joined. */
function policyFigures(names: string[], sentPerPolicy: number[]): PolicyFigures[] {
    const deliveries = fakeInstance.rows('x_rhacs_snow_delivery')
    const incidentsById = new Map(fakeInstance.rows('incident').map((r) => [r.sys_id, r]))
    return names.map((name, p) => {
        const rows = deliveries.filter((r) => r.policy === name)
        const outcomes: { [outcome: string]: number } = {}
        for (const r of rows) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1
        const linked = new Set(rows.filter((r) => r.outcome === 'created' || r.outcome === 'storm').map((r) => r.incident))
        const incidents = [...linked].map((id) => incidentsById.get(id)).filter((r) => r !== undefined)
        const storms = incidents.filter((r) => (r.x_rhacs_snow_storm_state ?? '') !== '')
        return {
            name,
            sent: sentPerPolicy[p],
            outcomes,
            regularIncidents: incidents.length - storms.length,
            stormIncidents: storms.length,
            stormWorkNotes: storms.reduce((n, r) => n + fakeInstance.workNotes(r.sys_id).length, 0),
        }
    })
}

const STORM_OPENED = 'storm: opened'
const STORM_ABSORBED = 'storm: absorbed'
const STORM_NOTED = 'storm: absorbed+note'

/**
 * Splits the storm outcome by the work it did: opening the storm Incident (answered 201),
 * plain absorption, and absorption that also wrote the once-a-minute summary note. Their op
 * counts differ by design, and one "storm" row would hide which one sets the max.
 */
function stormAwareOutcome(outcome: string, status: number, ops: OpCounts): string {
    if (outcome !== 'storm') return outcome
    if (status === 201) return STORM_OPENED
    return ops.update > 0 ? STORM_NOTED : STORM_ABSORBED
}

export function storm(): SectionResult {
    // The workload-class check is recorded (the state after the first new Incident; that one-time cost is in the routing section).
    resetInstance({ 'x_rhacs_snow.routing.workload_ci_lookup': 'missing' })
    const policyBudget = Number(DEFAULTS[PROPERTY.stormPolicyBudget])
    const globalBudget = Number(DEFAULTS[PROPERTY.stormGlobalBudget])
    const factories = [new PolicyAlertFactory('01-exec-into-pod.json'), ...OTHER_FIXTURES.map((f) => new PolicyAlertFactory(f))]
    const names = factories.map((f) => f.policyName)
    const workloads: Workload[] = Array.from({ length: DEPLOYMENTS }, (_, i) => workload(i, NAMESPACES))
    const sends = buildStream()
    const stepMs = Math.floor(SPAN_MS / sends.length)
    const startMs = fakeInstance.clockMs

    const outcomes = new OutcomeTable()
    const untime = timeTheFake()
    const sentPerPolicy = names.map(() => 0)
    let non2xx = 0
    sends.forEach((s, i) => {
        const body = factories[s.policy].body(syntheticId('e1b6c3d8-5a2f-4e7b-9d1c', i), workloads[s.deployment], fakeInstance.clockMs - 1500)
        sentPerPolicy[s.policy] += 1
        const mark = opMark()
        const fake0 = fakeTimeMs()
        const t0 = nowMs()
        const result = deliver(body)
        const elapsed = nowMs() - t0
        const fakeMs = fakeTimeMs() - fake0
        if (result.status < 200 || result.status > 299) non2xx += 1
        const ops = opsSince(mark)
        outcomes.add(stormAwareOutcome(String(result.body.outcome ?? 'error:' + result.status), result.status, ops), ops, elapsed, fakeMs, routingOpsSince(mark))
        fakeInstance.advance(stepMs)
    })

    untime()
    const sent = sends.length
    const recorded = fakeInstance.rows('x_rhacs_snow_delivery').length
    const incidents = fakeInstance.rows('incident').length
    const perPolicy = policyFigures(names, sentPerPolicy)
    const regularTotal = perPolicy.reduce((n, p) => n + p.regularIncidents, 0)
    const ops = distribution(outcomes.allOps())
    const order = ['created', 'updated', STORM_OPENED, STORM_ABSORBED, STORM_NOTED, 'duplicate', 'stale']
    const outcomeCount = (p: PolicyFigures, o: string) => String(p.outcomes[o] ?? 0)

    const lines = [
        MAIN_ALERTS + ' alerts of "' + names[0] + '" on ' + DEPLOYMENTS + ' deployments + ' + OTHER_ALERTS + ' alerts of ' + OTHER_FIXTURES.length +
            ' other policies, shuffled,',
        'over ' + SPAN_MS / 60000 + ' minutes of fake clock (+' + stepMs + ' ms per delivery). Default budgets: ' + policyBudget + ' per policy, ' +
            globalBudget + ' overall, per ' + DEFAULTS[PROPERTY.stormWindowMinutes] + ' minutes. Each delivery goes through the route (deliver()).',
        '',
        'deliveries sent:         ' + sent,
        'deliveries recorded:     ' + recorded + ' (lost: ' + (sent - recorded) + ')',
        'Incidents created:       ' + incidents + ' (' + regularTotal + ' regular, ' + (incidents - regularTotal) + ' storm)',
        'non-2xx answers:         ' + non2xx,
        'ops per delivery:        mean ' + fixed(ops.mean) + ', max ' + ops.max,
        ...timeLines(outcomes),
        '',
        'Per policy (Incidents counted from the deliveries that created or joined them):',
        ...table(
            ['policy', 'sent', 'created', 'updated', 'storm', 'regular Inc.', 'storm Inc.', 'storm notes'],
            perPolicy.map((p) => [
                p.name,
                String(p.sent),
                outcomeCount(p, 'created'),
                outcomeCount(p, 'updated'),
                outcomeCount(p, 'storm'),
                String(p.regularIncidents),
                String(p.stormIncidents),
                String(p.stormWorkNotes),
            ]),
        ),
        '',
        'Outcomes (' + TIME_NOTE + '):',
        ...outcomeLines(outcomes, order),
    ]
    const checks: Check[] = [
        check('deliveries recorded = sent (zero lost)', recorded === sent, recorded + ' of ' + sent),
        check('no non-2xx answer', non2xx === 0, String(non2xx)),
        check(
            'regular Incidents per policy ≤ policy budget (' + policyBudget + ')',
            perPolicy.every((p) => p.regularIncidents <= policyBudget),
            perPolicy.map((p) => p.regularIncidents).join(' / '),
        ),
        check('storm Incidents per policy ≤ 1', perPolicy.every((p) => p.stormIncidents <= 1), perPolicy.map((p) => p.stormIncidents).join(' / ')),
        check('regular Incidents overall ≤ global budget (' + globalBudget + ')', regularTotal <= globalBudget, String(regularTotal)),
        check('every Incident accounted to a policy', perPolicy.reduce((n, p) => n + p.regularIncidents + p.stormIncidents, 0) === incidents, String(incidents)),
        ...opTargetChecks(outcomes, order),
    ]
    return {
        id: 'storm',
        title: '3. Storm (' + sent + ' deliveries)',
        lines,
        checks,
        data: {
            policy_budget: policyBudget,
            global_budget: globalBudget,
            window_minutes: Number(DEFAULTS[PROPERTY.stormWindowMinutes]),
            span_ms: SPAN_MS,
            start: startMs,
            deliveries_sent: sent,
            deliveries_recorded: recorded,
            incidents_created: incidents,
            non_2xx: non2xx,
            per_policy: perPolicy,
            ops_per_delivery: ops,
            time_ms: distribution(outcomes.allTimes()),
            own_time_ms: distribution(outcomes.allOwnTimes()),
            by_outcome: outcomeData(outcomes),
        },
    }
}
