import { h } from '../dom.js';
import { formatDateTime, t } from '../i18n/index.js';

/**
 * A task's SLA state as a coloured badge. The colour is never the only signal: the badge spells the state out and
 * the due time follows as text.
 */
export function slaBadge(sla) {
  const status = sla?.status ?? 'none';
  return h('span', { class: 'sla sla-' + status, 'data-sla': status },
    t('sla.' + status), sla?.provisional ? t('sla.provisional') : null);
}

export function dueText(sla, dueAt) {
  const due = sla?.dueAt ?? dueAt;
  return due ? h('time', { datetime: due }, formatDateTime(due)) : t('common.none');
}
