using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Domain;
using Participatie.Host.Features.Chat;
using Participatie.Workflows.Activities;
using Participatie.Host.Features.Werkstromen;

namespace Participatie.Host.Features.Uitdaagrecht;

/// <summary>
/// Tells the residents in their chat conversation how their uitdaagrecht request stands, through the outbox like
/// <see cref="NotifyResident"/> (only texts beheer approved are sent; the shipped workflow's texts come approved).
/// </summary>
[Activity("Participatie", "Uitdaagrecht", "Stuurt de bewoners een bericht over hun uitdaagrechtverzoek in hun chatgesprek.")]
public sealed class UitdaagrechtNotifyResident : Activity
{
    [Input(Description = "Het bericht. {referentie}, {taak}, {status}, {redenen}, {budget} en {ingangsdatum} worden ingevuld.", UIHint = "multiline")]
    public Input<string> Bericht { get; set; } = new();

    public override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var bericht = await context.GetAsync(Bericht);
        var verzoekId = UitdaagrechtVariabelen.Verzoek(context, Id);
        if (!string.IsNullOrWhiteSpace(bericht))
        {
            BewonerBerichtStap.Plaats(context, bericht, initiatiefId: null, async (db, ct) =>
            {
                var verzoek = await db.UitdaagrechtVerzoeken.SingleOrDefaultAsync(v => v.Id == verzoekId, ct);
                if (verzoek?.ConversationId is not { Length: > 0 } conversationId)
                {
                    return null;
                }

                var stap = UitdaagrechtStatusTeksten.Stap(verzoek.Status, "nl");
                return new BewonerBericht(conversationId, new InitiatiefMelding(verzoek.Referentie, verzoek.Taak, Vul(bericht, verzoek, stap), stap));
            });
        }

        context.Complete();
    }

    public static string Vul(string tekst, UitdaagrechtVerzoek verzoek, string stap)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        return tekst
            .Replace("{referentie}", verzoek.Referentie, StringComparison.Ordinal)
            .Replace("{taak}", verzoek.Taak, StringComparison.Ordinal)
            .Replace("{status}", stap, StringComparison.Ordinal)
            .Replace("{redenen}", string.Join(Environment.NewLine, verzoek.OntvankelijkheidRedenen.Select(r => "• " + r)), StringComparison.Ordinal)
            .Replace("{budget}", verzoek.OvergedragenBudget is { } b ? b.ToString("C0", nl) : "-", StringComparison.Ordinal)
            .Replace("{ingangsdatum}", verzoek.IngangsDatum is { } d ? d.ToString("d MMMM yyyy", nl) : "-", StringComparison.Ordinal);
    }
}
