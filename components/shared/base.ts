/**
 * Base class of every `intra-*` element: shadow DOM and re-rendering when the element's own `lang` attribute changes
 * (changes of an ancestor's or `<html>`'s `lang` are followed by `IntraLocalize`, components/shared/i18n.ts), and an
 * `updateComplete` that also waits for the English texts when they are being loaded.
 */
import { LitElement } from 'lit';
import { loadEnglish, pendingEnglish, resolveLang } from './i18n.js';

export class IntraElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * An element whose language resolves to English waits for the English texts before rendering (one small request
   * the first time), so that it never shows, nor keeps in its state (announcements…), French texts meant to be English.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    const english = resolveLang(this) === 'en' ? loadEnglish() : undefined;
    if (english) await english;
    return super.scheduleUpdate();
  }

  /** Also waits for English texts being loaded (components/shared/i18n.ts), so that it settles on the final text. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let p = pendingEnglish(); p; p = pendingEnglish()) {
      await p;
      done = await super.getUpdateComplete();
    }
    return done;
  }
}
