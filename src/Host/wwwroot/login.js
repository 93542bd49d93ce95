// Signs in through the API and goes back to the page that asked for a login (local paths only).
document.getElementById('login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const fout = document.getElementById('fout');
  fout.textContent = '';
  const body = { username: event.target.username.value, password: event.target.password.value };
  const response = await fetch('/api/auth/login', {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    fout.textContent = problem.detail || 'Inloggen is niet gelukt.';
    return;
  }
  const returnUrl = new URLSearchParams(location.search).get('ReturnUrl');
  location.href = returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/app/taken';
});
