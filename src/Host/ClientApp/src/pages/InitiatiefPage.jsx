// /app/initiatieven/{id} — the whole initiative.
import { useApi, ApiState, PageHeading } from '../common.jsx';
import { Link } from '../router.jsx';
import { InitiatiefSecties } from './InitiatiefDetails.jsx';
import { VergelijkbareInitiatieven, uitwisselingRollen } from './UitwisselingPage.jsx';

export default function InitiatiefPage({ params, me }) {
  const initiatief = useApi(`/api/initiatieven/${encodeURIComponent(params.id)}`);
  const i = initiatief.data;
  return (
    <>
      <p className="utrecht-paragraph kruimel"><Link to="/app/initiatieven">Initiatieven</Link> › {i?.referentie ?? params.id}</p>
      <PageHeading title={i ? `Initiatief ${i.referentie ?? ''}` : 'Initiatief'}>{i ? i.titel : 'Initiatief'}</PageHeading>
      {i ? <InitiatiefSecties initiatief={i} /> : <ApiState state={initiatief} what="Het initiatief" />}
      {i && me?.rollen?.some((r) => uitwisselingRollen.includes(r)) && <VergelijkbareInitiatieven initiatiefId={i.id ?? params.id} />}
    </>
  );
}
