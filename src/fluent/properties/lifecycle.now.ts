import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Following each alert after its Incident opened (docs/incident-lifecycle.md). Names and defaults
// mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal. The Central
// URL is x_rhacs_snow.central_url; the API token lives in the credential of the rhacs_central
// alias, never in a property.

Property({
    $id: Now.ID['prop-lifecycle-resolve-in-rhacs'],
    name: 'x_rhacs_snow.lifecycle.resolve_in_rhacs',
    type: 'boolean',
    value: 'false',
    description: 'When an analyst resolves or closes an RHACS Incident, resolve its runtime and blocked alerts in RHACS Central (needs the rhacs_central credential with Alert write).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-add-to-baseline'],
    name: 'x_rhacs_snow.lifecycle.add_to_baseline',
    type: 'boolean',
    value: 'false',
    description: "With resolve in RHACS: also add the alerts' processes to the deployment's process baseline, so the same process stops alerting.",
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-quiet-days'],
    name: 'x_rhacs_snow.lifecycle.quiet_days',
    type: 'integer',
    value: '0',
    description: 'Resolve an open RHACS Incident that received no delivery for this many days (for instances without a Central connection). 0 = off.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-close-code'],
    name: 'x_rhacs_snow.lifecycle.close_code',
    type: 'string',
    value: 'Solution provided',
    description: "Resolution code (incident.close_code value) the integration sets when it resolves an Incident. Must be one of the instance's resolution codes.",
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-close-notes'],
    name: 'x_rhacs_snow.lifecycle.close_notes',
    type: 'string',
    value: 'Resolved by the RHACS integration: RHACS reports every alert behind this Incident as resolved or no longer present.',
    description: 'Resolution notes the integration sets when it resolves an Incident; the work note says what RHACS reported.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-reconcile-max-incidents'],
    name: 'x_rhacs_snow.lifecycle.reconcile_max_incidents',
    type: 'integer',
    value: '20000',
    description: 'At most this many open Incidents checked per reconcile run; the next run resumes after the last one.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-reconcile-max-calls'],
    name: 'x_rhacs_snow.lifecycle.reconcile_max_calls',
    type: 'integer',
    value: '400',
    description: 'At most this many calls to RHACS Central per reconcile run (each asks about up to 100 alerts).',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-reconcile-max-seconds'],
    name: 'x_rhacs_snow.lifecycle.reconcile_max_seconds',
    type: 'integer',
    value: '300',
    description: 'A reconcile run stops starting new Central calls after this many seconds and resumes next run.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

Property({
    $id: Now.ID['prop-lifecycle-run-retention-days'],
    name: 'x_rhacs_snow.lifecycle.run_retention_days',
    type: 'integer',
    value: '30',
    description: 'Job-run rows older than this many days are deleted by the reconcile job.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})
