// Workflow-level panels: variables and settings.
import { Button, Field } from '../common.jsx';
import { randomId } from './elsa.js';
import { categorieLabel } from './taal.js';

const VARIABLE_TYPES = ['String', 'Int32', 'Int64', 'Decimal', 'Double', 'Boolean', 'DateTime', 'TimeSpan', 'Object', 'ExpandoObject', 'JsonElement'];

export function VariablesPanel({ doc, readOnly, onChange }) {
  const vars = doc.variables ?? [];
  const update = (i, patch) => onChange({ ...doc, variables: vars.map((v, j) => (j === i ? { ...v, ...patch } : v)) }, `var-${i}-${Object.keys(patch)[0]}`);
  return (
    <div className="paneel-inhoud">
      <h2 className="utrecht-heading-3">Variabelen</h2>
      {vars.length === 0 && <p className="utrecht-paragraph">Deze workflow heeft geen variabelen.</p>}
      {vars.map((v, i) => (
        <fieldset key={v.id ?? i} className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset variabele" disabled={readOnly}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Variabele {v.name || i + 1}</legend>
          <Field id={`var-naam-${i}`} label="Naam">
            <input id={`var-naam-${i}`} className="utrecht-textbox utrecht-textbox--html-input" value={v.name ?? ''} onChange={(e) => update(i, { name: e.target.value })} />
          </Field>
          <Field id={`var-type-${i}`} label="Type">
            <select id={`var-type-${i}`} className="utrecht-select utrecht-select--html-select" value={v.typeName ?? 'Object'} onChange={(e) => update(i, { typeName: e.target.value })}>
              {[...new Set([...VARIABLE_TYPES, v.typeName ?? 'Object'])].map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          </Field>
          <Field id={`var-waarde-${i}`} label="Beginwaarde">
            <input id={`var-waarde-${i}`} className="utrecht-textbox utrecht-textbox--html-input"
              value={v.value === null || v.value === undefined ? '' : typeof v.value === 'string' ? v.value : JSON.stringify(v.value)}
              onChange={(e) => update(i, { value: e.target.value === '' ? null : e.target.value })} />
          </Field>
          {!readOnly && <Button variant="subtle" onClick={() => onChange({ ...doc, variables: vars.filter((_, j) => j !== i) }, `var-del-${i}`)}>Variabele {v.name} verwijderen</Button>}
        </fieldset>
      ))}
      {!readOnly && (
        <Button onClick={() => {
          const id = randomId();
          onChange({ ...doc, variables: [...vars, { id, name: `Variabele${vars.length + 1}`, typeName: 'String', isArray: false, value: null }] }, `var-add-${id}`);
        }}>Variabele toevoegen</Button>
      )}
    </div>
  );
}

export function SettingsPanel({ doc, readOnly, onChange }) {
  const set = (key, value) => onChange({ ...doc, [key]: value }, `set-${key}`);
  const usable = doc.options?.usableAsActivity ?? doc.usableAsActivity ?? false;
  return (
    <div className="paneel-inhoud">
      <h2 className="utrecht-heading-3">Instellingen</h2>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" disabled={readOnly}>
        <legend className="visueel-verborgen">Instellingen van de workflow</legend>
        <Field id="wf-id" label="Definitie-id"><input id="wf-id" className="utrecht-textbox utrecht-textbox--html-input" value={doc.definitionId ?? ''} readOnly /></Field>
        <Field id="wf-naam" label="Naam">
          <input id="wf-naam" className="utrecht-textbox utrecht-textbox--html-input" value={doc.name ?? ''} onChange={(e) => set('name', e.target.value)} />
        </Field>
        <Field id="wf-omschrijving" label="Omschrijving">
          <textarea id="wf-omschrijving" className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} value={doc.description ?? ''} onChange={(e) => set('description', e.target.value)} />
        </Field>
        <div className="utrecht-form-field utrecht-form-field--checkbox veld--checkbox">
          <input id="wf-als-activiteit" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={!!usable}
            onChange={(e) => onChange({ ...doc, options: { ...(doc.options ?? {}), usableAsActivity: e.target.checked } }, 'set-usable')} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="wf-als-activiteit">Bruikbaar als activiteit in andere workflows</label>
        </div>
      </fieldset>
      {(doc.inputs?.length > 0 || doc.outputs?.length > 0 || doc.outcomes?.length > 0) && (
        <dl className="utrecht-data-list utrecht-data-list--rows">
          {doc.inputs?.length > 0 && <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Invoer</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{doc.inputs.map((x) => x.name).join(', ')}</dd></div>}
          {doc.outputs?.length > 0 && <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Uitvoer</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{doc.outputs.map((x) => x.name).join(', ')}</dd></div>}
          {doc.outcomes?.length > 0 && <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Uitkomsten</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{doc.outcomes.join(', ')}</dd></div>}
        </dl>
      )}
    </div>
  );
}

export function Palette({ types, onAdd }) {
  const groups = new Map();
  for (const t of types.values()) {
    if (t.isContainer && t.typeName === 'Elsa.Flowchart') continue;
    const label = categorieLabel(t);
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(t);
  }
  return (
    <nav className="palet" aria-label="Activiteiten" tabIndex={0}>
      <h2 className="utrecht-heading-3">Activiteiten</h2>
      <p className="palet__uitleg">Sleep naar het canvas, of kies om toe te voegen.</p>
      {[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, items]) => (
        <details key={category} className="palet__groep" open={items.some((t) => /^(Participatie\.|Elsa\.(Start|End|Event)$)/.test(t.typeName))}>
          <summary>{category} <span className="palet__aantal">({items.length})</span></summary>
          <ul>
            {items.sort((a, b) => a.displayName.localeCompare(b.displayName)).map((t) => (
              <li key={t.typeName}>
                <button type="button" className="palet__item" draggable data-type-name={t.typeName} title={t.description ?? t.typeName}
                  onDragStart={(e) => { e.dataTransfer.setData('application/x-participatie-activiteit', t.typeName); e.dataTransfer.effectAllowed = 'move'; }}
                  onClick={() => onAdd(t.typeName)}>
                  {t.displayName}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </nav>
  );
}
