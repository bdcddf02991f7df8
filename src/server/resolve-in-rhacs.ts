// Resolve in RHACS (opt-in): an analyst resolved or closed an app Incident, so its runtime and
// blocked alerts are resolved in Central, one PATCH each, and the result becomes one work note.
// Runs in an asynchronous business rule (the analyst's save is never slow). Incidents the integration
// itself resolved (reconcile, quiet ageing) never get here: the rule's condition requires
// x_rhacs_snow_resolved_by to be empty, and this flow sets it to 'analyst' once done.

import { faultOf, isCentralAlertId, resolveAlertRequest, type CentralTransport } from './central-api.ts'
import type { LifecycleConfig } from './app-properties.ts'
import { resolveInRhacsNote, resolveInRhacsOffNote, type ResolveResult } from './lifecycle-notes.ts'
import type { AlertRow, LifecyclePlatform } from './lifecycle-port.ts'
import { INCIDENT_COLUMN } from './platform-port.ts'
import { toGlideDateTime } from './rhacs-time.ts'

/** PATCH calls per resolution at most; an Incident with more alerts says so in its note. */
export const MAX_RESOLVE_CALLS = 50

/** No new PATCH after this long: the background worker is the platform's, not ours to hold. */
export const RESOLVE_BUDGET_MS = 60000

/** Central's own 404 for an unknown alert (gRPC NotFound, code 5); a proxy's 404 is a failure. */
function centralNotFound(body: string): boolean {
    if (body.length > 10000) return false
    try {
        const parsed: unknown = JSON.parse(body)
        return parsed !== null && typeof parsed === 'object' && (parsed as { code?: unknown }).code === 5
    } catch (_e) {
        return false
    }
}

/** Central resolves only RUNTIME alerts and ATTEMPTED (blocked) ones; deploy-time ones resolve themselves. */
export function resolvableInRhacs(row: AlertRow): boolean {
    return row.lifecycleStage === 'RUNTIME' || row.deliveredState === 'ATTEMPTED' || row.rhacsState === 'attempted'
}

export interface ResolveOutcome {
    calls: number
    results: Array<{ row: AlertRow; result: ResolveResult; reason: string }>
}

/** Null transport: no connection configured. Returns null when nothing was to be done. */
export function resolveInRhacs(lp: LifecyclePlatform, transport: CentralTransport | null, config: LifecycleConfig, incidentSysId: string, offReason: string): ResolveOutcome | null {
    if (!config.resolveInRhacs) return null
    const incident = lp.incident(incidentSysId)
    // Closed states only, and only what an analyst did: the integration's own resolutions are marked.
    if (incident === null || incident.resolvedBy !== '' || [6, 7].indexOf(incident.state) < 0) return null
    const rows = lp.alertsOf([incidentSysId])
    if (rows.length === 0) return null
    if (transport === null) {
        lp.updateIncident(incidentSysId, { work_notes: resolveInRhacsOffNote(offReason), [INCIDENT_COLUMN.resolvedBy]: 'analyst' })
        lp.warn('RHACS resolve in RHACS: ' + incident.number + ' was resolved, but ' + offReason + '.')
        return { calls: 0, results: [] }
    }
    const out: ResolveOutcome = { calls: 0, results: [] }
    const deadline = lp.nowMs() + RESOLVE_BUDGET_MS
    const seen: { [id: string]: true } = Object.create(null)
    let stopReason = ''
    for (const row of rows) {
        const id = row.alertId.toLowerCase()
        if (seen[id] === true) continue
        seen[id] = true
        if (row.rhacsState === 'resolved') out.results.push({ row, result: 'already', reason: '' })
        else if (row.rhacsState === 'gone') out.results.push({ row, result: 'gone', reason: '' })
        else if (row.rhacsState === 'unqueryable' || !isCentralAlertId(row.alertId)) out.results.push({ row, result: 'unqueryable', reason: '' })
        else if (!resolvableInRhacs(row)) out.results.push({ row, result: 'deploy_time', reason: '' })
        else if (stopReason !== '') out.results.push({ row, result: 'not_attempted', reason: stopReason })
        else if (out.calls >= MAX_RESOLVE_CALLS) out.results.push({ row, result: 'not_attempted', reason: 'more than ' + MAX_RESOLVE_CALLS + ' alerts' })
        else if (lp.nowMs() >= deadline) out.results.push({ row, result: 'not_attempted', reason: 'Central answered too slowly: ' + RESOLVE_BUDGET_MS / 1000 + ' s used' })
        else {
            out.calls++
            const response = transport(resolveAlertRequest(row.alertId, config.addToBaseline))
            const now = toGlideDateTime(lp.nowMs())
            if (response.status === 200) {
                out.results.push({ row, result: 'resolved', reason: '' })
                lp.setAlertState([row.sysId], 'resolved', now)
            } else if (response.status === 404 && centralNotFound(response.body)) {
                out.results.push({ row, result: 'gone', reason: '' })
                lp.setAlertState([row.sysId], 'gone', now)
            } else {
                const fault = faultOf(response)
                out.results.push({ row, result: 'failed', reason: fault.message })
                // The same token or the same outage fails every other call too: stop asking.
                if (fault.kind !== 'not_found' && fault.kind !== 'bad_request') stopReason = 'stopped after the failure above'
            }
        }
    }
    const failed = out.results.filter((x) => x.result === 'failed')
    lp.updateIncident(incidentSysId, { work_notes: resolveInRhacsNote(out.results, config.addToBaseline), [INCIDENT_COLUMN.resolvedBy]: 'analyst' })
    if (failed.length > 0) lp.warn('RHACS resolve in RHACS: ' + incident.number + ': ' + failed.length + ' of ' + out.results.length + ' alerts not resolved: ' + failed[0].reason)
    else lp.info('RHACS resolve in RHACS: ' + incident.number + ': calls=' + out.calls + ' alerts=' + out.results.length)
    return out
}
