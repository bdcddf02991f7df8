import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runSilenceCheck } from '../../server/silence-check-job'

/**
 * Every 15 minutes: when no RHACS delivery arrived for x_rhacs_snow.health.silence_hours, logs one
 * warning per silence (and queues x_rhacs_snow.health.silent if x_rhacs_snow.health.silence_event).
 * A fixed start (not the build time) so two builds give the same record; runs as the system user.
 */
export const silenceCheckJob = ScheduledScript({
    $id: Now.ID['job-silence-check'],
    name: 'RHACS silence check',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 15 },
    executionStart: '2026-01-01 00:07:00',
    script: runSilenceCheck,
})
