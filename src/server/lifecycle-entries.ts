// Platform entry points of the lifecycle flows: the reconcile and quiet-ageing scheduled jobs and
// the resolve-in-RHACS business rule. Each builds the edges (GlideLifecycle, the Central client)
// and hands them to the pure-logic flows. Never throws: a job or rule that fails logs one line.

import { readConfig } from './app-properties.ts'
import { centralConnection } from './central-client.ts'
import { GlideLifecycle } from './glide-lifecycle.ts'
import { ageQuietIncidents } from './quiet-ageing.ts'
import { runReconcileWith } from './reconcile-job.ts'
import { resolveInRhacs } from './resolve-in-rhacs.ts'
import { INCIDENT_COLUMN } from './platform-port.ts'
import { cleanLine } from './text-hygiene.ts'

function failed(lp: GlideLifecycle, what: string, e: unknown): void {
    lp.warn('RHACS ' + what + ' failed unexpectedly: ' + cleanLine(String((e as Error)?.message ?? e), 300))
}

/** Scheduled every 15 minutes; does nothing without a Central connection. */
export function runReconcile(): void {
    const lp = new GlideLifecycle()
    try {
        const { config, warnings } = readConfig((name) => lp.readProperty(name))
        for (const w of warnings) lp.warn(w)
        const central = centralConnection(config.centralUrl)
        if (central.transport === null) return
        runReconcileWith(lp, central.transport, config.lifecycle)
    } catch (e) {
        failed(lp, 'reconcile', e)
    }
}

/** Scheduled hourly; does nothing while x_rhacs_snow.lifecycle.quiet_days is 0. */
export function runQuietAgeing(): void {
    const lp = new GlideLifecycle()
    try {
        const { config } = readConfig((name) => lp.readProperty(name))
        if (config.lifecycle.quietDays === 0) return
        ageQuietIncidents(lp, config.lifecycle, centralConnection(config.centralUrl).transport !== null)
    } catch (e) {
        failed(lp, 'quiet ageing', e)
    }
}

/**
 * Before business rule on incident: an Incident the integration had ended (or resolved in RHACS
 * for an analyst) is open again by someone's hand. Its next resolution is a new one: who ended it
 * is cleared, so resolve-in-RHACS runs again and a later Incident names the right party.
 */
export function onIncidentReopened(current: { setValue(column: string, value: string): void }, _previous: unknown): void {
    current.setValue(INCIDENT_COLUMN.resolvedBy, '')
}

/** Async business rule on incident: an analyst resolved or closed an app Incident. */
export function onIncidentResolved(current: { getUniqueValue(): string }, _previous: unknown): void {
    const lp = new GlideLifecycle()
    try {
        const { config } = readConfig((name) => lp.readProperty(name))
        if (!config.lifecycle.resolveInRhacs) return
        const central = centralConnection(config.centralUrl)
        resolveInRhacs(lp, central.transport, config.lifecycle, String(current.getUniqueValue()), central.reason)
    } catch (e) {
        failed(lp, 'resolve in RHACS', e)
    }
}
