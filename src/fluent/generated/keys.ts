import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-alert-create': {
                        table: 'sys_security_acl'
                        id: 'adf84d3403b44ecdad03a0c5a8e56f6b'
                    }
                    'acl-alert-delete': {
                        table: 'sys_security_acl'
                        id: '62e01c722929443f8a16a089a8187f89'
                    }
                    'acl-alert-read': {
                        table: 'sys_security_acl'
                        id: '33b8b9737d2e454787f73fc580a2d5fe'
                    }
                    'acl-alert-read-fields': {
                        table: 'sys_security_acl'
                        id: '136e5850b7c142bebe6941335e7db855'
                    }
                    'acl-alert-write': {
                        table: 'sys_security_acl'
                        id: '061bb1b079e94f6fa2f5ec6ae2453193'
                    }
                    'acl-cluster-ci-create': {
                        table: 'sys_security_acl'
                        id: 'f61f30929db248979ca4bb8baffab939'
                    }
                    'acl-cluster-ci-delete': {
                        table: 'sys_security_acl'
                        id: '420db14ea18c46aea6ddcb47951f2df7'
                    }
                    'acl-cluster-ci-read': {
                        table: 'sys_security_acl'
                        id: '0515cc8dbd264fe2affddbe65e796f00'
                    }
                    'acl-cluster-ci-read-fields': {
                        table: 'sys_security_acl'
                        id: '7af845dd8f2048c7b5df6c6cc6327bb7'
                    }
                    'acl-cluster-ci-write': {
                        table: 'sys_security_acl'
                        id: 'f2c7cfc6324d4763a2c40bf3c6b63909'
                    }
                    'acl-delivery-create': {
                        table: 'sys_security_acl'
                        id: 'da699568aca442c2bd63dc70b7e4b30b'
                    }
                    'acl-delivery-delete': {
                        table: 'sys_security_acl'
                        id: '56e6cefafcc14a70a9aaf5404c5ab052'
                    }
                    'acl-delivery-read': {
                        table: 'sys_security_acl'
                        id: '0eb3d71abff842d587c37081d79b9425'
                    }
                    'acl-delivery-read-fields': {
                        table: 'sys_security_acl'
                        id: '17b482e898e6408da58855e30395d4e7'
                    }
                    'acl-delivery-read-raw-body': {
                        table: 'sys_security_acl'
                        id: 'f2a725379ecf46338f0436379d80325f'
                    }
                    'acl-delivery-write': {
                        table: 'sys_security_acl'
                        id: '61276440b6844e06a08e86ccb5daccea'
                    }
                    'acl-job-run-create': {
                        table: 'sys_security_acl'
                        id: '3fbf3966c0ae4b35b13842559b18f0f4'
                    }
                    'acl-job-run-delete': {
                        table: 'sys_security_acl'
                        id: '37ba16994ed247dd984e9b895c269f5f'
                    }
                    'acl-job-run-read': {
                        table: 'sys_security_acl'
                        id: '455705b9397f40df9f7bdcb8223af75c'
                    }
                    'acl-job-run-read-fields': {
                        table: 'sys_security_acl'
                        id: '0a1c41b54b4f4e348b252f1d7e6ce94b'
                    }
                    'acl-job-run-write': {
                        table: 'sys_security_acl'
                        id: '59953a2b895f43438853c088d5964428'
                    }
                    'acl-problem-create': {
                        table: 'sys_security_acl'
                        id: '28c62874b2264a209993c4952223524f'
                    }
                    'acl-problem-delete': {
                        table: 'sys_security_acl'
                        id: '576356a339184e69a1e54588bc133d5e'
                    }
                    'acl-problem-read': {
                        table: 'sys_security_acl'
                        id: '87caa66bea0c4e4ea19207c9d369b0df'
                    }
                    'acl-problem-read-fields': {
                        table: 'sys_security_acl'
                        id: '52e8cab06cf947e5b56000f19449443b'
                    }
                    'acl-problem-write': {
                        table: 'sys_security_acl'
                        id: 'c87051a9aabd456f8f368865d87ddd94'
                    }
                    'acl-rest-alert-endpoint': {
                        table: 'sys_security_acl'
                        id: '6fa2012ef20d453aa2f97ffc85adbdfc'
                    }
                    'acl-rest-health-endpoint': {
                        table: 'sys_security_acl'
                        id: '0162137167e24cbfbb59f094ca0080e1'
                    }
                    'acl-routing-rule-create': {
                        table: 'sys_security_acl'
                        id: '4a2b8e8acc4a411288e0d337f5c574ac'
                    }
                    'acl-routing-rule-delete': {
                        table: 'sys_security_acl'
                        id: '958e6c51f3c54e189bc4938962b71c63'
                    }
                    'acl-routing-rule-read': {
                        table: 'sys_security_acl'
                        id: 'a732332fc8c541e9bd87cfc095aaa0a1'
                    }
                    'acl-routing-rule-read-fields': {
                        table: 'sys_security_acl'
                        id: '776adfedde054146a8c6e7538aa9a791'
                    }
                    'acl-routing-rule-write': {
                        table: 'sys_security_acl'
                        id: '1ed5e5f685bd4b6599d99d83b0d6bbda'
                    }
                    'alias-rhacs-central-token': {
                        table: 'sys_alias'
                        id: '625e593dfac44fd69ec1c5607ad36f29'
                    }
                    'atf-analyst-access': {
                        table: 'sys_atf_test'
                        id: '0acb165be71b4e188556c1867764671f'
                    }
                    'atf-analyst-access-script': {
                        table: 'sys_atf_step'
                        id: 'b652f311f6d24290b98f24e084a4eea4'
                    }
                    'atf-analyst-access-user': {
                        table: 'sys_atf_step'
                        id: '5139626270d545d3b870cb05c15d3266'
                    }
                    'atf-dedup-cleanup': {
                        table: 'sys_atf_step'
                        id: '1b7e995135fa4170addcf29f6e9f0a73'
                    }
                    'atf-dedup-delivery-duplicate': {
                        table: 'sys_atf_step'
                        id: '6c515f0a5b664b1f9b3f2d1ad6a67c6e'
                        deleted: true
                    }
                    'atf-dedup-first-outcome-created': {
                        table: 'sys_atf_step'
                        id: '672dd274c5744079a89d76f10d082ce8'
                    }
                    'atf-dedup-first-send': {
                        table: 'sys_atf_step'
                        id: '63b3136d4936416f846bc3b6126f2675'
                    }
                    'atf-dedup-first-status-201': {
                        table: 'sys_atf_step'
                        id: '479c13bfb9e7480f98932e2568d5abd8'
                    }
                    'atf-dedup-one-incident': {
                        table: 'sys_atf_step'
                        id: 'c89db92a1a7a4527aaa15114006f435a'
                    }
                    'atf-dedup-run': {
                        table: 'sys_atf_step'
                        id: 'f50038caaae24dbead618c5819543c4f'
                    }
                    'atf-dedup-second-json-valid': {
                        table: 'sys_atf_step'
                        id: '4d070d4cb9ee4ebea5d924e697326530'
                    }
                    'atf-dedup-second-names-incident': {
                        table: 'sys_atf_step'
                        id: 'f783f7a9982f48a5b2c67c38f431fe09'
                    }
                    'atf-dedup-second-number-present': {
                        table: 'sys_atf_step'
                        id: 'b7dae99549e7421796d774aecb287b85'
                        deleted: true
                    }
                    'atf-dedup-second-outcome-duplicate': {
                        table: 'sys_atf_step'
                        id: 'f3cea281ff0546629745ae74109dae28'
                    }
                    'atf-dedup-second-send': {
                        table: 'sys_atf_step'
                        id: '03989de88cb74caaa102ff1cce6a7810'
                    }
                    'atf-dedup-second-status-200': {
                        table: 'sys_atf_step'
                        id: '502a1cb1e86d4591a39a751bd554066d'
                    }
                    'atf-exec-create-cleanup': {
                        table: 'sys_atf_step'
                        id: 'e1a5a8d3815c41ba8762676b6999f9db'
                    }
                    'atf-exec-create-correlation-id': {
                        table: 'sys_atf_step'
                        id: '0f16396d23004614a7c06f041330be62'
                    }
                    'atf-exec-create-find-incident': {
                        table: 'sys_atf_step'
                        id: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                    }
                    'atf-exec-create-json-valid': {
                        table: 'sys_atf_step'
                        id: '06fd58c910e448189f2f428bf735454a'
                    }
                    'atf-exec-create-number-present': {
                        table: 'sys_atf_step'
                        id: '5e1cc58991ce41e9a9f4cdb18adfccdd'
                        deleted: true
                    }
                    'atf-exec-create-outcome-created': {
                        table: 'sys_atf_step'
                        id: '5c4204d1e5204d1faf1f860b91e94435'
                    }
                    'atf-exec-create-response-names-incident': {
                        table: 'sys_atf_step'
                        id: '909c8b02a0004fba959c3dd03a33cb8f'
                    }
                    'atf-exec-create-run': {
                        table: 'sys_atf_step'
                        id: 'faed4c72039646b28ad248925144e738'
                    }
                    'atf-exec-create-send': {
                        table: 'sys_atf_step'
                        id: '486c59bb978a402f92ad04705f7fdccb'
                    }
                    'atf-exec-create-status-201': {
                        table: 'sys_atf_step'
                        id: 'e40d6fe6534c412db85d63f03d48bc13'
                    }
                    'atf-exec-create-validate-incident': {
                        table: 'sys_atf_step'
                        id: '16a743d108fe461abfd8a194985f3c77'
                    }
                    'atf-exec-into-pod-creates-incident': {
                        table: 'sys_atf_test'
                        id: '79084d54fe694d5f920dd53c09e80151'
                    }
                    'atf-exec-into-pod-dedup': {
                        table: 'sys_atf_test'
                        id: '73368306d79740c8992bd514fd1c8b87'
                    }
                    'atf-health-endpoint-200': {
                        table: 'sys_atf_test'
                        id: 'e22026dd6a3d40818929a3ab72fa25db'
                    }
                    'atf-health-endpoint-200-config': {
                        table: 'sys_atf_step'
                        id: '6fb60fecaa3f4c2eb602dd764c13eba9'
                    }
                    'atf-health-endpoint-200-days': {
                        table: 'sys_atf_step'
                        id: '5e1354277c32427880dd449ea7f0df60'
                    }
                    'atf-health-endpoint-200-hours': {
                        table: 'sys_atf_step'
                        id: 'b75ac0cb0608463db1f6ac6b4a27af1f'
                    }
                    'atf-health-endpoint-200-json': {
                        table: 'sys_atf_step'
                        id: 'b484fe56b2a44887a04e625320a1b123'
                    }
                    'atf-health-endpoint-200-level': {
                        table: 'sys_atf_step'
                        id: 'b163ed88b13040bb9976728e97f51efd'
                    }
                    'atf-health-endpoint-200-no-errors': {
                        table: 'sys_atf_step'
                        id: 'b7fbadb7dcb84414b859623f3ed8094e'
                    }
                    'atf-health-endpoint-200-no-store': {
                        table: 'sys_atf_step'
                        id: 'b91ef73251ed48a7953f0aa9b24b7a4f'
                    }
                    'atf-health-endpoint-200-send': {
                        table: 'sys_atf_step'
                        id: '238443968a1641f2af73f3a1379fae66'
                    }
                    'atf-health-endpoint-200-silence': {
                        table: 'sys_atf_step'
                        id: '13a0f37e0a4b4fc19eb2ad21e46d74eb'
                    }
                    'atf-health-endpoint-200-status': {
                        table: 'sys_atf_step'
                        id: '620936f1d19b487dad9c0f1dd5c40c47'
                    }
                    'atf-health-page-analyst': {
                        table: 'sys_atf_step'
                        id: '140a205cad7447a792faa3c2c0ad6b06'
                    }
                    'atf-health-page-analyst-sees-status': {
                        table: 'sys_atf_step'
                        id: 'e58097f36ca242a08674cb63cd2964ff'
                    }
                    'atf-health-page-browser': {
                        table: 'sys_atf_test'
                        id: 'f44c840e2f2f4f03a2f80c262b09975a'
                    }
                    'atf-health-page-nobody': {
                        table: 'sys_atf_step'
                        id: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                    }
                    'atf-health-page-nobody-sees-403': {
                        table: 'sys_atf_step'
                        id: 'df64957f034d4ad9a70f26edf9cde8a4'
                    }
                    'atf-health-platform-assumptions': {
                        table: 'sys_atf_test'
                        id: '14586ed9838a4bcb8c16b8988a1cc83d'
                    }
                    'atf-health-platform-assumptions-script': {
                        table: 'sys_atf_step'
                        id: '6521570b944746519c639d5ac860092d'
                    }
                    'atf-invalid-json-answers-400': {
                        table: 'sys_atf_test'
                        id: '9842d3102e0e46ae89526fa9d02b159b'
                    }
                    'atf-invalid-json-delivery-rejected': {
                        table: 'sys_atf_step'
                        id: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                    }
                    'atf-invalid-json-error-code': {
                        table: 'sys_atf_step'
                        id: '57a2cea8c2434162b0b2f349c42eea77'
                    }
                    'atf-invalid-json-json-valid': {
                        table: 'sys_atf_step'
                        id: 'e1ce86ed861e4e64936a646b97e4dd47'
                    }
                    'atf-invalid-json-message-present': {
                        table: 'sys_atf_step'
                        id: 'e6cfe7b6bc604e9c9ad62282be955b5c'
                    }
                    'atf-invalid-json-payload-contains': {
                        table: 'sys_atf_step'
                        id: '7027846eb5a7424e99bc4b8e2a850a7a'
                    }
                    'atf-invalid-json-run': {
                        table: 'sys_atf_step'
                        id: '17a1bb513cc0430d83b8fb1e04d05cda'
                    }
                    'atf-invalid-json-send': {
                        table: 'sys_atf_step'
                        id: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                    }
                    'atf-invalid-json-status-400': {
                        table: 'sys_atf_step'
                        id: 'a84335f823334ddabff3d43824819f43'
                    }
                    'atf-lifecycle-platform-assumptions': {
                        table: 'sys_atf_test'
                        id: 'a0d2467991f84cf39b7ec3736c23d287'
                    }
                    'atf-lifecycle-platform-assumptions-script': {
                        table: 'sys_atf_step'
                        id: 'a3128b9bcd9143bdabf84d61a2c67927'
                    }
                    'atf-platform-assumptions': {
                        table: 'sys_atf_test'
                        id: '2e9a4b1a151b430f82b3e8ac7c63d25c'
                    }
                    'atf-platform-assumptions-script': {
                        table: 'sys_atf_step'
                        id: '6863b61fec344211996eae74d8a8b8c6'
                    }
                    'atf-routing-invalid-rule': {
                        table: 'sys_atf_test'
                        id: '02b6b45b407e49e4bb3ad4f73bd49eb8'
                    }
                    'atf-routing-invalid-rule-check': {
                        table: 'sys_atf_step'
                        id: '311c9e8fcdce42a98b5adc9482dd2e2e'
                    }
                    'atf-routing-invalid-rule-cleanup': {
                        table: 'sys_atf_step'
                        id: '2d66c0d89d1d49e698e848e22132b6da'
                    }
                    'atf-routing-invalid-rule-run': {
                        table: 'sys_atf_step'
                        id: '54c9e3f9c23a4863ba6deba46dcc2437'
                    }
                    'atf-routing-invalid-rule-send': {
                        table: 'sys_atf_step'
                        id: '18e6802cd50645ada913f68445dede11'
                    }
                    'atf-routing-invalid-rule-status-201': {
                        table: 'sys_atf_step'
                        id: '9302872079a548dabfe6b40e5dae2bef'
                    }
                    'atf-routing-rule-routes': {
                        table: 'sys_atf_test'
                        id: 'ac910c8149a44fc5b81a51a08a3aafe9'
                    }
                    'atf-routing-rule-routes-check': {
                        table: 'sys_atf_step'
                        id: '98028fd45c9f447d94e3742e8e566aa6'
                    }
                    'atf-routing-rule-routes-cleanup': {
                        table: 'sys_atf_step'
                        id: '09effbe143844e018576e9a5202cee4d'
                    }
                    'atf-routing-rule-routes-run': {
                        table: 'sys_atf_step'
                        id: '4736427399a6493398cbd10f7f734c77'
                    }
                    'atf-routing-rule-routes-send': {
                        table: 'sys_atf_step'
                        id: '4768f7b2128d4c309ff97e69eae364e3'
                    }
                    'atf-routing-rule-routes-status-201': {
                        table: 'sys_atf_step'
                        id: '631d8d32517e49549ff580d5ba7a936e'
                    }
                    'atf-test-button-acknowledged': {
                        table: 'sys_atf_step'
                        id: 'e5cc4bb68e4a486bb95f4825db43edcf'
                    }
                    'atf-test-button-answers-200': {
                        table: 'sys_atf_test'
                        id: 'd58820cfa7174e9c958537cbbedaa89d'
                    }
                    'atf-test-button-correlation-id': {
                        table: 'sys_atf_step'
                        id: '3e08e7c20a4542bd96aa0e476de4e037'
                    }
                    'atf-test-button-delivery-recorded': {
                        table: 'sys_atf_step'
                        id: '9a7a0510a9054223affebc380b04fe97'
                    }
                    'atf-test-button-json-valid': {
                        table: 'sys_atf_step'
                        id: '91953825d8314f57b2cb51c19eb5c0bc'
                    }
                    'atf-test-button-run': {
                        table: 'sys_atf_step'
                        id: '78dbfe6b2ba54af0b6a1b55f37164a35'
                    }
                    'atf-test-button-send': {
                        table: 'sys_atf_step'
                        id: 'd46986e3d71f4568a668b68ef1527d91'
                    }
                    'atf-test-button-status-200': {
                        table: 'sys_atf_step'
                        id: 'fa7a85f9100a4bc8bcce191bf60a71f9'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'fa4a5800b2a54014b3af7c060b677490'
                    }
                    'br-cluster-ci-snapshot': {
                        table: 'sys_script'
                        id: '2aaa09bafe734f8fbcb6d199243cf2a9'
                    }
                    'br-resolve-in-rhacs': {
                        table: 'sys_script'
                        id: '76dff6cadc414f1982949c2bb433df7b'
                    }
                    'br-rhacs-reopened': {
                        table: 'sys_script'
                        id: 'ea931c8820a043f381b2a39a930351a6'
                    }
                    'br-routing-rule-snapshot': {
                        table: 'sys_script'
                        id: '61053cbd15f743d0a2c3f5fe5f0beca6'
                    }
                    'csp-incident-create': {
                        table: 'sys_scope_privilege'
                        id: 'bb0eceb2a5814d95bf6a036600cd307b'
                    }
                    'csp-incident-delete': {
                        table: 'sys_scope_privilege'
                        id: '727bd2f3390e41b6ad111eabacc0e99a'
                    }
                    'csp-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'cceefef7ada748b483a4d1a191755371'
                    }
                    'csp-incident-write': {
                        table: 'sys_scope_privilege'
                        id: '11412b20a0d045f19b16c4d2702a0700'
                    }
                    'csp-k8s-workload-read': {
                        table: 'sys_scope_privilege'
                        id: '1de0afbbdac94c3791c0eba01c733e2c'
                    }
                    'csp-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: 'd0b25821af924e40b1462f17d8293a60'
                    }
                    'event-health-silent': {
                        table: 'sysevent_register'
                        id: 'fd619157b9604a3f8951c534c8c3fb24'
                    }
                    'job-delivery-retention': {
                        table: 'sysauto_script'
                        id: 'c0bdeafc6f1042a2b2e10fa253e57cb2'
                    }
                    'job-quiet-ageing': {
                        table: 'sysauto_script'
                        id: 'cabc7a34fb0847d096674979a989e391'
                    }
                    'job-reconcile': {
                        table: 'sysauto_script'
                        id: '2376be3a859448beb7f9fa773a2a1b7b'
                    }
                    'job-routing-check': {
                        table: 'sysauto_script'
                        id: '945a664f851346c88658ad39d26b8ac4'
                    }
                    'job-silence-check': {
                        table: 'sysauto_script'
                        id: 'e85ff7d189714e66a3b6c04a1874cfd3'
                    }
                    'job-storm-sweep': {
                        table: 'sysauto_script'
                        id: 'c24978143a9547dc911f311a6f04b644'
                    }
                    'menu-rhacs-integration': {
                        table: 'sys_app_application'
                        id: 'd8e40c81ce8d4feaad5a5b592e9813da'
                    }
                    'module-rhacs-alerts': {
                        table: 'sys_app_module'
                        id: '16807db2235648f58476f99eb0ec0d6f'
                    }
                    'module-rhacs-cluster-cis': {
                        table: 'sys_app_module'
                        id: '0b401f3cd0454e359d209463cb3b1c1e'
                    }
                    'module-rhacs-deliveries': {
                        table: 'sys_app_module'
                        id: '11799271a6154c198c889444e86343f3'
                    }
                    'module-rhacs-health': {
                        table: 'sys_app_module'
                        id: '27584c6bd2984533895ecbb45acd918f'
                    }
                    'module-rhacs-incidents': {
                        table: 'sys_app_module'
                        id: '1cc72259e86948a8adf0d269d134e318'
                    }
                    'module-rhacs-job-runs': {
                        table: 'sys_app_module'
                        id: '2113fe8d2b4345549b5f488ab5b57216'
                    }
                    'module-rhacs-properties': {
                        table: 'sys_app_module'
                        id: '5a3f4f8e49834983be510d5905b4e269'
                    }
                    'module-rhacs-rejected-deliveries': {
                        table: 'sys_app_module'
                        id: '5953ab06fec84c61bd9b70d29a380402'
                    }
                    'module-rhacs-routing-rules': {
                        table: 'sys_app_module'
                        id: 'b4add8f1374d4c579eb2aa171a58d486'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '93fe58cb8a934a7898f8ac89a6a27f11'
                    }
                    'prop-assignment-group': {
                        table: 'sys_properties'
                        id: 'cb45cb9b2d5b41e3a74cd895d70ce40c'
                    }
                    'prop-caller': {
                        table: 'sys_properties'
                        id: '9bd64dfa8bc640c8b04b5364f7a152fc'
                    }
                    'prop-central-url': {
                        table: 'sys_properties'
                        id: 'dd453ad573714b1e8b2b38224cba6e9c'
                    }
                    'prop-debug': {
                        table: 'sys_properties'
                        id: '013bc4c13bad44d68a26af98f5188531'
                    }
                    'prop-dedup-closed-action': {
                        table: 'sys_properties'
                        id: 'a3d6eaccb9ef4e7abc93ef665ec4cc35'
                    }
                    'prop-dedup-mode': {
                        table: 'sys_properties'
                        id: 'fd8717cf814b4460bd4bc47605f7f4dd'
                    }
                    'prop-health-silence-event': {
                        table: 'sys_properties'
                        id: '55e16979cfc947cb86d159b90cc13880'
                    }
                    'prop-health-silence-hours': {
                        table: 'sys_properties'
                        id: '4724b6cf52e84549b3a0eb42b29a18c7'
                    }
                    'prop-lifecycle-add-to-baseline': {
                        table: 'sys_properties'
                        id: 'ac7898bcf53a49e3897dbbca1484b0d7'
                    }
                    'prop-lifecycle-close-code': {
                        table: 'sys_properties'
                        id: 'c579f2266dc24278a9fa8af9af93e9eb'
                    }
                    'prop-lifecycle-close-notes': {
                        table: 'sys_properties'
                        id: '145c30328b244928996ce1329b92b0cf'
                    }
                    'prop-lifecycle-quiet-days': {
                        table: 'sys_properties'
                        id: '8412999cd18a420a96b43da2fea8b4ce'
                    }
                    'prop-lifecycle-reconcile-max-calls': {
                        table: 'sys_properties'
                        id: 'c15c7073533447ff90dc1ff5790d720c'
                    }
                    'prop-lifecycle-reconcile-max-incidents': {
                        table: 'sys_properties'
                        id: '9eae1239d8fb4a7d93873b855c96982f'
                    }
                    'prop-lifecycle-reconcile-max-seconds': {
                        table: 'sys_properties'
                        id: '5bce7386b60344bab20ebf4dd486dd01'
                    }
                    'prop-lifecycle-resolve-in-rhacs': {
                        table: 'sys_properties'
                        id: '2611ba373e1b4a918848f41e37904dd2'
                    }
                    'prop-lifecycle-run-retention-days': {
                        table: 'sys_properties'
                        id: '03b3d17f86104be3812752df0837497d'
                    }
                    'prop-raw-body-max': {
                        table: 'sys_properties'
                        id: 'f8dacf96ded7427bbba4201ec5759e5d'
                    }
                    'prop-retention-days': {
                        table: 'sys_properties'
                        id: '6225955911a34ce79e06a9f4e4990302'
                    }
                    'prop-routing-annotation-key': {
                        table: 'sys_properties'
                        id: 'daa1ef08a6e042ec890a18baa10dd897'
                    }
                    'prop-routing-snapshot': {
                        table: 'sys_properties'
                        id: '87b8c60767c44773acc5bba0b473a7a0'
                    }
                    'prop-routing-workload-ci-lookup': {
                        table: 'sys_properties'
                        id: '733b4eee61ff448d8f36e20d8f66a723'
                    }
                    'prop-severity-critical': {
                        table: 'sys_properties'
                        id: '3eeda2868a674b12b6cc750ba4fb4811'
                    }
                    'prop-severity-high': {
                        table: 'sys_properties'
                        id: '9881626da4234abfbcf46b5b22ab962d'
                    }
                    'prop-severity-low': {
                        table: 'sys_properties'
                        id: 'b6ea30ab64894c748a7a97f16721f170'
                    }
                    'prop-severity-medium': {
                        table: 'sys_properties'
                        id: '63d3761c0c2045559dbf36849b7ebcc6'
                    }
                    'prop-severity-other': {
                        table: 'sys_properties'
                        id: 'bd9ac441fc8e4e51b6a78f652a1b39a0'
                    }
                    'prop-storm-global-budget': {
                        table: 'sys_properties'
                        id: '39b8a2e5a55948c0863254a5894bdadb'
                    }
                    'prop-storm-policy-budget': {
                        table: 'sys_properties'
                        id: '824e1425c6fb46a29b3029ab39394a94'
                    }
                    'prop-storm-window': {
                        table: 'sys_properties'
                        id: 'b3ca9151203a406da23470a0dc3f6537'
                    }
                    'prop-test-incident': {
                        table: 'sys_properties'
                        id: 'd195906345d6468a8ebbdda2836c2f53'
                    }
                    'related-list-entry-incident-deliveries': {
                        table: 'sys_ui_related_list_entry'
                        id: '9dc087f55e514acba2cc8535cb961991'
                    }
                    'related-list-incident-rhacs-triage': {
                        table: 'sys_ui_related_list'
                        id: '6ae97681a7c74a73b3da5e23edc02f5f'
                    }
                    'rest-api-rhacs': {
                        table: 'sys_ws_definition'
                        id: 'b195ea4787564d10af7ae5bd00dbd112'
                    }
                    'rest-route-rhacs-alert': {
                        table: 'sys_ws_operation'
                        id: 'af9fd2a31d1647a4b2dffc254e01df75'
                    }
                    'rest-route-rhacs-health': {
                        table: 'sys_ws_operation'
                        id: 'a50bec28531049cba20dee8c4cedca31'
                    }
                    'src_server_alert-entity_ts': {
                        table: 'sys_module'
                        id: 'bbf8059585874ee5a0c126346a7713cb'
                    }
                    'src_server_alert-facts_ts': {
                        table: 'sys_module'
                        id: 'bda1de36750b4d04a976c87a3a9fac7f'
                    }
                    'src_server_alert-flow_ts': {
                        table: 'sys_module'
                        id: '2f6a1c2d5fa540f9b2e50e43449f9d5c'
                    }
                    'src_server_alert-route_ts': {
                        table: 'sys_module'
                        id: 'c06264da27d145d691df16d09100c133'
                    }
                    'src_server_app-properties_ts': {
                        table: 'sys_module'
                        id: '9bc21195880f4fef98003c9ad45be97f'
                    }
                    'src_server_central-api_ts': {
                        table: 'sys_module'
                        id: 'da73d43254d944818c988ccfb133070f'
                    }
                    'src_server_central-client_ts': {
                        table: 'sys_module'
                        id: '9146815edb654a6eb0fc86cfc1c4d418'
                    }
                    'src_server_correlation-key_ts': {
                        table: 'sys_module'
                        id: '18373c39de6640e3b98d866beee829af'
                    }
                    'src_server_dedup-state_ts': {
                        table: 'sys_module'
                        id: '2ba798540d5942a882ded9950bb4b9b9'
                    }
                    'src_server_delivery-context_ts': {
                        table: 'sys_module'
                        id: '3f29e9bb5ede459abaf276a0e9c39657'
                    }
                    'src_server_delivery-handler_ts': {
                        table: 'sys_module'
                        id: 'df0890ef63794b61978a3df5e586c454'
                    }
                    'src_server_delivery-retention_ts': {
                        table: 'sys_module'
                        id: 'b4943407f80440569a86478ba93722c3'
                    }
                    src_server_fingerprint_ts: {
                        table: 'sys_module'
                        id: '792aa7c7cf68421cba4140c6635e1e72'
                        deleted: true
                    }
                    'src_server_glide-health_ts': {
                        table: 'sys_module'
                        id: 'df9e85c2ab83468fb6cb1a138da0cf05'
                    }
                    'src_server_glide-lifecycle_ts': {
                        table: 'sys_module'
                        id: 'c8688442a73a4f318a59586e7b8d50fe'
                    }
                    'src_server_glide-platform_ts': {
                        table: 'sys_module'
                        id: 'cc7fc3fb01b34b338277f48141f6263f'
                    }
                    'src_server_glide-routing_ts': {
                        table: 'sys_module'
                        id: '600e186e5da24a49a5c1e4a9276224bb'
                    }
                    'src_server_glide-storm_ts': {
                        table: 'sys_module'
                        id: 'a5826dd2f123492fb0620989d0a1addb'
                    }
                    'src_server_glide-values_ts': {
                        table: 'sys_module'
                        id: '298590337d8e472694625ba42c67d836'
                    }
                    'src_server_glob-match_ts': {
                        table: 'sys_module'
                        id: '3d87ea5dbf9f4f848ccdd6b8f7e743fd'
                    }
                    src_server_hashing_ts: {
                        table: 'sys_module'
                        id: 'cb4b8b169b934062b9c07f6302e19f90'
                    }
                    'src_server_health-report_ts': {
                        table: 'sys_module'
                        id: '9cd22298328f4fea9c1c7aff8310e46a'
                    }
                    'src_server_health-route_ts': {
                        table: 'sys_module'
                        id: 'f5c46d3bf39343a8ad5f19606dec1419'
                    }
                    'src_server_incident-creation_ts': {
                        table: 'sys_module'
                        id: '5f259503bd1340888b6ddd04343649d0'
                    }
                    'src_server_incident-description_ts': {
                        table: 'sys_module'
                        id: '1f77f74808094630b592e30e8a23da25'
                    }
                    'src_server_incident-routing_ts': {
                        table: 'sys_module'
                        id: '764814822bbc44fda5284c253c7e4fe8'
                    }
                    'src_server_invisible-characters_ts': {
                        table: 'sys_module'
                        id: 'dbff8b23a06e4dbbb54d70b46b396b64'
                    }
                    'src_server_json-reading_ts': {
                        table: 'sys_module'
                        id: 'f4eb0b3cb0ea451ebacc5bab10bf6112'
                    }
                    'src_server_lifecycle-entries_ts': {
                        table: 'sys_module'
                        id: 'e460594abd4d4661a4399ee6b1dac164'
                    }
                    'src_server_lifecycle-notes_ts': {
                        table: 'sys_module'
                        id: '6e6ad34feb4545b1b9e56718cafc53f5'
                    }
                    'src_server_lifecycle-port_ts': {
                        table: 'sys_module'
                        id: 'cc7553768930412197c39fbdd2f66efa'
                    }
                    'src_server_platform-port_ts': {
                        table: 'sys_module'
                        id: 'f57221bdc64a4d799ff782898d2bc48a'
                    }
                    'src_server_quiet-ageing_ts': {
                        table: 'sys_module'
                        id: '788acaebb3ef4bfca5ee111644bf3822'
                    }
                    'src_server_reconcile-job_ts': {
                        table: 'sys_module'
                        id: 'f2f1e6beeb3b40ce802a2c2c388903ac'
                    }
                    'src_server_reconcile-plan_ts': {
                        table: 'sys_module'
                        id: 'ca321e4e74a64e09a87799a2ceb20abc'
                    }
                    'src_server_record-fields_ts': {
                        table: 'sys_module'
                        id: '3d0ee4427a664c89b5970a7068a19868'
                    }
                    'src_server_resolve-in-rhacs_ts': {
                        table: 'sys_module'
                        id: '694d91df7c524fd4b1ba7a8a9aa24427'
                    }
                    'src_server_rhacs-message_ts': {
                        table: 'sys_module'
                        id: '23ebc5d1b7234739a429f5814746df79'
                    }
                    'src_server_rhacs-time_ts': {
                        table: 'sys_module'
                        id: '40247228c2b44e69bd8a7d11c0ada7e7'
                    }
                    'src_server_routing-check-job_ts': {
                        table: 'sys_module'
                        id: '05457f33f8ce438bb28eb5e74e944ff9'
                    }
                    'src_server_routing-rule-test_ts': {
                        table: 'sys_module'
                        id: '59b1c45fa14943f183876efb1cb38404'
                    }
                    'src_server_routing-rule-test-action_ts': {
                        table: 'sys_module'
                        id: '4e4b208fa7324f678eb3b01f9a4f0acf'
                    }
                    'src_server_routing-rules_ts': {
                        table: 'sys_module'
                        id: '211f3085835847feb63823aed1529d7c'
                    }
                    'src_server_routing-snapshot_ts': {
                        table: 'sys_module'
                        id: '9b047a764eeb48dabef9c30e6eaefc91'
                    }
                    'src_server_routing-subject_ts': {
                        table: 'sys_module'
                        id: 'e953dc74cf094d8caed93d4dfcc94cc7'
                    }
                    'src_server_severity-mapping_ts': {
                        table: 'sys_module'
                        id: '6b95cc59dcbc489d9349345179403639'
                    }
                    'src_server_silence-check_ts': {
                        table: 'sys_module'
                        id: '63d6714450d34e9780c83caebd761210'
                    }
                    'src_server_silence-check-job_ts': {
                        table: 'sys_module'
                        id: '168b8ee1ea01430e8fc1116a67c4f502'
                    }
                    'src_server_storm-control_ts': {
                        table: 'sys_module'
                        id: '8e3ccb05db834ea29509b2a4dc1c046f'
                    }
                    'src_server_storm-flow_ts': {
                        table: 'sys_module'
                        id: '222d5caa2af242aa912d3bd882b0ed78'
                    }
                    'src_server_storm-recovery_ts': {
                        table: 'sys_module'
                        id: 'bbeff50a607a488193876844f532fdf9'
                    }
                    'src_server_storm-sweep-job_ts': {
                        table: 'sys_module'
                        id: 'e89fa711b8a6466a8d0c025c8e725e10'
                    }
                    'src_server_test-button_ts': {
                        table: 'sys_module'
                        id: '45eea44a66684376b8801dcf5226de67'
                    }
                    'src_server_text-hygiene_ts': {
                        table: 'sys_module'
                        id: '70c233afaaba405a98172d1bd0c8f1ff'
                    }
                    'src_server_text-limits_ts': {
                        table: 'sys_module'
                        id: '121dfb1277d746c88e7c7582f09d50b7'
                    }
                    'src_server_violation-order_ts': {
                        table: 'sys_module'
                        id: '7c7bb9e34e15424aa853750a457ea4c3'
                    }
                    'src_server_vulnerability-summary_ts': {
                        table: 'sys_module'
                        id: 'eec2fcb477d847fb8acda3b8295d7ef2'
                    }
                    'ui-action-test-routing-rule': {
                        table: 'sys_ui_action'
                        id: '3d56e32f34014ab985edde3fb57f401e'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '00b69d2887814c44be113c4a646f5390'
                        key: {
                            document_key: 'a84335f823334ddabff3d43824819f43'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00c659fddb844aaea00534c33bbddd8c'
                        key: {
                            document_key: '0f16396d23004614a7c06f041330be62'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '013a36b166bc4a43a6b68b145dd9003d'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '014f9e841e4241e6b7935f4cf88b8cbc'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '01667475f08642d3b2a95e4a08a2a821'
                        key: {
                            sys_security_acl: '0eb3d71abff842d587c37081d79b9425'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '023877656f4c43cdbff624a8f5351e18'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_resolved'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02430b9fccc640f7801768c94244ce7f'
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '02ba0d603256439bb51da7a804a20799'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'finished'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02e07ac7722440378d921f0fc54e3c48'
                        key: {
                            document_key: '09effbe143844e018576e9a5202cee4d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '04725b43750c48ba8b4177f2edee2ba3'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'category'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '04d31c20f7544dd3ac1cd7fec3bbc918'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '056ff65fe97741a39a641c2e20be6f70'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'policy_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0630e5e51553495d830090e51255d1bb'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: 'e58097f36ca242a08674cb63cd2964ff'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0666daa0540d4406b9c43963b8403a13'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0762f5f4b2274092b25a88b3c20afd40'
                        key: {
                            document_key: '13a0f37e0a4b4fc19eb2ad21e46d74eb'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '083ff33903c2456c92b4990f9846347f'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'finished'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '09acaeb24db0468888c250548808e70c'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'alerts_asked'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a2251f5611d4bfa879b749cf89f1bc2'
                        deleted: true
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a835fdd05224f8393ce23e07a4e4d6b'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'namespace'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0a97cad20c164ed8adb9c2f17dd991cd'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                            value: 'reconcile'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0b4ab0981d5740b3b333899a529543cd'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b99680b7db74b158647d129fa610573'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0baeddd384044086a26215e75d69a26b'
                        key: {
                            document_key: '5e1354277c32427880dd449ea7f0df60'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c0cbf3e486b41f98f4a5164cc8c2652'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'errors'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0c67fc7fe02141058a12f964b06a7ea1'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                            value: 'alert'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0ce1bde3dcff4080bcf9de882a60487a'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d1177f05b2648ffb003191fe7f80899'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0dddaaa0a85a4d339f29246c399e3a40'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0e19e77aec91429da70499ae33e40ed1'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0f3aaf7d95854d4c81a0e5b9ef97f1be'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'central_calls'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0fb4b85b7a594e47a290fe8d538e47a9'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'updated'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0fed79c4faff402e917a8c921ceac01f'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'annotation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '10490e8d27b74bb6ba81e91228fa2d2c'
                        deleted: true
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1085b43243754bd7bb9e1ba489056fb0'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                            value: 'analyst'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '112a148151ed4d9a80ca5a21f4ff8707'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '117870365b874f06bfbf8dda5cba7d1e'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '11fd33dd23884d47b351fc616cea82f6'
                        key: {
                            logical_table_name: 'x_rhacs_snow_problem'
                            col_name_string: 'storm_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '127193d6692a4500b950808a58b06617'
                        key: {
                            document_key: '672dd274c5744079a89d76f10d082ce8'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12f33d8d49564f9c8ea6da6893ef16da'
                        key: {
                            document_key: 'e40d6fe6534c412db85d63f03d48bc13'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '133a0911187642d18e54282550307df5'
                        key: {
                            document_key: '57a2cea8c2434162b0b2f349c42eea77'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '135e8a7fc2b44a69b9f7e2739a502f91'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '13ac2d8950464ff0952011027282acd9'
                        key: {
                            name: 'x_rhacs_snow_alert'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13b9e1d450304ef491686e1a2eadc1fa'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14176d4afd124824bb743618273968f9'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '145fd26c46be409eb7d0ca092c30ca6e'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14d4feb9d70d4e07b153a42fe223b354'
                        key: {
                            document_key: 'faed4c72039646b28ad248925144e738'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14f98b3712cf4aeca6671c66e364c7e6'
                        key: {
                            document_key: '672dd274c5744079a89d76f10d082ce8'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '15d7e16b6bf046b48b995b06b23afbf8'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16fe104286974e50b901ab589d83c09b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '78dbfe6b2ba54af0b6a1b55f37164a35'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '177bad103cf6427eab17489a8bb5e186'
                        key: {
                            document_key: 'a3128b9bcd9143bdabf84d61a2c67927'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1809ecd6ac2b4034b5dcb3dda7fad56d'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '180bf2d3f0194540922299f627af9d51'
                        key: {
                            name: 'x_rhacs_snow_health.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '180f92946d2e410ab6767fd218d7f72c'
                        key: {
                            document_key: '78dbfe6b2ba54af0b6a1b55f37164a35'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1839404fc61d417c982f816db3c4ab6b'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'policy_category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '187fbd4a305243acabaae5c3e4b45396'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18de0fb530c94f1293fc7d5b687bd384'
                        key: {
                            document_key: 'e1a5a8d3815c41ba8762676b6999f9db'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1909bc66dfbe4a51a1bf30e4e43c2c6c'
                        key: {
                            document_key: 'e1a5a8d3815c41ba8762676b6999f9db'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a2de80a613c438eb33a9a5423d1fd78'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b10e9ce65dc480490a15bf7a1a2d89c'
                        key: {
                            document_key: '98028fd45c9f447d94e3742e8e566aa6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1b8f0cac8b3f48dfbf4fa7f7232baefe'
                        key: {
                            document_key: 'e6cfe7b6bc604e9c9ad62282be955b5c'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1c280b20df81412c9e2baefa88965758'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_rhacs_snow_storm_state'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1cc52169a12143d6aad994bf1a1e2a6a'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'cursor'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d2ff8aabd73407f955351be7430c178'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_occurrences'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1d89e6ce3d2b4552b2beb9681534eb74'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1dbb7d6a33c44dbfb817dc7b6312a80f'
                        deleted: true
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1e4d46d03f5442cdb1efcd18078f84a8'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1e98d27c80dd47b8afe72b3565a5b6dc'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1eaecb5d69554b57a150535a8b88333c'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ec6e8fadd054affaac73ba23cc12c84'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1f13673787c740fd83dc6c16d9b3bd21'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                            value: 'CRITICAL_SEVERITY'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1fbde68762bf493d9f419478273b5a9c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'faed4c72039646b28ad248925144e738'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fca6a8382124a12aaa30069edced7db'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '1ff44a3d843a47f2bc1cb5019cdd2c5d'
                        key: {
                            name: 'x_rhacs_snow/main.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20272b97d8c94fe2b7e3ea197dd5626a'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20277c9870ca4b78b0b50c0bbb980bb8'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2097212e0c4b4640b580ab7ba3b759fb'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2156b62e7631474a9b1507f211b4fcc5'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '219e194c47f545a2936ed784855ce478'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21b02becda604a8d8cf135cd0f40dc96'
                        deleted: true
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '22ad7b1e4eca4570872f43d7a77331f4'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '22ba21205f7f48ad88d600e1c766c38e'
                        key: {
                            sys_security_acl: '061bb1b079e94f6fa2f5ec6ae2453193'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23109216da3440fca6e21c8b2720090b'
                        key: {
                            document_key: '502a1cb1e86d4591a39a751bd554066d'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '23a5027507144593a6124df10f0522fb'
                        key: {
                            document_key: 'a84335f823334ddabff3d43824819f43'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '23d7df370cd546349012c5bc1e5a1065'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '24fa56aabd234d04b376725103137fbd'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '25b82892151b4eaf85166c024a4ae81e'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '26097d41181446e1b21734b10df436ff'
                        key: {
                            document_key: 'f783f7a9982f48a5b2c67c38f431fe09'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '267c29bcc494410da6228e1515b84962'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2685506a10084758a85a869a585f7667'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '4736427399a6493398cbd10f7f734c77'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2720a1432ce24010ac2a82296c9c45d5'
                        deleted: true
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '27b208fc63264e55a48729748937f0c6'
                        key: {
                            sys_security_acl: '33b8b9737d2e454787f73fc580a2d5fe'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2834dd9c31dd4aa2ad18276d6957a9c3'
                        key: {
                            document_key: '909c8b02a0004fba959c3dd03a33cb8f'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2852d00c2b4f46d5be87c1a3bc4c5f03'
                        deleted: true
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '287848b6ae6d44e982e82eb4035e4d15'
                        key: {
                            application_file: '8625051ebf574f718df667c479b8ac23'
                            source_artifact: '180bf2d3f0194540922299f627af9d51'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '28a9a2b8990646579975a42ecbd2cb00'
                        key: {
                            document_key: '3e08e7c20a4542bd96aa0e476de4e037'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2957b94d1fc642efa8be8be8054971c3'
                        key: {
                            document_key: '4736427399a6493398cbd10f7f734c77'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '29c35f1d64094ca981c912350c483664'
                        key: {
                            sys_security_acl: '52e8cab06cf947e5b56000f19449443b'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2a4a1ee0573141e9a37426f13653c7db'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2b2c9ac3a24143789c24a96b1c4ffb39'
                        key: {
                            logical_table_name: 'x_rhacs_snow_problem'
                            col_name_string: 'incident'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2baf461734134a3f8d1589dd9b2e6603'
                        key: {
                            sys_security_acl: '420db14ea18c46aea6ddcb47951f2df7'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c4606682bdf437fa8f358916c24d800'
                        key: {
                            document_key: '3e08e7c20a4542bd96aa0e476de4e037'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c49ce5638cf41f5b155b9856755827a'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'cursor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2c6b92b4cbc241baae3896fb3754b7a0'
                        key: {
                            sys_security_acl: 'c87051a9aabd456f8f368865d87ddd94'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c8e67a605b84915bee3e289187ef85a'
                        key: {
                            document_key: '0f16396d23004614a7c06f041330be62'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2d7aba6ed98f4b5090e096392cbd200b'
                        key: {
                            document_key: 'e5cc4bb68e4a486bb95f4825db43edcf'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2db258bc563646a2bed8b3a273eb82a5'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2e80672a10334b4e806bf1dabceb9882'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2ee7b3d522d2443fbfff076b471df806'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'entity_name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '305d28fb300448698b7cb673d8b2413e'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3083436f5ebe4d778ed2fc6d937021a1'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3089ac688f5f42a1b197f10ae4206e50'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '309c386c01c84319819ddf04d7ff9e91'
                        key: {
                            document_key: 'f50038caaae24dbead618c5819543c4f'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '31ab5ea3f07346e68d47c9e2fd7ccc21'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3245963f3bde4808a4e8306274143c1d'
                        key: {
                            document_key: '16a743d108fe461abfd8a194985f3c77'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '32ab811d2f9e4457a9c8d77235bd5821'
                        key: {
                            sys_security_acl: '0162137167e24cbfbb59f094ca0080e1'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '334bb8f6473042798fe638232c334ba3'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '336a8b0b7c1f4acbb7b6122e021b999a'
                        key: {
                            name: 'incident'
                            caption: 'RHACS alert'
                            view: {
                                id: '88533837ca474a78874b280e9b2a4245'
                                key: {
                                    name: 'x_rhacs_snow_triage'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33d2bafb6bbe4d4687b57dbf239ffa28'
                        key: {
                            document_key: '17a1bb513cc0430d83b8fb1e04d05cda'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3473f6024c9b411bb5958fd14445f92f'
                        deleted: true
                        key: {
                            document_key: '6c515f0a5b664b1f9b3f2d1ad6a67c6e'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '347fa99102e14b24a9b551d1d36ed29a'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'storm_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '347fae4bca804d0a916ad1cb64c71876'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '34b4e29f9b3143f199d858cccf0795db'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                            value: 'rhacs'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '354b4e4baa7546039a9e09a9122e09b3'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                            value: 'silence_check'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3556d2a75aab4ab3bd9e6fb22af627f8'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '355cedd1f94c4711a10620393ba3e9e8'
                        key: {
                            document_key: 'f50038caaae24dbead618c5819543c4f'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35a81e96817a4295a7111e2dd1097c84'
                        key: {
                            document_key: '909c8b02a0004fba959c3dd03a33cb8f'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35f6e444b47c4d4596ddfb99e16c268b'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '367b31e626c54321b59ab77d96f03c44'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'activity.xml'
                            position: '18'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '367e3e08df3a486885b6c5c021d7c977'
                        key: {
                            sys_security_acl: '61276440b6844e06a08e86ccb5daccea'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '36f332f93fb84406b9c2633114dfdfcb'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'severity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3749ebb3ebe749b8b62d87b26b0cd2ef'
                        key: {
                            document_key: '2d66c0d89d1d49e698e848e22132b6da'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3799225c832143f7a542a564e26da282'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '385b789063f646f7818ef5c2bc6c18d9'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'entity_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '388ce405188b45f28a4ec95c30e88236'
                        deleted: true
                        key: {
                            document_key: 'b7dae99549e7421796d774aecb287b85'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38f91f2b94574ffdb86c0589a95e001b'
                        deleted: true
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '39099ead96ab4e54a0fe252482cc46c4'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '392de31c8be5471ea8ca3a4214cdb3af'
                        key: {
                            sys_security_acl: '52e8cab06cf947e5b56000f19449443b'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39421a941d5849b8a9b6b1793638c5c5'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a021e3f8eb244889cda464aa4f53308'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'violation_count'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3a1d0d35048f4ea8be5269c1daaf265b'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3a3f0b4828dc4dedbcd33c5df3faa303'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'cluster'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '3a953a1e3f0e41a8b113577fc956b8ce'
                        key: {
                            name: 'x_rhacs_snow/vendor-react-dom--a523aea7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3b6b49e0dfc7459b9e924d5c23ad7f4b'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c3b8f4bcd1a41f6ba929c7954763945'
                        deleted: true
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c481ab42d334fa980d6e5b57e5541a2'
                        key: {
                            document_key: '5e1354277c32427880dd449ea7f0df60'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3cccb39dadbb4b138eaadaabb6bc7ff9'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'duplicate'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3cf6e20385c84a7580df8c2d50a156d2'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3d205be48ca24010baedbfae6d915912'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'dedup_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3d58b11c2a5a4720a90b08c2d28f5f82'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3db8c042cb5045ef8490fe6a9648f414'
                        key: {
                            document_key: 'b91ef73251ed48a7953f0aa9b24b7a4f'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '3dcd3e1288e949b28266176dd549f16f'
                        key: {
                            sys_security_acl: '17b482e898e6408da58855e30395d4e7'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e1feee48a1f4eb2a86309c9bd2d8cd3'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'cluster'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3e45762be64449b48299088f544dcfed'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                            value: 'LOW_SEVERITY'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e4b5773550f4e209622ae4e381b1c60'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ecb00296b8547fca3e40d00bb57ad6e'
                        key: {
                            document_key: 'b652f311f6d24290b98f24e084a4eea4'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '3f46c49e4f0347f3b6f3c66c07bfd45a'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f510305f460416896db705ce4115628'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3fd668582a72467f8725890ef8a34ead'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1b7e995135fa4170addcf29f6e9f0a73'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '40eb545776d4474eac8edad460f86956'
                        deleted: true
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'received,outcome,policy'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '41ec1ed4d2374baeace1a84fcb947084'
                        key: {
                            document_key: '54c9e3f9c23a4863ba6deba46dcc2437'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42455e502f694a78bb5c62b2ea9778ab'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '4262a4765e6445c9883da6167d170445'
                        key: {
                            logical_table_name: 'x_rhacs_snow_alert'
                            col_name_string: 'incident,alert_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '42e68ac87e9e44359355352c4a27bf26'
                        key: {
                            document_key: '5e1354277c32427880dd449ea7f0df60'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '42eb8e9a1ef143c28848381d855c0a86'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'namespace'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43fca4cb402b4b8eacd9c3fc86af6f5c'
                        key: {
                            document_key: '09effbe143844e018576e9a5202cee4d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4417683936f9485797fb54ded7e14c03'
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '443a5a631f6844d094bffc0e0d2e2e97'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6521570b944746519c639d5ac860092d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4503d417abd1437d9d1d2150346849f0'
                        deleted: true
                        key: {
                            document_key: '5e1cc58991ce41e9a9f4cdb18adfccdd'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '462f789b9aba49428f615f7d041b05d9'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            value: 'alert'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '47ab11328137448fac1872f0ac1c3d77'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '47e0afb2475b4bf79909a7a8172bd843'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '4997135957a147ae856c467054a3fb22'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49e4670feeef4cfbb286fcccf12272aa'
                        key: {
                            document_key: '16a743d108fe461abfd8a194985f3c77'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b0344edac5742d7908b0888a790447b'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4b734d6bc8c043d380a1396a2d9b84a2'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'work_notes'
                            position: '17'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4bca355581b74d4c8fd0a64c6d41fa90'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'label'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c2130406d1c4f538eacf7fab34b99ef'
                        key: {
                            document_key: '54c9e3f9c23a4863ba6deba46dcc2437'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c2184433d0945549b101ae2b8dcc09b'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4c2859448ee94a9b80e2e985a369a074'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '486c59bb978a402f92ad04705f7fdccb'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c4b07501a1645228581a5cb4acfc910'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'policy'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ca920f5251d4078a578f73085ff1c79'
                        key: {
                            document_key: 'b75ac0cb0608463db1f6ac6b4a27af1f'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4cb65505a6b342b999d16ce3aff3a68e'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cee242dfaa04ae3af99ae51e9eae971'
                        key: {
                            document_key: 'b163ed88b13040bb9976728e97f51efd'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4cfca51862034d76b873f0abfb8f04ba'
                        key: {
                            document_key: '311c9e8fcdce42a98b5adc9482dd2e2e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d0feb78205347cda4ae8a8725d29b0b'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'storm_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4d31fc50d20149f5b765b6471db378fa'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'storm_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d6ddb4f918149bf8c89d6d4735320e5'
                        key: {
                            document_key: '6521570b944746519c639d5ac860092d'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4d7969e0009d48f3bd975adcc76a297b'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'f50038caaae24dbead618c5819543c4f'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4dbd011afdf94f4997f63d02aa17769a'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                            value: 'quiet_ageing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5006f3ee01c94c8389005e17fb3a982b'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '50436d0f58234fb6a30dc56d3c9b7ddb'
                        key: {
                            sys_security_acl: '776adfedde054146a8c6e7538aa9a791'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5073b05b1ad14fdd935b0bff41e4c29c'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'policy_category'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '513bf06473874865842833f9a0b57e51'
                        key: {
                            sys_security_acl: '776adfedde054146a8c6e7538aa9a791'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '51dea83a1ef64729a733f48162b4b45a'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '521e5a25332f4cd6bf72b4ebb8cae399'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52737d849a214b24a66131de4bf910dc'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                            value: 'storm'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '52a393c7adff4e42942d62e02c786415'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'assignment_group'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5372c54f633f4e03b4ca4aa7c812d6fb'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '539f2a4a129b4186bd3bc40864e48ca4'
                        key: {
                            document_key: 'faed4c72039646b28ad248925144e738'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '53b31b28b59c4119ab838754da085283'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '53dac380eda3425284b08ae835f8b294'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                            value: 'DEPLOY'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '545f3c63b32144da87be6ec442732998'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'caller'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54996f17b62544e688b91ed047dd2a66'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'alert_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '549a7e2f6aab47e39671d853422e8926'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                            value: 'partial'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5546f14921d24031bf0e5ad2af37fd7f'
                        key: {
                            sys_security_acl: '33b8b9737d2e454787f73fc580a2d5fe'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5589fd4703c745f0828a0aac500db4af'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'policy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '559195982f844e03ab95bc4d6100320e'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55f01586fdeb40fb883c238f8e446b12'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'entity_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '569a97ab398f4d2898009885e797341a'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'alert_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '56bc3a2bd3954570a10e70b8d9ff049e'
                        key: {
                            sys_security_acl: 'f2c7cfc6324d4763a2c40bf3c6b63909'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56e02b15e65640b9aed3427af76d624a'
                        key: {
                            document_key: '9302872079a548dabfe6b40e5dae2bef'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5786eadc91d2463a9669347da378ee80'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57aaf7d20b0148ad852e169e23ba51f7'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '57bad2600bc54d3893ead233d57b6108'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '588b0b101f424aacbfdb471729508a00'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_state'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '58fc6c5a33b64d5aab85fcdd6100dffe'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '03989de88cb74caaa102ff1cce6a7810'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '59650d0a5b4a41d8bbc778e87965a5e0'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_dedup_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59c0decf963f49238c08622c540302c2'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a19440f38bb477ca490cb42821e13d5'
                        key: {
                            document_key: '5c4204d1e5204d1faf1f860b91e94435'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a2564061e1e4913ade614f305b9837a'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'namespace'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a86007f7fa347c18e66a536aab02c57'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_last_seen'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5aaf46957aa3480abf465aa4e4fca17d'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5afc99d2e42a4c3c9454a7f5c3b61fac'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'e1a5a8d3815c41ba8762676b6999f9db'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c5165a209d44f9f9dba1fbc99e1b09e'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5c7a06352ec64b2eb9199d906b3ab5dd'
                        key: {
                            sys_security_acl: '576356a339184e69a1e54588bc133d5e'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5cc2ba8667d84625aa13843f6e337833'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d5d53295be34dc6b4c5484b8f7bd289'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d72df5e02d94caba27ddec9cea4f3bd'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'label'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d932dff52b04a4e8a214c3f2ac9de50'
                        key: {
                            document_key: 'c89db92a1a7a4527aaa15114006f435a'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5daf165fade74eb29172c0338866b706'
                        key: {
                            logical_table_name: 'x_rhacs_snow_job_run'
                            col_name_string: 'job,started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5e46affa1d2346a8963d633ca2ef6f89'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f61a43218784f2b852f11e0e8ff82af'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6048cb587708416d952a69d4439bed54'
                        key: {
                            sys_security_acl: 'adf84d3403b44ecdad03a0c5a8e56f6b'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '60886eafd3074b7ab597ff2646e49f16'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_checked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '609008eb864c49d3a8014284634da2ac'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60a702feb5774d5aac9fd6c6a7883d08'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'policy_id'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '60c6acbf1efc49e1bbcd041df97458b1'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60f75c7c1adb41a79da9cbbbd74958b8'
                        key: {
                            document_key: '7027846eb5a7424e99bc4b8e2a850a7a'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6155e2c338734729a58609e36dce0071'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '16a743d108fe461abfd8a194985f3c77'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '62363f62545a436dbb93c9643af27451'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'attempted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6241ebd326844289b22be85b3c1f66f4'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '62677dd16f81440084e87120d5e878bd'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62d7b524f3be451a9ec971c9154cc214'
                        key: {
                            document_key: 'e6cfe7b6bc604e9c9ad62282be955b5c'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '630d19f2476b4d35b9389c48968c7b54'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '63158deb7d5e443b98ef9b36dd196dde'
                        key: {
                            sys_security_acl: '0515cc8dbd264fe2affddbe65e796f00'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63c0b3c6b4e345a7aae2e3d701ac7559'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'cmdb_ci'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '645b7a9c82b34eafa8b7bca511b2b24e'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                            value: 'ok'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '655bc3a32e0d4a01af62b94fdc5edf0e'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '659624da255b47049ee0d3e230cf6e0f'
                        deleted: true
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '66055c48fbd24f7ba985b2f415db6a00'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6661b5e253814278b535b54fe6e1576d'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6670344c9a1c4266b3b99042dc2f7636'
                        key: {
                            document_key: 'a3128b9bcd9143bdabf84d61a2c67927'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '66a857c7788d4792af8c0efe9ef9caae'
                        key: {
                            logical_table_name: 'x_rhacs_snow_routing_rule'
                            col_name_string: 'active,order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '66d25fade4df45d4abb97973b91d3da1'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6761427ae72a4f969d639eb0dac4836e'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                            value: 'off'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '676659594eb540e188250e7fb2b70b83'
                        key: {
                            document_key: '1b7e995135fa4170addcf29f6e9f0a73'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '677c7bc3cc4144729e39280c1ff8f53f'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'routed_by'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '679ea96e54f64f158431f1d747e7f470'
                        key: {
                            name: 'x_rhacs_snow.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '67bf611440fc487dae2e13a20d0ffbeb'
                        key: {
                            document_key: '98028fd45c9f447d94e3742e8e566aa6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67c85f20a47648d484ccc6c861e41c46'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '681f96fb40444467b8cb2775425c979c'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6885e9d2b5444fd9af8cfb54cd5d1aef'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'delivered_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '68f79bb74fd446e19f0c926726dd02be'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'annotation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '693d4cb87cb4457ebd03494327c3fa02'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '698ddfa9bf2f4a139a8dbc68f85343ca'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'alert_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '698fd73610134fd199d6cbe93c7f496f'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6998365ca43d4a6e8a775504bf1f1a04'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            value: 'audit'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a567d39c47640369d02b226bcfc90c9'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a7e6e93c1964cb6987e54a78bfa384a'
                        key: {
                            document_key: '63b3136d4936416f846bc3b6126f2675'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6ae05826f68f4e11aa5a7255b86a4882'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '98028fd45c9f447d94e3742e8e566aa6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6affcb203fad4d70bb21da2ee50b5968'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6bcb6c11db764b4fb6abeb8873c09aea'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_rhacs_snow_last_seen'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c4c11eb5b1b473d899b8d6e4b28350e'
                        key: {
                            document_key: '16a743d108fe461abfd8a194985f3c77'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d584f9dd41e4eafb8fa610a20901237'
                        key: {
                            document_key: '631d8d32517e49549ff580d5ba7a936e'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d92a2a035174e0a929588b9ae0e0ee8'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'subcategory'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6dcd24121e4c4dd0a46bab122b9a59c9'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dcf13af970f40519c0c3518e7353f4f'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'urgency'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e09033dba5a48df98f1ac38452bbd95'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '6e0b9441da694c71899f78662ddc58d1'
                        key: {
                            name: 'x_rhacs_snow/main'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '6e2bb41cbbd64d7faed1f1ad704d4980'
                        key: {
                            sys_ui_action: '3d56e32f34014ab985edde3fb57f401e'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e91b38eabc04643b88fbb28502a4c43'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'storm_state'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6ee00f6a52c14369b5e4a55f5edb09ec'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f1f908ec31045128acc62fd0760f116'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6f3e134a7b07431b85664a2914371c93'
                        key: {
                            name: 'incident'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6f7bc55ae71249e7ae650adb6b1e36f7'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6fbbafdfe2bc4baa81a96d0b38c38cad'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6fc0bb3f1f3d460ea32185826a71759b'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '18e6802cd50645ada913f68445dede11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '704a3be448ee401cbc5b7cac8bec50a3'
                        key: {
                            document_key: '78dbfe6b2ba54af0b6a1b55f37164a35'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7068c14e32c44d238d933db51d9b1de4'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '70d36f666949437a9958d8757b6daef7'
                        key: {
                            sys_security_acl: '17b482e898e6408da58855e30395d4e7'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71824547488e4d718ea7ffc78b770bd4'
                        key: {
                            document_key: 'b91ef73251ed48a7953f0aa9b24b7a4f'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '72414de980b54f83a6dc2bed35ab4a20'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '16'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '72bbdf0761fc4481964a317d0f068d99'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '73c3d445d5c547a791c0356e841648f5'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                            value: '2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '745ed7a435124fee964e31a3b1bac72d'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'storm'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7464afe2e3df4242b1cc67b9263a68df'
                        key: {
                            document_key: 'f3cea281ff0546629745ae74109dae28'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '749340ffc90b45c4b7647263adb34060'
                        key: {
                            sys_security_acl: '0a1c41b54b4f4e348b252f1d7e6ce94b'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '74f127bcb9b7419a9f3de0bcab3056b1'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'alert_version'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75eff906a7a94391afe79835fc4a6abe'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '765feb75f41b44ecabe23bbc49b53cb5'
                        key: {
                            sys_security_acl: '56e6cefafcc14a70a9aaf5404c5ab052'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '769d17cd3bed4724bf17be7fb7d070ef'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'entity_type'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '76df0d49261f4b02b187ab8a09178413'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '76e3803bc32e4680ace731e83402bdba'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7716fff8e2ce4539837f20302aab1142'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78b63a8b302b46c9a614134edf7a0adc'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '799db1cfd01f40bea1e0f3eb103c4b3e'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'resolved_seen_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '79bed525fabc4b85b0baa467393d2bf1'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'routed_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a340f303a9f44f7a82dd4557cab1aad'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7a4ff142e988482599eb7f9053ddf938'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '4768f7b2128d4c309ff97e69eae364e3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7aff0bf53421466895ed9cc3078556bc'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'gone'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7b56acf668b847a0982c8763371e778c'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'override_annotation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c3daa5e3010420997985ca9d5b5abcd'
                        key: {
                            document_key: 'b652f311f6d24290b98f24e084a4eea4'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '7c6dfe28bc484a2c905be7e0162c7780'
                        key: {
                            application_file: '3a953a1e3f0e41a8b113577fc956b8ce'
                            source_artifact: '180bf2d3f0194540922299f627af9d51'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7de81e7763d2474ab2b008917bfba61f'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'business_service'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7deb0616fadb47f9aed26a61b4d93cba'
                        key: {
                            sys_security_acl: '87caa66bea0c4e4ea19207c9d369b0df'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7df384c4c478433a871af7f07c5c1e67'
                        key: {
                            document_key: 'e58097f36ca242a08674cb63cd2964ff'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e04c7255554426d9db864c440cb6ce1'
                        key: {
                            document_key: '1b7e995135fa4170addcf29f6e9f0a73'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ef2409332f240f8978cc1d7bc0b3272'
                        key: {
                            document_key: 'b163ed88b13040bb9976728e97f51efd'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7f59f5687d4d4c07978583c9454ab7bd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'b652f311f6d24290b98f24e084a4eea4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f66060617ad48219773f2d521cba8dd'
                        key: {
                            document_key: '5c4204d1e5204d1faf1f860b91e94435'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '812807dc82d94ac3879aa040b057a2fd'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'caller'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '81c016b1f0164211b3b32aee64a181ca'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '826182f06d644836b8b7dc929089a7d9'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                            value: 'RUNTIME'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '82a3ab83860c4bc3b1bcfecee8750287'
                        key: {
                            document_key: 'b75ac0cb0608463db1f6ac6b4a27af1f'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '82e5af919a8241b58e8a335475d86d1c'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '846d1d56ccfb41979d335a39e3af630d'
                        key: {
                            document_key: '502a1cb1e86d4591a39a751bd554066d'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8495cd9177074fcc8762e666a6d78237'
                        key: {
                            sys_security_acl: 'da699568aca442c2bd63dc70b7e4b30b'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8497e9d9d8cb4d19b4c65c4fcd3bdbc0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a3128b9bcd9143bdabf84d61a2c67927'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '854c5cccb083434fb28ac6f55b37243f'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8611f95608014558a26a94fa2f24e422'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                            value: '1'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '8625051ebf574f718df667c479b8ac23'
                        key: {
                            name: 'x_rhacs_snow/vendor-react-dom--a523aea7.js.map'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '863860c0d3bb4939880cdadfd819697c'
                        key: {
                            document_key: 'b7fbadb7dcb84414b859623f3ed8094e'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '86ba5dee65814ffbae7e7eb90fb2078c'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'received'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8706a61098f84c27b28cac8be0110db9'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '87a80d7bfd2748639c320ebfd7dfaab3'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'policy_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88267e359ab7425897410ee9233ff0d1'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: '88533837ca474a78874b280e9b2a4245'
                        key: {
                            name: 'x_rhacs_snow_triage'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '88b1b6da04af4f4ba38ec72808a852d9'
                        key: {
                            sys_ui_form: {
                                id: 'c729dbf9cb404d28a5a9942391086226'
                                key: {
                                    name: 'incident'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88bc6de4d51a46b2b43e07f9667ec6b0'
                        key: {
                            document_key: '6863b61fec344211996eae74d8a8b8c6'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '89ca891f8fe147639eb5465ce2880333'
                        key: {
                            document_key: '909c8b02a0004fba959c3dd03a33cb8f'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ac46059dc6345908f78231b8ec4292f'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b0abbfe16b44f27bee4ed283511906a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '6863b61fec344211996eae74d8a8b8c6'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '8b814e45c7fd4feeb92a38301b6ac087'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'd46986e3d71f4568a668b68ef1527d91'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bc2241041934e3abe989e947cfec576'
                        key: {
                            document_key: 'f783f7a9982f48a5b2c67c38f431fe09'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8bf0591ac07e48e0b85b4516cc3d84b1'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'checked_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c34376188164b66a8ce98228dc06a8d'
                        key: {
                            document_key: 'fa7a85f9100a4bc8bcce191bf60a71f9'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c8cbec9192546e4aab0c40d1348bc7a'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'urgency'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8e7b144866d2483a94bc9bb75e4a3325'
                        key: {
                            document_key: 'e5cc4bb68e4a486bb95f4825db43edcf'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8fea936ba2734f129ba64b983a07f4b0'
                        key: {
                            document_key: '2d66c0d89d1d49e698e848e22132b6da'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9005a884a4b04ae7898a46f46c659817'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '903e5ef7dd5441c8a2c0a41bc1770753'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_occurrences'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90db36998b964a48998602b244689f5d'
                        key: {
                            document_key: 'f3cea281ff0546629745ae74109dae28'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '91d6923c569c4fd4b31205f36b537ab4'
                        key: {
                            sys_security_acl: '62e01c722929443f8a16a089a8187f89'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92a9c77fca3546dd81cf64dd2532a264'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_previous_incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92b89be4a8cc46259b617fc3ed11d3db'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '932e0de38e0743739b369ad009ea84eb'
                        key: {
                            sys_security_acl: '7af845dd8f2048c7b5df6c6cc6327bb7'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '934384431aac474cb2462371eeb978cc'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '93479d7844024b68a805fd6a2e3f2976'
                        key: {
                            sys_security_acl: '6fa2012ef20d453aa2f97ffc85adbdfc'
                            sys_user_role: {
                                id: 'b6118ed6958f41af9c3f130dabb890ce'
                                key: {
                                    name: 'x_rhacs_snow.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9364784cac3940eab1b447d7ceee7a7a'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_last_seen'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '93681e0cb2884fb6bcfbd8e44db540da'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_bfb48f59ffdf3210f972ffffffffffb3'
                            id: 'df64957f034d4ad9a70f26edf9cde8a4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93701dde72674ad2ae43cab3e93ebba5'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9376eb5ed06c41f898f15fc753b97b1f'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'create_incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93ace67160c14c489ebe53309d44ea83'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '952e9caa12184dd8bca42213fad00860'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'job'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9542bd9cd2ef45798c9f58b4c69bc00b'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '95bd95344abf4337aa9027f8b9c153fc'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_previous_incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95cc56fef1954497898e333caf851828'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '963a8658bdf2494ebfc330d842c0fa22'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'storm_batch'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '964331e318b349a2ab863ed267f12808'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '973fd87b9a27419eb83f56f846575951'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '9a7a0510a9054223affebc380b04fe97'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '97d02120352e469797978068ace83d1f'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'created'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '97d97db16846457aa67476654fcea83a'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'unknown'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9864aa446e1245bea27cd4ddd69fecbc'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '98a3a0fe6c2546be93836121c7ae4fe2'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '2d66c0d89d1d49e698e848e22132b6da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '995cd5235619495f9fcfe3d6523cc0ff'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9a0dda469c8d40b5be4bff812edb9857'
                        key: {
                            document_key: '16a743d108fe461abfd8a194985f3c77'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b37a818de5a49bc85aa7829fb5ff469'
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9b655132a78e45c08f6395163a42f91f'
                        key: {
                            document_key: 'b75ac0cb0608463db1f6ac6b4a27af1f'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9becd630d9d04798a137f18219fbbb05'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'create_incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9bf706e9d1a0440ba0cdb22887df1e8c'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assigned_to'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c5883839c7b4d96a6c8e201e7aaef22'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'dedup_key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9cba953f26044c9494a93733e97093a6'
                        key: {
                            sys_security_acl: '0162137167e24cbfbb59f094ca0080e1'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9ccce657d71141b99e14707f7877491b'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'stale'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '9d4855eb001845b8b8cd38d67456468d'
                        key: {
                            endpoint: 'x_rhacs_snow_health.do'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '9dd8401e516b40469c49b62ccbdbc519'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f526432190b4d25a5df8b3e8b1c150d'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a0571114798e44348d74030394ff699c'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a0d1530fcb904cc4a8b1cf2589c8f09d'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a14b04a9564540339a5d802ce492678f'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'unqueryable'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'a1ba1a23d2b74baa88210065c629184c'
                        key: {
                            application_file: '9d4855eb001845b8b8cd38d67456468d'
                            source_artifact: '180bf2d3f0194540922299f627af9d51'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a2a1f42429d0455ab18dc213fa3620c8'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'checked_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a2a7679b9df243899d6788c0f303691d'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'errors'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a2e61dbdd6cb4633a4b8de96941dff71'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                            value: 'test'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a365283dcb644dd8b5a3d70228fa881f'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a36c46457cc546ec9a69633a8cb39754'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'resolved_seen_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a4142b1b5d4c44babfa737a7b3f7100f'
                        key: {
                            sys_security_acl: '0515cc8dbd264fe2affddbe65e796f00'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a491f79de95a42809600c8b8d92376b2'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a50467fe28d643f48d6bee1a1321145b'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_noted'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a52933e5ed6d45d094acffaba81f944a'
                        deleted: true
                        key: {
                            document_key: '6c515f0a5b664b1f9b3f2d1ad6a67c6e'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a52fa3e315d2451f8ba60d8fc826d044'
                        key: {
                            document_key: '9302872079a548dabfe6b40e5dae2bef'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5389d43c3b04482acdcb1388ace3d8d'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'policy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a54a1f76e81a459e893a7d386fca8b33'
                        key: {
                            document_key: '238443968a1641f2af73f3a1379fae66'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a5f8e702bf3745b59955f91c52c9dec3'
                        deleted: true
                        key: {
                            document_key: 'b7dae99549e7421796d774aecb287b85'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6294d48029e4b4788b513514e520e08'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_noted_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a77ef8ec14a745dd8ef8a537a570fe49'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'alert_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7bb22a8ce42449b8c90f96b8d3e6d58'
                        key: {
                            document_key: 'e40d6fe6534c412db85d63f03d48bc13'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8920b05a8874f80a37478c1ed84ab05'
                        deleted: true
                        key: {
                            document_key: '9a7a0510a9054223affebc380b04fe97'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8bc2e86d1fb430bb2872bc5f1aaa489'
                        key: {
                            document_key: '631d8d32517e49549ff580d5ba7a936e'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a9c38178799843cc9e84e409ca827fba'
                        key: {
                            document_key: 'b163ed88b13040bb9976728e97f51efd'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aacf425920264a78a1e61d6ed47b540a'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ab01165859514796a183a7f78f865c98'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_noted'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac656b9a9aa541c3a381f2b2001ee0c9'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'claim'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ad72ca40263946e7ab98bb4bff09211a'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'incident,outcome'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ad8b5f622ecc4142a00e252ffc6677a3'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            value: 'test'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ae46fbe1c1f343c88341677efcac92ce'
                        key: {
                            sys_security_acl: '136e5850b7c142bebe6941335e7db855'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b04cbf65d70e4f00b15d6b39fabb9189'
                        key: {
                            document_key: 'f3cea281ff0546629745ae74109dae28'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0887417ab594efaabb23ccc51692775'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b1f843e841dc4efa85f74020f0f65de7'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b223770cff0943aaae8090af9d782782'
                        key: {
                            document_key: 'b91ef73251ed48a7953f0aa9b24b7a4f'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b278f72243c940369bb2e0f545b4fb65'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'policy'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2fdc8ae5289492b91deb3e9b1c33a9f'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b3aed0ddb08c41b380fd4237ad7ed3df'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_rhacs_snow_occurrences'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3e907b81b994f52a26e92d7ff6ec244'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'policy'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b430d860a83f4a28a268be61ed916604'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'correlation_id'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b4c956093523472484486467a3f0eeaf'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'cluster'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b4d64c4c9b704f6a9043f6e32952d6bf'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b4fd0f550c97453bb03f64365d857459'
                        key: {
                            sys_security_acl: '0a1c41b54b4f4e348b252f1d7e6ce94b'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b60652165e12451db04313f281e8f352'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'storm_state'
                            value: 'ended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b60abe51b49b4d8081d448c4a9b0b98d'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'claim'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'b6118ed6958f41af9c3f130dabb890ce'
                        key: {
                            name: 'x_rhacs_snow.integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b666cecea1554e6585e9591faf00b152'
                        key: {
                            document_key: '6fb60fecaa3f4c2eb602dd764c13eba9'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6b57f73c03247efa1e40ccea2535dd4'
                        key: {
                            document_key: '57a2cea8c2434162b0b2f349c42eea77'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b8b8eeba44c24c80a701f490c8b750f4'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'outcome'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b94c8a0f3c934ce785d3b5035e4e352c'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9eaa90b250a4f46bca62bf6c309440e'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bac9ca888d434cf081f459888004ee25'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            value: 'invalid'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb0e5cf5e51f4bba8f5e2935c755ff1d'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bb752ea023374ac4ade96bb8cd6a3d35'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '17a1bb513cc0430d83b8fb1e04d05cda'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'bbae6ac06f83490ba9012f866763652e'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bbdec6d46e404483be9dd25718761e9c'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bbff8ad4d2344a8888450cace854dd06'
                        key: {
                            sys_security_acl: '7af845dd8f2048c7b5df6c6cc6327bb7'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc232d1a01ef4757a753c8e4962fc99f'
                        key: {
                            sys_security_acl: 'a732332fc8c541e9bd87cfc095aaa0a1'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bc8c12db59b342ca8869d8a22af26694'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'override_annotation'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'bced392f128841e0ba38f4f561591f55'
                        key: {
                            name: 'incident'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd4711d6c6224352bd4b192d89118e6d'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'policy_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bdbdd59efef945ab95cc1a03670b97bd'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                            value: 'any'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'be2f6a169c6749b69663e939d9166e17'
                        deleted: true
                        key: {
                            document_key: '6c515f0a5b664b1f9b3f2d1ad6a67c6e'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'be980ace5c27446ea57674ab6a9cfd1b'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bebd4a6a705546339bb5a42daadbe735'
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'befc583dc86a4ec3a6b2c6c3bbae04d9'
                        key: {
                            document_key: 'b7fbadb7dcb84414b859623f3ed8094e'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf08c0dc102243549487fc02a752efc4'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_checked'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf0a008140cf45568137897af55d625a'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf0e21b7315442a78560a55776e2cc0c'
                        key: {
                            document_key: '620936f1d19b487dad9c0f1dd5c40c47'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf405a0662e245c49d8f13ca1b3edf43'
                        key: {
                            document_key: '57a2cea8c2434162b0b2f349c42eea77'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c1264797157b4d5ba65b781c31c0da8c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'c89db92a1a7a4527aaa15114006f435a'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c19e68e4715b447bab6c9fb5fc58771c'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'cluster'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1afa2bb5c21443bae1651818911d25a'
                        key: {
                            document_key: '7027846eb5a7424e99bc4b8e2a850a7a'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c255056057774e0c9c32f82890f40afb'
                        key: {
                            document_key: '672dd274c5744079a89d76f10d082ce8'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c2b2c3c92f054728bf39edcf4ab63ffb'
                        key: {
                            document_key: 'c89db92a1a7a4527aaa15114006f435a'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c2d7b1c67fa846f3999229f81a1c9d28'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c3787734566d41bf813caa8d54cdc728'
                        key: {
                            sys_security_acl: '28c62874b2264a209993c4952223524f'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c3cac3b75d4144baabe2b09de7e8512a'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c42d25e8716046109c8c26008dfb1d12'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c4b8ed9877994dc894da0b6153fdbae7'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body_attached'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c505b7cca0ca4f63bc9e62fbd9342fad'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5327a214358409da7a069f636808d0a'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c559307495be446fa51cb77d22f7a796'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c5895a3192a14ccfa7bff9ad99b51798'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body_chars'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5a5d829652442879360b5153a328dd2'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c6bd5f5d3816433faf501c813e648d54'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'incident,dedup_key'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c7251138c0e046e1895df18674b282d5'
                        key: {
                            sys_security_acl: '4a2b8e8acc4a411288e0d337f5c574ac'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'c729dbf9cb404d28a5a9942391086226'
                        key: {
                            name: 'incident'
                            view: {
                                id: '88533837ca474a78874b280e9b2a4245'
                                key: {
                                    name: 'x_rhacs_snow_triage'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c734c3a7991149c7be12b2a4394f5ca7'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '09effbe143844e018576e9a5202cee4d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7447688c99a4a528f3c30b9b778288f'
                        deleted: true
                        key: {
                            document_key: '6c515f0a5b664b1f9b3f2d1ad6a67c6e'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c85e8b29abd14deeb14c7fde929f024d'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c8a8a9e0f04b4c74991a862db6d87857'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c922c59a43b740dcbe8ad2b7cf0fe48d'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'claim'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ca2245e680bb4cfe91cdadd72470e07b'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '15'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ca305ea216224373910e376fe778ed01'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca6c0a8a841846bd9be7235a67c40531'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body_chars'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'caaaec4edfcd4d09a16ecc9a8ad0cf65'
                        key: {
                            document_key: '6863b61fec344211996eae74d8a8b8c6'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb42cea3151b439992f993a854d98943'
                        key: {
                            document_key: 'e5cc4bb68e4a486bb95f4825db43edcf'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cbdb6f4f5d6445d7b8a162a53d6f1a89'
                        key: {
                            sys_security_acl: 'f2a725379ecf46338f0436379d80325f'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cbe884547b9c4b9d886e3dc2af1c997e'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'policy'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cc185cb5553d4ae1aea0c2a85343e60d'
                        key: {
                            sys_security_acl: '87caa66bea0c4e4ea19207c9d369b0df'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'cc3365554c534b048315c6965e6a3899'
                        key: {
                            logical_table_name: 'x_rhacs_snow_alert'
                            col_name_string: 'alert_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc8661017b524e9a8f7f14042f558bf5'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc9eb336efaa4c9c8e7542fc9db8114e'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_noted_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cca33726efda4db08740ac188e6b8f1f'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccfa82b060a64c4399e252027ac0b9bf'
                        key: {
                            document_key: '17a1bb513cc0430d83b8fb1e04d05cda'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cd914605a7fe4f08b7843108f0533beb'
                        key: {
                            sys_security_acl: '59953a2b895f43438853c088d5964428'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cda9c5db1763470ca52150766e3b4505'
                        key: {
                            document_key: '6fb60fecaa3f4c2eb602dd764c13eba9'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdec38311ea44a4aa6c61db51adce8e4'
                        key: {
                            document_key: '5c4204d1e5204d1faf1f860b91e94435'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce4bc4bf09584bd5ba1b3576e6955622'
                        deleted: true
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ce575a5f70ca4d57aeb1167e8bfddea6'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'central_calls'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cf187a304f594ed5b62b52c9a7e062c0'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf22efc8be434175bf54d65780d99442'
                        key: {
                            document_key: '13a0f37e0a4b4fc19eb2ad21e46d74eb'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cf3a72560394423a9c3f79b613b4e9af'
                        key: {
                            name: 'x_rhacs_snow_problem'
                            element: 'incident'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'cfac60b020e04d17af0110e0d54753fc'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'received,outcome,policy_id'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cfaed158b50a46bb9467015d6f99e64c'
                        key: {
                            sys_security_acl: 'a732332fc8c541e9bd87cfc095aaa0a1'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd05e86ea91f146218fc48d08d1ce37e9'
                        deleted: true
                        key: {
                            document_key: '5e1cc58991ce41e9a9f4cdb18adfccdd'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd0d6a7514dad44f78835aaad45bd45eb'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                            value: 'BUILD'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd0f2d6d1026d431da6ebf821bea120f5'
                        key: {
                            logical_table_name: 'x_rhacs_snow_problem'
                            col_name_string: 'key'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd105e2475a52442393644c145e456cd4'
                        key: {
                            document_key: '0f16396d23004614a7c06f041330be62'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd1177090fc064656a9c59720f056db4f'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'priority'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd16f849f9b544fe0a4c7837758b09f5e'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_rhacs_snow_previous_incident'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd1b19c5562eb4d94b67dd86ad4ee7525'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'subcategory'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd1f5e38cc80a4129a348ab4dc8e29fb9'
                        key: {
                            sys_security_acl: '455705b9397f40df9f7bdcb8223af75c'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd27294e2a7b346b39e8d1a47c09b3405'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'incident'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd306dcee736949ebaf06aa999e84897c'
                        key: {
                            logical_table_name: 'x_rhacs_snow_cluster_ci'
                            col_name_string: 'cluster,active'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd34e8a233e07401ab6fde51ecbd15827'
                        key: {
                            sys_security_acl: '455705b9397f40df9f7bdcb8223af75c'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd37bea35cf124ed99a61d06010ce66c2'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                            value: 'HIGH_SEVERITY'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd43630c03e9242bda37051807e5cbdd4'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd4b552eadd5f453784145a7588d25c9b'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: 'f783f7a9982f48a5b2c67c38f431fe09'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd50ca752fd1b4e209ee91e62d4829058'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'cmdb_ci'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd658a6fd1e9141c182fb51adf761c683'
                        key: {
                            document_key: 'd46986e3d71f4568a668b68ef1527d91'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6d47d3e136947588e4e0577614dba92'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd708a41237594f2a8530b01ab46c7e5e'
                        key: {
                            document_key: '479c13bfb9e7480f98932e2568d5abd8'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd73b4503221d48fba83f56f2de110998'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7ba926ebdbe4bdeb023a882ec1474dc'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'alerts_asked'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd8fbc4246b0c4fe4b0f1851bc1168d66'
                        key: {
                            sys_security_acl: '3fbf3966c0ae4b35b13842559b18f0f4'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da9b4f8a4ef8471c98000f19a621ced2'
                        key: {
                            document_key: '6521570b944746519c639d5ac860092d'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db02db1da9ca4e3ab1bad5e391ba4d08'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db0c57a22acc4ea8b819f6b1c8930786'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'violation_count'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db6f2b1ab5344fc4b35bc2bc089bdcec'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'delivered_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db9ea27628224727a93fdc8d6b15dd7c'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '311c9e8fcdce42a98b5adc9482dd2e2e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dc152a8f59864128833e40264abef635'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'short_description'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc9e5b205bb6456f9f9cfee82c3654ad'
                        deleted: true
                        key: {
                            document_key: '5e1cc58991ce41e9a9f4cdb18adfccdd'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd5027fdd92448138d91671a9d9a6d21'
                        deleted: true
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ddb26d2775a64a829d16b298d66f40b1'
                        key: {
                            document_key: '4768f7b2128d4c309ff97e69eae364e3'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddccb957a6564ab2adedc4db7691eb31'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'received'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de1623168c3e4cc3bce6c859da95cc31'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'dea9b00ed93e47d087ca89f507a719da'
                        key: {
                            name: 'x_rhacs_snow_problem'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'df1fbb6b933b494b9ecd6bf2d7df979f'
                        key: {
                            sys_security_acl: '37ba16994ed247dd984e9b895c269f5f'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfdff4b0a4bd416286948bdc3423c46e'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_dedup_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e014371376ed4a5cb7fa9417cc98e8ee'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e02ee796feaf462cbeb769272d895155'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'cluster'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e0d7a9e75a8445b6b8d1b676cf8acee0'
                        key: {
                            sys_security_acl: '958e6c51f3c54e189bc4938962b71c63'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e2274fd9e10b407ca6420fc9973daacd'
                        key: {
                            name: 'x_rhacs_snow_alert'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e2d8edaa6fbe464bb8efe60c9b75405c'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'cmdb_ci'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e34b16788ffd4cf0912a7056e429f3f8'
                        key: {
                            document_key: '620936f1d19b487dad9c0f1dd5c40c47'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e34deb72316c4a3a82ac91c08e2382a6'
                        deleted: true
                        key: {
                            document_key: 'b7dae99549e7421796d774aecb287b85'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e35b04b5d562493eb7c1f41ba649467a'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'routed_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e3964021472541e6b46c46eda0946e88'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3b1c41daec24a2a8f9a976bbe32e37d'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'lifecycle_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4eb8e4148ce4724a4a79c5fe8753616'
                        key: {
                            document_key: '486c59bb978a402f92ad04705f7fdccb'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5101c780a4d464790bf5118f1281197'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'cmdb_ci'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e5df0de7f92d4ddc854b849f8ebc7312'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'lifecycle_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e5e53d70c6144f1f91d63329ff3399f4'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                            value: 'networkpolicy'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e628c9214d9a4b20b20b4620caaa7781'
                        key: {
                            document_key: '311c9e8fcdce42a98b5adc9482dd2e2e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e6a048a7184f47b0b16a12fe2176b5c7'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e6db24bad5d04b699e3b12a7f335901e'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                            value: 'no'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e775321a948545f8ad97ff376f190490'
                        key: {
                            name: 'x_rhacs_snow_cluster_ci'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e82eb65296894d588c3a29473ac08e12'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'alert_version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e89820da2f6c4aa28b5705966c0e29e5'
                        key: {
                            document_key: 'e6cfe7b6bc604e9c9ad62282be955b5c'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8b78ba1d6fd40728ba5d2ed614dadba'
                        key: {
                            document_key: '3e08e7c20a4542bd96aa0e476de4e037'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e9dc5946041e495bade76f48b1e7ed66'
                        key: {
                            sys_security_acl: 'f61f30929db248979ca4bb8baffab939'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ea6ca41776ce4cc6a59c71e46b75ac98'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_state'
                            value: 'ended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea7a06afdda64bd6a1dd7d3f5990681f'
                        key: {
                            document_key: 'fa7a85f9100a4bc8bcce191bf60a71f9'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb15ac476eb14fd8bd5b0fea53e2c807'
                        key: {
                            document_key: '13a0f37e0a4b4fc19eb2ad21e46d74eb'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ebea4ad23f6b475a8715658640873a9e'
                        key: {
                            name: 'x_rhacs_snow_problem'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ec57c57285514dae8850b2f6db01c713'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'impact'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ec7b133d171b454cba8c0780378f6a3f'
                        key: {
                            sys_security_acl: '1ed5e5f685bd4b6599d99d83b0d6bbda'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'edb4160e6b704fa799f1ac957971d4b9'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'assignment_group'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edf739c766ae4eefbf631be25ad2fe92'
                        key: {
                            document_key: '5139626270d545d3b870cb05c15d3266'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'eeb23743c3964881a9448bcda9e18c1f'
                        key: {
                            field: 'request_body'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '63b3136d4936416f846bc3b6126f2675'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'eeba2aae5ab04ff7b68a05001e8c0487'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eed380eec140465f8694754e47325359'
                        key: {
                            document_key: '140a205cad7447a792faa3c2c0ad6b06'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef42673ca8a5400a9a5af8005fa0a139'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ef80067082de45b6841bddd72a303906'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: '909c8b02a0004fba959c3dd03a33cb8f'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'efaca44e61dc406dbd5c1d83c4145052'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'min_severity'
                            value: 'MEDIUM_SEVERITY'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'efe99be4bc8542eb81b4e859c71b6cea'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f01c4c027ceb4ef58af1bc813a3656cd'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f02f17d4e9a942ee93e4619944f1924c'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f070ce8bf72f4c05be65a8b2b1d604c3'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_storm_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0793d93bf6042f9b37db617e360d5e8'
                        key: {
                            document_key: 'df64957f034d4ad9a70f26edf9cde8a4'
                            variable: 'e216835dffdf3210f972ffffffffff53'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f193537eaad2477dac7f7cca5ad6cbd5'
                        key: {
                            sys_security_acl: '136e5850b7c142bebe6941335e7db855'
                            sys_user_role: {
                                id: 'c2d32b3aab2847f6843f467d0515ca48'
                                key: {
                                    name: 'itil'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f2ee9acda2b94799ae556124ba0362df'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '54c9e3f9c23a4863ba6deba46dcc2437'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f31c5a5b2fdc4ea690a82a9efa0c67aa'
                        key: {
                            document_key: '16a743d108fe461abfd8a194985f3c77'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f4255dbd046a49afa7d73641c5e9cdc4'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'category'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f4a884bebe3f4907b4fea1f55227f75f'
                        key: {
                            name: 'x_rhacs_snow_alert'
                            element: 'rhacs_state'
                            value: 'missing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4c7079c90254f71b77b78fadc9f0c6b'
                        key: {
                            document_key: 'a4b98c5be5f94b6f87f6d9388cc06b49'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f4e0439a3783459ebcf4b96964fdd540'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5c6d8c0ca884d699188cf9dcca1ee61'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'assignment_group'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f5e2aca86735429d8a3fe696c01016d8'
                        key: {
                            sys_security_acl: '0eb3d71abff842d587c37081d79b9425'
                            sys_user_role: {
                                id: '679ea96e54f64f158431f1d747e7f470'
                                key: {
                                    name: 'x_rhacs_snow.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f5e39536811848baaf0e8f1c125fbe8e'
                        key: {
                            application_file: '1ff44a3d843a47f2bc1cb5019cdd2c5d'
                            source_artifact: '180bf2d3f0194540922299f627af9d51'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f62f3ea68ec94b81a843a0bb71cfea8a'
                        key: {
                            document_key: '2f66acbfb4e04c7b9cb0dc0b5b243d33'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6b5d810a36345dcb88122f26a2f0298'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'business_service'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6c9c3d2e4924df28f0b0517026492a7'
                        key: {
                            document_key: '6fb60fecaa3f4c2eb602dd764c13eba9'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f73d2f226c774171a7602f9ca5284ada'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'impact'
                            value: '3'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f88b0815b3e7464788bf09336c558b87'
                        key: {
                            document_key: '1b5ecb36224b4cbaa7ac21360c3a5f3c'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'f8c1feeb71854a44915ea0eeec090aa3'
                        key: {
                            application_file: '6e0b9441da694c71899f78662ddc58d1'
                            source_artifact: '180bf2d3f0194540922299f627af9d51'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f926bf8b0162430888f3125fc193fd30'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'blocked'
                            value: 'yes'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f9ab3dae10914f9d9e6ac4ed8b96dfde'
                        key: {
                            document_key: 'f783f7a9982f48a5b2c67c38f431fe09'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fae15ab25ea44337891337d81b44000a'
                        key: {
                            document_key: '479c13bfb9e7480f98932e2568d5abd8'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fafc5fdfd8504b8cb42dc2aeb4d4ac90'
                        key: {
                            document_key: 'f3bc1181a1784fb78b9b2a8ab8d38f94'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'faff7e5edc824b4cb4bf64f87fdfda36'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'namespace'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc5d5790c35444e4b69fecd6eca20f2d'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'storm_batch'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fc87970add2d43f481f93d1a94490191'
                        key: {
                            field: 'element_value'
                            table: 'var__m_atf_input_variable_afc114199f132200ef4afa7dc67fcf64'
                            id: '0f16396d23004614a7c06f041330be62'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fcf7332d9a9546b2b4118bd59f7fe91f'
                        key: {
                            name: 'x_rhacs_snow_routing_rule'
                            element: 'cluster'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fd2f4b7799f842cba3b95bba91e3c4a7'
                        key: {
                            name: 'x_rhacs_snow_job_run'
                            element: 'incidents_resolved'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdb89c201f3d4b0cb6b817216dba27fd'
                        key: {
                            document_key: '4736427399a6493398cbd10f7f734c77'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe61534cb2bb4b8db02b40d17597bc3e'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                            value: 'ageing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff153fdd988944a58882a34d5d5f55ed'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_resolved_by'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ff1a69dbe1a14014987c40139e52f9d9'
                        key: {
                            sys_ui_section: {
                                id: '336a8b0b7c1f4acbb7b6122e021b999a'
                                key: {
                                    name: 'incident'
                                    caption: 'RHACS alert'
                                    view: {
                                        id: '88533837ca474a78874b280e9b2a4245'
                                        key: {
                                            name: 'x_rhacs_snow_triage'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff8c92137293445bae7a1a8282bc375b'
                        key: {
                            document_key: '18e6802cd50645ada913f68445dede11'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff92e94478c642dca984bc890e87f917'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'raw_body_attached'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ffbf8b1858c84305b5056ed77ee5f9f0'
                        key: {
                            document_key: '03989de88cb74caaa102ff1cce6a7810'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                ]
            }
        }
    }
}
