// Section: bodies built to be slow. Each about 1 MB, each a shape the hostile-input campaign found
// taking 100-160 ms (a whole-string transform before a cut, a loop over every key): the handler's
// own time must stay within 3× JSON.parse of the same body.

import { timeTheFake } from './fake-time'
import { runCase, type CaseResult } from './handler-vs-parse'
import { check, fixed, ms, table, type SectionResult } from './report'
import { fixtureAlert } from './synthetic'

const TARGET = 3
const MB = 1 << 20

function body(change: (alert: { [key: string]: unknown }, top: { [key: string]: unknown }) => void): string {
    const alert = fixtureAlert('01-exec-into-pod.json')
    const top: { [key: string]: unknown } = {}
    change(alert, top)
    return JSON.stringify({ ...top, alert })
}

export const HOSTILE_SHAPES: Array<{ name: string; body: () => string }> = [
    { name: '"[ " repeated in the alert id', body: () => body((a) => (a.id = '[ '.repeat(MB / 2))) },
    { name: '"[ " repeated in the namespace', body: () => body((a) => (a.namespace = '[ '.repeat(MB / 2))) },
    { name: '"[ " repeated in the policy name', body: () => body((a) => ((a.policy as { name: string }).name = '[ '.repeat(MB / 2))) },
    { name: 'emoji in the namespace', body: () => body((a) => (a.namespace = '😀'.repeat(MB / 4))) },
    { name: '55,000 extra top-level fields', body: () => body((_a, top) => { for (let i = 0; i < 55000; i++) top['field' + i] = 'value' }) },
    { name: '[code] repeated in the policy name', body: () => body((a) => ((a.policy as { name: string }).name = '[code]'.repeat(MB / 6))) },
    // A "[" and then no printable ASCII: the [code] pre-check must stay linear on it (it was quadratic once).
    { name: '"[" then 500,000 "é" in a violation message', body: () => body((a) => ((a.violations as Array<{ message: string }>)[0].message = '[' + 'é'.repeat(MB / 2))) },
    // Sibling joints inside a string: the depth guard's native bound counts them only up to one per 64 characters.
    { name: '"},{" repeated in the policy name', body: () => body((a) => ((a.policy as { name: string }).name = '},{'.repeat(MB / 3))) },
]

export function hostileShapes(): SectionResult {
    const untime = timeTheFake()
    const results: Array<{ name: string; r: CaseResult }> = HOSTILE_SHAPES.map((s) => ({ name: s.name, r: runCase({ fixture: s.name, body: s.body(), warmup: 10, iterations: 60 }) }))
    untime()
    const lines = [
        'Each body about 1 MB, delivered as a first delivery on a fresh instance, paired with JSON.parse of the same body.',
        '',
        ...table(
            ['shape', 'chars', 'app p50', 'in fake', 'JSON.parse p50', 'app ÷ parse', 'status'],
            results.map(({ name, r }) => [name, String(r.bodyChars), ms(r.app.p50), ms(r.fake.p50), ms(r.parse.p50), fixed(r.appRatio), r.status + ' ' + r.outcome]),
        ),
    ]
    const checks = results.map(({ name, r }) => check('app ÷ JSON.parse ≤ ' + TARGET + ': ' + name, r.appRatio <= TARGET, fixed(r.appRatio) + ' (' + ms(r.app.p50) + ' vs ' + ms(r.parse.p50) + ')'))
    return {
        id: 'hostile',
        title: 'Hostile 1 MB shapes vs JSON.parse',
        lines,
        checks,
        data: { target: TARGET, shapes: results.map(({ name, r }) => ({ name, chars: r.bodyChars, app_ms: r.app, parse_ms: r.parse, app_ratio: r.appRatio, status: r.status, outcome: r.outcome })) },
    }
}
