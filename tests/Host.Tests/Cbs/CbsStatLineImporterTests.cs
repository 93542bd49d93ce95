using System.Text;
using Microsoft.EntityFrameworkCore;
using Participatie.Host.Features.Gebieden;
using Participatie.Host.Tests.Infrastructure;

namespace Participatie.Host.Tests.Cbs;

public sealed class CbsStatLineImporterTests
{
    private const string Header = "\"Perioden\";\"Wijken en buurten\";\"Regiocode (gemeente, wijk, buurt) (code)\";\"Particuliere huishoudens (Aantal)\";\"SES-WOA/Totaalscore/Gemiddelde score (Getal)\"";

    [SharedDataFact("data/cbs/amsterdam-ses-woa-2019.csv")]
    public async Task Import_Amsterdam2019_ReadsEveryRegion()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var result = await new CbsStatLineImporter(db).ImportAsync(RepositoryPaths.AmsterdamCsv, null, default);

        Assert.Equal("gemeenten=1 wijken=99 buurten=479", result.Samenvatting);
        var kopZeedijk = await db.Buurten.Include(b => b.Wijk).SingleAsync(b => b.Code == "BU03630000");
        Assert.Equal("Kop Zeedijk", kopZeedijk.Naam);
        Assert.Equal("WK036300", kopZeedijk.Wijk!.Code);
        Assert.Equal(700, kopZeedijk.Huishoudens);
        Assert.Equal(0.045, kopZeedijk.SesScore);
        Assert.Equal(2019, kopZeedijk.Peiljaar);
        Assert.Equal(479, await db.Buurten.CountAsync());
    }

    [SharedDataFact("data/cbs/amsterdam-ses-woa-2019.csv")]
    public async Task Import_SameFileTwice_UpdatesInsteadOfDuplicating()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        var importer = new CbsStatLineImporter(db);

        await importer.ImportAsync(RepositoryPaths.AmsterdamCsv, null, default);
        await importer.ImportAsync(RepositoryPaths.AmsterdamCsv, null, default);

        Assert.Equal(479, await db.Buurten.CountAsync());
        Assert.Equal(99, await db.Wijken.CountAsync());
    }

    [Fact]
    public async Task Import_Latin1WithMissingValuesAndPaddedCodes_ParsesAll()
    {
        var csv = string.Join("\r\n",
            Header,
            "\"2019\";\"'s-Hertogenbosch\";\"GM0796    \";\"  72000\";\"  0.100\"",
            "\"2019\";\"Binnenstad\";\"WK079600  \";\"   6000\";\"   .\"",
            "\"2019\";\"Zuid-Oost Ünïcode\";\"BU07960001\";\"      .\";\"  -0.250\"");
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, Encoding.Latin1.GetBytes(csv));
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var result = await new CbsStatLineImporter(db).ImportAsync(file, null, default);

        Assert.Equal("gemeenten=1 wijken=1 buurten=1", result.Samenvatting);
        var buurt = await db.Buurten.SingleAsync();
        Assert.Equal("Zuid-Oost Ünïcode", buurt.Naam);
        Assert.Null(buurt.Huishoudens);
        Assert.Equal(-0.25, buurt.SesScore);
        Assert.Equal("'s-Hertogenbosch", (await db.Gemeenten.SingleAsync()).Naam);
    }

    [Fact]
    public async Task Import_BuurtWithoutItsWijkRow_CreatesTheParentsFromTheCode()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Header + "\n\"2020\";\"Centrum\";\"BU03440101\";\"100\";\"0.1\"\n");
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var result = await new CbsStatLineImporter(db).ImportAsync(file, null, default);

        Assert.Equal(1, result.Buurten);
        Assert.Equal("WK034401", (await db.Wijken.SingleAsync()).Code);
        Assert.Equal("GM0344", (await db.Gemeenten.SingleAsync()).Code);
    }

    [Fact]
    public async Task Import_RowWithBadCode_IsSkippedWithItsLineNumber()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Header + "\n\"2020\";\"Nederland\";\"NL01      \";\"1\";\"0\"\n\"2020\";\"Centrum\";\"BU03440101\";\"100\";\"0.1\"\n");
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var result = await new CbsStatLineImporter(db).ImportAsync(file, null, default);

        Assert.Equal(1, result.OverslagenRegels);
        Assert.Contains(result.Waarschuwingen, w => w.Contains(":2:", StringComparison.Ordinal) && w.Contains("NL01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_FileWithoutRegionCodeColumn_FailsWithLocatedMessage()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "\"Naam\";\"Waarde\"\n\"x\";\"1\"\n");
        using var database = new TestDatabase();
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAsync<CbsImportException>(() => new CbsStatLineImporter(db).ImportAsync(file, null, default));

        Assert.Contains(file + ":1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("regiocode", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GM0363    ", "GM0363", null)]
    [InlineData("WK036300  ", "WK036300", "WK036300")]
    [InlineData("BU03630001", "BU03630001", "WK036300")]
    public void RegioCode_PaddedCodes_ParseWithParents(string text, string code, string? wijk)
    {
        Assert.True(CbsRegioCode.TryParse(text, out var parsed));
        Assert.Equal(code, parsed!.Value.Code);
        Assert.Equal(wijk, parsed.Value.WijkCode);
        Assert.Equal("GM0363", parsed.Value.GemeenteCode);
    }

    [Theory]
    [InlineData("NL01")]
    [InlineData("BU0363")]
    [InlineData("XX03630001")]
    [InlineData("")]
    public void RegioCode_NotACbsCode_IsRejected(string text) => Assert.False(CbsRegioCode.TryParse(text, out _));
}
