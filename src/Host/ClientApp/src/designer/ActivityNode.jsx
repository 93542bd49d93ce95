// One activity on the canvas: a target handle "In" and a source handle per outgoing port.
import { createContext, memo, useContext } from 'react';
import { Handle, Position } from '@xyflow/react';
import { portsOf, activityLabel } from './elsa.js';
import { categorieLabel, poortLabel } from './taal.js';

export const CanvasContext = createContext({ types: new Map(), errors: new Map(), status: new Map(), edges: [], direction: 'LR' });

function ActivityNode({ id, data, selected }) {
  const { types, errors, status, edges, direction } = useContext(CanvasContext);
  const tb = direction === 'TB';
  const a = data.activity;
  const d = types.get(a.type);
  const ports = portsOf(a, d, edges);
  const fouten = errors.get(id) ?? [];
  const st = status.get(id);
  const targetPorts = [...new Set(['In', ...edges.filter((e) => e.target === id).map((e) => e.targetHandle ?? 'In')])];
  const cls = ['activiteit', fouten.length && 'activiteit--fout', st && `activiteit--${st}`, selected && 'activiteit--gekozen', !d && 'activiteit--onbekend', tb && 'activiteit--tb'].filter(Boolean).join(' ');
  const statusTekst = { bezocht: 'doorlopen', wacht: 'wacht', fout: 'fout', actief: 'bezig' }[st];
  return (
    <div className={cls} data-activity-id={id} data-activity-type={a.type} data-activity-name={a.name ?? ''}>
      {targetPorts.map((p, i) => (
        <Handle key={p} id={p} type="target" position={tb ? Position.Top : Position.Left}
          style={tb ? { left: `${((i + 1) / (targetPorts.length + 1)) * 100}%` } : { top: `${((i + 1) / (targetPorts.length + 1)) * 100}%` }} />
      ))}
      <div className="activiteit__type">{d ? `${categorieLabel(d)} · ` : ''}{d?.displayName ?? a.type}</div>
      <div className="activiteit__naam">{activityLabel(a, d)}</div>
      {statusTekst && <div className="activiteit__status">{statusTekst}</div>}
      {fouten.length > 0 && <div className="activiteit__fouten" title={fouten.map((f) => f.message).join('\n')}>{fouten.length} {fouten.length === 1 ? 'fout' : 'fouten'}</div>}
      <div className="activiteit__poorten">
        {ports.map((p) => (
          <div key={p} className="poort">
            <span className="poort__naam" title={poortLabel(d, p) !== p ? p : undefined}>{poortLabel(d, p)}</span>
            <Handle id={p} type="source" position={tb ? Position.Bottom : Position.Right} className="poort__handle" />
          </div>
        ))}
      </div>
    </div>
  );
}

export default memo(ActivityNode);
