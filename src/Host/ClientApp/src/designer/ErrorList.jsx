// Located validation errors from the server ({code, message, activityId, activityName, input, line, column, text}).
export function errorLocation(e) {
  return [e.activityName ?? e.activityId, e.input, e.line ? `regel ${e.line}${e.column ? `, kolom ${e.column}` : ''}` : null].filter(Boolean).join(' · ');
}

export function ErrorList({ errors, titel = 'Controle', onSelect }) {
  if (!errors) return null;
  if (errors.length === 0) {
    return <div className="utrecht-alert utrecht-alert--ok" role="status"><div className="utrecht-alert__message">Geen fouten gevonden.</div></div>;
  }
  return (
    <div className="utrecht-alert utrecht-alert--error foutenlijst" role="alert">
      <div className="utrecht-alert__message">
        <strong>{titel}: {errors.length} {errors.length === 1 ? 'fout' : 'fouten'}</strong>
        <ul>
          {errors.map((e, i) => (
            <li key={i} data-activity={e.activityId ?? ''}>
              {e.code && <code>{e.code}</code>} {e.message ?? e.text}
              {errorLocation(e) && <> — <span className="fout__plek">{errorLocation(e)}</span></>}
              {onSelect && e.activityId && <> <button type="button" className="linkknop" onClick={() => onSelect(e.activityId)}>toon activiteit</button></>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
