import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

// `@servicenow/glide` is types only under Node: every test runs the app against the in-house fake.
const glideFake = fileURLToPath(new URL('./tools/glide-fake/index.ts', import.meta.url))

export default defineConfig({
    resolve: {
        alias: [{ find: /^@servicenow\/glide(\/.*)?$/, replacement: glideFake }],
    },
    test: {
        include: ['test/**/*.test.ts'],
        setupFiles: ['test/support/strict-fake.ts'],
        testTimeout: 60000,
    },
})
