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
