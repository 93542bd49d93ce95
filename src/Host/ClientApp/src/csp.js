// The nonce this page's Content-Security-Policy admits run-time <style> elements by. The server writes it into the shell
// for each response; the unfilled placeholder (the shell fetched as a plain file) means there is none.
const waarde = document.querySelector('meta[name="csp-nonce"]')?.content;

export const cspNonce = waarde && !waarde.startsWith('{{') ? waarde : undefined;
