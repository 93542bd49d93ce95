using System.Text.Json;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Participatie.Bot.Schema;
using Participatie.Host.Data;

namespace Participatie.Host.DirectLine;

/// <summary>
/// Attachments residents send (a photo of the spot): size and type limits, stored under the data
/// folder with unguessable names, served back so Web Chat can show them.
/// </summary>
public sealed class DirectLineUploads(DatabaseLocation location, IOptions<DirectLineOptions> options)
{
    public sealed record Result(Activity? Activity, IResult? Error);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task<Result> ReadAsync(string conversationId, HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Fail(StatusCodes.Status400BadRequest, "Stuur bestanden als multipart/form-data.");
        }

        var settings = options.Value;
        if (request.ContentLength > settings.MaxUploadBytes + DirectLineApi.MaxActivityBytes)
        {
            return TooLarge(settings);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The endpoint's body limit, counted while reading: a chunked upload has no Content-Length to check first.
            // Nothing has been written to the uploads folder yet.
            return TooLarge(settings);
        }

        Activity? activity = null;
        var attachments = new List<Attachment>();
        foreach (var file in form.Files)
        {
            // Direct Line clients send the activity itself as one more part.
            if (file.ContentType.StartsWith("application/vnd.microsoft.activity", StringComparison.OrdinalIgnoreCase) || file.Name == "activity")
            {
                await using var stream = file.OpenReadStream();
                activity = await JsonSerializer.DeserializeAsync<Activity>(stream, cancellationToken: ct);
                continue;
            }

            if (file.Length > settings.MaxUploadBytes)
            {
                return Fail(StatusCodes.Status413PayloadTooLarge, $"'{file.FileName}' is groter dan {Megabytes(settings.MaxUploadBytes)} MB.");
            }

            var contentType = file.ContentType.Split(';')[0].Trim().ToLowerInvariant();
            if (!settings.AllowedUploadTypes.Contains(contentType))
            {
                return Fail(StatusCodes.Status415UnsupportedMediaType, $"Bestandstype {contentType} wordt niet aangenomen; wel: {string.Join(", ", settings.AllowedUploadTypes)}.");
            }

            var extension = ContentTypes.Mappings.FirstOrDefault(m => m.Value == contentType).Key ?? ".bin";
            var name = Guid.NewGuid().ToString("N") + extension;
            var folder = Path.Combine(location.DataDirectory, "uploads", conversationId);
            Directory.CreateDirectory(folder);
            await using (var target = File.Create(Path.Combine(folder, name)))
            {
                await file.CopyToAsync(target, ct);
            }

            attachments.Add(new Attachment
            {
                ContentType = contentType,
                ContentUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline/attachments/{Uri.EscapeDataString(conversationId)}/{name}",
                Name = Path.GetFileName(file.FileName),
            });
        }

        if (attachments.Count == 0)
        {
            return Fail(StatusCodes.Status400BadRequest, "Er zat geen bestand bij de upload.");
        }

        activity ??= new Activity { Type = ActivityTypes.Message };
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = [.. activity.Attachments ?? [], .. attachments];
        return new Result(activity, null);
    }

    /// <summary>Serves an uploaded file. The name is a random GUID, so only who received the URL can fetch it.</summary>
    public static IResult ServeAsync(string conversationId, string file, DatabaseLocation location)
    {
        if (!IsSafeSegment(conversationId) || !IsSafeSegment(file))
        {
            return Results.NotFound();
        }

        var path = Path.Combine(location.DataDirectory, "uploads", conversationId, file);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        ContentTypes.TryGetContentType(path, out var contentType);
        contentType ??= "application/octet-stream";

        // Images Web Chat shows inline; anything else (a PDF, a file of a type allowed later) is a download, never a page
        // of this site. The response also gets nosniff and a sandboxing CSP (SecurityHeaders).
        return InlineTypes.Contains(contentType)
            ? Results.File(path, contentType)
            : Results.File(path, contentType, fileDownloadName: file);
    }

    private static readonly HashSet<string> InlineTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif", "image/webp" };

    private static bool IsSafeSegment(string segment) =>
        segment.Length is > 0 and < 100 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !segment.Contains("..", StringComparison.Ordinal);

    private static Result TooLarge(DirectLineOptions settings) =>
        Fail(StatusCodes.Status413PayloadTooLarge, $"Bestanden mogen samen hoogstens {Megabytes(settings.MaxUploadBytes)} MB zijn.");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    private static Result Fail(int status, string message) => new(null, DirectLineResponses.Error(status, "BadArgument", message));
}
