// The work notes of an Incident's later life, one place for their wording (docs/incident-lifecycle.md
// quotes them): what RHACS reported when the reconcile job resolved or partly resolved it, what
// resolve-in-RHACS did for each alert, and why quiet ageing resolved it. Alert ids and policy names
// are payload text: each is one clipped line here, and the record boundary cleans the note again.

import { clip, cleanLine } from './text-hygiene.ts'
import type { AlertRow, AlertState } from './lifecycle-port.ts'

/** Alerts listed by name in one note; the rest are counted. */
export const NOTE_LISTED = 20

function alertName(row: AlertRow): string {
    const id = cleanLine(clip(row.alertId, 120), 100) || '(no id)'
    const policy = cleanLine(clip(row.policy, 200), 120)
    return id + (policy ? ' (' + policy + ')' : '')
}

const STATE_TEXT: { [state in AlertState]: string } = {
    resolved: 'resolved in RHACS',
    gone: 'no longer known to Central (resolved and pruned, or deleted): absent from two answers in a row',
    missing: 'not in the last answer of Central (asked again next run)',
    active: 'still active',
    attempted: 'still open (blocked request, not resolved)',
    unknown: 'not asked yet',
    unqueryable: 'not a Central alert id: cannot be followed',
}

function listed(rows: Array<{ row: AlertRow; state: AlertState }>): string[] {
    const lines = rows.slice(0, NOTE_LISTED).map((x) => '- ' + alertName(x.row) + ': ' + STATE_TEXT[x.state])
    if (rows.length > NOTE_LISTED) lines.push('… and ' + (rows.length - NOTE_LISTED) + ' more')
    return lines
}

/** The reconcile job resolves the Incident: every alert behind it is resolved or gone. */
export function reconcileResolvedNote(alerts: Array<{ row: AlertRow; state: AlertState }>, checkedAt: string): string {
    const n = alerts.length
    return [
        'Resolved by the RHACS integration: RHACS Central reported at ' + checkedAt + ' UTC that ' + (n === 1 ? 'the alert' : 'all ' + n + ' alerts') + ' behind this Incident ' + (n === 1 ? 'is' : 'are') + ' resolved or no longer present:',
        ...listed(alerts),
        'A new violation of the same problem opens a new RHACS alert, and a new Incident (or reopens this one, per x_rhacs_snow.dedup.closed_action).',
    ].join('\n')
}

/** Some alerts resolved, others still open: noted once, when they resolve. */
export function reconcilePartNote(newlyDone: Array<{ row: AlertRow; state: AlertState }>, open: Array<{ row: AlertRow; state: AlertState }>, checkedAt: string): string {
    return [
        'RHACS Central reported at ' + checkedAt + ' UTC that ' + newlyDone.length + ' of the ' + (newlyDone.length + open.length) + ' alerts behind this Incident ' + (newlyDone.length === 1 ? 'is' : 'are') + ' resolved:',
        ...listed(newlyDone),
        'Still open in RHACS, so this Incident stays open:',
        ...listed(open),
    ].join('\n')
}

export type ResolveResult = 'resolved' | 'already' | 'gone' | 'deploy_time' | 'unqueryable' | 'failed' | 'not_attempted'

const RESULT_TEXT: { [r in ResolveResult]: string } = {
    resolved: 'resolved in RHACS',
    already: 'already resolved in RHACS',
    gone: 'Central no longer knows it (resolved and pruned, or deleted): nothing to resolve',
    deploy_time: 'not resolvable from here: a deploy-time alert; fix the deployment and RHACS resolves it by itself',
    unqueryable: 'not a Central alert id: nothing to resolve',
    failed: 'failed',
    not_attempted: 'not attempted',
}

/** resolve-in-RHACS: one line per alert, what became of it. */
export function resolveInRhacsNote(results: Array<{ row: AlertRow; result: ResolveResult; reason: string }>, baseline: boolean): string {
    const lines = results.slice(0, NOTE_LISTED).map(
        (x) => '- ' + alertName(x.row) + ': ' + RESULT_TEXT[x.result] + (x.reason ? ' (' + cleanLine(x.reason, 600) + ')' : '') + (x.result === 'resolved' && baseline ? '; its processes were added to the baseline' : ''),
    )
    if (results.length > NOTE_LISTED) lines.push('… and ' + (results.length - NOTE_LISTED) + ' more')
    const failed = results.filter((x) => x.result === 'failed' || x.result === 'not_attempted').length
    const deployTime = results.filter((x) => x.result === 'deploy_time').length
    const last: string[] = []
    if (failed > 0) last.push(failed + (failed === 1 ? ' alert was' : ' alerts were') + ' not resolved in RHACS: resolve ' + (failed === 1 ? 'it' : 'them') + ' in the RHACS portal (Violations).')
    if (deployTime > 0) last.push('Deploy-time alerts stay open in RHACS until the deployment no longer violates the policy; then RHACS resolves them by itself.')
    if (last.length === 0) last.push('Nothing is left to do in RHACS.')
    return [
        'Resolve in RHACS (x_rhacs_snow.lifecycle.resolve_in_rhacs): this Incident was resolved in ServiceNow, so the integration asked RHACS Central to resolve its alerts:',
        ...lines,
        ...last,
    ].join('\n')
}

/** resolve-in-RHACS is on but there is nothing to call. */
export function resolveInRhacsOffNote(reason: string): string {
    return 'Resolve in RHACS (x_rhacs_snow.lifecycle.resolve_in_rhacs) is on, but ' + reason + ': nothing was resolved in RHACS.'
}

/** Quiet ageing resolves an Incident that heard nothing for `days` days. */
export function quietAgeingNote(days: number, lastSeen: string): string {
    return (
        'Resolved by the RHACS integration: no RHACS delivery for this Incident in ' + days + (days === 1 ? ' day' : ' days') +
        (lastSeen ? ' (the last arrived at ' + lastSeen + ' UTC)' : '') +
        ' (x_rhacs_snow.lifecycle.quiet_days). RHACS does not tell a webhook when it resolves an alert; quiet ageing assumes it did. ' +
        'A new alert for this problem opens a new Incident (or reopens this one, per x_rhacs_snow.dedup.closed_action).'
    )
}

/** How the earlier Incident ended, for the description and reopen notes of what comes back. */
export function endedBy(resolvedBy: string): string {
    if (resolvedBy === 'rhacs') return 'resolved by RHACS: Central reported its alerts resolved'
    if (resolvedBy === 'ageing') return 'resolved by quiet ageing: no delivery for the configured days'
    return 'closed by an analyst'
}
