import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-rest-alert-endpoint': {
                        table: 'sys_security_acl'
                        id: '6fa2012ef20d453aa2f97ffc85adbdfc'
                    }
                    'atf-dedup-delivery-duplicate': {
                        table: 'sys_atf_step'
                        id: '57edaad9d27e47d3bfde66450c90d841'
                    }
                    'atf-dedup-first-outcome-created': {
                        table: 'sys_atf_step'
                        id: 'b1f8484ac6fb4a03bb571b5c25196337'
                    }
                    'atf-dedup-first-send': {
                        table: 'sys_atf_step'
                        id: '3aea079a8c5a41189acc864afde7a6cc'
                    }
                    'atf-dedup-first-status-201': {
                        table: 'sys_atf_step'
                        id: '5ff9e22615d0458887460f4f08a3af8f'
                    }
                    'atf-dedup-one-incident': {
                        table: 'sys_atf_step'
                        id: '1f02f0a79845491caa7c18a924a58828'
                    }
                    'atf-dedup-second-json-valid': {
                        table: 'sys_atf_step'
                        id: '3d1aeb2fda244af783985593e36179bf'
                    }
                    'atf-dedup-second-number-present': {
                        table: 'sys_atf_step'
                        id: '02bb3ba70f044dfd98a4858c18e95928'
                    }
                    'atf-dedup-second-outcome-duplicate': {
                        table: 'sys_atf_step'
                        id: 'b4e5e8bb99cc41febde7f5bd6c9f6ca3'
                    }
                    'atf-dedup-second-send': {
                        table: 'sys_atf_step'
                        id: '03727b3567dc4e74af90e74fe662e9f6'
                    }
                    'atf-dedup-second-status-200': {
                        table: 'sys_atf_step'
                        id: '47ac1b3efe9b423cb300be3b271492e3'
                    }
                    'atf-exec-create-correlation-id': {
                        table: 'sys_atf_step'
                        id: 'd0e07f92d2da40e5bfe15bd505f5ebe8'
                    }
                    'atf-exec-create-find-incident': {
                        table: 'sys_atf_step'
                        id: '4494772cd68747c391d3cdab5e58944a'
                    }
                    'atf-exec-create-json-valid': {
                        table: 'sys_atf_step'
                        id: '67975c4ba4e24286a9ba7609a5b9a732'
                    }
                    'atf-exec-create-number-present': {
                        table: 'sys_atf_step'
                        id: '9cb0cc5e66624456a661449c6ffc1321'
                    }
                    'atf-exec-create-outcome-created': {
                        table: 'sys_atf_step'
                        id: '3213bb77b019469cb6b722fbc0406c7f'
                    }
                    'atf-exec-create-send': {
                        table: 'sys_atf_step'
                        id: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                    }
                    'atf-exec-create-status-201': {
                        table: 'sys_atf_step'
                        id: '3f56b73adf0b4082896f5046e6923444'
                    }
                    'atf-exec-create-validate-incident': {
                        table: 'sys_atf_step'
                        id: '3696aa7db4f642068e2b47215c8f5530'
                    }
                    'atf-exec-into-pod-creates-incident': {
                        table: 'sys_atf_test'
                        id: 'f46872bfb30141e891b9eeeed65b5b10'
                    }
                    'atf-exec-into-pod-dedup': {
                        table: 'sys_atf_test'
                        id: 'a11ef4518f5c489cbc8a8c4787aab5fe'
                    }
                    'atf-invalid-json-answers-400': {
                        table: 'sys_atf_test'
                        id: '01001e36584a47f8a53ea81b35fb017c'
                    }
                    'atf-invalid-json-delivery-rejected': {
                        table: 'sys_atf_step'
                        id: '58d4f6b00dc1468a9b5ef10496477b11'
                    }
                    'atf-invalid-json-error-code': {
                        table: 'sys_atf_step'
                        id: '5980f45368ee46b0be9a9230c8d84f2c'
                    }
                    'atf-invalid-json-json-valid': {
                        table: 'sys_atf_step'
                        id: '575f6fe2f6a04dd0bd7718538bc59e48'
                    }
                    'atf-invalid-json-message-present': {
                        table: 'sys_atf_step'
                        id: 'ba0f064b5ed44fbb9c3d032adbe2d503'
                    }
                    'atf-invalid-json-payload-contains': {
                        table: 'sys_atf_step'
                        id: '663a79a1561046379dbd047e52753237'
                    }
                    'atf-invalid-json-send': {
                        table: 'sys_atf_step'
                        id: '68f14fc1a2e9465fb262d64376579971'
                    }
                    'atf-invalid-json-status-400': {
                        table: 'sys_atf_step'
                        id: '63908bf534dc458f91fc4fdf7f2d4ef9'
                    }
                    'atf-test-button-acknowledged': {
                        table: 'sys_atf_step'
                        id: 'e7aeb4d07a534d80af6f2e626e7f3aad'
                    }
                    'atf-test-button-answers-200': {
                        table: 'sys_atf_test'
                        id: 'bdcde0d17c964ddca3dc56e82f66e2a8'
                    }
                    'atf-test-button-correlation-id': {
                        table: 'sys_atf_step'
                        id: '6ff5ea4216cd4b838ede2df3e46f5c68'
                    }
                    'atf-test-button-delivery-recorded': {
                        table: 'sys_atf_step'
                        id: 'aef52bb28d3349eea8563eb03120c509'
                    }
                    'atf-test-button-json-valid': {
                        table: 'sys_atf_step'
                        id: '6ace43f12da3489a9cf9d642e485ed7c'
                    }
                    'atf-test-button-send': {
                        table: 'sys_atf_step'
                        id: '78cf82c2d3be49eeb0780b8e91175f9c'
                    }
                    'atf-test-button-status-200': {
                        table: 'sys_atf_step'
                        id: 'ba62a761cd6941b48c298edadb50a1d3'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'fa4a5800b2a54014b3af7c060b677490'
                    }
                    'csp-incident-create': {
                        table: 'sys_scope_privilege'
                        id: 'bb0eceb2a5814d95bf6a036600cd307b'
                    }
                    'csp-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'cceefef7ada748b483a4d1a191755371'
                    }
                    'csp-incident-write': {
                        table: 'sys_scope_privilege'
                        id: '11412b20a0d045f19b16c4d2702a0700'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '93fe58cb8a934a7898f8ac89a6a27f11'
                    }
                    'prop-assignment-group': {
                        table: 'sys_properties'
                        id: 'cb45cb9b2d5b41e3a74cd895d70ce40c'
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
                    'prop-raw-body-max': {
                        table: 'sys_properties'
                        id: 'f8dacf96ded7427bbba4201ec5759e5d'
                    }
                    'prop-retention-days': {
                        table: 'sys_properties'
                        id: '6225955911a34ce79e06a9f4e4990302'
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
                    'rest-api-rhacs': {
                        table: 'sys_ws_definition'
                        id: 'b195ea4787564d10af7ae5bd00dbd112'
                    }
                    'rest-route-rhacs-alert': {
                        table: 'sys_ws_operation'
                        id: 'af9fd2a31d1647a4b2dffc254e01df75'
                    }
                    'src_server_alert-facts_ts': {
                        table: 'sys_module'
                        id: 'bda1de36750b4d04a976c87a3a9fac7f'
                    }
                    'src_server_alert-route_ts': {
                        table: 'sys_module'
                        id: 'c06264da27d145d691df16d09100c133'
                    }
                    'src_server_app-properties_ts': {
                        table: 'sys_module'
                        id: '9bc21195880f4fef98003c9ad45be97f'
                    }
                    'src_server_correlation-key_ts': {
                        table: 'sys_module'
                        id: '18373c39de6640e3b98d866beee829af'
                    }
                    'src_server_dedup-state_ts': {
                        table: 'sys_module'
                        id: '2ba798540d5942a882ded9950bb4b9b9'
                    }
                    'src_server_delivery-handler_ts': {
                        table: 'sys_module'
                        id: 'df0890ef63794b61978a3df5e586c454'
                    }
                    src_server_fingerprint_ts: {
                        table: 'sys_module'
                        id: '792aa7c7cf68421cba4140c6635e1e72'
                    }
                    'src_server_glide-platform_ts': {
                        table: 'sys_module'
                        id: 'cc7fc3fb01b34b338277f48141f6263f'
                    }
                    'src_server_incident-description_ts': {
                        table: 'sys_module'
                        id: '1f77f74808094630b592e30e8a23da25'
                    }
                    'src_server_json-reading_ts': {
                        table: 'sys_module'
                        id: 'f4eb0b3cb0ea451ebacc5bab10bf6112'
                    }
                    'src_server_platform-port_ts': {
                        table: 'sys_module'
                        id: 'f57221bdc64a4d799ff782898d2bc48a'
                    }
                    'src_server_rhacs-message_ts': {
                        table: 'sys_module'
                        id: '23ebc5d1b7234739a429f5814746df79'
                    }
                    'src_server_rhacs-time_ts': {
                        table: 'sys_module'
                        id: '40247228c2b44e69bd8a7d11c0ada7e7'
                    }
                    'src_server_severity-mapping_ts': {
                        table: 'sys_module'
                        id: '6b95cc59dcbc489d9349345179403639'
                    }
                    'src_server_storm-control_ts': {
                        table: 'sys_module'
                        id: '8e3ccb05db834ea29509b2a4dc1c046f'
                    }
                    'src_server_text-limits_ts': {
                        table: 'sys_module'
                        id: '121dfb1277d746c88e7c7582f09d50b7'
                    }
                }
                composite: [
                    {
                        table: 'sys_variable_value'
                        id: '04b1826184294807861c74be1f20719a'
                        key: {
                            document_key: '4494772cd68747c391d3cdab5e58944a'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07d0b300fe594747998a1609f9bcc9a2'
                        key: {
                            document_key: '3696aa7db4f642068e2b47215c8f5530'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a0c94eea5e44f4c836cb3b36e345fda'
                        key: {
                            document_key: '4494772cd68747c391d3cdab5e58944a'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a5ebac99c144306a68aaf99a8dc8cdd'
                        key: {
                            document_key: '02bb3ba70f044dfd98a4858c18e95928'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0b7faa9879724c6e80d9a8a6c4eeddc3'
                        key: {
                            document_key: '58d4f6b00dc1468a9b5ef10496477b11'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        id: '0dfba97e107149949947edd91238a922'
                        key: {
                            document_key: '3213bb77b019469cb6b722fbc0406c7f'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f3d4f09c2be4674b29f333ecdb3d576'
                        key: {
                            document_key: 'aef52bb28d3349eea8563eb03120c509'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
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
                        table: 'sys_variable_value'
                        id: '10d904a49ff74101a640ff6e279c3045'
                        key: {
                            document_key: '6ff5ea4216cd4b838ede2df3e46f5c68'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '11bd22888ee5488688f44b163a6a5ad2'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_dictionary'
                        id: '15d7e16b6bf046b48b995b06b23afbf8'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18572547137b405a8d633b7ded317fca'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1c2bf2c0cf5d40bd8b973348c35a4fb7'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cd6b9c4827748fb84cab6105c2c70fa'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '1dce291c6fb947e982f8f29e99b53a7d'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f6c6550b6424ba2b984db53493d2b6b'
                        key: {
                            document_key: '9cb0cc5e66624456a661449c6ffc1321'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fa9f1bc309242e197295c74f9de85bd'
                        key: {
                            document_key: '6ff5ea4216cd4b838ede2df3e46f5c68'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '210f7c0cd2e74253aa73ec75b2441cdd'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '1f02f0a79845491caa7c18a924a58828'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2116ba80d3a44654a4735d548588268a'
                        key: {
                            document_key: '57edaad9d27e47d3bfde66450c90d841'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2163cbbdadd641298a222fa8f2789687'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '21e0ea295ebf41bfb81b01886eb5e001'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_variable_value'
                        id: '24950f5e4ff346248991f81cc83959ca'
                        key: {
                            document_key: '47ac1b3efe9b423cb300be3b271492e3'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_variable_value'
                        id: '25728dd5c92042a88f38e681c834a0d5'
                        key: {
                            document_key: '47ac1b3efe9b423cb300be3b271492e3'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2792faeef9f74871b443a668317d7bf6'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27a5e47dbb1545589a0f43cdae6f0ee6'
                        key: {
                            document_key: '4494772cd68747c391d3cdab5e58944a'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29b3d8a70b5640a3aeaa4454f2838f3d'
                        key: {
                            document_key: 'b4e5e8bb99cc41febde7f5bd6c9f6ca3'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '2b4edc2425824ce2954e8a11a59f298c'
                        key: {
                            document_key: 'ba0f064b5ed44fbb9c3d032adbe2d503'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2c0d9628a2d24d649fac5fb11f325fd0'
                        key: {
                            document_key: 'e7aeb4d07a534d80af6f2e626e7f3aad'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ecb5891d3664f9f9316461326fb81e6'
                        key: {
                            document_key: '663a79a1561046379dbd047e52753237'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
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
                        table: 'sys_variable_value'
                        id: '2f438def5adc4cc3bf31da6e8aad9cdd'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3099f95c1d484c1b98994d92fef76a64'
                        key: {
                            document_key: 'aef52bb28d3349eea8563eb03120c509'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '364cff34cd5b4eb284c68ef160119a0b'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: '3929db2608834141be75e2c1dfd66581'
                        key: {
                            document_key: '3213bb77b019469cb6b722fbc0406c7f'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_dictionary'
                        id: '3b6b49e0dfc7459b9e924d5c23ad7f4b'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3bc514aa681f45cfb924d43741416594'
                        key: {
                            document_key: '3213bb77b019469cb6b722fbc0406c7f'
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
                        id: '3d205be48ca24010baedbfae6d915912'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'dedup_key'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '3eea4402a3b34530babccd58d2e7b22f'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f777f982de544dc82bb4767a5642c00'
                        key: {
                            document_key: '3f56b73adf0b4082896f5046e6923444'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '40eb545776d4474eac8edad460f86956'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'received,outcome,policy'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43b64e0e0e7a46bcb19a3414e13dabc2'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '44e92392146442edac6e35f7349c0728'
                        key: {
                            document_key: '4494772cd68747c391d3cdab5e58944a'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        table: 'sys_variable_value'
                        id: '47f921160e20487b96d09488063bd428'
                        key: {
                            document_key: '1f02f0a79845491caa7c18a924a58828'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '493b2dbe530a4b61b52e5bf29cba7262'
                        key: {
                            document_key: '6ff5ea4216cd4b838ede2df3e46f5c68'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        id: '49dd52f9144e48fc8c864a1b855fb039'
                        key: {
                            document_key: '9cb0cc5e66624456a661449c6ffc1321'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c794df13fa54fa8bebbe93c73a78755'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e537e76683b46f8a7d21609f7d9ddff'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5555db49e7004a30a4bfd7baf983ef13'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        table: 'sys_documentation'
                        id: '55f01586fdeb40fb883c238f8e446b12'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'entity_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56014e1c83954f9b833a0ce67e484cea'
                        key: {
                            document_key: 'e7aeb4d07a534d80af6f2e626e7f3aad'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        table: 'sys_variable_value'
                        id: '57307db1059f43769cbd52f2f43d7000'
                        key: {
                            document_key: 'ba62a761cd6941b48c298edadb50a1d3'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_dictionary'
                        id: '59650d0a5b4a41d8bbc778e87965a5e0'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_dedup_state'
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
                        table: 'sys_variable_value'
                        id: '5a68144c1d744e09bf68dc68b601bac5'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        id: '5b62c6a9663b4e5d9e555b6b5c82236a'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5c401eb7fc2c4baebcac2d8c918812ea'
                        key: {
                            document_key: '3696aa7db4f642068e2b47215c8f5530'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '5ed42a2d6faf4b09aff594f99d81f48b'
                        key: {
                            document_key: '02bb3ba70f044dfd98a4858c18e95928'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
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
                        id: '64536f250ec745af818fbb1acec5fcaa'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        id: '65dc1b50d50f40238933b77f2acf203e'
                        key: {
                            document_key: '3696aa7db4f642068e2b47215c8f5530'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_user_role'
                        id: '679ea96e54f64f158431f1d747e7f470'
                        key: {
                            name: 'x_rhacs_snow.admin'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6845e43350dc4275a1a0f21e8fe193d0'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6884e4d8c4864e03aba8829f25c7ed85'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: '6a35e022d3564096abfb0a4185844310'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ba107ea69fc4c11b402d02ba0393022'
                        key: {
                            document_key: '57edaad9d27e47d3bfde66450c90d841'
                            variable: '02fb0027531000109e02ddeeff7b120b'
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
                        id: '71028cee69e34bfd8ecac48fceeabb9d'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71a81d034e6b42cea18e82eecc2ca788'
                        key: {
                            document_key: '5980f45368ee46b0be9a9230c8d84f2c'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_dictionary'
                        id: '75eff906a7a94391afe79835fc4a6abe'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'severity'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75f0e8a5a528427ba912f1263db70926'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75f5fa77474646a9adcb07937b669cc9'
                        key: {
                            document_key: '3696aa7db4f642068e2b47215c8f5530'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7632642c349142a38415af6f72439081'
                        key: {
                            document_key: 'e7aeb4d07a534d80af6f2e626e7f3aad'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_variable_value'
                        id: '787bbe18600d4a3880b500aa134d4513'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78ce8ac33713403e99ddec109e7f6bc1'
                        key: {
                            document_key: 'ba0f064b5ed44fbb9c3d032adbe2d503'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '79e2f806e4c0401497cb71bc0821edb9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '3696aa7db4f642068e2b47215c8f5530'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7af46925e2b940798edc0c89322c2962'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80980ba907354f1fbcf4a1bf72cf97ba'
                        key: {
                            document_key: 'b1f8484ac6fb4a03bb571b5c25196337'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81ce3be8ec16483ebb155b8efd435d69'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_dictionary'
                        id: '86ba5dee65814ffbae7e7eb90fb2078c'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'received'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88b91c58c21c4ef5ba414fd8ef27cf14'
                        key: {
                            document_key: '5980f45368ee46b0be9a9230c8d84f2c'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8db0762dc42041bb965d86ba51a946c4'
                        key: {
                            document_key: 'b4e5e8bb99cc41febde7f5bd6c9f6ca3'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
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
                        table: 'sys_dictionary'
                        id: '95bd95344abf4337aa9027f8b9c153fc'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_previous_incident'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '965af0ce612046c1b1968e2d53cdbea1'
                        key: {
                            document_key: 'b1f8484ac6fb4a03bb571b5c25196337'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '97c5d4aed58142e08767f180ef66a87f'
                        key: {
                            document_key: '58d4f6b00dc1468a9b5ef10496477b11'
                            variable: '915990ab531000109e02ddeeff7b12f8'
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
                        table: 'sys_variable_value'
                        id: '98d83c19cfb24b159dcce51ee10f76f2'
                        key: {
                            document_key: '58d4f6b00dc1468a9b5ef10496477b11'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9aaef5d635054f13acfe088093449af3'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c39ffc72bc94f35b187ef45101a7bb1'
                        key: {
                            document_key: 'b4e5e8bb99cc41febde7f5bd6c9f6ca3'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_choice_set'
                        id: '9dd8401e516b40469c49b62ccbdbc519'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9e4063166ff0430589ebe4fe1926b83b'
                        key: {
                            document_key: 'd0e07f92d2da40e5bfe15bd505f5ebe8'
                            variable: '2db298199f132200ef4afa7dc67fcfbc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6039dcd514f4eb58baae432a97a2fe7'
                        key: {
                            document_key: '3696aa7db4f642068e2b47215c8f5530'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: 'a6e1e9eee65c44f99abe2742712958ba'
                        key: {
                            document_key: '63908bf534dc458f91fc4fdf7f2d4ef9'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        id: 'a8cfc2caeb1b4307a5c4da9a3cb3e696'
                        key: {
                            document_key: '57edaad9d27e47d3bfde66450c90d841'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8de29ef59e442f3b2bf89760ea7ff17'
                        key: {
                            document_key: '5980f45368ee46b0be9a9230c8d84f2c'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8e05d3bf3f44b46b98f393c9a252782'
                        key: {
                            document_key: 'd0e07f92d2da40e5bfe15bd505f5ebe8'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a93fab805bf54043b33d48f5ed288bcf'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac21baed0bf6453394d58b6884626c77'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: 'adf7133931c24b2796f1c14fcbf8dfaf'
                        key: {
                            document_key: '68f14fc1a2e9465fb262d64376579971'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1873f27c8214001a84e8b6edc1453f2'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b2c125b157ac48979179b5c4d6ae76fc'
                        key: {
                            document_key: '3aea079a8c5a41189acc864afde7a6cc'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_variable_value'
                        id: 'b3e8135fd2664475b38c3411f68f8463'
                        key: {
                            document_key: 'b1f8484ac6fb4a03bb571b5c25196337'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_variable_value'
                        id: 'b5f6519743f34898af6825736d7bde98'
                        key: {
                            document_key: 'd0e07f92d2da40e5bfe15bd505f5ebe8'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        id: 'b6928d46690f475ea55350fedffa0185'
                        key: {
                            document_key: '02bb3ba70f044dfd98a4858c18e95928'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b71c5a81b05e4faabf0594a0958b077b'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b99846aa0bf542d2ac1590823b3a6b65'
                        key: {
                            document_key: '3f56b73adf0b4082896f5046e6923444'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baae0dd78a6549108ec6917ee40c52a1'
                        key: {
                            document_key: '5ff9e22615d0458887460f4f08a3af8f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_choice_set'
                        id: 'bbae6ac06f83490ba9012f866763652e'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bc481e3fc35241d3ab931f2de2bc72bd'
                        key: {
                            document_key: '1f02f0a79845491caa7c18a924a58828'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bcdba46c6bba42c3bec6a520fb724e1d'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_variable_value'
                        id: 'bdfd2f1b17ef4be09a53f4c4908326a4'
                        key: {
                            document_key: '58d4f6b00dc1468a9b5ef10496477b11'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c10ffe817e954284a76d62cd70392748'
                        key: {
                            document_key: '9cb0cc5e66624456a661449c6ffc1321'
                            variable: '5a9258199f132200ef4afa7dc67fcfb4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c1c3e88f46bb4012b151917775d68dd2'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        id: 'c68054e8bca043b19111520f2103a4c7'
                        key: {
                            document_key: '663a79a1561046379dbd047e52753237'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
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
                        table: 'sys_index'
                        id: 'c922c59a43b740dcbe8ad2b7cf0fe48d'
                        key: {
                            logical_table_name: 'x_rhacs_snow_delivery'
                            col_name_string: 'claim'
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
                        id: 'cb9a6a00443d44628c940b97f267c820'
                        key: {
                            document_key: '57edaad9d27e47d3bfde66450c90d841'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: 'ce5e887bed2144278d1c610038942bc4'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cf0aadc0649f47d49513ecdedf12d487'
                        key: {
                            document_key: 'aef52bb28d3349eea8563eb03120c509'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
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
                        id: 'db010ebb37414ce1bbfef876522413a9'
                        key: {
                            document_key: 'ba0f064b5ed44fbb9c3d032adbe2d503'
                            variable: '7b139c199f132200ef4afa7dc67fcfb3'
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
                        table: 'sys_variable_value'
                        id: 'db4859a4b2d4463da6535b044cf7136c'
                        key: {
                            document_key: '03727b3567dc4e74af90e74fe662e9f6'
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
                        id: 'dfdff4b0a4bd416286948bdc3423c46e'
                        key: {
                            name: 'incident'
                            element: 'x_rhacs_snow_dedup_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e18f1fbdb9bd4d64824882c049f297bb'
                        key: {
                            document_key: 'ba62a761cd6941b48c298edadb50a1d3'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                        id: 'e7b065dbb07146dfbe0f2eaae5e1de7d'
                        key: {
                            document_key: 'aef52bb28d3349eea8563eb03120c509'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8b67179c4d1419cba7e95a1cbe94bae'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: 'eb2134e604784731b4ab981cd3b35a81'
                        key: {
                            document_key: '63908bf534dc458f91fc4fdf7f2d4ef9'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ec1a1e1bdff642569ff29611275a2715'
                        key: {
                            document_key: '32dbfdd31c5b45e59ccb2d167a36fb9d'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_documentation'
                        id: 'faff7e5edc824b4cb4bf64f87fdfda36'
                        key: {
                            name: 'x_rhacs_snow_delivery'
                            element: 'namespace'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fc81f7a95d9f4d2c837b3599a1e82408'
                        key: {
                            document_key: '78cf82c2d3be49eeb0780b8e91175f9c'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fe603bd7a01e4ad5951b79dfcc77fe7b'
                        key: {
                            document_key: '5ff9e22615d0458887460f4f08a3af8f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
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
                ]
            }
        }
    }
}
