// Section: the reconcile job at scale. 10,000 open Incidents with 30,000 alerts (three each) on
// the in-memory instance, Central (the double) reporting 5% of the Incidents' alerts RESOLVED.
// Targets (lifecycle issue): Central calls per run ≤ alerts ÷ 100 (rounded up); instance
// operations per Incident left untouched ≤ 1 and per Incident resolved ≤ 4; one run covers them
// all within its bounds (calls, seconds). Operations are the fake's counted GlideRecord
// operations; the run is measured twice (nothing resolved, then 5% resolved) so the cost of a
// resolution is what the second run adds.

import { readConfig } from '../../src/server/app-properties'
import { GlideLifecycle } from '../../src/server/glide-lifecycle'
import { runReconcileWith } from '../../src/server/reconcile-job'
import { centralConnection } from '../../src/server/central-client'
import { fakeInstance } from '../glide-fake/index'
import { connectCentral, DOUBLE_CENTRAL_URL, resetInstance } from '../local-instance'
import { nowMs } from './measure'
import { check, fixed, type SectionResult } from './report'

const INCIDENTS = Number(process.env.BENCH_RECONCILE_INCIDENTS ?? 10000)
const ALERTS_PER_INCIDENT = 3
const RESOLVED_SHARE = 0.05

function uuid(n: number): string {
    return '00000000-0000-4000-8000-' + n.toString(16).padStart(12, '0')
}

interface Run {
    ops: number
    calls: number
    ms: number
    outcome: string
    resolved: number
    checked: number
    seconds: number
}

function seedAndRun(resolvedIncidents: number): Run {
    resetInstance()
    const alerts: Array<{ id: string; state: 'ACTIVE' | 'RESOLVED'; lifecycleStage: 'RUNTIME' }> = []
    let n = 0
    for (let i = 0; i < INCIDENTS; i++) {
        const incident = fakeInstance.insert('incident', { short_description: 'bench', correlation_display: 'RHACS', x_rhacs_snow_last_seen: '2026-02-12 15:00:00' }, [], false) as string
        fakeInstance.insert('x_rhacs_snow_problem', { key: 'k' + i, incident, kind: 'alert' }, [], false)
        for (let a = 0; a < ALERTS_PER_INCIDENT; a++) {
            const id = uuid(++n)
            fakeInstance.insert('x_rhacs_snow_alert', { alert_id: id, incident, lifecycle_stage: 'RUNTIME', delivered_state: 'ACTIVE', rhacs_state: 'unknown' }, [], false)
            alerts.push({ id, state: i < resolvedIncidents ? 'RESOLVED' : 'ACTIVE', lifecycleStage: 'RUNTIME' })
        }
    }
    connectCentral({ alerts, failure: null })
    const lp = new GlideLifecycle()
    const { config } = readConfig((name) => lp.readProperty(name))
    const transport = centralConnection(DOUBLE_CENTRAL_URL).transport
    if (transport === null) throw new Error('bench: the Central double is not connected')
    const before = fakeInstance.operationCount()
    const t0 = nowMs()
    const s = runReconcileWith(lp, transport, config.lifecycle)
    const elapsed = nowMs() - t0
    return { ops: fakeInstance.operationCount() - before, calls: s.calls, ms: elapsed, outcome: s.outcome, resolved: s.resolved, checked: s.incidentsChecked, seconds: config.lifecycle.reconcileMaxSeconds }
}

export function reconcileAtScale(): SectionResult {
    const resolvedIncidents = Math.round(INCIDENTS * RESOLVED_SHARE)
    const quiet = seedAndRun(0)
    const some = seedAndRun(resolvedIncidents)
    const totalAlerts = INCIDENTS * ALERTS_PER_INCIDENT
    const maxCalls = Math.ceil(totalAlerts / 100)
    const perUntouched = quiet.ops / INCIDENTS
    const perResolved = (some.ops - quiet.ops) / resolvedIncidents + perUntouched
    const lines = [
        INCIDENTS.toLocaleString('en-US') + ' open Incidents, ' + totalAlerts.toLocaleString('en-US') + ' alerts (' + ALERTS_PER_INCIDENT + ' each), all RUNTIME; Central reports the alerts of ' +
            resolvedIncidents + ' Incidents (' + RESOLVED_SHARE * 100 + '%) RESOLVED. Default bounds. One run each.',
        '',
        'run                         outcome   checked  resolved  Central calls  instance ops  time (in memory)',
        '--------------------------  -------  --------  --------  -------------  ------------  ----------------',
        ['nothing resolved'.padEnd(26), quiet.outcome.padStart(7), String(quiet.checked).padStart(8), String(quiet.resolved).padStart(8), String(quiet.calls).padStart(13), String(quiet.ops).padStart(12), (quiet.ms / 1000).toFixed(2).padStart(14) + ' s'].join('  '),
        ['5% resolved'.padEnd(26), some.outcome.padStart(7), String(some.checked).padStart(8), String(some.resolved).padStart(8), String(some.calls).padStart(13), String(some.ops).padStart(12), (some.ms / 1000).toFixed(2).padStart(14) + ' s'].join('  '),
        '',
        'Operations per Incident left untouched: ' + fixed(perUntouched, 3) + ' (all of the first run\'s operations ÷ Incidents).',
        'Operations per Incident resolved: ' + fixed(perResolved, 2) + ' (what the second run adds, ÷ Incidents resolved, plus the untouched share).',
        'On an instance each Central call adds its network time: ' + some.calls + ' calls at 0.5 s each would take ' + (some.calls * 0.5).toFixed(0) + ' s of the ' + some.seconds + ' s bound.',
    ]
    const checks = [
        check('Central calls per run ≤ alerts ÷ 100 (' + maxCalls + ')', some.calls <= maxCalls && quiet.calls <= maxCalls, some.calls + ' calls for ' + totalAlerts + ' alerts'),
        check('instance operations per Incident left untouched ≤ 1', perUntouched <= 1, fixed(perUntouched, 3)),
        check('instance operations per Incident resolved ≤ 4', perResolved <= 4, fixed(perResolved, 2)),
        check('one run covers every open Incident within its bounds', some.outcome === 'ok' && some.checked === INCIDENTS && some.resolved === resolvedIncidents && some.calls * 0.5 < some.seconds,
            some.outcome + ', ' + some.checked + ' checked, ' + some.resolved + ' resolved, ' + some.calls + ' calls (bound ' + some.seconds + ' s at 0.5 s per call)'),
    ]
    resetInstance()
    return {
        id: 'reconcile',
        title: 'Reconcile with Central: 10,000 open Incidents',
        lines,
        checks,
        data: { incidents: INCIDENTS, alerts: totalAlerts, resolved_incidents: resolvedIncidents, runs: { nothing_resolved: quiet, five_percent: some }, ops_per_untouched: perUntouched, ops_per_resolved: perResolved },
    }
}
