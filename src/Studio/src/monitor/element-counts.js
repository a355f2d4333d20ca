/**
 * Per-element counts of one instance: live tokens (active element ids, repeated for parallel tokens), completed
 * user tasks (from the history) and open incidents. The history records tasks, timers, jobs and incidents, not
 * every element's completion, so "completed" counts user tasks only.
 */
export function elementCounts(instance, history) {
  const counts = new Map();
  const at = (id) => {
    if (!counts.has(id)) counts.set(id, { elementId: id, active: 0, completed: 0, incidents: 0 });
    return counts.get(id);
  };
  for (const id of instance.activeElementIds ?? []) at(id).active += 1;
  for (const entry of history ?? []) {
    if (entry.kind === 'taskCompleted' && entry.elementId) at(entry.elementId).completed += 1;
  }
  for (const incident of instance.incidents ?? []) at(incident.elementId).incidents += 1;
  return [...counts.values()];
}
