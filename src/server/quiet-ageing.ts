// Quiet ageing (opt-in, for instances without a Central connection): an open app Incident that
// received no delivery for x_rhacs_snow.lifecycle.quiet_days days is resolved with a note saying
// why. With a Central connection the reconcile job knows better, and ageing stays off: a runtime
// alert can stay ACTIVE in RHACS long after its last delivery.

import type { LifecycleConfig } from './app-properties.ts'
import { quietAgeingNote } from './lifecycle-notes.ts'
import type { JobRunRecord, LifecyclePlatform } from './lifecycle-port.ts'
import { resolutionFields } from './reconcile-job.ts'
import { CLOSED_STATES } from './platform-port.ts'
import { toGlideDateTime } from './rhacs-time.ts'

/** Incidents resolved per run at most; the next run takes the rest. */
export const AGEING_PER_RUN = 500

export function ageQuietIncidents(lp: LifecyclePlatform, config: LifecycleConfig, centralConfigured: boolean): JobRunRecord | null {
    if (config.quietDays === 0) return null
    const started = toGlideDateTime(lp.nowMs())
    const run: JobRunRecord = {
        job: 'quiet_ageing', started, finished: '', outcome: 'ok', incidents_checked: 0, alerts_asked: 0, central_calls: 0,
        incidents_resolved: 0, incidents_noted: 0, errors: 0, detail: '', cursor: '',
    }
    if (centralConfigured) {
        run.outcome = 'off'
        run.detail = 'A Central connection is configured: the reconcile job follows the alerts, so quiet ageing does nothing.'
    } else {
        const before = toGlideDateTime(lp.nowMs() - config.quietDays * 86400000)
        const quiet = lp.quietIncidents(before, AGEING_PER_RUN)
        for (const incident of quiet) {
            if (CLOSED_STATES.indexOf(incident.state) >= 0) continue
            run.incidents_checked++
            const fields = resolutionFields(config, quietAgeingNote(config.quietDays, incident.lastSeen), 'ageing')
            // Its own resolution notes: the configured ones say RHACS reported the alerts resolved.
            fields.close_notes = 'Resolved by the RHACS integration (quiet ageing): no RHACS delivery for ' + config.quietDays + ' days.'
            if (lp.updateIncident(incident.sysId, fields)) run.incidents_resolved++
            else run.errors++
        }
        if (quiet.length === AGEING_PER_RUN) run.outcome = 'partial'
        run.detail = 'Resolved ' + run.incidents_resolved + ' Incidents without a delivery since ' + before + ' UTC.' + (run.errors > 0 ? ' ' + run.errors + ' updates were refused.' : '')
    }
    run.finished = toGlideDateTime(lp.nowMs())
    lp.insertJobRun(run)
    lp.deleteJobRunsBefore('quiet_ageing', toGlideDateTime(lp.nowMs() - config.runRetentionDays * 86400000))
    lp.info('RHACS quiet ageing: outcome=' + run.outcome + ' resolved=' + run.incidents_resolved + ' errors=' + run.errors)
    return run
}
