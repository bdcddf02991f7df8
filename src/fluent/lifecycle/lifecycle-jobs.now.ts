import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runQuietAgeing, runReconcile } from '../../server/lifecycle-entries'

/**
 * Every 15 minutes: ask RHACS Central what became of the alerts behind open RHACS Incidents and
 * resolve the Incidents whose alerts are all resolved. Does nothing until x_rhacs_snow.central_url
 * and the rhacs_central credential are set. Fixed start so two builds give the same record.
 */
export const reconcileJob = ScheduledScript({
    $id: Now.ID['job-reconcile'],
    name: 'RHACS reconcile with Central',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 15 },
    executionStart: '2026-01-01 00:07:00',
    script: runReconcile,
})

/** Hourly: quiet ageing, off while x_rhacs_snow.lifecycle.quiet_days is 0. */
export const quietAgeingJob = ScheduledScript({
    $id: Now.ID['job-quiet-ageing'],
    name: 'RHACS quiet ageing',
    active: true,
    frequency: 'periodically',
    executionInterval: { hours: 1 },
    executionStart: '2026-01-01 00:23:00',
    script: runQuietAgeing,
})
