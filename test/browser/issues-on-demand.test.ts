// The wording of validation issues (src/shared/issue-messages.ts: the FR/EN catalogue) and the console report of
// rejected records (components/shared/data-source-report.ts, with `unknownKeys`) are imported only when a load has a
// rejected or trimmed record (issue 10, part 3; decision 0064). Here, the rare path: an invalid record still gets its
// French and English message — the very wording of before — in the event, in `loaded`'s result and in the console,
// and the good records are shown. That a page of valid records never downloads them is a property of the CDN build
// (the source modules load everything through src/index.ts): test/integration/issues-on-demand-built.test.ts.
import { fixture, html, expect, oneEvent } from '@open-wc/testing';
import '../../components/portraits/intra-portraits.js';
import '../../components/job-feed/intra-job-feed.js';
import type { IntraJobFeed } from '../../components/job-feed/job-feed.js';
import type { IntraPortraits } from '../../components/portraits/portraits.js';
import type { IntraErrorEvent } from '../../components/shared/events.js';
import type { PortraitsResult } from '../../src/portraits/portrait.js';
import { makePortrait } from './helpers.js';

describe('Issue messages on demand', () => {
  it('an invalid record: the good ones are shown, its FR/EN message arrives with the event, the loaded result and the console', async () => {
    const el = document.createElement('intra-portraits') as IntraPortraits;
    const error = oneEvent(el, 'intra-error');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args.join(' ')); };
    const bad = { ...makePortrait({ id: 'bad-1' }), category: 'diagonal', nom: 'x' };
    el.innerHTML = `<script type="application/json">${JSON.stringify([makePortrait({ displayName: 'Bonne Fiche' }), bad])}</script>`;
    try {
      document.body.append(el);
      const { detail } = (await error) as IntraErrorEvent;
      const result = (await el.loaded) as PortraitsResult;
      expect(detail.kind).to.equal('records');
      expect(detail.rejected!.map((r) => [r.index, r.id])).to.deep.equal([[1, 'bad-1']]);
      const issue = detail.rejected![0].issues[0];
      expect(issue.path).to.equal('category');
      expect(issue.code).to.equal('invalid_value');
      // The very wording of describeIssue (src/shared/issue-messages.ts), unchanged.
      expect(issue.fr).to.match(/^category : valeur inattendue « diagonal » ; valeurs possibles : /);
      expect(issue.en).to.match(/^category: unexpected value "diagonal"; allowed: /);
      expect(issue.allowed).to.include('vertical');
      expect(result.rejected[0].issues[0]).to.deep.equal(issue);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.contain('1 fiche ignorée / 1 record skipped');
      expect(warnings[0]).to.contain('category [invalid_value] valeurs possibles / allowed:');
      expect(warnings[0]).to.contain('champ inconnu / unknown field: nom');
      expect(el.shadowRoot!.textContent).to.contain('Bonne Fiche');
      expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('1 fiche ignorée');
    } finally {
      console.warn = warn;
      el.remove();
    }
  });

  it('a record kept without an invalid optional part: its "partie ignorée" message is worded as before', async () => {
    const trimmed = makePortrait({ id: 'trim-1', links: ['javascript:alert(1)'] });
    const el = await fixture<IntraPortraits>(html`<intra-portraits .items=${[trimmed]}></intra-portraits>`);
    const dropped = ((await el.loaded) as PortraitsResult).dropped;
    expect(dropped.map((d) => d.index)).to.deep.equal([0]);
    expect(dropped[0].issues[0].path).to.equal('links[0]');
    expect(dropped[0].issues[0].code).to.equal('url_or_path');
    expect(dropped[0].issues[0].fr).to.match(/^links\[0\] : adresse http\(s\) ou chemin du site attendu .*\(partie ignorée : links\[0\]\)$/);
    expect(dropped[0].issues[0].en).to.match(/^links\[0\]: expected an http\(s\) URL or a site path .*\(part dropped: links\[0\]\)$/);
  });

  it('the job feed: an invalid posting is skipped with its FR/EN message, a trimmed one keeps its "partie ignorée" message', async () => {
    const posting = (id: string, over: Record<string, unknown> = {}) => ({
      id, title: `Cheffe de projet numérique ${id}`, employer: { label: 'Direction interministérielle du numérique' },
      versant: 'FPE', categorie: 'A', openTo: 'both', contractKind: 'statutory',
      location: { label: 'Paris (75)', departement: '75', region: 'Île-de-France' },
      remote: 'partial', postedAt: '2026-09-01', closesAt: '2026-10-31', url: `https://place-emploi-public.gouv.fr/offre-emploi/${id}/`,
      description: 'Piloter le déploiement d’un produit numérique avec une équipe pluridisciplinaire, en lien avec les usagers.',
      source: { kind: 'manual' }, status: 'published', ...over,
    });
    const el = document.createElement('intra-job-feed') as IntraJobFeed;
    el.setAttribute('now', '2026-10-01');
    const error = oneEvent(el, 'intra-error');
    const warn = console.warn;
    console.warn = () => undefined;
    el.innerHTML = `<script type="application/json">${JSON.stringify([posting('ok-1'), posting('bad-1', { title: 42 }), posting('trim-1', { versant: 'ZZZ' })])}</script>`;
    try {
      document.body.append(el);
      const { detail } = (await error) as IntraErrorEvent;
      await el.loaded;
      expect(detail.rejected!.map((r) => r.index)).to.deep.equal([1]);
      const issue = detail.rejected![0].issues[0];
      expect([issue.path, issue.code, issue.fr, issue.en]).to.deep.equal(['title', 'invalid_type', 'title : type attendu : un texte, reçu number (source : « title »)', 'title: expected a string, received number (source: "title")']);
      expect(issue.source).to.equal('title');
      const dropped = detail.dropped!.find((d) => d.index === 2)!;
      expect(dropped.issues[0].fr).to.match(/^versant : valeur inattendue « ZZZ » ; valeurs possibles : .+ \(partie ignorée : versant\)$/);
      expect(dropped.issues[0].en).to.match(/^versant: unexpected value "ZZZ"; allowed: .+ \(part dropped: versant\)$/);
      expect(el.shadowRoot!.textContent).to.contain('Cheffe de projet numérique ok-1');
    } finally {
      console.warn = warn;
      el.remove();
    }
  });
});
