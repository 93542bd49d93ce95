// /app/programma — the doe-democratie programmes: phases with dates, status and progress.
import { useEffect, useState } from 'react';
import { useApi, ApiState, PageHeading, StatusBadge, Field } from '../common.jsx';
import { formatDate } from '../api.js';
import { Link } from '../router.jsx';

const fasen = (p) => [...(p.fases ?? p.fasen ?? [])].sort((a, b) => (a.volgorde ?? 0) - (b.volgorde ?? 0));

function Voortgang({ fases }) {
  const klaar = fases.filter((f) => f.status === 'Afgerond').length;
  const pct = fases.length ? Math.round((klaar / fases.length) * 100) : 0;
  return (
    <div className="voortgang">
      <label htmlFor="voortgang-balk">Voortgang: {klaar} van {fases.length} fasen afgerond ({pct}%)</label>
      <progress id="voortgang-balk" max={fases.length || 1} value={klaar}>{pct}%</progress>
    </div>
  );
}

function Fase({ fase, vandaag }) {
  const start = new Date(fase.startDatum); const eind = new Date(fase.eindDatum);
  const totaal = Math.max(1, eind - start);
  const verstreken = Math.min(1, Math.max(0, (vandaag - start) / totaal));
  const teLaat = fase.status !== 'Afgerond' && eind < vandaag;
  return (
    <li className={`fase fase--${String(fase.status).toLowerCase()}${teLaat ? ' fase--te-laat' : ''}`}>
      <h3 className="utrecht-heading-3">{fase.volgorde ? `${fase.volgorde}. ` : ''}{fase.naam}</h3>
      <p className="utrecht-paragraph">
        {formatDate(fase.startDatum)} – {formatDate(fase.eindDatum)} · <StatusBadge status={fase.status} />
        {teLaat && <> <StatusBadge status="Te laat" tone="danger" /></>}
      </p>
      {fase.status === 'Actief' && (
        <div className="fase__tijd"><span>Tijd verstreken in deze fase: {Math.round(verstreken * 100)}%</span>
          <div className="fase__balk" aria-hidden="true"><div style={{ width: `${verstreken * 100}%` }} /></div></div>
      )}
      {fase.omschrijving && <p className="utrecht-paragraph">{fase.omschrijving}</p>}
    </li>
  );
}

export default function ProgrammaPage() {
  const lijst = useApi('/api/programmas');
  const [gekozen, setGekozen] = useState('');
  useEffect(() => {
    if (!gekozen && lijst.data?.length) setGekozen(String(lijst.data[0].id));
  }, [lijst.data, gekozen]);
  const detail = useApi(gekozen ? `/api/programmas/${encodeURIComponent(gekozen)}` : null);
  const p = detail.data;
  const vandaag = new Date();
  return (
    <>
      <PageHeading>Programma doe-democratie</PageHeading>
      <ApiState state={lijst} what="Programma's" />
      {lijst.data?.length > 1 && (
        <Field id="programma-keuze" label="Programma">
          <select id="programma-keuze" className="utrecht-select utrecht-select--html-select" value={gekozen} onChange={(e) => setGekozen(e.target.value)}>
            {lijst.data.map((x) => <option key={x.id} value={x.id}>{x.naam}</option>)}
          </select>
        </Field>
      )}
      {lijst.data?.length === 0 && <p className="utrecht-paragraph">Er is nog geen programma.</p>}
      {gekozen && !p && <ApiState state={detail} what="Het programma" />}
      {p && (
        <article className="programma">
          <h2 className="utrecht-heading-2">{p.naam}</h2>
          {p.omschrijving && <p className="utrecht-paragraph">{p.omschrijving}</p>}
          <p className="utrecht-paragraph">{formatDate(p.startDatum)} – {formatDate(p.eindDatum)} · <StatusBadge status={p.status} />{p.huidigeFase && <> · huidige fase: <strong>{fasen(p).find((f) => f.code === p.huidigeFase)?.naam ?? p.huidigeFase}</strong></>}</p>
          {p.wachtOp?.length > 0 && <p className="utrecht-paragraph">Wacht op: {p.wachtOp.join(', ')}</p>}
          <Voortgang fases={fasen(p)} />
          <h2 className="utrecht-heading-2">Fasen</h2>
          <ol className="fasen">{fasen(p).map((f) => <Fase key={f.code ?? f.id} fase={f} vandaag={vandaag} />)}</ol>
          {(p.geselecteerdeBuurten ?? p.buurten ?? []).length > 0 && (
            <>
              <h2 className="utrecht-heading-2">Geselecteerde buurten</h2>
              <ul>{(p.geselecteerdeBuurten ?? p.buurten).map((b, i) => <li key={i}>{b.rang ? `${b.rang}. ` : ''}<strong>{b.buurtNaam ?? b.naam ?? b.buurt?.naam ?? b.buurtCode}</strong>{typeof b.score === 'number' ? ` (score ${b.score.toLocaleString('nl-NL', { maximumFractionDigits: 2 })})` : ''}{b.uitleg ? ` — ${b.uitleg}` : ''}{b.redenen?.length > 0 && <ul>{b.redenen.map((r, j) => <li key={j}>{r}</li>)}</ul>}</li>)}</ul>
            </>
          )}
          {p.workflowInstanceId && <p className="utrecht-paragraph"><Link to={`/app/workflows/${encodeURIComponent(p.workflowDefinitionId ?? 'programma-doe-democratie')}/instanties/${encodeURIComponent(p.workflowInstanceId)}`}>Workflow van het programma bekijken</Link></p>}
        </article>
      )}
    </>
  );
}
