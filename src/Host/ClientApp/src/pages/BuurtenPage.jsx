// /app/buurten — buurten with their indicators, sortable.
import { useMemo, useState } from 'react';
import { useApi, ApiState, PageHeading, Field } from '../common.jsx';
import { formatNumber } from '../api.js';

const kolommen = [
  ['naam', 'Buurt', 0], ['wijkNaam', 'Wijk', 0], ['inwoners', 'Inwoners', 0], ['huishoudens', 'Huishoudens', 0],
  ['aandeelHuurwoningen', 'Huur (%)', 1], ['aandeelCorporatiewoningen', 'Corporatie (%)', 1], ['gemiddeldInkomen', 'Inkomen (× € 1.000)', 1],
  ['aandeelUitkeringen', 'Uitkeringen (%)', 1], ['leefbaarheidScore', 'Leefbaarheid', 2], ['sesScore', 'SES', 2],
  ['aantalBuurthuizen', 'Buurthuizen', 0], ['aantalActieveInitiatieven', 'Actieve initiatieven', 0],
  ['geschikt', 'Geschikt (buurtselectie)', 0], ['rang', 'Rang', 0], ['score', 'Score', 1],
];

// The verdict of the buurtselectie rules in use, flattened so it sorts like the other columns.
const metSelectie = (b) => ({ ...b, geschikt: b.selectie ? (b.selectie.geschikt ? 'ja' : 'nee') : null, rang: b.selectie?.rang ?? null, score: b.selectie?.score ?? null });

export default function BuurtenPage() {
  const buurten = useApi('/api/buurten');
  const [sort, setSort] = useState({ key: 'naam', asc: true });
  const [zoek, setZoek] = useState('');
  const rijen = useMemo(() => {
    const z = zoek.trim().toLowerCase();
    return (buurten.data ?? []).map(metSelectie)
      .filter((b) => !z || `${b.naam} ${b.wijkNaam ?? ''} ${b.code}`.toLowerCase().includes(z))
      .sort((a, b) => {
        const x = a[sort.key]; const y = b[sort.key];
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''), 'nl');
        return sort.asc ? c : -c;
      });
  }, [buurten.data, sort, zoek]);
  return (
    <>
      <PageHeading>Buurten</PageHeading>
      <form className="filters" role="search" aria-label="Buurten zoeken" onSubmit={(e) => e.preventDefault()}>
        <Field id="buurt-zoek" label="Zoek een buurt of wijk">
          <input id="buurt-zoek" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={zoek} onChange={(e) => setZoek(e.target.value)} />
        </Field>
      </form>
      <ApiState state={buurten} what="Buurten" />
      {buurten.data && (
        <div className="tabel-houder" tabIndex={0} role="region" aria-label="Buurtindicatoren (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table buurtentabel">
            <caption className="utrecht-table__caption">
              {rijen.length} buurten met hun indicatoren (bron: CBS-achtige kerncijfers)
              {buurten.data?.[0]?.selectie?.regelsetVersie && <>; geschiktheid, rang en score volgens <span className="regelsetversie">{buurten.data[0].selectie.regelsetVersie}</span></>}
            </caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {kolommen.map(([key, label]) => (
                <th key={key} scope="col" className="utrecht-table__header-cell" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sorteerknop" onClick={() => setSort((s) => ({ key, asc: s.key === key ? !s.asc : true }))}>
                    {label}<span aria-hidden="true">{sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {rijen.map((b) => (
                <tr className="utrecht-table__row" key={b.code} data-code={b.code}>
                  {kolommen.map(([key, , digits], i) => (
                    i === 0
                      ? <th scope="row" key={key} className="utrecht-table__header-cell">{b.naam} <span className="code">{b.code}</span></th>
                      : <td key={key} className={`utrecht-table__cell${typeof b[key] === 'number' ? ' utrecht-table__cell--numeric' : ''}`}>{formatNumber(b[key], digits)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
