// The scoped `gs` on the fake instance: properties, the system log, GUIDs, events, tables.

import { fakeInstance } from './instance'
import { PROPERTY_VALUE_MAX } from './schema'

interface EventRecord {
    getTableName(): string
    getUniqueValue(): string
}

export const gs = {
    getProperty(name: string, alt?: unknown): unknown {
        return Object.prototype.hasOwnProperty.call(fakeInstance.properties, name) ? fakeInstance.properties[name] : alt
    },
    info(message: string): void {
        fakeInstance.logs.push({ level: 'info', message })
    },
    warn(message: string): void {
        fakeInstance.logs.push({ level: 'warn', message })
    },
    error(message: string): void {
        fakeInstance.logs.push({ level: 'error', message })
    },
    debug(message: string): void {
        fakeInstance.logs.push({ level: 'debug', message })
    },
    /** A message on the user's next page (a form's info bar); kept for the test to read. */
    addInfoMessage(message: string): void {
        fakeInstance.messages.push({ level: 'info', message: String(message) })
    },
    addErrorMessage(message: string): void {
        fakeInstance.messages.push({ level: 'error', message: String(message) })
    },
    generateGUID(): string {
        return fakeInstance.guid()
    },
    /** Metadata, no row read (docs/platform-assumptions.md, "Kubernetes workload CIs"). */
    tableExists(name: string): boolean {
        fakeInstance.record({ op: 'meta', table: String(name) })
        return fakeInstance.hasTable(String(name))
    },
    /** A sys_properties write (the platform flushes its property cache): counted as an update. The
     * value column holds PROPERTY_VALUE_MAX characters: a longer value is cut, and that is a
     * violation (docs/platform-assumptions.md, "Property value length"). */
    setProperty(key: string, value: string, _description?: string): void {
        fakeInstance.record({ op: 'update', table: 'sys_properties' })
        let v = String(value)
        if (v.length > PROPERTY_VALUE_MAX) {
            fakeInstance.violate('sys_properties.value holds ' + PROPERTY_VALUE_MAX + ' characters: a value of ' + v.length + ' for ' + String(key) + ' is cut')
            v = v.slice(0, PROPERTY_VALUE_MAX)
        }
        fakeInstance.properties[String(key)] = v
    },
    /** Queues an event on a record; the fake keeps it for the test to read (docs/platform-assumptions.md, "Events"). */
    eventQueue(name: string, record: EventRecord | null, parm1?: string, parm2?: string): void {
        fakeInstance.events.push({
            name,
            table: record ? record.getTableName() : '',
            sysId: record ? record.getUniqueValue() : '',
            parm1: parm1 === undefined || parm1 === null ? '' : String(parm1),
            parm2: parm2 === undefined || parm2 === null ? '' : String(parm2),
        })
    },
}
