namespace Participatie.Host.Domain;

/// <summary>
/// An earlier or running participation intervention, recorded so the programme can learn what worked
/// (seed 000: "analyse van de succesfactoren en leerpunten van eerdere en lopende interventies").
/// </summary>
public class Interventie
{
    public int Id { get; set; }
    public required string Titel { get; set; }
    public int BuurtId { get; set; }
    public Buurt? Buurt { get; set; }
    public Thema Thema { get; set; }
    public string? Doel { get; set; }
    public string? Aanpak { get; set; }

    /// <summary>Parties involved, e.g. "gemeente, Woonstichting Maasoever, huurdersvereniging".</summary>
    public string? Partijen { get; set; }

    public DateTime StartDatum { get; set; }
    public DateTime? EindDatum { get; set; }

    /// <summary>Residents reached.</summary>
    public int Bereik { get; set; }

    /// <summary>Outcome on a 1 (failed) to 5 (very successful) scale; null while running and not yet judged.</summary>
    public int? Uitkomst { get; set; }

    /// <summary>Coded factors that helped (see <see cref="InterventieFactor"/>).</summary>
    public List<string> Succesfactoren { get; set; } = [];

    /// <summary>Coded factors that hindered (see <see cref="InterventieFactor"/>).</summary>
    public List<string> Belemmeringen { get; set; } = [];

    /// <summary>Learning points in the staff's own words.</summary>
    public string? Leerpunten { get; set; }

    public bool IsLopend => EindDatum is null;
}
