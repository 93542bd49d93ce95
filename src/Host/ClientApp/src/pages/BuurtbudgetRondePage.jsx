// /app/buurtbudget/:id — one round for beleid: its settings and phases, the projects on the ballot, the proposals with
// the rules' reasons and the review, initiatives that can still go on the list, the voting codes (generated and
// downloaded once) and, once voting closed, the result with the reason for every project.
import { useState } from 'react';
import { useApi, ApiState, PageHeading, ScrollRegio, StatusBadge, Alert, Button } from '../common.jsx';
import { api, formatDateTime } from '../api.js';
import { Link } from '../router.jsx';
import { FoutSamenvatting, FoutVeld, foutenPerVeld, alsGetal, formatBedrag, verstuur, bewaarAlsBestand } from '../formulier.jsx';
import { faseLabels, telmethodeLabel } from './BuurtbudgetRondesPage.jsx';

const voorstelStatus = {
  Ontvankelijk: ['Ontvankelijk', 'neutral'], NietOntvankelijk: ['Niet ontvankelijk', 'danger'], InBeoordeling: ['In beoordeling', 'neutral'],
  NietHaalbaar: ['Niet haalbaar', 'danger'], NietBeoordeeld: ['Niet op tijd beoordeeld', 'danger'], OpStembiljet: ['Op het stembiljet', 'ok'],
};

/** Phases in which the ballot may still change (the project and proposal APIs refuse changes after). */
const stembiljetOpen = (fase) => ['Voorbereiding', 'Voorstellen', 'Beoordeling'].includes(fase);

/** Codes are for letters before and during voting; after it closes there is nothing left to vote on. */
const stemcodesNodig = (fase) => !['Uitslag', 'Uitvoering', 'Afgerond'].includes(fase);

function Gegeven({ label, children }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

function Instellingen({ ronde, overzicht }) {
  return (
    <section aria-labelledby="instellingen-kop">
      <h2 className="utrecht-heading-2" id="instellingen-kop">Instellingen en fasen</h2>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <Gegeven label="Buurt">{ronde.buurt ?? '—'}</Gegeven>
        <Gegeven label="Fase"><StatusBadge status={faseLabels[ronde.fase] ?? ronde.fase} tone={ronde.fase === 'Afgerond' ? 'ok' : 'neutral'} /></Gegeven>
        <Gegeven label="Budget">{formatBedrag(ronde.budget)}</Gegeven>
        <Gegeven label="Telmethode">{telmethodeLabel(ronde.telmethode)}</Gegeven>
        <Gegeven label="Stembiljet">
          {ronde.puntenPerKiezer ? <>{ronde.puntenPerKiezer} punten per kiezer te verdelen; {ronde.maxPuntenPerProject ? `hoogstens ${ronde.maxPuntenPerProject} per project` : 'geen grens per project'}; </> : null}
          {ronde.maxProjecten ? `hoogstens ${ronde.maxProjecten} projecten` : 'geen grens aan het aantal projecten'}
          {'; '}{ronde.maxBedrag ? `hoogstens ${formatBedrag(ronde.maxBedrag)}` : 'geen grens aan het bedrag'}
        </Gegeven>
        <Gegeven label="Minimumleeftijd">{ronde.minimumLeeftijd ? `${ronde.minimumLeeftijd} jaar` : 'iedere bewoner'}</Gegeven>
        {overzicht && <Gegeven label="Stemcodes en stemmen">{overzicht.stemcodes} stemcodes, {overzicht.stemmen} stemmen</Gegeven>}
      </dl>
      <ScrollRegio label="Fasen van de ronde (scrolbaar)">
        <table className="utrecht-table utrecht-table--html-table fasetabel">
          <caption className="utrecht-table__caption">Fasen</caption>
          <thead className="utrecht-table__header"><tr className="utrecht-table__row">
            {['Fase', 'Vanaf', 'Tot'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
          </tr></thead>
          <tbody className="utrecht-table__body">
            {ronde.fasen.map((f) => (
              <tr key={f.fase} className={`utrecht-table__row${f.fase === ronde.fase ? ' rij--actief' : ''}`} aria-current={f.fase === ronde.fase ? 'step' : undefined}>
                <th scope="row" className="utrecht-table__header-cell">{faseLabels[f.fase] ?? f.fase}{f.fase === ronde.fase ? ' (nu)' : ''}</th>
                <td className="utrecht-table__cell">{formatDateTime(f.vanaf)}</td>
                <td className="utrecht-table__cell">{formatDateTime(f.tot)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegio>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={`/buurtbudget/${ronde.id}`}>Openbare pagina van de ronde</a>
        {' '}(bewoners stemmen daar met de code uit hun brief).
      </p>
    </section>
  );
}

function Projecten({ ronde, onToegevoegd }) {
  const [invoer, setInvoer] = useState({ titel: '', omschrijving: '', kosten: '' });
  const [fouten, setFouten] = useState({});
  const [melding, setMelding] = useState('');
  const velden = { titel: ['pr-titel', 'Titel'], kosten: ['pr-kosten', 'Kosten'], omschrijving: ['pr-omschrijving', 'Omschrijving'] };
  const vast = !stembiljetOpen(ronde.fase);
  const zet = (k) => (e) => setInvoer((i) => ({ ...i, [k]: e.target.value }));
  const voegToe = async (e) => {
    e.preventDefault();
    setMelding('');
    if (invoer.kosten === '') { setFouten({ kosten: ['Vul de kosten in euro in.'] }); return; }
    try {
      const p = await api(`/api/buurtbudget/rondes/${ronde.id}/projecten`, { method: 'POST', body: { titel: invoer.titel, omschrijving: invoer.omschrijving || null, kosten: Number(invoer.kosten) } });
      setFouten({});
      setInvoer({ titel: '', omschrijving: '', kosten: '' });
      setMelding(`Project ${p.code} “${p.titel}” staat op het stembiljet.`);
      onToegevoegd();
    } catch (err) {
      // The project API answers under one key ("project"); place each message at the field it names.
      const alle = foutenPerVeld(err);
      const uit = {};
      for (const [veld, teksten] of Object.entries(alle)) {
        for (const t of teksten) {
          const doel = veld !== 'project' ? veld : /titel/i.test(t) ? 'titel' : /kosten/i.test(t) ? 'kosten' : '';
          uit[doel] = [...(uit[doel] ?? []), t];
        }
      }
      setFouten(uit);
    }
  };
  return (
    <section aria-labelledby="projecten-kop">
      <h2 className="utrecht-heading-2" id="projecten-kop">Projecten op het stembiljet</h2>
      {ronde.projecten.length === 0 ? <p className="utrecht-paragraph">Nog geen projecten.</p> : (
        <ScrollRegio label="Projecten (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table projectentabel">
            <caption className="utrecht-table__caption visueel-verborgen">Projecten</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Nr.', 'Titel', 'Kosten'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {ronde.projecten.map((p) => (
                <tr key={p.code} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{p.code}</td>
                  <td className="utrecht-table__cell">{p.titel}{p.omschrijving && <><br /><span className="code">{p.omschrijving}</span></>}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatBedrag(p.kosten)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegio>
      )}
      {vast ? <p className="utrecht-paragraph">Het stemmen is begonnen: het stembiljet ligt vast.</p> : (
        <form onSubmit={voegToe} noValidate aria-labelledby="project-kop" className="formulierblok" id="nieuw-project">
          <h3 className="utrecht-heading-3" id="project-kop">Project toevoegen</h3>
          {melding && <Alert type="ok">{melding}</Alert>}
          <FoutSamenvatting fouten={fouten} velden={velden} titel="Het project is niet toegevoegd" />
          <FoutVeld id="pr-titel" label="Titel" fouten={fouten.titel}>
            {(a) => <input {...a} className="utrecht-textbox utrecht-textbox--html-input" value={invoer.titel} onChange={zet('titel')} />}
          </FoutVeld>
          <FoutVeld id="pr-omschrijving" label="Omschrijving (niet verplicht)" fouten={fouten.omschrijving}>
            {(a) => <textarea {...a} rows={3} className="utrecht-textarea utrecht-textarea--html-textarea" value={invoer.omschrijving} onChange={zet('omschrijving')} />}
          </FoutVeld>
          <FoutVeld id="pr-kosten" label="Kosten" description="In euro." fouten={fouten.kosten}>
            {(a) => <input {...a} type="number" min="0" step="0.01" inputMode="decimal" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.kosten} onChange={zet('kosten')} />}
          </FoutVeld>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">Project toevoegen</button>
        </form>
      )}
    </section>
  );
}

function Voorstellen({ rondeId, fase }) {
  const voorstellen = useApi(`/api/buurtbudget/rondes/${rondeId}/voorstellen`);
  const kandidaten = useApi(`/api/buurtbudget/rondes/${rondeId}/kandidaten`);
  const [fout, setFout] = useState(null);
  const [melding, setMelding] = useState('');
  const zetOpLijst = async (k) => {
    setFout(null); setMelding('');
    try {
      await api(`/api/buurtbudget/rondes/${rondeId}/voorstellen/initiatief`, { method: 'POST', body: { initiatiefId: k.id } });
      setMelding(`${k.referentie} staat als voorstel op de lijst.`);
      voorstellen.reload(); kandidaten.reload();
    } catch (err) { setFout(foutenPerVeld(err)); }
  };
  return (
    <section aria-labelledby="voorstellen-kop">
      <h2 className="utrecht-heading-2" id="voorstellen-kop">Voorstellen</h2>
      <ApiState state={voorstellen} what="Voorstellen" />
      {voorstellen.data && (voorstellen.data.length === 0 ? <p className="utrecht-paragraph">Er zijn (nog) geen voorstellen.</p> : (
        <ScrollRegio label="Voorstellen (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table voorstellentabel">
            <caption className="utrecht-table__caption">Voorstellen met de redenen van de regels en de beoordeling</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Voorstel', 'Kosten', 'Bron', 'Status', 'Redenen', 'Beoordeling'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {voorstellen.data.map((v) => {
                const [label, tone] = voorstelStatus[v.status] ?? [v.status, 'neutral'];
                return (
                  <tr key={v.id} className="utrecht-table__row" data-voorstel-id={v.id}>
                    <td className="utrecht-table__cell">{v.titel}{v.plek && <><br /><span className="code">{v.plek}</span></>}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatBedrag(v.kosten)}</td>
                    <td className="utrecht-table__cell">{v.bron === 'Initiatief' && v.initiatiefId ? <Link to={`/app/initiatieven/${v.initiatiefId}`}>initiatief</Link> : 'chat'}</td>
                    <td className="utrecht-table__cell"><StatusBadge status={label} tone={tone} />{v.projectCode && <> project {v.projectCode}</>}</td>
                    <td className="utrecht-table__cell">{v.redenen.length ? <ul className="compacte-lijst">{v.redenen.map((r) => <li key={r}>{r}</li>)}</ul> : '—'}</td>
                    <td className="utrecht-table__cell">
                      {v.beoordelingTaakId ? <Link to={`/app/taken/${v.beoordelingTaakId}`}>{v.beoordeling ?? 'taak openen'}</Link> : (v.beoordeling ?? '—')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegio>
      ))}
      {stembiljetOpen(fase) && (<>
      <h3 className="utrecht-heading-3">Initiatieven die geld vragen in deze buurt</h3>
      <FoutSamenvatting fouten={fout} titel="Het initiatief is niet op de lijst gezet" />
      {melding && <Alert type="ok">{melding}</Alert>}
      <ApiState state={kandidaten} what="Initiatieven" />
      {kandidaten.data && (kandidaten.data.length === 0 ? <p className="utrecht-paragraph">Geen initiatieven om toe te voegen.</p> : (
        <ul className="utrecht-unordered-list kandidaten">
          {kandidaten.data.map((k) => (
            <li key={k.id}>
              <Link to={`/app/initiatieven/${k.id}`}>{k.referentie}</Link> {k.titel} — {formatBedrag(k.gevraagdBedrag)}{' '}
              <Button onClick={() => zetOpLijst(k)}>Op de stemlijst zetten<span className="visueel-verborgen">: {k.titel}</span></Button>
            </li>
          ))}
        </ul>
      ))}
      </>)}
    </section>
  );
}

function Stemcodes({ rondeId, onGemaakt }) {
  const [aantal, setAantal] = useState('');
  const [fouten, setFouten] = useState({});
  const [melding, setMelding] = useState('');
  const maak = async (e) => {
    e.preventDefault();
    setMelding('');
    if (aantal === '') { setFouten({ aantal: ['Vul in hoeveel stemcodes u nodig hebt.'] }); return; }
    if (!window.confirm(`${aantal} stemcodes maken? Ze worden één keer gedownload en daarna alleen versleuteld bewaard: bewaar het bestand voor de drukker.`)) return;
    try {
      const r = await verstuur(`/api/buurtbudget/rondes/${rondeId}/stemcodes`, { body: JSON.stringify({ aantal: alsGetal(aantal) }) });
      await bewaarAlsBestand(r, `stemcodes-ronde-${rondeId}.csv`);
      setFouten({});
      setMelding(`${aantal} stemcodes gemaakt en gedownload (stemcodes-ronde-${rondeId}.csv). De codes zijn niet opnieuw op te vragen.`);
      onGemaakt();
    } catch (err) { setFouten(foutenPerVeld(err)); }
  };
  return (
    <section aria-labelledby="stemcodes-kop">
      <h2 className="utrecht-heading-2" id="stemcodes-kop">Stemcodes voor de brieven</h2>
      <p className="utrecht-paragraph">Elke code is één stem. De server bewaart alleen een vingerafdruk van de code; medewerkers zien nooit wie wat stemde.</p>
      {melding && <Alert type="ok">{melding}</Alert>}
      <form onSubmit={maak} noValidate aria-labelledby="stemcodes-kop" id="stemcodes">
        <FoutSamenvatting fouten={fouten} velden={{ aantal: ['sc-aantal', 'Aantal stemcodes'] }} titel="Er zijn geen stemcodes gemaakt" />
        <FoutVeld id="sc-aantal" label="Aantal stemcodes" description="1 tot 100.000 per keer." fouten={fouten.aantal}>
          {(a) => <input {...a} type="number" min="1" max="100000" className="utrecht-textbox utrecht-textbox--html-input" value={aantal} onChange={(e) => setAantal(e.target.value)} />}
        </FoutVeld>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">Stemcodes maken en downloaden</button>
      </form>
    </section>
  );
}

function Uitslag({ rondeId }) {
  const uitslag = useApi(`/api/buurtbudget/${rondeId}/uitslag`);
  const u = uitslag.data;
  return (
    <section aria-labelledby="uitslag-kop">
      <h2 className="utrecht-heading-2" id="uitslag-kop">Uitslag</h2>
      {uitslag.error?.status === 409 ? <p className="utrecht-paragraph">De uitslag komt als het stemmen gesloten is.</p> : <ApiState state={uitslag} what="De uitslag" />}
      {u && (
        <>
          <p className="utrecht-paragraph">
            {u.stemmen} {u.stemmen === 1 ? 'stem' : 'stemmen'}; {u.gekozen.length} projecten gekozen voor {formatBedrag(u.besteed)} van {formatBedrag(u.budget)} ({telmethodeLabel(u.telmethode)}).
            {' '}<a className="utrecht-link" href={`/api/buurtbudget/${rondeId}/pabulib`} download={`buurtbudget-${rondeId}.pb`}>Stemmen als pabulib-bestand</a>
          </p>
          <ScrollRegio label="Uitslag per project (scrolbaar)">
            <table className="utrecht-table utrecht-table--html-table uitslagtabel">
              <caption className="utrecht-table__caption">Per project: stemmen, kosten en waarom het wel of niet gekozen is</caption>
              <thead className="utrecht-table__header"><tr className="utrecht-table__row">
                {['Project', 'Stemmen', 'Kosten', 'Gekozen', 'Uitleg'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
              </tr></thead>
              <tbody className="utrecht-table__body">
                {u.projecten.map((p) => (
                  <tr key={p.code} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{p.code}. {p.titel}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{p.stemmen}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatBedrag(p.kosten)}</td>
                    <td className="utrecht-table__cell"><StatusBadge status={p.gekozen ? 'gekozen' : 'niet gekozen'} tone={p.gekozen ? 'ok' : 'neutral'} /></td>
                    <td className="utrecht-table__cell">{p.uitleg}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegio>
        </>
      )}
    </section>
  );
}

export default function BuurtbudgetRondePage({ params }) {
  const id = params.id;
  const ronde = useApi(`/api/buurtbudget/${encodeURIComponent(id)}`);
  const rondes = useApi('/api/buurtbudget/rondes');
  const r = ronde.data;
  const overzicht = rondes.data?.find((x) => String(x.id) === String(id));
  const herlaad = () => { ronde.reload(); rondes.reload(); };
  return (
    <>
      <p className="utrecht-paragraph kruimel"><Link to="/app/buurtbudget">Buurtbudget</Link> › {r?.naam ?? id}</p>
      <PageHeading title={r ? `Buurtbudget: ${r.naam}` : 'Buurtbudgetronde'}>{r ? r.naam : 'Buurtbudgetronde'}</PageHeading>
      <ApiState state={ronde} what="De ronde" />
      {r && (
        <>
          <p className="utrecht-paragraph">
            De ronde wordt niet meer gewijzigd na het aanmaken: de fasen lopen via de werkstroom <code>buurtbudget-ronde</code>.
            {' '}Wilt u andere data of grenzen, maak dan een nieuwe ronde aan zolang er niet gestemd is.
          </p>
          <Instellingen ronde={r} overzicht={overzicht} />
          <Projecten ronde={r} onToegevoegd={herlaad} />
          <Voorstellen rondeId={r.id} fase={r.fase} />
          {stemcodesNodig(r.fase) && <Stemcodes rondeId={r.id} onGemaakt={herlaad} />}
          <Uitslag rondeId={r.id} />
        </>
      )}
    </>
  );
}
