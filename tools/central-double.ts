// A double of RHACS Central's alerts API for the tests, the preview and the benchmarks. It
// answers exactly the documented shapes and query semantics (docs/incident-lifecycle.md,
// "Central API", from the StackRox source): ListAlerts with `Alert ID` / `Violation State`
// queries (`+` between pairs, `,` between values; the gateway reads a literal '+' as a space),
// only ACTIVE and ATTEMPTED unless the query names `Violation State` exactly, a non-UUID alert id
// failing the whole call with 500, pagination (no limit: 1000; limit 0: all); ResolveAlert
// changing only RUNTIME or ATTEMPTED alerts, 404 for an unknown id, 403 for a read-only token;
// 401 without the token. Every call is recorded.

import type { OutboundHandler, OutboundRequest } from './glide-fake/index'

export interface CentralAlert {
    id: string
    state: 'ACTIVE' | 'ATTEMPTED' | 'RESOLVED'
    lifecycleStage: 'DEPLOY' | 'BUILD' | 'RUNTIME'
    resolvedAt?: string | null
    time?: string
    policy?: { id?: string; name?: string; severity?: string }
}

/** central.json for the preview: {"alerts": [...], "failure": null | {"status": 503}}. */
export interface CentralConfig {
    alerts: CentralAlert[]
    /** Every call answers this status (0: no answer at all, the connection fails). */
    failure: null | { status: number }
    /** The token's role: "read" answers 403 to ResolveAlert. Default "write". */
    token_access?: 'read' | 'write'
    /** An answer that is not Central's (e.g. a login page): every 200 body is this text. */
    garbage_body?: string
}

export interface CentralCall {
    method: string
    path: string
    query: string
    body: string
    status: number
}

export const DOUBLE_TOKEN = 'rhacs-api-token-for-tests'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Form decoding, as the gateway does it: '+' is a space, then percent-decoding. */
function formDecode(s: string): string {
    return decodeURIComponent(s.replace(/\+/g, ' '))
}

function error(status: number, code: number, message: string) {
    return { status, body: JSON.stringify({ code, message, details: [], error: message }) }
}

export class CentralDouble {
    calls: CentralCall[] = []
    private alerts: Map<string, CentralAlert>

    constructor(private config: CentralConfig) {
        this.alerts = new Map(config.alerts.map((a) => [a.id.toLowerCase(), { ...a }]))
    }

    /** The alert as Central holds it now (after resolves). */
    alert(id: string): CentralAlert | undefined {
        return this.alerts.get(id.toLowerCase())
    }

    readonly handler: OutboundHandler = (request: OutboundRequest) => {
        const url = new URL(request.url)
        const call: CentralCall = { method: request.method, path: url.pathname, query: url.search.replace(/^\?/, ''), body: request.body, status: 0 }
        this.calls.push(call)
        if (this.config.failure !== null && this.config.failure.status === 0) throw new Error('java.net.ConnectException: Connection refused')
        const answer = this.answer(request, url)
        call.status = answer.status
        return answer
    }

    private answer(request: OutboundRequest, url: URL): { status: number; body: string } {
        if (this.config.failure !== null) return error(this.config.failure.status, 14, 'unavailable')
        if (request.headers['Authorization'] !== 'Bearer ' + DOUBLE_TOKEN) return error(401, 16, 'credentials not found: token validation failed')
        const resolve = /^\/v1\/alerts\/([^/]+)\/resolve$/.exec(url.pathname)
        if (request.method === 'GET' && url.pathname === '/v1/alerts') return this.list(url)
        if (request.method === 'PATCH' && resolve !== null) return this.resolve(decodeURIComponent(resolve[1]), request.body)
        return error(404, 5, 'Not Found')
    }

    private list(url: URL): { status: number; body: string } {
        const params: { [k: string]: string } = {}
        for (const part of url.search.replace(/^\?/, '').split('&')) {
            if (part === '') continue
            const eq = part.indexOf('=')
            params[formDecode(eq < 0 ? part : part.slice(0, eq))] = formDecode(eq < 0 ? '' : part.slice(eq + 1))
        }
        const query = params['query'] ?? ''
        // Pairs split on '+', values on ','; labels are checked case-insensitively, but only the
        // exact `Violation State` spelling counts as naming the state.
        const fields: { [label: string]: string[] } = {}
        let stateNamed = false
        for (const pair of query.split('+')) {
            const colon = pair.indexOf(':')
            if (colon < 0) continue
            const label = pair.slice(0, colon)
            const lower = label.toLowerCase()
            if (lower !== 'alert id' && lower !== 'violation state' && lower !== 'lifecycle stage') continue
            if (label === 'Violation State') stateNamed = true
            fields[lower] = pair.slice(colon + 1).split(',')
        }
        if (query !== '' && Object.keys(fields).length === 0) return error(500, 13, 'parser not configured to handle empty queries')
        const ids = fields['alert id']
        if (ids !== undefined) for (const id of ids) if (!UUID.test(id)) return error(500, 13, 'value "' + id + '" in search query must be valid UUID')
        const states = stateNamed ? fields['violation state'] : ['ACTIVE', 'ATTEMPTED']
        // A state filter with a label that is not the exact spelling is ANDed with the default: nothing matches.
        const nothingMatches = fields['violation state'] !== undefined && !stateNamed
        // With Alert ID, only those alerts are candidates (the fake must not be what a benchmark measures).
        const candidates = ids !== undefined ? [...new Set(ids.map((x) => x.toLowerCase()))].map((id) => this.alerts.get(id)).filter((a): a is CentralAlert => a !== undefined) : [...this.alerts.values()]
        let out = candidates.filter((a) => {
            if (nothingMatches) return false
            if (states.map((s) => s.toUpperCase()).indexOf(a.state) < 0) return false
            if (fields['lifecycle stage'] !== undefined && fields['lifecycle stage'].map((s) => s.toUpperCase()).indexOf(a.lifecycleStage) < 0) return false
            return true
        })
        out.sort((a, b) => ((b.time ?? '') < (a.time ?? '') ? -1 : (b.time ?? '') > (a.time ?? '') ? 1 : 0))
        const offset = Number(params['pagination.offset'] ?? '0') || 0
        const limitText = params['pagination.limit']
        const limit = limitText === undefined ? (params['pagination.offset'] === undefined ? 1000 : 0) : Number(limitText) || 0
        out = out.slice(offset, limit === 0 ? undefined : offset + limit)
        if (this.config.garbage_body !== undefined) return { status: 200, body: this.config.garbage_body }
        return { status: 200, body: JSON.stringify({ alerts: out.map((a) => this.listAlert(a)) }) }
    }

    /** ListAlert as the gateway writes it: every field, unpopulated ones included. */
    private listAlert(a: CentralAlert) {
        return {
            id: a.id,
            lifecycleStage: a.lifecycleStage,
            time: a.time ?? '2026-02-12T15:29:47.901223145Z',
            policy: { id: a.policy?.id ?? '', name: a.policy?.name ?? '', severity: a.policy?.severity ?? 'UNSET_SEVERITY', description: '', categories: [], developerInternalFields: null },
            state: a.state,
            enforcementCount: 0,
            enforcementAction: 'UNSET_ENFORCEMENT',
            commonEntityInfo: { clusterName: 'local-cluster', namespace: 'gibson', clusterId: '', namespaceId: '', resourceType: 'DEPLOYMENT' },
            deployment: { id: '', name: 'gibson-deployment', clusterName: 'local-cluster', namespace: 'gibson', clusterId: '', inactive: false, namespaceId: '', deploymentType: 'Deployment' },
        }
    }

    private resolve(id: string, body: string): { status: number; body: string } {
        const alert = this.alerts.get(id.toLowerCase())
        if (!UUID.test(id)) return error(500, 13, 'Database operation failed')
        if (alert === undefined) return error(404, 5, "alert with id '" + id + "' does not exist: not found")
        if (this.config.token_access === 'read') return error(403, 7, 'not authorized: "modify" for "Alert"')
        try {
            if (body !== '') JSON.parse(body)
        } catch (_e) {
            return error(400, 3, 'invalid request body')
        }
        if (alert.state === 'ATTEMPTED' || alert.lifecycleStage === 'RUNTIME') alert.state = 'RESOLVED'
        return { status: 200, body: '{}' }
    }
}
