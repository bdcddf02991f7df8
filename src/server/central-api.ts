// What the app asks RHACS Central and how it reads the answers, as pure functions: the request
// for "what state are these alerts in", the request to resolve one, and a strict reader of each
// answer. Facts from the StackRox source (docs/incident-lifecycle.md, "Central API"): ListAlerts
// returns only ACTIVE and ATTEMPTED alerts unless the query names `Violation State` (spelled
// exactly so); a value that is not a UUID in `Alert ID` fails the whole call with a 500, so only
// UUIDs are ever asked; an unknown id is simply absent from the answer.

import { cleanLine } from './text-hygiene.ts'

/** What the edge sends: method, path under the Central URL, the encoded query string, the body. */
export interface CentralRequest {
    method: 'GET' | 'PATCH'
    path: string
    query: string
    body: string
}

/** What came back: HTTP status (0 when no answer arrived), body, and the transport's error text. */
export interface CentralResponse {
    status: number
    body: string
    error: string
}

/** Sends one request; never throws (the edge turns exceptions into status 0). */
export type CentralTransport = (request: CentralRequest) => CentralResponse

export type FaultKind = 'unreachable' | 'unauthorized' | 'forbidden' | 'not_found' | 'rate_limited' | 'server' | 'bad_request' | 'malformed'

/** A call that did not give a usable answer: what happened and what the admin should do. */
export interface CentralFault {
    kind: FaultKind
    status: number
    /** One line for the run row, the warning and work notes: no token, no payload. */
    message: string
}

/** The ids per ListAlerts call: about 4 KB of URL, under common proxies' 8 KB request line. */
export const IDS_PER_CALL = 100

/** Largest answer read; 100 alerts in ListAlert form are far smaller. */
export const MAX_ANSWER_CHARS = 2000000

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Only UUIDs may be asked: anything else in `Alert ID` makes Central fail the whole batch. */
export function isCentralAlertId(id: string): boolean {
    return UUID.test(id)
}

/** States as Central names them (storage.ViolationState). */
export type RhacsState = 'ACTIVE' | 'ATTEMPTED' | 'RESOLVED'

export interface ListedAlert {
    state: RhacsState
    lifecycleStage: string
    /** The latest violation time Central reports (RFC 3339), '' when absent. */
    time: string
}

/**
 * GET /v1/alerts for these ids in every state. `+` joins the query's pairs and must reach Central
 * encoded (%2B): the gateway decodes a literal '+' as a space.
 */
export function listAlertsRequest(ids: string[]): CentralRequest {
    const q = 'Alert ID:' + ids.join(',') + '+Violation State:ACTIVE,ATTEMPTED,RESOLVED'
    return { method: 'GET', path: '/v1/alerts', query: 'query=' + encodeURIComponent(q) + '&pagination.limit=' + ids.length, body: '' }
}

/** PATCH /v1/alerts/{id}/resolve; Central changes only RUNTIME or ATTEMPTED alerts. */
export function resolveAlertRequest(id: string, addToBaseline: boolean): CentralRequest {
    return { method: 'PATCH', path: '/v1/alerts/' + encodeURIComponent(id) + '/resolve', query: '', body: JSON.stringify({ addToBaseline }) }
}

const WHAT_TO_DO: { [kind in FaultKind]: string } = {
    unreachable: 'check x_rhacs_snow.central_url, that the instance can reach Central over the internet, and that Central presents a publicly trusted certificate',
    unauthorized: 'the API token in the rhacs_central credential is missing, expired or revoked: make a new one in RHACS',
    forbidden: "the API token's role lacks the permission: Alert read (reconcile) or Alert write (resolve)",
    not_found: 'Central does not know it (resolved and pruned, or outside the token\'s access scope)',
    rate_limited: 'Central is rate limiting: the next run retries',
    server: 'Central failed: the next run retries; see Central\'s logs if it persists',
    bad_request: 'Central refused the request: report it with the run row',
    malformed: 'Central answered something that is not its alerts API: check x_rhacs_snow.central_url',
}

/** The fault for a status that is not a success (or an answer that could not be read). */
export function faultOf(response: CentralResponse, kind?: FaultKind): CentralFault {
    const status = response.status
    const k: FaultKind =
        kind ??
        (status === 0
            ? 'unreachable'
            : status === 401
              ? 'unauthorized'
              : status === 403
                ? 'forbidden'
                : status === 404
                  ? 'not_found'
                  : status === 429
                    ? 'rate_limited'
                    : status >= 500
                      ? 'server'
                      : status >= 400
                        ? 'bad_request'
                        : 'malformed')
    // Central's own message helps (e.g. "not authorized: \"view\" for \"Alert\""); it names no secret.
    let said = ''
    if (status !== 0 && response.body.length <= 10000) {
        try {
            const parsed: unknown = JSON.parse(response.body)
            if (parsed !== null && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string') said = (parsed as { message: string }).message
        } catch (_e) {
            said = ''
        }
    }
    if (status === 0) said = response.error
    const head = status === 0 ? 'no answer' : 'HTTP ' + status
    return { kind: k, status, message: cleanLine(head + (said ? ' (' + said.slice(0, 300) + ')' : '') + ': ' + WHAT_TO_DO[k], 600) }
}

/**
 * Reads a ListAlerts answer. Only ids that were asked count (an answer about other alerts is
 * ignored, never acted on); an asked id absent from a valid answer is one Central no longer knows.
 */
export function readListAlerts(response: CentralResponse, asked: string[]): { ok: true; found: { [id: string]: ListedAlert } } | { ok: false; fault: CentralFault } {
    if (response.status !== 200) return { ok: false, fault: faultOf(response) }
    if (response.body.length > MAX_ANSWER_CHARS) return { ok: false, fault: faultOf(response, 'malformed') }
    let parsed: unknown
    try {
        parsed = JSON.parse(response.body)
    } catch (_e) {
        return { ok: false, fault: faultOf(response, 'malformed') }
    }
    const alerts = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { alerts?: unknown }).alerts : undefined
    if (!Array.isArray(alerts)) return { ok: false, fault: faultOf(response, 'malformed') }
    const wanted: { [id: string]: true } = Object.create(null)
    for (const id of asked) wanted[id.toLowerCase()] = true
    const found: { [id: string]: ListedAlert } = Object.create(null)
    for (const a of alerts) {
        if (a === null || typeof a !== 'object') return { ok: false, fault: faultOf(response, 'malformed') }
        const o = a as { id?: unknown; state?: unknown; lifecycleStage?: unknown; time?: unknown }
        if (typeof o.id !== 'string') return { ok: false, fault: faultOf(response, 'malformed') }
        const id = o.id.toLowerCase()
        if (wanted[id] !== true) continue
        // The API emits unpopulated fields, but a missing state is read as its zero value, ACTIVE.
        const state = o.state === undefined ? 'ACTIVE' : o.state
        if (state !== 'ACTIVE' && state !== 'ATTEMPTED' && state !== 'RESOLVED') return { ok: false, fault: faultOf(response, 'malformed') }
        found[id] = {
            state,
            lifecycleStage: typeof o.lifecycleStage === 'string' ? o.lifecycleStage : 'DEPLOY',
            time: typeof o.time === 'string' ? o.time : '',
        }
    }
    return { ok: true, found }
}
