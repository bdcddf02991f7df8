import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { adminRole, integrationRole } from '../roles/integration-role.now'

// Names and defaults mirror src/server/app-properties.ts; test/fluent-metadata.test.ts keeps them equal.
// Routing rules themselves are records (x_rhacs_snow_routing_rule); see docs/routing.md.

Property({
    $id: Now.ID['prop-routing-annotation-key'],
    name: 'x_rhacs_snow.routing.annotation_key',
    type: 'string',
    value: 'servicenow/assignment-group',
    description:
        'Deployment annotation whose value names the assignment group of a new RHACS Incident (the workload team\'s own choice); it wins over the routing rules\' group unless the matching rule overrides annotations. Empty: annotations are not read.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
})

// Written by the app: the integration user's session records the first check, the daily routing
// check job re-checks. Hence the integration role among the write roles.
Property({
    $id: Now.ID['prop-routing-workload-ci-lookup'],
    name: 'x_rhacs_snow.routing.workload_ci_lookup',
    type: 'string',
    value: 'unchecked',
    description:
        'Whether this instance has the Kubernetes workload CMDB class (cmdb_ci_kubernetes_workload with a k8s_uid column) to find a workload\'s CI by its Kubernetes UID: available, missing, or unchecked (checked on the next new Incident). Written by the app; the daily "RHACS routing check" job checks again. Set it to unchecked after installing the CMDB CI Class Models app.',
    roles: { read: [adminRole, integrationRole], write: [adminRole, integrationRole] },
})

// Written by the app only: the after business rules on the routing rules and cluster CI tables
// (in the admin's transaction) and the daily routing check job; read by every new Incident with
// gs.getProperty (the property cache: no query). Private: it mirrors this instance's tables, so
// an update set must not carry it to another instance. Ignore cache: it changes with every rule
// edit, and its value lives only in sys_properties, the case the platform's docs give for it
// (docs/platform-assumptions.md, "The routing snapshot property").
Property({
    $id: Now.ID['prop-routing-snapshot'],
    name: 'x_rhacs_snow.routing.snapshot',
    type: 'string',
    value: '',
    description:
        'Written by the app; do not edit. The active routing rules and cluster CI rows in one value, so a new Incident is routed without reading those tables. Rebuilt whenever a routing rule or cluster CI row is saved or deleted, and by the daily "RHACS routing check" job (Execute Now to rebuild it at once). Empty: not built yet, or the tables do not fit in it (see the system log); the rules and cluster CIs are then read from their tables.',
    roles: { read: [adminRole, integrationRole], write: [adminRole] },
    ignoreCache: true,
    isPrivate: true,
})
