import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { onIncidentReopened } from '../../server/lifecycle-entries'

/**
 * Someone reopened an RHACS Incident the integration had ended (reconcile, quiet ageing) or
 * already resolved in RHACS: clear "RHACS resolved by", before the update is written, so the
 * next resolution is handled as a new one (resolve in RHACS runs again; a later Incident names
 * who ended this one). The handler's own reopen clears it too (alert-flow.ts).
 */
export const reopenRule = BusinessRule({
    $id: Now.ID['br-rhacs-reopened'],
    name: 'RHACS reopened: clear resolved by',
    table: 'incident',
    when: 'before',
    action: ['update'],
    active: true,
    order: 100,
    filterCondition: 'stateCHANGES^stateNOT IN6,7,8^x_rhacs_snow_resolved_byISNOTEMPTY',
    script: onIncidentReopened,
})
