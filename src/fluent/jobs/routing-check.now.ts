import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { runRoutingCheck } from '../../server/routing-check-job'

/**
 * Daily: checks again whether the instance has the Kubernetes workload CMDB class (recorded in
 * x_rhacs_snow.routing.workload_ci_lookup, which the handler reads instead of checking on every
 * delivery), warns about routing rules that are skipped or name a group that is not active, and
 * rebuilds the routing snapshot (x_rhacs_snow.routing.snapshot) as a repair. "Execute Now" on
 * this job is how an admin forces a rebuild (docs/routing.md, "Cost").
 * A fixed start (not the build time) so two builds give the same record; runs as the system user.
 */
export const routingCheckJob = ScheduledScript({
    $id: Now.ID['job-routing-check'],
    name: 'RHACS routing check',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 47, seconds: 0 },
    timeZone: 'UTC',
    executionStart: '2026-01-01 03:47:00',
    script: runRoutingCheck,
})
