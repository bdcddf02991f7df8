// The Scripted REST resource POST /api/x_rhacs_snow/rhacs/alert. Reads the raw body (never
// request.body.data, which throws on invalid JSON), runs the handler, writes a JSON answer.

import type { RESTAPIRequest, RESTAPIResponse } from '@servicenow/glide/sn_ws_int'
import { handleDelivery } from './delivery-handler.ts'
import { GlidePlatform } from './glide-platform.ts'

function rawBodyOf(request: RESTAPIRequest): string {
    try {
        const text = request.body ? request.body.dataString : ''
        return text === null || text === undefined ? '' : String(text)
    } catch (e) {
        return ''
    }
}

export function processAlert(request: RESTAPIRequest, response: RESTAPIResponse): void {
    const result = handleDelivery(rawBodyOf(request), new GlidePlatform())
    response.setContentType('application/json')
    response.setStatus(result.status)
    response.setBody(result.body as never)
}
