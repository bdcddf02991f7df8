import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.

Property({
    $id: Now.ID['prop-debug'],
    name: 'x_rhacs_snow.debug',
    type: 'boolean',
    value: 'false',
    description: 'Log payload details (policy, user, command, the body head) for each delivery. Off in production: they can contain personal data.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-central-url'],
    name: 'x_rhacs_snow.central_url',
    type: 'string',
    value: '',
    description: 'RHACS Central URL, e.g. https://central.example.com. When set, descriptions carry a link to the violation. Empty: no link.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-assignment-group'],
    name: 'x_rhacs_snow.assignment_group',
    type: 'string',
    value: '',
    description: 'sys_id of the group new RHACS Incidents are assigned to. Empty: left to assignment rules.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-caller'],
    name: 'x_rhacs_snow.caller',
    type: 'string',
    value: '',
    description: 'sys_id of the user new RHACS Incidents name as caller (e.g. an "RHACS" service user, where a data policy requires a caller). Empty: no caller.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-test-incident'],
    name: 'x_rhacs_snow.test_incident',
    type: 'boolean',
    value: 'true',
    description: 'The RHACS "Test" button creates (then updates) one low-priority Incident titled "RHACS integration test".',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
