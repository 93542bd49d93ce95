// The public page of a burgerberaad: /burgerberaad/{id}. Registration with the letter's code while it is open, the
// result of the lottery (by pseudonym) once it is drawn. Text from the server goes in with textContent only.
(() => {
  const id = Number(location.pathname.split('/').filter(Boolean).pop());
  const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
  const procent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
  const $ = (sel) => document.querySelector(sel);
  const fout = (tekst) => { const f = $('#fout'); f.textContent = tekst; f.hidden = !tekst; if (tekst) f.focus(); };
  let beraad;

  function toonFormulier() {
    const vakken = $('#kenmerken');
    vakken.replaceChildren();
    beraad.kenmerken.forEach((k, i) => {
      const set = document.createElement('fieldset');
      set.className = 'utrecht-form-fieldset';
      const legend = document.createElement('legend');
      legend.className = 'utrecht-form-fieldset__legend';
      legend.textContent = k.naam.charAt(0).toUpperCase() + k.naam.slice(1);
      set.append(legend);
      k.waarden.forEach((w, j) => {
        const rij = document.createElement('div');
        rij.className = 'stem-project';
        const keuze = document.createElement('input');
        keuze.type = 'radio'; keuze.name = `kenmerk-${i}`; keuze.id = `kenmerk-${i}-${j}`; keuze.value = w;
        const label = document.createElement('label');
        label.htmlFor = keuze.id;
        label.textContent = w;
        rij.append(keuze, label);
        set.append(rij);
      });
      vakken.append(set);
    });
    $('#aanmelden').hidden = false;
  }

  function cel(tr, tekst) {
    const td = document.createElement('td');
    td.className = 'utrecht-table__cell';
    td.textContent = tekst;
    tr.append(td);
  }

  async function toonUitslag() {
    const antwoord = await fetch(`/api/burgerberaad/${id}/uitslag`);
    if (!antwoord.ok) { fout('De uitslag kon niet worden geladen. Probeer het later opnieuw.'); return; }
    const u = await antwoord.json();
    $('#uitslag-samenvatting').textContent =
      `${u.aanmeldingen} aanmeldingen; ${u.omvang} leden geloot op ${datum.format(new Date(u.gelootOp))} met seed ${u.seed} ` +
      `(bekendgemaakt op ${datum.format(new Date(u.seedBekendgemaaktOp))}). De kleinste kans van wie geloot kon worden: ${procent.format(u.minKans)}.`;
    const quota = $('#quota-rijen');
    quota.replaceChildren();
    for (const q of u.quota) {
      const tr = document.createElement('tr');
      tr.className = 'utrecht-table__row';
      [q.kenmerk, q.waarde, q.min === q.max ? `${q.min}` : `${q.min}–${q.max}`, String(q.zetels), String(q.reserves), String(q.aanmeldingen)].forEach((t) => cel(tr, t));
      quota.append(tr);
    }
    const kansen = $('#kans-rijen');
    kansen.replaceChildren();
    const uitkomsten = { lid: 'lid', reserve: 'reserve', 'niet-geloot': 'niet geloot' };
    for (const k of u.kansen) {
      const tr = document.createElement('tr');
      tr.className = 'utrecht-table__row';
      [k.id, procent.format(k.kans), k.uitkomst === 'reserve' ? `reserve ${k.reserveNummer}` : uitkomsten[k.uitkomst]].forEach((t) => cel(tr, t));
      kansen.append(tr);
    }
    $('#categories').href = `/api/burgerberaad/${id}/categories.csv`;
    $('#respondents').href = `/api/burgerberaad/${id}/respondents.csv`;
    $('#opdracht').textContent = `burgerberaad select --categories categories.csv --respondents respondents.csv --size ${u.omvang} --seed ${u.seed} --time-limit 0`;
    $('#uitslag').hidden = false;
  }

  async function laad() {
    const antwoord = await fetch(`/api/burgerberaad/${id}`);
    if (!antwoord.ok) { $('#samenvatting').textContent = 'Dit burgerberaad bestaat niet.'; return; }
    beraad = await antwoord.json();
    document.title = `Burgerberaad: ${beraad.thema} — Participatie`;
    $('#titel').textContent = `Burgerberaad: ${beraad.thema}`;
    const wanneer = beraad.fase === 'aanmelden' || beraad.fase === 'voorbereiding'
      ? `Aanmelden kan tot ${datum.format(new Date(beraad.aanmeldenTot))}.`
      : beraad.fase === 'geloot' ? 'Het beraad is geloot.' : 'Het aanmelden is gesloten; de loting volgt.';
    $('#samenvatting').textContent = `${beraad.gebied}: ${beraad.omvang} leden en ${beraad.reserves} reserves, gekozen door loting. ${wanneer}`;
    if (beraad.seed !== null && beraad.seed !== undefined) {
      $('#seed').textContent = `De loting gebruikt seed ${beraad.seed}, bekendgemaakt op ${datum.format(new Date(beraad.seedBekendgemaaktOp))}: daarmee kan iedereen de loting nadoen.`;
      $('#seed').hidden = false;
    }
    if (beraad.fase === 'aanmelden' || beraad.fase === 'voorbereiding') toonFormulier();
    if (beraad.fase === 'geloot') await toonUitslag();
  }

  $('#aanmelden').addEventListener('submit', async (e) => {
    e.preventDefault();
    fout('');
    $('#bevestiging').hidden = true;
    const antwoorden = {};
    beraad.kenmerken.forEach((k, i) => {
      const gekozen = document.querySelector(`input[name="kenmerk-${i}"]:checked`);
      if (gekozen) antwoorden[k.naam] = gekozen.value;
    });
    const code = $('#code').value.trim();
    if (!code) { fout('Vul de aanmeldcode van uw brief in.'); $('#code').focus(); return; }
    const antwoord = await fetch(`/api/burgerberaad/${id}/aanmelding`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        code, naam: $('#naam').value, email: $('#email').value, telefoon: $('#telefoon').value,
        antwoorden, beschikbaarheid: $('#beschikbaarheid').value,
      }),
    });
    const inhoud = await antwoord.json().catch(() => ({}));
    if (antwoord.ok) {
      const b = $('#bevestiging');
      b.textContent = (inhoud.uitkomst === 'bijgewerkt' ? 'Uw aanmelding is bijgewerkt.' : 'Dank u wel, u bent aangemeld.') +
        ` Uw pseudoniem is ${inhoud.pseudoniem}: daarmee vindt u uw kans in de uitslag, zonder dat anderen uw naam zien.`;
      b.hidden = false;
      b.focus?.();
      return;
    }
    const redenen = inhoud.errors ? Object.values(inhoud.errors).flat() : [];
    fout(redenen.length ? redenen.join(' ') : (inhoud.detail || 'Uw aanmelding kon niet worden verwerkt. Probeer het opnieuw.'));
  });

  laad().catch(() => fout('Het burgerberaad kon niet worden geladen. Probeer het later opnieuw.'));
})();
