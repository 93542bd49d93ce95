// /app/workflows — workflow definitions and their versions; a new workflow; import Elsa JSON; retire and delete.
import { useRef, useState } from 'react';
import { api } from '../api.js';
import { useApi, ApiState, PageHeading, Alert, Button, ScrollRegio } from '../common.jsx';
import { Link, useRouter } from '../router.jsx';
import { ErrorList } from '../designer/ErrorList.jsx';
import { canEdit } from '../designer/DesignerPage.jsx';
import { metTaal } from '../designer/taal.js';
import { NieuweWorkflow, BeeindigKnoppen } from './NieuweWorkflow.jsx';

function Versies({ definitionId }) {
  const versies = useApi(`/api/workflows/definitions/${encodeURIComponent(definitionId)}/versions`);
  if (!versies.data) return <ApiState state={versies} what="Versies" />;
  return (
    <ul className="versies">
      {[...versies.data].sort((a, b) => b.version - a.version).map((v) => (
        <li key={v.id}>
          <Link to={`/app/workflows/${encodeURIComponent(definitionId)}?versie=${v.version}`}>Versie {v.version}</Link>
          {v.isPublished && ' (gepubliceerd)'}{v.isLatest && !v.isPublished && ' (concept)'}
        </li>
      ))}
    </ul>
  );
}

export default function WorkflowsPage({ me }) {
  const definities = useApi('/api/workflows/definitions');
  const { navigate } = useRouter();
  const [open, setOpen] = useState({});
  const [fouten, setFouten] = useState(null);
  const [melding, setMelding] = useState(null);
  const fileRef = useRef(null);
  const [nieuw, setNieuw] = useState(false);
  const [uitkomst, setUitkomst] = useState(null);
  const bewerken = canEdit(me);
  const latest = (definities.data ?? []).filter((d) => d.isLatest);

  const importeren = async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFouten(null); setMelding(null);
    try {
      const tekst = await file.text();
      const result = await api(metTaal('/api/workflows/definitions/import'), { method: 'POST', body: tekst, raw: true });
      setMelding(`“${result.name ?? result.definitionId}” is geïmporteerd als versie ${result.version}.`);
      navigate(`/app/workflows/${encodeURIComponent(result.definitionId)}`);
    } catch (e) {
      if (e.status === 422 && Array.isArray(e.body?.errors)) setFouten(e.body.errors);
      else setMelding(null), setFouten([{ text: e.message, message: e.message }]);
    } finally {
      event.target.value = '';
    }
  };

    return (
    <>
      <PageHeading>Workflows</PageHeading>
      <p className="utrecht-paragraph">Kies een workflow om hem te bekijken of te wijzigen in de ontwerper. Lopende instanties houden hun eigen versie.</p>
      {bewerken && (
      <div className="knoppenrij">
        <Button variant="primary-action" aria-expanded={nieuw} aria-controls="nieuwe-workflow" onClick={() => setNieuw((n) => !n)}>Nieuwe workflow</Button>
        <label className="utrecht-button utrecht-button--secondary-action bestand-knop">
          Elsa-JSON importeren…
          <input ref={fileRef} type="file" accept="application/json,.json" className="visueel-verborgen" onChange={importeren} />
        </label>
      </div>
      )}
      {bewerken && nieuw && <div id="nieuwe-workflow"><NieuweWorkflow definities={latest} onSluiten={() => setNieuw(false)} /></div>}
      {uitkomst && <Alert type={uitkomst.type}>{uitkomst.tekst}</Alert>}
      {melding && <Alert type="ok">{melding}</Alert>}
      {fouten && <ErrorList errors={fouten} titel="Importeren is niet gelukt" />}
      <ApiState state={definities} what="Workflows" />
      {definities.data && (
        <ScrollRegio label="Workflowdefinities (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table workflowlijst">
            <caption className="utrecht-table__caption visueel-verborgen">Workflowdefinities</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Naam</th>
              <th className="utrecht-table__header-cell" scope="col">Id</th>
              <th className="utrecht-table__header-cell" scope="col">Laatste versie</th>
              <th className="utrecht-table__header-cell" scope="col">Acties</th>
            </tr></thead>
            <tbody className="utrecht-table__body">
              {latest.map((d) => {
                const gepubliceerd = (definities.data ?? []).find((x) => x.definitionId === d.definitionId && x.isPublished);
                return (
                  <tr className="utrecht-table__row" key={d.definitionId} data-definitie={d.definitionId}>
                    <td className="utrecht-table__cell"><Link to={`/app/workflows/${encodeURIComponent(d.definitionId)}`}>{d.name ?? d.definitionId}</Link></td>
                    <td className="utrecht-table__cell"><code>{d.definitionId}</code></td>
                    <td className="utrecht-table__cell">{d.version}{d.isPublished ? ' (gepubliceerd)' : ' (concept)'}{gepubliceerd && !d.isPublished ? `; gepubliceerd: ${gepubliceerd.version}` : ''}
                      {open[d.definitionId] && <Versies definitionId={d.definitionId} />}</td>
                    <td className="utrecht-table__cell acties">
                      <Button aria-expanded={!!open[d.definitionId]} onClick={() => setOpen((o) => ({ ...o, [d.definitionId]: !o[d.definitionId] }))}>
                        {open[d.definitionId] ? 'Versies verbergen' : 'Versies'}<span className="visueel-verborgen"> van {d.name ?? d.definitionId}</span>
                      </Button>{' '}
                      <Link to={`/app/workflows/${encodeURIComponent(d.definitionId)}/instanties`}>Instanties<span className="visueel-verborgen"> van {d.name ?? d.definitionId}</span></Link>
                      {bewerken && <>{' '}<BeeindigKnoppen definitie={d} onGedaan={definities.reload} onMelding={setUitkomst} /></>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegio>
      )}
    </>
  );
}
