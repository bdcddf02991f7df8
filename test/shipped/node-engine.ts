// The shipped modules under Node: each sys_module's code, exactly as installed, turned from ES
// modules into CommonJS (syntax only, target ES2022 so nothing else changes) and evaluated with
// node:vm under its instance path; imports wired by runtime.ts as the instance would.

import vm from 'node:vm'
import * as glideFake from '../../tools/glide-fake/index'
import { createShippedEngine, type EntryScript, type ModuleFactory, type ShippedEngine } from './runtime'
import { isCode, toCommonJs, type Shipment } from './shipment'

export function nodeFactories(shipment: Shipment): { [path: string]: ModuleFactory } {
    const out: { [path: string]: ModuleFactory } = {}
    for (const m of shipment.modules) {
        if (!isCode(m.path)) continue
        const code = toCommonJs(m.content, m.path, 'es2022')
        out[m.path] = vm.compileFunction(code, ['require', 'module', 'exports', 'Date'], { filename: m.path }) as unknown as ModuleFactory
    }
    return out
}

export function nodeEntry(shipment: Shipment): EntryScript {
    const { entry } = shipment
    return vm.compileFunction(entry.script, ['require', 'request', 'response'], { filename: entry.file }) as unknown as EntryScript
}

export function nodeShippedEngine(shipment: Shipment): ShippedEngine {
    const { entry, health } = shipment
    const healthScript = vm.compileFunction(health.script, ['require', 'request', 'response'], { filename: health.file }) as unknown as EntryScript
    return createShippedEngine(nodeFactories(shipment), nodeEntry(shipment), entry.name + ' (' + entry.file + ')', glideFake, Date, {
        script: healthScript,
        name: health.name + ' (' + health.file + ')',
    })
}
