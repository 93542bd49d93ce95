using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Model;
using Participatie.Host.Domain;

namespace Participatie.Host.Features.Burgerberaad;

/// <summary>
/// A beraad's quotas and volunteers as the Sortition Foundation stratification-app files (categories, respondents),
/// written by the engine's own writers. Respondents carry only the pseudonymous id and the feature values — no name,
/// no contact, no address — ordered by id so the file does not show the order of registration.
/// </summary>
public static class StratificatieBestanden
{
    public static string Categorieen(IEnumerable<BurgerberaadQuotum> quota)
    {
        var categories = new Categories(quota.OrderBy(q => q.Volgorde).Select(q => new Quota(q.Kenmerk, q.Waarde, q.Min, q.Max)));
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CategoriesCsv.Write(categories, writer);
        return writer.ToString();
    }

    public static string Respondenten(IEnumerable<BurgerberaadQuotum> quota, IEnumerable<BurgerberaadAanmelding> aanmeldingen)
    {
        var kenmerken = Kenmerken(quota);
        var headers = new List<string> { RespondentPool.IdHeader };
        headers.AddRange(kenmerken);
        var respondents = aanmeldingen.OrderBy(a => a.Pseudoniem, StringComparer.Ordinal)
            .Select(a => new Respondent(a.Pseudoniem, kenmerken.ToDictionary(k => k, k => a.Antwoorden.GetValueOrDefault(k, ""), StringComparer.Ordinal)))
            .ToList();
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        RespondentsCsv.Write(new RespondentPool(headers, respondents), writer);
        return writer.ToString();
    }

    /// <summary>The features in the order of their first quota line.</summary>
    public static List<string> Kenmerken(IEnumerable<BurgerberaadQuotum> quota) =>
        quota.OrderBy(q => q.Volgorde).Select(q => q.Kenmerk).Distinct(StringComparer.Ordinal).ToList();
}
