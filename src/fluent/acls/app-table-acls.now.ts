import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { adminRole } from '../roles/integration-role.now'

// Who may see and change the app's tables through the UI and the Table API. The app's own server
// code writes them with GlideRecord, which ACLs do not govern (docs/platform-assumptions.md,
// "Access controls"), so the integration user needs none of these.
// Analysts (itil) read deliveries, problems, alerts and job runs: the RHACS triage view's related list shows them
// the rows behind an Incident. The raw body stays with the app admin: it can hold personal data.
// Changing or deleting rows is the app admin's (the retention job runs as the system user).

const ANALYSTS = [adminRole, 'itil']

Acl({
    $id: Now.ID['acl-delivery-read'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read RHACS delivery rows.',
})

Acl({
    $id: Now.ID['acl-delivery-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS delivery rows (the raw body has its own rule).',
})

Acl({
    $id: Now.ID['acl-delivery-read-raw-body'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    field: 'raw_body',
    operation: 'read',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins read the raw body RHACS sent: it can contain user names and commands.',
})

Acl({
    $id: Now.ID['acl-delivery-create'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins create RHACS delivery rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-delivery-write'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins write RHACS delivery rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-delivery-delete'],
    type: 'record',
    table: 'x_rhacs_snow_delivery',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS delivery rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-problem-read'],
    type: 'record',
    table: 'x_rhacs_snow_problem',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read which Incident is current for each RHACS problem.',
})

Acl({
    $id: Now.ID['acl-problem-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_problem',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS problems.',
})

Acl({
    $id: Now.ID['acl-problem-create'],
    type: 'record',
    table: 'x_rhacs_snow_problem',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins create RHACS problems by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-problem-write'],
    type: 'record',
    table: 'x_rhacs_snow_problem',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins write RHACS problems by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-problem-delete'],
    type: 'record',
    table: 'x_rhacs_snow_problem',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS problems by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-alert-read'],
    type: 'record',
    table: 'x_rhacs_snow_alert',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read which RHACS alerts are behind an Incident and their state in Central.',
})

Acl({
    $id: Now.ID['acl-alert-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_alert',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS alert rows.',
})

Acl({
    $id: Now.ID['acl-alert-create'],
    type: 'record',
    table: 'x_rhacs_snow_alert',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins create RHACS alert rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-alert-write'],
    type: 'record',
    table: 'x_rhacs_snow_alert',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins write RHACS alert rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-alert-delete'],
    type: 'record',
    table: 'x_rhacs_snow_alert',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS alert rows by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-job-run-read'],
    type: 'record',
    table: 'x_rhacs_snow_job_run',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the runs of the RHACS lifecycle jobs.',
})

Acl({
    $id: Now.ID['acl-job-run-read-fields'],
    type: 'record',
    table: 'x_rhacs_snow_job_run',
    field: '*',
    operation: 'read',
    roles: ANALYSTS,
    adminOverrides: true,
    description: 'Analysts (itil) and RHACS integration admins read the fields of RHACS job runs.',
})

Acl({
    $id: Now.ID['acl-job-run-create'],
    type: 'record',
    table: 'x_rhacs_snow_job_run',
    operation: 'create',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins create RHACS job runs by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-job-run-write'],
    type: 'record',
    table: 'x_rhacs_snow_job_run',
    operation: 'write',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins write RHACS job runs by hand; the app writes them itself.',
})

Acl({
    $id: Now.ID['acl-job-run-delete'],
    type: 'record',
    table: 'x_rhacs_snow_job_run',
    operation: 'delete',
    roles: [adminRole],
    adminOverrides: true,
    description: 'Only RHACS integration admins delete RHACS job runs by hand; the app writes them itself.',
})
