// The scenario engine on the TypeScript source, with the Glide fake aliased in (vitest.config.ts).

import { fakeInstance } from '../../tools/glide-fake/index'
import { deliver, health, incidents, resetInstance } from '../../tools/local-instance'
import type { Engine } from './scenario-engine'

export const sourceEngine: Engine = {
    reset: (properties) => resetInstance(properties),
    seed: (rows) => {
        for (const table of Object.keys(rows)) fakeInstance.seed(table, rows[table])
    },
    advance: (ms) => fakeInstance.advance(ms),
    refuseInserts: (table, count) => {
        fakeInstance.refuseInserts[table] = count
    },
    closeIncident: (sysId) => {
        const row = fakeInstance.rows('incident').find((r) => r.sys_id === sysId)
        if (!row) throw new Error('no Incident ' + sysId)
        row.state = '7'
        row.active = '0'
    },
    deliver,
    health,
    incidents: () => incidents(),
    deliveryRowCount: () => fakeInstance.rows('x_rhacs_snow_delivery').length,
    warnings: () => fakeInstance.logs.filter((l) => l.level === 'warn').map((l) => l.message),
    violations: () => fakeInstance.takeViolations(),
}
