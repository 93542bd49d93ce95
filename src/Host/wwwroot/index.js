// Shows who is signed in, so staff can see the login worked.
fetch('/api/auth/me', { credentials: 'same-origin' })
  .then(r => r.ok ? r.json() : null)
  .then(me => {
    if (!me) return;
    const p = document.getElementById('ingelogd');
    p.textContent = `Ingelogd als ${me.naam} (${me.rollen.join(', ')}).`;
    p.hidden = false;
  });
