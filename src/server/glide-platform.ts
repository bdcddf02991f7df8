// The thin edge: the Platform port on GlideRecord, GlideAggregate and gs. Every value crosses
// as a string, as the platform stores it. Nothing here decides anything.

import { GlideAggregate, GlideDateTime, GlideDigest, GlideRecord, GlideSysAttachment, gs } from '@servicenow/glide'
import { PROPERTY } from './app-properties.ts'
import { centralConnection } from './central-client.ts'
import { ALERT_TABLE } from './lifecycle-port.ts'
import {
    DELIVERY_TABLE,
    INCIDENT_COLUMN,
    INCIDENT_TABLE,
    JOB_RUN_TABLE,
    PROBLEM_TABLE,
    type AlertRecord,
    ROUTING_RULE_TABLE,
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
import * as glideRouting from './glide-routing.ts'
import { cleanRecord } from './record-fields.ts'
import type { RoutingRuleRow } from './routing-rules.ts'
import { cleanLog } from './text-hygiene.ts'

export function str(gr: { getValue(column: string): unknown }, column: string): string {
    const v = gr.getValue(column)
    return v === null || v === undefined ? '' : String(v)
}

function rowOf(gr: GlideRecord): IncidentRow {
    return {
        sysId: str(gr, 'sys_id'),
        number: str(gr, 'number'),
        state: Number(str(gr, 'state')) || 1,
        correlationId: str(gr, 'correlation_id'),
        dedupState: str(gr, INCIDENT_COLUMN.dedupState),
        occurrences: Number(str(gr, INCIDENT_COLUMN.occurrences)) || 1,
        stormState: str(gr, INCIDENT_COLUMN.stormState),
        stormNotedAt: str(gr, INCIDENT_COLUMN.stormNotedAt),
        resolvedBy: str(gr, INCIDENT_COLUMN.resolvedBy),
    }
}

/** GlideAggregate's documented COUNT of rows takes no field; the typings insist on one. */
export function addCount(ga: GlideAggregate): void {
    const aggregate = ga as unknown as { addAggregate(agg: string): void }
    aggregate.addAggregate('COUNT')
}

function deliverySummary(gr: GlideRecord): LastDelivery {
    return {
        sysId: str(gr, 'sys_id'),
        received: str(gr, 'received'),
        outcome: str(gr, 'outcome'),
        kind: str(gr, 'kind'),
        httpStatus: Number(str(gr, 'http_status')) || 0,
    }
}

export function countOf(ga: GlideAggregate): number {
    return Number((ga as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT')) || 0
}

/** Journal fields: written by assignment; the platform does not support setValue for them. */
const JOURNAL_FIELDS = ['work_notes', 'comments']

/** The write boundary: every value passes the hygiene of its column (record-fields.ts) here. */
export function setAll(gr: GlideRecord, fields: { [column: string]: string }): void {
    const clean = cleanRecord(gr.getTableName(), fields)
    for (const column of Object.keys(clean)) {
        if (JOURNAL_FIELDS.indexOf(column) >= 0) (gr as unknown as { [field: string]: unknown })[column] = clean[column]
        else gr.setValue(column, clean[column])
    }
}

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

    countCreatedSince(since: string, policyId: string): CreatedCounts {
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

    stormWorkloadsInBatch(stormSysId: string, batch: string): WorkloadCount[] {
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

    findAbsorbed(stormSysId: string, dedupKey: string): { alertId: string; version: string } | null {
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

    findActiveStorms(): Array<{ key: string; storm: IncidentRow | null; policyId: string }> {
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

    summarizeStorm(stormSysId: string): StormSummary {
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

    // ---- HealthPort: the health endpoint and the silence check. One query or aggregate each. ----

    newestDelivery(): LastDelivery | null {
        const gr = new GlideRecord(DELIVERY_TABLE)
        // received is mandatory; the condition names the column whose index serves the order.
        gr.addNotNullQuery('received')
        gr.orderByDesc('received')
        gr.setLimit(1)
        gr.query()
        return gr.next() ? deliverySummary(gr) : null
    }

    countByOutcome(from: string, to: string): OutcomeCounts {
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

    recentProblems(since: string, limit: number): ProblemDelivery[] {
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

    openIncidentsByPriority(): { [priority: string]: number } {
        const ga = new GlideAggregate(INCIDENT_TABLE)
        // incident.sys_id IN (problem.incident WHERE problem.key STARTSWITH 'rhacs-'): every key
        // the app writes starts so (correlation-key.ts); the problems table's unique key index
        // serves it, and incident is read by sys_id only. GlideAggregate extends GlideRecord; the
        // typings omit addJoinQuery (docs/platform-assumptions.md, "Aggregates over a join").
        const joinable = ga as unknown as { addJoinQuery(table: string, primary: string, joined: string): { addCondition(f: string, op: string, v: string): void } }
        joinable.addJoinQuery(PROBLEM_TABLE, 'sys_id', 'incident').addCondition('key', 'STARTSWITH', 'rhacs-')
        ga.addQuery('active', '=', true)
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

    countActiveStorms(): number {
        const ga = new GlideAggregate(PROBLEM_TABLE)
        ga.addQuery('storm_state', '=', 'active')
        addCount(ga)
        ga.query()
        return ga.next() ? countOf(ga) : 0
    }

    activeStormIncidents(limit: number): StormIncident[] {
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

    latestJobRuns(job: string, limit: number): JobRun[] {
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
    centralConfigured(): boolean {
        // The same test the lifecycle jobs make: an https Central URL and a credential with a key.
        return centralConnection(String(this.readProperty(PROPERTY.centralUrl) ?? '').trim()).transport !== null
    }

    /** Active routing rules: one aggregate on the rules table's (active, order) index. */
    routingRulesActive(): number | null {
        const ga = new GlideAggregate(ROUTING_RULE_TABLE)
        ga.addQuery('active', '=', true)
        addCount(ga)
        ga.query()
        return ga.next() ? countOf(ga) : 0
    }

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
    workloadCiTableUsable: () => boolean = glideRouting.workloadCiTableUsable
    findWorkloadCi: (k8sUid: string) => string | null = glideRouting.findWorkloadCi
    writeProperty: (name: string, value: string) => void = glideRouting.writeProperty
}
