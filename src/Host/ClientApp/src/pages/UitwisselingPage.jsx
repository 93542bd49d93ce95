// /app/uitwisseling — exchange between initiatives: for an initiative, similar initiatives in other wijken with why
// they match; the contact requests between initiators (status and times only: what they shared is never shown); and
// planning an uitwisselmoment on a theme, which invites the initiatives on that theme.
import { useState } from 'react';
import { useApi, ApiState, PageHeading, ScrollRegio, StatusBadge, Alert, Field } from '../common.jsx';
import { api, formatDateTime, formatNumber } from '../api.js';
import { Link, useQuery, useRouter } from '../router.jsx';
import { FoutSamenvatting, FoutVeld, foutenPerVeld, alsInstant } from '../formulier.jsx';

/** Roles the exchange API admits (UitwisselingApi): the menu and the initiative page show it only to them. */
export const uitwisselingRollen = ['wijkcoordinator', 'beleid', 'beheer'];

export const themas = ['Ontmoeting', 'Groen', 'Spelen', 'Veiligheid', 'Cultuur', 'Sport', 'Zorg', 'Duurzaamheid', 'Anders'];

const contactStatus = {
  WachtOpAnder: ['Wacht op de ander', 'neutral'], Gedeeld: ['Gegevens gedeeld', 'ok'], Geweigerd: ['Geweigerd', 'danger'], Ingetrokken: ['Ingetrokken', 'neutral'],
};

/** Similar initiatives from other wijken, each with its explanation (theme, shared words, score). */
export function VergelijkbareInitiatieven({ initiatiefId, kopNiveau = 2 }) {
  const lijst = useApi(initiatiefId ? `/api/uitwisseling/initiatieven/${encodeURIComponent(initiatiefId)}/vergelijkbaar` : null);
  const Kop = kopNiveau === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="vergelijkbaar-kop" className="vergelijkbaar">
      <Kop className={`utrecht-heading-${kopNiveau}`} id="vergelijkbaar-kop">Vergelijkbare initiatieven in andere wijken</Kop>
      <ApiState state={lijst} what="Vergelijkbare initiatieven" />
      {lijst.data && (lijst.data.length === 0 ? <p className="utrecht-paragraph">Geen vergelijkbare initiatieven gevonden in andere wijken.</p> : (
        <ol className="vergelijkbaar__lijst">
          {lijst.data.map((m) => (
            <li key={m.initiatiefId} className="vergelijkbaar__item" data-initiatief-id={m.initiatiefId}>
              <Link to={`/app/initiatieven/${m.initiatiefId}`}>{m.referentie}</Link> {m.titel} <span className="code">({m.wijk})</span>
              <dl className="utrecht-data-list utrecht-data-list--rows vergelijkbaar__uitleg">
                <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Thema</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{m.thema}{m.zelfdeThema ? ' (zelfde thema)' : ' (ander thema)'}</dd></div>
                <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Gedeelde woorden</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{m.gedeeldeWoorden.length ? m.gedeeldeWoorden.join(', ') : '—'}</dd></div>
                <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Score</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatNumber(m.score, 2)} (tekstovereenkomst {formatNumber(m.tekstScore, 2)})</dd></div>
              </dl>
              <p className="utrecht-paragraph vergelijkbaar__zin">{m.uitleg}</p>
            </li>
          ))}
        </ol>
      ))}
    </section>
  );
}

function Contactverzoeken() {
  const verzoeken = useApi('/api/uitwisseling/contactverzoeken');
  return (
    <section aria-labelledby="contact-kop">
      <h2 className="utrecht-heading-2" id="contact-kop">Contactverzoeken</h2>
      <p className="utrecht-paragraph">Initiatiefnemers vragen in de chat om contact met elkaar. U ziet alleen de status; de gegevens die zij delen niet.</p>
      <ApiState state={verzoeken} what="Contactverzoeken" />
      {verzoeken.data && (verzoeken.data.length === 0 ? <p className="utrecht-paragraph">Er zijn nog geen contactverzoeken.</p> : (
        <ScrollRegio label="Contactverzoeken (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table contactverzoeken">
            <caption className="utrecht-table__caption visueel-verborgen">Contactverzoeken</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Code', 'Van', 'Naar', 'Status', 'Aangevraagd', 'Laatste stap'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {verzoeken.data.map((c) => {
                const [label, tone] = contactStatus[c.status] ?? [c.status, 'neutral'];
                const laatste = c.gedeeldOp ?? c.geweigerdOp ?? c.ingetrokkenOp ?? c.toestemmingNaarOp ?? c.toestemmingVanOp;
                return (
                  <tr key={c.id} className="utrecht-table__row">
                    <td className="utrecht-table__cell">{c.code}</td>
                    <td className="utrecht-table__cell">{c.vanReferentie}</td>
                    <td className="utrecht-table__cell">{c.naarReferentie}</td>
                    <td className="utrecht-table__cell"><StatusBadge status={label} tone={tone} /></td>
                    <td className="utrecht-table__cell">{formatDateTime(c.aangevraagdOp)}</td>
                    <td className="utrecht-table__cell">{laatste ? formatDateTime(laatste) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegio>
      ))}
    </section>
  );
}

const momentVelden = {
  thema: ['um-thema', 'Thema'], datum: ['um-datum', 'Datum en tijd'], plaats: ['um-plaats', 'Plaats'], omschrijving: ['um-omschrijving', 'Omschrijving'],
};

function Uitwisselmomenten() {
  const momenten = useApi('/api/uitwisseling/momenten');
  const [invoer, setInvoer] = useState({ thema: '', datum: '', plaats: '', omschrijving: '' });
  const [fouten, setFouten] = useState({});
  const [melding, setMelding] = useState('');
  const [bezig, setBezig] = useState(false);
  const zet = (k) => (e) => setInvoer((i) => ({ ...i, [k]: e.target.value }));
  const plan = async (e) => {
    e.preventDefault();
    setMelding('');
    setBezig(true);
    try {
      const m = await api('/api/uitwisseling/momenten', {
        method: 'POST',
        body: { thema: invoer.thema || null, datum: alsInstant(invoer.datum), plaats: invoer.plaats, omschrijving: invoer.omschrijving || null },
      });
      setFouten({});
      setInvoer({ thema: '', datum: '', plaats: '', omschrijving: '' });
      setMelding(`Uitwisselmoment ${m.thema} op ${formatDateTime(m.datum)} gepland: ${m.uitgenodigd} initiatieven uitgenodigd in de chat`
        + `${m.nietUitgenodigd ? `, ${m.nietUitgenodigd} niet (afgemeld of zonder chat)` : ''}.`);
      momenten.reload();
    } catch (err) {
      setFouten(foutenPerVeld(err));
    } finally {
      setBezig(false);
    }
  };
  return (
    <section aria-labelledby="momenten-kop">
      <h2 className="utrecht-heading-2" id="momenten-kop">Uitwisselmomenten</h2>
      {melding && <Alert type="ok">{melding}</Alert>}
      <ApiState state={momenten} what="Uitwisselmomenten" />
      {momenten.data && (momenten.data.length === 0 ? <p className="utrecht-paragraph">Nog geen uitwisselmomenten gepland.</p> : (
        <ScrollRegio label="Uitwisselmomenten (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table momenten">
            <caption className="utrecht-table__caption visueel-verborgen">Uitwisselmomenten</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Thema', 'Datum', 'Plaats', 'Uitgenodigd', 'Gepland door'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {momenten.data.map((m) => (
                <tr key={m.id} className="utrecht-table__row" data-moment-id={m.id}>
                  <td className="utrecht-table__cell">{m.thema}</td>
                  <td className="utrecht-table__cell">{formatDateTime(m.datum)}</td>
                  <td className="utrecht-table__cell">{m.plaats}{m.omschrijving && <><br /><span className="code">{m.omschrijving}</span></>}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{m.uitgenodigd}</td>
                  <td className="utrecht-table__cell">{m.geplandDoor}, {formatDateTime(m.geplandOp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegio>
      ))}
      <form onSubmit={plan} noValidate aria-labelledby="plan-kop" className="formulierblok" id="nieuw-moment">
        <h3 className="utrecht-heading-3" id="plan-kop">Uitwisselmoment plannen</h3>
        <p className="utrecht-paragraph">Initiatieven op dit thema krijgen een uitnodiging in hun chat (niet wie zich voor berichten afmeldde).</p>
        <FoutSamenvatting fouten={fouten} velden={momentVelden} titel="Het uitwisselmoment is niet gepland" />
        <FoutVeld id="um-thema" label="Thema" fouten={fouten.thema}>
          {(a) => (
            <select {...a} className="utrecht-select utrecht-select--html-select" value={invoer.thema} onChange={zet('thema')}>
              <option value="">Kies een thema</option>
              {themas.map((t) => <option key={t} value={t}>{t}</option>)}
            </select>
          )}
        </FoutVeld>
        <FoutVeld id="um-datum" label="Datum en tijd" fouten={fouten.datum}>
          {(a) => <input {...a} type="datetime-local" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.datum} onChange={zet('datum')} />}
        </FoutVeld>
        <FoutVeld id="um-plaats" label="Plaats" fouten={fouten.plaats}>
          {(a) => <input {...a} maxLength={200} className="utrecht-textbox utrecht-textbox--html-input" value={invoer.plaats} onChange={zet('plaats')} />}
        </FoutVeld>
        <FoutVeld id="um-omschrijving" label="Omschrijving (niet verplicht)" fouten={fouten.omschrijving} description="Gaat mee in de uitnodiging; links alleen naar toegestane adressen.">
          {(a) => <textarea {...a} rows={3} maxLength={2000} className="utrecht-textarea utrecht-textarea--html-textarea" value={invoer.omschrijving} onChange={zet('omschrijving')} />}
        </FoutVeld>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : 'Plannen en uitnodigen'}</button>
      </form>
    </section>
  );
}

export default function UitwisselingPage() {
  const query = useQuery();
  const { navigate } = useRouter();
  const initiatief = query.get('initiatief') ?? '';
  const initiatieven = useApi('/api/initiatieven');
  return (
    <>
      <PageHeading>Uitwisseling</PageHeading>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Initiatief kiezen">
        <Field id="uw-initiatief" label="Initiatief">
          <select id="uw-initiatief" className="utrecht-select utrecht-select--html-select" value={initiatief}
            onChange={(e) => navigate(e.target.value ? `/app/uitwisseling?initiatief=${e.target.value}` : '/app/uitwisseling', { replace: true })}>
            <option value="">Kies een initiatief</option>
            {(initiatieven.data ?? []).map((i) => <option key={i.id} value={i.id}>{i.referentie} {i.titel}</option>)}
          </select>
        </Field>
      </form>
      {initiatief ? <VergelijkbareInitiatieven initiatiefId={initiatief} /> : <p className="utrecht-paragraph">Kies een initiatief om vergelijkbare initiatieven in andere wijken te zien.</p>}
      <Uitwisselmomenten />
      <Contactverzoeken />
    </>
  );
}
