namespace Participatie.Host.Features.Analyse;

/// <summary>Dutch wording of a <see cref="Samenhang"/>, the same in reports and exports.</summary>
public static class Oordelen
{
    public static string Tekst(Samenhang samenhang) => samenhang switch
    {
        Samenhang.Beter => "gaat samen met betere uitkomst",
        Samenhang.Slechter => "gaat samen met slechtere uitkomst",
        Samenhang.Onzeker => "onzeker",
        _ => "te weinig gevallen",
    };
}
