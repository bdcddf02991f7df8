// What the health page shows, as pure functions of the health document: the status line, the
// chart's geometry, the links. No React and no DOM here, so the unit tests can run it and the
// browser test checks what React renders of it.

/** GET /api/x_rhacs_snow/rhacs/health (src/server/health-report.ts; test/health-page.test.ts keeps the two in step). */
export const HEALTH_URL = '/api/x_rhacs_snow/rhacs/health'

export type StatusLevel = 'green' | 'amber' | 'red' | 'empty'

export interface Bucket {
    counts: { [outcome: string]: number }
    total: number
}

export interface HealthDocument {
    generated_at: string
    status: { level: StatusLevel; problems_last_hour: number }
    last_received: { sys_id: string; received: string; outcome: string; kind: string; http_status: number; age_seconds: number } | null
    last_hour: Bucket & { from: string }
    by_hour: Array<Bucket & { hour: string }>
    by_day: Array<Bucket & { day: string }>
    recent_problems: Array<{ sys_id: string; received: string; outcome: string; kind: string; http_status: number; detail: string }>
    open_incidents: number
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
        routing_rules_active: number | null
        invalid_properties: string[]
    }
    errors: string[]
}

/** Every outcome a delivery row can have, in the chart's stacking order (bottom first), with its colour. */
export const OUTCOMES: Array<{ id: string; label: string; color: string }> = [
    { id: 'created', label: 'Created', color: '#2e7d32' },
    { id: 'updated', label: 'Updated', color: '#1565c0' },
    { id: 'duplicate', label: 'Duplicate', color: '#78909c' },
    { id: 'stale', label: 'Stale', color: '#b0bec5' },
    { id: 'storm', label: 'Storm', color: '#6a1b9a' },
    { id: 'ignored', label: 'Ignored', color: '#8d6e63' },
    { id: 'rejected', label: 'Rejected', color: '#ef6c00' },
    { id: 'failed', label: 'Failed', color: '#c62828' },
]

export const ROLES_NEEDED = 'x_rhacs_snow.admin or itil'

export const PRIORITY_LABELS: { [priority: string]: string } = {
    '1': '1 - Critical',
    '2': '2 - High',
    '3': '3 - Moderate',
    '4': '4 - Low',
    '5': '5 - Planning',
}

/** "less than a minute", "1 minute", "5 hours", "3 days": how long ago, roughly. */
export function formatAge(seconds: number): string {
    const plural = (n: number, unit: string) => n + ' ' + unit + (n === 1 ? '' : 's')
    if (seconds < 60) return 'less than a minute'
    if (seconds < 3600) return plural(Math.floor(seconds / 60), 'minute')
    if (seconds < 86400 * 2) return plural(Math.floor(seconds / 3600), 'hour')
    return plural(Math.floor(seconds / 86400), 'day')
}

/** The status line: its colour and its one sentence. */
export function statusLine(doc: HealthDocument): { level: StatusLevel; text: string } {
    const last = doc.last_received
    const level = doc.status.level
    if (level === 'red') {
        const n = doc.status.problems_last_hour
        return { level, text: 'Refusing or failing: ' + n + ' refused or failed ' + (n === 1 ? 'delivery' : 'deliveries') + ' in the last hour.' }
    }
    if (level === 'amber' && last !== null) {
        const warned = doc.silence.warned_at !== null ? ' The silence check warned at ' + doc.silence.warned_at + ' UTC.' : ''
        return { level, text: 'Silent: no delivery for ' + formatAge(last.age_seconds) + ' (the threshold is ' + doc.silence.threshold_hours + ' hours).' + warned }
    }
    if (last === null) return { level: 'empty', text: 'No delivery received yet.' }
    const off = doc.silence.threshold_hours === 0 ? ' The silence alarm is off.' : ''
    return {
        level: 'green',
        text: 'Delivering: the last delivery arrived ' + formatAge(last.age_seconds) + ' ago (' + last.outcome + ', HTTP ' + last.http_status + ').' + off,
    }
}

export interface BarSegment {
    outcome: string
    color: string
    count: number
    x: number
    y: number
    width: number
    height: number
}

export interface ChartLayout {
    width: number
    height: number
    /** The plot area: left edge, top, bottom (the baseline). */
    plot: { left: number; top: number; bottom: number }
    /** The value at the top of the axis. */
    max: number
    ticks: Array<{ value: number; y: number }>
    bars: Array<{ label: string; total: number; x: number; width: number; segments: BarSegment[] }>
}

/** 1, 2, 5, 10, 20, 50… at or above `n` (at least 1). */
export function niceCeiling(n: number): number {
    if (n <= 1) return 1
    let step = 1
    for (;;) {
        for (const m of [1, 2, 5]) if (m * step >= n) return m * step
        step *= 10
    }
}

/** A stacked bar per hour, outcomes stacked in OUTCOMES order (unknown outcomes last, grey). */
export function chartLayout(byHour: Array<Bucket & { hour: string }>, width: number = 720, height: number = 220): ChartLayout {
    const plot = { left: 40, top: 10, bottom: height - 28 }
    const plotWidth = width - plot.left - 8
    const max = niceCeiling(byHour.reduce((m, b) => Math.max(m, b.total), 0))
    const scale = (plot.bottom - plot.top) / max
    const slot = plotWidth / Math.max(1, byHour.length)
    const known = OUTCOMES.map((o) => o.id)
    const bars = byHour.map((b, i) => {
        const x = plot.left + i * slot + slot * 0.15
        const barWidth = slot * 0.7
        let y = plot.bottom
        const ordered = [...OUTCOMES.map((o) => ({ id: o.id, color: o.color })), ...Object.keys(b.counts).filter((o) => known.indexOf(o) < 0).map((id) => ({ id, color: '#9e9e9e' }))]
        const segments: BarSegment[] = []
        for (const o of ordered) {
            const count = b.counts[o.id] || 0
            if (count === 0) continue
            const h = count * scale
            y -= h
            segments.push({ outcome: o.id, color: o.color, count, x, y, width: barWidth, height: h })
        }
        return { label: hourLabel(b.hour), total: b.total, x, width: barWidth, segments }
    })
    const ticks = [0, max / 2, max].filter((v, i, all) => Number.isInteger(v) && all.indexOf(v) === i).map((value) => ({ value, y: plot.bottom - value * scale }))
    return { width, height, plot, max, ticks, bars }
}

/** "2026-02-12 15:00:00" → "15:00". */
export function hourLabel(hour: string): string {
    return hour.slice(11, 16)
}

/** The outcomes that occur in any bucket, in OUTCOMES order: the columns of the table fallback. */
export function outcomesPresent(buckets: Bucket[]): string[] {
    const seen = new Set<string>()
    for (const b of buckets) for (const o of Object.keys(b.counts)) seen.add(o)
    const known = OUTCOMES.map((o) => o.id)
    return [...known.filter((o) => seen.has(o)), ...[...seen].filter((o) => known.indexOf(o) < 0).sort()]
}

export function outcomeLabel(outcome: string): string {
    const o = OUTCOMES.filter((x) => x.id === outcome)[0]
    return o === undefined ? outcome : o.label
}

/** The deliveries row on the instance (classic form; relative to the instance root, like the page). */
export function deliveryLink(sysId: string): string {
    return 'x_rhacs_snow_delivery.do?sys_id=' + encodeURIComponent(sysId)
}

export function incidentLink(sysId: string): string {
    return 'incident.do?sys_id=' + encodeURIComponent(sysId)
}

/** The open RHACS Incidents list (the menu's filter), optionally of one priority. */
export function incidentListLink(priority?: string): string {
    const query = 'correlation_idSTARTSWITHrhacs-^active=true' + (priority === undefined ? '' : '^priority=' + priority) + '^ORDERBYDESCsys_updated_on'
    return 'incident_list.do?sysparm_query=' + encodeURIComponent(query)
}

export function jobRunLink(sysId: string): string {
    return 'x_rhacs_snow_job_run.do?sys_id=' + encodeURIComponent(sysId)
}

export type Load =
    | { kind: 'loading' }
    | { kind: 'ok'; doc: HealthDocument }
    | { kind: 'forbidden'; message: string }
    | { kind: 'unauthenticated' }
    | { kind: 'error'; message: string }

/** What an HTTP answer of the health endpoint means for the page. */
export function interpret(status: number, body: unknown): Load {
    const error = body !== null && typeof body === 'object' ? (body as { error?: { message?: unknown; detail?: unknown } }).error : undefined
    const platformMessage = error && typeof error === 'object' ? [error.message, error.detail].filter((x) => typeof x === 'string' && x !== '').join(': ') : ''
    if (status === 403) return { kind: 'forbidden', message: platformMessage }
    if (status === 401) return { kind: 'unauthenticated' }
    if (status !== 200) return { kind: 'error', message: 'HTTP ' + status + (platformMessage !== '' ? ': ' + platformMessage : '') }
    // A Scripted REST setBody(obj) answer arrives wrapped as {"result": obj}.
    const doc = body !== null && typeof body === 'object' && 'result' in body ? (body as { result: unknown }).result : body
    if (doc === null || typeof doc !== 'object' || !Array.isArray((doc as HealthDocument).by_hour)) return { kind: 'error', message: 'the answer is not a health document' }
    return { kind: 'ok', doc: doc as HealthDocument }
}
