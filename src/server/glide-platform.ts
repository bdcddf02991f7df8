// The thin edge: the Platform port on GlideRecord, GlideAggregate and gs. Every value crosses
// as a string, as the platform stores it. Nothing here decides anything.

import { GlideAggregate, GlideDateTime, GlideRecord, GlideSysAttachment, gs } from '@servicenow/glide'
import {
    CLOSED_STATES,
    DELIVERY_TABLE,
    INCIDENT_COLUMN,
    INCIDENT_TABLE,
    type CreatedCounts,
    type DeliveryRecord,
    type IncidentRow,
    type Platform,
    type StormSummary,
    type WorkloadCount,
} from './platform-port'

function str(gr: { getValue(column: string): unknown }, column: string): string {
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
    }
}

/** GlideAggregate's documented COUNT of rows takes no field; the typings insist on one. */
export function addCount(ga: GlideAggregate): void {
    const aggregate = ga as unknown as { addAggregate(agg: string): void }
    aggregate.addAggregate('COUNT')
}

export function countOf(ga: GlideAggregate): number {
    return Number((ga as unknown as { getAggregate(agg: string): string }).getAggregate('COUNT')) || 0
}

function setAll(gr: GlideRecord, fields: { [column: string]: string }): void {
    for (const column of Object.keys(fields)) gr.setValue(column, fields[column])
}

function deliveryFields(record: Partial<DeliveryRecord>): { [column: string]: string } {
    const out: { [column: string]: string } = {}
    for (const key of Object.keys(record) as Array<keyof DeliveryRecord>) {
        const value = record[key]
        out[key] = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value)
    }
    return out
}

const LOOKUP_LIMIT = 50

export class GlidePlatform implements Platform {
    nowMs(): number {
        return new GlideDateTime().getNumericValue()
    }

    readProperty(name: string): string | null {
        const value = gs.getProperty(name, null)
        return value === null || value === undefined ? null : String(value)
    }

    info(message: string): void {
        // Scoped gs.info/warn/error log under the app scope; extra arguments would fill {0}
        // placeholders, which payload text in debug lines could contain.
        gs.info(message)
    }

    warn(message: string): void {
        gs.warn(message)
    }

    error(message: string): void {
        gs.error(message)
    }

    debug(message: string): void {
        // Only called when the app's debug property is on; logged at info so it shows without
        // changing the scope's log level.
        gs.info('[debug] ' + message)
    }

    newSysId(): string {
        return gs.generateGUID()
    }

    /** The Incident GlideRecord the last lookup stopped on, so updating it costs no re-read. */
    private positioned: GlideRecord | null = null
    private positionedId = ''

    findLatestIncidents(keys: string[]): IncidentRow[] {
        this.positioned = null
        this.positionedId = ''
        const wanted = keys.filter((k) => k !== '')
        // Never query with an empty key: an empty condition can match every Incident.
        if (wanted.length === 0) return []
        const gr = new GlideRecord(INCIDENT_TABLE)
        gr.addQuery('correlation_id', 'IN', wanted.join(','))
        // Newest first; creation times have one-second precision, numbers break the tie.
        gr.orderByDesc('sys_created_on')
        gr.orderByDesc('number')
        gr.setLimit(LOOKUP_LIMIT)
        gr.query()
        const rows: IncidentRow[] = []
        let seen = 0
        while (gr.next()) {
            seen++
            const key = str(gr, 'correlation_id')
            if (wanted.indexOf(key) < 0 || rows.some((r) => r.correlationId === key)) continue
            const row = rowOf(gr)
            rows.push(row)
            // The first key is the delivery's own. When its newest Incident is open, the handler
            // needs nothing else from this query and will update that very record: stop here.
            if (key === wanted[0] && CLOSED_STATES.indexOf(row.state) < 0) {
                this.positioned = gr
                this.positionedId = row.sysId
                break
            }
        }
        if (seen >= LOOKUP_LIMIT && !rows.some((r) => r.correlationId === wanted[0]) && wanted.length > 1) {
            // More than LOOKUP_LIMIT newer Incidents of the other keys hid this key's own: ask for it.
            return this.findLatestIncidents([wanted[0]]).concat(rows)
        }
        return rows
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

    findActiveStorms(): Array<{ storm: IncidentRow; policyId: string }> {
        const gr = new GlideRecord(INCIDENT_TABLE)
        gr.addQuery(INCIDENT_COLUMN.stormState, 'active')
        gr.addQuery('state', 'NOT IN', CLOSED_STATES.join(','))
        gr.setLimit(200)
        gr.query()
        const out: Array<{ storm: IncidentRow; policyId: string }> = []
        while (gr.next()) {
            const storm = rowOf(gr)
            const absorbed = new GlideRecord(DELIVERY_TABLE)
            absorbed.addQuery('incident', storm.sysId)
            absorbed.addQuery('outcome', 'storm')
            absorbed.setLimit(1)
            absorbed.query()
            if (absorbed.next()) out.push({ storm, policyId: str(absorbed, 'policy_id') })
        }
        return out
    }

    summarizeStorm(stormSysId: string): StormSummary {
        const ga = new GlideAggregate(DELIVERY_TABLE)
        ga.addQuery('incident', '=', stormSysId)
        ga.addQuery('outcome', '=', 'storm')
        addCount(ga)
        ga.groupBy('detail')
        ga.query()
        let alerts = 0
        let workloads = 0
        while (ga.next()) {
            workloads += 1
            alerts += countOf(ga)
        }
        return { alerts, workloads }
    }
}
