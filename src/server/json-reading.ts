// Safe readers for untrusted JSON. RHACS omits zero values (proto3 JSON), so every read has a
// default and no read can throw, whatever shape the sender used.

export type JsonObject = { [key: string]: unknown }

export function asObject(value: unknown): JsonObject | null {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null
}

export function asArray(value: unknown): unknown[] {
    return Array.isArray(value) ? value : []
}

/** A string field; numbers and booleans are rendered, anything else is ''. */
export function asText(value: unknown): string {
    if (typeof value === 'string') return value
    if (typeof value === 'number' && isFinite(value)) return String(value)
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return ''
}

export function field(obj: JsonObject | null, key: string): unknown {
    if (obj === null) return undefined
    return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined
}

export function textField(obj: JsonObject | null, key: string): string {
    return asText(field(obj, key)).trim()
}

export function objectField(obj: JsonObject | null, key: string): JsonObject | null {
    return asObject(field(obj, key))
}

export function arrayField(obj: JsonObject | null, key: string): unknown[] {
    return asArray(field(obj, key))
}
