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
 * True when `text` has at most `limit` opening brackets, counted with indexOf alone: then no
 * nesting can be deeper than `limit`, whatever the strings hold. Costs at most `limit` + 2 native
 * searches, so small bodies (a runtime alert with a few violations: the exec fixture has 46
 * brackets) never pay for the full scan below. indexOf, not the capped split used further down:
 * for so few hits it is as cheap under Rhino, and under V8 a one-character split of a string that
 * holds any non-Latin-1 character is about 20 times slower (0.5 ms on 512 K emoji).
 */
function fewOpeners(text: string, limit: number): boolean {
    let n = 0
    for (const opener of ['{', '[']) {
        let i = text.indexOf(opener)
        while (i >= 0) {
            n++
            if (n > limit) return false
            i = text.indexOf(opener, i + 1)
        }
    }
    return true
}

/** How many times `part` occurs in `text` (never overlapping), but never more than `cap + 1`: one
 * native split, which stops after that many pieces, so a body of a million brackets costs what
 * its first `cap` cost. No loop in script. */
function occurrencesUpTo(text: string, part: string, cap: number): number {
    return text.split(part, cap + 2).length - 1
}

/**
 * True when an upper bound of the depth the parser can reach is at most `limit`: the openers in
 * `text` minus its sibling joints `},{`. Sound for any text: outside strings, a joint's `}` ends an
 * object and its `{` starts the next object at the same level, so of the objects joined that way
 * at most one (the latest) is open at any point, and it can be charged to the first object of its
 * run, whose `{` no joint removed; inside a string, a joint removes an opener that never counted.
 * Joints cannot overlap, so the counts subtract exactly.
 *
 * Every count is capped, so the cost follows what a real body holds, never what a string can be
 * stuffed with: engines search for `},{` by stopping at every `}`, so the step is skipped when
 * `}` is denser than one per 64 characters (a CVE violation is about 190); openers are counted
 * only up to joints + limit + 1. A body of many small objects in one array (5,000 CVE violations)
 * is settled by four native splits, with no per-character loop: the loop below costs a thousand
 * times more per character under Rhino.
 */
export function shallowBySiblingJoints(text: string, limit: number): boolean {
    const budget = Math.floor(text.length / 64)
    if (budget === 0 || occurrencesUpTo(text, '}', budget) > budget) return false
    // Joints never outnumber the "}" just counted (at most budget), so this count is exact.
    const cap = occurrencesUpTo(text, '},{', budget) + limit
    return occurrencesUpTo(text, '{', cap) + occurrencesUpTo(text, '[', cap) <= cap
}

/**
 * Whether objects and arrays in `text` nest deeper than `limit`, exactly: brackets inside strings
 * do not count (strings are hopped over with indexOf, escaped quotes honoured). Sound for any
 * input, valid JSON or not: the parser can only recurse as deep as this counts. Linear.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
    if (text.length <= limit || fewOpeners(text, limit) || shallowBySiblingJoints(text, limit)) return false
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

/** Notifier extra fields read: RHACS sends a handful; a body with thousands is read only this far. */
export const MAX_EXTRA_FIELDS = 20

function invalid(error: InvalidReason, message: string): RhacsMessage {
    return { kind: 'invalid', error, message }
}

/** Parses the raw request body and says which message it is, or precisely why it is none. */
export function classifyMessage(rawBody: string): RhacsMessage {
    // A regex test, not trim(): trim would copy a 10 MB body to learn its first character.
    if (!/\S/.test(rawBody)) return invalid('empty_body', 'The request body is empty; expected a JSON object.')
    if (jsonDepthExceeds(rawBody, MAX_JSON_DEPTH)) {
        return invalid('too_deep', 'The request body nests objects or arrays more than ' + MAX_JSON_DEPTH + ' levels deep; RHACS never does.')
    }
    let parsed: unknown
    try {
        parsed = JSON.parse(rawBody)
    } catch (e) {
        // Not the engine's message: Rhino and V8 word it differently (and V8 quotes the payload).
        // The start of the body is what tells an admin what arrived (an HTML page, a cut body).
        const start = cleanLine(rawBody.slice(0, 40), 40)
        return invalid('invalid_json', 'The request body is not valid JSON (' + rawBody.length + ' characters, starting ' + JSON.stringify(start) + ').')
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
    const shown = keys.slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ')
    return invalid(
        'unknown_message',
        'The body has none of the keys ' + MESSAGE_KEYS.map((k) => '"' + k + '"').join(', ') +
            (keys.length === 0 ? ' (it is an empty object).' : '; it has ' + shown + (keys.length > 5 ? ', …' : '') + '.'),
    )
}

/** The notifier's extra fields: top-level string values beside the message key (the first few). */
function readExtraFields(body: JsonObject): ExtraField[] {
    const out: ExtraField[] = []
    const keys = Object.keys(body)
    // Bounded twice: by fields kept and by keys looked at (a body can carry 55,000 keys).
    for (let i = 0; i < keys.length && i < MAX_EXTRA_FIELDS * 5 && out.length < MAX_EXTRA_FIELDS; i++) {
        const key = keys[i]
        if (MESSAGE_KEYS.includes(key)) continue
        const value = field(body, key)
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            out.push({ key: cleanLine(key, 60), value: cleanLine(asText(value), 200) })
        }
    }
    return out
}
