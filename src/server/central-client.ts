// The thin edge to RHACS Central: the API token from the rhacs_central credential alias
// (sn_cc.StandardCredentialsProvider), the URL from x_rhacs_snow.central_url, and one HTTPS call
// per request with sn_ws.RESTMessageV2. Never throws and never logs the token: the request log
// level is 'basic' (elevated outbound logging records request headers).

import { StandardCredentialsProvider } from '@servicenow/glide/sn_cc'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import type { CentralRequest, CentralResponse, CentralTransport } from './central-api.ts'
import { cleanLine } from './text-hygiene.ts'

/** sys_id of the rhacs_central credential alias (src/fluent/lifecycle/central-credential.now.ts). */
export const CENTRAL_ALIAS_SYS_ID = '625e593dfac44fd69ec1c5607ad36f29'

/** Per call; a reconcile run makes at most x_rhacs_snow.lifecycle.reconcile_max_calls of them. */
export const CENTRAL_TIMEOUT_MS = 10000

export interface CentralConnection {
    transport: CentralTransport | null
    /** Why there is no transport, for notes and the run row: names no secret. */
    reason: string
}

function readToken(): { token: string; reason: string } {
    try {
        const credential = new StandardCredentialsProvider().getCredentialByAliasID(CENTRAL_ALIAS_SYS_ID)
        if (credential === null || credential === undefined) return { token: '', reason: 'the rhacs_central credential alias has no credential' }
        const token = credential.getAttribute('api_key')
        if (token === null || token === undefined || String(token) === '') return { token: '', reason: 'the rhacs_central credential has an empty API key' }
        return { token: String(token), reason: '' }
    } catch (e) {
        return { token: '', reason: 'the rhacs_central credential could not be read (' + cleanLine(String((e as Error)?.message ?? e), 200) + ')' }
    }
}

/** The transport for this Central URL, or null with the reason when nothing is configured. */
export function centralConnection(centralUrl: string): CentralConnection {
    if (centralUrl === '') return { transport: null, reason: 'x_rhacs_snow.central_url is empty' }
    if (!/^https:\/\//.test(centralUrl)) return { transport: null, reason: 'x_rhacs_snow.central_url is not https: the token is never sent in clear' }
    const { token, reason } = readToken()
    if (token === '') return { transport: null, reason }
    const base = centralUrl.replace(/\/+$/, '')
    const transport = (request: CentralRequest): CentralResponse => {
        try {
            const rm = new RESTMessageV2()
            rm.setHttpMethod(request.method.toLowerCase())
            rm.setEndpoint(base + request.path + (request.query !== '' ? '?' + request.query : ''))
            rm.setRequestHeader('Authorization', 'Bearer ' + token)
            rm.setRequestHeader('Accept', 'application/json')
            if (request.body !== '') {
                rm.setRequestHeader('Content-Type', 'application/json')
                rm.setRequestBody(request.body)
            }
            rm.setHttpTimeout(CENTRAL_TIMEOUT_MS)
            rm.setLogLevel('basic')
            const response = rm.execute()
            const status = Number(response.getStatusCode()) || 0
            const body = response.getBody()
            return {
                status,
                body: body === null || body === undefined ? '' : String(body),
                error: status === 0 ? cleanLine(String(response.getErrorMessage() || 'no answer'), 300) : '',
            }
        } catch (e) {
            // execute() throws when the connection fails or times out.
            return { status: 0, body: '', error: cleanLine(String((e as Error)?.message ?? e), 300) }
        }
    }
    return { transport, reason: '' }
}
