import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.

Property({
    $id: Now.ID['prop-health-silence-hours'],
    name: 'x_rhacs_snow.health.silence_hours',
    type: 'integer',
    value: '24',
    description: 'Hours without any RHACS delivery after which the health page turns amber and the silence check logs one warning (per silence). 0 turns the silence alarm off.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-health-silence-event'],
    name: 'x_rhacs_snow.health.silence_event',
    type: 'boolean',
    value: 'false',
    description: 'When the silence check warns, also queue the event x_rhacs_snow.health.silent on its job-run row (for an email notification).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
