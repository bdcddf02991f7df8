import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onIncidentResolved } from '../../server/lifecycle-entries'

/**
 * An analyst resolved or closed an RHACS Incident: resolve its alerts in RHACS (when
 * x_rhacs_snow.lifecycle.resolve_in_rhacs is on). Asynchronous, so the analyst's save never waits
 * for Central. The condition skips Incidents the integration resolved itself (resolved-by set by
 * reconcile or quiet ageing) and those already handled ('analyst' once this ran): no call back,
 * and no second call when a resolved Incident is later closed.
 */
export const resolveInRhacsRule = BusinessRule({
    $id: Now.ID['br-resolve-in-rhacs'],
    name: 'RHACS resolve alerts in Central',
    table: 'incident',
    when: 'async',
    action: ['update'],
    active: true,
    order: 100,
    priority: 100,
    filterCondition: 'stateCHANGESTO6^ORstateCHANGESTO7^x_rhacs_snow_resolved_byISEMPTY^correlation_display=RHACS',
    script: onIncidentResolved,
})
