// One POST from RHACS in, one HTTP answer out: reads the properties, classifies the body, hands an
// alert to the alert flow (alert-flow.ts) and the Test button to its own (test-button.ts), records
// every other delivery, and logs one line. Talks to the instance only through the Platform port.

import { readAlertFacts } from './alert-facts.ts'
import { handleAlert } from './alert-flow.ts'
import { readConfig } from './app-properties.ts'
import { baseRecord, recordDelivery, type Delivery, type IncidentResult } from './delivery-context.ts'
import { objectField, textField } from './json-reading.ts'
import type { Outcome, Platform } from './platform-port.ts'
import { classifyMessage } from './rhacs-message.ts'
import { toGlideDateTime } from './rhacs-time.ts'
import { handleTest } from './test-button.ts'
import { clip, cleanLine } from './text-hygiene.ts'
import { truncate } from './text-limits.ts'

export { ABANDONED_CLAIM_MS } from './incident-creation.ts'

export interface HandlerResponse {
    status: number
    body: { [key: string]: unknown }
}

function incidentBody(result: IncidentResult): { [key: string]: unknown } {
    if (result.status >= 500) return { error: 'unavailable', message: result.detail, outcome: result.outcome }
    const body: { [key: string]: unknown } = {
        sys_id: result.incident ? result.incident.sysId : '',
        number: result.incident ? result.incident.number : '',
        outcome: result.outcome,
        correlation_id: result.key,
    }
    return result.extra ? { ...body, ...result.extra } : body
}

/** An alert id as one log token: payload text must not be able to forge fields of the line. */
function logToken(alertId: string): string {
    // Cut first: an id can be 1 MB of payload.
    return alertId === '' ? '-' : truncate(alertId.slice(0, 101).replace(/[^A-Za-z0-9._:-]/g, '?'), 100, '…')
}

/** Best effort after an unexpected error: a failed row with the raw body, so nothing is lost. */
function recordFailure(platform: Platform, rawBody: string, nowMs: number, reason: string): void {
    try {
        const d: Delivery = { platform, config: readConfig(() => null).config, rawBody, nowMs, received: toGlideDateTime(nowMs) }
        recordDelivery(d, { ...baseRecord(d, 'invalid'), outcome: 'failed', http_status: 500, detail: truncate('Unexpected error: ' + reason, 1000) })
    } catch (e) {
        platform.error('RHACS delivery could not be recorded after the error: ' + cleanLine(String((e as Error)?.message ?? e), 200))
    }
}

/** Handles one delivery. Never throws: an unexpected error becomes a 500 JSON answer. */
export function handleDelivery(rawBody: string, platform: Platform): HandlerResponse {
    const started = platform.nowMs()
    let alertId = ''
    let outcome: Outcome | 'error' = 'error'
    let number = ''
    let response: HandlerResponse
    try {
        const { config, warnings } = readConfig((name) => platform.readProperty(name))
        for (const w of warnings) platform.warn(w)
        const d: Delivery = { platform, config, rawBody, nowMs: started, received: toGlideDateTime(started) }
        const message = classifyMessage(rawBody)
        if (config.debug) platform.debug('RHACS delivery received: kind=' + message.kind + ' chars=' + rawBody.length + ' body=' + truncate(rawBody, 2000))
        switch (message.kind) {
            case 'invalid': {
                recordDelivery(d, { ...baseRecord(d, 'invalid'), outcome: 'rejected', http_status: 400, detail: message.message })
                outcome = 'rejected'
                response = { status: 400, body: { error: message.error, message: message.message } }
                break
            }
            case 'audit':
            case 'networkpolicy': {
                recordDelivery(d, { ...baseRecord(d, message.kind), outcome: 'ignored', http_status: 202, detail: 'Not an alert: no Incident.' })
                outcome = 'ignored'
                response = { status: 202, body: { outcome: 'ignored', kind: message.kind, message: 'Received; ' + message.kind + ' messages do not create Incidents.' } }
                break
            }
            case 'test': {
                alertId = 'testalert'
                const result = handleTest(d, textField(objectField(message.alert, 'policy'), 'name'), message.extraFields)
                outcome = result.outcome
                number = result.incident ? result.incident.number : ''
                response = {
                    status: result.status,
                    body: result.status >= 500 ? incidentBody(result) : { acknowledged: true, message: 'RHACS integration test received.', ...incidentBody(result) },
                }
                break
            }
            case 'alert': {
                const facts = readAlertFacts(message.alert, (text: string) => platform.digest(text))
                alertId = facts.alertId
                if (config.debug) {
                    const v = (text: string) => clip(text, 200)
                    platform.debug('RHACS alert ' + v(facts.alertId) + ': policy=' + v(facts.policyName) + ' cluster=' + v(facts.clusterName) + ' namespace=' + v(facts.namespace) +
                        ' entity=' + v(facts.entity.display) + ' user=' + v(facts.user) + ' command=' + v(facts.command) + ' violations=' + facts.violationCount)
                }
                const result = handleAlert(d, facts, message.extraFields)
                outcome = result.outcome
                number = result.incident ? result.incident.number : ''
                response = { status: result.status, body: incidentBody(result) }
                break
            }
        }
    } catch (e) {
        const reason = cleanLine(String((e as Error)?.message ?? e), 500)
        platform.error('RHACS delivery failed unexpectedly: ' + reason)
        outcome = 'failed'
        response = { status: 500, body: { error: 'internal_error', message: 'The delivery could not be processed; see the system log (source x_rhacs_snow).' } }
        recordFailure(platform, rawBody, started, reason)
    }
    platform.info(
        'RHACS delivery: outcome=' + outcome + ' status=' + response.status + ' alert=' + logToken(alertId) +
            ' incident=' + (number || '-') + ' ms=' + (platform.nowMs() - started),
    )
    return response
}
