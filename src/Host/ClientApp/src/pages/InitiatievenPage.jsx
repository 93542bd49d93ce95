// /app/initiatieven — search and status filter.
import { useEffect, useState } from 'react';
import { useApi, ApiState, PageHeading, StatusBadge, Field, ScrollRegio } from '../common.jsx';
import { Link, useQuery, useRouter } from '../router.jsx';
import { formatDate } from '../api.js';

const statussen = ['Ingediend', 'InBehandeling', 'Advies', 'Besluit', 'Toegekend', 'Afgewezen', 'InUitvoering', 'Afgerond', 'Ingetrokken', 'OvergenomenDoorGemeente'];
const statusTekst = { InBehandeling: 'In behandeling', InUitvoering: 'In uitvoering', OvergenomenDoorGemeente: 'Overgenomen door gemeente' };

export default function InitiatievenPage() {
  const query = useQuery();
  const { navigate } = useRouter();
  const [zoek, setZoek] = useState(query.get('zoek') ?? '');
  const status = query.get('status') ?? '';
  const buurt = query.get('buurt') ?? '';
  const buurten = useApi('/api/buurten');

  useEffect(() => {
    const handle = setTimeout(() => {
      const next = new URLSearchParams(window.location.search);
      if (zoek) next.set('zoek', zoek); else next.delete('zoek');
      if (next.toString() !== new URLSearchParams(window.location.search).toString() || (next.get('zoek') ?? '') !== (query.get('zoek') ?? '')) {
        navigate(`/app/initiatieven?${next}`, { replace: true });
      }
    }, 300);
    return () => clearTimeout(handle);
  }, [zoek]); // eslint-disable-line react-hooks/exhaustive-deps

  const params = new URLSearchParams();
  if (query.get('zoek')) params.set('zoek', query.get('zoek'));
  if (status) params.set('status', status);
  if (buurt) params.set('buurt', buurt);
  const lijst = useApi(`/api/initiatieven?${params}`);

  const setFilter = (name, value) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value); else next.delete(name);
    navigate(`/app/initiatieven?${next}`, { replace: true });
  };

  return (
    <>
      <PageHeading>Initiatieven</PageHeading>
      <form className="filters" role="search" aria-label="Initiatieven zoeken" onSubmit={(e) => e.preventDefault()}>
        <Field id="zoek" label="Zoeken (titel, omschrijving of referentie)">
          <input id="zoek" type="search" className="utrecht-textbox utrecht-textbox--html-input" value={zoek} onChange={(e) => setZoek(e.target.value)} />
        </Field>
        <Field id="filter-status" label="Status">
          <select id="filter-status" className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">Alle statussen</option>
            {statussen.map((s) => <option key={s} value={s}>{statusTekst[s] ?? s}</option>)}
          </select>
        </Field>
        <Field id="filter-buurt" label="Buurt">
          <select id="filter-buurt" className="utrecht-select utrecht-select--html-select" value={buurt} onChange={(e) => setFilter('buurt', e.target.value)}>
            <option value="">Alle buurten</option>
            {(buurten.data ?? []).map((b) => <option key={b.code} value={b.code}>{b.naam}</option>)}
          </select>
        </Field>
      </form>
      <ApiState state={lijst} what="Initiatieven" />
      {lijst.data && (
        <>
          <p className="utrecht-paragraph" role="status">{lijst.data.length} {lijst.data.length === 1 ? 'initiatief' : 'initiatieven'} gevonden.</p>
          {lijst.data.length > 0 && (
            <ScrollRegio label="Initiatieven (scrolbaar)">
              <table className="utrecht-table utrecht-table--html-table">
                <caption className="utrecht-table__caption visueel-verborgen">Initiatieven</caption>
                <thead className="utrecht-table__header"><tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Referentie</th>
                  <th className="utrecht-table__header-cell" scope="col">Titel</th>
                  <th className="utrecht-table__header-cell" scope="col">Buurt</th>
                  <th className="utrecht-table__header-cell" scope="col">Ingediend</th>
                  <th className="utrecht-table__header-cell" scope="col">Status</th>
                </tr></thead>
                <tbody className="utrecht-table__body">
                  {lijst.data.map((i) => (
                    <tr className="utrecht-table__row" key={i.id}>
                      <td className="utrecht-table__cell">{i.referentie}</td>
                      <td className="utrecht-table__cell"><Link to={`/app/initiatieven/${encodeURIComponent(i.id)}`}>{i.titel}</Link></td>
                      <td className="utrecht-table__cell">{i.buurtNaam ?? i.buurt?.naam ?? i.buurtCode ?? '—'}</td>
                      <td className="utrecht-table__cell">{formatDate(i.ingediendOp)}</td>
                      <td className="utrecht-table__cell"><StatusBadge status={statusTekst[i.status] ?? i.status} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegio>
          )}
        </>
      )}
    </>
  );
}
