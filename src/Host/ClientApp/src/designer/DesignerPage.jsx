// /app/workflows/{definitionId}[?versie=N] — the flowchart designer.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlow, ReactFlowProvider, Background, Controls, MiniMap, applyNodeChanges, applyEdgeChanges, useReactFlow, MarkerType } from '@xyflow/react';
import { api, getText } from '../api.js';
import { Alert, Button, PageHeading, Loading, useApi } from '../common.jsx';
import { Link, useQuery, useRouter } from '../router.jsx';
import ActivityNode, { CanvasContext } from './ActivityNode.jsx';
import { ErrorList } from './ErrorList.jsx';
import { ActivityPanel, EdgePanel } from './PropertyPanel.jsx';
import { Palette, SettingsPanel, VariablesPanel } from './WorkflowPanels.jsx';
import { metTaal, useTaal, TALEN, setTaal } from './taal.js';
import { toGraph, toDoc, newActivity, setInputExpression, download, randomId, layoutDirection } from './elsa.js';

const nodeTypes = { activity: ActivityNode };
export const ariaLabels = { 'node.a11yDescription.default': 'Druk op Enter of spatie om te kiezen, Delete om te verwijderen, pijltjes om te verplaatsen.',
                  'node.a11yDescription.keyboardDisabled': 'Druk op Enter of spatie om te kiezen.', 'edge.a11yDescription.default': 'Druk op Enter of spatie om deze verbinding te kiezen.',
                  'controls.ariaLabel': 'Zoomknoppen', 'controls.zoomIn.ariaLabel': 'Inzoomen', 'controls.zoomOut.ariaLabel': 'Uitzoomen', 'controls.fitView.ariaLabel': 'Alles tonen',
                  'controls.interactive.ariaLabel': 'Vergrendelen', 'minimap.ariaLabel': 'Overzichtskaart' };
export const fitViewOptions = { padding: 0.1, minZoom: 0.45 };
export const proOptions = { hideAttribution: true };
const deleteKeys = ['Delete', 'Backspace'];
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed }, interactionWidth: 16 };

export function useActivityTypes() {
  const taal = useTaal();
  const types = useApi(`/api/workflows/activity-types?taal=${taal}`);
  return useMemo(() => new Map((types.data ?? []).map((t) => [t.typeName, t])), [types.data]);
}

function edgeId(source, port, target) {
  return `e-${source}-${port}-${target}-${randomId().slice(0, 6)}`;
}

function Designer({ definitionId, version, readOnly }) {
  const taal = useTaal();
  const { navigate } = useRouter();
  const types = useActivityTypes();
  const versions = useApi(`/api/workflows/definitions/${encodeURIComponent(definitionId)}/versions`);
  const [doc, setDoc] = useState(null);
  const [nodes, setNodes] = useState([]);
  const [edges, setEdges] = useState([]);
  const [loadError, setLoadError] = useState(null);
  const [errors, setErrors] = useState(null);
  const [melding, setMelding] = useState(null);
  const [bezig, setBezig] = useState(false);
  const [tab, setTab] = useState('eigenschappen');
  const [selection, setSelection] = useState({ node: null, edge: null });
  const [dirty, setDirty] = useState(false);
  const history = useRef({ past: [], future: [], lastKey: null, lastAt: 0 });
  const [, setHistoryTick] = useState(0);
  const flow = useReactFlow();
  const wrapper = useRef(null);
  const state = useRef({ doc, nodes, edges });
  state.current = { doc, nodes, edges };

  useEffect(() => {
    let cancelled = false;
    setDoc(null); setLoadError(null); setErrors(null); setMelding(null);
    getText(`/api/workflows/definitions/${encodeURIComponent(definitionId)}${version ? `?version=${version}` : ''}`).then((text) => {
      if (cancelled) return;
      const parsed = JSON.parse(text);
      const graph = toGraph(parsed);
      setDoc(parsed);
      setNodes(graph?.nodes ?? []);
      setEdges(graph?.edges ?? []);
      history.current = { past: [], future: [], lastKey: null, lastAt: 0 };
      setDirty(false);
    }, (e) => !cancelled && setLoadError(e));
    return () => { cancelled = true; };
  }, [definitionId, version]);

  const snapshot = useCallback((key) => {
    const h = history.current;
    const now = Date.now();
    if (key && key === h.lastKey && now - h.lastAt < 1500) { h.lastAt = now; return; }
    h.past.push(state.current);
    if (h.past.length > 100) h.past.shift();
    h.future = [];
    h.lastKey = key ?? null;
    h.lastAt = now;
    setDirty(true);
    setHistoryTick((t) => t + 1);
  }, []);

  const restore = useCallback((s) => { setDoc(s.doc); setNodes(s.nodes); setEdges(s.edges); setHistoryTick((t) => t + 1); }, []);
  const undo = useCallback(() => {
    const h = history.current;
    if (!h.past.length) return;
    h.future.push(state.current);
    h.lastKey = null;
    restore(h.past.pop());
  }, [restore]);
  const redo = useCallback(() => {
    const h = history.current;
    if (!h.future.length) return;
    h.past.push(state.current);
    h.lastKey = null;
    restore(h.future.pop());
  }, [restore]);

  useEffect(() => {
    const onKey = (e) => {
      const inField = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (inField || !(e.ctrlKey || e.metaKey)) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) { e.preventDefault(); redo(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  // Server-side check of the whole definition, debounced while typing.
  const validateTimer = useRef(null);
  const validateNow = useCallback(async () => {
    const { doc: d, nodes: n, edges: e } = state.current;
    if (!d) return [];
    try {
      const result = await api(metTaal('/api/workflows/definitions/validate'), { method: 'POST', body: toDoc(d, n, e) });
      setErrors(result ?? []);
      return result ?? [];
    } catch (err) {
      setMelding({ type: 'error', tekst: `Controleren is niet gelukt: ${err.message}` });
      return null;
    }
  }, []);
  const validateSoon = useCallback(() => {
    clearTimeout(validateTimer.current);
    validateTimer.current = setTimeout(validateNow, 450);
  }, [validateNow]);
  useEffect(() => () => clearTimeout(validateTimer.current), []);
  useEffect(() => { if (doc && types.size) validateNow(); }, [doc?.id, types.size]); // eslint-disable-line react-hooks/exhaustive-deps

  const onNodesChange = useCallback((changes) => {
    if (changes.some((c) => c.type === 'remove')) {
      snapshot();
      const removed = new Set(changes.filter((c) => c.type === 'remove').map((c) => c.id));
      setEdges((es) => es.filter((e) => !removed.has(e.source) && !removed.has(e.target)));
      validateSoon();
    }
    if (changes.some((c) => c.type === 'position' && !c.dragging)) setDirty(true);
    setNodes((ns) => applyNodeChanges(changes, ns));
  }, [snapshot, validateSoon]);
  const onEdgesChange = useCallback((changes) => {
    if (changes.some((c) => c.type === 'remove')) { snapshot(); validateSoon(); }
    setEdges((es) => applyEdgeChanges(changes, es));
  }, [snapshot, validateSoon]);

  const connect = useCallback((source, port, target, targetPort = 'In') => {
    snapshot();
    setEdges((es) => [...es, { id: edgeId(source, port, target), source, sourceHandle: port, target, targetHandle: targetPort, data: {} }]);
    validateSoon();
  }, [snapshot, validateSoon]);
  const onConnect = useCallback((c) => connect(c.source, c.sourceHandle ?? 'Done', c.target, c.targetHandle ?? 'In'), [connect]);

  const addActivity = useCallback((typeName, position) => {
    const d = types.get(typeName);
    if (!d) return null;
    let pos = position;
    if (!pos) {
      const r = wrapper.current?.getBoundingClientRect();
      pos = r ? flow.screenToFlowPosition({ x: r.left + r.width / 2, y: r.top + r.height / 2 }) : { x: 0, y: 0 };
    }
    const activity = newActivity(d, pos, state.current.nodes);
    snapshot();
    setNodes((ns) => [...ns.map((n) => ({ ...n, selected: false })), { id: activity.id, type: 'activity', position: pos, data: { activity }, selected: true }]);
    setSelection({ node: activity.id, edge: null });
    setTab('eigenschappen');
    validateSoon();
    return activity;
  }, [types, flow, snapshot, validateSoon]);

  const onDrop = useCallback((e) => {
    const typeName = e.dataTransfer.getData('application/x-participatie-activiteit');
    if (!typeName) return;
    e.preventDefault();
    addActivity(typeName, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
  }, [addActivity, flow]);

  const insertOnEdge = useCallback((edge, typeName, port) => {
    const d = types.get(typeName);
    const s = state.current.nodes.find((n) => n.id === edge.source);
    const t = state.current.nodes.find((n) => n.id === edge.target);
    if (!d || !s || !t) return;
    const pos = { x: Math.round((s.position.x + t.position.x) / 2), y: Math.round((s.position.y + t.position.y) / 2) + 40 };
    const activity = newActivity(d, pos, state.current.nodes);
    snapshot();
    setNodes((ns) => [...ns.map((n) => ({ ...n, selected: false })), { id: activity.id, type: 'activity', position: pos, data: { activity }, selected: true }]);
    setEdges((es) => [
      ...es.filter((x) => x.id !== edge.id),
      { id: edgeId(edge.source, edge.sourceHandle, activity.id), source: edge.source, sourceHandle: edge.sourceHandle, target: activity.id, targetHandle: 'In', data: {} },
      { id: edgeId(activity.id, port, edge.target), source: activity.id, sourceHandle: port, target: edge.target, targetHandle: edge.targetHandle ?? 'In', data: {} },
    ]);
    setSelection({ node: activity.id, edge: null });
    setMelding({ type: 'info', tekst: `“${activity.name}” is ingevoegd. Vul de invoer in en sla op.` });
    validateSoon();
  }, [types, snapshot, validateSoon]);

  const updateActivity = useCallback((id, fn, key) => {
    snapshot(key);
    setNodes((ns) => ns.map((n) => (n.id === id ? { ...n, data: { ...n.data, activity: fn(n.data.activity) } } : n)));
    validateSoon();
  }, [snapshot, validateSoon]);

  const deleteNode = (id) => {
    snapshot();
    setNodes((ns) => ns.filter((n) => n.id !== id));
    setEdges((es) => es.filter((e) => e.source !== id && e.target !== id));
    setSelection({ node: null, edge: null });
    validateSoon();
  };
  const deleteEdge = (id) => {
    snapshot();
    setEdges((es) => es.filter((e) => e.id !== id));
    setSelection({ node: null, edge: null });
    validateSoon();
  };

  const onSelectionChange = useCallback(({ nodes: ns, edges: es }) => {
    if (!ns.length && !es.length) return;
    const next = { node: ns[0]?.id ?? null, edge: ns.length ? null : es[0]?.id ?? null };
    setSelection((cur) => (cur.node === next.node && cur.edge === next.edge ? cur : next));
    setTab((t) => (t === 'eigenschappen' ? t : 'eigenschappen'));
  }, []);
  const onPaneClick = useCallback(() => setSelection((cur) => (cur.node || cur.edge ? { node: null, edge: null } : cur)), []);
  const onNodeDragStart = useCallback(() => snapshot(), [snapshot]);

  const changeDoc = (next, key) => { snapshot(key); setDoc(next); validateSoon(); };

  const focusActivity = (id) => {
    const n = state.current.nodes.find((x) => x.id === id);
    if (!n) return;
    setNodes((ns) => ns.map((x) => ({ ...x, selected: x.id === id })));
    setSelection({ node: id, edge: null });
    setTab('eigenschappen');
    flow.setCenter(n.position.x + 100, n.position.y + 40, { zoom: 1, duration: 300 });
  };

  const current = () => toDoc(state.current.doc, state.current.nodes, state.current.edges);

  const saveDraft = async () => {
    setBezig(true); setMelding(null);
    try {
      const summary = await api(metTaal(`/api/workflows/definitions/${encodeURIComponent(definitionId)}/draft`), { method: 'PUT', body: current() });
      setDoc((d) => ({ ...d, id: summary.id, version: summary.version, isPublished: summary.isPublished, isLatest: summary.isLatest }));
      setDirty(false);
      setErrors([]);
      setMelding({ type: 'ok', tekst: `Concept opgeslagen als versie ${summary.version}.` });
      versions.reload();
      return summary;
    } catch (e) {
      if (e.status === 422 && Array.isArray(e.body?.errors)) { setErrors(e.body.errors); setTab('controle'); setMelding({ type: 'error', tekst: 'Het concept is niet opgeslagen: los eerst de fouten op.' }); }
      else setMelding({ type: 'error', tekst: `Opslaan is niet gelukt: ${e.message}` });
      return null;
    } finally {
      setBezig(false);
    }
  };

  const publish = async () => {
    const draft = await saveDraft();
    if (!draft) return;
    setBezig(true);
    try {
      const summary = await api(metTaal(`/api/workflows/definitions/${encodeURIComponent(definitionId)}/publish?version=${draft.version}`), { method: 'POST' });
      setDoc((d) => ({ ...d, id: summary.id, version: summary.version, isPublished: true, isLatest: summary.isLatest }));
      setMelding({ type: 'ok', tekst: `Versie ${summary.version} is gepubliceerd. Nieuwe instanties gebruiken deze versie; lopende instanties houden hun versie.` });
      versions.reload();
      if (version) navigate(`/app/workflows/${encodeURIComponent(definitionId)}?versie=${summary.version}`, { replace: true });
    } catch (e) {
      if (e.status === 422 && Array.isArray(e.body?.errors)) { setErrors(e.body.errors); setTab('controle'); setMelding({ type: 'error', tekst: 'Publiceren is niet gelukt: los eerst de fouten op.' }); }
      else setMelding({ type: 'error', tekst: `Publiceren is niet gelukt: ${e.message}` });
    } finally {
      setBezig(false);
    }
  };

  const exportJson = () => download(`${definitionId}-v${doc.version ?? ''}.json`, JSON.stringify(current(), null, 2));

  const importJson = async (event) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const parsed = JSON.parse((await file.text()).replace(/^\uFEFF/, ''));
      if (parsed.definitionId && parsed.definitionId !== definitionId) {
        setMelding({ type: 'error', tekst: `Dit bestand hoort bij “${parsed.definitionId}”. Importeer het via het workflowoverzicht.` });
        return;
      }
      const graph = toGraph(parsed);
      if (!graph) { setMelding({ type: 'error', tekst: 'Alleen workflows met een flowchart als basis kunnen in de ontwerper worden geopend.' }); return; }
      snapshot();
      setDoc({ ...parsed, definitionId, id: state.current.doc.id, version: state.current.doc.version });
      setNodes(graph.nodes); setEdges(graph.edges);
      setMelding({ type: 'info', tekst: `“${file.name}” is ingelezen. Controleer en sla op als concept.` });
      validateSoon();
      setTimeout(() => flow.fitView(), 50);
    } catch (e) {
      setMelding({ type: 'error', tekst: `Dit bestand is geen geldige JSON: ${e.message}` });
    }
  };

  // Open on the top of the flowchart (where it starts) at a readable zoom.
  const fitRef = useRef(null);
  if (!fitRef.current && nodes.length) {
    fitRef.current = { ...fitViewOptions, nodes: [...nodes].sort((a, b) => a.position.y - b.position.y).slice(0, 8).map((n) => ({ id: n.id })) };
  }
  const fitOptions = fitRef.current ?? fitViewOptions;
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e) => { e.preventDefault(); e.returnValue = ''; };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const errorsByActivity = useMemo(() => {
    const m = new Map();
    for (const e of errors ?? []) if (e.activityId) m.set(e.activityId, [...(m.get(e.activityId) ?? []), e]);
    return m;
  }, [errors]);
  const directionRef = useRef(null);
  if (!directionRef.current && nodes.length) directionRef.current = layoutDirection(nodes, edges);
  const direction = directionRef.current ?? 'LR';
  const ctx = useMemo(() => ({ types, errors: errorsByActivity, status: new Map(), edges, direction }), [types, errorsByActivity, edges, direction]);

  if (loadError) return <><PageHeading>Workflow {definitionId}</PageHeading><Alert>{loadError.message}</Alert></>;
  if (!doc) return <><PageHeading>Workflow {definitionId}</PageHeading><Loading what="De workflow" /></>;
  const graph = doc.root?.type === 'Elsa.Flowchart';
  const selNode = nodes.find((n) => n.id === selection.node);
  const selEdge = edges.find((e) => e.id === selection.edge);
  const versieLijst = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <div className="ontwerper">
      <p className="utrecht-paragraph kruimel"><Link to="/app/workflows">Workflows</Link> › {doc.name ?? definitionId}</p>
      <PageHeading title={`Ontwerper: ${doc.name ?? definitionId}`}>{doc.name ?? definitionId}</PageHeading>
      <div className="werkbalk" role="toolbar" aria-label="Ontwerper">
        <label htmlFor="versie-keuze" className="werkbalk__label">Versie</label>
        <select id="versie-keuze" className="utrecht-select utrecht-select--html-select" value={doc.version ?? ''}
          onChange={(e) => navigate(`/app/workflows/${encodeURIComponent(definitionId)}?versie=${e.target.value}`)}>
          {!versieLijst.some((v) => v.version === doc.version) && <option value={doc.version ?? ''}>{doc.version}</option>}
          {versieLijst.map((v) => <option key={v.id} value={v.version}>{v.version}{v.isPublished ? ' (gepubliceerd)' : v.isLatest ? ' (concept)' : ''}</option>)}
        </select>
        <span className="werkbalk__status" aria-live="polite">{dirty ? 'Niet opgeslagen wijzigingen' : doc.isPublished ? 'Gepubliceerd' : 'Concept'}</span>
        {!readOnly && <Button onClick={undo} disabled={!history.current.past.length} aria-keyshortcuts="Control+Z">Ongedaan maken</Button>}
        {!readOnly && <Button onClick={redo} disabled={!history.current.future.length} aria-keyshortcuts="Control+Y">Opnieuw</Button>}
        <Button onClick={() => { validateNow(); setTab('controle'); }}>Controleren</Button>
        {!readOnly && <Button onClick={saveDraft} disabled={bezig || !graph}>Concept opslaan</Button>}
        {!readOnly && <Button variant="primary-action" onClick={publish} disabled={bezig || !graph}>Publiceren</Button>}
        <Button onClick={exportJson}>Exporteren</Button>
        {!readOnly && <label className="utrecht-button utrecht-button--secondary-action bestand-knop">Importeren…
          <input type="file" accept="application/json,.json" className="visueel-verborgen" onChange={importJson} /></label>}
        <Link to={`/app/workflows/${encodeURIComponent(definitionId)}/instanties`}>Instanties</Link>
        <label htmlFor="taal-keuze" className="werkbalk__label">Taal van activiteiten en meldingen</label>
        <select id="taal-keuze" className="utrecht-select utrecht-select--html-select" value={taal} lang={taal}
          onChange={(e) => { setTaal(e.target.value); setTimeout(validateNow, 0); }}>
          {TALEN.map(([k, l]) => <option key={k} value={k} lang={k}>{l}</option>)}
        </select>
      </div>
      {readOnly && <Alert type="info">U kunt deze workflow bekijken en exporteren. Wijzigen en publiceren kan met de rol afdeling of beheer.</Alert>}
      {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
      {!graph ? (
        <Alert type="warning">Deze workflow heeft geen flowchart als basis ({doc.root?.type}); hij kan wel geëxporteerd worden maar niet op het canvas bewerkt.</Alert>
      ) : (
        <div className={`ontwerper__indeling${readOnly ? ' ontwerper__indeling--lezen' : ''}`}>
          {!readOnly && <Palette types={types} onAdd={(t) => addActivity(t)} />}
          <section className="canvas" ref={wrapper} aria-label="Canvas van de workflow" onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }} onDrop={onDrop}>
            <CanvasContext.Provider value={ctx}>
              <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} defaultEdgeOptions={defaultEdgeOptions}
                onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onConnect={onConnect}
                onNodeDragStart={onNodeDragStart} deleteKeyCode={readOnly ? null : deleteKeys}
                nodesDraggable={!readOnly} nodesConnectable={!readOnly}
                onSelectionChange={onSelectionChange} onPaneClick={onPaneClick}
                fitView fitViewOptions={fitOptions} minZoom={0.1} proOptions={proOptions}
                ariaLabelConfig={ariaLabels}>
                <Background />
                <Controls showInteractive={false} />
                <MiniMap pannable zoomable />
              </ReactFlow>
            </CanvasContext.Provider>
          </section>
          <aside className="paneel" aria-label="Eigenschappen" tabIndex={0}>
            <div className="tabs" role="group" aria-label="Paneel">
              {[['eigenschappen', 'Eigenschappen'], ['variabelen', 'Variabelen'], ['instellingen', 'Instellingen'], ['controle', `Controle${errors?.length ? ` (${errors.length})` : ''}`]].map(([k, l]) => (
                <button key={k} type="button" className={`tab${tab === k ? ' tab--actief' : ''}`} aria-pressed={tab === k} onClick={() => setTab(k)}>{l}</button>
              ))}
            </div>
            {tab === 'eigenschappen' && (selNode ? (
              <ActivityPanel key={selNode.id} readOnly={readOnly} node={selNode} nodes={nodes} edges={edges} types={types} errors={errors ?? []}
                onInputChange={(input, type, value) => updateActivity(selNode.id, (a) => setInputExpression(a, input, type, value), `in-${selNode.id}-${input.name}`)}
                onRename={(name) => updateActivity(selNode.id, (a) => ({ ...a, name }), `name-${selNode.id}`)}
                onStartChange={(start) => updateActivity(selNode.id, (a) => ({ ...a, customProperties: { ...(a.customProperties ?? {}), canStartWorkflow: start } }), `start-${selNode.id}`)}
                onDelete={() => deleteNode(selNode.id)} onConnect={(s, p, t) => connect(s, p, t)} onDisconnect={deleteEdge}
                onSelectEdge={(id) => { setNodes((ns) => ns.map((n) => ({ ...n, selected: false }))); setEdges((es) => es.map((x) => ({ ...x, selected: x.id === id }))); setSelection({ node: null, edge: id }); }} />
            ) : selEdge ? (
              <EdgePanel key={selEdge.id} readOnly={readOnly} edge={selEdge} nodes={nodes} types={types}
                onInsert={(typeName, port) => insertOnEdge(selEdge, typeName, port)} onDelete={() => deleteEdge(selEdge.id)} />
            ) : (
              <div className="paneel-inhoud"><p className="utrecht-paragraph">Kies een activiteit of verbinding op het canvas (Tab en Enter werken ook) om de eigenschappen te zien.</p>
                <p className="utrecht-paragraph">{nodes.length} activiteiten, {edges.length} verbindingen.</p></div>
            ))}
            {tab === 'variabelen' && <VariablesPanel doc={doc} readOnly={readOnly} onChange={changeDoc} />}
            {tab === 'instellingen' && <SettingsPanel doc={doc} readOnly={readOnly} onChange={changeDoc} />}
            {tab === 'controle' && <div className="paneel-inhoud"><ErrorList errors={errors} titel="Controle door de server" onSelect={focusActivity} /></div>}
          </aside>
        </div>
      )}
    </div>
  );
}

export const canEdit = (me) => !!me?.rollen?.some((r) => r === 'afdeling' || r === 'beheer');

export default function DesignerPage({ params, me }) {
  const query = useQuery();
  const version = query.get('versie');
  return <ReactFlowProvider><Designer key={params.definitionId} definitionId={params.definitionId} version={version} readOnly={!!me && !canEdit(me)} /></ReactFlowProvider>;
}
