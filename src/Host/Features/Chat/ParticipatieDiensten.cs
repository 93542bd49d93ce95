using Microsoft.EntityFrameworkCore;
using Participatie.Bot.Diensten;
using Participatie.Host.Data;
using Participatie.Host.Domain;
using Participatie.Host.Features.Initiatieven;
using Participatie.Host.Features.Regels;
using Hulpsoort = Participatie.Bot.Diensten.Hulpsoort;

namespace Participatie.Host.Features.Chat;

/// <summary>
/// The bot's window on the domain. The bot adapter is a singleton, so each call opens its own scope
/// (its own DbContext) rather than holding one across conversations.
/// </summary>
public sealed class ParticipatieDiensten(IServiceScopeFactory scopes, HulpsoortCatalogus catalogus) : IParticipatieDiensten
{
    private const int MaxKandidaten = 5;

    /// <summary>The Host's catalogue as the bot sees it: code, names and the words residents use.</summary>
    public IReadOnlyList<Hulpsoort> Hulpsoorten { get; } =
        [.. catalogus.Alle.Select(s => new Hulpsoort(s.Code, s.Naam, s.Synoniemen))];

    public async Task<IReadOnlyList<BuurtKandidaat>> ZoekBuurtenAsync(string postcodeOfNaam, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var tekst = postcodeOfNaam.Trim();
        var cijfers = new string(tekst.TakeWhile(char.IsAsciiDigit).ToArray());
        if (cijfers.Length == 4)
        {
            var perPostcode = await db.BuurtPostcodes.AsNoTracking().Where(p => p.Postcode4 == cijfers)
                .Select(p => new BuurtKandidaat(p.Buurt!.Code, p.Buurt.Naam, p.Buurt.Wijk!.Naam, p.Buurt.Wijk.Gemeente!.Naam))
                .Take(MaxKandidaten).ToListAsync(cancellationToken);
            return perPostcode;
        }

        // Names are few enough (a municipality has tens to hundreds of buurten) to rank in memory, typos included.
        var alle = await db.Buurten.AsNoTracking()
            .Select(b => new BuurtKandidaat(b.Code, b.Naam, b.Wijk!.Naam, b.Wijk.Gemeente!.Naam)).ToListAsync(cancellationToken);
        var gezocht = Normaliseer(tekst);
        return alle
            .Select(b => (Buurt: b, Score: Score(Normaliseer(b.Naam), gezocht)))
            .Where(x => x.Score < 3)
            .OrderBy(x => x.Score).ThenBy(x => x.Buurt.Naam, StringComparer.Ordinal)
            .Take(MaxKandidaten)
            .Select(x => x.Buurt)
            .ToList();
    }

    public async Task<InitiatiefAangemaakt> StartInitiatiefAsync(IntakeAanvraag aanvraag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<InitiatiefService>();
        var bijdrage = aanvraag.EigenBijdrage;
        var initiatief = await service.DienInAsync(new NieuwInitiatief(
            Titel: aanvraag.Titel,
            Omschrijving: aanvraag.Idee,
            BuurtCode: aanvraag.BuurtCode,
            Thema: ThemaHerkenning.Herken(aanvraag.Idee + " " + aanvraag.Titel),
            VoorWie: aanvraag.VoorWie,
            MetWie: aanvraag.MetWie,
            AantalDeelnemers: aanvraag.AantalBuurtgenoten,
            Hulp: aanvraag.Hulp,
            WilZelfUitvoeren: aanvraag.ZelfUitvoeren,
            GeraamdBudget: aanvraag.Begroting ?? 0,
            EigenBijdrageGeld: bijdrage.Contains(EigenBijdrageSoort.Geld) ? aanvraag.EigenBijdrageBedrag ?? 0 : 0,
            EigenBijdrageUren: bijdrage.Contains(EigenBijdrageSoort.Tijd) ? Math.Max(1, aanvraag.AantalBuurtgenoten) * 4 : 0,
            EigenBijdrageMaterialen: bijdrage.Contains(EigenBijdrageSoort.Materialen),
            StartDatum: aanvraag.Startdatum.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Naam: aanvraag.Naam,
            Email: aanvraag.Email,
            Telefoon: aanvraag.Telefoon,
            Postcode: aanvraag.Postcode,
            ConversationId: aanvraag.Gesprek.Conversation?.Id,
            Idempotentiesleutel: aanvraag.Idempotentiesleutel), cancellationToken);
        return new InitiatiefAangemaakt(initiatief.Referentie, InitiatiefStatusTeksten.Stap(initiatief.Status, aanvraag.Taal));
    }

    public async Task<IReadOnlyCollection<OndersteuningsGegeven>> BenodigdeGegevensAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<IOndersteuningsBeoordelaar>().BenodigdeGegevens;
    }

    public async Task<OndersteuningsAdvies> BeoordeelOndersteuningAsync(OndersteuningsVraag vraag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOndersteuningsBeoordelaar>().BeoordeelAsync(vraag, cancellationToken);
    }

    public async Task<IReadOnlyList<InitiatiefOverzicht>> ZoekInitiatievenAsync(InitiatiefZoekvraag vraag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var referenties = vraag.Referenties.Select(r => r.Trim().ToUpperInvariant()).ToList();
        var gesprek = vraag.GesprekId;

        // A resident sees only the initiatives started in this conversation: a guessed reference number reveals nothing
        // of someone else's initiative (title and status included). Named numbers narrow the list.
        var rijen = await db.Initiatieven.AsNoTracking()
            .Where(i => gesprek != null && i.ConversationId == gesprek && (referenties.Count == 0 || referenties.Contains(i.Referentie)))
            .OrderByDescending(i => i.Id)
            .Take(20)
            .Select(i => new { i.Referentie, i.Titel, i.Status, Laatst = i.StatusHistorie.Max(h => (DateTime?)h.Op) })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new InitiatiefOverzicht(
            r.Referentie, r.Titel, InitiatiefStatusTeksten.Stap(r.Status, vraag.Taal),
            r.Laatst is null ? null : new DateTimeOffset(DateTime.SpecifyKind(r.Laatst.Value, DateTimeKind.Utc)))).ToList();
    }

    public async Task<IntrekResultaat> TrekInitiatiefInAsync(IntrekVerzoek verzoek, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipatieDbContext>();
        var referentie = verzoek.Referentie.Trim().ToUpperInvariant();

        // The reference number alone is not enough: a resident withdraws only what they started in this conversation.
        var initiatief = await db.Initiatieven.AsNoTracking()
            .Where(i => i.Referentie == referentie && verzoek.GesprekId != null && i.ConversationId == verzoek.GesprekId)
            .Select(i => new { i.Id })
            .SingleOrDefaultAsync(cancellationToken);
        if (initiatief is null)
        {
            return IntrekResultaat.NietGevonden;
        }

        var ingetrokken = await scope.ServiceProvider.GetRequiredService<InitiatiefRoutering>()
            .TrekInAsync(initiatief.Id, "bewoner", "Ingetrokken door de bewoner via de chat.", cancellationToken);
        return ingetrokken ? IntrekResultaat.Ingetrokken : IntrekResultaat.NietMogelijk;
    }


    private static string Normaliseer(string naam) =>
        new(naam.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsLetterOrDigit(c)).ToArray());

    /// <summary>0 exact, 1 prefix, 2 contained or within two typos, 3 no match.</summary>
    private static int Score(string naam, string gezocht)
    {
        if (gezocht.Length == 0)
        {
            return 3;
        }

        if (naam == gezocht)
        {
            return 0;
        }

        if (naam.StartsWith(gezocht, StringComparison.Ordinal))
        {
            return 1;
        }

        if ((gezocht.Length >= 4 && naam.Contains(gezocht, StringComparison.Ordinal)) || Participatie.Bot.Recognizers.EditDistance.Between(naam, gezocht) <= Math.Min(2, gezocht.Length / 4))
        {
            return 2;
        }

        return 3;
    }
}
