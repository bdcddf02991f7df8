// The Scripted REST resource GET /api/x_rhacs_snow/rhacs/health: the integration health document
// (health-report.ts) for the app admin and analysts (its own REST_Endpoint ACL). Read-only.

import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { GlidePlatform } from './glide-platform.ts'
import { buildHealth } from './health-report.ts'
import { cleanLine } from './text-hygiene.ts'

/** The response boundary: every string in the document is one clean line, however deep. */
export function cleanDeep(value: unknown): unknown {
    if (typeof value === 'string') return cleanLine(value, 1000)
    if (Array.isArray(value)) return value.map(cleanDeep)
    if (value !== null && typeof value === 'object') {
        const out: { [key: string]: unknown } = {}
        const source = value as { [key: string]: unknown }
        for (const key of Object.keys(source)) out[key] = cleanDeep(source[key])
        return out
    }
    return value
}

export function processHealth(_request: RESTAPIRequest, response: RESTAPIResponse): void {
    const doc = buildHealth(new GlidePlatform())
    response.setContentType('application/json')
    // Figures of this moment: no proxy or browser may answer a later request with them.
    response.setHeader('Cache-Control', 'no-store')
    response.setStatus(200)
    response.setBody(cleanDeep(doc) as never)
}
