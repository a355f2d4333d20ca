import './styles.css';
import { whenUnauthenticated } from './api.js';
import { h, mount } from './dom.js';
import { language, onLanguageChange, setLanguage, t } from './i18n/index.js';
import { href, navigate, refresh, route, start } from './router.js';
import { canDesign, canMonitor, signOut, user } from './session.js';
import { renderLogin } from './views/login.js';
import { renderNotFound } from './views/not-found.js';
import { renderProcessList } from './views/process-list.js';
import { renderPersonFile } from './console/person-file.js';
import { renderPersonList } from './console/person-list.js';
import { renderInstanceList } from './monitor/instance-list.js';
import { renderFormList } from './forms/form-list.js';
import { onNotifications, startLive, stopLive, unreadCount } from './notifications/live.js';
import { renderNotifications } from './notifications/notification-list.js';
import { renderPetition, renderPetitionList } from './console/petitions.js';
import { renderTaskView } from './console/task-view.js';
import { renderWorklist } from './console/worklist.js';

const app = document.getElementById('app');
let disposeView = null;

route('/', () => navigate(canDesign() ? '/processes' : '/persons', { replace: true }));
route('/login', renderLogin);
route('/processes', renderProcessList);
// The modeler and the diagram viewer are most of the code; they load when a screen needs them.
const processEditor = lazy(() => import('./views/process-editor.js').then((m) => m.renderProcessEditor));
const formDesigner = lazy(() => import('./forms/form-designer.js').then((m) => m.renderFormDesigner));
const instanceMonitor = lazy(() => import('./monitor/instance-monitor.js').then((m) => m.renderInstanceMonitor));
route('/processes/new', processEditor);
route('/processes/:key', processEditor);
route('/instances', renderInstanceList);
route('/forms', renderFormList);
route('/forms/:key', formDesigner);
route('/instances/:id', instanceMonitor);
route('/persons', renderPersonList);
route('/persons/:id', renderPersonFile);
route('/worklist', renderWorklist);
route('/tasks/:id', renderTaskView);
route('/petitions', renderPetitionList);
route('/petitions/:id', renderPetition);
route('/notifications', renderNotifications);

whenUnauthenticated(() => {
  stopLive();
  navigate('/login?expired=1', { replace: true });
});
onNotifications(({ unread }) => updateBadge(unread));
onLanguageChange(() => refresh());

start((render, params, query) => {
  disposeView?.();
  disposeView = null;
  const path = location.pathname;
  const signedIn = !!user();
  if (!signedIn && !path.endsWith('/login')) {
    navigate('/login', { replace: true });
    return;
  }

  if (signedIn) {
    startLive();
  }
  const main = h('main', { id: 'main', tabindex: '-1' });
  mount(app, signedIn ? header() : loginHeader(), main);
  if (!render) {
    renderNotFound(main);
    return;
  }
  const result = render(main, params, query);
  if (typeof result === 'function') {
    disposeView = result;
  }
  // Moves focus to the new screen so keyboard and screen-reader users start at its heading.
  main.focus({ preventScroll: true });
});

function languageButton() {
  const next = language() === 'zh-CN' ? 'en' : 'zh-CN';
  return h('button', {
    type: 'button', class: 'link-button', 'aria-label': t('lang.switchLabel'), lang: next,
    onclick: () => setLanguage(next),
  }, t('lang.switch'));
}

function loginHeader() {
  return h('header', { class: 'app-header' }, h('span', { class: 'brand' }, t('app.name')), h('div', { class: 'header-tools' }, languageButton()));
}

function header() {
  const current = user();
  const links = [
    canDesign() && ['/processes', 'nav.processes'],
    canDesign() && ['/forms', 'nav.forms'],
    canMonitor() && ['/instances', 'nav.instances'],
    ['/persons', 'nav.persons'],
    ['/worklist', 'nav.worklist'],
    ['/petitions', 'nav.petitions'],
    ['/notifications', 'nav.notifications'],
  ].filter(Boolean);
  const here = location.pathname;
  return h('header', { class: 'app-header' },
    h('span', { class: 'brand' }, t('app.name')),
    h('nav', { 'aria-label': t('nav.label') },
      h('ul', {}, links.map(([path, key]) => h('li', {},
        h('a', { href: href(path), 'data-route': true, 'aria-current': here.startsWith(href(path)) ? 'page' : null },
          t(key), key === 'nav.notifications' ? badge() : null))))),
    h('div', { class: 'header-tools' },
      h('span', { class: 'who' }, t('auth.signedInAs', { login: current.displayName || current.login })),
      languageButton(),
      h('button', { type: 'button', class: 'link-button', 'data-action': 'logout', onclick: () => { stopLive(); signOut(); navigate('/login'); } }, t('auth.logout'))));
}

// The unread count beside "通知": hidden at zero, its number spelled out for screen readers.
function badge() {
  const element = h('span', { class: 'badge-count', 'data-badge': 'notifications' });
  fillBadge(element, unreadCount());
  return element;
}

function fillBadge(element, count) {
  element.hidden = count === 0;
  element.textContent = String(count);
  element.setAttribute('aria-label', t('notifications.unreadCount', { count }));
}

function updateBadge(count) {
  const element = document.querySelector('[data-badge=notifications]');
  if (element) {
    fillBadge(element, count);
  }
}

/** A screen whose code loads on first use; returns the dispose function of the screen once it has rendered. */
function lazy(load) {
  return (main, params, query) => {
    let dispose = null;
    let gone = false;
    mount(main, h('p', {}, t('common.loading')));
    load().then((render) => {
      if (!gone) {
        dispose = render(main, params, query) ?? null;
      }
    }).catch(() => mount(main, h('p', { class: 'status', 'data-kind': 'error', role: 'alert' }, t('error.network'))));
    return () => {
      gone = true;
      dispose?.();
    };
  };
}
