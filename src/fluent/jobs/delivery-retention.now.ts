import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { purgeOldDeliveries } from '../../server/delivery-retention'

/**
 * Daily: removes RHACS delivery rows older than x_rhacs_snow.deliveries.retention_days.
 * A fixed start (not the build time) so two builds give the same record. No "Run as": the
 * platform runs it as the system user (docs/servicenow-setup.md, "Scheduled jobs").
 */
export const deliveryRetentionJob = ScheduledScript({
    $id: Now.ID['job-delivery-retention'],
    name: 'RHACS deliveries retention',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 17, seconds: 0 },
    timeZone: 'UTC',
    executionStart: '2026-01-01 03:17:00',
    script: purgeOldDeliveries,
})
