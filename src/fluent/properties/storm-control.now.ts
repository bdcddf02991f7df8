import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.

Property({
    $id: Now.ID['prop-storm-policy-budget'],
    name: 'x_rhacs_snow.storm.policy_budget',
    type: 'integer',
    value: '10',
    description: 'At most this many new Incidents per policy per window; further new problems of the policy go to one storm Incident.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-storm-global-budget'],
    name: 'x_rhacs_snow.storm.global_budget',
    type: 'integer',
    value: '50',
    description: 'At most this many new Incidents over all policies per window.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-storm-window'],
    name: 'x_rhacs_snow.storm.window_minutes',
    type: 'integer',
    value: '10',
    description: 'Length of the storm-control window, in minutes.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
