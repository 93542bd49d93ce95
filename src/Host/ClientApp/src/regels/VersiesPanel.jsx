// Tab "Versies": every published version, the difference with the version before it, and putting an old version back
// (that makes a new version with the old content, which is used at once).
import { Fragment, useEffect, useState } from 'react';
import { Alert, Button, Loading, ScrollRegio } from '../common.jsx';
import { formatDateTime } from '../api.js';
import { Dialoog } from './Dialoog.jsx';
import { Verschil } from './Verschil.jsx';
import { regelsApi } from './regelsApi.js';

const BRON = { bestand: 'Bestand (ingelezen)', editor: 'Regeleditor', terugzetting: 'Terugzetting' };
const cel = 'utrecht-table__cell';
const kopCel = 'utrecht-table__header-cell';

export function bronTekst(v) {
  const b = BRON[v.bron] ?? v.bron ?? '—';
  return v.bron === 'terugzetting' && v.teruggezetNaar ? `${b} naar versie ${v.teruggezetNaar}` : b;
}

export default function VersiesPanel({ naam, tick, concept, onTeruggezet }) {
  const [staat, setStaat] = useState({ laden: true, data: null, fout: null });
  const [open, setOpen] = useState({});
  const [terugzetten, setTerugzetten] = useState(null);
  const [toelichting, setToelichting] = useState('');
  const [dialoogFout, setDialoogFout] = useState(null);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState(null);
  const [eigenTick, setEigenTick] = useState(0);

  useEffect(() => {
    let weg = false;
    setStaat((s) => ({ ...s, laden: true, fout: null }));
    regelsApi.versies(naam).then(
      (data) => !weg && setStaat({ laden: false, data: Array.isArray(data) ? data : [], fout: null }),
      (fout) => !weg && setStaat({ laden: false, data: null, fout }),
    );
    return () => { weg = true; };
  }, [naam, tick, eigenTick]);

  const openDialoog = (v) => { setTerugzetten(v); setToelichting(''); setDialoogFout(null); };
  const bevestig = async (e) => {
    e.preventDefault();
    const tekst = toelichting.trim();
    if (!tekst) { setDialoogFout('Vul een toelichting in: waarom gaat u terug naar deze versie?'); document.getElementById('terugzetten-toelichting')?.focus(); return; }
    setBezig(true);
    try {
      const nieuw = await regelsApi.terugzetten(naam, terugzetten.nummer, tekst);
      setMelding({ type: 'ok', tekst: `Versie ${terugzetten.nummer} is teruggezet. De inhoud staat nu in de nieuwe versie ${nieuw?.nummer ?? ''}, die direct wordt gebruikt.` });
      setTerugzetten(null);
      setEigenTick((t) => t + 1);
      onTeruggezet?.(nieuw);
    } catch (err) {
      setDialoogFout(`Terugzetten is niet gelukt: ${err.message}`);
    } finally {
      setBezig(false);
    }
  };

  const versies = staat.data ?? [];
  const eerste = versies.length ? Math.min(...versies.map((v) => v.nummer)) : null;
  return (
    <div className="versies-paneel">
      <h2 className="utrecht-heading-2">Versies</h2>
      <p className="utrecht-paragraph">Alle gepubliceerde versies, de nieuwste bovenaan. De versie die in gebruik is, wordt nu toegepast.</p>
      <div role="status">{melding && <div className={`utrecht-alert utrecht-alert--${melding.type}`}><div className="utrecht-alert__message">{melding.tekst}</div></div>}</div>
      {staat.laden && !staat.data && <Loading what="De versies" />}
      {staat.fout && <Alert>De versies konden niet worden geladen: {staat.fout.message}</Alert>}
      {staat.data && versies.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen versies gepubliceerd.</p>}
      {versies.length > 0 && (
        <ScrollRegio label="Versies (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table versietabel">
            <caption className="utrecht-table__caption visueel-verborgen">Versies van de regelset {naam}</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              <th className={kopCel} scope="col">Versie</th>
              <th className={kopCel} scope="col">In gebruik</th>
              <th className={kopCel} scope="col">Door</th>
              <th className={kopCel} scope="col">Op</th>
              <th className={kopCel} scope="col">Bron</th>
              <th className={kopCel} scope="col">Toelichting</th>
              <th className={kopCel} scope="col">Acties</th>
            </tr></thead>
            <tbody className="utrecht-table__body">
              {versies.map((v) => (
                <Fragment key={v.nummer}>
                  <tr className={`utrecht-table__row${v.actief ? ' versietabel__actief' : ''}`} data-versie={v.nummer}>
                    <th className={kopCel} scope="row">Versie {v.nummer}{v.sha && <span className="code"> {String(v.sha).slice(0, 12)}</span>}</th>
                    <td className={cel}>{v.actief ? <strong>Ja, in gebruik</strong> : 'Nee'}</td>
                    <td className={cel}>{v.door ?? '—'}</td>
                    <td className={cel}>{formatDateTime(v.op)}</td>
                    <td className={cel}>{bronTekst(v)}</td>
                    <td className={cel}>{v.toelichting || '—'}</td>
                    <td className={`${cel} acties`}>
                      {v.nummer !== eerste && (
                        <Button variant="subtle" aria-expanded={!!open[v.nummer]} aria-controls={`versie-${v.nummer}-verschil`}
                          onClick={() => setOpen((o) => ({ ...o, [v.nummer]: !o[v.nummer] }))}>
                          {open[v.nummer] ? 'Verschil verbergen' : 'Bekijk verschil'}<span className="visueel-verborgen"> van versie {v.nummer} met de versie ervoor</span>
                        </Button>
                      )}{' '}
                      {!v.actief && (
                        <Button variant="subtle" onClick={() => openDialoog(v)}>Terugzetten naar deze versie<span className="visueel-verborgen"> (versie {v.nummer})</span></Button>
                      )}
                    </td>
                  </tr>
                  <tr className="utrecht-table__row versietabel__verschil" id={`versie-${v.nummer}-verschil`} hidden={!open[v.nummer]}>
                    <td className={cel} colSpan={7}>
                      {open[v.nummer] && <Verschil naam={naam} naar={v.nummer} kopNiveau={3} leeg="Dit is de eerste versie; er is niets om mee te vergelijken." />}
                    </td>
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </ScrollRegio>
      )}
      <Dialoog id="terugzetten" open={!!terugzetten} titel={`Terugzetten naar versie ${terugzetten?.nummer ?? ''}`} onSluit={() => !bezig && setTerugzetten(null)}>
        <form onSubmit={bevestig} noValidate>
          <p className="utrecht-paragraph">
            Er komt een nieuwe versie met de inhoud van versie {terugzetten?.nummer}. Die wordt direct gebruikt voor nieuwe beoordelingen.
            {concept ? ` Het concept (revisie ${concept.revisie}) blijft bestaan, maar is gebaseerd op versie ${concept.basisVersie}.` : ''}
          </p>
          <div className={`utrecht-form-field veld${dialoogFout ? ' utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor="terugzetten-toelichting">Toelichting</label></div>
            <div className="utrecht-form-field-description" id="terugzetten-toelichting-uitleg">Verplicht. Waarom gaat u terug naar deze versie?</div>
            {dialoogFout && <p className="utrecht-form-field-error-message" id="terugzetten-fout" role="alert">{dialoogFout}</p>}
            <textarea id="terugzetten-toelichting" className="utrecht-textarea utrecht-textarea--html-textarea" rows={3} maxLength={500} aria-required="true"
              aria-invalid={dialoogFout ? true : undefined} aria-describedby={`terugzetten-toelichting-uitleg${dialoogFout ? ' terugzetten-fout' : ''}`}
              value={toelichting} onChange={(e) => setToelichting(e.target.value)} />
          </div>
          <div className="knoppenrij">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : 'Terugzetten'}</button>
            <Button onClick={() => setTerugzetten(null)} disabled={bezig}>Annuleren</Button>
          </div>
        </form>
      </Dialoog>
    </div>
  );
}
