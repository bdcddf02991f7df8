// Scheduled job entry (daily): checks again whether the instance has the Kubernetes workload CMDB
// class (a plugin may have been installed since), records a change in the property the handler
// reads, and warns about routing rules that would be skipped, or whose group is not active, so an
// admin learns of them without waiting for an alert. Runs as the system user.

import { PROPERTY, readConfig } from './app-properties.ts'
import { GlidePlatform } from './glide-platform.ts'
import { compileRules } from './routing-rules.ts'

export interface RoutingCheck {
    workloadCiLookup: string
    rules: number
    invalid: number
    inactiveGroups: number
}

export function runRoutingCheck(): RoutingCheck {
    const platform = new GlidePlatform()
    const { config } = readConfig((name) => platform.readProperty(name))
    const state = platform.workloadCiTableUsable() ? 'available' : 'missing'
    // The property is written only on a change: every write flushes the instance's property cache.
    if (state !== config.workloadCiLookup) platform.writeProperty(PROPERTY.workloadCiLookup, state)
    const { rules, invalid } = compileRules(platform.readRoutingRules())
    for (const r of invalid) platform.warn('RHACS routing check: rule "' + r.name + '" is skipped: ' + r.reason + '.')
    // The handler trusts a rule's group reference (no query per delivery): inactive or deleted groups are found here.
    let inactiveGroups = 0
    for (const rule of rules) {
        const group = rule.actions.assignment_group
        if (group === '' || platform.findActiveGroups(group).length === 1) continue
        inactiveGroups += 1
        platform.warn('RHACS routing check: rule "' + rule.name + '" assigns to group ' + group + ', which is not an active group.')
    }
    platform.info(
        'RHACS routing check: workload CI lookup ' + state + (state !== config.workloadCiLookup ? ' (was ' + config.workloadCiLookup + ')' : '') + '; ' +
            rules.length + ' usable rules, ' + invalid.length + ' invalid, ' + inactiveGroups + ' with a group that is not active.',
    )
    return { workloadCiLookup: state, rules: rules.length, invalid: invalid.length, inactiveGroups }
}
