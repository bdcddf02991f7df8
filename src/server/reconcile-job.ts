// The reconcile job: asks Central what state the alerts behind the app's open Incidents are in,
// one ListAlerts call per 100 ids, and applies reconcile-plan.ts's decisions. A run is bounded
// (Incidents, calls, seconds) and resumes after the last Incident it finished; a fault stops the
// run before anything is decided from it, and the next run retries the same Incidents.

import { IDS_PER_CALL, listAlertsRequest, readListAlerts, type CentralFault, type CentralTransport } from './central-api.ts'
import type { LifecycleConfig } from './app-properties.ts'
import { CLOSED_STATES, INCIDENT_COLUMN } from './platform-port.ts'
import type { AlertRow, AlertState, JobRunRecord, LifecycleIncident, LifecyclePlatform } from './lifecycle-port.ts'
import { idsToAsk, planIncident, type Answer } from './reconcile-plan.ts'
import { toGlideDateTime } from './rhacs-time.ts'

/** Open Incidents read per query. */
export const PAGE = 200

export interface ReconcileSummary {
    outcome: JobRunRecord['outcome']
    incidentsChecked: number
    alertsAsked: number
    calls: number
    resolved: number
    noted: number
    errors: number
    detail: string
    cursor: string
}

/** The Incident fields of a resolution by the integration. */
export function resolutionFields(config: LifecycleConfig, note: string, by: 'rhacs' | 'ageing'): { [column: string]: string } {
    return { state: '6', close_code: config.closeCode, close_notes: config.closeNotes, work_notes: note, [INCIDENT_COLUMN.resolvedBy]: by }
}

interface Pending {
    incident: LifecycleIncident
    rows: AlertRow[]
}

export function reconcile(lp: LifecyclePlatform, transport: CentralTransport, config: LifecycleConfig, startCursor: string): ReconcileSummary {
    const started = lp.nowMs()
    const deadline = started + config.reconcileMaxSeconds * 1000
    const s: ReconcileSummary = { outcome: 'ok', incidentsChecked: 0, alertsAsked: 0, calls: 0, resolved: 0, noted: 0, errors: 0, detail: '', cursor: startCursor }
    const answers: { [id: string]: Answer } = Object.create(null)
    let fault: CentralFault | null = null

    /** Asks Central about up to 100 ids; false when the run must stop (bound or fault). */
    function ask(ids: string[]): boolean {
        if (s.calls >= config.reconcileMaxCalls || lp.nowMs() >= deadline) {
            s.outcome = 'partial'
            return false
        }
        s.calls++
        s.alertsAsked += ids.length
        const result = readListAlerts(transport(listAlertsRequest(ids)), ids)
        if (!result.ok) {
            fault = result.fault
            return false
        }
        // A valid answer about none of the alerts Central reported before is more likely another
        // Central, a proxy or a narrowed token than that they all vanished at once.
        const known = ids.filter((id) => knownToCentral[id] === true)
        if (known.length > 0 && ids.every((id) => result.found[id] === undefined)) {
            fault = {
                kind: 'malformed',
                status: 200,
                message:
                    'Central answered about none of the ' + ids.length + ' alerts asked, ' + known.length + ' of which it reported before: check that x_rhacs_snow.central_url is the same Central and that the token\'s role has the Unrestricted access scope',
            }
            return false
        }
        for (const id of ids) answers[id] = result.found[id] !== undefined ? { kind: 'listed', alert: result.found[id] } : { kind: 'gone' }
        return true
    }

    // Alert-row writes of one batch, by new state: one multi-row update each after the batch.
    let stateWrites: { [state: string]: string[] } = Object.create(null)
    // Ids some row says Central reported as active or blocked: see ask().
    const knownToCentral: { [id: string]: true } = Object.create(null)

    /** Applies the plan of an Incident whose every id is answered. */
    function decide(p: Pending, checkedAt: string): void {
        const plan = planIncident(p.rows, answers, checkedAt)
        let resolvedNow = true
        if (plan.action === 'resolve') {
            if (lp.updateIncident(p.incident.sysId, resolutionFields(config, plan.note, 'rhacs'))) s.resolved++
            else {
                resolvedNow = false
                s.errors++
                s.detail = 'The update resolving ' + p.incident.number + ' was refused (a business rule or data policy); it stays open and is retried next run.'
            }
        }
        // A refused resolution keeps its rows as they were, so the next run decides it again.
        if (resolvedNow) for (const c of plan.changes) stateWrites[c.state] = (stateWrites[c.state] ?? []).concat(c.rowSysIds)
        if (plan.action === 'note') {
            if (lp.updateIncident(p.incident.sysId, { work_notes: plan.note })) s.noted++
            else s.errors++
        }
        s.incidentsChecked++
        s.cursor = p.incident.sysId
    }

    let batch: string[] = []
    let waiting: Pending[] = []
    const flush = (): boolean => {
        if (batch.length > 0 && !ask(batch)) return false
        const asked = batch
        batch = []
        const checkedAt = toGlideDateTime(lp.nowMs())
        for (const p of waiting) decide(p, checkedAt)
        waiting = []
        // Rows whose state changed get it with the check stamp; the others only the stamp.
        const changed: { [sysId: string]: true } = Object.create(null)
        for (const state of Object.keys(stateWrites)) {
            lp.setAlertState(stateWrites[state], state as AlertState, checkedAt)
            for (const id of stateWrites[state]) changed[id] = true
        }
        stateWrites = Object.create(null)
        const unchanged = rowsAsked(asked).filter((id) => changed[id] !== true)
        if (unchanged.length > 0) lp.markChecked(unchanged, checkedAt)
        return true
    }
    let rowsByAsked: { [id: string]: string[] } = Object.create(null)
    const rowsAsked = (ids: string[]): string[] => {
        const out: string[] = []
        for (const id of ids) for (const r of rowsByAsked[id] ?? []) out.push(r)
        return out
    }

    let cursor = startCursor
    let stopped = false
    let reachedEnd = false
    while (!stopped) {
        const room = config.reconcileMaxIncidents - s.incidentsChecked - waiting.length
        if (room <= 0) {
            s.outcome = 'partial'
            break
        }
        const page = lp.openIncidentsWithAlerts(cursor, Math.min(PAGE, room))
        if (page.length === 0) {
            reachedEnd = true
            break
        }
        cursor = page[page.length - 1].sysId
        const rows = lp.alertsOf(page.map((i) => i.sysId))
        rowsByAsked = Object.create(null)
        const byIncident: { [sysId: string]: AlertRow[] } = Object.create(null)
        for (const r of rows) (byIncident[r.incident] = byIncident[r.incident] ?? []).push(r)
        for (const incident of page) {
            // Resolved Incidents stay active until closed; the query leaves them out, and so does this.
            if (CLOSED_STATES.indexOf(incident.state) >= 0) continue
            const own = byIncident[incident.sysId] ?? []
            for (const r of own) if (r.rhacsState === 'active' || r.rhacsState === 'attempted') knownToCentral[r.alertId.toLowerCase()] = true
            const ids = idsToAsk(own).filter((id) => answers[id] === undefined && batch.indexOf(id) < 0)
            for (const r of own) {
                const id = r.alertId.toLowerCase()
                ;(rowsByAsked[id] = rowsByAsked[id] ?? []).push(r.sysId)
            }
            // An Incident's ids may span several calls; it is decided once all are answered.
            let rest = ids
            while (batch.length + rest.length > IDS_PER_CALL) {
                const take = IDS_PER_CALL - batch.length
                batch = batch.concat(rest.slice(0, take))
                rest = rest.slice(take)
                if (!flush()) {
                    stopped = true
                    break
                }
            }
            if (stopped) break
            batch = batch.concat(rest)
            waiting.push({ incident, rows: own })
        }
        if (!stopped && !flush()) stopped = true
        if (page.length < Math.min(PAGE, room)) {
            reachedEnd = !stopped
            break
        }
    }
    if (fault !== null) {
        const f = fault as CentralFault
        s.outcome = 'error'
        s.errors++
        s.detail = 'Central call ' + s.calls + ' failed: ' + f.message + '. Nothing was decided from it; the next run retries from the same Incident.'
    }
    // A sweep that reached the last open Incident starts from the first one next time.
    if (reachedEnd && s.outcome === 'ok') s.cursor = ''
    return s
}

/**
 * One run: a job-run row written first (so a run that dies is still visible), the reconcile, the
 * row completed, old rows deleted. Resumes from the previous run's cursor.
 */
export function runReconcileWith(lp: LifecyclePlatform, transport: CentralTransport, config: LifecycleConfig): ReconcileSummary {
    const started = toGlideDateTime(lp.nowMs())
    const previous = lp.lastJobRun('reconcile')
    const cursor = previous !== null ? previous.cursor : ''
    const row: JobRunRecord = {
        job: 'reconcile', started, finished: '', outcome: 'partial', incidents_checked: 0, alerts_asked: 0, central_calls: 0,
        incidents_resolved: 0, incidents_noted: 0, errors: 0, detail: 'Running.', cursor,
    }
    const runId = lp.insertJobRun(row)
    const s = reconcile(lp, transport, config, cursor)
    const fields: Partial<JobRunRecord> = {
        finished: toGlideDateTime(lp.nowMs()), outcome: s.outcome, incidents_checked: s.incidentsChecked, alerts_asked: s.alertsAsked,
        central_calls: s.calls, incidents_resolved: s.resolved, incidents_noted: s.noted, errors: s.errors, cursor: s.cursor,
        detail: s.detail || (s.outcome === 'partial' ? 'Stopped at a bound (Incidents, calls or seconds per run); the next run resumes after the last Incident checked.' : 'Checked every open Incident.'),
    }
    if (runId !== null) lp.updateJobRun(runId, fields)
    else lp.insertJobRun({ ...row, ...fields } as JobRunRecord)
    lp.deleteJobRunsBefore('reconcile', toGlideDateTime(lp.nowMs() - config.runRetentionDays * 86400000))
    const line = 'RHACS reconcile: outcome=' + s.outcome + ' incidents=' + s.incidentsChecked + ' alerts=' + s.alertsAsked + ' calls=' + s.calls + ' resolved=' + s.resolved + ' noted=' + s.noted + ' errors=' + s.errors
    if (s.outcome === 'error' || s.errors > 0) lp.warn(line + ' detail=' + (fields.detail ?? ''))
    else lp.info(line)
    return s
}
