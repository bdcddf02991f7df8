import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runStormSweep } from '../../server/storm-sweep-job'

/**
 * Every 5 minutes: a storm whose policy stayed under budget for a whole window gets its final note.
 * A fixed start (not the build time) so two builds give the same record; runs as the system user.
 */
export const stormSweepJob = ScheduledScript({
    $id: Now.ID['job-storm-sweep'],
    name: 'RHACS storm sweep',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2026-01-01 00:00:00',
    script: runStormSweep,
})
