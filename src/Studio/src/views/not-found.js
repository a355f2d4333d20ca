import { h, mount } from '../dom.js';
import { t } from '../i18n/index.js';

export function renderNotFound(main) {
  mount(main, h('h1', {}, t('notFound.title')));
}
