// Signs in through the API and goes back to the page that asked for a login. The server decides where that may be
// (a path on this site only), so a crafted ReturnUrl such as /\evil.example cannot send the browser elsewhere.
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fout = document.getElementById('fout');
  fout.textContent = '';
  const body = {
    username: event.target.username.value,
    password: event.target.password.value,
    returnUrl: new URLSearchParams(location.search).get('ReturnUrl'),
  };
  const response = await fetch('/api/auth/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    fout.textContent = problem.detail || 'Inloggen is niet gelukt.';
    return;
  }
  const { doorsturen } = await response.json();
  location.assign(doorsturen || '/app/taken');
});
