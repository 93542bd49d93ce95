using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Model;

namespace Participatie.Burgerberaad.Tests.Support;

/// <summary>Small hand-made pools (stratification-app CSV text) where every feasible panel can be enumerated.</summary>
public static class SmallPools
{
    public sealed record SmallPool(string Name, string Categories, string Respondents, int Size);

    /// <summary>Two features, ten volunteers, panel of four.</summary>
    public static readonly SmallPool TwoFeatures = new(
        "two-features",
        """
        feature,value,min,max
        gender,female,2,2
        gender,male,2,2
        age,young,1,3
        age,old,1,3
        """,
        """
        id,gender,age
        a1,female,young
        a2,female,old
        a3,female,old
        a4,female,old
        a5,female,old
        a6,male,young
        a7,male,young
        a8,male,young
        a9,male,old
        a10,male,young
        """,
        4);

    /// <summary>Three features with a volunteer (z3) who fits no panel, an extra column, panel of five.</summary>
    public static readonly SmallPool WithOutsider = new(
        "with-outsider",
        """
        feature,value,min,max
        gender,female,2,3
        gender,male,2,3
        buurt,Noord,1,3
        buurt,Zuid,1,3
        buurt,Haven,0,0
        education,low,1,2
        education,high,2,4
        """,
        """
        id,gender,buurt,education,email
        z1,female,Noord,low,z1@example.org
        z2,female,Noord,high,z2@example.org
        z3,male,Haven,high,z3@example.org
        z4,male,Zuid,high,z4@example.org
        z5,female,Zuid,high,z5@example.org
        z6,male,Noord,low,z6@example.org
        z7,male,Zuid,low,z7@example.org
        z8,female,Zuid,high,z8@example.org
        z9,male,Noord,high,z9@example.org
        """,
        5);

    /// <summary>Tight quotas on three features, twelve volunteers, panel of four.</summary>
    public static readonly SmallPool Tight = new(
        "tight",
        """
        feature,value,min,max
        gender,female,2,2
        gender,male,2,2
        age,16-29,1,1
        age,30-64,2,2
        age,65+,1,1
        betrokken,ja,1,1
        betrokken,nee,3,3
        """,
        """
        id,gender,age,betrokken
        t01,female,16-29,nee
        t02,female,30-64,ja
        t03,female,30-64,nee
        t04,female,65+,nee
        t05,female,65+,ja
        t06,female,65+,nee
        t07,male,30-64,nee
        t08,male,30-64,nee
        t09,male,65+,nee
        t10,male,16-29,ja
        t11,male,30-64,ja
        t12,female,30-64,nee
        """,
        4);

    public static TheoryData<string> Names() => new(TwoFeatures.Name, WithOutsider.Name, Tight.Name);

    public static SmallPool Get(string name) => new[] { TwoFeatures, WithOutsider, Tight }.Single(p => p.Name == name);

    public static (Categories Categories, RespondentPool Pool) Load(SmallPool pool)
    {
        var categories = CategoriesCsv.Read(new StringReader(pool.Categories));
        Assert.True(categories.Succeeded, string.Join(Environment.NewLine, categories.Diagnostics));
        var respondents = RespondentsCsv.Read(new StringReader(pool.Respondents), categories.Value!);
        Assert.True(respondents.Succeeded, string.Join(Environment.NewLine, respondents.Diagnostics));
        return (categories.Value!, respondents.Value!);
    }
}
