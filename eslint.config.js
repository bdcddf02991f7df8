// Lint gates. src/server is what the instance runs: it gets the rule set that rejects what the
// instance's ES12 engine (es_latest) rejects, so the restriction is enforced, not remembered.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import esx from 'eslint-plugin-es-x'
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'

/**
 * The instance resolves a module's imports exactly as written: a relative import names its file,
 * extension included (ServiceNow's JavaScript modules page; docs/platform-assumptions.md). The
 * SDK plugin's own `file-extension-in-import` (eslint-plugin-n) maps .ts to .js, so this rule
 * says it for our case, naming the specifier.
 */
const relativeImportNamesTsFile = {
    meta: {
        type: 'problem',
        messages: {
            missing: "Relative import '{{specifier}}' must name its file with the .ts extension ('{{specifier}}.ts'): the instance adds no extension.",
        },
        schema: [],
    },
    create(context) {
        function check(node) {
            const source = node.source
            if (!source || typeof source.value !== 'string') return
            const specifier = source.value
            if (!/^\.\.?\//.test(specifier)) return
            if (/\.ts$/.test(specifier)) return
            context.report({ node: source, messageId: 'missing', data: { specifier } })
        }
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check }
    },
}
const localPlugin = { rules: { 'relative-import-names-ts-file': relativeImportNamesTsFile } }

const instanceForbidden = {
    // Not allowed on the instance (see the platform reference in docs/engine-compatibility.md).
    'es-x/no-async-functions': 'error',
    'es-x/no-async-iteration': 'error',
    'es-x/no-promise': 'error',
    'es-x/no-promise-all-settled': 'error',
    'es-x/no-promise-any': 'error',
    'es-x/no-promise-prototype-finally': 'error',
    'es-x/no-generators': 'error',
    'es-x/no-weakrefs': 'error',
    'es-x/no-weak-map': 'error',
    'es-x/no-weak-set': 'error',
    'es-x/no-proxy': 'error',
    'es-x/no-reflect': 'error',
    'es-x/no-global-this': 'error',
    'es-x/no-typed-arrays': 'error',
    'es-x/no-bigint': 'error',
    'es-x/no-optional-catch-binding': 'error',
    'es-x/no-symbol-prototype-description': 'error',
    'es-x/no-array-prototype-at': 'error',
    'es-x/no-string-prototype-at': 'error',
    'es-x/no-regexp-lookbehind-assertions': 'error',
    'es-x/no-regexp-u-flag': 'error',
    'es-x/no-regexp-d-flag': 'error',
    'es-x/no-regexp-v-flag': 'error',
    'es-x/no-regexp-unicode-property-escapes': 'error',
    'es-x/no-class-instance-fields': 'off',
    'es-x/no-class-private-fields': 'error',
    'es-x/no-class-private-methods': 'error',
    'es-x/no-class-static-block': 'error',
    'es-x/no-top-level-await': 'error',
    'es-x/no-dynamic-import': 'error',
    'es-x/no-intl-pluralrules': 'error',
    'es-x/no-intl-relativetimeformat': 'error',
    'es-x/no-intl-listformat': 'error',
    'es-x/no-intl-locale': 'error',
    'es-x/no-intl-segmenter': 'error',
    'es-x/no-intl-displaynames': 'error',
    'es-x/no-object-hasown': 'error',
    'es-x/no-array-prototype-findlast-findlastindex': 'error',
    'es-x/no-error-cause': 'error',
    'es-x/no-string-prototype-iswellformed-towellformed': 'error',
    'es-x/no-array-prototype-toreversed': 'error',
    'es-x/no-array-prototype-tosorted': 'error',
    'es-x/no-array-prototype-tospliced': 'error',
    'es-x/no-array-prototype-with': 'error',
    'es-x/no-symbol-matchall': 'error',
    'es-x/no-iterator': 'error',
    'es-x/no-using-declarations': 'error',
    'no-restricted-globals': [
        'error',
        { name: 'globalThis', message: 'Not available on the instance.' },
        { name: 'Intl', message: 'No Intl on the instance.' },
        { name: 'setTimeout', message: 'No timers on the instance.' },
        { name: 'setInterval', message: 'No timers on the instance.' },
        { name: 'setImmediate', message: 'No timers on the instance.' },
        { name: 'queueMicrotask', message: 'No microtasks on the instance.' },
        { name: 'process', message: 'No Node APIs on the instance.' },
        { name: 'Buffer', message: 'No Node APIs on the instance.' },
        { name: 'require', message: 'Use import; the build turns modules into sys_module records.' },
        { name: 'window', message: 'No browser APIs on the instance.' },
        { name: 'document', message: 'No browser APIs on the instance.' },
        { name: 'fetch', message: 'No fetch on the instance; use sn_ws.RESTMessageV2.' },
        { name: 'Function', message: 'new Function is not allowed on the instance.' },
        { name: 'eval', message: 'eval is not allowed on the instance.' },
    ],
    'no-restricted-syntax': [
        'error',
        {
            selector: "NewExpression[callee.name='Date'][arguments.length=1][arguments.0.type!='Identifier'][arguments.0.type!='MemberExpression'][arguments.0.type!='BinaryExpression'][arguments.0.type!='CallExpression']",
            message: 'Do not parse dates with new Date(string): the instance parses formats differently. Use rhacs-time.ts.',
        },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']", message: 'Date.parse differs on the instance. Use rhacs-time.ts.' },
    ],
}

export default tseslint.config(
    { ignores: ['dist/**', 'node_modules/**', 'src/fluent/generated/**', '@types/**', 'target/**', '.now/**', 'build/**', '**/*.json'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
        },
    },
    {
        files: ['src/server/**/*.ts'],
        plugins: { 'es-x': esx, '@servicenow/sdk-app-plugin': fixupPluginRules(snPlugin), local: localPlugin },
        // aggressive: report `.at()` and friends on any receiver, not only on literals.
        settings: { 'es-x': { aggressive: true } },
        rules: {
            ...instanceForbidden,
            '@servicenow/sdk-app-plugin/no-unsupported-node-builtins': 'error',
            '@servicenow/sdk-app-plugin/no-dynamic-import': 'error',
            '@servicenow/sdk-app-plugin/no-regexp-lookbehind-assertions': 'error',
            '@servicenow/sdk-app-plugin/no-regexp-unicode-property-escapes': 'error',
            '@typescript-eslint/no-explicit-any': 'error',
            'local/relative-import-names-ts-file': 'error',
        },
    },
    {
        files: ['test/**/*.ts', 'tools/**/*.ts', '*.config.*'],
        languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
        rules: { '@typescript-eslint/no-explicit-any': 'off' },
    },
)
