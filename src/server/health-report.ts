// Integration health: the one JSON document GET /api/x_rhacs_snow/rhacs/health answers. Pure
// orchestration over the HealthPort: every figure is one aggregate or one bounded query, so the
// number of platform operations per call is a constant (see OPERATIONS_PER_REPORT), whatever the
// sizes of the deliveries, problems and Incident tables. A part that fails is reported in
// `errors` and left empty; the rest of the document still answers.

import { readConfig, type AppConfig } from './app-properties.ts'
import type { HealthPort, JobRun, LastDelivery, OutcomeCounts, ProblemDelivery, StormIncident } from './platform-port.ts'
import { glideDateTimeToMs, toGlideDateTime } from './rhacs-time.ts'
import { cleanLine } from './text-hygiene.ts'

export const HOUR_MS = 3600000
export const DAY_MS = 86400000
export const HOURS_SHOWN = 24
export const DAYS_SHOWN = 7
/** Refused and failed deliveries listed (the newest, from the last DAYS_SHOWN days). */
export const PROBLEMS_SHOWN = 10
export const STORMS_SHOWN = 10
export const RECONCILE_RUNS_SHOWN = 5

/** The job names of x_rhacs_snow_job_run (src/fluent/tables/job-run-table.now.ts). */
export const RECONCILE_JOB = 'reconcile'
export const SILENCE_JOB = 'silence_check'

/** Outcomes that mean RHACS got a non-2xx answer: refused (400) or failed (5xx). */
export const PROBLEM_OUTCOMES = ['rejected', 'failed']

/**
 * Platform operations one report costs, whatever the table sizes: last delivery 1, last hour 1,
 * per hour 24, per day 7, refused/failed list 1, open Incidents 1, storms 2, reconcile runs 1,
 * silence warning 1, active routing rules 1.
 */
export const OPERATIONS_PER_REPORT = 1 + 1 + HOURS_SHOWN + DAYS_SHOWN + 1 + 1 + 2 + 1 + 1 + 1

export type StatusLevel = 'green' | 'amber' | 'red' | 'empty'

export interface Bucket {
    counts: OutcomeCounts
    total: number
}

export interface HealthDocument {
    /** When the document was computed: GlideDateTime value, UTC. */
    generated_at: string
    status: { level: StatusLevel; problems_last_hour: number }
    last_received: { sys_id: string; received: string; outcome: string; kind: string; http_status: number; age_seconds: number } | null
    /** The last 60 minutes, rolling. */
    last_hour: Bucket & { from: string }
    /** The last 24 UTC hours, oldest first; `hour` is the hour's start (UTC). */
    by_hour: Array<Bucket & { hour: string }>
    /** The last 7 UTC days, oldest first; `day` is yyyy-MM-dd (UTC). */
    by_day: Array<Bucket & { day: string }>
    recent_problems: Array<{ sys_id: string; received: string; outcome: string; kind: string; http_status: number; detail: string }>
    open_incidents: number
    /** Priority (1-5) → open app Incidents. */
    open_by_priority: { [priority: string]: number }
    active_storms: number
    storms: Array<{ sys_id: string; number: string; short_description: string; occurrences: number; opened: string }>
    reconcile_runs: Array<{
        sys_id: string
        started: string
        finished: string
        outcome: string
        incidents_checked: number
        alerts_asked: number
        central_calls: number
        incidents_resolved: number
        incidents_noted: number
        errors: number
        detail: string
    }>
    silence: { threshold_hours: number; silent: boolean; since: string | null; warned_at: string | null }
    config: {
        dedup_mode: string
        storm_policy_budget: number
        storm_global_budget: number
        storm_window_minutes: number
        silence_hours: number
        silence_event: boolean
        central_configured: boolean
        /** Active routing rules; null while the routing rules table does not exist. */
        routing_rules_active: number | null
        /** Properties whose value is invalid (the default applies); names only, never values. */
        invalid_properties: string[]
    }
    /** Parts that could not be computed, one line each ("<part>: <message>"). */
    errors: string[]
}

/** The start of each of the last `HOURS_SHOWN` UTC hours, oldest first (the last is the current hour). */
export function hourStarts(nowMs: number): number[] {
    const current = Math.floor(nowMs / HOUR_MS) * HOUR_MS
    const out: number[] = []
    for (let i = HOURS_SHOWN - 1; i >= 0; i--) out.push(current - i * HOUR_MS)
    return out
}

/** The start of each of the last `DAYS_SHOWN` UTC days, oldest first (the last is today). */
export function dayStarts(nowMs: number): number[] {
    const today = Math.floor(nowMs / DAY_MS) * DAY_MS
    const out: number[] = []
    for (let i = DAYS_SHOWN - 1; i >= 0; i--) out.push(today - i * DAY_MS)
    return out
}

export function bucketOf(counts: OutcomeCounts): Bucket {
    const clean: OutcomeCounts = {}
    let total = 0
    for (const outcome of Object.keys(counts).sort()) {
        const n = counts[outcome]
        if (n > 0) {
            clean[outcome] = n
            total += n
        }
    }
    return { counts: clean, total }
}

export function problemCount(counts: OutcomeCounts): number {
    return PROBLEM_OUTCOMES.reduce((n, o) => n + (counts[o] || 0), 0)
}

/** Silent: the alarm is on and the newest delivery is at least the threshold old. Never silent before the first delivery. */
export function silenceOf(thresholdHours: number, nowMs: number, last: LastDelivery | null): { silent: boolean; since: string | null } {
    if (thresholdHours <= 0 || last === null) return { silent: false, since: null }
    const lastMs = glideDateTimeToMs(last.received)
    return nowMs - lastMs >= thresholdHours * HOUR_MS ? { silent: true, since: last.received } : { silent: false, since: null }
}

/** Red: refusals or failures in the last hour; amber: silent past the threshold; empty: nothing ever arrived. */
export function statusLevel(last: LastDelivery | null, problemsLastHour: number, silent: boolean): StatusLevel {
    if (problemsLastHour > 0) return 'red'
    if (silent) return 'amber'
    if (last === null) return 'empty'
    return 'green'
}

function problemRow(p: ProblemDelivery) {
    return { sys_id: p.sysId, received: p.received, outcome: p.outcome, kind: p.kind, http_status: p.httpStatus, detail: p.detail }
}

function stormRow(s: StormIncident) {
    return { sys_id: s.sysId, number: s.number, short_description: s.shortDescription, occurrences: s.occurrences, opened: s.opened }
}

function runRow(r: JobRun) {
    return {
        sys_id: r.sysId,
        started: r.started,
        finished: r.finished,
        outcome: r.outcome,
        incidents_checked: r.incidentsChecked,
        alerts_asked: r.alertsAsked,
        central_calls: r.centralCalls,
        incidents_resolved: r.incidentsResolved,
        incidents_noted: r.incidentsNoted,
        errors: r.errors,
        detail: r.detail,
    }
}

function configSummary(config: AppConfig, invalid: string[], central: boolean, routing: number | null): HealthDocument['config'] {
    return {
        dedup_mode: config.dedupMode,
        storm_policy_budget: config.stormPolicyBudget,
        storm_global_budget: config.stormGlobalBudget,
        storm_window_minutes: config.stormWindowMinutes,
        silence_hours: config.silenceHours,
        silence_event: config.silenceEvent,
        central_configured: central,
        routing_rules_active: routing,
        invalid_properties: invalid,
    }
}

/** The property name a readConfig warning is about (warnings start "Property <name> has …"). */
export function propertyOfWarning(warning: string): string {
    const m = /^Property (\S+) /.exec(warning)
    return m === null ? '?' : m[1]
}

/** The whole document, computed now. Never throws: a part that fails is listed in `errors`. */
export function buildHealth(port: HealthPort): HealthDocument {
    const errors: string[] = []
    function attempt<T>(part: string, run: () => T, fallback: T): T {
        try {
            return run()
        } catch (e) {
            errors.push(part + ': ' + cleanLine(String((e as Error)?.message ?? e), 300))
            return fallback
        }
    }
    const nowMs = port.nowMs()
    const { config, warnings } = readConfig((name) => port.readProperty(name))
    const last = attempt('last_received', () => port.newestDelivery(), null)
    const lastHourFrom = toGlideDateTime(nowMs - HOUR_MS)
    // Rows are stored to the second: `< now + 1 s` keeps a row received this very second.
    const lastHour = bucketOf(attempt('last_hour', () => port.countByOutcome(lastHourFrom, toGlideDateTime(nowMs + 1000)), {}))
    const byHour = hourStarts(nowMs).map((start) => {
        const hour = toGlideDateTime(start)
        return { hour, ...bucketOf(attempt('by_hour ' + hour, () => port.countByOutcome(hour, toGlideDateTime(start + HOUR_MS)), {})) }
    })
    const byDay = dayStarts(nowMs).map((start) => {
        const from = toGlideDateTime(start)
        return { day: from.slice(0, 10), ...bucketOf(attempt('by_day ' + from.slice(0, 10), () => port.countByOutcome(from, toGlideDateTime(start + DAY_MS)), {})) }
    })
    const weekStart = toGlideDateTime(dayStarts(nowMs)[0])
    const problems = attempt('recent_problems', () => port.recentProblems(weekStart, PROBLEMS_SHOWN), [])
    const byPriority = attempt('open_incidents', () => port.openIncidentsByPriority(), {})
    const activeStorms = attempt('active_storms', () => port.countActiveStorms(), 0)
    const storms = attempt('storms', () => port.activeStormIncidents(STORMS_SHOWN), [])
    const runs = attempt('reconcile_runs', () => port.latestJobRuns(RECONCILE_JOB, RECONCILE_RUNS_SHOWN), [])
    const warning = attempt('silence', () => port.latestJobRuns(SILENCE_JOB, 1)[0] ?? null, null)
    const central = attempt('central_configured', () => port.centralConfigured(), false)
    const routing = attempt('routing_rules_active', () => port.routingRulesActive(), null)
    const silence = silenceOf(config.silenceHours, nowMs, last)
    const problemsLastHour = problemCount(lastHour.counts)
    const openByPriority: { [priority: string]: number } = {}
    let open = 0
    for (const p of Object.keys(byPriority).sort()) {
        openByPriority[p] = byPriority[p]
        open += byPriority[p]
    }
    return {
        generated_at: toGlideDateTime(nowMs),
        status: { level: statusLevel(last, problemsLastHour, silence.silent), problems_last_hour: problemsLastHour },
        last_received:
            last === null
                ? null
                : {
                      sys_id: last.sysId,
                      received: last.received,
                      outcome: last.outcome,
                      kind: last.kind,
                      http_status: last.httpStatus,
                      age_seconds: Math.max(0, Math.floor((nowMs - glideDateTimeToMs(last.received)) / 1000)),
                  },
        last_hour: { from: lastHourFrom, ...lastHour },
        by_hour: byHour,
        by_day: byDay,
        recent_problems: problems.map(problemRow),
        open_incidents: open,
        open_by_priority: openByPriority,
        active_storms: activeStorms,
        storms: storms.map(stormRow),
        reconcile_runs: runs.map(runRow),
        silence: {
            threshold_hours: config.silenceHours,
            silent: silence.silent,
            since: silence.since,
            // The silence check remembers the silence it warned about in the run row's cursor.
            warned_at: silence.silent && warning !== null && warning.cursor === silence.since ? warning.started : null,
        },
        config: configSummary(config, warnings.map(propertyOfWarning), central, routing),
        errors,
    }
}
