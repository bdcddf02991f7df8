import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * Queued by the silence check (src/server/silence-check.ts) on its job-run row when no RHACS
 * delivery arrived for x_rhacs_snow.health.silence_hours, once per silence, and only if
 * x_rhacs_snow.health.silence_event is true. parm1: the newest delivery's time (UTC);
 * parm2: the threshold in hours. An email notification on this event can alert the admins.
 */
export const silenceEvent = Record({
    $id: Now.ID['event-health-silent'],
    table: 'sysevent_register',
    data: {
        suffix: 'health.silent',
        event_name: 'x_rhacs_snow.health.silent',
        description: 'No RHACS delivery for the silence threshold (parm1: last delivery UTC, parm2: hours)',
        table: 'x_rhacs_snow_job_run',
        fired_by: 'Scheduled job: RHACS silence check',
        priority: 100,
    },
})
