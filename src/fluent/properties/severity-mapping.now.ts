import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.
// RHACS severity -> "urgency/impact". The platform derives priority from the pair.
// An invalid value falls back to the default below, with one warning in the system log.

Property({
    $id: Now.ID['prop-severity-critical'],
    name: 'x_rhacs_snow.severity.critical',
    type: 'string',
    value: '1/1',
    description: 'Urgency/impact for CRITICAL_SEVERITY policies. Value: urgency/impact, each 1 (High) to 3 (Low), e.g. 1/2.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-severity-high'],
    name: 'x_rhacs_snow.severity.high',
    type: 'string',
    value: '1/2',
    description: 'Urgency/impact for HIGH_SEVERITY policies. Value: urgency/impact, each 1 (High) to 3 (Low), e.g. 1/2.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-severity-medium'],
    name: 'x_rhacs_snow.severity.medium',
    type: 'string',
    value: '2/2',
    description: 'Urgency/impact for MEDIUM_SEVERITY policies. Value: urgency/impact, each 1 (High) to 3 (Low), e.g. 1/2.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-severity-low'],
    name: 'x_rhacs_snow.severity.low',
    type: 'string',
    value: '3/3',
    description: 'Urgency/impact for LOW_SEVERITY policies. Value: urgency/impact, each 1 (High) to 3 (Low), e.g. 1/2.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-severity-other'],
    name: 'x_rhacs_snow.severity.other',
    type: 'string',
    value: '3/3',
    description: 'Urgency/impact for any other or missing severity (UNSET_SEVERITY, unknown values). Value: urgency/impact, each 1 (High) to 3 (Low), e.g. 1/2.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
