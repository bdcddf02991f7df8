// The fake is only as strict as its schema (tools/glide-fake/schema.ts): the app's tables and the
// columns it adds to incident must be exactly what the build ships, or the fake would forgive a
// column the instance does not have, or cut at a length the instance does not use.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { baseSchema, INCIDENT_APP_COLUMNS, type Column } from '../tools/glide-fake/schema'

const app = new URL('../dist/app/', import.meta.url)

const SYSTEM = ['sys_id', 'sys_created_on', 'sys_updated_on', 'sys_created_by', 'sys_updated_by', 'sys_mod_count']

/** The shipped column types the fake distinguishes. */
function fakeType(type: string): Column['type'] {
    if (type === 'string' || type === 'integer' || type === 'boolean' || type === 'glide_date_time' || type === 'reference' || type === 'journal') return type
    throw new Error('the fake has no column type for the shipped type ' + type)
}

function shippedTables(): string[] {
    if (!existsSync(new URL('dictionary/', app))) throw new Error('dist/app is missing: run `npm run build` (npm test does) before the tests')
    return readdirSync(new URL('dictionary/', app))
        .filter((f) => f.startsWith('x_rhacs_snow_'))
        .map((f) => f.replace(/\.xml$/, ''))
        .sort()
}

describe("the fake's schema is the built dictionary", () => {
    it('every app table the build ships, with the same columns, types, lengths and indexes', () => {
        const schema = baseSchema()
        const tables = shippedTables()
        expect(tables.length).toBeGreaterThan(0)
        for (const table of tables) {
            const xml = readFileSync(new URL('dictionary/' + table + '.xml', app), 'utf8')
            const columns: { [name: string]: Column } = {}
            for (const m of xml.matchAll(/<element name="([a-z0-9_]+)" type="([a-z_]+)"[^>]* max_length="(\d+)"/g)) {
                if (m[2] === 'collection') continue
                columns[m[1]] = { type: fakeType(m[2]), maxLength: Number(m[3]) }
            }
            const indexes = [...xml.matchAll(/<index name="[^"]+" unique="(true|false)">([\s\S]*?)<\/index>/g)].map((m) => ({
                fields: [...m[2].matchAll(/<element name="([a-z0-9_]+)"\/>/g)].map((e) => e[1]),
                unique: m[1] === 'true',
            }))
            const fake = schema[table]
            expect(fake, 'the fake has no table ' + table).toBeDefined()
            const fakeColumns = Object.fromEntries(Object.entries(fake.columns).filter(([name]) => !SYSTEM.includes(name)))
            expect(fakeColumns, table).toEqual(columns)
            expect(fake.indexes, table).toEqual(indexes)
        }
    })

    it('the columns the app adds to incident', () => {
        const shipped: { [name: string]: Column } = {}
        for (const f of readdirSync(new URL('update/', app)).filter((x) => x.startsWith('sys_dictionary_incident_'))) {
            const xml = readFileSync(new URL('update/' + f, app), 'utf8')
            const name = /<element>([^<]+)<\/element>/.exec(xml)![1]
            shipped[name] = { type: fakeType(/<internal_type>([^<]+)<\/internal_type>/.exec(xml)![1]), maxLength: Number(/<max_length>(\d+)<\/max_length>/.exec(xml)![1]) }
        }
        // The platform stores integers, dates and references in its own widths; the build's numbers are nominal.
        expect(Object.keys(shipped).sort()).toEqual(Object.keys(INCIDENT_APP_COLUMNS).sort())
        for (const name of Object.keys(shipped)) {
            expect(INCIDENT_APP_COLUMNS[name].type, name).toBe(shipped[name].type)
            if (shipped[name].type === 'string') expect(INCIDENT_APP_COLUMNS[name].maxLength, name).toBe(shipped[name].maxLength)
        }
    })
})
