// /app/burgerberaad and /app/burgerberaad/:id — beleid runs a burgerberaad: set-up, quotas (with the CBS proposal),
// address list, invitations (letters CSV, once), seed, selection in the background, and the panel's contact data.
import { useEffect, useState } from 'react';
import { useApi, ApiState, PageHeading, Field, Alert, Button, ScrollRegio } from '../common.jsx';
import { api, ApiError, formatDateTime } from '../api.js';
import { Link, useRouter } from '../router.jsx';

const statusTekst = {
  'niet-gestart': 'niet gestart', 'in-wachtrij': 'in de wachtrij', bezig: 'bezig', klaar: 'klaar', mislukt: 'mislukt',
};

/** The messages of a ProblemDetails (validation errors flattened, with their field), or its detail. */
function Fouten({ fout }) {
  if (!fout) return null;
  const errors = fout instanceof ApiError && fout.body?.errors ? Object.entries(fout.body.errors) : [];
  return (
    <Alert>
      {errors.length ? <ul>{errors.flatMap(([veld, teksten]) => teksten.map((t) => <li key={veld + t}>{t}</li>))}</ul> : fout.message}
    </Alert>
  );
}

/** Posts a file or text with its own content type; returns the response (for downloads) or throws an ApiError. */
async function verstuur(path, { method = 'POST', body, type = 'application/json' }) {
  const response = await fetch(path, { method, headers: { 'Content-Type': type }, body, credentials: 'same-origin' });
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, data, (data && (data.detail || data.title)) || `Fout ${response.status}`);
  }
  return response;
}

function Nieuw({ onAangemaakt }) {
  const [invoer, setInvoer] = useState({ thema: '', gebiedCode: '', omvang: 24, reserves: 6, aanmeldenTot: '' });
  const [fout, setFout] = useState(null);
  const zet = (k) => (e) => setInvoer((i) => ({ ...i, [k]: e.target.value }));
  const maak = async (e) => {
    e.preventDefault();
    setFout(null);
    try {
      const b = await api('/api/burgerberaad/beraden', {
        method: 'POST',
        body: { ...invoer, omvang: Number(invoer.omvang), reserves: Number(invoer.reserves), aanmeldenTot: invoer.aanmeldenTot ? new Date(invoer.aanmeldenTot).toISOString() : null },
      });
      onAangemaakt(b.id);
    } catch (err) { setFout(err); }
  };
  return (
    <form onSubmit={maak} aria-labelledby="nieuw-kop">
      <h2 className="utrecht-heading-2" id="nieuw-kop">Nieuw burgerberaad</h2>
      <Fouten fout={fout} />
      <Field id="bb-thema" label="Thema"><input id="bb-thema" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.thema} onChange={zet('thema')} required /></Field>
      <Field id="bb-gebied" label="Wijk- of buurtcode (CBS)" description="Bijvoorbeeld WK099901 of BU09990101.">
        <input id="bb-gebied" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.gebiedCode} onChange={zet('gebiedCode')} aria-describedby="bb-gebied-uitleg" required />
      </Field>
      <Field id="bb-omvang" label="Aantal leden"><input id="bb-omvang" type="number" min="1" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.omvang} onChange={zet('omvang')} /></Field>
      <Field id="bb-reserves" label="Aantal reserves"><input id="bb-reserves" type="number" min="0" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.reserves} onChange={zet('reserves')} /></Field>
      <Field id="bb-tot" label="Aanmelden kan tot"><input id="bb-tot" type="datetime-local" className="utrecht-textbox utrecht-textbox--html-input" value={invoer.aanmeldenTot} onChange={zet('aanmeldenTot')} required /></Field>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">Aanmaken</button>
    </form>
  );
}

export function BurgerberadenPage() {
  const beraden = useApi('/api/burgerberaad/beraden');
  const { navigate } = useRouter();
  return (
    <>
      <PageHeading>Burgerberaden</PageHeading>
      <ApiState state={beraden} what="Burgerberaden" />
      {beraden.data && (beraden.data.length === 0
        ? <p className="utrecht-paragraph">Er zijn nog geen burgerberaden.</p>
        : (
          <ul className="utrecht-unordered-list">
            {beraden.data.map((b) => (
              <li key={b.id}><Link to={`/app/burgerberaad/${b.id}`}>{b.thema}</Link> — {b.gebiedNaam}, {b.omvang} leden; {b.fase}; selectie {statusTekst[b.selectieStatus]}</li>
            ))}
          </ul>
        ))}
      <Nieuw onAangemaakt={(id) => navigate(`/app/burgerberaad/${id}`)} />
    </>
  );
}

function Quota({ beraad, onOpgeslagen }) {
  const [regels, setRegels] = useState(beraad.quota);
  const [handmatig, setHandmatig] = useState([]);
  const [fout, setFout] = useState(null);
  const [melding, setMelding] = useState('');
  useEffect(() => setRegels(beraad.quota), [beraad.quota]);
  const zet = (i, k, v) => setRegels((r) => r.map((q, j) => (j === i ? { ...q, [k]: k === 'min' || k === 'max' ? Number(v) : v } : q)));
  const stelVoor = async () => {
    setFout(null);
    try {
      const v = await api(`/api/burgerberaad/beraden/${beraad.id}/quota/voorstel`, { method: 'POST' });
      setRegels(v.quota);
      setHandmatig(v.handmatig);
      setMelding(`Voorstel uit de CBS-cijfers${v.peiljaar ? ` (${v.peiljaar})` : ''}: controleer het, vul aan en sla op.`);
    } catch (err) { setFout(err); }
  };
  const sla = async () => {
    setFout(null);
    try {
      await api(`/api/burgerberaad/beraden/${beraad.id}/quota`, { method: 'PUT', body: { quota: regels } });
      setMelding('De quota zijn opgeslagen.');
      onOpgeslagen();
    } catch (err) { setFout(err); setMelding(''); }
  };
  return (
    <section aria-labelledby="quota-kop">
      <h2 className="utrecht-heading-2" id="quota-kop">Kenmerken en quota</h2>
      <Fouten fout={fout} />
      {melding && <Alert type="ok">{melding}</Alert>}
      {handmatig.length > 0 && (
        <ul className="utrecht-unordered-list">{handmatig.map((h) => <li key={h.kenmerk}><strong>{h.kenmerk}</strong>: {h.reden}</li>)}</ul>
      )}
      <ScrollRegio label="Quota (scrolbaar)">
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Per waarde hoeveel leden minstens en hoogstens</caption>
          <thead className="utrecht-table__header"><tr className="utrecht-table__row">
            {['Kenmerk', 'Waarde', 'Min', 'Max', ''].map((k, i) => <th key={i} scope="col" className="utrecht-table__header-cell">{k}</th>)}
          </tr></thead>
          <tbody className="utrecht-table__body">
            {regels.map((q, i) => (
              <tr className="utrecht-table__row" key={i}>
                {['kenmerk', 'waarde', 'min', 'max'].map((k) => (
                  <td className="utrecht-table__cell" key={k}>
                    <input aria-label={`Regel ${i + 1} ${k}`} className="utrecht-textbox utrecht-textbox--html-input" type={k === 'min' || k === 'max' ? 'number' : 'text'}
                      min="0" value={q[k]} onChange={(e) => zet(i, k, e.target.value)} />
                  </td>
                ))}
                <td className="utrecht-table__cell"><Button onClick={() => setRegels((r) => r.filter((_, j) => j !== i))}>Verwijder regel {i + 1}</Button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegio>
      <Button onClick={() => setRegels((r) => [...r, { kenmerk: '', waarde: '', min: 0, max: 0 }])}>Regel toevoegen</Button>{' '}
      <Button onClick={stelVoor}>Stel voor uit CBS-cijfers</Button>{' '}
      <Button variant="primary-action" onClick={sla}>Quota opslaan</Button>
    </section>
  );
}

function download(response, naam) {
  return response.blob().then((blob) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url; a.download = naam;
    document.body.append(a); a.click(); a.remove();
    URL.revokeObjectURL(url);
  });
}

export default function BurgerberaadPage({ params }) {
  const id = params.id;
  const beraad = useApi(`/api/burgerberaad/beraden/${id}`);
  const [fout, setFout] = useState(null);
  const [melding, setMelding] = useState('');
  const [aantal, setAantal] = useState(1000);
  const [uitnodigingSeed, setUitnodigingSeed] = useState('');
  const [seed, setSeed] = useState('');
  const [panel, setPanel] = useState(null);
  const b = beraad.data;
  const bezig = b && (b.selectieStatus === 'in-wachtrij' || b.selectieStatus === 'bezig');
  useEffect(() => {
    if (!bezig) return undefined;
    const t = setInterval(beraad.reload, 2000);
    return () => clearInterval(t);
  }, [bezig, beraad.reload]);

  const stap = (actie, klaar) => async () => {
    setFout(null); setMelding('');
    try { await actie(); setMelding(klaar); beraad.reload(); } catch (err) { setFout(err); }
  };
  const importeer = async (e) => {
    const bestand = e.target.files?.[0];
    if (!bestand) return;
    const tekst = await bestand.text();
    await stap(() => verstuur(`/api/burgerberaad/beraden/${id}/adressen`, { body: tekst, type: 'text/csv' }), `Adreslijst ${bestand.name} geïmporteerd.`)();
    e.target.value = '';
  };
  const nodigUit = stap(async () => {
    const r = await verstuur(`/api/burgerberaad/beraden/${id}/uitnodigingen`, { body: JSON.stringify({ aantal: Number(aantal), seed: uitnodigingSeed === '' ? null : Number(uitnodigingSeed) }) });
    await download(r, `burgerberaad-${id}-brieven.csv`);
  }, 'De uitnodigingen zijn getrokken en de brieven gedownload. Bewaar het bestand goed: de codes zijn niet opnieuw op te vragen.');

  return (
    <>
      <PageHeading title="Burgerberaad">{b ? `Burgerberaad: ${b.thema}` : 'Burgerberaad'}</PageHeading>
      <ApiState state={beraad} what="Het burgerberaad" />
      <Fouten fout={fout} />
      {melding && <Alert type="ok">{melding}</Alert>}
      {b && (
        <>
          <p className="utrecht-paragraph">
            {b.gebiedNaam} ({b.gebiedCode}): {b.omvang} leden en {b.reserves} reserves. Fase: {b.fase}. Aanmelden tot {formatDateTime(b.aanmeldenTot)}.
            {' '}<a className="utrecht-link" href={`/burgerberaad/${b.id}`}>Openbare pagina</a>
          </p>
          <p className="utrecht-paragraph">
            {b.adressen} adressen, {b.uitgenodigd} uitgenodigd{b.uitgenodigdOp ? ` op ${formatDateTime(b.uitgenodigdOp)} (seed ${b.uitnodigingSeed})` : ''}, {b.aanmeldingen} aanmeldingen.
          </p>
          <Quota beraad={b} onOpgeslagen={beraad.reload} />

          <section aria-labelledby="uitnodigen-kop">
            <h2 className="utrecht-heading-2" id="uitnodigen-kop">Adressen en uitnodigingen</h2>
            <Field id="bb-adressen" label="Adreslijst (CSV)" description="Kop: postcode,huisnummer,toevoeging,straat,woonplaats. Een bestand met een fout wordt helemaal geweigerd.">
              <input id="bb-adressen" type="file" accept=".csv,text/csv" onChange={importeer} disabled={!!b.uitgenodigdOp} aria-describedby="bb-adressen-uitleg" />
            </Field>
            <Field id="bb-aantal" label="Aantal brieven"><input id="bb-aantal" type="number" min="1" className="utrecht-textbox utrecht-textbox--html-input" value={aantal} onChange={(e) => setAantal(e.target.value)} /></Field>
            <Field id="bb-useed" label="Seed voor de steekproef (leeg: willekeurig, wordt vastgelegd)">
              <input id="bb-useed" type="number" className="utrecht-textbox utrecht-textbox--html-input" value={uitnodigingSeed} onChange={(e) => setUitnodigingSeed(e.target.value)} />
            </Field>
            <Button onClick={nodigUit} disabled={!!b.uitgenodigdOp || b.adressen === 0}>Trek uitnodigingen en download de brieven (eenmalig)</Button>
          </section>

          <section aria-labelledby="loting-kop">
            <h2 className="utrecht-heading-2" id="loting-kop">Seed en loting</h2>
            {b.seedBekendgemaaktOp
              ? <p className="utrecht-paragraph">Seed {b.seed}, bekendgemaakt op {formatDateTime(b.seedBekendgemaaktOp)}.</p>
              : (
                <>
                  <Field id="bb-seed" label="Seed voor de loting" description="Maak hem bekend terwijl het aanmelden open is, bijvoorbeeld in de raadsbrief; daarna ligt hij vast.">
                    <input id="bb-seed" type="number" className="utrecht-textbox utrecht-textbox--html-input" value={seed} onChange={(e) => setSeed(e.target.value)} aria-describedby="bb-seed-uitleg" />
                  </Field>
                  <Button onClick={stap(() => api(`/api/burgerberaad/beraden/${id}/seed`, { method: 'POST', body: { seed: seed === '' ? null : Number(seed) } }), 'De seed is vastgelegd.')}>Seed bekendmaken</Button>
                </>
              )}
            <p className="utrecht-paragraph" role="status">
              Selectie: {statusTekst[b.selectieStatus]}
              {b.selectieStatus === 'bezig' && b.selectieGestartOp ? ` sinds ${formatDateTime(b.selectieGestartOp)}` : ''}
              {b.selectieKlaarOp ? `; klaar op ${formatDateTime(b.selectieKlaarOp)}` : ''}
              {b.minKans !== null && b.minKans !== undefined ? `; kleinste kans ${(b.minKans * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%` : ''}.
            </p>
            {b.selectieStatus === 'mislukt' && (
              <Alert>
                <p>{b.selectieFout}</p>
                {b.conflict.length > 0 && <p>Samen niet haalbaar: {b.conflict.join('; ')}.</p>}
                {b.versoepeling.length > 0 && <p>Dichtstbijzijnde haalbare quota: {b.versoepeling.join('; ')}.</p>}
              </Alert>
            )}
            {b.selectieStatus !== 'klaar' && (
              <Button variant="primary-action" disabled={bezig} onClick={stap(() => api(`/api/burgerberaad/beraden/${id}/selectie`, { method: 'POST' }), 'De selectie is gestart; deze pagina volgt de voortgang.')}>Start de loting</Button>
            )}
          </section>

          {b.selectieStatus === 'klaar' && (
            <section aria-labelledby="panel-kop">
              <h2 className="utrecht-heading-2" id="panel-kop">Panel en reserves</h2>
              <p className="utrecht-paragraph">Namen en contactgegevens zijn er alleen om de leden en reserves uit te nodigen. Elke keer dat u ze opent, wordt vastgelegd.</p>
              <Button onClick={async () => { setFout(null); try { setPanel(await api(`/api/burgerberaad/beraden/${id}/panel`)); } catch (err) { setFout(err); } }}>Toon panel en reserves</Button>{' '}
              <Button onClick={async () => {
                if (!window.confirm('Namen, contactgegevens, beschikbaarheid en adressen van alle aanmeldingen wissen? Dit kan niet ongedaan worden gemaakt; de uitslag blijft.')) return;
                setFout(null); setMelding('');
                try {
                  const g = await api(`/api/burgerberaad/beraden/${id}/persoonsgegevens/wissen`, { method: 'POST' });
                  setPanel(null);
                  setMelding(`Gewist: ${g.aanmeldingen} aanmeldingen en ${g.adressen} adressen.`);
                } catch (err) { setFout(err); }
              }}>Wis persoonsgegevens</Button>
              {panel && (
                <ScrollRegio label="Panel en reserves (scrolbaar)">
                  <table className="utrecht-table utrecht-table--html-table">
                    <caption className="utrecht-table__caption">{panel.filter((p) => p.uitkomst === 'lid').length} leden en {panel.filter((p) => p.uitkomst === 'reserve').length} reserves</caption>
                    <thead className="utrecht-table__header"><tr className="utrecht-table__row">
                      {['Uitkomst', 'Naam', 'E-mail', 'Telefoon', 'Adres', 'Beschikbaarheid', 'Pseudoniem'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
                    </tr></thead>
                    <tbody className="utrecht-table__body">
                      {panel.map((p) => (
                        <tr className="utrecht-table__row" key={p.pseudoniem}>
                          {[p.uitkomst === 'lid' ? 'lid' : `reserve ${p.reserveNummer}`, p.naam, p.email ?? '—', p.telefoon ?? '—', p.adres, p.beschikbaarheid ?? '—', p.pseudoniem]
                            .map((v, i) => <td key={i} className="utrecht-table__cell">{v}</td>)}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegio>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
