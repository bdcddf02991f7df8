// Recognises what RHACS POSTed. The Generic Webhook sends exactly one of {"alert"}, {"audit"},
// {"networkpolicy"}, with the notifier's "extra fields" (strings) beside it at the top level.

import { asObject, asText, field, textField, type JsonObject } from './json-reading.ts'
import { cleanLine } from './text-hygiene.ts'

export const TEST_ALERT_ID = 'testalert'

export type RhacsMessage =
    | { kind: 'alert'; alert: JsonObject; extraFields: ExtraField[] }
    | { kind: 'test'; alert: JsonObject; extraFields: ExtraField[] }
    | { kind: 'audit' }
    | { kind: 'networkpolicy' }
    | { kind: 'invalid'; error: InvalidReason; message: string }

export type InvalidReason = 'empty_body' | 'invalid_json' | 'too_deep' | 'not_an_object' | 'unknown_message' | 'invalid_alert'

export interface ExtraField {
    key: string
    value: string
}

const MESSAGE_KEYS = ['alert', 'audit', 'networkpolicy']

/** RHACS bodies nest about 8 deep; the instance's JSON parser recurses and its stack overflow is
 * a Java error no script can catch, so deeper bodies are refused before parsing. */
export const MAX_JSON_DEPTH = 64

/**
 * The deepest nesting of objects and arrays in `text` (stopping once past `limit`), hopping over
 * string contents with indexOf so a 1 MB body costs a fraction of JSON.parse.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
    if (text.length <= limit * 2) return false
    let depth = 0
    const n = text.length
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i)
        if (c === 34) {
            // Skip to the closing quote: one preceded by an even number of backslashes.
            let from = i + 1
            for (;;) {
                const q = text.indexOf('"', from)
                if (q < 0) return false
                let backslashes = 0
                while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++
                if (backslashes % 2 === 0) {
                    i = q
                    break
                }
                from = q + 1
            }
        } else if (c === 123 || c === 91) {
            depth++
            if (depth > limit) return true
        } else if (c === 125 || c === 93) {
            depth--
        }
    }
    return false
}

function invalid(error: InvalidReason, message: string): RhacsMessage {
    return { kind: 'invalid', error, message }
}

/** Parses the raw request body and says which message it is, or precisely why it is none. */
export function classifyMessage(rawBody: string): RhacsMessage {
    if (rawBody.trim() === '') return invalid('empty_body', 'The request body is empty; expected a JSON object.')
    if (jsonDepthExceeds(rawBody, MAX_JSON_DEPTH)) {
        return invalid('too_deep', 'The request body nests objects or arrays more than ' + MAX_JSON_DEPTH + ' levels deep; RHACS never does.')
    }
    let parsed: unknown
    try {
        parsed = JSON.parse(rawBody)
    } catch (e) {
        return invalid('invalid_json', 'The request body is not valid JSON: ' + cleanLine(asText((e as Error).message), 200))
    }
    const body = asObject(parsed)
    if (body === null) {
        const what = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : 'a ' + typeof parsed
        return invalid('not_an_object', 'The request body is ' + what + '; expected a JSON object with an "alert" key.')
    }
    const alertValue = field(body, 'alert')
    if (alertValue !== undefined) {
        const alert = asObject(alertValue)
        if (alert === null) return invalid('invalid_alert', 'The "alert" key must hold a JSON object.')
        const extraFields = readExtraFields(body)
        if (textField(alert, 'id') === TEST_ALERT_ID) return { kind: 'test', alert, extraFields }
        const hasContent = ['id', 'policy', 'violations', 'processViolation'].some((k) => field(alert, k) !== undefined)
        if (!hasContent) {
            return invalid('invalid_alert', 'The alert has no id, policy, violations or processViolation.')
        }
        return { kind: 'alert', alert, extraFields }
    }
    if (field(body, 'audit') !== undefined) return { kind: 'audit' }
    if (field(body, 'networkpolicy') !== undefined) return { kind: 'networkpolicy' }
    const keys = Object.keys(body)
    const shown = keys.slice(0, 5).map((k) => JSON.stringify(cleanLine(k, 40))).join(', ')
    return invalid(
        'unknown_message',
        'The body has none of the keys ' + MESSAGE_KEYS.map((k) => '"' + k + '"').join(', ') +
            (keys.length === 0 ? ' (it is an empty object).' : '; it has ' + shown + (keys.length > 5 ? ', …' : '') + '.'),
    )
}

/** The notifier's extra fields: top-level string values beside the message key. */
function readExtraFields(body: JsonObject): ExtraField[] {
    const out: ExtraField[] = []
    for (const key of Object.keys(body)) {
        if (MESSAGE_KEYS.includes(key)) continue
        const value = field(body, key)
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            out.push({ key: cleanLine(key, 60), value: cleanLine(asText(value), 200) })
        }
    }
    return out
}
