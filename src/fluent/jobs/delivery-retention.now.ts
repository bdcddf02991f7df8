import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { purgeOldDeliveries } from '../../server/delivery-retention'

/** Daily: removes RHACS delivery rows older than x_rhacs_snow.deliveries.retention_days. */
export const deliveryRetentionJob = ScheduledScript({
    $id: Now.ID['job-delivery-retention'],
    name: 'RHACS deliveries retention',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 3, minutes: 17, seconds: 0 },
    timeZone: 'UTC',
    script: purgeOldDeliveries,
})
