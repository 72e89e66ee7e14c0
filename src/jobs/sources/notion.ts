/**
 * metiers.numerique.gouv.fr (betagouv/metiers-numeriques, 2021) Notion export: a Notion API list response
 * (`{ object: "list", results: [page…] }`) whose pages carry the French columns `Name`, `Ministère`, `Mission`,
 * `Ce que vous ferez`, `Votre profil`, `Localisation`, `Poste ouvert aux`, `Date limite`, `Pour en savoir plus`…
 * Real snapshot: test/fixtures/jobs/metiers-numeriques-notion-2021-10.json (17 pages, one of which is the
 * "CANDIDATURES SPONTANEES" page without a ministry: rejected). Mapping: docs/jobs.md.
 */
import { wordNow } from '../../shared/issue-messages.js';
import { isHttpUrl } from '../../shared/urls.js';
import { foldText } from '../../shared/text.js';
import { isNotionExport } from './detect.js';
import { Conversion, ResultBuilder, documentError, joinTexts, location, parseCategorie, parseOpenTo, recordId, text, type JobImportResult } from './common.js';

export { isNotionExport };

type NotionProperty = { type?: string; [key: string]: unknown };

/** The plain text of a Notion property (title, rich_text, multi_select, select, url, email, date start). */
export function notionText(p: NotionProperty | undefined): string | undefined {
  if (!p || typeof p !== 'object') return undefined;
  const runs = (xs: unknown) => Array.isArray(xs) ? xs.map((r) => (r && typeof r === 'object' ? String((r as { plain_text?: unknown }).plain_text ?? '') : '')).join('') : '';
  switch (p.type) {
    case 'title': return text(runs(p.title));
    case 'rich_text': return text(runs(p.rich_text));
    case 'multi_select': return Array.isArray(p.multi_select) ? text(p.multi_select.map((o) => String((o as { name?: unknown })?.name ?? '')).filter(Boolean).join(' ; ')) : undefined;
    case 'select': return text((p.select as { name?: unknown } | null)?.name);
    case 'url': return text(p.url);
    case 'email': return text(p.email);
    case 'date': return text((p.date as { start?: unknown } | null)?.start);
    default: return undefined;
  }
}
/** The option names of a multi_select property. */
function options(p: NotionProperty | undefined): string[] {
  return p?.type === 'multi_select' && Array.isArray(p.multi_select) ? p.multi_select.map((o) => String((o as { name?: unknown })?.name ?? '')).filter(Boolean) : [];
}

/**
 * Reads a metiers-numeriques Notion export. `Poste ouvert aux` is a multi-select mixing who may apply
 * (`Fonctionnaire`, `Contractuel.le`, `Contractuel (CDD 3 ans renouvelable)`) and the level (`Niveau Cadre` →
 * catégorie A). All postings are State jobs (the board's scope), so `versant` is `FPE`. Never throws.
 */
export function fromNotionExport(doc: unknown): JobImportResult {
  if (!isNotionExport(doc)) {
    return documentError('notion', { path: '', code: 'invalid_document', fr: 'export Notion attendu : { "object": "list", "results": [...] }', en: 'expected a Notion export: { "object": "list", "results": [...] }' });
  }
  const out = new ResultBuilder('notion', wordNow);
  (doc as { results: unknown[] }).results.forEach((raw, index) => {
    const conv = new Conversion('notion');
    const page = raw as { id?: unknown; url?: unknown; created_time?: unknown; archived?: unknown; properties?: Record<string, NotionProperty> } | null;
    if (!page || typeof page !== 'object' || !page.properties || typeof page.properties !== 'object') {
      out.reject(index, [{ path: '', code: 'invalid_type', fr: 'page Notion attendue (avec properties)', en: 'expected a Notion page (with properties)' }]);
      return;
    }
    const p = page.properties;
    const pageId = typeof page.id === 'string' ? page.id : undefined;
    const pageUrl = typeof page.url === 'string' && isHttpUrl(page.url) ? page.url : undefined;
    const more = notionText(p['Pour en savoir plus']);
    const link = more && isHttpUrl(more) ? more : pageUrl;
    const openTo = options(p['Poste ouvert aux']);
    const folded = foldText(openTo.join(' ; '));
    const where = notionText(p.Localisation);
    const created = typeof page.created_time === 'string' ? page.created_time.slice(0, 10) : undefined;
    const candidate = {
      id: pageId ? recordId('mdn', pageId) : undefined,
      title: notionText(p.Name),
      employer: { label: notionText(p['Ministère']) },
      versant: 'FPE',
      categorie: /niveau cadre/.test(folded) ? 'A' : parseCategorie(notionText(p['Catégorie'])),
      openTo: parseOpenTo(openTo),
      contractKind: /\bcdd\b/.test(folded) ? 'fixed-term' : /\bcdi\b/.test(folded) ? 'permanent' : undefined,
      contractDuration: openTo.map((o) => /\((cdd[^)]*)\)/i.exec(o)?.[1]).find(Boolean),
      location: where ? location(where, where, undefined, { address: where }) : undefined,
      postedAt: conv.frDate(created, 'postedAt', 'created_time', true),
      closesAt: conv.frDate(notionText(p['Date limite']), 'closesAt', 'Date limite', false),
      url: link,
      description: joinTexts(notionText(p.Mission), notionText(p['Ce que vous ferez']), notionText(p['Équipe'])),
      profile: joinTexts(notionText(p['Votre profil']), notionText(p['Expérience'])),
      source: { kind: 'mdn', reference: pageId, url: pageUrl },
      status: page.archived === true ? 'draft' : 'published',
    };
    out.add(index, candidate, conv, { id: pageId ? `mdn-${pageId}` : undefined });
  });
  return out.result();
}
