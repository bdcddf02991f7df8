// The health endpoint's and the silence check's reads (the HealthPort half of GlidePlatform): one
// query or aggregate each, whatever the table sizes (docs/health.md, "The endpoint").

import { GlideAggregate, GlideRecord, gs } from '@servicenow/glide'
import { PROPERTY } from './app-properties.ts'
import { centralConnection } from './central-client.ts'
import { addCount, countOf, str } from './glide-values.ts'
import {
    CLOSED_STATES,
    DELIVERY_TABLE,
    INCIDENT_COLUMN,
    INCIDENT_TABLE,
    JOB_RUN_TABLE,
    PROBLEM_TABLE,
    ROUTING_RULE_TABLE,
    type JobRun,
    type LastDelivery,
    type OutcomeCounts,
    type ProblemDelivery,
    type StormIncident,
} from './platform-port.ts'

function deliverySummary(gr: GlideRecord): LastDelivery {
    return {
        sysId: str(gr, 'sys_id'),
        received: str(gr, 'received'),
        outcome: str(gr, 'outcome'),
        kind: str(gr, 'kind'),
        httpStatus: Number(str(gr, 'http_status')) || 0,
    }
}

export function newestDelivery(): LastDelivery | null {
    const gr = new GlideRecord(DELIVERY_TABLE)
    // received is mandatory; the condition names the column whose index serves the order.
    gr.addNotNullQuery('received')
    gr.orderByDesc('received')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? deliverySummary(gr) : null
}

export function countByOutcome(from: string, to: string): OutcomeCounts {
    const ga = new GlideAggregate(DELIVERY_TABLE)
    ga.addQuery('received', '>=', from)
    ga.addQuery('received', '<', to)
    addCount(ga)
    ga.groupBy('outcome')
    ga.query()
    const out: OutcomeCounts = {}
    while (ga.next()) {
        const outcome = str(ga, 'outcome') || 'unknown'
        out[outcome] = (out[outcome] || 0) + countOf(ga)
    }
    return out
}

export function recentProblems(since: string, limit: number): ProblemDelivery[] {
    const gr = new GlideRecord(DELIVERY_TABLE)
    gr.addQuery('received', '>=', since)
    gr.addQuery('outcome', 'IN', 'rejected,failed')
    gr.orderByDesc('received')
    gr.setLimit(limit)
    gr.query()
    const out: ProblemDelivery[] = []
    while (gr.next()) out.push({ ...deliverySummary(gr), detail: str(gr, 'detail') })
    return out
}

export function openIncidentsByPriority(): { [priority: string]: number } {
    const ga = new GlideAggregate(INCIDENT_TABLE)
    // incident.sys_id IN (problem.incident WHERE problem.key STARTSWITH 'rhacs-'): every key
    // the app writes starts so (correlation-key.ts); the problems table's unique key index
    // serves it, and incident is read by sys_id only. GlideAggregate extends GlideRecord; the
    // typings omit addJoinQuery (docs/platform-assumptions.md, "Aggregates over a join").
    const joinable = ga as unknown as { addJoinQuery(table: string, primary: string, joined: string): { addCondition(f: string, op: string, v: string): void } }
    joinable.addJoinQuery(PROBLEM_TABLE, 'sys_id', 'incident').addCondition('key', 'STARTSWITH', 'rhacs-')
    ga.addQuery('active', '=', true)
    // Resolved Incidents stay active until closed: the state decides what is open.
    ga.addQuery('state', 'NOT IN', CLOSED_STATES.join(','))
    addCount(ga)
    ga.groupBy('priority')
    ga.query()
    const out: { [priority: string]: number } = {}
    while (ga.next()) {
        const priority = str(ga, 'priority') || '5'
        out[priority] = (out[priority] || 0) + countOf(ga)
    }
    return out
}

export function countActiveStorms(): number {
    const ga = new GlideAggregate(PROBLEM_TABLE)
    ga.addQuery('storm_state', '=', 'active')
    addCount(ga)
    ga.query()
    return ga.next() ? countOf(ga) : 0
}

export function activeStormIncidents(limit: number): StormIncident[] {
    const gr = new GlideRecord(INCIDENT_TABLE)
    gr.addJoinQuery(PROBLEM_TABLE, 'sys_id', 'incident').addCondition('storm_state', 'active')
    gr.orderByDesc('sys_created_on')
    gr.setLimit(limit)
    gr.query()
    const out: StormIncident[] = []
    while (gr.next()) {
        out.push({
            sysId: str(gr, 'sys_id'),
            number: str(gr, 'number'),
            shortDescription: str(gr, 'short_description'),
            occurrences: Number(str(gr, INCIDENT_COLUMN.occurrences)) || 0,
            opened: str(gr, 'sys_created_on'),
        })
    }
    return out
}

export function latestJobRuns(job: string, limit: number): JobRun[] {
    const gr = new GlideRecord(JOB_RUN_TABLE)
    gr.addQuery('job', job)
    gr.orderByDesc('started')
    gr.setLimit(limit)
    gr.query()
    const out: JobRun[] = []
    const n = (column: string) => Number(str(gr, column)) || 0
    while (gr.next()) {
        out.push({
            sysId: str(gr, 'sys_id'),
            job: str(gr, 'job'),
            started: str(gr, 'started'),
            finished: str(gr, 'finished'),
            outcome: str(gr, 'outcome'),
            incidentsChecked: n('incidents_checked'),
            alertsAsked: n('alerts_asked'),
            centralCalls: n('central_calls'),
            incidentsResolved: n('incidents_resolved'),
            incidentsNoted: n('incidents_noted'),
            errors: n('errors'),
            detail: str(gr, 'detail'),
            cursor: str(gr, 'cursor'),
        })
    }
    return out
}

/** Central configured: what the lifecycle jobs need to talk to it (src/server/central-client.ts). */
export function centralConfigured(): boolean {
    // The same test the lifecycle jobs make: an https Central URL and a credential with a key.
    return centralConnection(String(gs.getProperty(PROPERTY.centralUrl, null) ?? '').trim()).transport !== null
}

/** Active routing rules: one aggregate on the rules table's (active, order) index. */
export function routingRulesActive(): number | null {
    const ga = new GlideAggregate(ROUTING_RULE_TABLE)
    ga.addQuery('active', '=', true)
    addCount(ga)
    ga.query()
    return ga.next() ? countOf(ga) : 0
}
