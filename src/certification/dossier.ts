/**
 * The RS6247 application dossier: six items sent to the animation team (doc.incubateur.net certification page,
 * "Dossier"; domain.md §1.3 and §6 `DossierItemKind`). French labels paraphrase the page; English ours.
 */
import * as z from 'zod/mini';
import { CalendarDateSchema, HttpUrlSchema, Text } from '../shared/schema.js';
import type { Issue } from '../shared/issues.js';

/** The 6 dossier item kinds, in the order of the certification page. */
export const DOSSIER_ITEM_KINDS = [
  'lien_site', 'lien_fiche_produit', 'compte_rendu_entretiens', 'maquettes_ou_captures', 'tableau_investissement', 'support_presentation',
] as const;
export const DossierItemKindSchema = z.enum(DOSSIER_ITEM_KINDS);
export type DossierItemKind = z.infer<typeof DossierItemKindSchema>;

/** Labels of the dossier items. `needsUrl`: the item is a link, so it counts only with its `url`. */
export const DOSSIER_ITEMS: Record<DossierItemKind, { fr: string; en: string; needsUrl: boolean }> = {
  lien_site: { fr: 'Lien du site de la startup d’État', en: 'Link to the start-up’s website', needsUrl: true },
  lien_fiche_produit: { fr: 'Lien de la fiche produit', en: 'Link to the product page', needsUrl: true },
  compte_rendu_entretiens: { fr: 'Compte-rendu d’entretiens utilisateurs, avec les questions posées', en: 'Report of user interviews, with the questions asked', needsUrl: false },
  maquettes_ou_captures: { fr: 'Maquettes ou captures d’écran du site ou de l’application', en: 'Mock-ups or screenshots of the site or application', needsUrl: false },
  tableau_investissement: { fr: 'Exemple de tableau d’investissement présenté en comité d’investissement', en: 'Example investment table shown at an investment committee', needsUrl: false },
  support_presentation: { fr: 'Support de présentation du service', en: 'Presentation deck of the service', needsUrl: false },
};

/**
 * One dossier item: its kind, a `url` (required for the two link items), the calendar date it was provided
 * (`providedAt`, `YYYY-MM-DD`) and a free note.
 */
export const DossierItemSchema = z.object({
  kind: DossierItemKindSchema,
  url: z.optional(HttpUrlSchema),
  providedAt: z.optional(CalendarDateSchema),
  note: z.optional(Text()),
});
export type DossierItem = z.infer<typeof DossierItemSchema>;

/** Result of {@link checkDossier}: `complete`, the kinds still missing (page order) and one issue per missing kind. */
export interface DossierCheck {
  readonly complete: boolean;
  readonly missing: readonly DossierItemKind[];
  readonly issues: readonly Issue[];
}

/**
 * Completeness of a dossier: each of the 6 kinds must be present, and the two link items must carry a `url`.
 * Issues name the missing item in French and English (path `dossier`).
 */
export function checkDossier(items: readonly Pick<DossierItem, 'kind' | 'url'>[]): DossierCheck {
  const missing = DOSSIER_ITEM_KINDS.filter((kind) => !items.some((i) => i.kind === kind && (!DOSSIER_ITEMS[kind].needsUrl || !!i.url)));
  const issues = missing.map((kind): Issue => {
    const noUrl = DOSSIER_ITEMS[kind].needsUrl && items.some((i) => i.kind === kind);
    return {
      path: 'dossier', code: noUrl ? 'missing_url' : 'missing_item',
      fr: `dossier : ${noUrl ? 'adresse manquante pour' : 'pièce manquante :'} « ${DOSSIER_ITEMS[kind].fr} » (${kind})`,
      en: `dossier: ${noUrl ? 'missing URL for' : 'missing item:'} "${DOSSIER_ITEMS[kind].en}" (${kind})`,
    };
  });
  return { complete: missing.length === 0, missing, issues };
}
