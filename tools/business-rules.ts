// The app's business rules on the fake instance. The fake has no rule engine: this file registers
// each rule the app ships with the condition string the build ships (test/lifecycle.test.ts
// checks it equals the built sys_script's filter_condition) and a small evaluator of the encoded
// query operators those conditions use (CHANGESTO, ISEMPTY, =, with ^ and ^OR).

import { onIncidentReopened, onIncidentResolved } from '../src/server/lifecycle-entries'
import { onRoutingTableChanged } from '../src/server/routing-check-job'
import { fakeInstance, type Row } from './glide-fake/index'
import type { AfterAction } from './glide-fake/instance'

/** src/fluent/lifecycle/resolve-in-rhacs-rule.now.ts filterCondition. */
export const RESOLVE_IN_RHACS_CONDITION = 'stateCHANGESTO6^ORstateCHANGESTO7^x_rhacs_snow_resolved_byISEMPTY^correlation_display=RHACS'

/** src/fluent/lifecycle/reopen-rule.now.ts filterCondition. */
export const REOPENED_CONDITION = 'stateCHANGES^stateNOT IN6,7,8^x_rhacs_snow_resolved_byISNOTEMPTY'

/** src/fluent/routing/routing-snapshot-rules.now.ts: after rules, no condition, on these tables and actions. */
export const ROUTING_SNAPSHOT_RULES: Array<{ table: string; actions: AfterAction[] }> = [
    { table: 'x_rhacs_snow_routing_rule', actions: ['insert', 'update', 'delete'] },
    { table: 'x_rhacs_snow_cluster_ci', actions: ['insert', 'update', 'delete'] },
]

function term(t: string, before: Row, after: Row): boolean {
    let m = /^([a-z0-9_]+)CHANGESTO(.*)$/.exec(t)
    if (m) return (before[m[1]] ?? '') !== m[2] && (after[m[1]] ?? '') === m[2]
    m = /^([a-z0-9_]+)CHANGES$/.exec(t)
    if (m) return (before[m[1]] ?? '') !== (after[m[1]] ?? '')
    m = /^([a-z0-9_]+)ISNOTEMPTY$/.exec(t)
    if (m) return (after[m[1]] ?? '') !== ''
    m = /^([a-z0-9_]+)ISEMPTY$/.exec(t)
    if (m) return (after[m[1]] ?? '') === ''
    m = /^([a-z0-9_]+)NOT IN(.*)$/.exec(t)
    if (m) return m[2].split(',').indexOf(after[m[1]] ?? '') < 0
    m = /^([a-z0-9_]+)=(.*)$/.exec(t)
    if (m) return (after[m[1]] ?? '') === m[2]
    throw new Error('business-rules: unsupported condition term ' + t)
}

/** An encoded query: AND of groups, each an OR of terms (^OR binds to the term before it). */
export function conditionHolds(condition: string, before: Row, after: Row): boolean {
    return condition.split('^').reduce<boolean[][]>((groups, part) => {
        if (part.startsWith('OR')) groups[groups.length - 1].push(term(part.slice(2), before, after))
        else groups.push([term(part, before, after)])
        return groups
    }, []).every((g) => g.some((x) => x))
}

export function installBusinessRules(): void {
    fakeInstance.beforeRules.push({
        table: 'incident',
        when: (before, after) => conditionHolds(REOPENED_CONDITION, before, after),
        change: (after) => {
            const values: { [column: string]: string } = {}
            onIncidentReopened({ setValue: (column: string, value: string) => (values[column] = value) }, null)
            void after
            return values
        },
    })
    fakeInstance.asyncRules.push({
        table: 'incident',
        when: (before, after) => conditionHolds(RESOLVE_IN_RHACS_CONDITION, before, after),
        run: (sysId) => onIncidentResolved({ getUniqueValue: () => sysId }, null),
    })
    for (const rule of ROUTING_SNAPSHOT_RULES) {
        fakeInstance.afterRules.push({ table: rule.table, actions: rule.actions, run: (_action, row) => onRoutingTableChanged({ getUniqueValue: () => row.sys_id }, null) })
    }
}
