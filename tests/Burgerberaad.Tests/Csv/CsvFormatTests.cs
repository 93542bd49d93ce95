using Participatie.Burgerberaad.Csv;
using Participatie.Burgerberaad.Diagnostics;
using Participatie.Burgerberaad.Tests.Support;

namespace Participatie.Burgerberaad.Tests.Csv;

public sealed class CsvFormatTests
{
    [SortitionCorpusTheory]
    [MemberData(nameof(SortitionCorpus.Pools), MemberType = typeof(SortitionCorpus))]
    public void CorpusFiles_WriteThenRead_GiveTheSameContent(string folder)
    {
        var (categories, pool) = SortitionCorpus.Load(folder);

        var categoriesText = new StringWriter();
        CategoriesCsv.Write(categories, categoriesText);
        var respondentsText = new StringWriter();
        RespondentsCsv.Write(pool, respondentsText);
        var categoriesAgain = CategoriesCsv.Read(new StringReader(categoriesText.ToString())).Value!;
        var poolAgain = RespondentsCsv.Read(new StringReader(respondentsText.ToString()), categoriesAgain).Value!;

        Assert.Equal(categories.Quotas, categoriesAgain.Quotas);
        Assert.Equal(pool.Headers, poolAgain.Headers);
        Assert.Equal(pool.Respondents.Select(r => r.Id), poolAgain.Respondents.Select(r => r.Id));
        Assert.All(pool.Respondents.Zip(poolAgain.Respondents), pair =>
            Assert.Equal(pair.First.Columns.OrderBy(c => c.Key), pair.Second.Columns.OrderBy(c => c.Key)));
    }

    [SortitionCorpusTheory]
    [MemberData(nameof(SortitionCorpus.Pools), MemberType = typeof(SortitionCorpus))]
    public void CorpusFiles_Written_AreTheSameLinesAsTheOriginal(string folder)
    {
        var (categories, pool) = SortitionCorpus.Load(folder);
        var categoriesText = new StringWriter();
        CategoriesCsv.Write(categories, categoriesText);
        var respondentsText = new StringWriter();
        RespondentsCsv.Write(pool, respondentsText);

        static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        using var originalCategories = SortitionCorpus.Open(folder, "categories.csv");
        using var originalRespondents = SortitionCorpus.Open(folder, "respondents.csv");
        Assert.Equal(Lines(originalCategories.ReadToEnd()), Lines(categoriesText.ToString()));
        Assert.Equal(Lines(originalRespondents.ReadToEnd()), Lines(respondentsText.ToString()));
    }

    [Fact]
    public void Respondents_QuotedFieldsWithCommasQuotesAndBom_RoundTrip()
    {
        var categories = CategoriesCsv.Read(new StringReader("feature,value,min,max\nbuurt,\"Oud-Zuid, west\",0,1\n")).Value!;
        const string text = "\uFEFFid,buurt,note\r\nx1,\"Oud-Zuid, west\",\"zegt \"\"ja\"\"\"\r\n";

        var pool = RespondentsCsv.Read(new StringReader(text), categories).Value!;
        var written = new StringWriter();
        RespondentsCsv.Write(pool, written);

        Assert.Equal("Oud-Zuid, west", pool.Respondents[0].ValueOf("buurt"));
        Assert.Equal("zegt \"ja\"", pool.Respondents[0].Columns["note"]);
        Assert.Equal(text.TrimStart('\uFEFF'), written.ToString());
    }

    [Fact]
    public void Categories_HeaderInOtherOrderAndCase_AndExtraColumns_AreRead()
    {
        var result = CategoriesCsv.Read(new StringReader("Value,Feature,MAX,min,min_flex\nfemale,gender,3,2,0\n"));

        Assert.True(result.Succeeded);
        Assert.Equal(new Model.Quota("gender", "female", 2, 3), Assert.Single(result.Value!.Quotas));
    }

    [Fact]
    public void Categories_BadNumber_IsLocatedAtLineAndColumn()
    {
        var result = CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,female,2,3\ngender,male,twee,3\n"), "cat.csv");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Value);
        Assert.Equal(DiagnosticCodes.BadNumber, diagnostic.Code);
        Assert.Equal(new DiagnosticLocation("cat.csv", 3, 3, "min"), diagnostic.Location);
        Assert.StartsWith("cat.csv(3,3): fout BB0004:", diagnostic.ToString());
    }

    [Fact]
    public void Categories_MinAboveMaxAndDuplicate_AreBothReported()
    {
        var result = CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,female,4,3\ngender,male,1,2\ngender,male,1,2\n"));

        Assert.Equal([DiagnosticCodes.MinAboveMax, DiagnosticCodes.Duplicate], result.Diagnostics.Select(d => d.Code));
        Assert.Equal([2, 4], result.Diagnostics.Select(d => d.Location!.Line!.Value));
    }

    [Fact]
    public void Categories_MissingColumn_NamesIt()
    {
        var result = CategoriesCsv.Read(new StringReader("feature,value,min\ngender,female,1\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingColumn, diagnostic.Code);
        Assert.Contains("'max'", diagnostic.Message);
    }

    [Fact]
    public void Respondents_UnknownValue_IsLocatedAndSuggestsTheSpelling()
    {
        var categories = CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,female,0,2\ngender,male,0,2\n")).Value!;

        var result = RespondentsCsv.Read(new StringReader("id,gender\np1,female\np2,Male\n"), categories, "resp.csv");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownValue, diagnostic.Code);
        Assert.Equal(new DiagnosticLocation("resp.csv", 3, 2, "gender"), diagnostic.Location);
        Assert.Contains("'Male'", diagnostic.Message);
        Assert.Contains("Bedoelt u 'male'?", diagnostic.Message);
    }

    [Fact]
    public void Respondents_MissingFeatureColumnDuplicateIdAndShortRow_AreReported()
    {
        var categories = CategoriesCsv.Read(new StringReader("feature,value,min,max\ngender,female,0,2\nage,old,0,2\n")).Value!;

        var result = RespondentsCsv.Read(new StringReader("id,gender\np1,female\np1,female\np2\n"), categories);

        Assert.Equal([DiagnosticCodes.MissingFeatureColumn, DiagnosticCodes.DuplicateId, DiagnosticCodes.MalformedRow],
            result.Diagnostics.Select(d => d.Code));
        Assert.Contains("'age'", result.Diagnostics[0].Message);
        Assert.Equal([1, 3, 4], result.Diagnostics.Select(d => d.Location!.Line!.Value));
    }

    [Fact]
    public void Respondents_UnclosedQuote_IsReported()
    {
        var result = RespondentsCsv.Read(new StringReader("id,note\np1,\"open\n"));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedRow && d.Location!.Line == 2);
    }

    [Fact]
    public void EmptyFiles_AreReported()
    {
        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(CategoriesCsv.Read(new StringReader("")).Diagnostics).Code);
        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(RespondentsCsv.Read(new StringReader("\n\n")).Diagnostics).Code);
    }
}
