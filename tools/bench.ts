// npm run bench [-- --json] [-- handler|hostile|dedup|storm|routing|reconcile|health|rhino …]
// Benchmarks of the RHACS delivery handler on the in-memory instance: figures, not a test.
// Each target gets a PASS/FAIL line, but the exit code is 0 whatever they say; a run that
// cannot finish (a crash) still fails. Sections live in tools/bench/.

import { dedupStream } from './bench/dedup-stream'
import { handlerVsParse } from './bench/handler-vs-parse'
import { healthReport } from './bench/health'
import { hostileShapes } from './bench/hostile-shapes'
import { nowMs } from './bench/measure'
import { reconcileAtScale } from './bench/reconcile'
import { collectQueryShapes, queryChecks, queryLines, type QueryShape } from './bench/query-shapes'
import type { SectionResult } from './bench/report'
import { rhinoEngine } from './bench/rhino-engine'
import { routing } from './bench/routing'
import { storm } from './bench/storm'

const SECTIONS: { [id: string]: () => SectionResult } = { handler: handlerVsParse, hostile: hostileShapes, dedup: dedupStream, storm, routing, reconcile: reconcileAtScale, health: healthReport, rhino: rhinoEngine }

const args = process.argv.slice(2)
const json = args.includes('--json')
const wanted = args.filter((a) => !a.startsWith('--'))
const unknown = wanted.filter((a) => !(a in SECTIONS))
if (unknown.length > 0 || args.includes('--help')) {
    process.stderr.write('usage: npm run bench -- [--json] [' + Object.keys(SECTIONS).join('|') + ' …]\n')
    process.exit(unknown.length > 0 ? 2 : 0)
}
const ids = wanted.length > 0 ? Object.keys(SECTIONS).filter((id) => wanted.includes(id)) : Object.keys(SECTIONS)

const out = (line: string) => process.stdout.write(line + '\n')
const results: Array<SectionResult & { seconds: number; queries: QueryShape[] }> = []
for (const id of ids) {
    const t0 = nowMs()
    const stop = collectQueryShapes(id)
    const section = SECTIONS[id]()
    const queries = stop()
    const seconds = (nowMs() - t0) / 1000
    // Every section that touches the instance is held to the instance-truth query targets.
    const r = queries.length > 0 ? { ...section, checks: [...section.checks, ...queryChecks(queries)] } : section
    results.push({ ...r, seconds, queries })
    if (!json) {
        out('')
        out('== ' + r.title + ' ' + '='.repeat(Math.max(3, 96 - r.title.length)))
        out('')
        for (const line of r.lines) out(line)
        if (queries.length > 0) {
            out('')
            out('Query shapes the instance saw (condition fields in order):')
            for (const line of queryLines(queries)) out(line)
        }
        out('')
        for (const c of r.checks) out((c.pass ? 'PASS ' : 'FAIL ') + c.name + ': ' + c.detail)
        out('(section took ' + seconds.toFixed(1) + ' s)')
    }
}

const checks = results.flatMap((r) => r.checks)
const failed = checks.filter((c) => !c.pass).length
if (json) {
    const environment = { node: process.version, platform: process.platform + '/' + process.arch }
    const queries = results.flatMap((r) => r.queries.map((q) => ({ section: q.section, op: q.op, table: q.table, fields: q.fields, join: q.join, count: q.count, index: q.index })))
    out(JSON.stringify({ environment, sections: results.map(({ lines: _lines, queries: _queries, ...rest }) => rest), queries, failed_checks: failed }, null, 2))
} else {
    out('')
    out('Summary: ' + (checks.length - failed) + ' of ' + checks.length + ' targets met' + (failed > 0 ? ', ' + failed + ' not met (figures, not a test: exit 0)' : '') + '.')
}
