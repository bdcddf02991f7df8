// What the lifecycle flows (reconcile with Central, resolve in RHACS, quiet ageing) need from the
// instance. GlideLifecycle (glide-lifecycle.ts) implements it with GlideRecord; the flows above
// it are pure TypeScript, like the delivery handler above the Platform port.

export const ALERT_TABLE = 'x_rhacs_snow_alert'
export const JOB_RUN_TABLE = 'x_rhacs_snow_job_run'

/** What the app knows of an alert in RHACS: not asked yet, as Central said, or not askable. */
/** `missing`: absent from one valid answer; `gone` only when absent again on a later run. */
export type AlertState = 'unknown' | 'active' | 'attempted' | 'resolved' | 'missing' | 'gone' | 'unqueryable'

/** How an Incident's life ended when the app ended it (incident.x_rhacs_snow_resolved_by). */
export type ResolvedBy = '' | 'rhacs' | 'ageing' | 'analyst'

export interface AlertRow {
    sysId: string
    alertId: string
    incident: string
    policy: string
    lifecycleStage: string
    deliveredState: string
    rhacsState: AlertState
}

export interface LifecycleIncident {
    sysId: string
    number: string
    state: number
    /** GlideDateTime value of the last delivery, '' when never set. */
    lastSeen: string
    resolvedBy: ResolvedBy
}

export type JobName = 'reconcile' | 'quiet_ageing' | 'silence_check'

export interface JobRunRecord {
    job: JobName
    started: string
    finished: string
    outcome: 'ok' | 'partial' | 'error' | 'off'
    incidents_checked: number
    alerts_asked: number
    central_calls: number
    incidents_resolved: number
    incidents_noted: number
    errors: number
    detail: string
    cursor: string
}

export interface LifecyclePlatform {
    nowMs(): number
    readProperty(name: string): string | null
    info(message: string): void
    warn(message: string): void
    /**
     * Open Incidents that have alert rows, by sys_id ascending, after `afterSysId` ('' = from the
     * start): one join query.
     */
    openIncidentsWithAlerts(afterSysId: string, limit: number): LifecycleIncident[]
    /** Open app Incidents (they have a problems-table row) whose last delivery is before `before`. */
    quietIncidents(before: string, limit: number): LifecycleIncident[]
    incident(sysId: string): LifecycleIncident | null
    /** Every alert row of these Incidents: one query. */
    alertsOf(incidentSysIds: string[]): AlertRow[]
    /**
     * Sets the state of these alert rows and stamps "last asked Central" (one multi-row update);
     * resolved and gone rows also get "seen resolved at".
     */
    setAlertState(rowSysIds: string[], state: AlertState, checkedAt: string): void
    /** Stamps "last asked Central" on these rows: one multi-row update. */
    markChecked(rowSysIds: string[], checkedAt: string): void
    updateIncident(sysId: string, fields: { [column: string]: string }): boolean
    insertJobRun(record: JobRunRecord): string | null
    updateJobRun(sysId: string, fields: Partial<JobRunRecord>): void
    /** The newest run of a job, if any. */
    lastJobRun(job: JobName): JobRunRecord | null
    /** Deletes a job's runs started before `before` (the (job, started) index). */
    deleteJobRunsBefore(job: JobName, before: string): void
}
