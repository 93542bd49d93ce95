using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Chat;

namespace Participatie.Host.Features.Uitwisseling;

/// <summary>
/// Puts two initiators in touch, only with both consents given in their own chats, and invites initiators of a
/// theme to an uitwisselmoment. Contact details leave the database only in the two messages sent after both said yes
/// (docs/privacy.md). Every message goes through the outbox in the transaction that records the consent.
/// </summary>
public sealed class UitwisselingService(ParticipatieDbContext db, UitgaandeBerichten outbox, BerichtSjablonen sjablonen, UitwisselingTeksten teksten, TimeProvider clock)
{
    public const string CodePrefix = "CV-";

    public sealed record Uitnodigingen(Uitwisselmoment Moment, int Uitgenodigd, int AfgemeldOfZonderChat);

    /// <summary>The initiator of <paramref name="van"/> consents and asks; the initiator of <paramref name="naar"/> is asked in their chat.</summary>
    public async Task<(ContactAanvraagResultaat Resultaat, ContactVerzoek? Verzoek)> VraagAanAsync(Initiatief van, Initiatief naar, string door, CancellationToken ct)
    {
        if (van.Id == naar.Id || naar.ConversationId is not { Length: > 0 } || await IsAfgemeldAsync(naar.Id, ct) || await IsAfgemeldAsync(van.Id, ct)
            || naar.Status is InitiatiefStatus.Ingetrokken || naar.Bewoner?.GewistOp is not null)
        {
            return (ContactAanvraagResultaat.NietMogelijk, null);
        }

        var bestaand = await db.ContactVerzoeken.AnyAsync(c => c.VanInitiatiefId == van.Id && c.NaarInitiatiefId == naar.Id
            && (c.Status == ContactVerzoekStatus.WachtOpAnder || c.Status == ContactVerzoekStatus.Gedeeld), ct);
        if (bestaand)
        {
            return (ContactAanvraagResultaat.AlGevraagd, null);
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var verzoek = new ContactVerzoek
        {
            VanInitiatiefId = van.Id,
            NaarInitiatiefId = naar.Id,
            AangevraagdDoor = door,
            AangevraagdOp = nu,
            ToestemmingVanOp = nu,
            Status = ContactVerzoekStatus.WachtOpAnder,
        };
        db.ContactVerzoeken.Add(verzoek);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var code = Code(verzoek.Id);
        var wijk = await WijkNaamAsync(van.BuurtId, ct);
        var id = await PlaatsAsync(naar.ConversationId, naar.Referentie, naar.Titel, naar.Id, UitwisselingTeksten.Contactverzoek,
            new() { ["wijk"] = wijk, ["andertitel"] = van.Titel, ["titel"] = naar.Titel, ["code"] = code }, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await outbox.BezorgAsync(id, ct);
        return (ContactAanvraagResultaat.Gevraagd, verzoek);
    }

    /// <summary>The other initiator answers, only from the conversation of their initiative. After both yes, each gets the other's details.</summary>
    public async Task<ContactAntwoordResultaat> BeantwoordAsync(int verzoekId, string? conversationId, bool ja, CancellationToken ct)
    {
        var verzoek = await db.ContactVerzoeken
            .Include(c => c.VanInitiatief!).ThenInclude(i => i.Bewoner)
            .Include(c => c.NaarInitiatief!).ThenInclude(i => i.Bewoner)
            .SingleOrDefaultAsync(c => c.Id == verzoekId, ct);
        if (verzoek is null || conversationId is null || verzoek.NaarInitiatief!.ConversationId != conversationId)
        {
            return ContactAntwoordResultaat.NietGevonden;
        }

        if (verzoek.Status != ContactVerzoekStatus.WachtOpAnder)
        {
            return ContactAntwoordResultaat.AlBeantwoord;
        }

        var nu = clock.GetUtcNow().UtcDateTime;
        var van = verzoek.VanInitiatief!;
        var naar = verzoek.NaarInitiatief!;
        var berichten = new List<string>();
        if (!ja)
        {
            (verzoek.Status, verzoek.GeweigerdOp) = (ContactVerzoekStatus.Geweigerd, nu);
            if (van.ConversationId is { Length: > 0 } vanGesprek)
            {
                berichten.Add(await PlaatsAsync(vanGesprek, van.Referentie, van.Titel, van.Id, UitwisselingTeksten.Geweigerd,
                    new() { ["titel"] = van.Titel, ["andertitel"] = naar.Titel }, ct));
            }
        }
        else
        {
            (verzoek.Status, verzoek.ToestemmingNaarOp, verzoek.GedeeldOp) = (ContactVerzoekStatus.Gedeeld, nu, nu);
            // Each gets the other's details, in their own conversation: never more than name, email and phone.
            if (van.ConversationId is { Length: > 0 } vanGesprek)
            {
                berichten.Add(await PlaatsAsync(vanGesprek, van.Referentie, van.Titel, van.Id, UitwisselingTeksten.Gedeeld,
                    new() { ["titel"] = van.Titel, ["andertitel"] = naar.Titel, ["gegevens"] = Gegevens(naar) }, ct));
            }

            if (naar.ConversationId is { Length: > 0 } naarGesprek)
            {
                berichten.Add(await PlaatsAsync(naarGesprek, naar.Referentie, naar.Titel, naar.Id, UitwisselingTeksten.Gedeeld,
                    new() { ["titel"] = naar.Titel, ["andertitel"] = van.Titel, ["gegevens"] = Gegevens(van) }, ct));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ContactAntwoordResultaat.AlBeantwoord;
        }

        foreach (var id in berichten)
        {
            await outbox.BezorgAsync(id, ct);
        }

        return ja ? ContactAntwoordResultaat.Gedeeld : ContactAntwoordResultaat.Geweigerd;
    }

    /// <summary>Either initiator withdraws consent (from the conversation of their initiative). A pending request stops; shared details cannot be unsent, but nothing more is shared.</summary>
    public async Task<bool> TrekInAsync(int verzoekId, string? conversationId, CancellationToken ct)
    {
        var verzoek = await db.ContactVerzoeken.Include(c => c.VanInitiatief).Include(c => c.NaarInitiatief).SingleOrDefaultAsync(c => c.Id == verzoekId, ct);
        if (verzoek is null || conversationId is null
            || (verzoek.VanInitiatief!.ConversationId != conversationId && verzoek.NaarInitiatief!.ConversationId != conversationId)
            || verzoek.Status is ContactVerzoekStatus.Ingetrokken or ContactVerzoekStatus.Geweigerd)
        {
            return false;
        }

        (verzoek.Status, verzoek.IngetrokkenOp) = (ContactVerzoekStatus.Ingetrokken, clock.GetUtcNow().UtcDateTime);
        verzoek.IngetrokkenDoor = verzoek.VanInitiatief!.ConversationId == conversationId ? "aanvrager" : "gevraagde";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Plans the meeting and invites, in the chat, the initiators of the theme's initiatives who did not opt out.</summary>
    public async Task<Uitnodigingen> PlanAsync(Thema thema, DateTime datum, string plaats, string? omschrijving, string door, CancellationToken ct)
    {
        var afgemeld = await db.UitwisselingAfmeldingen.Select(a => a.InitiatiefId).ToListAsync(ct);
        var kandidaten = await db.Initiatieven
            .Where(i => i.Thema == thema && i.Status != InitiatiefStatus.Ingetrokken && i.Status != InitiatiefStatus.Afgewezen)
            .Select(i => new { i.Id, i.Referentie, i.Titel, i.ConversationId })
            .ToListAsync(ct);
        var uitgenodigd = kandidaten.Where(k => k.ConversationId is { Length: > 0 } && !afgemeld.Contains(k.Id)).ToList();
        var moment = new Uitwisselmoment
        {
            Thema = thema,
            Datum = DateTime.SpecifyKind(datum, DateTimeKind.Utc),
            Plaats = plaats.Trim(),
            Omschrijving = string.IsNullOrWhiteSpace(omschrijving) ? null : omschrijving.Trim(),
            GeplandDoor = door,
            GeplandOp = clock.GetUtcNow().UtcDateTime,
            UitgenodigdeInitiatieven = uitgenodigd.Select(u => u.Id).ToList(),
            NietUitgenodigd = kandidaten.Count - uitgenodigd.Count,
        };
        db.Uitwisselmomenten.Add(moment);
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var en = CultureInfo.GetCultureInfo("en-GB");
        var berichten = new List<string>();
        // One initiator with several initiatives in one conversation gets one invitation.
        foreach (var groep in uitgenodigd.GroupBy(u => u.ConversationId!))
        {
            var eerste = groep.First();
            var engels = await IsEngelsAsync(groep.Key, ct);
            berichten.Add(await PlaatsAsync(groep.Key, eerste.Referentie, eerste.Titel, eerste.Id, UitwisselingTeksten.Uitnodiging, new()
            {
                ["titel"] = eerste.Titel,
                ["thema"] = ThemaNaam(thema, engels),
                ["datum"] = moment.Datum.ToString("dddd d MMMM yyyy, HH:mm", engels ? en : nl),
                ["plaats"] = moment.Plaats,
                ["omschrijving"] = moment.Omschrijving,
            }, ct));
        }

        await db.SaveChangesAsync(ct);
        foreach (var id in berichten)
        {
            await outbox.BezorgAsync(id, ct);
        }

        return new Uitnodigingen(moment, uitgenodigd.Count, kandidaten.Count - uitgenodigd.Count);
    }

    /// <summary>Staff-typed text reaches residents only without links to domains that are not allowed.</summary>
    public IReadOnlyList<string> VerbodenLinks(string tekst) => sjablonen.VerbodenLinks(tekst);

    public async Task<int> ZetAfmeldingAsync(string conversationId, bool meedoen, CancellationToken ct)
    {
        var ids = await db.Initiatieven.Where(i => i.ConversationId == conversationId).Select(i => i.Id).ToListAsync(ct);
        var bestaand = await db.UitwisselingAfmeldingen.Where(a => ids.Contains(a.InitiatiefId)).ToListAsync(ct);
        if (meedoen)
        {
            db.UitwisselingAfmeldingen.RemoveRange(bestaand);
        }
        else
        {
            var nu = clock.GetUtcNow().UtcDateTime;
            foreach (var id in ids.Where(id => bestaand.All(a => a.InitiatiefId != id)))
            {
                db.UitwisselingAfmeldingen.Add(new UitwisselingAfmelding { InitiatiefId = id, AfgemeldOp = nu });
            }
        }

        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    public static string Code(int id) => CodePrefix + id.ToString(CultureInfo.InvariantCulture);

    public static string ThemaNaam(Thema thema, bool engels) => (thema, engels) switch
    {
        (Thema.Ontmoeting, false) => "ontmoeting",
        (Thema.Ontmoeting, true) => "meeting people",
        (Thema.Groen, false) => "groen",
        (Thema.Groen, true) => "green spaces",
        (Thema.Spelen, false) => "spelen",
        (Thema.Spelen, true) => "play",
        (Thema.Veiligheid, false) => "veiligheid",
        (Thema.Veiligheid, true) => "safety",
        (Thema.Cultuur, false) => "cultuur",
        (Thema.Cultuur, true) => "culture",
        (Thema.Sport, false) => "sport",
        (Thema.Sport, true) => "sports",
        (Thema.Zorg, false) => "zorg",
        (Thema.Zorg, true) => "care",
        (Thema.Duurzaamheid, false) => "duurzaamheid",
        (Thema.Duurzaamheid, true) => "sustainability",
        (_, false) => "andere onderwerpen",
        (_, true) => "other subjects",
    };

    /// <summary>Never more than name, email and phone.</summary>
    private static string Gegevens(Initiatief ander)
    {
        var b = ander.Bewoner;
        return string.Join(", ", new[] { b?.Naam, b?.Email, b?.Telefoon }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    /// <summary>
    /// Places one message in the outbox (in <see cref="db"/>, saved by the caller's transaction) from the template in
    /// force in the conversation's language: an approved template goes out, any other waits for beheer (docs/privacy.md).
    /// </summary>
    private async Task<string> PlaatsAsync(string conversationId, string referentie, string titel, int initiatiefId, string bericht,
        Dictionary<string, string?> waarden, CancellationToken ct)
    {
        var (tekst, herkomst) = teksten.Sjabloon(bericht, await IsEngelsAsync(conversationId, ct));
        var sjabloon = await sjablonen.VindOfStelVoorAsync(db, tekst, herkomst, ct);
        return outbox.PlaatsChat(db, conversationId, new InitiatiefMelding(referentie, titel, UitwisselingTeksten.Vul(tekst, waarden)), initiatiefId, null, null, sjabloon);
    }

    private Task<bool> IsAfgemeldAsync(int initiatiefId, CancellationToken ct) => db.UitwisselingAfmeldingen.AnyAsync(a => a.InitiatiefId == initiatiefId, ct);

    private async Task<string> WijkNaamAsync(int buurtId, CancellationToken ct) =>
        await db.Buurten.Where(b => b.Id == buurtId).Select(b => b.Wijk!.Naam).SingleOrDefaultAsync(ct) ?? "";

    private async Task<bool> IsEngelsAsync(string conversationId, CancellationToken ct) =>
        (await db.ChatConversations.Where(c => c.Id == conversationId).Select(c => c.Locale).SingleOrDefaultAsync(ct))?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
}
