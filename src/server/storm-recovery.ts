// The end of a storm: the storm Incident gets its final note and stops absorbing. It happens when
// the policy's next new problem finds the policy back under budget (delivery-handler), or, when
// no such alert comes, at the next storm sweep (a scheduled job every 5 minutes).

import { readConfig } from './app-properties'
import { boundedWorkNote } from './incident-description'
import { INCIDENT_COLUMN, type IncidentRow, type Platform } from './platform-port'
import { toGlideDateTime } from './rhacs-time'
import { decideStorm } from './storm-control'

export function finishStorm(platform: Platform, received: string, storm: IncidentRow): void {
    const summary = platform.summarizeStorm(storm.sysId)
    platform.updateIncident(storm.sysId, {
        work_notes: boundedWorkNote(
            'Storm control ended at ' + received + ' UTC: the policy stayed under budget for a whole window. This storm Incident absorbed ' +
                summary.alerts + (summary.alerts === 1 ? ' alert' : ' alerts') + ' on ' + summary.workloads + (summary.workloads === 1 ? ' workload' : ' workloads') +
                '; each is a row of the RHACS deliveries related list (RHACS triage view). New problems of this policy get their own Incidents again.',
        ),
        [INCIDENT_COLUMN.stormState]: 'ended',
    })
}

/** Ends every active storm whose policy stayed under budget for the last whole window. */
export function sweepStorms(platform: Platform): number {
    const { config, warnings } = readConfig((name) => platform.readProperty(name))
    for (const w of warnings) platform.warn(w)
    const nowMs = platform.nowMs()
    const windowStart = toGlideDateTime(nowMs - config.stormWindowMinutes * 60000)
    const budget = { policyBudget: config.stormPolicyBudget, globalBudget: config.stormGlobalBudget }
    let ended = 0
    for (const { storm, policyId } of platform.findActiveStorms()) {
        const counts = platform.countCreatedSince(windowStart, policyId)
        if (decideStorm(counts, true, budget) === 'recover') {
            finishStorm(platform, toGlideDateTime(nowMs), storm)
            ended++
        }
    }
    return ended
}
