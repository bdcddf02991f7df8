// npm run --silent preview -- [--properties props.json] [--groups groups.json] [--rules rules.json]
//                              [--cmdb cmdb.json] [--clock-step-ms N] [--health] [--central central.json]
//                              body.json … [--run-job reconcile|quiet_ageing|storm_sweep]
//                              [--resolve-incident NUMBER] [--advance-days N] …
// Runs each step in argument order against one in-memory instance: each body through the real
// handler, each job as the scheduler would run it, each analyst resolution with the business
// rules it triggers. Prints one JSON document: the deliveries (input, status, body), the Incidents
// (every field the app writes), the deliveries, alerts and job-run tables, the calls made to the
// Central double and the log lines (property warnings, debug lines when on). With --health, the
// integration health document GET /health answers after the last step follows the deliveries.
// --groups, --rules and --cmdb put sys_user_group rows, routing rules and CMDB rows (and the
// cluster CI map) in the instance first (tools/preview-routing.ts); each Incident then shows how
// it was routed.

import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { CentralConfig } from './central-double'
import { fakeInstance } from './glide-fake/index'
import {
    alertsTable,
    centralCalls,
    connectCentral,
    deliver,
    deliveriesTable,
    health,
    incidents,
    jobRuns,
    logs,
    resetInstance,
    resolveByAnalyst,
    runJob,
    type JobName,
} from './local-instance'
import { RoutingInputError, seedRouting } from './preview-routing'

const USAGE =
    'usage: npm run --silent preview -- [--properties props.json] [--groups groups.json] [--rules rules.json] [--cmdb cmdb.json] ' +
    '[--clock-step-ms N] [--health] [--central central.json] body.json … ' +
    '[--run-job reconcile|quiet_ageing|storm_sweep] [--resolve-incident NUMBER] [--advance-days N] …'

function usage(message: string): never {
    process.stderr.write(message + '\n' + USAGE + '\n')
    process.exit(2)
}

function readJson(file: string, what: string): unknown {
    try {
        return JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
        usage('cannot read ' + what + ' file ' + file + ': ' + (e as Error).message)
    }
}

function centralConfig(parsed: unknown): CentralConfig {
    const c = parsed as CentralConfig
    if (c === null || typeof c !== 'object' || !Array.isArray(c.alerts)) usage('central.json must be {"alerts": [...], "failure": null | {"status": N}}')
    for (const a of c.alerts) {
        if (a === null || typeof a !== 'object' || typeof a.id !== 'string') usage('each Central alert needs an "id"')
        a.state = a.state ?? 'ACTIVE'
        a.lifecycleStage = a.lifecycleStage ?? 'DEPLOY'
    }
    return { ...c, failure: c.failure ?? null }
}

type Step =
    | { kind: 'deliver'; file: string }
    | { kind: 'central'; config: CentralConfig }
    | { kind: 'job'; job: JobName }
    | { kind: 'resolve'; number: string }
    | { kind: 'advance'; days: number }

const args = process.argv.slice(2)
let properties: { [name: string]: string } = {}
let clockStepMs = 0
const steps: Step[] = []
let withHealth = false
const routingFiles: { groups?: string; rules?: string; cmdb?: string } = {}
for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const next = () => args[++i] ?? usage(a + ' needs a value')
    if (a === '--properties') {
        const parsed = readJson(next(), 'properties')
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) usage('the properties file must hold a JSON object')
        properties = Object.fromEntries(Object.entries(parsed as object).map(([k, v]) => [k, String(v)]))
    } else if (a === '--clock-step-ms') {
        const v = Number(next())
        if (!Number.isFinite(v) || v < 0) usage('--clock-step-ms needs a non-negative number')
        clockStepMs = v
    } else if (a === '--groups' || a === '--rules' || a === '--cmdb') {
        routingFiles[a.slice(2) as 'groups' | 'rules' | 'cmdb'] = next()
    } else if (a === '--health') {
        withHealth = true
    } else if (a === '--central') {
        steps.push({ kind: 'central', config: centralConfig(readJson(next(), 'central')) })
    } else if (a === '--run-job') {
        const job = next()
        if (job !== 'reconcile' && job !== 'quiet_ageing' && job !== 'storm_sweep') usage('--run-job takes reconcile, quiet_ageing or storm_sweep')
        steps.push({ kind: 'job', job })
    } else if (a === '--resolve-incident') {
        steps.push({ kind: 'resolve', number: next() })
    } else if (a === '--advance-days') {
        const v = Number(next())
        if (!Number.isFinite(v) || v < 0) usage('--advance-days needs a non-negative number')
        steps.push({ kind: 'advance', days: v })
    } else if (a === '--help' || a === '-h') {
        usage('')
    } else if (a.startsWith('--')) {
        usage('unknown option ' + a)
    } else {
        steps.push({ kind: 'deliver', file: a })
    }
}
if (!steps.some((s) => s.kind === 'deliver')) usage('no body files given')

resetInstance(properties)
try {
    seedRouting(routingFiles)
} catch (e) {
    if (e instanceof RoutingInputError) usage(e.message)
    throw e
}
const deliveries: Array<{ input: string; status: number; body: unknown }> = []
for (const step of steps) {
    if (step.kind === 'central') connectCentral(step.config)
    else if (step.kind === 'job') runJob(step.job)
    else if (step.kind === 'resolve') {
        if (!resolveByAnalyst(step.number)) usage('--resolve-incident: no Incident ' + step.number)
    } else if (step.kind === 'advance') fakeInstance.advance(step.days * 86400000)
    else {
        let raw: string
        try {
            // A file that is not JSON is delivered as it is, so the 400 path can be previewed.
            raw = readFileSync(step.file, 'utf8')
        } catch (e) {
            usage('cannot read ' + step.file + ': ' + (e as Error).message)
        }
        const result = deliver(raw)
        deliveries.push({ input: basename(step.file), status: result.status, body: result.body })
    }
    // The fake clock moves between steps, so a storm spread over time can be previewed, and
    // two job runs never share a start time.
    fakeInstance.advance(clockStepMs > 0 ? clockStepMs : step.kind === 'deliver' ? 0 : 1000)
}
// GET /health after the last step, through the real route (its body is what the endpoint wraps in "result").
const healthDoc = withHealth ? { health: health().body } : {}
process.stdout.write(
    JSON.stringify(
        {
            deliveries,
            ...healthDoc,
            incidents: incidents(),
            deliveries_table: deliveriesTable(),
            alerts_table: alertsTable(),
            job_runs: jobRuns(),
            central_calls: centralCalls(),
            logs: logs(),
        },
        null,
        2,
    ) + '\n',
)
