// Tab "Regels": the parameters and the rule tree of every workflow in the file, as forms.
import { useMemo } from 'react';
import { Alert, Button } from '../common.jsx';
import { FoutenLijst } from './FoutenLijst.jsx';
import { ParamLijst, RegelKaart } from './RegelForm.jsx';
import {
  workflowsVan, isRegelbestand, indexeerFouten, losseFouten, workflowSleutel, foutenVoorParam, wijzigWorkflow, wijzigLijst,
  wijzigRegels, sleutel, uniekeNaam, alleRegelnamen, BEKENDE_WORKFLOWVELDEN, veldNaam,
} from './regelDoc.js';

function Velden({ velden, invoer }) {
  if (!velden?.length) return null;
  return (
    <details className="regelvelden">
      <summary>Welke gegevens van {invoer === 'initiatief' ? 'het initiatief' : `de ${invoer ?? 'invoer'}`} kunt u gebruiken? ({velden.length})</summary>
      <p className="utrecht-paragraph">Schrijf ze als <code>{invoer}.Naam</code>. In een expressie toont Ctrl+Spatie ook de parameters en functies.</p>
      <ul className="regelvelden__lijst">
        {velden.map((v) => <li key={v.naam}><code>{invoer}.{v.naam}</code> <span className="regelvelden__type">({v.type})</span></li>)}
      </ul>
    </details>
  );
}

function WorkflowForm({ workflow, wi, meerdere, foutIndex, ctx }) {
  const wf = workflowSleutel(foutIndex, workflow);
  const kopBasis = meerdere ? 3 : 2;
  const Kop = `h${kopBasis}`;
  const rules = Array.isArray(workflow?.Rules) ? workflow.Rules : [];
  const overig = Object.keys(workflow ?? {}).filter((k) => !BEKENDE_WORKFLOWVELDEN.has(k));
  const paramFouten = useMemo(() => (naam) => foutenVoorParam(foutIndex, wf, naam), [foutIndex, wf]);
  const toevoegenId = `wf-${wi}-regel-toevoegen`;
  const regelToevoegen = () => {
    const nieuw = { RuleName: uniekeNaam('Nieuwe regel', alleRegelnamen(workflowsVan(ctx.haalDoc())[wi])), Expression: '' };
    const id = sleutel(nieuw);
    ctx.wijzigDoc((doc) => wijzigRegels(doc, wi, [], (rs) => [...rs, nieuw]), null);
    ctx.focusNa(`${id}-naam`);
    ctx.meld(`Regel “${nieuw.RuleName}” is toegevoegd.`);
  };
  const inhoud = (
    <>
      {overig.length > 0 && <p className="utrecht-paragraph">Deze workflow heeft ook: {overig.map(veldNaam).join(', ')}. Die blijven bewaard; u wijzigt ze in het tabblad JSON.</p>}
      <section className="regelsectie" aria-labelledby={`wf-${wi}-params`}>
        <Kop className="utrecht-heading-2" id={`wf-${wi}-params`}>Parameters{meerdere ? ` van ${workflow?.WorkflowName}` : ''}</Kop>
        <p className="utrecht-paragraph">Tussenuitkomsten die u in alle regels bij naam kunt gebruiken. Een parameter kan de parameters erboven gebruiken.</p>
        <ParamLijst params={workflow?.GlobalParams} soort="GlobalParams" regelpad={[]} foutenVoor={paramFouten} ctx={ctx} idBasis={`wf-${wi}`}
          onWijzig={(fn, s) => ctx.wijzigDoc((doc) => wijzigWorkflow(doc, wi, (w) => wijzigLijst(w, 'GlobalParams', fn)), s)} />
      </section>
      <section className="regelsectie" aria-labelledby={`wf-${wi}-regels`}>
        <Kop className="utrecht-heading-2" id={`wf-${wi}-regels`}>Regels{meerdere ? ` van ${workflow?.WorkflowName}` : ''} ({rules.length})</Kop>
        {rules.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen regels.</p>}
        {rules.map((r, i) => (
          <RegelKaart key={sleutel(r)} regel={r} wi={wi} wf={wf} pad={String(i)} regelpadTekst={r?.RuleName ?? ''} diepte={0} plaats={i} aantal={rules.length}
            foutIndex={foutIndex} ctx={ctx} kopBasis={kopBasis + 1} />
        ))}
        <Button id={toevoegenId} onClick={regelToevoegen}>Regel toevoegen{meerdere ? <span className="visueel-verborgen"> aan {workflow?.WorkflowName}</span> : null}</Button>
      </section>
    </>
  );
  if (!meerdere) return inhoud;
  return (
    <section className="regelworkflow" aria-labelledby={`wf-${wi}-kop`}>
      <h2 className="utrecht-heading-2" id={`wf-${wi}-kop`}>Workflow {workflow?.WorkflowName ?? wi + 1}</h2>
      {inhoud}
    </section>
  );
}

export function RegelsTab({ doc, parseFout, fouten, velden, invoer, ctx, naarJson }) {
  const wfs = workflowsVan(doc);
  const enkel = wfs.length <= 1;
  const foutIndex = useMemo(() => indexeerFouten(fouten, enkel), [fouten, enkel]);
  const los = useMemo(() => (doc ? losseFouten(doc, foutIndex) : []), [doc, foutIndex]);
  if (parseFout) {
    return (
      <Alert type="warning">
        <p className="utrecht-paragraph">De JSON van het concept is op dit moment niet leesbaar (regel {parseFout.regel}, kolom {parseFout.kolom}: {parseFout.bericht}). Herstel dat eerst in het tabblad JSON; daarna kunt u hier weer verder.</p>
        <Button onClick={naarJson}>Naar het tabblad JSON</Button>
      </Alert>
    );
  }
  if (!isRegelbestand(doc)) {
    return (
      <Alert type="warning">
        <p className="utrecht-paragraph">Dit bestand heeft niet de vorm van een regelbestand (een lijst van workflows met WorkflowName en Rules). U kunt het aanpassen in het tabblad JSON.</p>
        <Button onClick={naarJson}>Naar het tabblad JSON</Button>
      </Alert>
    );
  }
  return (
    <div className="regelsform">
      <p className="utrecht-paragraph">Pas de regels hier aan; wijzigingen zijn pas voor iedereen zichtbaar na “Concept opslaan”, en worden pas gebruikt na “Publiceren”. Fouten ziet u direct bij de regel.</p>
      <Velden velden={velden} invoer={invoer} />
      {los.length > 0 && <FoutenLijst fouten={los} titel="Fouten die niet bij één regel horen" />}
      {wfs.map((w, wi) => <WorkflowForm key={wi} workflow={w} wi={wi} meerdere={!enkel} foutIndex={foutIndex} ctx={ctx} />)}
    </div>
  );
}
