// npm run --silent preview -- [--properties props.json] [--groups groups.json] [--rules rules.json]
//                              [--cmdb cmdb.json] [--clock-step-ms N] a.json b.json …
// Runs each body, in order, through the real handler against one in-memory instance and prints
// one JSON document: the deliveries (input, status, body), the Incidents (every field the app
// writes, and how each was routed), the deliveries table and the log lines (property and routing
// warnings, debug lines when on). --groups, --rules and --cmdb put sys_user_group rows, routing
// rules and CMDB rows (and the cluster CI map) in the instance first (tools/preview-routing.ts).

import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { fakeInstance } from './glide-fake/index'
import { deliver, deliveriesTable, incidents, logs, resetInstance } from './local-instance'
import { RoutingInputError, seedRouting } from './preview-routing'

function usage(message: string): never {
    process.stderr.write(
        message +
            '\nusage: npm run --silent preview -- [--properties props.json] [--groups groups.json] [--rules rules.json] [--cmdb cmdb.json] [--clock-step-ms N] body.json [more.json …]\n',
    )
    process.exit(2)
}

const args = process.argv.slice(2)
let properties: { [name: string]: string } = {}
let clockStepMs = 0
const files: string[] = []
const routingFiles: { groups?: string; rules?: string; cmdb?: string } = {}
for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '--properties') {
        const file = args[++i] ?? usage('--properties needs a file')
        let parsed: unknown
        try {
            parsed = JSON.parse(readFileSync(file, 'utf8'))
        } catch (e) {
            usage('cannot read properties file ' + file + ': ' + (e as Error).message)
        }
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) usage('the properties file must hold a JSON object')
        properties = Object.fromEntries(Object.entries(parsed as object).map(([k, v]) => [k, String(v)]))
    } else if (a === '--groups' || a === '--rules' || a === '--cmdb') {
        routingFiles[a.slice(2) as 'groups' | 'rules' | 'cmdb'] = args[++i] ?? usage(a + ' needs a file')
    } else if (a === '--clock-step-ms') {
        const v = Number(args[++i])
        if (!Number.isFinite(v) || v < 0) usage('--clock-step-ms needs a non-negative number')
        clockStepMs = v
    } else if (a === '--help' || a === '-h') {
        usage('')
    } else {
        files.push(a)
    }
}
if (files.length === 0) usage('no body files given')

resetInstance(properties)
try {
    seedRouting(routingFiles)
} catch (e) {
    if (e instanceof RoutingInputError) usage(e.message)
    throw e
}
const deliveries = files.map((file) => {
    let raw: string
    try {
        // A file that is not JSON is delivered as it is, so the 400 path can be previewed.
        raw = readFileSync(file, 'utf8')
    } catch (e) {
        usage('cannot read ' + file + ': ' + (e as Error).message)
    }
    const result = deliver(raw)
    // The fake clock moves between deliveries, so a storm spread over time can be previewed.
    fakeInstance.advance(clockStepMs)
    return { input: basename(file), status: result.status, body: result.body }
})
process.stdout.write(JSON.stringify({ deliveries, incidents: incidents(), deliveries_table: deliveriesTable(), logs: logs() }, null, 2) + '\n')
