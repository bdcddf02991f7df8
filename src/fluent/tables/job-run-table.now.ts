import '@servicenow/sdk/global'
import { DateTimeColumn, IntegerColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One row per run of the app's lifecycle jobs (reconcile with Central, quiet ageing, silence
 * check): what the admin reads when something is off. Kept for
 * x_rhacs_snow.lifecycle.run_retention_days; the health page shows the latest ones.
 */
export const x_rhacs_snow_job_run = Table({
    name: 'x_rhacs_snow_job_run',
    label: 'RHACS Job Run',
    display: 'started',
    accessibleFrom: 'package_private',
    audit: false,
    schema: {
        job: StringColumn({
            label: 'Job',
            maxLength: 40,
            readOnly: true,
            choices: { reconcile: 'Reconcile with Central', quiet_ageing: 'Quiet ageing', silence_check: 'Silence check' },
        }),
        started: DateTimeColumn({ label: 'Started', readOnly: true }),
        finished: DateTimeColumn({ label: 'Finished', readOnly: true }),
        outcome: StringColumn({
            label: 'Outcome',
            maxLength: 40,
            readOnly: true,
            choices: { ok: 'OK', partial: 'Stopped at a bound (resumes next run)', error: 'Error', off: 'Off (not configured)' },
        }),
        incidents_checked: IntegerColumn({ label: 'Incidents checked', readOnly: true }),
        alerts_asked: IntegerColumn({ label: 'Alerts asked', readOnly: true }),
        central_calls: IntegerColumn({ label: 'Central calls', readOnly: true }),
        incidents_resolved: IntegerColumn({ label: 'Incidents resolved', readOnly: true }),
        incidents_noted: IntegerColumn({ label: 'Incidents noted', readOnly: true }),
        errors: IntegerColumn({ label: 'Errors', readOnly: true }),
        detail: StringColumn({ label: 'Detail', maxLength: 1000, readOnly: true }),
        /** Where the next run resumes: the last Incident sys_id this run finished. */
        cursor: StringColumn({ label: 'Resume after', maxLength: 32, readOnly: true }),
    },
    index: [{ name: 'x_rhacs_snow_job_run_started', unique: false, element: ['job', 'started'] }],
})
