// Section: the handler on the engine family the instance runs. The modules `now-sdk build` ships
// (dist/), lowered to ES5 as the Rhino suite lowers them, run in one warm Debian Rhino 1.7.14 JVM
// per mode: interpreted (-opt -1) and compiled (the default, -opt 0). Each delivery goes through
// the REST entry point on the Glide fake; JSON.parse of the same body is timed in the same JVM.
// "App time" excludes the time spent in the fake, whose record operations are Java on the instance.

import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { runInRhino } from '../../test/shipped/rhino'
import { readShipment, ROOT } from '../../test/shipped/shipment'
import type { EngineTiming } from '../../test/shipped/runtime'
import { check, fixed, ms, table, type Check, type SectionResult } from './report'
import { fixtureText, largeCveAlertBody } from './synthetic'

interface Body {
    label: string
    text: string
    warmup: number
    iterations: number
}

const MODES: Array<{ opt: string; name: string; ratioTarget: number; smallAppTargetMs: number }> = [
    { opt: '-1', name: 'interpreted (-opt -1)', ratioTarget: 3, smallAppTargetMs: 1 },
    { opt: '0', name: 'compiled (-opt 0, the default)', ratioTarget: 2, smallAppTargetMs: 0.5 },
]

function ensureBuilt(): void {
    if (existsSync(join(ROOT, 'dist/app/update'))) return
    const r = spawnSync('npx', ['now-sdk', 'build'], { cwd: ROOT, encoding: 'utf8' })
    if (r.status !== 0) throw new Error('bench: `now-sdk build` failed; the Rhino section runs the built modules:\n' + r.stdout + r.stderr)
}

export function rhinoEngine(): SectionResult {
    ensureBuilt()
    const shipment = readShipment()
    const bodies: Body[] = [
        { label: '3 KB (01 exec)', text: fixtureText('01-exec-into-pod.json'), warmup: 300, iterations: 400 },
        { label: '1 MB (09, 5,000 CVEs)', text: fixtureText('09-large-5000-violations.json'), warmup: 20, iterations: 30 },
        { label: '10 MB (50,000 CVEs)', text: largeCveAlertBody(50000), warmup: 4, iterations: 7 },
    ]
    const plan = JSON.stringify(bodies.map((b) => ({ warmup: b.warmup, iterations: b.iterations })))
    const driver =
        'var __clock = function () { return java.lang.System.nanoTime() / 1e6; };\n' +
        'var __results = __runtime.timeDeliveries(__engine, __glide, __input.bodies, ' + plan + ', __clock);'
    const lines: string[] = [
        'The shipped modules (dist/) lowered to ES5, one warm Rhino 1.7.14 JVM per mode, every delivery a first',
        'delivery through the REST entry point on a fresh fake instance; JSON.parse timed in the same JVM, paired',
        'and alternated. "app" = handler minus the time inside the Glide fake (JavaScript here, Java on the instance).',
        '',
    ]
    const checks: Check[] = []
    const data: { [mode: string]: unknown } = {}
    for (const mode of MODES) {
        const run = runInRhino(shipment, [], bodies.map((b) => b.text), { driver, opt: mode.opt })
        const timings = run.results as unknown as EngineTiming[]
        data[mode.opt === '-1' ? 'interpreted' : 'compiled'] = timings.map((t, i) => ({ ...t, body: bodies[i].label, chars: bodies[i].text.length, ratio: t.appMs / t.parseMs }))
        lines.push(mode.name + ' (JVM run ' + (run.ms / 1000).toFixed(1) + ' s):')
        lines.push(
            ...table(
                ['body', 'n', 'handler p50', 'in fake', 'app', 'JSON.parse', 'app ÷ parse', 'status'],
                timings.map((t, i) => [bodies[i].label, String(t.iterations), ms(t.handlerMs), ms(t.fakeMs), ms(t.appMs), ms(t.parseMs), fixed(t.appMs / t.parseMs), t.status + ' ' + t.outcome]),
            ),
        )
        lines.push('')
        const [small, big, huge] = timings
        checks.push(check(mode.name + ': app time on the 3 KB body ≤ ' + mode.smallAppTargetMs + ' ms', small.appMs <= mode.smallAppTargetMs, ms(small.appMs)))
        for (const [t, label] of [[big, '1 MB'], [huge, '10 MB']] as Array<[EngineTiming, string]>) {
            checks.push(
                check(
                    mode.name + ': app ÷ JSON.parse ≤ ' + mode.ratioTarget + ' on the ' + label + ' body',
                    t.appMs / t.parseMs <= mode.ratioTarget,
                    fixed(t.appMs / t.parseMs) + ' (' + ms(t.appMs) + ' vs ' + ms(t.parseMs) + ')',
                ),
            )
        }
        for (const t of timings) checks.push(check(mode.name + ': ' + bodies[t.body].label + ' answered 201', t.status === 201, t.status + ' ' + t.outcome))
    }
    return { id: 'rhino', title: 'Rhino 1.7.14: the shipped handler on the instance\'s engine family', lines, checks, data }
}
