import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runStormSweep } from '../../server/storm-sweep-job'

/** Every 5 minutes: a storm whose policy stayed under budget for a whole window gets its final note. */
export const stormSweepJob = ScheduledScript({
    $id: Now.ID['job-storm-sweep'],
    name: 'RHACS storm sweep',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    script: runStormSweep,
})
