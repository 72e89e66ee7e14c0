/**
 * The RS6247 framework, typed: "Concevoir un service public numérique au sein de l’État" (France compétences RS6247).
 * Data in `./data/rs6247.ts` (sources in `./data/rs6247.SOURCE.md`); ids from `./rs6247-ids.ts`.
 */
import type { SkillFramework } from './framework.js';
import { RS6247_FRAMEWORK_DATA } from './data/rs6247.js';

/**
 * The RS6247 skill framework (version 1.0.0): 8 competences with exact French labels, English labels, our own
 * descriptions, outcome scale `acquise` / `a_consolider` / `non_acquise`, and crosswalks to e-CF (RMFP fiche),
 * RMFP passerelles and ROME 4.0. Treat as read-only.
 */
export const RS6247_FRAMEWORK: SkillFramework = RS6247_FRAMEWORK_DATA;

/** The certification's canonical title and registry, as used by the certification module and the OB3 export. */
export const RS6247_REGISTRY = RS6247_FRAMEWORK_DATA.registry;
