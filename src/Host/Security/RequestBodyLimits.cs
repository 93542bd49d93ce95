using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using KestrelServerOptions = Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions;
using Microsoft.Extensions.Options;
using Participatie.Host.Options;

namespace Participatie.Host.Security;

/// <summary>
/// Request body limits enforced on the stream, chunked or not. Kestrel counts the bytes it hands to the application
/// and stops at <c>IHttpMaxRequestBodySizeFeature.MaxRequestBodySize</c>; a Content-Length check alone misses chunked
/// bodies. The server-wide default (<c>Participatie:MaxRequestBodyBytes</c>, 1 MB) covers every JSON API; endpoints that
/// need another limit declare it as <see cref="IRequestSizeLimitMetadata"/>, which ASP.NET Core's endpoint routing
/// applies to the request before the endpoint runs.
/// </summary>
public static class RequestBodyLimits
{
    public const long DefaultMaxBytes = 1024 * 1024;

    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ParticipatieOptions>>((kestrel, options) =>
            kestrel.Limits.MaxRequestBodySize = options.Value.MaxRequestBodyBytes);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    /// <summary>Declares the largest body this endpoint reads; the server refuses more with 413 while reading.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(maxBytes));

    /// <summary>
    /// A body over the limit (or a malformed one) surfaces as <see cref="BadHttpRequestException"/> wherever the endpoint
    /// reads it. It is the client's error: answer with its status (413, 400) as ProblemDetails instead of a 500.
    /// </summary>
    internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
            {
                return false;
            }

            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails =
                {
                    Status = bad.StatusCode,
                    Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                        ? "Het verzoek is groter dan dit adres aanneemt."
                        : "Het verzoek kon niet worden gelezen.",
                },
            });
        }
    }
}
