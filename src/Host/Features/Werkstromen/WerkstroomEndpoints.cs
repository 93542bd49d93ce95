using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Participatie.Host.Domain;
using Participatie.Workflows;
using Participatie.Workflows.Http;
using Participatie.Workflows.Runtime;
using Participatie.Workflows.Triggers;

namespace Participatie.Host.Features.Werkstromen;

/// <summary>
/// <c>/workflows/{path}</c>: the HTTP endpoints of published workflows (<c>Elsa.HttpEndpoint</c> at their start). A
/// caller is a staff member (cookie) or a system with an API key (<c>X-Api-Key</c>, compared as a hash in constant
/// time); anonymous callers only reach endpoints that do not ask for authorisation, and only when beheer allows
/// anonymous endpoints at all. Refusals are problem details: 401 without a caller, 403 without the endpoint's role.
/// </summary>
public static partial class WerkstroomEndpoints
{
    public const string BasePath = "/workflows";
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Response headers a workflow may set; the rest (cookies, security headers, CORS) stays the Host's.</summary>
    private static readonly string[] AllowedResponseHeaders = ["Cache-Control", "Content-Disposition", "Content-Language", "Location", "ETag", "Last-Modified"];

    public static IEndpointRouteBuilder MapWerkstroomEndpoints(this IEndpointRouteBuilder app)
    {
        // The handler decides per endpoint who may call (staff role, API key, or anonymous when beheer allows it).
        app.Map(BasePath + "/{**path}", HandleAsync).AllowAnonymous().WithTags("Workflow endpoints").ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> HandleAsync(
        HttpContext http, string? path, WorkflowEngine engine, IOptions<WerkstroomHttpOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var match = await engine.Http.MatchAsync(http.Request.Method, path ?? "", ct);
        if (match.Trigger is not { } trigger)
        {
            return match.MethodNotAllowed
                ? TypedResults.Problem($"This workflow endpoint does not answer {http.Request.Method}.", statusCode: StatusCodes.Status405MethodNotAllowed)
                : TypedResults.Problem("No published workflow has this endpoint.", statusCode: StatusCodes.Status404NotFound);
        }

        var (caller, roles, badKey) = Caller(http, options.Value);
        if (badKey)
        {
            return TypedResults.Problem("The API key is not valid.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var needsCaller = trigger.Authorize || !options.Value.AllowAnonymousEndpoints || trigger.Policy is not null;
        if (needsCaller && caller is null)
        {
            return TypedResults.Problem($"Sign in as staff or send an API key in {ApiKeyHeader}.", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (trigger.Policy is { } role && !roles.Contains(role) && !roles.Contains(StaffRoles.Beheer))
        {
            return TypedResults.Problem($"This workflow endpoint is for the role {role}.", statusCode: StatusCodes.Status403Forbidden);
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var request = new HttpWorkflowRequest
        {
            Method = http.Request.Method,
            Path = WorkflowTriggerIndex.NormalizePath(path ?? ""),
            Query = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()),
            ContentType = http.Request.ContentType,
            Body = await reader.ReadToEndAsync(ct),
            Caller = caller,
        };
        var result = await engine.Http.RunAsync(trigger, request, ct);
        var instance = result.Run.Instance;
        http.Response.Headers["X-Workflow-Instance-Id"] = instance.Id;
        if (instance.SubStatus == WorkflowSubStatus.Faulted && result.Response is null)
        {
            LogFaulted(loggers.CreateLogger(typeof(WerkstroomEndpoints)), trigger.DefinitionId, instance.Id);
            return TypedResults.Problem($"The workflow failed; see instance {instance.Id}.", statusCode: StatusCodes.Status500InternalServerError);
        }

        if (result.Response is not { } response)
        {
            return TypedResults.Ok();
        }

        foreach (var (name, value) in response.Headers)
        {
            if (AllowedResponseHeaders.Contains(name, StringComparer.OrdinalIgnoreCase) || name.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Headers[name] = value;
            }
        }

        return TypedResults.Text(response.Body, response.ContentType, Encoding.UTF8, response.StatusCode);
    }

    /// <summary>Who calls: an API key (by its name) or a signed-in staff member; <c>badKey</c> when a key was sent that matches none.</summary>
    private static (string? Caller, IReadOnlyCollection<string> Roles, bool BadKey) Caller(HttpContext http, WerkstroomHttpOptions options)
    {
        if (http.Request.Headers.TryGetValue(ApiKeyHeader, out var sent) && sent.ToString() is { Length: > 0 } key)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            WerkstroomApiSleutel? found = null;
            // Every configured key is compared, each in constant time, so timing tells nothing about which or how much matched.
            foreach (var candidate in options.ApiKeys)
            {
                if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(candidate.Sha256)))
                {
                    found ??= candidate;
                }
            }

            return found is null
                ? (null, [], true)
                : ("api-key:" + found.Naam, found.Rol is { Length: > 0 } rol ? [rol] : [], false);
        }

        if (http.User.Identity?.IsAuthenticated == true)
        {
            var roles = StaffRoles.All.Where(http.User.IsInRole).ToList();
            if (roles.Count > 0)
            {
                return (http.User.Identity.Name, roles, false);
            }
        }

        return (null, [], false);
    }

    /// <summary>The SHA-256 hex to configure for an API key (for the docs' example and for tests).</summary>
    public static string HashApiKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow {DefinitionId} faulted on an HTTP request (instance {InstanceId})")]
    private static partial void LogFaulted(ILogger logger, string definitionId, string instanceId);
}
