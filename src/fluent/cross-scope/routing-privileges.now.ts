import '@servicenow/sdk/global'
import { CrossScopePrivilege } from '@servicenow/sdk/core'

// Routing reads two global tables: the group a deployment annotation names (sys_user_group, by
// name or sys_id) and a workload's CI by its Kubernetes UID (cmdb_ci_kubernetes_workload, only
// when the instance has that class). Read only: the app writes neither.
CrossScopePrivilege({
    $id: Now.ID['csp-sys-user-group-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'sys_user_group',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

CrossScopePrivilege({
    $id: Now.ID['csp-k8s-workload-read'],
    operation: 'read',
    status: 'allowed',
    targetName: 'cmdb_ci_kubernetes_workload',
    targetScope: 'global',
    targetType: 'sys_db_object',
})
