import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.

Property({
    $id: Now.ID['prop-raw-body-max'],
    name: 'x_rhacs_snow.deliveries.raw_body_max_chars',
    type: 'integer',
    value: '100000',
    description: 'Raw bodies up to this many characters are kept on the delivery row; larger ones are attached whole (rhacs-body.json).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-retention-days'],
    name: 'x_rhacs_snow.deliveries.retention_days',
    type: 'integer',
    value: '30',
    description: 'The daily retention job deletes RHACS delivery rows older than this many days.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
