/**
 * Base class of every `intra-*` element: shadow DOM and re-rendering when the element's own `lang` attribute changes
 * (changes of an ancestor's or `<html>`'s `lang` are followed by `IntraLocalize`, components/shared/i18n.ts).
 */
import { LitElement } from 'lit';

export class IntraElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }
}
