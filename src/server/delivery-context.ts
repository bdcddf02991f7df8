// What every flow of one delivery shares: the platform, the configuration, the body and its time,
// and how a flow reports what it did. Also the delivery row: every POST gets exactly one.

import type { AlertFacts } from './alert-facts.ts'
import type { AppConfig } from './app-properties.ts'
import type { RoutingCache } from './incident-routing.ts'
import { CLOSED_STATES, type DeliveryRecord, type IncidentRow, type MessageKind, type Outcome, type Platform } from './platform-port.ts'
import { truncate } from './text-limits.ts'

export interface Delivery {
    platform: Platform
    config: AppConfig
    rawBody: string
    nowMs: number
    /** GlideDateTime value of nowMs (UTC). */
    received: string
    /** The routing rules, once read in this transaction (incident-routing.ts). */
    routing?: RoutingCache
}

/** What a flow did with the delivery: the HTTP answer and the Incident it touched. */
export interface IncidentResult {
    status: number
    outcome: Outcome
    incident: { sysId: string; number: string } | null
    key: string
    detail: string
    extra?: { [key: string]: unknown }
}

export function isOpen(row: IncidentRow): boolean {
    return CLOSED_STATES.indexOf(row.state) < 0
}

export function baseRecord(d: Delivery, kind: MessageKind): DeliveryRecord {
    return {
        received: d.received,
        kind,
        alert_id: '',
        alert_version: '',
        policy_id: '',
        policy: '',
        severity: '',
        cluster: '',
        namespace: '',
        entity_type: '',
        entity_name: '',
        lifecycle_stage: '',
        violation_count: 0,
        dedup_key: '',
        outcome: 'ignored',
        incident: '',
        http_status: 0,
        detail: '',
        raw_body: '',
        raw_body_chars: d.rawBody.length,
        raw_body_attached: false,
        claim: '',
        storm_batch: '',
        routed_by: '',
    }
}

/** The row of an alert delivery. Values are cut and cleaned at the write boundary (record-fields.ts). */
export function alertRecord(d: Delivery, kind: MessageKind, facts: AlertFacts, key: string, versionKey: string): DeliveryRecord {
    return {
        ...baseRecord(d, kind),
        alert_id: facts.alertId,
        alert_version: versionKey,
        policy_id: facts.policyId || facts.policyName,
        policy: facts.policyName,
        severity: facts.severity,
        cluster: facts.clusterName,
        namespace: facts.namespace,
        entity_type: facts.entity.type || facts.entity.kind,
        entity_name: facts.entity.name,
        lifecycle_stage: facts.lifecycleStage,
        violation_count: facts.violationCount,
        dedup_key: key,
    }
}

/**
 * Writes the delivery row; the raw body is kept whole up to the configured bound, and beyond
 * it the row keeps the head while the whole body becomes an attachment, so nothing is lost.
 */
export function recordDelivery(d: Delivery, record: DeliveryRecord): string | null {
    const oversized = d.rawBody.length > d.config.rawBodyMaxChars
    const row: DeliveryRecord = {
        ...record,
        raw_body: oversized ? truncate(d.rawBody, d.config.rawBodyMaxChars, ' …[whole body attached]') : d.rawBody,
        raw_body_attached: oversized,
    }
    const sysId = d.platform.insertDelivery(row)
    if (sysId !== null && oversized && !d.platform.attachRawBody(sysId, d.rawBody)) {
        d.platform.warn('RHACS delivery ' + sysId + ': the raw body could not be attached; its first ' + d.config.rawBodyMaxChars + ' characters are on the row.')
        d.platform.updateDelivery(sysId, { raw_body_attached: false })
    }
    return sysId
}

export function occurrencesLine(occurrences: number, received: string): string {
    return 'Occurrences: ' + occurrences + '; last seen ' + received + ' UTC.'
}
