namespace Participatie.Workflows.Http;

/// <summary>Where WriteHttpResponse leaves the response to the request that started the burst; the Host writes it out.</summary>
public sealed class HttpResponseSlot
{
    public HttpWorkflowResponse? Response { get; set; }
}
