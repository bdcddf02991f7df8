// RFC 3339 timestamps as RHACS writes them (UTC, 0/3/6/9 fractional digits), parsed by hand:
// the instance's engine does not parse every format V8 does, so no Date string parsing here.

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/

export interface ParsedTimestamp {
    /** Milliseconds since the epoch (negative before 1970). */
    ms: number
    /** Nanoseconds below the millisecond, 0..999999. */
    subMsNanos: number
}

const DAY_MS = 86400000

/** Days from 1970-01-01 to a proleptic Gregorian date, for any year (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
    const y = month <= 2 ? year - 1 : year
    const era = Math.floor(y / 400)
    const yoe = y - era * 400
    const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
    return era * 146097 + doe - 719468
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Any year 0001-9999, any fraction of up to 9 digits, Z or an offset. Integer arithmetic only:
 * Date.UTC maps years 0-99 to 1900-1999, and the engines differ on date strings.
 */
export function parseTimestamp(text: string): ParsedTimestamp | null {
    if (text.length > 40) return null
    const m = RFC3339.exec(text.trim())
    if (m === null) return null
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]))
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return null
    const fraction = ((m[7] ?? '') + '000000000').slice(0, 9)
    let ms = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + Number(fraction.slice(0, 3))
    if (m[9] !== undefined) {
        const hours = Number(m[10])
        const minutes = Number(m[11])
        if (hours > 23 || minutes > 59) return null
        const offset = (hours * 60 + minutes) * 60000
        ms += m[9] === '+' ? -offset : offset
    }
    return { ms, subMsNanos: Number(fraction.slice(3)) }
}

/** Milliseconds that make 0001-01-01T00:00:00+23:59 (the earliest instant) non-negative. */
const KEY_OFFSET = -daysFromCivil(1, 1, 1) * DAY_MS + DAY_MS

/**
 * A string that sorts like the instant it names (21 digits: 15 of milliseconds from before year 1,
 * 6 of nanoseconds); '' for text that is no timestamp, which sorts before every instant.
 */
export function timestampSortKey(text: string): string {
    const t = parseTimestamp(text)
    if (t === null) return ''
    return String(t.ms + KEY_OFFSET).padStart(15, '0') + String(t.subMsNanos).padStart(6, '0')
}

/** A GlideDateTime value (`yyyy-MM-dd HH:mm:ss`, UTC) as epoch milliseconds; 0 when malformed. */
export function glideDateTimeToMs(value: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value)
    return m === null ? 0 : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]))
}

/** Epoch milliseconds as the platform's GlideDateTime value format, UTC: `yyyy-MM-dd HH:mm:ss`. */
export function toGlideDateTime(ms: number): string {
    const d = new Date(ms)
    const p = (n: number, w: number = 2) => String(n).padStart(w, '0')
    return (
        p(d.getUTCFullYear(), 4) + '-' + p(d.getUTCMonth() + 1) + '-' + p(d.getUTCDate()) + ' ' +
        p(d.getUTCHours()) + ':' + p(d.getUTCMinutes()) + ':' + p(d.getUTCSeconds())
    )
}
