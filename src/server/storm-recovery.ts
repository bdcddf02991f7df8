// The end of a storm: the storm Incident gets its final note and stops absorbing. It happens when
// the policy's next new problem finds the policy back under budget (delivery-handler), or, when
// no such alert comes, at the next storm sweep (a scheduled job every 5 minutes).

import { readConfig } from './app-properties.ts'
import { workNote } from './incident-description.ts'
import { CLOSED_STATES, INCIDENT_COLUMN, type IncidentRow, type Platform } from './platform-port.ts'
import { toGlideDateTime } from './rhacs-time.ts'
import { decideStorm } from './storm-control.ts'

export function finishStorm(platform: Platform, received: string, key: string, storm: IncidentRow): void {
    const summary = platform.summarizeStorm(storm.sysId)
    platform.updateIncident(storm.sysId, {
        work_notes: workNote(
            [
                'Storm control ended at ' + received + ' UTC: the policy stayed under budget for a whole window. This storm Incident absorbed ' +
                    summary.alerts + (summary.alerts === 1 ? ' alert' : ' alerts') + ' of ' + summary.workloads + (summary.workloads === 1 ? ' problem' : ' problems') +
                    ' (workloads, in the default dedup mode); each is a row of the RHACS deliveries related list (RHACS triage view). New problems of this policy get their own Incidents again.',
            ],
            [],
            [],
        ),
        [INCIDENT_COLUMN.stormState]: 'ended',
    })
    platform.updateProblem(key, { storm_state: 'ended' })
}

/** Ends every active storm whose policy stayed under budget for the last whole window. */
export function sweepStorms(platform: Platform): number {
    const { config, warnings } = readConfig((name) => platform.readProperty(name))
    for (const w of warnings) platform.warn(w)
    const nowMs = platform.nowMs()
    const windowStart = toGlideDateTime(nowMs - config.stormWindowMinutes * 60000)
    const budget = { policyBudget: config.stormPolicyBudget, globalBudget: config.stormGlobalBudget }
    let ended = 0
    for (const { key, storm, policyId } of platform.findActiveStorms()) {
        if (storm === null || CLOSED_STATES.indexOf(storm.state) >= 0) {
            // Closed by an analyst (or gone): the storm is over, whatever the budget says; a new
            // storm for the policy gets an Incident of its own.
            platform.updateProblem(key, { storm_state: 'ended' })
            continue
        }
        const counts = platform.countCreatedSince(windowStart, policyId)
        if (decideStorm(counts, true, budget) === 'recover') {
            finishStorm(platform, toGlideDateTime(nowMs), key, storm)
            ended++
        }
    }
    return ended
}
