// Decides, for one open Incident, what Central's answer means: resolve it (every alert behind it
// is resolved or gone), note the part that resolved (first time only), or leave it. Pure: the
// reconcile job (reconcile-job.ts) supplies the rows and the answers and applies the decision.

import type { ListedAlert } from './central-api.ts'
import { reconcilePartNote, reconcileResolvedNote } from './lifecycle-notes.ts'
import type { AlertRow, AlertState } from './lifecycle-port.ts'

/** Central's answer for one asked id; absent from the map: not asked in this run. */
export type Answer = { kind: 'listed'; alert: ListedAlert } | { kind: 'gone' }

export interface IncidentPlan {
    action: 'resolve' | 'note' | 'none'
    note: string
    /** Alert rows whose state changes, grouped by their new state. */
    changes: Array<{ state: AlertState; rowSysIds: string[] }>
}

const DONE: AlertState[] = ['resolved', 'gone']

function stateOf(answer: Answer, before: AlertState): AlertState {
    // One answer without the id is not proof: a proxy, another Central or a token's scope can
    // leave it out. Gone only when a later run's answer leaves it out again.
    if (answer.kind === 'gone') return before === 'missing' ? 'gone' : 'missing'
    return answer.alert.state === 'RESOLVED' ? 'resolved' : answer.alert.state === 'ATTEMPTED' ? 'attempted' : 'active'
}

/** The ids of these rows that may be asked this run (not yet done, and Central ids). */
export function idsToAsk(rows: AlertRow[]): string[] {
    const out: string[] = []
    for (const r of rows) {
        if (r.rhacsState === 'unqueryable' || DONE.indexOf(r.rhacsState) >= 0) continue
        const id = r.alertId.toLowerCase()
        if (out.indexOf(id) < 0) out.push(id)
    }
    return out
}

export function planIncident(rows: AlertRow[], answers: { [id: string]: Answer }, checkedAt: string): IncidentPlan {
    const now: Array<{ row: AlertRow; state: AlertState }> = []
    const changes: { [state: string]: string[] } = Object.create(null)
    let unanswered = 0
    for (const row of rows) {
        let state = row.rhacsState
        if (state !== 'unqueryable' && DONE.indexOf(state) < 0) {
            const answer = answers[row.alertId.toLowerCase()]
            if (answer === undefined) unanswered++
            else state = stateOf(answer, row.rhacsState)
        }
        if (state !== row.rhacsState) (changes[state] = changes[state] ?? []).push(row.sysId)
        now.push({ row, state })
    }
    const grouped = Object.keys(changes).map((s) => ({ state: s as AlertState, rowSysIds: changes[s] }))
    const none: IncidentPlan = { action: 'none', note: '', changes: grouped }
    if (rows.length === 0 || unanswered > 0) return none
    const done = now.filter((x) => DONE.indexOf(x.state) >= 0)
    const newlyDone = done.filter((x) => DONE.indexOf(x.row.rhacsState) < 0)
    // Resolve only on news from this run: an Incident whose alerts were all done before (an
    // analyst reopened it after RHACS resolved them) stays as the analyst left it.
    if (newlyDone.length === 0) return none
    if (done.length === now.length) {
        // One line per distinct alert id (a workload Incident can hold a row per id only once, but be safe).
        return { action: 'resolve', note: reconcileResolvedNote(distinct(now), checkedAt), changes: grouped }
    }
    const open = now.filter((x) => DONE.indexOf(x.state) < 0)
    return { action: 'note', note: reconcilePartNote(distinct(newlyDone), distinct(open), checkedAt), changes: grouped }
}

function distinct(items: Array<{ row: AlertRow; state: AlertState }>): Array<{ row: AlertRow; state: AlertState }> {
    const seen: { [id: string]: true } = Object.create(null)
    const out: Array<{ row: AlertRow; state: AlertState }> = []
    for (const x of items) {
        const id = x.row.alertId.toLowerCase()
        if (seen[id] === true) continue
        seen[id] = true
        out.push(x)
    }
    return out
}
