import { h, mount } from '../dom.js';
import { t } from '../i18n/index.js';

/**
 * A screen whose API is not there yet (worklist, petitions, notifications). It calls nothing; docs/studio.md lists
 * what each needs.
 */
export function renderPlaceholder(main, screenKey) {
  mount(main, h('section', { class: 'placeholder', 'data-placeholder': screenKey },
    h('h1', {}, t('placeholder.title', { screen: t(screenKey) })),
    h('p', {}, t('placeholder.body'))));
}

export function renderNotFound(main) {
  mount(main, h('h1', {}, t('notFound.title')));
}
