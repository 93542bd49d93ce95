// Elsa 3 JSON <-> React Flow graph. Every activity and connection keeps its original JSON object, so fields
// the designer does not know (customProperties, nodeId, sizes, …) survive a round trip unchanged.

export const FLOWCHART = 'Elsa.Flowchart';
export const EXPRESSION_TYPES = ['Literal', 'JavaScript', 'CSharp', 'Object', 'Json', 'Variable', 'Input'];
const RESERVED = new Set(['id', 'nodeId', 'name', 'type', 'version', 'customProperties', 'metadata', 'activities', 'connections', 'variables', 'start']);

export function randomId() {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const connectionParts = (c) => (typeof c.source === 'object' && c.source !== null
  ? { source: c.source.activity, sourcePort: c.source.port, target: c.target?.activity, targetPort: c.target?.port }
  : { source: c.source, sourcePort: c.sourcePort, target: c.target, targetPort: c.targetPort });

export function toGraph(doc) {
  const root = doc?.root;
  if (!root || root.type !== FLOWCHART) return null;
  const activities = root.activities ?? [];
  const nodes = activities.map((a, i) => ({
    id: a.id,
    type: 'activity',
    position: { ...(a.metadata?.designer?.position ?? { x: (i % 5) * 260, y: Math.floor(i / 5) * 160 }) },
    data: { activity: a },
  }));
  const edges = (root.connections ?? []).map((c, i) => {
    const p = connectionParts(c);
    return {
      id: `e${i}-${p.source}-${p.sourcePort ?? 'Done'}-${p.target}`,
      source: p.source,
      sourceHandle: p.sourcePort ?? 'Done',
      target: p.target,
      targetHandle: p.targetPort ?? 'In',
      data: { raw: c },
    };
  });
  return { nodes, edges };
}

export function toDoc(doc, nodes, edges) {
  const root = doc.root;
  const activities = nodes.map((n) => {
    const a = n.data.activity;
    const designer = { ...(a.metadata?.designer ?? {}), position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } };
    return { ...a, metadata: { ...(a.metadata ?? {}), designer } };
  });
  const connections = edges.map((e) => {
    const raw = e.data?.raw;
    if (raw && typeof raw.source !== 'object') {
      return { ...raw, source: e.source, sourcePort: e.sourceHandle, target: e.target, targetPort: e.targetHandle ?? 'In' };
    }
    return {
      ...(raw ?? {}),
      source: { ...(raw?.source ?? {}), activity: e.source, port: e.sourceHandle ?? 'Done' },
      target: { ...(raw?.target ?? {}), activity: e.target, port: e.targetHandle ?? 'In' },
    };
  });
  const next = { ...root, activities, connections };
  if (root.connections === undefined && connections.length === 0) delete next.connections;
  return { ...doc, root: next };
}

/** The expression of an input as {type, value}, or null when not set. */
export function inputExpression(activity, name) {
  const v = activity[name];
  if (v && typeof v === 'object' && v.expression) return { type: v.expression.type ?? 'Literal', value: v.expression.value };
  if (v !== undefined && v !== null && typeof v !== 'object') return { type: 'Literal', value: v };
  return null;
}

export function setInputExpression(activity, input, type, value) {
  const current = activity[input.name];
  const base = current && typeof current === 'object' && !Array.isArray(current) ? current : {};
  return {
    ...activity,
    [input.name]: { ...base, typeName: base.typeName ?? input.typeName, expression: { ...(base.expression ?? {}), type, value } },
  };
}

function parseList(expr) {
  if (!expr) return [];
  let v = expr.value;
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { v = v.split(/[\n,;]/).map((s) => s.trim()).filter(Boolean); }
  }
  return Array.isArray(v) ? v : [];
}

/** Outgoing ports of an activity: its type's ports, dynamic ones (fork branches, switch cases, task outcomes) and any already connected. */
export function portsOf(activity, descriptor, edges) {
  const ports = [];
  const add = (p) => { if (p && !ports.includes(p)) ports.push(String(p)); };
  for (const name of ['branches', 'uitkomsten', 'outcomes']) {
    const expr = inputExpression(activity, name);
    if (expr && (expr.type === 'Literal' || expr.type === 'Object' || expr.type === 'Json')) parseList(expr).forEach((x) => add(typeof x === 'string' ? x : x?.label ?? x?.naam));
  }
  const cases = activity.cases;
  if (Array.isArray(cases)) cases.forEach((c) => add(c?.label));
  const dynamic = ports.length > 0;
  const connected = new Set((edges ?? []).filter((e) => e.source === activity.id).map((e) => e.sourceHandle));
  // A task completes on one of its outcomes, never on the default "Done": hide that port unless it is in use.
  (descriptor?.ports ?? (descriptor ? [] : ['Done'])).filter((p) => !(dynamic && p === 'Done' && descriptor?.ports?.length === 1 && !connected.has('Done'))).forEach(add);
  if (activity.type === 'Elsa.FlowSwitch') add('Default');
  for (const e of edges ?? []) if (e.source === activity.id) add(e.sourceHandle);
  return ports;
}

export function inputsOf(activity, descriptor) {
  const known = descriptor?.inputs ?? [];
  const names = new Set(known.map((i) => i.name));
  const extra = Object.keys(activity)
    .filter((k) => !RESERVED.has(k) && !names.has(k) && activity[k] && typeof activity[k] === 'object' && activity[k].expression)
    .map((k) => ({ name: k, typeName: activity[k].typeName ?? 'Object', displayName: k, description: 'Niet in de activiteitbeschrijving; blijft bewaard.' }));
  return [...known, ...extra];
}

export function newActivity(descriptor, position, existing) {
  const short = descriptor.typeName.split('.').pop();
  let n = 1;
  const names = new Set(existing.map((x) => x.data.activity.name));
  while (names.has(`${short}${n}`)) n++;
  return {
    id: randomId(),
    name: `${short}${n}`,
    type: descriptor.typeName,
    version: 1,
    customProperties: { canStartWorkflow: false, runAsynchronously: false },
    metadata: { designer: { position } },
  };
}

export const activityLabel = (activity, descriptor) => activity.name || descriptor?.displayName || activity.type;

export function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "TB" when connections mostly run downwards (as in the shipped workflows), else "LR" (Elsa's own designer). */
export function layoutDirection(nodes, edges) {
  const pos = new Map(nodes.map((n) => [n.id, n.position]));
  let dx = 0;
  let dy = 0;
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (a && b) { dx += Math.abs(b.x - a.x); dy += Math.abs(b.y - a.y); }
  }
  return dy > dx ? 'TB' : 'LR';
}
