/**
 * Page script of test/browser/support-request/frame.html: one `<intra-support-request>` posting to the test server's
 * receiver proxy, with the retry settings of the query string (`retry-base`, `retry-max`).
 */
import '../../../components/support-request/intra-support-request.js';

const q = new URLSearchParams(location.search);
const el = document.createElement('intra-support-request');
el.setAttribute('kind', 'accompagnement_carriere');
el.setAttribute('action', '/receiver/requests');
el.setAttribute('min-fill-time', q.get('min-fill-time') ?? '0');
el.setAttribute('retry-base', q.get('retry-base') ?? '20');
el.setAttribute('retry-max', q.get('retry-max') ?? '200');
el.setAttribute('draft-key', 'frame');
document.getElementById('main')!.append(el);
