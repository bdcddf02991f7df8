import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// incident is a global table: the handler reads (dedup lookup), creates and writes Incidents.
CrossScopePrivilege({
    $id: Now.ID['csp-incident-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['csp-incident-create'],
    operation: 'create',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['csp-incident-write'],
    operation: 'write',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

// Only the shipped ATF tests delete Incidents: each removes the one its REST steps created, which
// ATF cannot roll back (docs/atf-tests.md). The handler and the jobs never delete an Incident.
CrossScopePrivilege({
    $id: Now.ID['csp-incident-delete'],
    operation: 'delete',
    status: 'allowed',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
