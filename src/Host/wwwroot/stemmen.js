// The public voting page of a buurtbudget round: /buurtbudget/{id}. Shows the ballot while voting is open, the
// result with the reason for every project once it has closed. Text from the server goes in with textContent only.
(() => {
  const id = Number(location.pathname.split('/').filter(Boolean).pop());
  const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  const $ = (sel) => document.querySelector(sel);
  const fout = (tekst) => { const f = $('#fout'); f.textContent = tekst; f.hidden = !tekst; if (tekst) f.focus?.(); };
  // An error that belongs to the birth year is shown at the field too (and the field marked invalid), so a screen
  // reader and a sighted resident both find where to correct it.
  const jaarfout = (tekst) => {
    const f = $('#geboortejaar-fout');
    f.textContent = tekst;
    f.hidden = !tekst;
    if (tekst) $('#geboortejaar').setAttribute('aria-invalid', 'true'); else $('#geboortejaar').removeAttribute('aria-invalid');
    $('#geboortejaar').classList.toggle('utrecht-textbox--invalid', Boolean(tekst));
    if (tekst) $('#geboortejaar').focus();
  };
  let ronde;

  function regelsTekst(r) {
    const delen = [];
    if (r.maxProjecten) delen.push(`Kies hoogstens ${r.maxProjecten} projecten.`);
    if (r.maxBedrag) delen.push(`De gekozen projecten mogen samen hoogstens ${euro.format(r.maxBedrag)} kosten.`);
    if (!delen.length) delen.push('Kies zoveel projecten als u wilt.');
    delen.push('Stemt u opnieuw met dezelfde code, dan telt alleen uw laatste stem.');
    return delen.join(' ');
  }

  function toonKeuze() {
    const gekozen = ronde.projecten.filter((p) => $(`#project-${p.code}`).checked);
    const totaal = gekozen.reduce((s, p) => s + p.kosten, 0);
    $('#keuze').textContent = `U heeft ${gekozen.length} ${gekozen.length === 1 ? 'project' : 'projecten'} gekozen, samen ${euro.format(totaal)}.`;
  }

  function toonStembiljet() {
    $('#regels').textContent = regelsTekst(ronde);
    // Codes go to households: in a round with a minimum age each voter declares their birth year (not stored).
    $('#leeftijd').hidden = !ronde.minimumLeeftijd;
    if (ronde.minimumLeeftijd) {
      $('#leeftijd-uitleg').textContent = `In deze ronde kunt u stemmen vanaf ${ronde.minimumLeeftijd} jaar. U verklaart uw geboortejaar zelf; het wordt niet bewaard.`;
    }
    const lijst = $('#projecten');
    lijst.replaceChildren();
    for (const p of ronde.projecten) {
      const rij = document.createElement('div');
      rij.className = 'stem-project';
      const vak = document.createElement('input');
      vak.type = 'checkbox'; vak.id = `project-${p.code}`; vak.value = p.code;
      vak.addEventListener('change', toonKeuze);
      const tekst = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = vak.id;
      label.textContent = `${p.titel} — ${euro.format(p.kosten)}`;
      tekst.append(label);
      if (p.omschrijving) {
        const uitleg = document.createElement('p');
        uitleg.className = 'utrecht-paragraph';
        uitleg.textContent = p.omschrijving;
        tekst.append(uitleg);
      }
      rij.append(vak, tekst);
      lijst.append(rij);
    }
    toonKeuze();
    $('#stembiljet').hidden = false;
  }

  async function toonUitslag() {
    const antwoord = await fetch(`/api/buurtbudget/${id}/uitslag`);
    if (!antwoord.ok) { fout('De uitslag kon niet worden geladen. Probeer het later opnieuw.'); return; }
    const u = await antwoord.json();
    $('#uitslag-samenvatting').textContent =
      `${u.stemmen} ${u.stemmen === 1 ? 'stem' : 'stemmen'}; ${u.gekozen.length} projecten gekozen voor samen ${euro.format(u.besteed)} van ${euro.format(u.budget)}.`;
    const rijen = $('#uitslag-rijen');
    rijen.replaceChildren();
    for (const p of u.projecten) {
      const tr = document.createElement('tr');
      tr.className = 'utrecht-table__row';
      for (const waarde of [p.titel, euro.format(p.kosten), String(p.stemmen), p.gekozen ? 'Ja' : 'Nee', p.uitleg]) {
        const td = document.createElement('td');
        td.className = 'utrecht-table__cell';
        td.textContent = waarde;
        tr.append(td);
      }
      rijen.append(tr);
    }
    $('#pabulib').href = `/api/buurtbudget/${id}/pabulib`;
    $('#uitslag').hidden = false;
  }

  async function laad() {
    const antwoord = await fetch(`/api/buurtbudget/${id}`);
    if (!antwoord.ok) { $('#samenvatting').textContent = 'Deze ronde bestaat niet.'; return; }
    ronde = await antwoord.json();
    document.title = `${ronde.naam} — Participatie`;
    $('#titel').textContent = ronde.naam;
    const waar = ronde.buurt ? ` in ${ronde.buurt}` : '';
    const wanneer = ronde.status === 'nog-niet-open'
      ? `Stemmen kan vanaf ${datum.format(new Date(ronde.stemmenVanaf))}.`
      : ronde.status === 'open'
        ? `Stemmen kan tot ${datum.format(new Date(ronde.stemmenTot))}.`
        : 'Het stemmen is gesloten.';
    $('#samenvatting').textContent = `Budget${waar}: ${euro.format(ronde.budget)}. ${wanneer}`;
    if (ronde.status === 'open') toonStembiljet();
    if (ronde.status === 'gesloten') await toonUitslag();
  }

  $('#stembiljet').addEventListener('submit', async (e) => {
    e.preventDefault();
    fout('');
    jaarfout('');
    $('#bevestiging').hidden = true;
    const code = $('#code').value.trim();
    const projecten = ronde.projecten.filter((p) => $(`#project-${p.code}`).checked).map((p) => p.code);
    if (!code) { fout('Vul de stemcode van uw brief in.'); $('#code').focus(); return; }
    if (!projecten.length) { fout('Kies minstens één project.'); return; }
    const jaar = $('#geboortejaar').value.trim();
    const geboortejaar = ronde.minimumLeeftijd && /^\d{4}$/.test(jaar) ? Number(jaar) : null;
    if (ronde.minimumLeeftijd && geboortejaar === null) { fout('Vul uw geboortejaar in, in vier cijfers.'); jaarfout('Vul uw geboortejaar in, in vier cijfers.'); return; }
    const antwoord = await fetch(`/api/buurtbudget/${id}/stem`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, projecten, geboortejaar }),
    });
    const inhoud = await antwoord.json().catch(() => ({}));
    if (antwoord.ok) {
      const b = $('#bevestiging');
      b.textContent = inhoud.uitkomst === 'vervangen'
        ? 'Uw nieuwe stem is geteld; uw eerdere stem met deze code telt niet meer.'
        : 'Dank u wel, uw stem is geteld.';
      b.hidden = false;
      return;
    }
    const redenen = inhoud.errors ? Object.values(inhoud.errors).flat() : [];
    fout(redenen.length ? redenen.join(' ') : (inhoud.detail || 'Uw stem kon niet worden verwerkt. Probeer het opnieuw.'));
    if (inhoud.errors?.geboortejaar) jaarfout(inhoud.errors.geboortejaar.join(' '));
  });

  laad().catch(() => fout('De ronde kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.'));
})();
