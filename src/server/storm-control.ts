// Storm control: a burst of new problems for one policy (or overall) becomes one storm
// Incident per policy instead of hundreds. Pure decision; counts come from the deliveries
// table (one aggregate query), so the budget holds across nodes and transactions.

import type { CreatedCounts } from './platform-port.ts'

export interface StormBudget {
    policyBudget: number
    globalBudget: number
}

export type StormDecision = 'create' | 'storm' | 'recover'

/**
 * - No storm active for the policy: create unless the policy or the whole app is at budget.
 * - A storm active: keep absorbing until a whole window passes in which the policy's new
 *   problems (created + absorbed) stay under budget; then `recover` (create, and close the storm).
 */
export function decideStorm(counts: CreatedCounts, stormActive: boolean, budget: StormBudget): StormDecision {
    const globalFull = counts.totalCreated >= budget.globalBudget
    if (stormActive) {
        const underBudget = counts.policyCreated + counts.policyStorm < budget.policyBudget && !globalFull
        return underBudget ? 'recover' : 'storm'
    }
    return counts.policyCreated >= budget.policyBudget || globalFull ? 'storm' : 'create'
}

/** At most one storm work note per minute per storm Incident. */
export const STORM_NOTE_INTERVAL_MS = 60000
