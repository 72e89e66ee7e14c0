// Types of scripts/gen-jobs.mjs (for the tests that import it).
/** `n` invented postings in our JSON (plain objects, seeded: the same `seed` gives the same postings), dated around `today`. */
export function generateJobs(n: number, seed?: number, today?: string): Record<string, unknown>[];
