import { api, ApiError } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, t, tOr } from '../i18n/index.js';
import { href } from '../router.js';
import { hasRole, user } from '../session.js';
import { historyTimeline } from '../views/history-timeline.js';
import { describeError, showStatus, statusRegion } from '../views/status.js';
import { dueText, slaBadge } from './sla.js';
import { handOverSection } from './task-hand-over.js';
import { initialData, schemaForTask } from './task-form-schema.js';

/**
 * One open task: its facts, its form (form-js viewer, loaded on demand) and the commands claim, complete, return
 * (退回, with a reason), pause/resume of the SLA clock (with a reason) and comment. Commands send the task's revision as If-Match, so a task changed meanwhile is
 * refused rather than overwritten.
 */
export function renderTaskView(main, params) {
  const status = statusRegion();
  const body = h('div', {}, t('common.loading'));
  const path = '/api/tasks/' + encodeURIComponent(params.id);
  // The viewer on screen, destroyed when a render replaces it or the view goes.
  let form = null;
  let renders = 0;
  let disposed = false;
  mount(main, h('p', {}, h('a', { href: href('/worklist'), 'data-route': true }, t('task.back'))), status, body);

  const load = async () => {
    const [task, taskForm, comments, history] = await Promise.all([
      api(path), api(path + '/form'), api(path + '/comments'), api(path + '/history')]);
    if (disposed) return;
    render(task, taskForm, comments, history);
  };

  function render(task, taskForm, comments, history) {
    // A re-render (after claim or comment) replaces the form; a viewer still loading for an earlier one is dropped.
    const renderId = ++renders;
    form?.destroy();
    form = null;
    // This render's own viewer: its buttons act on it, never on a viewer a later render created.
    let viewer = null;
    const ifMatch = { 'If-Match': `"${task.revision}"` };
    const holder = h('div', { class: 'task-form', 'data-form': 'task' });
    const formErrors = h('div', { class: 'form-errors', role: 'alert', 'data-list': 'form-errors' });
    const mine = task.assignee === user()?.login;
    const claim = h('button', { type: 'button', 'data-action': 'claim', hidden: !!task.assignee, onclick: () => command('claim') }, t('task.claim'));
    const complete = h('button', { type: 'button', class: 'primary', 'data-action': 'complete', onclick: submit }, t('task.complete'));

    const targets = returnTargets(history, task);
    const target = h('select', { id: 'return-target' }, targets.map((x) => h('option', { value: x.elementId }, x.label)));
    const reason = h('textarea', { id: 'return-reason', rows: '2', maxlength: '2000', required: true });
    // Pause and resume exist only for a task with an SLA clock; the server refuses clocks that may not stop.
    const hasClock = !!task.sla && task.sla.status !== 'none';
    const paused = task.sla?.status === 'paused';
    const clockReason = h('textarea', { id: 'clock-reason', rows: '2', maxlength: '500', required: true });
    const comment = h('textarea', { id: 'comment-text', rows: '2', maxlength: '4000', required: true });
    const commentList = h('div');
    const showComments = (list) => mount(commentList, list.length === 0 ? h('p', {}, t('task.noComments')) : h('ol', { class: 'timeline', 'data-list': 'comments' },
      list.map((c) => h('li', {}, h('p', { class: 'timeline-head' },
        h('time', { datetime: c.at }, formatDateTime(c.at)), ' · ', c.actor), h('p', {}, c.text)))));
    showComments(comments);

    mount(body,
      h('h1', {}, t('task.title', { name: task.name ?? task.elementId })),
      h('dl', { class: 'profile', 'data-list': 'task-facts' },
        h('dt', {}, t('worklist.process')), h('dd', {}, `${task.processKey} v${task.processVersion}`),
        h('dt', {}, t('worklist.businessKey')), h('dd', {}, task.businessKey ?? t('common.none')),
        h('dt', {}, t('worklist.assignee')), h('dd', { 'data-field': 'assignee' }, task.assignee ?? t('worklist.unassigned')),
        task.delegation === 'pending' ? [h('dt', {}, t('task.delegation')), h('dd', { 'data-field': 'delegation' }, t('task.delegatedBy', { owner: task.owner ?? '' }))] : null,
        h('dt', {}, t('worklist.sla')), h('dd', {}, slaBadge(task.sla), ' ', dueText(task.sla, task.dueAt)),
        task.personId ? [h('dt', {}, t('task.person')), h('dd', {}, h('a', { href: href('/persons/' + encodeURIComponent(task.personId)), 'data-route': true }, t('task.openPerson')))] : null),
      h('div', { class: 'actions' }, claim, mine ? h('span', { class: 'muted' }, t('task.yours')) : null,
        // Giving a task back to the candidates' pool; the server lets only its assignee or a manager do it.
        mine ? h('button', { type: 'button', 'data-action': 'unclaim', onclick: () => command('unclaim') }, t('task.unclaim')) : null,
        // The delegate hands the task back to its owner, who then completes it.
        mine && task.delegation === 'pending' ? h('button', { type: 'button', 'data-action': 'resolve', onclick: () => command('resolve', 'task.resolved') }, t('task.resolve')) : null),
      handOverSection(task, { mayAssign: hasRole('caseworker', 'supervisor', 'director'), mayDelegate: mine || hasRole('caseworker', 'supervisor', 'director'), send: handOver }),
      h('section', { 'aria-labelledby': 'form-title' },
        h('h2', { id: 'form-title' }, t('task.form')), formErrors, holder, h('div', { class: 'actions' }, complete)),
      hasClock ? h('section', { 'aria-labelledby': 'clock-title', 'data-section': 'clock' },
        h('h2', { id: 'clock-title' }, t(paused ? 'task.resume' : 'task.pause')),
        h('p', { class: 'muted' }, t(paused ? 'task.resumeHint' : 'task.pauseHint')),
        h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); sendClock(paused ? 'resume' : 'pause'); } },
          h('label', { for: 'clock-reason' }, t('task.clockReason')), clockReason,
          h('p', {}, h('button', { type: 'submit', 'data-action': paused ? 'resume' : 'pause' }, t(paused ? 'task.resumeSubmit' : 'task.pauseSubmit'))))) : null,
      targets.length ? h('section', { 'aria-labelledby': 'return-title' },
        h('h2', { id: 'return-title' }, t('task.return')),
        // novalidate: the page's own message (announced, focus on the reason) replaces the browser's bubble.
        h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); sendReturn(); } },
          h('label', { for: 'return-target' }, t('task.returnTarget')), target,
          h('label', { for: 'return-reason' }, t('task.returnReason')), reason,
          h('p', {}, h('button', { type: 'submit', 'data-action': 'return' }, t('task.returnSubmit'))))) : null,
      h('section', { 'aria-labelledby': 'comments-title' },
        h('h2', { id: 'comments-title' }, t('task.comments')),
        commentList,
        h('form', { novalidate: true, onsubmit: (e) => { e.preventDefault(); sendComment(); } },
          h('label', { for: 'comment-text' }, t('task.commentText')), comment,
          h('p', {}, h('button', { type: 'submit', 'data-action': 'comment' }, t('task.commentSubmit'))))),
      // The instance's history, newest first: who claimed, returned, paused or resumed, with the reason as detail.
      h('section', { 'aria-labelledby': 'task-history-title' },
        h('h2', { id: 'task-history-title' }, t('task.history')),
        historyTimeline(history, 'task-history')));

    import('./form-viewer.js').then(async ({ createFormViewer, showServerErrors }) => {
      if (disposed || renderId !== renders) return;
      const created = await createFormViewer(holder, schemaForTask(taskForm), initialData(taskForm));
      if (disposed || renderId !== renders) {
        created.destroy();
        return;
      }
      viewer = created;
      viewer.showServerErrors = (errors) => showServerErrors(created, errors);
      form = created;
      holder.dataset.ready = 'true';
    }).catch((error) => showStatus(status, describeError(error), 'error'));

    async function command(name, done = 'task.' + name + 'ed') {
      try {
        await api(`${path}/${name}`, { method: 'POST', headers: ifMatch });
        showStatus(status, t(done), 'ok');
        await load();
      } catch (error) {
        showStatus(status, describeError(error), 'error');
      }
    }

    async function submit() {
      if (!viewer || renderId !== renders) return;
      mount(formErrors);
      const { data, errors } = viewer.submit();
      if (Object.keys(errors).length) {
        showStatus(status, t('task.fixFields'), 'error');
        return;
      }
      try {
        const outcome = await api(path + '/complete', { method: 'POST', headers: ifMatch, body: { variables: data } });
        finished(outcome);
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? error.problem.fieldErrors : null;
        if (fieldErrors?.length) {
          // The server is the authority: its messages go on the fields, anything unplaced into the summary.
          // Known codes read in the user's language; a code this client does not know keeps the server's text.
          const unplaced = viewer.showServerErrors(fieldErrors.map((e) => ({ ...e, message: tOr('fieldError.' + e.code, e.message) })));
          mount(formErrors, unplaced.length ? h('ul', {}, unplaced.map((e) => h('li', {}, `${e.field}: ${e.message}`))) : null);
          showStatus(status, t('task.serverRefused', { count: fieldErrors.length }), 'error');
        } else {
          showStatus(status, describeError(error), 'error');
        }
      }
    }

    /** Assign or delegate to `login`; the task is read again so its new holder and state show. */
    async function handOver(name, login) {
      try {
        await api(`${path}/${name}`, { method: 'POST', headers: ifMatch, body: { assignee: login } });
        await load();
        showStatus(status, t(name === 'assign' ? 'task.assigned' : 'task.delegated', { user: login }), 'ok');
        return true;
      } catch (error) {
        showStatus(status, describeError(error), 'error');
        return false;
      }
    }

    async function sendReturn() {
      if (!reason.value.trim()) {
        showStatus(status, t('task.reasonRequired'), 'error');
        reason.focus();
        return;
      }
      try {
        const outcome = await api(path + '/return', { method: 'POST', headers: ifMatch, body: { targetElementId: target.value, reason: reason.value.trim() } });
        finished(outcome, 'task.returned');
      } catch (error) {
        showStatus(status, describeError(error), 'error');
      }
    }

    async function sendClock(name) {
      if (!clockReason.value.trim()) {
        showStatus(status, t('task.clockReasonRequired'), 'error');
        clockReason.focus();
        return;
      }
      try {
        await api(`${path}/${name}`, { method: 'POST', headers: ifMatch, body: { reason: clockReason.value.trim() } });
        await load();
        showStatus(status, t(name === 'pause' ? 'task.paused' : 'task.resumed'), 'ok');
      } catch (error) {
        showStatus(status, describeError(error), 'error');
      }
    }

    async function sendComment() {
      if (!comment.value.trim()) {
        comment.focus();
        return;
      }
      try {
        await api(path + '/comments', { method: 'POST', body: { text: comment.value.trim() } });
        // Only the comments are read again, so what the user has typed into the form stays.
        comment.value = '';
        showComments(await api(path + '/comments'));
        showStatus(status, t('task.commented'), 'ok');
      } catch (error) {
        showStatus(status, describeError(error), 'error');
      }
    }

    function finished(outcome, key = 'task.completed') {
      viewer?.destroy();
      viewer = null;
      form = null;
      mount(body,
        h('h1', {}, t('task.title', { name: task.name ?? task.elementId })),
        h('p', { class: 'status', 'data-kind': 'ok', 'data-outcome': outcome.instanceStatus }, t(key)),
        outcome.openTasks?.length ? h('ul', {}, outcome.openTasks.map((next) => h('li', {},
          h('a', { href: href('/tasks/' + encodeURIComponent(next.id)), 'data-route': true }, t('task.next', { name: next.name ?? next.elementId }))))) : null,
        h('p', { class: 'actions' },
          h('a', { href: href('/worklist'), 'data-route': true, class: 'button' }, t('task.back')),
          task.personId ? h('a', { href: href('/persons/' + encodeURIComponent(task.personId)), 'data-route': true, class: 'button' }, t('task.openPerson')) : null));
      body.querySelector('h1')?.setAttribute('tabindex', '-1');
      body.querySelector('h1')?.focus();
    }
  }

  load().catch((error) => {
    mount(body);
    showStatus(status, describeError(error), 'error');
  });
  return () => {
    disposed = true;
    form?.destroy();
  };
}

/**
 * The earlier steps the task may be sent back to: the server's answer (`returnTargets`, which knows the model's
 * `caseflow.return`), labelled from the history; the history alone when the server gave none.
 */
function returnTargets(history, task) {
  const seen = new Map();
  for (const entry of history ?? []) {
    if (entry.kind === 'taskCompleted' && entry.elementId && entry.elementId !== task.elementId) {
      seen.set(entry.elementId, { elementId: entry.elementId, label: entry.elementId });
    }
  }

  const allowed = task.returnTargets;
  return Array.isArray(allowed)
    ? allowed.map((id) => seen.get(id) ?? { elementId: id, label: id })
    : [...seen.values()];
}
