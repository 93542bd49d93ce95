using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Participatie.Host.DirectLine;

namespace Participatie.Host.Security;

/// <summary>
/// Security headers on every response, static files and error pages included (set when the response starts).
/// <list type="bullet">
/// <item>Staff pages, the login form, the reports and the API: a Content-Security-Policy that allows scripts and styles
/// from this origin only, no inline code, nothing from elsewhere, and no framing. The staff application's shell adds a
/// per-response nonce for the &lt;style&gt; elements its rule editors (CodeMirror) create.</item>
/// <item>The residents' chat page (<c>/chat</c>): the same, except that Bot Framework Web Chat writes its styles into
/// &lt;style&gt; elements at run time (emotion). Those carry a per-response nonce (Web Chat's <c>nonce</c> option), so
/// no 'unsafe-inline' is needed; images may also be <c>data:</c>/<c>blob:</c> (previews of a photo being sent), and the
/// WebSocket goes to this host. Sites listed in <c>DirectLine:AllowedOrigins</c> may frame the chat; nobody else.</item>
/// <item>Uploaded files (<c>/v3/directline/attachments</c>): no active content at all (<c>sandbox</c>).</item>
/// </list>
/// Everywhere: nosniff, a referrer policy that never leaks paths to other sites (and still lets same-origin POSTs carry
/// their Origin, which the CSRF check reads), and camera, microphone and geolocation switched off.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<DirectLineOptions> directLine)
{
    public const string ChatPath = "/chat";
    public const string AttachmentsPath = "/v3/directline/attachments";
    private const string NonceKey = "participatie.csp-nonce";

    private const string StaffBeforeStyles = "default-src 'self'; script-src 'self'; style-src 'self'";

    private const string StaffAfterStyles =
        "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private const string Attachment = "default-src 'none'; sandbox; frame-ancestors 'none'";

    private readonly string chatFrameAncestors = FrameAncestors(directLine.Value.AllowedOrigins);

    /// <summary>The nonce of this response's chat page, for the &lt;style&gt; elements Web Chat creates.</summary>
    public static string CspNonce(HttpContext context)
    {
        if (context.Items[NonceKey] is not string nonce)
        {
            context.Items[NonceKey] = nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        }

        return nonce;
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            var path = context.Request.Path;
            if (path.Equals(ChatPath, StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ChatPolicy(context);
                if (chatFrameAncestors == "'none'")
                {
                    headers.XFrameOptions = "DENY";
                }
            }
            else
            {
                headers.ContentSecurityPolicy = path.StartsWithSegments(AttachmentsPath, StringComparison.OrdinalIgnoreCase) ? Attachment : StaffPolicy(context);
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// The staff application's shell asks for a nonce (<see cref="CspNonce"/>): its rule editors (CodeMirror) write their
    /// styles into a &lt;style&gt; element at run time and are given the nonce. Other pages get none.
    /// </summary>
    private static string StaffPolicy(HttpContext context) =>
        context.Items[NonceKey] is string nonce
            ? $"{StaffBeforeStyles} 'nonce-{nonce}'{StaffAfterStyles}"
            : StaffBeforeStyles + StaffAfterStyles;

    private string ChatPolicy(HttpContext context)
    {
        // 'self' covers ws:/wss: to this host in current browsers; naming them keeps older ones working.
        var host = context.Request.Host.Value;
        return $"default-src 'self'; script-src 'self'; style-src 'self' 'nonce-{CspNonce(context)}'; img-src 'self' data: blob:; " +
            $"media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' wss://{host} ws://{host}; " +
            $"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors {chatFrameAncestors}";
    }

    /// <summary>Only well-formed origins make it into the header; anything else in configuration is left out.</summary>
    private static string FrameAncestors(IEnumerable<string> origins)
    {
        var valid = origins
            .Select(o => Uri.TryCreate(o.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.GetLeftPart(UriPartial.Authority) : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return valid.Count == 0 ? "'none'" : string.Join(' ', valid);
    }
}
