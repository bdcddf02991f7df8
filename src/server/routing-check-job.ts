// Scheduled job entry (daily): checks again whether the instance has the Kubernetes workload CMDB
// class (a plugin may have been installed since), records a change in the property the handler
// reads, warns about routing rules that would be skipped, or whose group is not active, so an
// admin learns of them without waiting for an alert, and rebuilds the routing snapshot (a repair:
// the business rules below keep it current). Runs as the system user.
// Also the entry of the after business rules on the rules and cluster CI tables.

import { PROPERTY, readConfig } from './app-properties.ts'
import { GlidePlatform } from './glide-platform.ts'
import { refreshRoutingSnapshot } from './incident-routing.ts'
import { compileRules } from './routing-rules.ts'
import { cleanLine } from './text-hygiene.ts'

export interface RoutingCheck {
    workloadCiLookup: string
    rules: number
    invalid: number
    inactiveGroups: number
    /** Characters of the rebuilt routing snapshot; 0 when the tables do not fit (deliveries read them). */
    snapshotChars: number
}

/**
 * After business rule (insert, update, delete) on x_rhacs_snow_routing_rule and
 * x_rhacs_snow_cluster_ci: the routing snapshot follows the admin's change in the same
 * transaction. Never throws; when the rebuild fails, the snapshot is emptied rather than left
 * stale (deliveries then read the tables) and one warning says so.
 */
export function onRoutingTableChanged(_current: unknown, _previous: unknown): void {
    const platform = new GlidePlatform()
    try {
        refreshRoutingSnapshot(platform)
    } catch (e) {
        platform.warn('RHACS routing: the routing snapshot could not be rebuilt (' + cleanLine(String((e as Error)?.message ?? e), 300) + '); new Incidents read the rules and cluster CIs from their tables until the next change or the daily routing check.')
        try {
            platform.writeProperty(PROPERTY.routingSnapshot, '')
        } catch (_e) {
            // Nothing more to do: the daily routing check rebuilds it.
        }
    }
}

export function runRoutingCheck(): RoutingCheck {
    const platform = new GlidePlatform()
    const { config } = readConfig((name) => platform.readProperty(name))
    const state = platform.workloadCiTableUsable() ? 'available' : 'missing'
    // The property is written only on a change: every write flushes the instance's property cache.
    if (state !== config.workloadCiLookup) platform.writeProperty(PROPERTY.workloadCiLookup, state)
    const rows = platform.readRoutingRules()
    const { rules, invalid } = compileRules(rows)
    for (const r of invalid) platform.warn('RHACS routing check: rule "' + r.name + '" is skipped: ' + r.reason + '.')
    // The handler trusts a rule's group reference (no query per delivery): inactive or deleted groups are found here.
    let inactiveGroups = 0
    for (const rule of rules) {
        const group = rule.actions.assignment_group
        if (group === '' || platform.findActiveGroups(group).length === 1) continue
        inactiveGroups += 1
        platform.warn('RHACS routing check: rule "' + rule.name + '" assigns to group ' + group + ', which is not an active group.')
    }
    // A repair: the business rules rebuild it on every change, but an import without business rules
    // (setWorkflow(false)) or a failed rebuild would leave it behind.
    const snapshot = refreshRoutingSnapshot(platform, rows)
    platform.info(
        'RHACS routing check: workload CI lookup ' + state + (state !== config.workloadCiLookup ? ' (was ' + config.workloadCiLookup + ')' : '') + '; ' +
            rules.length + ' usable rules, ' + invalid.length + ' invalid, ' + inactiveGroups + ' with a group that is not active; routing snapshot ' +
            (snapshot.tooLarge !== '' ? 'not kept (too large)' : snapshot.chars + ' characters' + (snapshot.written ? ' (rebuilt)' : '')) + '.',
    )
    return { workloadCiLookup: state, rules: rules.length, invalid: invalid.length, inactiveGroups, snapshotChars: snapshot.chars }
}
