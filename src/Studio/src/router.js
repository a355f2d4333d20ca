// History routing under the app's base path (/studio/); the node answers every /studio/* path with index.html.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const routes = [];
let renderCurrent = () => {};

export function route(pattern, render) {
  const names = [];
  const regex = new RegExp('^' + pattern.replace(/:(\w+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  }) + '/?$');
  routes.push({ regex, names, render });
}

export function href(path) {
  return base + path;
}

export function navigate(path, { replace = false } = {}) {
  history[replace ? 'replaceState' : 'pushState'](null, '', href(path));
  renderCurrent();
}

export function currentPath() {
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  return path || '/';
}

/** Starts routing: renders now, on back/forward, and on clicks of same-origin links inside the app. */
export function start(onRoute) {
  renderCurrent = () => {
    const path = currentPath();
    for (const { regex, names, render } of routes) {
      const match = regex.exec(path);
      if (match) {
        const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
        onRoute(render, params, new URLSearchParams(location.search));
        return;
      }
    }
    onRoute(null, {}, new URLSearchParams());
  };
  window.addEventListener('popstate', renderCurrent);
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[data-route]');
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
      event.preventDefault();
      history.pushState(null, '', link.getAttribute('href'));
      renderCurrent();
    }
  });
  renderCurrent();
}

/** Re-renders the current route, e.g. after the language changed. */
export function refresh() {
  renderCurrent();
}
