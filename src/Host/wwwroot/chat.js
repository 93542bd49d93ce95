// Starts the official Bot Framework Web Chat against this server's Direct Line endpoint.
// A resident is anonymous: the page asks our own back end for a short-lived token bound to one conversation.
(async function () {
  const fout = document.getElementById('chat-fout');
  // The page's Content-Security-Policy admits run-time <style> elements by this nonce (fresh for each response).
  const nonce = document.querySelector('meta[name="csp-nonce"]')?.content;
  // Web Chat 4.18 passes its nonce to its own styles but not to the transcript's scroller (react-scroll-to-bottom),
  // whose <style> the policy would block. So every <style> the page's own scripts create gets the nonce; markup
  // injected into the page still cannot add styles.
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (tagName, options) {
    const element = createElement.call(this, tagName, options);
    if (nonce && String(tagName).toLowerCase() === 'style') element.setAttribute('nonce', nonce);
    return element;
  };
  const english = (navigator.language || '').toLowerCase().startsWith('en');
  try {
    const response = await fetch('/api/chat/token', { method: 'POST', headers: { 'Accept-Language': english ? 'en-US' : 'nl-NL' } });
    if (!response.ok) throw new Error('token ' + response.status);
    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: window.location.origin + '/v3/directline',
      webSocket: true,
    });
    window.WebChat.renderWebChat({
      directLine,
      nonce,
      locale: english ? 'en-US' : 'nl-NL',
      styleOptions: {
        accent: '#154273',
        botAvatarInitials: 'GM',
        userAvatarInitials: 'U',
        hideUploadButton: false,
        suggestedActionLayout: 'flow',
        primaryFont: 'inherit',
      },
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  } catch (error) {
    fout.textContent = english
      ? 'The chat could not be started. Please try again later.'
      : 'De chat kon niet worden gestart. Probeer het later opnieuw.';
    fout.hidden = false;
    console.error(error);
  }
})();
