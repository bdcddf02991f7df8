// Order by time, never by position: RHACS lists K8s-event and network violations newest first,
// but appends the processes of a process alert oldest first (merging stops at 40). What the
// Incident shows first (pod, container, command, event time) is the newest by its own time.

import { arrayField, asObject, asText, objectField, textField, type JsonObject } from './json-reading.ts'
import { timestampSortKey } from './rhacs-time.ts'

/**
 * Newest first by the time each item carries; items without a time keep their payload order,
 * after the timed ones. Stable: equal times keep payload order (no engine's sort stability is
 * relied on: the index breaks ties).
 */
export function newestFirst<T>(items: T[], timeOf: (item: T) => string): T[] {
    const keyed = items.map((item, index) => ({ item, index, key: timestampSortKey(timeOf(item)) }))
    keyed.sort((a, b) => {
        if (a.key !== b.key) return a.key < b.key ? 1 : -1
        return a.index - b.index
    })
    return keyed.map((k) => k.item)
}

export interface ProcessItem {
    /** execFilePath (or name) and arguments, as run. */
    command: string
    time: string
    uid: string
    pod: string
    container: string
    parent: string
}

export interface ProcessList {
    /** The first 40 in payload order, with what identifies each (dedup). */
    tracked: Array<{ message: string; time: string; identity: string[] }>
    /** Distinct processes (command, UID, container, pod), newest first by signal time. */
    distinct: ProcessItem[]
    /** Processes in the alert. */
    total: number
}

const TRACKED = 40

function commandOf(signal: JsonObject | null): string {
    const path = textField(signal, 'execFilePath') || textField(signal, 'name')
    const args = textField(signal, 'args')
    return (path + (args ? ' ' + args : '')).trim()
}

export function readProcesses(pv: JsonObject | null): ProcessList {
    const processes = arrayField(pv, 'processes')
    const tracked: ProcessList['tracked'] = []
    const all: ProcessItem[] = []
    // All processes are read for the order (RHACS keeps at most 40); a longer list is cut there.
    for (let i = 0; i < processes.length && i < TRACKED; i++) {
        const p = asObject(processes[i])
        if (p === null) continue
        const signal = objectField(p, 'signal')
        const command = commandOf(signal)
        const time = textField(signal, 'time')
        const pod = textField(p, 'podId')
        const container = textField(p, 'containerName')
        const message = "Process '" + command + "'" + (pod ? ' in pod ' + pod : '') + (container ? ' container ' + container : '')
        const id = textField(signal, 'id')
        tracked.push({ message, time, identity: id !== '' ? ['signal', id] : ['process', message, time] })
        all.push({
            command,
            time,
            uid: asText(signal?.['uid']),
            pod,
            container,
            parent: textField(asObject(arrayField(signal, 'lineageInfo')[0]), 'parentExecFilePath'),
        })
    }
    const distinct: ProcessItem[] = []
    const seen: { [key: string]: true } = Object.create(null)
    for (const p of newestFirst(all, (x) => x.time)) {
        const key = p.command + '\u0000' + p.uid + '\u0000' + p.container + '\u0000' + p.pod
        if (seen[key] === true) continue
        seen[key] = true
        distinct.push(p)
    }
    return { tracked, distinct, total: processes.length }
}
