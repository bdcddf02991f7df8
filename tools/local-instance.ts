// One in-memory instance: the real route module and handler, the Glide fake underneath.
// Shared by the preview command, the benchmarks and the tests.

import { processAlert } from '../src/server/alert-route'
import { CENTRAL_ALIAS_SYS_ID } from '../src/server/central-client'
import { runQuietAgeing, runReconcile } from '../src/server/lifecycle-entries'
import { runStormSweep } from '../src/server/storm-sweep-job'
import { installBusinessRules } from './business-rules'
import { CentralDouble, DOUBLE_TOKEN, type CentralConfig } from './central-double'
import { processHealth } from '../src/server/health-route'
import { fakeInstance, type Row } from './glide-fake/index'
import { installNodeDigest } from './node-digest'
import { routingView } from './preview-routing'

installNodeDigest()

export interface Delivered {
    status: number
    body: { [key: string]: unknown }
}

/** Drives the route exactly as the Scripted REST framework would: request.body.dataString in. */
export function deliver(rawBody: string): Delivered {
    let status = 0
    let body: unknown = null
    const request = { body: { dataString: rawBody }, headers: {}, queryParams: {}, pathParams: {} }
    const response = {
        setStatus(code: number) {
            status = code
        },
        setBody(b: unknown) {
            body = b
        },
        setContentType(_type: string) {},
        setHeader(_n: string, _v: string) {},
    }
    processAlert(request as never, response as never)
    // What the framework would serialise: the body as JSON.
    return { status, body: JSON.parse(JSON.stringify(body)) as { [key: string]: unknown } }
}

/** GET /health through the real route, as the Scripted REST framework would call it (no body). */
export function health(): Delivered {
    let status = 0
    let body: unknown = null
    const request = { body: null, headers: {}, queryParams: {}, pathParams: {} }
    const response = {
        setStatus(code: number) {
            status = code
        },
        setBody(b: unknown) {
            body = b
        },
        setContentType(_type: string) {},
        setHeader(_n: string, _v: string) {},
    }
    processHealth(request as never, response as never)
    return { status, body: JSON.parse(JSON.stringify(body)) as { [key: string]: unknown } }
}

let central: CentralDouble | null = null

export function resetInstance(properties: { [name: string]: string } = {}, clockStepMs: number = 0): void {
    fakeInstance.reset()
    fakeInstance.properties = { ...properties }
    fakeInstance.clockStepMs = clockStepMs
    installBusinessRules()
    central = null
}

/** The URL the preview and tests configure for Central (the double answers it). */
export const DOUBLE_CENTRAL_URL = 'https://central.example.com'

/**
 * Configures the Central connection as an admin would (x_rhacs_snow.central_url and the
 * rhacs_central credential) and routes outbound calls to a double answering as `config` says.
 */
export function connectCentral(config: CentralConfig): CentralDouble {
    central = new CentralDouble(config)
    fakeInstance.properties['x_rhacs_snow.central_url'] = fakeInstance.properties['x_rhacs_snow.central_url'] || DOUBLE_CENTRAL_URL
    fakeInstance.credentials[CENTRAL_ALIAS_SYS_ID] = { api_key: DOUBLE_TOKEN }
    fakeInstance.outbound = central.handler
    return central
}

export function centralCalls() {
    return central === null ? [] : central.calls
}

export type JobName = 'reconcile' | 'quiet_ageing' | 'storm_sweep'

/** Runs a scheduled job as the scheduler would, then any async business rules it triggered. */
export function runJob(job: JobName): void {
    if (job === 'reconcile') runReconcile()
    else if (job === 'quiet_ageing') runQuietAgeing()
    else runStormSweep()
    fakeInstance.drainAsync()
}

/**
 * An analyst resolves the Incident from the form: state Resolved with a resolution code and
 * notes (the platform's UI policy asks for both). Then the async business rules run.
 */
export function resolveByAnalyst(number: string): boolean {
    const row = fakeInstance.rows('incident').find((r) => r.number === number)
    if (row === undefined) return false
    fakeInstance.update('incident', row.sys_id, { state: '6', close_code: 'Solution provided', close_notes: 'Fixed by the workload team.' }, [
        { element: 'work_notes', value: 'Resolved by the analyst.', created: '' },
    ])
    fakeInstance.drainAsync()
    return true
}

function num(v: string | undefined): number {
    return Number(v ?? '') || 0
}

export function incidentView(row: Row) {
    const numberOf = (sysId: string | undefined) =>
        fakeInstance.rows('incident').find((r) => r.sys_id === sysId)?.number ?? ''
    return {
        sys_id: row.sys_id,
        number: row.number,
        short_description: row.short_description ?? '',
        description: row.description ?? '',
        urgency: num(row.urgency),
        impact: num(row.impact),
        priority: num(row.priority),
        state: num(row.state),
        correlation_id: row.correlation_id ?? '',
        correlation_display: row.correlation_display ?? '',
        // Every other field the app may write, as stored ('' when it wrote none).
        assignment_group: row.assignment_group ?? '',
        caller_id: row.caller_id ?? '',
        category: row.category ?? '',
        subcategory: row.subcategory ?? '',
        cmdb_ci: row.cmdb_ci ?? '',
        business_service: row.business_service ?? '',
        close_code: row.close_code ?? '',
        close_notes: row.close_notes ?? '',
        resolved_by: row.x_rhacs_snow_resolved_by ?? '',
        occurrences: num(row.x_rhacs_snow_occurrences),
        last_seen: row.x_rhacs_snow_last_seen ?? '',
        previous_incident: numberOf(row.x_rhacs_snow_previous_incident),
        storm_state: row.x_rhacs_snow_storm_state ?? '',
        storm_noted_at: row.x_rhacs_snow_storm_noted_at ?? '',
        dedup_state: row.x_rhacs_snow_dedup_state ?? '',
        // What routed it (the creating delivery's routed_by) and its routed fields by name.
        routing: routingView(row),
        work_notes: fakeInstance.workNotes(row.sys_id),
        sys_created_on: row.sys_created_on,
    }
}

/** What the app logged: level and message, in order. */
export function logs() {
    return fakeInstance.logs.map((l) => ({ level: l.level, message: l.message }))
}

export function deliveryView(row: Row) {
    const incident = fakeInstance.rows('incident').find((r) => r.sys_id === row.incident)
    const attachment = fakeInstance.attachments.find((a) => a.sysId === row.sys_id)
    return {
        sys_id: row.sys_id,
        received: row.received,
        kind: row.kind,
        outcome: row.outcome,
        http_status: num(row.http_status),
        alert_id: row.alert_id ?? '',
        policy: row.policy ?? '',
        severity: row.severity ?? '',
        cluster: row.cluster ?? '',
        namespace: row.namespace ?? '',
        entity_type: row.entity_type ?? '',
        entity_name: row.entity_name ?? '',
        lifecycle_stage: row.lifecycle_stage ?? '',
        violation_count: num(row.violation_count),
        dedup_key: row.dedup_key ?? '',
        incident: incident?.number ?? '',
        routed_by: row.routed_by ?? '',
        detail: row.detail ?? '',
        raw_body_chars: num(row.raw_body_chars),
        raw_body_stored_chars: (row.raw_body ?? '').length,
        raw_body_attached: row.raw_body_attached === '1',
        attachment: attachment ? { file_name: attachment.fileName, chars: attachment.content.length } : null,
    }
}

export function alertsTable() {
    const numberOf = (sysId: string | undefined) => fakeInstance.rows('incident').find((r) => r.sys_id === sysId)?.number ?? ''
    return fakeInstance.rows('x_rhacs_snow_alert').map((r) => ({
        alert_id: r.alert_id ?? '',
        incident: numberOf(r.incident),
        lifecycle_stage: r.lifecycle_stage ?? '',
        delivered_state: r.delivered_state ?? '',
        rhacs_state: r.rhacs_state ?? '',
        checked_at: r.checked_at ?? '',
        resolved_seen_at: r.resolved_seen_at ?? '',
    }))
}

export function jobRuns() {
    return fakeInstance.rows('x_rhacs_snow_job_run').map((r) => ({
        job: r.job ?? '',
        started: r.started ?? '',
        finished: r.finished ?? '',
        outcome: r.outcome ?? '',
        incidents_checked: num(r.incidents_checked),
        alerts_asked: num(r.alerts_asked),
        central_calls: num(r.central_calls),
        incidents_resolved: num(r.incidents_resolved),
        incidents_noted: num(r.incidents_noted),
        errors: num(r.errors),
        detail: r.detail ?? '',
    }))
}

export function incidents() {
    return fakeInstance.rows('incident').map(incidentView)
}

export function deliveriesTable() {
    return fakeInstance.rows('x_rhacs_snow_delivery').map(deliveryView)
}
