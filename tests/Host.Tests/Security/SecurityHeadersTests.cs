using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Security;

/// <summary>Security headers on every kind of response; CSPs without inline code; uploads that cannot act as pages.</summary>
public sealed partial class SecurityHeadersTests(ParticipatieFactory factory) : IClassFixture<ParticipatieFactory>
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/login", false)]
    [InlineData("/login.js", false)]
    [InlineData("/site.css", false)]
    [InlineData("/app/taken", false)]           // a redirect to the login
    [InlineData("/app/taken", true)]            // the staff application's shell
    [InlineData("/rapporten/analyse", true)]
    [InlineData("/api/buurten", false)]         // 401
    [InlineData("/api/auth/me", true)]
    [InlineData("/health", false)]
    [InlineData("/bestaat-niet", false)]        // 404
    [InlineData("/chat", false)]
    [InlineData("/lib/webchat/webchat.js", false)]
    public async Task EveryResponse_HasTheSecurityHeaders(string path, bool signedIn)
    {
        var client = signedIn ? await factory.CreateStaffClientAsync("beleid") : factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", Header(response, "Permissions-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffApp_ScriptsAndStylesFromThisOriginOnly_NoFraming()
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var response = await client.GetAsync("/app/taken");

        var csp = Directives(Header(response, "Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("'self'", csp["script-src"]);
        // Styles: files from this origin, and the <style> CodeMirror creates with the nonce the shell hands it.
        var nonce = csp["style-src"].Split(' ').Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
        Assert.Equal($"'self' 'nonce-{nonce}'", csp["style-src"]);
        Assert.Contains($"<meta name=\"csp-nonce\" content=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Equal("'self'", csp["connect-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task LoginAndReports_StylesFromFilesOnly_NoNonce()
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var login = await client.GetAsync("/login");
        var report = await client.GetAsync("/rapporten/analyse");

        Assert.Equal("'self'", Directives(Header(login, "Content-Security-Policy"))["style-src"]);
        Assert.Equal("'self'", Directives(Header(report, "Content-Security-Policy"))["style-src"]);
    }

    [Fact]
    public async Task ChatPage_StylesAdmittedByAFreshNonceThatThePageHandsToWebChat()
    {
        var client = factory.CreateClient();

        var first = await client.GetAsync("/chat");
        var second = await client.GetAsync("/chat");

        var nonce = Directives(Header(first, "Content-Security-Policy"))["style-src"].Split(' ').Single(s => s.StartsWith("'nonce-", StringComparison.Ordinal))[7..^1];
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<meta name=\"csp-nonce\" content=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.NotEqual(Header(first, "Content-Security-Policy"), Header(second, "Content-Security-Policy"));
        Assert.True(nonce.Length >= 22, "at least 128 bits of nonce");
        Assert.Equal("no-store", first.Headers.CacheControl!.ToString());
        Assert.Equal("DENY", Header(first, "X-Frame-Options"));
    }

    [Fact]
    public async Task ChatPage_MayBeFramedByTheConfiguredOriginsOnly()
    {
        using var custom = new CustomFactory("Development", new Dictionary<string, string?>
        {
            ["DirectLine:AllowedOrigins:0"] = "https://www.maaswaarde.example",
            ["DirectLine:AllowedOrigins:1"] = "https://evil.example; script-src *",
        });
        var client = custom.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var chat = await client.GetAsync("/chat");
        var login = await client.GetAsync("/login");

        Assert.Equal("https://www.maaswaarde.example", Directives(Header(chat, "Content-Security-Policy"))["frame-ancestors"]);
        Assert.False(chat.Headers.Contains("X-Frame-Options"));
        Assert.Equal("'none'", Directives(Header(login, "Content-Security-Policy"))["frame-ancestors"]);
    }

    [Fact]
    public async Task ChatPage_IsNotServedUnfilledAsAStaticFile()
    {
        var response = await factory.CreateClient().GetAsync("/chat.html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/chat")]
    [InlineData("/app/taken")]
    [InlineData("/rapporten/analyse")]
    [InlineData("/rapporten/selectie")]
    [InlineData("/rapporten/voorstel")]
    [InlineData("/rapporten/advies")]
    public async Task Pages_HaveNoInlineScriptsStylesOrHandlers(string path)
    {
        var client = await factory.CreateStaffClientAsync("beleid");

        var html = await client.GetStringAsync(path);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(StyleElement(), html);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotMatch(EventHandler(), html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Uploads_ImagesInline_OtherTypesAsDownload_AllWithNosniffAndASandbox()
    {
        var chat = await DirectLineClient.StartAsync(factory.CreateClient());
        await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload", File("foto.png", "image/png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]));
        await chat.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload", File("brief.pdf", "application/pdf", "%PDF-1.4 <html><script>alert(1)</script>"u8.ToArray()));
        var urls = (await chat.PollAsync()).SelectMany(a => a["attachments"]?.AsArray() ?? []).ToDictionary(a => a!["contentType"]!.GetValue<string>(), a => new Uri(a!["contentUrl"]!.GetValue<string>()).PathAndQuery);

        var png = await chat.Http.GetAsync(urls["image/png"]);
        var pdf = await chat.Http.GetAsync(urls["application/pdf"]);

        Assert.Equal("nosniff", Header(png, "X-Content-Type-Options"));
        Assert.Equal("nosniff", Header(pdf, "X-Content-Type-Options"));
        Assert.Null(png.Content.Headers.ContentDisposition);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("sandbox", Header(png, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("'none'", Directives(Header(pdf, "Content-Security-Policy"))["default-src"]);
    }

    private static MultipartFormDataContent File(string name, string contentType, byte[] bytes)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", name);
        return content;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {(int)response.StatusCode} {response.RequestMessage!.RequestUri}");

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
