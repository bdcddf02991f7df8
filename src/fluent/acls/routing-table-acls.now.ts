import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/integration-role.now'

// The routing tables, like the app's other tables (app-table-acls.now.ts): analysts (itil) read
// them, so they can see why an Incident went where it went; only the app admin changes them. The
// handler reads them with GlideRecord, which ACLs do not govern.

const ANALYSTS = [adminRole, 'itil']

Acl({
    $id: Now.ID['acl-routing-rule-read'],
    type: 'record',
    table: 'x_rhacs_snow_routing_rule',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the RHACS routing rules.',
})

Acl({
    $id: Now.ID['acl-routing-rule-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_routing_rule',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS routing rules.',
})

Acl({
    $id: Now.ID['acl-routing-rule-create'],
    type: 'record',
    table: 'x_rhacs_snow_routing_rule',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins create RHACS routing rules.',
})

Acl({
    $id: Now.ID['acl-routing-rule-write'],
    type: 'record',
    table: 'x_rhacs_snow_routing_rule',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins change RHACS routing rules.',
})

Acl({
    $id: Now.ID['acl-routing-rule-delete'],
    type: 'record',
    table: 'x_rhacs_snow_routing_rule',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS routing rules.',
})

Acl({
    $id: Now.ID['acl-cluster-ci-read'],
    type: 'record',
    table: 'x_rhacs_snow_cluster_ci',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read which configuration item stands for each RHACS cluster.',
})

Acl({
    $id: Now.ID['acl-cluster-ci-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_cluster_ci',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS cluster CI rows.',
})

Acl({
    $id: Now.ID['acl-cluster-ci-create'],
    type: 'record',
    table: 'x_rhacs_snow_cluster_ci',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins map RHACS clusters to configuration items.',
})

Acl({
    $id: Now.ID['acl-cluster-ci-write'],
    type: 'record',
    table: 'x_rhacs_snow_cluster_ci',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins change RHACS cluster CI rows.',
})

Acl({
    $id: Now.ID['acl-cluster-ci-delete'],
    type: 'record',
    table: 'x_rhacs_snow_cluster_ci',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS cluster CI rows.',
})
