// The silence alarm: when no RHACS delivery arrived for x_rhacs_snow.health.silence_hours (0 = off),
// log one warning per silence and, if x_rhacs_snow.health.silence_event is on, queue the event
// x_rhacs_snow.health.silent for a notification. "One per silence": the warning is remembered as a
// run row of the job-run table (job silence_check) whose cursor holds the newest delivery's time;
// a later delivery ends the silence, and the next silence has another time, so it warns again.

import { readConfig } from './app-properties.ts'
import { HOUR_MS, SILENCE_JOB, silenceOf } from './health-report.ts'
import type { HealthPort } from './platform-port.ts'
import { glideDateTimeToMs, toGlideDateTime } from './rhacs-time.ts'

/** Registered in src/fluent/events/silence-event.now.ts (sysevent_register) on x_rhacs_snow_job_run. */
export const SILENCE_EVENT = 'x_rhacs_snow.health.silent'

export interface SilenceCheck {
    silent: boolean
    /** True when this run logged the warning (the first run that found this silence). */
    warned: boolean
    since: string | null
}

export function checkSilence(port: HealthPort): SilenceCheck {
    const { config, warnings } = readConfig((name) => port.readProperty(name))
    for (const w of warnings) port.warn(w)
    if (config.silenceHours === 0) return { silent: false, warned: false, since: null }
    const nowMs = port.nowMs()
    const silence = silenceOf(config.silenceHours, nowMs, port.newestDelivery())
    if (!silence.silent || silence.since === null) return { silent: false, warned: false, since: null }
    const since = silence.since
    const previous = port.latestJobRuns(SILENCE_JOB, 1)[0]
    if (previous !== undefined && previous.cursor === since) return { silent: true, warned: false, since }
    const hours = Math.floor((nowMs - glideDateTimeToMs(since)) / HOUR_MS)
    const message =
        'RHACS silence: no delivery received since ' + since + ' UTC (' + hours + ' hours; the threshold, x_rhacs_snow.health.silence_hours, is ' +
        config.silenceHours + '). Check the RHACS Generic Webhook notifier: its credentials, its endpoint, the policies it is attached to. See the RHACS integration health page.'
    port.warn(message)
    const now = toGlideDateTime(nowMs)
    const runId = port.insertJobRun({ job: SILENCE_JOB, started: now, finished: now, outcome: 'ok', errors: '0', detail: message, cursor: since })
    if (runId === null) port.warn('RHACS silence check: the run row could not be written; the next run warns again.')
    else if (config.silenceEvent) port.queueEvent(SILENCE_EVENT, runId, since, String(config.silenceHours))
    return { silent: true, warned: true, since }
}
