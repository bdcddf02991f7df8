// Routing globs (src/server/glob-match.ts): `*` any run, `?` one character, the rest literal,
// whole value, case-insensitive; comma-separated lists; regex-looking patterns refused. Examples
// pin the documented semantics; fast-check properties check the matcher against an independent
// oracle (a regular expression built here) and the invariants that must hold for any input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyGlobMatches, globMatches, parseGlobList, PATTERN_MAX, VALUE_MAX } from '../src/server/glob-match'

const RUNS = { numRuns: 500 }

/** The oracle: the same semantics as a regular expression, written independently of the matcher. */
function oracle(pattern: string, value: string): boolean {
    const source = pattern
        .split('')
        .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')))
        .join('')
    return new RegExp('^' + source + '$').test(value.toLowerCase())
}

/** Patterns and values over a small alphabet, so matches are common and the search is exercised. */
const letters = fc.constantFrom('a', 'b', 'A', 'B', '-', '.', ' ')
const value = fc.array(letters, { maxLength: 12 }).map((cs) => cs.join(''))
const pattern = fc.array(fc.constantFrom('a', 'b', '-', '.', ' ', '*', '?'), { maxLength: 10 }).map((cs) => cs.join(''))

describe('globMatches', () => {
    it('matches the whole value, ignoring case, with * as any run and ? as one character', () => {
        const cases: Array<[string, string, boolean]> = [
            ['gibson*', 'gibson', true],
            ['gibson*', 'gibson-ml', true],
            ['gibson*', 'GIBSON-ML', true],
            ['gibson*', 'my-gibson', false],
            ['*gibson', 'my-gibson', true],
            ['*-prod-*', 'eu-prod-1', true],
            ['*-prod-*', 'prod-1', false],
            ['prod-?', 'prod-1', true],
            ['prod-?', 'prod-12', false],
            ['prod-?', 'prod-', false],
            ['payments', 'payments-api', false],
            ['', '', true],
            ['', 'x', false],
            ['*', '', true],
            ['**', 'anything at all', true],
            ['a*b*c', 'a-b-b-c', true],
            ['a*b*c', 'a-c-b', false],
            ['.*', 'x', false],
            ['.*', '.x', true],
        ]
        for (const [p, v, expected] of cases) expect(globMatches(p.toLowerCase(), v), p + ' ~ ' + v).toBe(expected)
    })

    it('agrees with a regular-expression oracle on every pattern and value', () => {
        fc.assert(
            fc.property(pattern, value, (p, v) => {
                expect(globMatches(p.toLowerCase(), v)).toBe(oracle(p.toLowerCase(), v))
            }),
            RUNS,
        )
    })

    it('a pattern without wildcards matches exactly its own text, in any case', () => {
        fc.assert(
            fc.property(value, value, (a, b) => {
                expect(globMatches(a.toLowerCase(), a.toUpperCase())).toBe(true)
                expect(globMatches(a.toLowerCase(), b)).toBe(a.toLowerCase() === b.toLowerCase())
            }),
            RUNS,
        )
    })

    it('a value still matches when any of its characters becomes ?, or any run of them becomes *', () => {
        fc.assert(
            fc.property(value, fc.nat(), fc.nat(), (v, i, j) => {
                const lower = v.toLowerCase()
                const at = v.length === 0 ? 0 : i % v.length
                const to = v.length === 0 ? 0 : at + (j % (v.length - at + 1))
                expect(globMatches(lower.slice(0, at) + '?' + lower.slice(at + 1), v)).toBe(v.length > 0)
                expect(globMatches(lower.slice(0, at) + '*' + lower.slice(to), v)).toBe(true)
            }),
            RUNS,
        )
    })

    it('adding a * never loses a match', () => {
        fc.assert(
            fc.property(pattern, value, fc.nat(), (p, v, i) => {
                const lp = p.toLowerCase()
                const at = i % (lp.length + 1)
                if (globMatches(lp, v)) expect(globMatches(lp.slice(0, at) + '*' + lp.slice(at), v)).toBe(true)
            }),
            RUNS,
        )
    })

    it('a value longer than VALUE_MAX matches only a pattern of * alone, whatever it holds', () => {
        const long = 'gibson-' + 'x'.repeat(VALUE_MAX)
        expect(globMatches('*', long)).toBe(true)
        expect(globMatches('**', long)).toBe(true)
        expect(globMatches('gibson-*', long)).toBe(false)
        expect(globMatches('gibson-*', long.slice(0, VALUE_MAX))).toBe(true)
    })

    it('answers the worst shapes a 255-character pattern and the longest matched value can take (cost: npm run bench, never timed here)', () => {
        const p = ('*a').repeat(127)
        expect(globMatches(p, 'a'.repeat(VALUE_MAX - 1) + 'b')).toBe(false)
        expect(globMatches(p, 'a'.repeat(VALUE_MAX))).toBe(true)
    })
})

describe('parseGlobList', () => {
    it('splits on commas, trims, lower-cases and drops empty entries; an empty field is an empty list', () => {
        expect(parseGlobList(' Payments-* , checkout ,, ')).toEqual({ patterns: ['payments-*', 'checkout'] })
        expect(parseGlobList('')).toEqual({ patterns: [] })
        expect(parseGlobList(' , ')).toEqual({ patterns: [] })
    })

    it('refuses what looks like a regular expression, control characters and an over-long list, naming the pattern', () => {
        for (const bad of ['gibson.+', '^prod$', '[a-z]*', 'a{2}', '(dev|test)', 'a\\d', 'x|y']) {
            const r = parseGlobList('ok, ' + bad)
            expect('error' in r && r.error, bad).toContain('looks like a regular expression')
            expect('error' in r && r.error, bad).toContain(bad)
        }
        expect(parseGlobList('a\tb')).toEqual({ error: 'a control character in the pattern "a?b"' })
        expect(parseGlobList('a'.repeat(PATTERN_MAX + 1))).toEqual({ error: 'a pattern list longer than 255 characters' })
        expect(parseGlobList('a'.repeat(PATTERN_MAX))).toEqual({ patterns: ['a'.repeat(PATTERN_MAX)] })
    })

    it('accepts every pattern made of literal characters, * and ?', () => {
        fc.assert(
            fc.property(pattern, (p) => {
                const r = parseGlobList(p)
                expect('patterns' in r).toBe(true)
            }),
            RUNS,
        )
    })
})

describe('anyGlobMatches', () => {
    it('holds when any pattern matches any value; an empty list matches everything', () => {
        expect(anyGlobMatches([], ['whatever'])).toBe(true)
        expect(anyGlobMatches([], [])).toBe(true)
        expect(anyGlobMatches(['prod-*', 'local-cluster'], ['local-cluster', 'id-1'])).toBe(true)
        expect(anyGlobMatches(['prod-*'], ['dev-1', 'id-1'])).toBe(false)
        expect(anyGlobMatches(['prod-*'], [])).toBe(false)
    })
})
