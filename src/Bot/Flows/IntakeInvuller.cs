using System.Globalization;
using Participatie.Bot.Diensten;
using Participatie.Bot.Recognizers;
using Participatie.Bot.Slots;

namespace Participatie.Bot.Flows;

/// <summary>
/// Puts the slots found in a message into the intake's answers, and says which answers changed (for the
/// "dit heb ik begrepen" message). The latest word wins: a resident may correct any answer at any time. Places
/// are resolved through the Host (<see cref="IParticipatieDiensten.ZoekBuurtenAsync"/>, which tolerates typos);
/// a place that is ambiguous or unknown is left for the place step, which offers a choice or asks again.
/// </summary>
internal sealed class IntakeInvuller(IParticipatieDiensten diensten)
{
    public async Task<IReadOnlyList<IntakeVeld>> VulAsync(
        IntakeState state, SlotResultaat resultaat, DateOnly vandaag, IntakeVraag? open, CancellationToken cancellationToken)
    {
        var gewijzigd = new List<IntakeVeld>();
        void Gewijzigd(IntakeVeld veld)
        {
            if (!gewijzigd.Contains(veld))
            {
                gewijzigd.Add(veld);
            }
        }

        var titelGezet = false;
        foreach (var slot in resultaat.Slots)
        {
            switch (slot.Soort)
            {
                case SlotSoort.Titel when state.Titel is null || resultaat.IsCorrectie:
                    state.Titel = slot.Waarde;
                    titelGezet = true;
                    Gewijzigd(IntakeVeld.Titel);
                    break;
                case SlotSoort.Startdatum:
                    var datum = DateOnly.ParseExact(slot.Waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (datum >= vandaag && datum <= vandaag.AddYears(3))
                    {
                        state.Startdatum = datum;
                        Gewijzigd(IntakeVeld.Startdatum);
                    }

                    break;
                case SlotSoort.Bedrag when open == IntakeVraag.EigenBijdrageBedrag:
                    state.EigenBijdrageBedrag = decimal.Parse(slot.Waarde, CultureInfo.InvariantCulture);
                    state.EigenBijdrageBedragGevraagd = true;
                    Gewijzigd(IntakeVeld.EigenBijdrage);
                    break;
                case SlotSoort.Bedrag:
                    state.Begroting = decimal.Parse(slot.Waarde, CultureInfo.InvariantCulture);
                    state.BegrotingGevraagd = true;
                    Gewijzigd(IntakeVeld.Begroting);
                    break;
                case SlotSoort.Aantal:
                    state.AantalBuurtgenoten = int.Parse(slot.Waarde, CultureInfo.InvariantCulture);
                    Gewijzigd(IntakeVeld.Aantal);
                    break;
                case SlotSoort.MetWie when state.MetWie is null || resultaat.IsCorrectie:
                    state.MetWie = slot.Waarde;
                    Gewijzigd(IntakeVeld.MetWie);
                    break;
                case SlotSoort.Contact:
                    if (slot.Waarde.Contains('@', StringComparison.Ordinal))
                    {
                        state.Email = slot.Waarde;
                        state.Telefoon = null;
                    }
                    else
                    {
                        state.Telefoon = slot.Waarde;
                        state.Email = null;
                    }

                    Gewijzigd(IntakeVeld.Contact);
                    break;
            }
        }

        var hulp = resultaat.Waarden(SlotSoort.Hulp).ToList();
        if (hulp.Count > 0)
        {
            // The resident named the kinds of help in their own words: no "anything else?" round on top.
            state.Hulp = resultaat.IsCorrectie ? hulp : [.. (state.Hulp ?? []).Union(hulp)];
            state.HulpAangevuld = true;
            Gewijzigd(IntakeVeld.Hulp);
        }

        if (await PlaatsAsync(state, resultaat, cancellationToken))
        {
            Gewijzigd(IntakeVeld.Plaats);
        }

        if (titelGezet && state.BuurtNaam is { } buurt && !state.Titel!.Contains(buurt, StringComparison.OrdinalIgnoreCase)
            && state.Titel.Length + buurt.Length < IntakeDialog.MaxTitleLength)
        {
            state.Titel = $"{state.Titel} {buurt}";
        }

        return gewijzigd;
    }

    /// <summary>Postcodes first (exact), then names; the first that gives one buurt (or an exact name) wins.</summary>
    private async Task<bool> PlaatsAsync(IntakeState state, SlotResultaat resultaat, CancellationToken cancellationToken)
    {
        var postcodes = resultaat.Waarden(SlotSoort.Postcode).ToList();
        var namen = resultaat.Waarden(SlotSoort.Plaats).ToList();
        if (postcodes.Count + namen.Count == 0)
        {
            return false;
        }

        string? dubbelzinnig = null;
        foreach (var (vraag, isPostcode) in postcodes.Select(p => (p, true)).Concat(namen.Select(n => (n, false))))
        {
            var kandidaten = await diensten.ZoekBuurtenAsync(vraag, cancellationToken);
            var exact = kandidaten.Where(k => TextNormalizer.Normalize(k.Naam) == TextNormalizer.Normalize(vraag)).ToList();
            var gekozen = kandidaten.Count == 1 ? kandidaten[0] : exact.Count == 1 ? exact[0] : null;
            if (gekozen is not null)
            {
                state.KiesBuurt(gekozen);
                state.Postcode = isPostcode ? vraag : null;
                state.PlaatsTekst = null;
                return true;
            }

            if (kandidaten.Count > 1)
            {
                dubbelzinnig ??= vraag;
            }
        }

        if (dubbelzinnig is null && state.BuurtCode is not null && !resultaat.IsCorrectie)
        {
            // A name we cannot place (a street, a square) next to a buurt we already know: keep the buurt.
            return false;
        }

        state.Wis(IntakeVeld.Plaats);
        state.PlaatsTekst = dubbelzinnig ?? postcodes.Concat(namen).First();
        return false;
    }
}
