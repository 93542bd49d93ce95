namespace Participatie.Burgerberaad.Model;

/// <summary>The volunteers in file order, with the header of the respondents file (the <c>id</c> column included).</summary>
public sealed record RespondentPool(IReadOnlyList<string> Headers, IReadOnlyList<Respondent> Respondents)
{
    /// <summary>The header of the id column (<c>id</c>).</summary>
    public const string IdHeader = "id";
}
