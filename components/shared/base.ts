/**
 * Base class of every `intra-*` element: shadow DOM, the shared DSFR-token primitives, and re-rendering when the
 * element's own `lang` attribute changes (ancestors' and `<html lang>` changes are followed by the localize controller).
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
