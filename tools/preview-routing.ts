// The preview's routing inputs: --groups, --rules and --cmdb files seeded into the in-memory
// instance as an admin (or the CMDB) would have left it, and the names shown for the sys_ids an
// Incident stores. See docs/routing.md, "Try rules offline".

import { readFileSync } from 'node:fs'
import { fakeInstance, type Row } from './glide-fake/index'

export type SeedRow = { [column: string]: string | number | boolean | null }

/** Thrown for a file the preview cannot use; the message says what to fix. */
export class RoutingInputError extends Error {}

function readJson(file: string, what: string): unknown {
    try {
        return JSON.parse(readFileSync(file, 'utf8'))
    } catch (e) {
        throw new RoutingInputError('cannot read the ' + what + ' file ' + file + ': ' + (e as Error).message)
    }
}

function rowsOf(value: unknown, what: string): SeedRow[] {
    if (!Array.isArray(value) || value.some((r) => r === null || typeof r !== 'object' || Array.isArray(r))) {
        throw new RoutingInputError('the ' + what + ' must be a JSON array of objects (rows keyed by column name)')
    }
    return value as SeedRow[]
}

/** Column defaults the dictionary gives a new rule or cluster row on the instance (the fake's seed applies none). */
const DEFAULTS: { [table: string]: SeedRow } = {
    x_rhacs_snow_routing_rule: { order: 100, active: true, blocked: 'any', create_incident: true, override_annotation: false },
    x_rhacs_snow_cluster_ci: { active: true },
}

function seed(table: string, rows: SeedRow[]): void {
    const defaulted = rows.map((r) => ({ ...(DEFAULTS[table] ?? {}), ...r }))
    try {
        fakeInstance.seed(table, defaulted as Array<{ [column: string]: unknown }>)
    } catch (e) {
        throw new RoutingInputError((e as Error).message.replace(/^glide-fake: /, ''))
    }
}

/** A value naming a row by sys_id or by name: the sys_id of the one row of these tables it names, else the value itself. */
function byNameOrId(value: unknown, tables: string[]): unknown {
    if (typeof value !== 'string' || value === '') return value
    const rows = tables.flatMap((t) => (fakeInstance.hasTable(t) ? fakeInstance.rows(t) : []))
    if (rows.some((r) => r.sys_id === value)) return value
    const named = rows.filter((r) => r.name === value)
    // An unknown (or ambiguous) name stays as written: the rule then names no record, and the
    // handler skips it with a warning, as it would a rule whose reference is not a record.
    return named.length === 1 ? named[0].sys_id : value
}

const CI_TABLES = ['cmdb_ci', 'cmdb_ci_service', 'cmdb_ci_kubernetes_workload']

/**
 * Seeds the instance: the CMDB file first (its CIs can then be named in rules and cluster rows),
 * then the groups, then the rules. Group, CI and service references may be names.
 */
export function seedRouting(files: { groups?: string; rules?: string; cmdb?: string }): void {
    if (files.cmdb !== undefined) {
        const doc = readJson(files.cmdb, '--cmdb')
        if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new RoutingInputError('the --cmdb file must hold a JSON object: {"<table>": [rows]}')
        const tables = Object.keys(doc as object)
        // The map to CIs goes last, so it can name the CIs of the same file.
        tables.sort((a, b) => (a === 'x_rhacs_snow_cluster_ci' ? 1 : 0) - (b === 'x_rhacs_snow_cluster_ci' ? 1 : 0))
        for (const table of tables) {
            const rows = rowsOf((doc as { [t: string]: unknown })[table], '--cmdb table ' + table)
            if (table === 'x_rhacs_snow_cluster_ci') seed(table, rows.map((r) => ({ ...r, cmdb_ci: byNameOrId(r.cmdb_ci, CI_TABLES) as string })))
            else if (CI_TABLES.indexOf(table) >= 0) seed(table, rows)
            else throw new RoutingInputError('the --cmdb file names table ' + table + '; it can hold ' + CI_TABLES.concat('x_rhacs_snow_cluster_ci').join(', '))
        }
    }
    if (files.groups !== undefined) {
        const rows = rowsOf(readJson(files.groups, '--groups'), '--groups file')
        for (const r of rows) if (typeof r.sys_id !== 'string' || typeof r.name !== 'string') throw new RoutingInputError('every group needs a sys_id and a name: ' + JSON.stringify(r))
        seed('sys_user_group', rows.map((r) => ({ active: true, ...r })))
    }
    if (files.rules !== undefined) {
        const rows = rowsOf(readJson(files.rules, '--rules'), '--rules file')
        seed(
            'x_rhacs_snow_routing_rule',
            rows.map((r) => ({
                ...r,
                assignment_group: byNameOrId(r.assignment_group, ['sys_user_group']) as string,
                cmdb_ci: byNameOrId(r.cmdb_ci, CI_TABLES) as string,
                business_service: byNameOrId(r.business_service, CI_TABLES) as string,
            })),
        )
    }
}

function nameOf(sysId: string, tables: string[]): string {
    if (sysId === '') return ''
    for (const t of tables) {
        if (!fakeInstance.hasTable(t)) continue
        const row = fakeInstance.row(t, sysId)
        if (row !== undefined) return row.name ? row.name + (t === 'sys_user_group' ? '' : ' (' + (row.sys_class_name || t) + ')') : sysId
    }
    return sysId
}

/** What routed an Incident, with names for the sys_ids it stores: the preview's view of routing. */
export function routingView(incident: Row) {
    const created = fakeInstance.rows('x_rhacs_snow_delivery').find((d) => d.incident === incident.sys_id && (d.routed_by ?? '') !== '')
    return {
        routed_by: created?.routed_by ?? '',
        assignment_group: nameOf(incident.assignment_group ?? '', ['sys_user_group']),
        category: incident.category ?? '',
        subcategory: incident.subcategory ?? '',
        cmdb_ci: nameOf(incident.cmdb_ci ?? '', CI_TABLES),
        business_service: nameOf(incident.business_service ?? '', CI_TABLES),
        caller_id: incident.caller_id ?? '',
    }
}
