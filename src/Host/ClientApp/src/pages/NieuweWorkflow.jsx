// 'Nieuwe workflow' on /app/workflows: name, description and a start (empty flowchart, a copy, a template).
// The server makes the draft (POST /api/workflows/definitions); the designer then opens it.
import { useState } from 'react';
import { api } from '../api.js';
import { useApi, Alert, Button, Field } from '../common.jsx';
import { useRouter } from '../router.jsx';

export function NieuweWorkflow({ definities, onSluiten }) {
  const sjablonen = useApi('/api/workflows/templates');
  const { navigate } = useRouter();
  const [naam, setNaam] = useState('');
  const [omschrijving, setOmschrijving] = useState('');
  const [begin, setBegin] = useState('template');
  const [sjabloon, setSjabloon] = useState('');
  const [kopie, setKopie] = useState('');
  const [fout, setFout] = useState(null);
  const [bezig, setBezig] = useState(false);

  const gekozenSjabloon = sjabloon || sjablonen.data?.[0]?.id || '';
  const sjabloonUitleg = sjablonen.data?.find((s) => s.id === gekozenSjabloon)?.description;
  const gekozenKopie = kopie || definities[0]?.definitionId || '';

  const maken = async (event) => {
    event.preventDefault();
    setFout(null);
    if (!naam.trim()) { setFout('Geef de workflow een naam.'); return; }
    setBezig(true);
    try {
      const source = begin === 'template' ? gekozenSjabloon : begin === 'copy' ? gekozenKopie : null;
      const result = await api('/api/workflows/definitions', { method: 'POST', body: { name: naam, description: omschrijving, startFrom: begin, source } });
      navigate(`/app/workflows/${encodeURIComponent(result.definitionId)}`);
    } catch (e) {
      setFout(e.message);
      setBezig(false);
    }
  };

  return (
    <form className="nieuwe-workflow" onSubmit={maken} aria-labelledby="nieuwe-workflow-kop" noValidate>
      <h2 className="utrecht-heading-2" id="nieuwe-workflow-kop">Nieuwe workflow</h2>
      {fout && <Alert>{fout}</Alert>}
      <Field id="nw-naam" label="Naam">
        <input id="nw-naam" className="utrecht-textbox utrecht-textbox--html-input" value={naam} required aria-required="true"
          onChange={(e) => setNaam(e.target.value)} autoComplete="off" />
      </Field>
      <Field id="nw-omschrijving" label="Omschrijving (optioneel)">
        <textarea id="nw-omschrijving" className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} value={omschrijving}
          onChange={(e) => setOmschrijving(e.target.value)} />
      </Field>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Begin met</legend>
        <div className="veld veld--radio">
          <input type="radio" id="nw-begin-sjabloon" name="nw-begin" value="template" checked={begin === 'template'} onChange={() => setBegin('template')} className="utrecht-radio-button" />
          <label className="utrecht-form-label" htmlFor="nw-begin-sjabloon">Een sjabloon</label>
        </div>
        {begin === 'template' && (
          <Field id="nw-sjabloon" label="Sjabloon" description={sjabloonUitleg}>
            <select id="nw-sjabloon" className="utrecht-select utrecht-select--html-select" value={gekozenSjabloon} onChange={(e) => setSjabloon(e.target.value)}
              aria-describedby={sjabloonUitleg ? 'nw-sjabloon-uitleg' : undefined}>
              {(sjablonen.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Field>
        )}
        <div className="veld veld--radio">
          <input type="radio" id="nw-begin-kopie" name="nw-begin" value="copy" checked={begin === 'copy'} onChange={() => setBegin('copy')} className="utrecht-radio-button" />
          <label className="utrecht-form-label" htmlFor="nw-begin-kopie">Een kopie van een bestaande workflow</label>
        </div>
        {begin === 'copy' && (
          <Field id="nw-kopie" label="Kopie van">
            <select id="nw-kopie" className="utrecht-select utrecht-select--html-select" value={gekozenKopie} onChange={(e) => setKopie(e.target.value)}>
              {definities.map((d) => <option key={d.definitionId} value={d.definitionId}>{d.name ?? d.definitionId}</option>)}
            </select>
          </Field>
        )}
        <div className="veld veld--radio">
          <input type="radio" id="nw-begin-leeg" name="nw-begin" value="empty" checked={begin === 'empty'} onChange={() => setBegin('empty')} className="utrecht-radio-button" />
          <label className="utrecht-form-label" htmlFor="nw-begin-leeg">Een lege flowchart</label>
        </div>
      </fieldset>
      <div className="knoppenrij">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>Maken en openen in de ontwerper</button>
        <Button onClick={onSluiten}>Annuleren</Button>
      </div>
    </form>
  );
}

/** Intrekken / verwijderen with an inline confirmation; a refusal (409) is shown as the server's Dutch message. */
export function BeeindigKnoppen({ definitie, onGedaan, onMelding }) {
  const [vraag, setVraag] = useState(null);
  const naam = definitie.name ?? definitie.definitionId;
  const uitvoeren = async (soort) => {
    setVraag(null);
    try {
      const id = encodeURIComponent(definitie.definitionId);
      if (soort === 'intrekken') await api(`/api/workflows/definitions/${id}/retire`, { method: 'POST' });
      else await api(`/api/workflows/definitions/${id}`, { method: 'DELETE' });
      onMelding({ type: 'ok', tekst: soort === 'intrekken' ? `“${naam}” is ingetrokken: er starten geen nieuwe instanties meer.` : `“${naam}” is verwijderd.` });
      onGedaan();
    } catch (e) {
      onMelding({ type: 'error', tekst: e.message });
    }
  };
  if (vraag) {
    return (
      <span className="bevestig" role="group" aria-label={`Bevestigen: ${naam} ${vraag}`}>
        <span>{vraag === 'intrekken' ? `“${naam}” intrekken?` : `“${naam}” en al zijn versies verwijderen?`}</span>{' '}
        <Button variant="primary-action" onClick={() => uitvoeren(vraag)}>Ja, {vraag}</Button>{' '}
        <Button onClick={() => setVraag(null)}>Nee</Button>
      </span>
    );
  }
  return (
    <>
      <Button onClick={() => setVraag('intrekken')}>Intrekken<span className="visueel-verborgen"> {naam}</span></Button>{' '}
      <Button onClick={() => setVraag('verwijderen')}>Verwijderen<span className="visueel-verborgen"> {naam}</span></Button>
    </>
  );
}
