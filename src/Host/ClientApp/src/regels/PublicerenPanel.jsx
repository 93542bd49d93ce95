// Tab "Publiceren": what changes compared with the published version, a required explanation, and the button.
// Unsaved changes are saved first; the server checks again and refuses (422) an invalid draft.
import { useState } from 'react';
import { Alert, Button } from '../common.jsx';
import { formatDateTime } from '../api.js';
import { FoutenLijst } from './FoutenLijst.jsx';
import { Verschil } from './Verschil.jsx';
import { foutenSamenvatting } from './regelsApi.js';

const MAX = 500;

export default function PublicerenPanel({ naam, gepubliceerd, concept, gewijzigd, ongeldig, bezig, onPubliceer, onHerlaad, naarRegels }) {
  const [toelichting, setToelichting] = useState('');
  const [toelichtingFout, setToelichtingFout] = useState(null);
  const [uitkomst, setUitkomst] = useState(null);
  const [bezigHier, setBezigHier] = useState(false);
  const nietsTePubliceren = !concept && !gewijzigd;
  const uitgeschakeld = !!bezig || bezigHier || nietsTePubliceren || !!ongeldig;
  const redenId = 'publiceren-reden';
  const reden = nietsTePubliceren ? 'Er is geen concept: wijzig eerst de regels.'
    : ongeldig ? `Publiceren kan pas als de fouten zijn opgelost (nu: ${foutenSamenvatting(ongeldig)}).` : null;

  const publiceer = async (e) => {
    e.preventDefault();
    const tekst = toelichting.trim();
    if (!tekst) {
      setToelichtingFout('Vul een toelichting in: waarom verandert deze versie?');
      document.getElementById('publiceren-toelichting')?.focus();
      return;
    }
    setToelichtingFout(null);
    setUitkomst(null);
    setBezigHier(true);
    let r;
    try { r = await onPubliceer(tekst); } finally { setBezigHier(false); }
    if (r.ok) {
      setToelichting('');
      setUitkomst({ soort: 'ok', versie: r.versie });
    } else if (r.opslaanMislukt) {
      setUitkomst({ soort: 'fout', tekst: 'Het concept kon niet worden opgeslagen, dus er is niets gepubliceerd. Zie de melding bovenaan.' });
    } else if (r.fout?.status === 422) {
      setUitkomst({ soort: 'fouten', fouten: Array.isArray(r.fout.body?.fouten) ? r.fout.body.fouten : [], tekst: r.fout.message });
    } else if (r.fout?.status === 409) {
      setUitkomst({ soort: 'conflict', tekst: r.fout.message });
    } else if (r.fout?.status === 404) {
      setUitkomst({ soort: 'fout', tekst: 'Er is geen concept om te publiceren (misschien heeft iemand anders het net gepubliceerd of verwijderd).' });
    } else {
      setUitkomst({ soort: 'fout', tekst: `Publiceren is niet gelukt: ${r.fout?.message ?? 'onbekende fout'}` });
    }
  };

  const inGebruik = gepubliceerd ? `De gepubliceerde versie ${gepubliceerd.nummer} blijft in gebruik.` : 'Er blijft geen versie in gebruik.';
  return (
    <div className="publiceren">
      <h2 className="utrecht-heading-2">Publiceren</h2>
      <p className="utrecht-paragraph">
        Na publiceren gebruikt de gemeente deze regels direct voor nieuwe beoordelingen.
        {gepubliceerd ? ` Nu is versie ${gepubliceerd.nummer} in gebruik (gepubliceerd door ${gepubliceerd.door ?? 'onbekend'} op ${formatDateTime(gepubliceerd.op)}).` : ' Er is nog geen gepubliceerde versie.'}
      </p>

      <div role="status" className="publiceren__status" data-testid="publiceren-status">
        {uitkomst?.soort === 'ok' && (
          <div className="utrecht-alert utrecht-alert--ok">
            <div className="utrecht-alert__content"><div className="utrecht-alert__message">
              <strong>Versie {uitkomst.versie?.nummer} is gepubliceerd.</strong> Nieuwe beoordelingen gebruiken vanaf nu deze versie.
            </div></div>
          </div>
        )}
      </div>
      {uitkomst?.soort === 'fouten' && (
        <div className="publiceren__fouten">
          <Alert>
            <strong>Het concept is niet gepubliceerd, omdat het fouten bevat. {inGebruik}</strong>
            {uitkomst.tekst ? ` ${uitkomst.tekst}` : ''}
          </Alert>
          <FoutenLijst fouten={uitkomst.fouten} titel="Fouten" />
          <Button onClick={naarRegels}>Fouten bekijken bij de regels</Button>
        </div>
      )}
      {uitkomst?.soort === 'conflict' && (
        <Alert>
          Het concept is intussen door iemand anders gewijzigd; er is niets gepubliceerd. {inGebruik}{' '}
          <Button onClick={onHerlaad}>Concept opnieuw laden</Button>
        </Alert>
      )}
      {uitkomst?.soort === 'fout' && <Alert>{uitkomst.tekst} {inGebruik}</Alert>}

      <section aria-labelledby="publiceren-verschil-kop" className="publiceren__verschil">
        <h3 className="utrecht-heading-3" id="publiceren-verschil-kop">Wat verandert er in de regels?</h3>
        {gewijzigd && <Alert type="info">U heeft wijzigingen die nog niet zijn opgeslagen. Die worden bij publiceren eerst opgeslagen; het overzicht hieronder gaat over het opgeslagen concept.</Alert>}
        {bezigHier ? (
          <p className="utrecht-paragraph">Bezig met publiceren…</p>
        ) : concept ? (
          <Verschil naam={naam} naar="concept" sleutel={concept.revisie} kopNiveau={4} leeg="Er is nog geen verschil te tonen." />
        ) : gewijzigd ? (
          <p className="utrecht-paragraph">Sla het concept op om hier het verschil met de gepubliceerde versie te zien.</p>
        ) : (
          <p className="utrecht-paragraph">Er is geen concept; de regels zijn gelijk aan de gepubliceerde versie.</p>
        )}
      </section>

      <form className="publiceren__formulier" onSubmit={publiceer} noValidate aria-labelledby="publiceren-formulier-kop">
        <h3 className="utrecht-heading-3" id="publiceren-formulier-kop">Nieuwe versie publiceren</h3>
        <div className={`utrecht-form-field veld${toelichtingFout ? ' utrecht-form-field--invalid' : ''}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="publiceren-toelichting">Toelichting bij deze versie</label>
          </div>
          <div className="utrecht-form-field-description" id="publiceren-toelichting-uitleg">
            Verplicht. Waarom verandert deze versie? Dit komt in de versiegeschiedenis en het logboek. Hoogstens {MAX} tekens.
          </div>
          {toelichtingFout && <p className="utrecht-form-field-error-message" id="publiceren-toelichting-fout">{toelichtingFout}</p>}
          <textarea id="publiceren-toelichting" name="toelichting" data-testid="toelichting" className={`utrecht-textarea utrecht-textarea--html-textarea${toelichtingFout ? ' utrecht-textarea--invalid' : ''}`}
            rows={3} maxLength={MAX} aria-required="true" aria-invalid={toelichtingFout ? true : undefined}
            aria-describedby={`publiceren-toelichting-uitleg${toelichtingFout ? ' publiceren-toelichting-fout' : ''} publiceren-toelichting-teller`}
            value={toelichting} onChange={(e) => { setToelichting(e.target.value); if (toelichtingFout && e.target.value.trim()) setToelichtingFout(null); }} />
          <div className="publiceren__teller" id="publiceren-toelichting-teller">{toelichting.length} van {MAX} tekens</div>
        </div>
        {reden && <p className="utrecht-paragraph publiceren__reden" id={redenId}>{reden} {ongeldig && <button type="button" className="linkknop" onClick={naarRegels}>Naar de regels</button>}</p>}
        <div className="knoppenrij">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" data-testid="publiceren" disabled={uitgeschakeld}
            aria-describedby={reden ? redenId : undefined}>
            {bezig === 'publiceren' ? 'Bezig met publiceren…' : bezig === 'opslaan' ? 'Bezig met opslaan…' : 'Publiceren'}
          </button>
        </div>
      </form>
    </div>
  );
}
