namespace Participatie.Host.Security;

/// <summary>
/// CSRF defence for the staff cookie. SameSite=Strict keeps the cookie off requests from other sites, but not off
/// requests from another origin on the same site (another subdomain), and it is one browser setting deep. So every
/// state-changing request (POST, PUT, PATCH, DELETE) that carries the staff cookie — and the sign-in itself, which would
/// otherwise let another site sign the browser in as someone else — must say, by the headers browsers set and pages
/// cannot forge, that it comes from this origin:
/// <list type="bullet">
/// <item><c>Sec-Fetch-Site</c> when the browser sends it: <c>same-origin</c> (or <c>none</c>, a user's own action);
/// <c>same-site</c> and <c>cross-site</c> are refused;</item>
/// <item>otherwise <c>Origin</c>, which must be this host's own origin (<c>null</c> is refused);</item>
/// <item>neither header: not a browser (scripts, the test client) or one too old to send them, where SameSite=Strict
/// still applies. Allowed.</item>
/// </list>
/// Refused requests get 403 (ProblemDetails) before any endpoint runs, so nothing changes. Requests without the cookie —
/// the chat's Direct Line calls with their bearer token, a municipal site fetching a chat token — are not touched: the
/// cookie is what a forged request would abuse.
/// </summary>
public sealed class SameOriginRequests(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var applies = (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
            && (request.Cookies.ContainsKey(StaffSessions.CookieName) || context.GetEndpoint()?.Metadata.GetMetadata<SameOriginOnly>() is not null);
        if (!applies || IsSameOrigin(request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Verzoek van een andere website geweigerd",
                Detail = "Dit verzoek komt niet van deze website en is daarom niet uitgevoerd. Open Participatie zelf en probeer het daar opnieuw.",
            },
        });
    }

    public static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
        }

        return true;
    }

    /// <summary>Endpoint metadata: the Origin check applies even without the cookie (the sign-in).</summary>
    public sealed class SameOriginOnly;
}

public static class SameOriginRequestsExtensions
{
    /// <summary>Refuses state-changing requests to this endpoint from another origin, cookie or not.</summary>
    public static TBuilder RequireSameOrigin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SameOriginRequests.SameOriginOnly());
}
