// Tab "Testen": run the draft (as it is in the editor, also unsaved) on chosen buurten or initiatives and show per
// item the tree of rules with their outcome, explanation, the values used and the output.
import { useMemo, useState } from 'react';
import { Alert, Button, Loading, Value, useApi } from '../common.jsx';
import { FoutenLijst } from './FoutenLijst.jsx';
import { regelsApi, invoerMeervoud } from './regelsApi.js';

function telRegels(regels) {
  let ja = 0; let totaal = 0;
  for (const r of regels ?? []) { totaal++; if (r.geslaagd) ja++; }
  return { ja, totaal };
}

function TestRegel({ regel }) {
  const sub = Array.isArray(regel.subregels) ? regel.subregels : [];
  return (
    <li className={`testregel testregel--${regel.geslaagd ? 'ja' : 'nee'}`}>
      <span className="testregel__uitkomst"><span aria-hidden="true">{regel.geslaagd ? '✓' : '✗'} </span>{regel.geslaagd ? 'Klopt' : 'Klopt niet'}:</span>{' '}
      <strong className="testregel__naam">{regel.naam}</strong>
      {regel.uitleg && <p className="utrecht-paragraph testregel__uitleg">{regel.uitleg}</p>}
      {Array.isArray(regel.waarden) && regel.waarden.length > 0 && (
        <div className="testregel__waarden">
          <span className="testregel__kopje">Gebruikte waarden:</span>
          <ul>
            {regel.waarden.map((w, i) => <li key={i}><code>{w.naam}</code> = <Value value={w.waarde} /></li>)}
          </ul>
        </div>
      )}
      {regel.uitvoer !== null && regel.uitvoer !== undefined && (
        <div className="testregel__uitvoer"><span className="testregel__kopje">Uitvoer:</span> <Value value={regel.uitvoer} /></div>
      )}
      {sub.length > 0 && <ul className="testregels">{sub.map((s, i) => <TestRegel key={i} regel={s} />)}</ul>}
    </li>
  );
}

function TestItem({ item, openBijStart }) {
  const [open, setOpen] = useState(openBijStart);
  const { ja, totaal } = telRegels(item.regels);
  const kopId = `test-${item.sleutel}`;
  const regels = item.regels ?? [];
  return (
    <div className="testitem" data-sleutel={item.sleutel}>
      <h3 className="utrecht-heading-3 testitem__kop" id={kopId}>{item.naam ?? item.sleutel} <span className="code">{item.sleutel}</span></h3>
      <p className="utrecht-paragraph testitem__samenvatting">
        {item.detail ? `${item.detail}. ` : ''}{ja} van de {totaal} {totaal === 1 ? 'regel klopt' : 'regels kloppen'}
        {regels.length > 0 && <>: {regels.map((r, i) => (
          <span key={i} className={`testitem__regel testitem__regel--${r.geslaagd ? 'ja' : 'nee'}`}>
            {i > 0 ? ', ' : ''}<span aria-hidden="true">{r.geslaagd ? '✓' : '✗'} </span>{r.naam}<span className="visueel-verborgen"> {r.geslaagd ? 'klopt' : 'klopt niet'}</span>
          </span>
        ))}</>}
      </p>
      <Button variant="subtle" aria-expanded={open} aria-controls={`${kopId}-regels`} onClick={() => setOpen((o) => !o)}>
        {open ? 'Uitleg verbergen' : 'Uitleg per regel tonen'}<span className="visueel-verborgen"> voor {item.naam ?? item.sleutel}</span>
      </Button>
      <ul className="testregels testregels--boven" id={`${kopId}-regels`} hidden={!open} aria-label={`Regels voor ${item.naam ?? item.sleutel}`}>
        {regels.map((r, i) => <TestRegel key={i} regel={r} />)}
      </ul>
    </div>
  );
}

export default function TestPanel({ naam, invoer, haalJson }) {
  const keuzes = useApi(`/api/regels/${encodeURIComponent(naam)}/keuzes`);
  const soort = invoer === 'buurt' ? 'buurten' : 'initiatieven';
  const meervoud = invoerMeervoud(invoer);
  const opties = useMemo(() => (Array.isArray(keuzes.data?.[soort]) ? keuzes.data[soort] : []), [keuzes.data, soort]);
  const [zoek, setZoek] = useState('');
  const [gekozen, setGekozen] = useState(() => new Set());
  const [alle, setAlle] = useState(false);
  const [staat, setStaat] = useState({ bezig: false, data: null, fout: null });
  const [invoerFout, setInvoerFout] = useState(null);

  const zichtbaar = useMemo(() => {
    const z = zoek.trim().toLowerCase();
    return z ? opties.filter((o) => `${o.naam ?? ''} ${o.sleutel} ${o.detail ?? ''}`.toLowerCase().includes(z)) : opties;
  }, [opties, zoek]);

  const wissel = (sleutel, aan) => setGekozen((g) => { const n = new Set(g); if (aan) n.add(sleutel); else n.delete(sleutel); return n; });

  const testen = async () => {
    if (!alle && gekozen.size === 0) { setInvoerFout(`Kies minstens één ${invoer === 'buurt' ? 'buurt' : 'initiatief'}, of kies “alle”.`); return; }
    setInvoerFout(null);
    setStaat((s) => ({ ...s, bezig: true, fout: null }));
    try {
      const body = { json: haalJson() };
      if (alle) body.alle = true;
      else body[soort] = [...gekozen];
      const data = await regelsApi.testen(naam, body);
      setStaat({ bezig: false, data, fout: null });
    } catch (e) {
      setStaat({ bezig: false, data: null, fout: e });
    }
  };

  const resultaten = Array.isArray(staat.data?.resultaten) ? staat.data.resultaten : [];
  const fouten = Array.isArray(staat.data?.fouten) ? staat.data.fouten : [];
  return (
    <div className="testpaneel">
      <h2 className="utrecht-heading-2">Testen met echte gegevens</h2>
      <p className="utrecht-paragraph">Kies {meervoud} en bekijk per regel wat de regels zoals ze nu in de editor staan (ook als ze nog niet zijn opgeslagen) ervan vinden. Er verandert niets.</p>
      {keuzes.loading && <Loading what={`De ${meervoud}`} />}
      {keuzes.error && <Alert>De {meervoud} om mee te testen konden niet worden geladen: {keuzes.error.message}</Alert>}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset testkeuze">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Met welke {meervoud} testen?</legend>
        <div className="utrecht-form-field utrecht-form-field--checkbox veld--checkbox">
          <input id="test-alle" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={alle} onChange={(e) => setAlle(e.target.checked)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="test-alle">Alle {opties.length ? `${opties.length} ` : ''}{meervoud}</label>
        </div>
        {!alle && (
          <>
            <div className="utrecht-form-field veld">
              <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="test-zoek">Zoek {invoer === 'buurt' ? 'een buurt' : 'een initiatief'}</label></div>
              <input id="test-zoek" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={zoek} onChange={(e) => setZoek(e.target.value)}
                aria-describedby="test-aantal" />
            </div>
            <p className="utrecht-paragraph testkeuze__aantal" id="test-aantal" aria-live="polite">
              {gekozen.size} gekozen{zoek.trim() ? `; ${zichtbaar.length} van de ${opties.length} getoond` : ''}
            </p>
            <div className="knoppenrij knoppenrij--klein">
              <Button onClick={() => setGekozen((g) => new Set([...g, ...zichtbaar.map((o) => o.sleutel)]))} disabled={!zichtbaar.length}>
                {zoek.trim() ? 'Getoonde kiezen' : 'Alles kiezen'}
              </Button>
              <Button onClick={() => setGekozen(new Set())} disabled={!gekozen.size}>Niets kiezen</Button>
            </div>
            <ul className="testkeuze__lijst" tabIndex={0} aria-label="Testgevallen (scrolbaar)">
              {zichtbaar.map((o) => (
                <li key={o.sleutel}>
                  <input id={`test-${o.sleutel}`} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={gekozen.has(o.sleutel)}
                    onChange={(e) => wissel(o.sleutel, e.target.checked)} />
                  <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`test-${o.sleutel}`}>
                    {o.naam ?? o.sleutel} <span className="code">{o.sleutel}</span>{o.detail ? <span className="testkeuze__detail"> — {o.detail}</span> : null}
                  </label>
                </li>
              ))}
              {!keuzes.loading && zichtbaar.length === 0 && <li>Niets gevonden.</li>}
            </ul>
          </>
        )}
      </fieldset>
      {invoerFout && <p className="utrecht-form-field-error-message" role="alert">{invoerFout}</p>}
      <div className="knoppenrij">
        <Button variant="primary-action" onClick={testen} disabled={staat.bezig} data-testid="test-uitvoeren">Test uitvoeren</Button>
      </div>
      <div role="status" className="testpaneel__status">
        {staat.bezig ? 'Bezig met testen…' : staat.data ? (fouten.length ? 'De test is niet uitgevoerd: de regels bevatten fouten.' : `Getest: ${resultaten.length} ${resultaten.length === 1 ? (invoer === 'buurt' ? 'buurt' : 'initiatief') : meervoud}.`) : ''}
      </div>
      {staat.fout && <Alert>Testen is niet gelukt: {staat.fout.message}</Alert>}
      {fouten.length > 0 && <FoutenLijst fouten={fouten} titel="De regels bevatten fouten" />}
      {resultaten.length > 0 && (
        <div className="testresultaten">
                    {resultaten.map((item) => <TestItem key={item.sleutel} item={item} openBijStart={resultaten.length <= 5} />)}
        </div>
      )}
    </div>
  );
}
