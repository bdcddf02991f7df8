// The thin edge: the Platform port on GlideRecord, GlideAggregate and gs. Every value crosses
// as a string, as the platform stores it. Nothing here decides anything.

import { GlideDateTime, GlideDigest, GlideRecord, GlideSysAttachment, gs } from '@servicenow/glide'
import { ALERT_TABLE } from './lifecycle-port.ts'
import {
    DELIVERY_TABLE,
    INCIDENT_COLUMN,
    INCIDENT_TABLE,
    JOB_RUN_TABLE,
    PROBLEM_TABLE,
    type AlertRecord,
    type CreatedCounts,
    type DeliveryRecord,
    type HealthPort,
    type IncidentRow,
    type JobRun,
    type LastDelivery,
    type OutcomeCounts,
    type Platform,
    type ProblemDelivery,
    type ProblemRecord,
    type StormIncident,
    type ClusterCiRow,
    type StormSummary,
    type WorkloadCount,
} from './platform-port.ts'
import * as glideHealth from './glide-health.ts'
import * as glideRouting from './glide-routing.ts'
import * as glideStorm from './glide-storm.ts'
import { rowOf, setAll, str } from './glide-values.ts'
import type { StoredDelivery } from './routing-rule-test.ts'
import type { RoutingRuleRow } from './routing-rules.ts'
import { cleanLog } from './text-hygiene.ts'








function problemFields(record: Partial<ProblemRecord>): { [column: string]: string } {
    const out: { [column: string]: string } = {}
    for (const key of Object.keys(record) as Array<keyof ProblemRecord>) out[key] = String(record[key])
    return out
}

function deliveryFields(record: Partial<DeliveryRecord>): { [column: string]: string } {
    const out: { [column: string]: string } = {}
    for (const key of Object.keys(record) as Array<keyof DeliveryRecord>) {
        const value = record[key]
        out[key] = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value)
    }
    return out
}

export class GlidePlatform implements Platform, HealthPort {
    nowMs(): number {
        return new GlideDateTime().getNumericValue()
    }

    private digester: GlideDigest | null = null

    digest(text: string): string {
        if (this.digester === null) this.digester = new GlideDigest()
        // The platform does not document the hex case: keys must not depend on it.
        return String(this.digester.getSHA256Hex(text)).toLowerCase()
    }

    readProperty(name: string): string | null {
        const value = gs.getProperty(name, null)
        return value === null || value === undefined ? null : String(value)
    }

    // Every log line passes cleanLog: one line, whatever payload text it carries. Scoped
    // gs.info/warn/error log under the app scope; no extra arguments, which would fill {0}
    // placeholders that payload text could contain.
    info(message: string): void {
        gs.info(cleanLog(message))
    }

    warn(message: string): void {
        gs.warn(cleanLog(message))
    }

    error(message: string): void {
        gs.error(cleanLog(message))
    }

    debug(message: string): void {
        // Only called when the app's debug property is on; logged at info so it shows without
        // changing the scope's log level.
        gs.info(cleanLog('[debug] ' + message))
    }

    newSysId(): string {
        return gs.generateGUID()
    }

    /** The Incident GlideRecord the last lookup stopped on, so updating it costs no re-read. */
    private positioned: GlideRecord | null = null
    private positionedId = ''

    findCurrentIncidents(keys: string[]): IncidentRow[] {
        this.positioned = null
        this.positionedId = ''
        const wanted = keys.filter((k) => k !== '')
        // Never query with an empty key: a condition with no value can match every row.
        if (wanted.length === 0) return []
        const gr = new GlideRecord(INCIDENT_TABLE)
        // incident.sys_id IN (problem.incident WHERE problem.key IN keys): the problems table's
        // unique key index, then the Incident's primary key. Keys never contain ',' (correlation-key.ts).
        const problems = gr.addJoinQuery(PROBLEM_TABLE, 'sys_id', 'incident')
        problems.addCondition('key', 'IN', wanted.join(','))
        // Storm Incidents (storm state set) first: the GlideRecord ends on the delivery's own
        // Incident, which is the one the handler may update next.
        gr.orderByDesc(INCIDENT_COLUMN.stormState)
        gr.setLimit(wanted.length)
        gr.query()
        const rows: IncidentRow[] = []
        // hasNext() first: a next() past the last row would leave the GlideRecord on no record.
        while (gr.hasNext() && gr.next()) rows.push(rowOf(gr))
        const last = rows[rows.length - 1]
        if (last !== undefined) {
            this.positioned = gr
            this.positionedId = last.sysId
        }
        return rows
    }

    insertProblem(record: ProblemRecord): boolean {
        const gr = new GlideRecord(PROBLEM_TABLE)
        gr.initialize()
        setAll(gr, problemFields(record))
        return !!gr.insert()
    }

    updateProblem(key: string, fields: Partial<ProblemRecord>): void {
        if (key === '') return
        const gr = new GlideRecord(PROBLEM_TABLE)
        gr.addQuery('key', key)
        setAll(gr, problemFields(fields))
        gr.updateMultiple()
    }

    insertIncident(sysId: string, fields: { [column: string]: string }): { sysId: string; number: string } | null {
        const gr = new GlideRecord(INCIDENT_TABLE)
        gr.initialize()
        gr.setNewGuidValue(sysId)
        setAll(gr, fields)
        const id = gr.insert()
        if (!id) return null
        return { sysId: String(id), number: str(gr, 'number') }
    }

    updateIncident(sysId: string, fields: { [column: string]: string }): boolean {
        let gr = this.positioned
        if (gr === null || this.positionedId !== sysId) {
            gr = new GlideRecord(INCIDENT_TABLE)
            if (!gr.get(sysId)) return false
        }
        this.positioned = null
        this.positionedId = ''
        setAll(gr, fields)
        return !!gr.update()
    }

    insertAlertRow(record: AlertRecord): boolean {
        const gr = new GlideRecord(ALERT_TABLE)
        gr.initialize()
        setAll(gr, { ...record })
        return !!gr.insert()
    }

    /** The delivery row just inserted, so attaching its body costs no re-read. */
    private lastDelivery: GlideRecord | null = null
    private lastDeliveryId = ''

    insertDelivery(record: DeliveryRecord): string | null {
        const gr = new GlideRecord(DELIVERY_TABLE)
        gr.initialize()
        setAll(gr, deliveryFields(record))
        const id = gr.insert()
        this.lastDelivery = id ? gr : null
        this.lastDeliveryId = id ? String(id) : ''
        return id ? String(id) : null
    }

    updateDelivery(sysId: string, fields: Partial<DeliveryRecord>): boolean {
        const gr = new GlideRecord(DELIVERY_TABLE)
        if (!gr.get(sysId)) return false
        setAll(gr, deliveryFields(fields))
        return !!gr.update()
    }

    attachRawBody(deliverySysId: string, body: string): boolean {
        let gr = this.lastDelivery
        if (gr === null || this.lastDeliveryId !== deliverySysId) {
            gr = new GlideRecord(DELIVERY_TABLE)
            if (!gr.get(deliverySysId)) return false
        }
        const attachmentId = new GlideSysAttachment().write(gr, 'rhacs-body.json', 'application/json', body)
        return !!attachmentId
    }

    findClaimHolder(claim: string): { sysId: string; received: string } | null {
        if (claim === '') return null
        const gr = new GlideRecord(DELIVERY_TABLE)
        gr.addQuery('claim', claim)
        gr.setLimit(1)
        gr.query()
        return gr.next() ? { sysId: str(gr, 'sys_id'), received: str(gr, 'received') } : null
    }

    // Storm control's reads (glide-storm.ts): aggregates on the deliveries table, storm problems.
    countCreatedSince: (since: string, policyId: string) => CreatedCounts = glideStorm.countCreatedSince
    stormWorkloadsInBatch: (stormSysId: string, batch: string) => WorkloadCount[] = glideStorm.stormWorkloadsInBatch
    findAbsorbed: (stormSysId: string, dedupKey: string) => { alertId: string; version: string } | null = glideStorm.findAbsorbed
    findActiveStorms: () => Array<{ key: string; storm: IncidentRow | null; policyId: string }> = glideStorm.findActiveStorms
    summarizeStorm: (stormSysId: string) => StormSummary = glideStorm.summarizeStorm

    // HealthPort: the health endpoint and the silence check, one query or aggregate each (glide-health.ts).
    newestDelivery: () => LastDelivery | null = glideHealth.newestDelivery
    countByOutcome: (from: string, to: string) => OutcomeCounts = glideHealth.countByOutcome
    recentProblems: (since: string, limit: number) => ProblemDelivery[] = glideHealth.recentProblems
    openIncidentsByPriority: () => { [priority: string]: number } = glideHealth.openIncidentsByPriority
    countActiveStorms: () => number = glideHealth.countActiveStorms
    activeStormIncidents: (limit: number) => StormIncident[] = glideHealth.activeStormIncidents
    latestJobRuns: (job: string, limit: number) => JobRun[] = glideHealth.latestJobRuns
    centralConfigured: () => boolean = glideHealth.centralConfigured
    routingRulesActive: () => number | null = glideHealth.routingRulesActive

    /** The job-run row just inserted, so queueing its event costs no re-read. */
    private lastRun: GlideRecord | null = null
    private lastRunId = ''

    insertJobRun(fields: { [column: string]: string }): string | null {
        const gr = new GlideRecord(JOB_RUN_TABLE)
        gr.initialize()
        setAll(gr, fields)
        const id = gr.insert()
        this.lastRun = id ? gr : null
        this.lastRunId = id ? String(id) : ''
        return id ? String(id) : null
    }

    queueEvent(name: string, jobRunSysId: string, parm1: string, parm2: string): void {
        let gr = this.lastRun
        if (gr === null || this.lastRunId !== jobRunSysId) {
            gr = new GlideRecord(JOB_RUN_TABLE)
            if (!gr.get(jobRunSysId)) return
        }
        gs.eventQueue(name, gr, cleanLog(parm1), cleanLog(parm2))
    }

    // Routing reads, one query each (or metadata): glide-routing.ts.
    readRoutingRules: () => RoutingRuleRow[] = glideRouting.readRoutingRules
    findActiveGroups: (sysIdOrName: string) => Array<{ sysId: string; name: string }> = glideRouting.findActiveGroups
    findClusterCis: (clusterId: string, clusterName: string) => ClusterCiRow[] = glideRouting.findClusterCis
    readClusterCis: (limit: number) => ClusterCiRow[] = glideRouting.readClusterCis
    workloadCiTableUsable: () => boolean = glideRouting.workloadCiTableUsable
    findWorkloadCi: (k8sUid: string) => string | null = glideRouting.findWorkloadCi
    writeProperty: (name: string, value: string) => void = glideRouting.writeProperty
    recentAlertDeliveries: (since: string, limit: number) => StoredDelivery[] = glideRouting.recentAlertDeliveries
}
