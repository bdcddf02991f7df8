// The Scripted REST resource POST /api/x_rhacs_snow/rhacs/alert. Reads the raw body (never
// request.body.data, which throws on invalid JSON), runs the handler, writes a JSON answer.

import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { handleDelivery } from './delivery-handler.ts'
import { GlidePlatform } from './glide-platform.ts'
import { cleanLine } from './text-hygiene.ts'

function rawBodyOf(request: RESTAPIRequest): string {
    try {
        const text = request.body ? request.body.dataString : ''
        return text === null || text === undefined ? '' : String(text)
    } catch (e) {
        return ''
    }
}

/** The response boundary: every string an answer carries is one clean line. */
export function cleanBody(body: { [key: string]: unknown }): { [key: string]: unknown } {
    const out: { [key: string]: unknown } = {}
    for (const key of Object.keys(body)) {
        const value = body[key]
        out[key] = typeof value === 'string' ? cleanLine(value, 1000) : value
    }
    return out
}

export function processAlert(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const result = handleDelivery(rawBodyOf(request), new GlidePlatform())
    response.setContentType('application/json')
    response.setStatus(result.status)
    response.setBody(cleanBody(result.body) as never)
}
