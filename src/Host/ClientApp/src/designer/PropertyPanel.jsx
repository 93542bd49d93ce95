// The property panel: inputs of the selected activity (literal or expression), its connections, and edge actions.
import { useState } from 'react';
import { EXPRESSION_TYPES, inputExpression, inputsOf, portsOf, activityLabel } from './elsa.js';
import { Button, Field } from '../common.jsx';
import { categorieLabel, poortLabel } from './taal.js';

const multiline = (type, input, value) =>
  type !== 'Literal' && type !== 'Variable' && type !== 'Input' ? true : input.uiHint === 'multi-line' || String(value ?? '').length > 60;

const asValue = (input, type, text) => {
  if (type !== 'Literal' || /^String$/i.test(input.typeName ?? '')) return text;
  try { return text.trim() === '' ? text : JSON.parse(text); } catch { return text; }
};

function InputEditor({ activity, input, errors, onChange }) {
  const expr = inputExpression(activity, input.name) ?? { type: 'Literal', value: '' };
  const id = `invoer-${activity.id}-${input.name}`;
  const value = expr.value === null || expr.value === undefined ? '' : typeof expr.value === 'string' ? expr.value : JSON.stringify(expr.value);
  const fouten = errors.filter((e) => (e.input ?? '').toLowerCase() === input.name.toLowerCase());
  const describedBy = [input.description && `${id}-uitleg`, fouten.length && `${id}-fout`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field invoer${fouten.length ? ' utrecht-form-field--invalid' : ''}`} data-input={input.name}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{input.displayName ?? input.name}</label>
        <span className="invoer__type"> ({input.typeName})</span>
      </div>
      {input.description && <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{input.description}</div>}
      <div className="invoer__regel">
        <label className="visueel-verborgen" htmlFor={`${id}-soort`}>Soort waarde voor {input.displayName ?? input.name}</label>
        <select id={`${id}-soort`} className="utrecht-select utrecht-select--html-select invoer__soort" value={expr.type}
          onChange={(e) => onChange(input, e.target.value, expr.value ?? '')}>
          {[...new Set([...EXPRESSION_TYPES, expr.type])].map((t) => <option key={t} value={t}>{t === 'Literal' ? 'Vaste waarde' : t}</option>)}
        </select>
        {multiline(expr.type, input, value) ? (
          <textarea id={id} className={`utrecht-textarea utrecht-textarea--html-textarea code-invoer${fouten.length ? ' utrecht-textarea--invalid' : ''}`} rows={4}
            value={value} spellCheck={false} aria-invalid={fouten.length > 0} aria-describedby={describedBy}
            onChange={(e) => onChange(input, expr.type, asValue(input, expr.type, e.target.value))} />
        ) : (
          <input id={id} className={`utrecht-textbox utrecht-textbox--html-input${fouten.length ? ' utrecht-textbox--invalid' : ''}`} value={value}
            aria-invalid={fouten.length > 0} aria-describedby={describedBy} onChange={(e) => onChange(input, expr.type, asValue(input, expr.type, e.target.value))} />
        )}
      </div>
      {fouten.length > 0 && (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {fouten.map((f, i) => <div key={i}>{f.line ? `Regel ${f.line}${f.column ? `:${f.column}` : ''}: ` : ''}{f.message}</div>)}
        </div>
      )}
    </div>
  );
}

function Insert({ types, onInsert, label = 'Stap invoegen' }) {
  const [type, setType] = useState('');
  const d = types.get(type);
  const [port, setPort] = useState('');
  const ports = d ? portsOf({ type }, d, []) : [];
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset invoegen">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{label}</legend>
      <Field id="invoegen-type" label="Soort activiteit">
        <select id="invoegen-type" className="utrecht-select utrecht-select--html-select" value={type} onChange={(e) => { setType(e.target.value); setPort(''); }}>
          <option value="">Kies…</option>
          {[...types.values()].map((t) => <option key={t.typeName} value={t.typeName}>{categorieLabel(t)} – {t.displayName}</option>)}
        </select>
      </Field>
      {d && (
        <Field id="invoegen-poort" label="Verder via poort" description="De uitgang van de nieuwe stap naar de volgende stap; bij een taak een van de uitkomsten.">
          <input id="invoegen-poort" list="invoegen-poorten" className="utrecht-textbox utrecht-textbox--html-input" value={port} placeholder={ports[0] ?? 'Done'}
            aria-describedby="invoegen-poort-uitleg" onChange={(e) => setPort(e.target.value)} />
          <datalist id="invoegen-poorten">{ports.map((p) => <option key={p} value={p} label={poortLabel(d, p)} />)}</datalist>
        </Field>
      )}
      <Button variant="primary-action" disabled={!d} onClick={() => onInsert(type, port.trim() || ports[0] || 'Done')}>{label}</Button>
    </fieldset>
  );
}

// Activities that can start a workflow when marked canStartWorkflow (the engine's TriggerTypes).
const TRIGGER_TYPES = new Set(['Elsa.Timer', 'Elsa.Cron', 'Elsa.StartAt', 'Elsa.Event', 'Elsa.HttpEndpoint']);

export function ActivityPanel({ node, types, errors, edges, nodes, readOnly, onInputChange, onRename, onStartChange, onDelete, onConnect, onDisconnect, onSelectEdge }) {
  const a = node.data.activity;
  const d = types.get(a.type);
  const mine = errors.filter((e) => e.activityId === a.id);
  const ports = portsOf(a, d, edges);
  const [port, setPort] = useState(ports[0] ?? 'Done');
  const [doel, setDoel] = useState('');
  const uitgaand = edges.filter((e) => e.source === a.id);
  const naamVan = (id) => { const n = nodes.find((x) => x.id === id); return n ? activityLabel(n.data.activity, types.get(n.data.activity.type)) : id; };
  return (
    <div className="paneel-inhoud" data-panel-activity={a.id}>
      <h2 className="utrecht-heading-3">{activityLabel(a, d)}</h2>
      <p className="utrecht-paragraph paneel-type">{d?.displayName ?? a.type} <code>{a.type}</code></p>
      {d?.description && <p className="utrecht-paragraph">{d.description}</p>}
      {!d && <p className="utrecht-paragraph fouttekst">Dit activiteittype is onbekend bij de server.</p>}
      {mine.filter((e) => !e.input).map((e, i) => <p key={i} className="utrecht-form-field-error-message">{e.code} {e.message}</p>)}
      <Field id={`naam-${a.id}`} label="Naam">
        <input id={`naam-${a.id}`} className="utrecht-textbox utrecht-textbox--html-input" value={a.name ?? ''} readOnly={readOnly} onChange={(e) => onRename(e.target.value)} />
      </Field>
      {TRIGGER_TYPES.has(a.type) && (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input id={`start-${a.id}`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" disabled={readOnly}
            checked={a.customProperties?.canStartWorkflow === true} aria-describedby={`start-uitleg-${a.id}`}
            onChange={(e) => onStartChange(e.target.checked)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`start-${a.id}`}>Start de workflow</label>
          <p id={`start-uitleg-${a.id}`} className="utrecht-form-field-description">
            Als de workflow gepubliceerd is, start elke keer dat dit gebeurt een nieuwe instantie: op het tijdstip of schema,
            bij een HTTP-verzoek, of bij een gebeurtenis{a.type === 'Elsa.Event' ? ' (van Participatie: "initiatief ingediend")' : ''}.
            Zet de activiteit bovenaan in de flowchart.
          </p>
        </div>
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" disabled={readOnly}>
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Invoer</legend>
        {inputsOf(a, d).length === 0 && <p className="utrecht-paragraph">Deze activiteit heeft geen invoer.</p>}
        {inputsOf(a, d).map((input) => <InputEditor key={input.name} activity={a} input={input} errors={mine} onChange={onInputChange} />)}
      </fieldset>
      <h3 className="utrecht-heading-3">Verbindingen</h3>
      {uitgaand.length === 0 ? <p className="utrecht-paragraph">Geen uitgaande verbindingen.</p> : (
        <ul className="verbindingen">
          {uitgaand.map((e) => (
            <li key={e.id}>{poortLabel(d, e.sourceHandle)} → {naamVan(e.target)}
              {!readOnly && <> <Button variant="subtle" onClick={() => onSelectEdge(e.id)}>Stap invoegen<span className="visueel-verborgen"> tussen {activityLabel(a, d)} en {naamVan(e.target)}</span></Button>
                <Button variant="subtle" onClick={() => onDisconnect(e.id)}>Verwijderen<span className="visueel-verborgen"> verbinding {e.sourceHandle} naar {naamVan(e.target)}</span></Button></>}</li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Nieuwe verbinding</legend>
          <Field id="verbind-poort" label="Vanaf poort">
            <select id="verbind-poort" className="utrecht-select utrecht-select--html-select" value={port} onChange={(e) => setPort(e.target.value)}>
              {ports.map((p) => <option key={p} value={p}>{poortLabel(d, p) !== p ? `${poortLabel(d, p)} (${p})` : p}</option>)}
            </select>
          </Field>
          <Field id="verbind-doel" label="Naar activiteit">
            <select id="verbind-doel" className="utrecht-select utrecht-select--html-select" value={doel} onChange={(e) => setDoel(e.target.value)}>
              <option value="">Kies…</option>
              {nodes.filter((n) => n.id !== a.id).map((n) => <option key={n.id} value={n.id}>{naamVan(n.id)}</option>)}
            </select>
          </Field>
          <Button disabled={!doel} onClick={() => onConnect(a.id, port, doel)}>Verbinden</Button>
        </fieldset>
      )}
      {!readOnly && <p className="utrecht-paragraph"><Button variant="secondary-action" className="utrecht-button--danger" onClick={onDelete}>Activiteit verwijderen</Button></p>}
    </div>
  );
}

export function EdgePanel({ edge, nodes, types, readOnly, onInsert, onDelete }) {
  const naam = (id) => { const n = nodes.find((x) => x.id === id); return n ? activityLabel(n.data.activity, types.get(n.data.activity.type)) : id; };
  return (
    <div className="paneel-inhoud" data-panel-edge={edge.id}>
      <h2 className="utrecht-heading-3">Verbinding</h2>
      <p className="utrecht-paragraph">Van <strong>{naam(edge.source)}</strong> (poort {poortLabel(types.get(nodes.find((x) => x.id === edge.source)?.data.activity.type), edge.sourceHandle)}) naar <strong>{naam(edge.target)}</strong>.</p>
      {!readOnly && <Insert types={types} onInsert={onInsert} />}
      {!readOnly && <Button className="utrecht-button--danger" onClick={onDelete}>Verbinding verwijderen</Button>}
    </div>
  );
}
