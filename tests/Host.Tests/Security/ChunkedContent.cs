using System.Net;
using System.Text;

namespace Participatie.Host.Tests.Security;

/// <summary>
/// A body of unknown length: HttpClient sends it with Transfer-Encoding: chunked and no Content-Length, so only a
/// limit counted on the stream can stop it. <paramref name="prefix"/>, then <paramref name="fillerBytes"/> times 'a',
/// then <paramref name="suffix"/>.
/// </summary>
internal sealed class ChunkedContent(string prefix, long fillerBytes, string suffix, string contentType) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes(prefix));
        var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
        for (var written = 0L; written < fillerBytes; written += chunk.Length)
        {
            await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, fillerBytes - written)));
            await stream.FlushAsync();
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(suffix));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    public static ChunkedContent Json(string prefix, long fillerBytes, string suffix)
    {
        var content = new ChunkedContent(prefix, fillerBytes, suffix, "application/json");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>
    /// multipart/form-data with <paramref name="files"/> file parts of <paramref name="fileBytes"/> bytes each, as one
    /// stream: each file is under a per-file limit, together they may not be.
    /// </summary>
    public static HttpContent Multipart(string fileContentType, long fileBytes, int files = 1)
    {
        const string boundary = "participatie-test-grens";
        string Head(int i) => $"--{boundary}\r\nContent-Disposition: form-data; name=\"file{i}\"; filename=\"foto{i}.png\"\r\nContent-Type: {fileContentType}\r\n\r\n";
        var parts = new List<HttpContent>();
        for (var i = 0; i < files; i++)
        {
            parts.Add(new ChunkedContent(Head(i), fileBytes, "\r\n", "part"));
        }

        var content = new Sequence(parts, $"--{boundary}--\r\n");
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        return content;
    }

    private sealed class Sequence(IReadOnlyList<HttpContent> parts, string end) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            foreach (var part in parts)
            {
                await part.CopyToAsync(stream, context);
            }

            await stream.WriteAsync(Encoding.UTF8.GetBytes(end));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public override string ToString() => contentType;
}
