import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n/index.js';

/** A polite live region: screen readers announce what a button did without moving focus. */
export function statusRegion() {
  return h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
}

export function showStatus(region, text, kind = 'info') {
  region.textContent = text;
  region.dataset.kind = kind;
}

/** The user's words for an API failure: a known code's message, else the server's detail. */
export function describeError(error) {
  if (error instanceof ApiError) {
    const known = error.code ? t('error.' + error.code) : null;
    return known && known !== 'error.' + error.code ? known : t('error.generic', { detail: error.message });
  }
  return t('error.network');
}
