// /app/workflows/{definitionId}/instanties[/{instanceId}] — instances, and the path one took on its own version's canvas.
import { useEffect, useMemo, useState } from 'react';
import { ReactFlow, ReactFlowProvider, Background, Controls, MarkerType } from '@xyflow/react';
import { api, getText, formatDateTime } from '../api.js';
import { Alert, ApiState, Button, Field, PageHeading, ScrollRegio, StatusBadge, useApi, Value } from '../common.jsx';
import { Link, useRouter } from '../router.jsx';
import ActivityNode, { CanvasContext } from './ActivityNode.jsx';
import { toGraph, layoutDirection } from './elsa.js';
import { useActivityTypes, ariaLabels, proOptions, canEdit } from './DesignerPage.jsx';

const nodeTypes = { activity: ActivityNode };

function StartForm({ definitionId, onStarted }) {
  const [input, setInput] = useState('{}');
  const [correlationId, setCorrelationId] = useState('');
  const [fout, setFout] = useState(null);
  const [bezig, setBezig] = useState(false);
  const start = async (e) => {
    e.preventDefault();
    setFout(null);
    let parsed;
    try { parsed = input.trim() ? JSON.parse(input) : {}; } catch (err) { setFout(`De invoer is geen geldige JSON: ${err.message}`); return; }
    setBezig(true);
    try {
      const detail = await api('/api/workflows/instances', { method: 'POST', body: { definitionId, input: parsed, correlationId: correlationId || null } });
      onStarted(detail.instance.id);
    } catch (err) {
      setFout(err.message);
    } finally {
      setBezig(false);
    }
  };
  return (
    <details className="start-instantie">
      <summary>Nieuwe instantie starten</summary>
      <form onSubmit={start}>
        {fout && <Alert>{fout}</Alert>}
        <Field id="start-invoer" label="Invoer (JSON)" description="Bijvoorbeeld {&quot;initiatiefId&quot;: 1}.">
          <textarea id="start-invoer" className="utrecht-textarea utrecht-textarea--html-textarea code-invoer" rows={4} value={input} aria-describedby="start-invoer-uitleg" onChange={(e) => setInput(e.target.value)} />
        </Field>
        <Field id="start-correlatie" label="Correlatie-id (optioneel)">
          <input id="start-correlatie" className="utrecht-textbox utrecht-textbox--html-input" value={correlationId} onChange={(e) => setCorrelationId(e.target.value)} />
        </Field>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>Starten</button>
      </form>
    </details>
  );
}

function InstanceCanvas({ detail, types }) {
  const [graph, setGraph] = useState(null);
  const [fout, setFout] = useState(null);
  const inst = detail.instance;
  useEffect(() => {
    let cancelled = false;
    getText(`/api/workflows/definitions/${encodeURIComponent(inst.definitionId)}?version=${inst.version}`)
      .then((t) => !cancelled && setGraph(toGraph(JSON.parse(t))), (e) => !cancelled && setFout(e.message));
    return () => { cancelled = true; };
  }, [inst.definitionId, inst.version]);

  const { status, edges } = useMemo(() => {
    const st = new Map();
    const outcomes = new Map();
    for (const j of detail.journal ?? []) {
      const s = j.status === 'Faulted' ? 'fout' : j.completedAt ? 'bezocht' : 'actief';
      if (st.get(j.activityId) !== 'fout') st.set(j.activityId, s);
      outcomes.set(j.activityId, new Set([...(outcomes.get(j.activityId) ?? []), ...(j.outcomes ?? [])]));
    }
    for (const b of detail.bookmarks ?? []) st.set(b.activityId, 'wacht');
    for (const i of detail.incidents ?? []) st.set(i.activityId, 'fout');
    const es = (graph?.edges ?? []).map((e) => {
      const followed = outcomes.get(e.source)?.has(e.sourceHandle) && st.has(e.target);
      return { ...e, className: followed ? 'verbinding--gevolgd' : 'verbinding--niet', animated: followed && st.get(e.target) === 'wacht', markerEnd: { type: MarkerType.ArrowClosed } };
    });
    return { status: st, edges: es };
  }, [detail, graph]);

  const direction = useMemo(() => (graph ? layoutDirection(graph.nodes, graph.edges) : 'LR'), [graph]);
  const ctx = useMemo(() => ({ types, errors: new Map(), status, edges, direction }), [types, status, edges, direction]);
  // Open on the path the instance took (all nodes when it has not started).
  const fitOptions = useMemo(() => ({ padding: 0.2, minZoom: 0.3, maxZoom: 1, nodes: status.size ? [...status.keys()].map((id) => ({ id })) : undefined }), [status]);
  if (fout) return <Alert>{fout}</Alert>;
  if (!graph) return <p className="utrecht-paragraph">Canvas wordt geladen…</p>;
  return (
    <section className="canvas canvas--instantie" aria-label={`Pad van de instantie op versie ${inst.version}`}>
      <CanvasContext.Provider value={ctx}>
        <ReactFlow nodes={graph.nodes} edges={edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false} elementsSelectable={false}
          fitView fitViewOptions={fitOptions} minZoom={0.1} proOptions={proOptions}
          ariaLabelConfig={ariaLabels}>
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </CanvasContext.Provider>
      <p className="legenda"><span className="legenda__item legenda__item--bezocht">doorlopen</span> <span className="legenda__item legenda__item--wacht">wacht</span> <span className="legenda__item legenda__item--fout">fout</span> <span className="legenda__item legenda__item--niet">niet doorlopen</span></p>
    </section>
  );
}

function Tabel({ caption, kolommen, rijen, className = '' }) {
  if (!rijen.length) return <p className="utrecht-paragraph">Geen {caption.toLowerCase()}.</p>;
  return (
    <ScrollRegio label={`${caption} (scrolbaar)`}>
      <table className={`utrecht-table utrecht-table--html-table ${className}`}>
        <caption className="utrecht-table__caption visueel-verborgen">{caption}</caption>
        <thead className="utrecht-table__header"><tr className="utrecht-table__row">{kolommen.map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}</tr></thead>
        <tbody className="utrecht-table__body">{rijen.map((r, i) => <tr key={i} className="utrecht-table__row">{r.map((c, j) => <td key={j} className="utrecht-table__cell">{c}</td>)}</tr>)}</tbody>
      </table>
    </ScrollRegio>
  );
}

// HTTP requests and responses of HttpEndpoint, WriteHttpResponse and SendHttpRequest, as the server stored them:
// credentials already masked (***) and bodies already cut at the configured size.
function HttpVerkeer({ journal }) {
  const uitwisselingen = journal.filter((j) => j.http);
  if (!uitwisselingen.length) return null;
  const lichaam = (tekst, afgekapt) => (tekst ? <pre className="http-lichaam" tabIndex={0} role="region" aria-label="HTTP-inhoud">{tekst}{afgekapt ? '\n… (afgekapt)' : ''}</pre> : '—');
  return (
    <>
      <h3 className="utrecht-heading-3">HTTP-verkeer</h3>
      {uitwisselingen.map((j) => {
        const h = j.http;
        const richting = h.direction === 'outgoing' ? 'uitgaand' : 'inkomend';
        return (
          <details key={j.sequence} className="http-uitwisseling">
            <summary>{j.activityName ?? j.activityId}: {richting}{h.caller ? ` (door ${h.caller})` : ''} {h.method ?? ''} {h.url ?? ''} {h.statusCode ? `→ ${h.statusCode}` : ''} {h.error ? `— ${h.error}` : ''}</summary>
            {h.requestHeaders && <><h4 className="utrecht-heading-4">Verzoek-headers</h4><Value value={h.requestHeaders} /></>}
            {(h.requestBody || h.method) && <><h4 className="utrecht-heading-4">Verzoek</h4>{lichaam(h.requestBody, h.requestBodyTruncated)}</>}
            {h.responseHeaders && <><h4 className="utrecht-heading-4">Antwoord-headers</h4><Value value={h.responseHeaders} /></>}
            {h.statusCode && <><h4 className="utrecht-heading-4">Antwoord</h4>{lichaam(h.responseBody, h.responseBodyTruncated)}</>}
          </details>
        );
      })}
    </>
  );
}

function InstanceDetail({ instanceId, types }) {
  const detail = useApi(`/api/workflows/instances/${encodeURIComponent(instanceId)}`);
  const d = detail.data;
  if (!d) return <ApiState state={detail} what="De instantie" />;
  const i = d.instance;
  return (
    <article className="instantie" data-instance-id={i.id}>
      <h2 className="utrecht-heading-2">Instantie {i.id}</h2>
      <p className="utrecht-paragraph">Versie {i.version} · <StatusBadge status={i.status} /> <StatusBadge status={i.subStatus} />
        {i.correlationId && <> · correlatie <code>{i.correlationId}</code></>} · gestart {formatDateTime(i.createdAt)}
        {i.finishedAt && <> · klaar {formatDateTime(i.finishedAt)}</>} <Button variant="subtle" onClick={detail.reload}>Vernieuwen</Button></p>
      <InstanceCanvas detail={d} types={types} />
      <h3 className="utrecht-heading-3">Bladwijzers (waar de instantie op wacht)</h3>
      <Tabel caption="Bladwijzers" className="bladwijzers" kolommen={['Activiteit', 'Soort', 'Sleutel', 'Vervalt', 'Sinds']}
        rijen={(d.bookmarks ?? []).map((b) => [b.activityName ?? b.activityId, b.name, b.key ?? '—', b.dueAt ? formatDateTime(b.dueAt) : '—', formatDateTime(b.createdAt)])} />
      <h3 className="utrecht-heading-3">Incidenten</h3>
      <Tabel caption="Incidenten" className="incidenten" kolommen={['Activiteit', 'Melding', 'Tijd']}
        rijen={(d.incidents ?? []).map((x) => [x.activityName ?? x.activityId, x.message, formatDateTime(x.at)])} />
      <h3 className="utrecht-heading-3">Logboek</h3>
      <Tabel caption="Logboek" className="logboek" kolommen={['#', 'Activiteit', 'Soort', 'Start', 'Klaar', 'Status', 'Uitkomsten']}
        rijen={(d.journal ?? []).map((j) => [j.sequence, j.activityName ?? j.activityId, j.activityType, formatDateTime(j.startedAt), j.completedAt ? formatDateTime(j.completedAt) : '—',
          <StatusBadge key="s" status={j.suspended ? 'Suspended' : j.status} />, (j.outcomes ?? []).join(', ') || '—'])} />
      <HttpVerkeer journal={d.journal ?? []} />
      {d.variables && Object.keys(d.variables).length > 0 && (<><h3 className="utrecht-heading-3">Variabelen</h3><Value value={d.variables} /></>)}
    </article>
  );
}

export default function InstancesPage({ params, me }) {
  const { navigate } = useRouter();
  const types = useActivityTypes();
  const [status, setStatus] = useState('');
  const [tick, setTick] = useState(0);
  const lijst = useApi(`/api/workflows/instances?definitionId=${encodeURIComponent(params.definitionId)}${status ? `&status=${status}` : ''}&take=200&_=${tick}`);
  const base = `/app/workflows/${encodeURIComponent(params.definitionId)}/instanties`;
  return (
    <>
      <p className="utrecht-paragraph kruimel"><Link to="/app/workflows">Workflows</Link> › <Link to={`/app/workflows/${encodeURIComponent(params.definitionId)}`}>{params.definitionId}</Link> › instanties</p>
      <PageHeading title={`Instanties van ${params.definitionId}`}>Instanties van {params.definitionId}</PageHeading>
      {canEdit(me) && <StartForm definitionId={params.definitionId} onStarted={(id) => { setTick((t) => t + 1); navigate(`${base}/${encodeURIComponent(id)}`); }} />}
      <div className="instanties-indeling">
        <div className="instanties-lijst">
          <Field id="instantie-status" label="Status">
            <select id="instantie-status" className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">Alle</option><option value="Running">Loopt</option><option value="Finished">Afgelopen</option>
            </select>
          </Field>
          <ApiState state={lijst} what="Instanties" />
          {lijst.data && (lijst.data.length === 0 ? <p className="utrecht-paragraph">Nog geen instanties.</p> : (
            <ul className="instanties" tabIndex={0} aria-label="Instanties (scrolbaar)">
              {lijst.data.map((x) => (
                <li key={x.id} className={x.id === params.instanceId ? 'instanties__gekozen' : ''}>
                  <Link to={`${base}/${encodeURIComponent(x.id)}`} aria-current={x.id === params.instanceId ? 'true' : undefined}>
                    {formatDateTime(x.createdAt)} · v{x.version}
                  </Link>{' '}<StatusBadge status={x.subStatus ?? x.status} />
                  {x.correlationId && <div className="instanties__correlatie">{x.correlationId}</div>}
                </li>
              ))}
            </ul>
          ))}
        </div>
        <div className="instanties-detail">
          {params.instanceId ? <InstanceDetail key={params.instanceId} instanceId={params.instanceId} types={types} />
            : <p className="utrecht-paragraph">Kies een instantie om het pad te zien dat zij heeft gevolgd.</p>}
        </div>
      </div>
    </>
  );
}
