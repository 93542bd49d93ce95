namespace Participatie.Workflows.Http;

/// <summary>Sends SendHttpRequest's requests. The engine's <see cref="GuardedHttpSender"/> enforces an <see cref="HttpSendPolicy"/>.</summary>
public interface IWorkflowHttpSender
{
    /// <summary>Sends the request; throws <see cref="HttpSendRefusedException"/> when the policy refuses it or the response breaks a limit.</summary>
    Task<HttpSendResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken);
}
