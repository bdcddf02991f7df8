import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fingerprintOf, keyHash, lengthPrefixed } from '../src/server/hashing'
import { glideDateTimeToMs, parseTimestamp, timestampSortKey, toGlideDateTime } from '../src/server/rhacs-time'
import { cleanLine, cleanText } from '../src/server/text-hygiene'
import { truncate, TRUNCATION_MARKER } from '../src/server/text-limits'
import { testDigest } from './support/digest'

describe('truncate', () => {
    it('leaves text within the limit alone', () => {
        expect(truncate('abc', 3)).toBe('abc')
    })
    it('cuts to exactly the limit and ends in the visible marker', () => {
        const out = truncate('x'.repeat(200), 160)
        expect(out).toHaveLength(160)
        expect(out.endsWith(TRUNCATION_MARKER)).toBe(true)
    })
    it('is deterministic and never splits a surrogate pair', () => {
        const text = 'a'.repeat(146) + '😀'.repeat(20)
        const out = truncate(text, 160)
        expect(out).toBe(truncate(text, 160))
        expect(out.length).toBeLessThanOrEqual(160)
        expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(out)).toBe(false)
    })
})

describe('text hygiene', () => {
    it('never lets payload text open or close a [code] block, whatever the case or spacing', () => {
        for (const hostile of ['[code]<img src=x onerror=alert(1)>[/code]', '[CODE]x[/Code]', '[ code ]x[ / code ]', '[co[code]de]']) {
            expect(cleanText(hostile, 4000).toLowerCase()).not.toMatch(/\[\s*\/?\s*code\s*\]/)
        }
        expect(cleanText('[code]x[/code]', 4000)).toBe('(code)x(/code)')
    })
    it('drops control characters and normalises line ends', () => {
        expect(cleanText('a\u0000b\u0007c\r\nd\re', 4000)).toBe('abc\nd\ne')
    })
    it('cleanLine folds newlines into one line', () => {
        expect(cleanLine('  a\n  b \n c  ', 1000)).toBe('a b c')
    })
})

describe('RFC 3339 timestamps', () => {
    it('parses 0, 3, 6 and 9 fractional digits', () => {
        expect(parseTimestamp('2026-02-12T15:22:22Z')).toEqual({ ms: Date.UTC(2026, 1, 12, 15, 22, 22), subMsNanos: 0 })
        expect(parseTimestamp('2026-02-12T15:22:22.276Z')?.ms).toBe(Date.UTC(2026, 1, 12, 15, 22, 22, 276))
        expect(parseTimestamp('2026-02-12T15:22:22.276480Z')?.subMsNanos).toBe(480000)
        expect(parseTimestamp('2026-02-12T15:22:22.276480996Z')).toEqual({ ms: Date.UTC(2026, 1, 12, 15, 22, 22, 276), subMsNanos: 480996 })
    })
    it('applies offsets and rejects what is not a timestamp', () => {
        expect(parseTimestamp('2026-02-12T16:22:22+01:00')?.ms).toBe(Date.UTC(2026, 1, 12, 15, 22, 22))
        expect(parseTimestamp('yesterday')).toBeNull()
        expect(parseTimestamp('2026-13-01T00:00:00Z')).toBeNull()
        expect(timestampSortKey('')).toBe('')
    })
    it('sort keys order instants to the nanosecond', () => {
        const a = timestampSortKey('2026-02-12T15:22:22.276480996Z')
        const b = timestampSortKey('2026-02-12T15:22:22.276480997Z')
        const c = timestampSortKey('2026-02-12T15:22:23Z')
        expect(a < b && b < c).toBe(true)
    })
    it('renders GlideDateTime values in UTC', () => {
        expect(toGlideDateTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02 03:04:05')
    })
})

describe('hashes', () => {
    it('are stable, fixed-length hex and differ for different input', () => {
        expect(fingerprintOf(testDigest, ['abc'])).toMatch(/^[0-9a-f]{16}$/)
        expect(keyHash(testDigest, ['abc'])).toMatch(/^[0-9a-f]{32}$/)
        expect(fingerprintOf(testDigest, ['abc'])).toBe(fingerprintOf(testDigest, ['abc']))
        expect(fingerprintOf(testDigest, ['abc'])).not.toBe(fingerprintOf(testDigest, ['abd']))
        // Pinned: SHA-256 of "4:rabc". A change in the hash would silently break dedup across an upgrade.
        expect(keyHash(testDigest, ['abc'])).toBe(testDigest('4:rabc').slice(0, 32))
        expect(testDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    })
    it('length-prefix their parts, so no separator inside a part can merge two parts', () => {
        expect(lengthPrefixed(['p\u0000c', 'x'])).not.toBe(lengthPrefixed(['p', 'c\u0000x']))
        expect(lengthPrefixed(['Deployment/a', 'b'])).not.toBe(lengthPrefixed(['Deployment', 'a/b']))
        expect(lengthPrefixed(['ab', ''])).not.toBe(lengthPrefixed(['a', 'b']))
        expect(lengthPrefixed(['abc', 'de'])).toBe('4:rabc3:rde')
    })
    it('escape a part holding a lone surrogate, so it cannot hash like the part with "?"', () => {
        // The platform digests UTF-8, where Java writes a lone surrogate as '?'.
        expect(lengthPrefixed(['n\ud800'])).toBe('8:en%uD800')
        expect(lengthPrefixed(['n\ud800'])).not.toBe(lengthPrefixed(['n?']))
        // A proper pair is taken as it is.
        expect(lengthPrefixed(['\ud83d\ude00'])).toBe('3:r\ud83d\ude00')
        // "e..." written raw and an escaped part stay apart by their tags.
        expect(lengthPrefixed(['en%uD800'])).not.toBe(lengthPrefixed(['n\ud800']))
    })
    it('check long parts chunk by chunk: no pair is cut at a chunk end, and 9 M code units do not overflow the engine', () => {
        const tag = (p: string) => lengthPrefixed([p]).split(':')[1].charAt(0)
        const a = 'a'.repeat(65535)
        expect(tag(a + '\ud83d\ude00' + 'b')).toBe('r') // the pair straddles the first chunk end
        expect(tag(a + '\ud83d' + 'b')).toBe('e') // a high surrogate alone at the chunk end
        expect(tag(a + 'a' + '\ude00')).toBe('e') // a low surrogate alone at the next chunk's start
        expect(tag(a + '\ud83d\ud83d\ude00')).toBe('e') // the taken unit is itself a high surrogate
        expect(tag('a'.repeat(9000000) + '\ud83d\ude00')).toBe('r')
        expect(tag('\ud83d\ude00'.repeat(300000) + '\ud800')).toBe('e')
    })

    it('find a lone surrogate wherever it is, exactly as a code-unit walk does', () => {
        const lone = (p: string) => {
            for (let i = 0; i < p.length; i++) {
                const c = p.charCodeAt(i)
                if (c >= 0xd800 && c <= 0xdbff) {
                    const d = p.charCodeAt(i + 1)
                    if (d >= 0xdc00 && d <= 0xdfff) i++
                    else return true
                } else if (c >= 0xdc00 && c <= 0xdfff) return true
            }
            return false
        }
        const units = fc.constantFrom('a', '?', '%', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00')
        fc.assert(
            fc.property(fc.array(units, { maxLength: 12 }), (list) => {
                const part = list.join('')
                expect(lengthPrefixed([part]).split(':')[1].charAt(0)).toBe(lone(part) ? 'e' : 'r')
            }),
            { numRuns: 3000 },
        )
    })
})

describe('GlideDateTime values', () => {
    it('round-trip between epoch milliseconds and the UTC value format', () => {
        const ms = Date.UTC(2026, 1, 12, 15, 30, 7)
        expect(glideDateTimeToMs(toGlideDateTime(ms))).toBe(ms)
        expect(glideDateTimeToMs('2026-02-12T15:30:07Z')).toBe(0)
    })
})
