// Storm control's reads (part of GlidePlatform): aggregates on the deliveries table and the storm
// rows of the problems table. One query or aggregate each.

import { GlideAggregate, GlideRecord } from '@servicenow/glide'
import { addCount, countOf, rowOf, str } from './glide-values.ts'
import { DELIVERY_TABLE, INCIDENT_TABLE, PROBLEM_TABLE, type CreatedCounts, type IncidentRow, type StormSummary, type WorkloadCount } from './platform-port.ts'

export function countCreatedSince(since: string, policyId: string): CreatedCounts {
    const ga = new GlideAggregate(DELIVERY_TABLE)
    ga.addQuery('received', '>=', since)
    ga.addQuery('outcome', 'IN', 'created,storm')
    ga.addQuery('kind', '=', 'alert')
    addCount(ga)
    ga.groupBy('policy_id')
    ga.groupBy('outcome')
    ga.query()
    const counts: CreatedCounts = { policyCreated: 0, policyStorm: 0, totalCreated: 0 }
    while (ga.next()) {
        const n = countOf(ga)
        const created = str(ga, 'outcome') === 'created'
        if (created) counts.totalCreated += n
        if (str(ga, 'policy_id') === policyId) {
            if (created) counts.policyCreated += n
            else counts.policyStorm += n
        }
    }
    return counts
}

export function stormWorkloadsInBatch(stormSysId: string, batch: string): WorkloadCount[] {
    const ga = new GlideAggregate(DELIVERY_TABLE)
    ga.addQuery('incident', '=', stormSysId)
    ga.addQuery('outcome', '=', 'storm')
    ga.addQuery('storm_batch', '=', batch)
    addCount(ga)
    ga.groupBy('detail')
    ga.query()
    const out: WorkloadCount[] = []
    while (ga.next()) {
        // The row detail is "Absorbed by storm control: <where: who: what>" (storm-flow.ts).
        const detail = str(ga, 'detail').replace(/^Absorbed by storm control: /, '')
        out.push({ workload: detail, count: countOf(ga) })
    }
    return out
}

export function findAbsorbed(stormSysId: string, dedupKey: string): { alertId: string; version: string } | null {
    if (dedupKey === '') return null
    const gr = new GlideRecord(DELIVERY_TABLE)
    gr.addQuery('incident', stormSysId)
    gr.addQuery('dedup_key', dedupKey)
    gr.addQuery('outcome', 'storm')
    gr.orderByDesc('alert_version')
    gr.setLimit(1)
    gr.query()
    return gr.next() ? { alertId: str(gr, 'alert_id'), version: str(gr, 'alert_version') } : null
}

export function findActiveStorms(): Array<{ key: string; storm: IncidentRow | null; policyId: string }> {
    const gr = new GlideRecord(PROBLEM_TABLE)
    gr.addQuery('storm_state', 'active')
    gr.setLimit(200)
    gr.query()
    const out: Array<{ key: string; storm: IncidentRow | null; policyId: string }> = []
    while (gr.next()) {
        const incident = new GlideRecord(INCIDENT_TABLE)
        const storm = incident.get(str(gr, 'incident')) ? rowOf(incident) : null
        out.push({ key: str(gr, 'key'), storm, policyId: str(gr, 'policy_id') })
    }
    return out
}

export function summarizeStorm(stormSysId: string): StormSummary {
    const ga = new GlideAggregate(DELIVERY_TABLE)
    ga.addQuery('incident', '=', stormSysId)
    ga.addQuery('outcome', '=', 'storm')
    addCount(ga)
    // One group per problem (dedup key): a workload, in the default dedup mode.
    ga.groupBy('dedup_key')
    ga.query()
    let alerts = 0
    let workloads = 0
    while (ga.next()) {
        workloads += 1
        alerts += countOf(ga)
    }
    return { alerts, workloads }
}
