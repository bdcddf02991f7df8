// The thin edge of the lifecycle flows: the LifecyclePlatform port on GlideRecord. Every write
// passes the same record boundary as the handler's (setAll → record-fields.ts).

import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { setAll, str } from './glide-values.ts'
import { CLOSED_STATES, INCIDENT_COLUMN, INCIDENT_TABLE, PROBLEM_TABLE } from './platform-port.ts'
import {
    ALERT_TABLE,
    JOB_RUN_TABLE,
    type AlertRow,
    type AlertState,
    type JobName,
    type JobRunRecord,
    type LifecycleIncident,
    type LifecyclePlatform,
    type ResolvedBy,
} from './lifecycle-port.ts'
import { cleanLog } from './text-hygiene.ts'

function incidentOf(gr: GlideRecord): LifecycleIncident {
    return {
        sysId: str(gr, 'sys_id'),
        number: str(gr, 'number'),
        state: Number(str(gr, 'state')) || 1,
        lastSeen: str(gr, INCIDENT_COLUMN.lastSeen),
        resolvedBy: str(gr, INCIDENT_COLUMN.resolvedBy) as ResolvedBy,
    }
}

const RUN_NUMBERS: Array<keyof JobRunRecord> = ['incidents_checked', 'alerts_asked', 'central_calls', 'incidents_resolved', 'incidents_noted', 'errors']

function runFields(record: Partial<JobRunRecord>): { [column: string]: string } {
    const out: { [column: string]: string } = {}
    for (const key of Object.keys(record) as Array<keyof JobRunRecord>) out[key] = String(record[key])
    return out
}

export class GlideLifecycle implements LifecyclePlatform {
    nowMs(): number {
        return new GlideDateTime().getNumericValue()
    }

    readProperty(name: string): string | null {
        const value = gs.getProperty(name, null)
        return value === null || value === undefined ? null : String(value)
    }

    info(message: string): void {
        gs.info(cleanLog(message))
    }

    warn(message: string): void {
        gs.warn(cleanLog(message))
    }

    openIncidentsWithAlerts(afterSysId: string, limit: number): LifecycleIncident[] {
        const gr = new GlideRecord(INCIDENT_TABLE)
        gr.addActiveQuery()
        // Resolved Incidents stay active until closed: the state decides what is open.
        gr.addQuery('state', 'NOT IN', CLOSED_STATES.join(','))
        // incident.sys_id IN (alert.incident): only Incidents with alert rows.
        gr.addJoinQuery(ALERT_TABLE, 'sys_id', 'incident')
        if (afterSysId !== '') gr.addQuery('sys_id', '>', afterSysId)
        gr.orderBy('sys_id')
        gr.setLimit(limit)
        gr.query()
        const out: LifecycleIncident[] = []
        while (gr.hasNext() && gr.next()) out.push(incidentOf(gr))
        return out
    }

    quietIncidents(before: string, limit: number): LifecycleIncident[] {
        const gr = new GlideRecord(INCIDENT_TABLE)
        gr.addActiveQuery()
        gr.addQuery('state', 'NOT IN', CLOSED_STATES.join(','))
        gr.addJoinQuery(PROBLEM_TABLE, 'sys_id', 'incident')
        gr.addQuery(INCIDENT_COLUMN.lastSeen, '<', before)
        gr.orderBy(INCIDENT_COLUMN.lastSeen)
        gr.setLimit(limit)
        gr.query()
        const out: LifecycleIncident[] = []
        while (gr.hasNext() && gr.next()) out.push(incidentOf(gr))
        return out
    }

    incident(sysId: string): LifecycleIncident | null {
        const gr = new GlideRecord(INCIDENT_TABLE)
        return gr.get(sysId) ? incidentOf(gr) : null
    }

    alertsOf(incidentSysIds: string[]): AlertRow[] {
        if (incidentSysIds.length === 0) return []
        const gr = new GlideRecord(ALERT_TABLE)
        gr.addQuery('incident', 'IN', incidentSysIds.join(','))
        gr.query()
        const out: AlertRow[] = []
        while (gr.hasNext() && gr.next()) {
            out.push({
                sysId: str(gr, 'sys_id'),
                alertId: str(gr, 'alert_id'),
                incident: str(gr, 'incident'),
                policy: str(gr, 'policy'),
                lifecycleStage: str(gr, 'lifecycle_stage'),
                deliveredState: str(gr, 'delivered_state'),
                rhacsState: (str(gr, 'rhacs_state') || 'unknown') as AlertState,
            })
        }
        return out
    }

    setAlertState(rowSysIds: string[], state: AlertState, checkedAt: string): void {
        if (rowSysIds.length === 0) return
        const gr = new GlideRecord(ALERT_TABLE)
        gr.addQuery('sys_id', 'IN', rowSysIds.join(','))
        const fields: { [column: string]: string } = { rhacs_state: state, checked_at: checkedAt }
        if (state === 'resolved' || state === 'gone') fields.resolved_seen_at = checkedAt
        setAll(gr, fields)
        gr.updateMultiple()
    }

    markChecked(rowSysIds: string[], checkedAt: string): void {
        if (rowSysIds.length === 0) return
        const gr = new GlideRecord(ALERT_TABLE)
        gr.addQuery('sys_id', 'IN', rowSysIds.join(','))
        setAll(gr, { checked_at: checkedAt })
        gr.updateMultiple()
    }

    updateIncident(sysId: string, fields: { [column: string]: string }): boolean {
        const gr = new GlideRecord(INCIDENT_TABLE)
        if (!gr.get(sysId)) return false
        setAll(gr, fields)
        return !!gr.update()
    }

    insertJobRun(record: JobRunRecord): string | null {
        const gr = new GlideRecord(JOB_RUN_TABLE)
        gr.initialize()
        setAll(gr, runFields(record))
        const id = gr.insert()
        return id ? String(id) : null
    }

    updateJobRun(sysId: string, fields: Partial<JobRunRecord>): void {
        const gr = new GlideRecord(JOB_RUN_TABLE)
        if (!gr.get(sysId)) return
        setAll(gr, runFields(fields))
        gr.update()
    }

    lastJobRun(job: JobName): JobRunRecord | null {
        const gr = new GlideRecord(JOB_RUN_TABLE)
        gr.addQuery('job', job)
        gr.orderByDesc('started')
        gr.setLimit(1)
        gr.query()
        if (!gr.next()) return null
        const run = {} as { [key: string]: unknown }
        for (const f of ['job', 'started', 'finished', 'outcome', 'detail', 'cursor']) run[f] = str(gr, f)
        for (const f of RUN_NUMBERS) run[f] = Number(str(gr, f)) || 0
        return run as unknown as JobRunRecord
    }

    deleteJobRunsBefore(job: JobName, before: string): void {
        const gr = new GlideRecord(JOB_RUN_TABLE)
        gr.addQuery('job', job)
        gr.addQuery('started', '<', before)
        gr.deleteMultiple()
    }
}
