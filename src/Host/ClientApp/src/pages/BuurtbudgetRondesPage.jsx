// /app/buurtbudget — beleid sees the buurtbudget rounds with their phase and dates, sets up a new round, and imports
// an earlier round from a pabulib file. Errors come back from the server and are shown at the field they are about.
import { useState } from 'react';
import { useApi, ApiState, PageHeading, ScrollRegio, StatusBadge } from '../common.jsx';
import { api, formatDateTime } from '../api.js';
import { Link, useRouter } from '../router.jsx';
import { FoutSamenvatting, FoutVeld, foutenPerVeld, alsInstant, alsGetal, formatBedrag, verstuur } from '../formulier.jsx';

export const telmethoden = [
  ['GelijkeDelen', 'Gelijke delen (Method of Equal Shares)'],
  ['MeesteStemmen', 'Meeste stemmen'],
];
export const telmethodeLabel = (t) => telmethoden.find(([k]) => k === t)?.[1] ?? t;

export const faseLabels = {
  Voorbereiding: 'Voorbereiding', Voorstellen: 'Voorstellen', Beoordeling: 'Beoordeling', Stemmen: 'Stemmen', Uitslag: 'Uitslag',
  Uitvoering: 'Uitvoering', Afgerond: 'Afgerond',
};

const velden = {
  naam: ['br-naam', 'Naam'],
  buurtCode: ['br-buurt', 'Buurt'],
  budget: ['br-budget', 'Budget'],
  telmethode: ['br-telmethode', 'Telmethode'],
  maxProjecten: ['br-maxprojecten', 'Hoogstens aantal projecten per stembiljet'],
  maxBedrag: ['br-maxbedrag', 'Hoogstens bedrag per stembiljet'],
  minimumLeeftijd: ['br-leeftijd', 'Minimumleeftijd'],
  puntenPerKiezer: ['br-punten', 'Punten per kiezer'],
  maxPuntenPerProject: ['br-maxpunten', 'Hoogstens punten per project'],
  voorstellenVanaf: ['br-voorstellen-vanaf', 'Voorstellen indienen vanaf'],
  voorstellenTot: ['br-voorstellen-tot', 'Voorstellen indienen tot'],
  beoordelingTot: ['br-beoordeling-tot', 'Beoordeling klaar op'],
  stemmenVanaf: ['br-stemmen-vanaf', 'Stemmen vanaf'],
  stemmenTot: ['br-stemmen-tot', 'Stemmen tot'],
  uitvoeringVanaf: ['br-uitvoering-vanaf', 'Uitvoering vanaf'],
  uitvoeringTot: ['br-uitvoering-tot', 'Uitvoering tot'],
};

/**
 * The round API answers all its checks under one key ("ronde"); each message names what it is about, so it is placed
 * at that field here. A field name in parentheses in the message wins; messages that name no field stay in the summary.
 */
const plaatsing = [
  [/naam/i, 'naam'],
  [/^Buurt '/, 'buurtCode'],
  [/budget moet/i, 'budget'],
  [/stemmen moet eindigen/i, 'stemmenTot'],
  [/aantal projecten/i, 'maxProjecten'],
  [/hoogste bedrag/i, 'maxBedrag'],
  [/minimumleeftijd/i, 'minimumLeeftijd'],
  [/punten per project/i, 'maxPuntenPerProject'],
  [/punten per kiezer/i, 'puntenPerKiezer'],
  [/voorstellenfase moet eindigen/i, 'voorstellenTot'],
  [/beoordeling moet na de voorstellenfase/i, 'beoordelingTot'],
  [/uitvoering moet eindigen/i, 'uitvoeringTot'],
];

export function plaatsRondeFouten(fouten) {
  const uit = {};
  const zet = (veld, t) => { uit[veld] = [...(uit[veld] ?? []), t]; };
  for (const [veld, teksten] of Object.entries(fouten)) {
    for (const t of teksten) {
      if (veld !== 'ronde') { zet(veld, t); continue; }
      const genoemd = [...t.matchAll(/\((\w+)/g)].map((m) => m[1]).find((n) => velden[n]);
      const doel = genoemd ?? plaatsing.find(([re]) => re.test(t))?.[1] ?? '';
      zet(doel, t);
    }
  }
  return uit;
}

const leeg = {
  naam: '', buurtCode: '', budget: '', telmethode: 'GelijkeDelen', maxProjecten: '', maxBedrag: '', minimumLeeftijd: '', puntenPerKiezer: '', maxPuntenPerProject: '',
  voorstellenVanaf: '', voorstellenTot: '', beoordelingTot: '', stemmenVanaf: '', stemmenTot: '', uitvoeringVanaf: '', uitvoeringTot: '',
};

function Tekstveld({ naam, invoer, zet, fouten, type = 'text', description, ...rest }) {
  const [id, label] = velden[naam];
  return (
    <FoutVeld id={id} label={label} fouten={fouten[naam]} description={description}>
      {(a) => <input {...a} name={naam} type={type} className="utrecht-textbox utrecht-textbox--html-input" value={invoer[naam]} onChange={zet(naam)} {...rest} />}
    </FoutVeld>
  );
}

function NieuweRonde({ buurten, onAangemaakt }) {
  const [invoer, setInvoer] = useState(leeg);
  const [fouten, setFouten] = useState({});
  const [bezig, setBezig] = useState(false);
  const zet = (k) => (e) => setInvoer((i) => ({ ...i, [k]: e.target.value }));

  const maak = async (e) => {
    e.preventDefault();
    // What the server cannot even read (a missing date or amount) is said here, at the field; the rest the server checks.
    const lokaal = {};
    if (!invoer.buurtCode) lokaal.buurtCode = ['Kies de buurt van de ronde.'];
    if (invoer.budget === '') lokaal.budget = ['Vul het budget in euro in.'];
    if (!invoer.stemmenVanaf) lokaal.stemmenVanaf = ['Vul in wanneer het stemmen begint.'];
    if (!invoer.stemmenTot) lokaal.stemmenTot = ['Vul in wanneer het stemmen eindigt.'];
    if (Object.keys(lokaal).length) { setFouten(lokaal); return; }
    setFouten({});
    setBezig(true);
    try {
      const ronde = await api('/api/buurtbudget/rondes', {
        method: 'POST',
        body: {
          naam: invoer.naam, buurtCode: invoer.buurtCode, budget: Number(invoer.budget), telmethode: invoer.telmethode,
          maxProjecten: alsGetal(invoer.maxProjecten), maxBedrag: alsGetal(invoer.maxBedrag), minimumLeeftijd: alsGetal(invoer.minimumLeeftijd),
          puntenPerKiezer: alsGetal(invoer.puntenPerKiezer), maxPuntenPerProject: alsGetal(invoer.maxPuntenPerProject),
          stemmenVanaf: alsInstant(invoer.stemmenVanaf), stemmenTot: alsInstant(invoer.stemmenTot),
          voorstellenVanaf: alsInstant(invoer.voorstellenVanaf), voorstellenTot: alsInstant(invoer.voorstellenTot), beoordelingTot: alsInstant(invoer.beoordelingTot),
          uitvoeringVanaf: alsInstant(invoer.uitvoeringVanaf), uitvoeringTot: alsInstant(invoer.uitvoeringTot),
        },
      });
      onAangemaakt(ronde.id);
    } catch (err) {
      setFouten(plaatsRondeFouten(foutenPerVeld(err)));
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={maak} noValidate aria-labelledby="nieuwe-ronde-kop" className="formulierblok" id="nieuwe-ronde">
      <h2 className="utrecht-heading-2" id="nieuwe-ronde-kop">Nieuwe ronde</h2>
      <FoutSamenvatting fouten={fouten} velden={velden} titel="De ronde is niet aangemaakt" />
      <Tekstveld naam="naam" invoer={invoer} zet={zet} fouten={fouten} />
      <FoutVeld id="br-buurt" label="Buurt" fouten={fouten.buurtCode}>
        {(a) => (
          <select {...a} name="buurtCode" className="utrecht-select utrecht-select--html-select" value={invoer.buurtCode} onChange={zet('buurtCode')}>
            <option value="">Kies een buurt</option>
            {(buurten ?? []).map((b) => <option key={b.code} value={b.code}>{b.naam} ({b.code})</option>)}
          </select>
        )}
      </FoutVeld>
      <Tekstveld naam="budget" invoer={invoer} zet={zet} fouten={fouten} type="number" min="0" step="0.01" inputMode="decimal" description="In euro." />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Stembiljet en telling</legend>
        <FoutVeld id="br-telmethode" label="Telmethode" fouten={fouten.telmethode}>
          {(a) => (
            <select {...a} name="telmethode" className="utrecht-select utrecht-select--html-select" value={invoer.telmethode} onChange={zet('telmethode')}>
              {telmethoden.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
            </select>
          )}
        </FoutVeld>
        <Tekstveld naam="maxProjecten" invoer={invoer} zet={zet} fouten={fouten} type="number" min="1" description="Leeg: geen grens." />
        <Tekstveld naam="maxBedrag" invoer={invoer} zet={zet} fouten={fouten} type="number" min="0" step="0.01" description="In euro; leeg: geen grens." />
        <Tekstveld naam="minimumLeeftijd" invoer={invoer} zet={zet} fouten={fouten} type="number" min="1" max="120" description="Leeg: iedere bewoner mag stemmen." />
        <Tekstveld naam="puntenPerKiezer" invoer={invoer} zet={zet} fouten={fouten} type="number" min="1" max="1000" description="Leeg: bewoners kiezen projecten (goedkeuren). Ingevuld: bewoners verdelen dit aantal punten over de projecten." />
        <Tekstveld naam="maxPuntenPerProject" invoer={invoer} zet={zet} fouten={fouten} type="number" min="1" description="Alleen bij punten; leeg: geen grens per project." />
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Fasen</legend>
        <p className="utrecht-paragraph veld-uitleg">Een voorstellenfase is niet verplicht: laat de drie velden leeg voor een ronde met vaste projecten. Leeg gelaten uitvoeringsdata vult de server aan.</p>
        {['voorstellenVanaf', 'voorstellenTot', 'beoordelingTot', 'stemmenVanaf', 'stemmenTot', 'uitvoeringVanaf', 'uitvoeringTot'].map((k) => (
          <Tekstveld key={k} naam={k} invoer={invoer} zet={zet} fouten={fouten} type="datetime-local" />
        ))}
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : 'Ronde aanmaken'}</button>
    </form>
  );
}

function PabulibImport({ buurten, onGeimporteerd }) {
  const [buurtCode, setBuurtCode] = useState('');
  const [telmethode, setTelmethode] = useState('GelijkeDelen');
  const [bestand, setBestand] = useState(null);
  const [fouten, setFouten] = useState({});
  const [bezig, setBezig] = useState(false);
  const importVelden = { buurtCode: ['pb-buurt', 'Buurt'], bestand: ['pb-bestand', 'Pabulib-bestand'], telmethode: ['pb-telmethode', 'Telmethode'] };

  const importeer = async (e) => {
    e.preventDefault();
    const lokaal = {};
    if (!bestand) lokaal.bestand = ['Kies een .pb-bestand.'];
    if (!buurtCode) lokaal.buurtCode = ['Kies de buurt waar de ronde bij hoort.'];
    if (Object.keys(lokaal).length) { setFouten(lokaal); return; }
    setFouten({});
    setBezig(true);
    try {
      const query = new URLSearchParams({ buurtCode, telmethode, bestandsnaam: bestand.name });
      const response = await verstuur(`/api/buurtbudget/rondes/pabulib?${query}`, { body: await bestand.text(), type: 'text/plain' });
      const ronde = await response.json();
      onGeimporteerd(ronde.id);
    } catch (err) {
      setFouten(foutenPerVeld(err));
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={importeer} noValidate aria-labelledby="import-kop" className="formulierblok" id="pabulib-import">
      <h2 className="utrecht-heading-2" id="import-kop">Ronde importeren uit pabulib</h2>
      <p className="utrecht-paragraph">Een <code>.pb</code>-bestand (bijvoorbeeld een eerdere ronde of de verkiezing van een andere stad) wordt een afgesloten ronde met uitslag, uitleg en open data. Elke fout in het bestand komt terug met regel en kolom.</p>
      <FoutSamenvatting fouten={fouten} velden={importVelden} titel="Het bestand is niet geïmporteerd" />
      <FoutVeld id="pb-bestand" label="Pabulib-bestand" fouten={fouten.bestand} description="Goedkeuringsstemmen (vote_type approval), hoogstens 50 MB.">
        {(a) => <input {...a} name="bestand" type="file" accept=".pb,text/plain" onChange={(e) => setBestand(e.target.files?.[0] ?? null)} />}
      </FoutVeld>
      <FoutVeld id="pb-buurt" label="Buurt" fouten={fouten.buurtCode}>
        {(a) => (
          <select {...a} className="utrecht-select utrecht-select--html-select" value={buurtCode} onChange={(e) => setBuurtCode(e.target.value)}>
            <option value="">Kies een buurt</option>
            {(buurten ?? []).map((b) => <option key={b.code} value={b.code}>{b.naam} ({b.code})</option>)}
          </select>
        )}
      </FoutVeld>
      <FoutVeld id="pb-telmethode" label="Telmethode" fouten={fouten.telmethode}>
        {(a) => (
          <select {...a} className="utrecht-select utrecht-select--html-select" value={telmethode} onChange={(e) => setTelmethode(e.target.value)}>
            {telmethoden.map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        )}
      </FoutVeld>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={bezig}>{bezig ? 'Bezig met inlezen…' : 'Bestand importeren'}</button>
    </form>
  );
}

export default function BuurtbudgetRondesPage() {
  const rondes = useApi('/api/buurtbudget/rondes');
  const buurten = useApi('/api/buurten');
  const { navigate } = useRouter();
  return (
    <>
      <PageHeading>Buurtbudget</PageHeading>
      <ApiState state={rondes} what="Rondes" />
      {rondes.data && (rondes.data.length === 0
        ? <p className="utrecht-paragraph">Er zijn nog geen rondes.</p>
        : (
          <ScrollRegio label="Rondes (scrolbaar)">
            <table className="utrecht-table utrecht-table--html-table rondelijst">
              <caption className="utrecht-table__caption">{rondes.data.length} {rondes.data.length === 1 ? 'ronde' : 'rondes'}, nieuwste eerst</caption>
              <thead className="utrecht-table__header"><tr className="utrecht-table__row">
                {['Ronde', 'Buurt', 'Fase', 'Stemmen', 'Budget', 'Projecten', 'Stemcodes / stemmen'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
              </tr></thead>
              <tbody className="utrecht-table__body">
                {rondes.data.map((r) => (
                  <tr className="utrecht-table__row" key={r.id} data-ronde-id={r.id}>
                    <td className="utrecht-table__cell"><Link to={`/app/buurtbudget/${r.id}`}>{r.naam}</Link></td>
                    <td className="utrecht-table__cell">{r.buurt}</td>
                    <td className="utrecht-table__cell"><StatusBadge status={faseLabels[r.fase] ?? r.fase} tone={r.fase === 'Afgerond' ? 'ok' : 'neutral'} /></td>
                    <td className="utrecht-table__cell">{formatDateTime(r.stemmenVanaf)} – {formatDateTime(r.stemmenTot)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatBedrag(r.budget)}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.projecten}</td>
                    <td className="utrecht-table__cell utrecht-table__cell--numeric">{r.stemcodes} / {r.stemmen}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegio>
        ))}
      <div className="twee-kolommen">
        <NieuweRonde buurten={buurten.data} onAangemaakt={(id) => navigate(`/app/buurtbudget/${id}`)} />
        <PabulibImport buurten={buurten.data} onGeimporteerd={(id) => navigate(`/app/buurtbudget/${id}`)} />
      </div>
    </>
  );
}
