// What the hostile-input tests check on everything the app leaves behind, written independently of
// src/server/text-hygiene.ts (broader, with Unicode property classes the instance's engine lacks).

import { fakeInstance } from '../../tools/glide-fake/index'
import { baseSchema } from '../../tools/glide-fake/schema'

/**
 * True when the text contains an opening or closing `[code]` tag in any form ServiceNow's HTML
 * handling could read as one: any case, with whitespace, controls, format, combining or other
 * invisible characters anywhere inside the brackets.
 */
export function hasCodeTag(text: string): boolean {
    if (text.indexOf('[') < 0) return false
    const folded = text.replace(/[\p{Cc}\p{Cf}\p{Z}\p{Mn}\p{Me}\s\u034f\u115f\u1160\u3164\uffa0]/gu, '').toLowerCase()
    return /\[\/?code\]/.test(folded)
}

export interface Stored {
    where: string
    value: string
}

/** Every string the app stored (raw bodies excepted: they are evidence, kept as sent), and every log line. */
export function everythingStored(): Stored[] {
    const out: Stored[] = []
    for (const table of Object.keys(fakeInstance.tables)) {
        for (const row of fakeInstance.rows(table)) {
            for (const column of Object.keys(row)) {
                if (table === 'x_rhacs_snow_delivery' && column === 'raw_body') continue
                out.push({ where: table + '.' + column, value: row[column] })
            }
        }
    }
    for (const id of Object.keys(fakeInstance.journal)) for (const j of fakeInstance.journal[id]) out.push({ where: 'journal.' + j.element, value: j.value })
    for (const l of fakeInstance.logs) out.push({ where: 'log.' + l.level, value: l.message })
    return out
}

/** Stored values longer than their column (the platform would keep them whole or fail; the app must not try). */
export function overLong(): string[] {
    const schema = baseSchema()
    const out: string[] = []
    for (const table of Object.keys(fakeInstance.tables)) {
        const columns = schema[table]?.columns ?? {}
        for (const row of fakeInstance.rows(table)) {
            for (const column of Object.keys(row)) {
                const max = columns[column]?.maxLength
                if (max !== undefined && row[column].length > max) out.push(table + '.' + column + ' ' + row[column].length + ' > ' + max)
            }
        }
    }
    for (const id of Object.keys(fakeInstance.journal)) for (const j of fakeInstance.journal[id]) if (j.value.length > 4000) out.push('journal ' + j.value.length)
    return out
}

/** Every string in a JSON value. */
export function stringsIn(value: unknown): string[] {
    if (typeof value === 'string') return [value]
    if (Array.isArray(value)) return value.flatMap(stringsIn)
    if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...stringsIn(v)])
    return []
}
