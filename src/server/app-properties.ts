// Every system property the app reads: its name, default, and how an admin's value is checked.
// Pure: the caller passes a reader (gs.getProperty on the instance, a map in tests and preview).
// An invalid value falls back to the default and yields one warning.

export const SCOPE = 'x_rhacs_snow'

export const PROPERTY = {
    severityCritical: SCOPE + '.severity.critical',
    severityHigh: SCOPE + '.severity.high',
    severityMedium: SCOPE + '.severity.medium',
    severityLow: SCOPE + '.severity.low',
    severityOther: SCOPE + '.severity.other',
    debug: SCOPE + '.debug',
    centralUrl: SCOPE + '.central_url',
    assignmentGroup: SCOPE + '.assignment_group',
    caller: SCOPE + '.caller',
    dedupMode: SCOPE + '.dedup.mode',
    closedAction: SCOPE + '.dedup.closed_action',
    testIncident: SCOPE + '.test_incident',
    rawBodyMaxChars: SCOPE + '.deliveries.raw_body_max_chars',
    retentionDays: SCOPE + '.deliveries.retention_days',
    stormPolicyBudget: SCOPE + '.storm.policy_budget',
    stormGlobalBudget: SCOPE + '.storm.global_budget',
    stormWindowMinutes: SCOPE + '.storm.window_minutes',
    resolveInRhacs: SCOPE + '.lifecycle.resolve_in_rhacs',
    addToBaseline: SCOPE + '.lifecycle.add_to_baseline',
    quietDays: SCOPE + '.lifecycle.quiet_days',
    closeCode: SCOPE + '.lifecycle.close_code',
    closeNotes: SCOPE + '.lifecycle.close_notes',
    reconcileMaxIncidents: SCOPE + '.lifecycle.reconcile_max_incidents',
    reconcileMaxCalls: SCOPE + '.lifecycle.reconcile_max_calls',
    reconcileMaxSeconds: SCOPE + '.lifecycle.reconcile_max_seconds',
    runRetentionDays: SCOPE + '.lifecycle.run_retention_days',
    silenceHours: SCOPE + '.health.silence_hours',
    silenceEvent: SCOPE + '.health.silence_event',
    annotationKey: SCOPE + '.routing.annotation_key',
    workloadCiLookup: SCOPE + '.routing.workload_ci_lookup',
    /** Written by the app (routing-snapshot.ts), read by routing only: not part of AppConfig. */
    routingSnapshot: SCOPE + '.routing.snapshot',
} as const

export type DedupMode = 'workload' | 'alert' | 'none'
export type ClosedAction = 'new' | 'reopen'
/** Whether the instance has the Kubernetes workload CMDB class; written by the app (incident-routing.ts). */
export type WorkloadCiLookup = 'unchecked' | 'available' | 'missing'

export interface UrgencyImpact {
    urgency: number
    impact: number
}

export interface AppConfig {
    severity: {
        critical: UrgencyImpact
        high: UrgencyImpact
        medium: UrgencyImpact
        low: UrgencyImpact
        other: UrgencyImpact
    }
    debug: boolean
    centralUrl: string
    assignmentGroup: string
    caller: string
    dedupMode: DedupMode
    closedAction: ClosedAction
    testIncident: boolean
    rawBodyMaxChars: number
    retentionDays: number
    stormPolicyBudget: number
    stormGlobalBudget: number
    stormWindowMinutes: number
    /** The deployment annotation naming a new Incident's group; '' when annotations are not read. */
    annotationKey: string
    workloadCiLookup: WorkloadCiLookup
    /** Hours without any delivery before the health page turns amber and the silence check warns; 0 = off. */
    silenceHours: number
    /** The silence check also queues the event x_rhacs_snow.health.silent (for a notification). */
    silenceEvent: boolean
    lifecycle: LifecycleConfig
}

/** Following alerts after the Incident is opened (docs/incident-lifecycle.md). */
export interface LifecycleConfig {
    /** Resolving an app Incident by hand resolves its runtime and blocked alerts in RHACS. */
    resolveInRhacs: boolean
    /** With resolveInRhacs: also add the alerts' processes to the deployment's baseline. */
    addToBaseline: boolean
    /** Resolve an open app Incident after this many days without a delivery; 0 = off. */
    quietDays: number
    closeCode: string
    closeNotes: string
    /** Bounds of one reconcile run; the next run resumes where this one stopped. */
    reconcileMaxIncidents: number
    reconcileMaxCalls: number
    reconcileMaxSeconds: number
    runRetentionDays: number
}

/** Defaults: the use case's severity table, dedup per workload, storm budget 10/50 per 10 min. */
export type PropertyName = (typeof PROPERTY)[keyof typeof PROPERTY]

export const DEFAULTS: { [name in PropertyName]: string } = {
    [PROPERTY.severityCritical]: '1/1',
    [PROPERTY.severityHigh]: '1/2',
    [PROPERTY.severityMedium]: '2/2',
    [PROPERTY.severityLow]: '3/3',
    [PROPERTY.severityOther]: '3/3',
    [PROPERTY.debug]: 'false',
    [PROPERTY.centralUrl]: '',
    [PROPERTY.assignmentGroup]: '',
    [PROPERTY.caller]: '',
    [PROPERTY.dedupMode]: 'workload',
    [PROPERTY.closedAction]: 'new',
    [PROPERTY.testIncident]: 'true',
    [PROPERTY.rawBodyMaxChars]: '100000',
    [PROPERTY.retentionDays]: '30',
    [PROPERTY.stormPolicyBudget]: '10',
    [PROPERTY.stormGlobalBudget]: '50',
    [PROPERTY.stormWindowMinutes]: '10',
    [PROPERTY.resolveInRhacs]: 'false',
    [PROPERTY.addToBaseline]: 'false',
    [PROPERTY.quietDays]: '0',
    [PROPERTY.closeCode]: 'Solution provided',
    [PROPERTY.closeNotes]: 'Resolved by the RHACS integration: RHACS reports every alert behind this Incident as resolved or no longer present.',
    [PROPERTY.reconcileMaxIncidents]: '20000',
    [PROPERTY.reconcileMaxCalls]: '400',
    [PROPERTY.reconcileMaxSeconds]: '300',
    [PROPERTY.runRetentionDays]: '30',
    [PROPERTY.silenceHours]: '24',
    [PROPERTY.silenceEvent]: 'false',
    [PROPERTY.annotationKey]: 'servicenow/assignment-group',
    [PROPERTY.workloadCiLookup]: 'unchecked',
    [PROPERTY.routingSnapshot]: '',
}

export type PropertyReader = (name: string) => string | null | undefined

export interface ConfigResult {
    config: AppConfig
    /** One message per property whose value was invalid and replaced by its default. */
    warnings: string[]
}

export function parseUrgencyImpact(text: string): UrgencyImpact | null {
    const m = /^\s*([123])\s*[/,]\s*([123])\s*$/.exec(text)
    return m === null ? null : { urgency: Number(m[1]), impact: Number(m[2]) }
}

export function readConfig(read: PropertyReader): ConfigResult {
    const warnings: string[] = []
    function raw(name: PropertyName): string {
        const value = read(name)
        return value === null || value === undefined ? DEFAULTS[name] : String(value).trim()
    }
    function checked<T>(name: PropertyName, parse: (s: string) => T | null, expected: string): T {
        const value = raw(name)
        const parsed = parse(value)
        if (parsed !== null) return parsed
        warnings.push(
            'Property ' + name + ' has the invalid value "' + value.slice(0, 40) + '" (expected ' + expected + '); using the default "' + DEFAULTS[name] + '".',
        )
        return parse(DEFAULTS[name]) as T
    }
    const oneOf = <T extends string>(values: readonly T[]) => (s: string): T | null =>
        (values as readonly string[]).includes(s) ? (s as T) : null
    const bool = (s: string): boolean | null => (s === 'true' ? true : s === 'false' ? false : null)
    const int = (min: number, max: number) => (s: string): number | null => {
        if (!/^\d{1,9}$/.test(s)) return null
        const n = Number(s)
        return n >= min && n <= max ? n : null
    }
    const sysIdOrEmpty = (s: string): string | null => (s === '' || /^[0-9a-f]{32}$/.test(s) ? s : null)
    const ui = 'urgency/impact such as 1/2, each 1-3'
    const config: AppConfig = {
        severity: {
            critical: checked(PROPERTY.severityCritical, parseUrgencyImpact, ui),
            high: checked(PROPERTY.severityHigh, parseUrgencyImpact, ui),
            medium: checked(PROPERTY.severityMedium, parseUrgencyImpact, ui),
            low: checked(PROPERTY.severityLow, parseUrgencyImpact, ui),
            other: checked(PROPERTY.severityOther, parseUrgencyImpact, ui),
        },
        debug: checked(PROPERTY.debug, bool, 'true or false'),
        centralUrl: checked(PROPERTY.centralUrl, (s) => (s === '' || /^https?:\/\/[^\s"<>]+$/.test(s) ? s : null), 'an http(s):// URL or empty'),
        assignmentGroup: checked(PROPERTY.assignmentGroup, sysIdOrEmpty, 'a group sys_id or empty'),
        caller: checked(PROPERTY.caller, sysIdOrEmpty, 'a user sys_id or empty'),
        dedupMode: checked(PROPERTY.dedupMode, oneOf(['workload', 'alert', 'none'] as const), 'workload, alert or none'),
        closedAction: checked(PROPERTY.closedAction, oneOf(['new', 'reopen'] as const), 'new or reopen'),
        testIncident: checked(PROPERTY.testIncident, bool, 'true or false'),
        rawBodyMaxChars: checked(PROPERTY.rawBodyMaxChars, int(1000, 10000000), 'an integer 1000-10000000'),
        retentionDays: checked(PROPERTY.retentionDays, int(1, 3650), 'an integer 1-3650'),
        stormPolicyBudget: checked(PROPERTY.stormPolicyBudget, int(0, 100000), 'an integer 0-100000'),
        stormGlobalBudget: checked(PROPERTY.stormGlobalBudget, int(0, 100000), 'an integer 0-100000'),
        stormWindowMinutes: checked(PROPERTY.stormWindowMinutes, int(1, 1440), 'an integer 1-1440'),
        lifecycle: {
            resolveInRhacs: checked(PROPERTY.resolveInRhacs, bool, 'true or false'),
            addToBaseline: checked(PROPERTY.addToBaseline, bool, 'true or false'),
            quietDays: checked(PROPERTY.quietDays, int(0, 3650), 'an integer 0-3650 (0 = off)'),
            closeCode: checked(PROPERTY.closeCode, (s) => (s !== '' && s.length <= 40 ? s : null), 'a resolution code of at most 40 characters'),
            closeNotes: checked(PROPERTY.closeNotes, (s) => (s !== '' && s.length <= 1000 ? s : null), 'a text of 1-1000 characters'),
            reconcileMaxIncidents: checked(PROPERTY.reconcileMaxIncidents, int(1, 100000), 'an integer 1-100000'),
            reconcileMaxCalls: checked(PROPERTY.reconcileMaxCalls, int(1, 1000), 'an integer 1-1000'),
            reconcileMaxSeconds: checked(PROPERTY.reconcileMaxSeconds, int(5, 3000), 'an integer 5-3000'),
            runRetentionDays: checked(PROPERTY.runRetentionDays, int(1, 3650), 'an integer 1-3650'),
        },
        silenceHours: checked(PROPERTY.silenceHours, int(0, 8760), 'an integer 0-8760 (0 = off)'),
        silenceEvent: checked(PROPERTY.silenceEvent, bool, 'true or false'),
        annotationKey: checked(PROPERTY.annotationKey, (s) => (s === '' || /^[A-Za-z0-9][A-Za-z0-9._/-]{0,252}$/.test(s) ? s : null), 'a Kubernetes annotation key or empty'),
        workloadCiLookup: checked(PROPERTY.workloadCiLookup, oneOf(['unchecked', 'available', 'missing'] as const), 'unchecked, available or missing'),
    }
    return { config, warnings }
}
