using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// A staff session cookie held by hand, the way someone who copied it would hold it: the client does not follow
/// Set-Cookie, so a logout cannot take the cookie away from the test.
/// </summary>
internal sealed class StaffCookie
{
    private StaffCookie(HttpClient http, string cookie)
    {
        Http = http;
        Value = cookie;
    }

    public HttpClient Http { get; }

    /// <summary><c>participatie.auth=…</c>, as a Cookie header.</summary>
    public string Value { get; }

    public static async Task<StaffCookie> SignInAsync(ParticipatieFactory factory, string username, string password = "participatie-demo")
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var login = await http.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.True(login.StatusCode == HttpStatusCode.OK, $"sign-in as {username}: {(int)login.StatusCode} {await login.Content.ReadAsStringAsync()}");
        return new StaffCookie(http, FromSetCookie(login));
    }

    public static string FromSetCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("participatie.auth=", StringComparison.Ordinal));

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? origin = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", Value);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return Http.SendAsync(request);
    }
}
