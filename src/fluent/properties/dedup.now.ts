import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.

Property({
    $id: Now.ID['prop-dedup-mode'],
    name: 'x_rhacs_snow.dedup.mode',
    type: 'choicelist',
    choices: ['workload', 'alert', 'none'],
    value: 'workload',
    description: 'Correlation key: workload (policy + cluster + namespace + entity), alert (the RHACS alert id) or none (one Incident per alert version).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-dedup-closed-action'],
    name: 'x_rhacs_snow.dedup.closed_action',
    type: 'choicelist',
    choices: ['new', 'reopen'],
    value: 'new',
    description: 'When the Incident for a key is Resolved, Closed or Canceled: new (create one that references it) or reopen (set it back to New).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
