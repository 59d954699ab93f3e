using BudgetEngine.Formats.Read;

namespace BudgetEngine.Api.Tests.Formats.Read;

/// <summary>The funding sources an import makes from the Dekking column when the request names none.</summary>
public sealed class DefaultSourcesTests
{
    private static IEnumerable<string> Sources(params string[] coverage)
    {
        var rows = new[] { "Begroting;2020;Dekking" }.Concat(coverage.Select((c, i) => $"Regel {i};1.000€;{c}"));
        var (table, errors) = BudgetTableReader.Read(CsvParser.Parse(string.Join("\r\n", rows)).Rows);
        errors.Should().BeEmpty();
        return DefaultSources.For(table!).Select(s => $"{s.Code}:{BudgetEngine.Contracts.Json.ApiJson.WireName(s.Kind!.Value)}");
    }

    [Fact]
    public void KnownCodesGetTheirKindInOrderOfFirstAppearance() =>
        Sources("Projectenpool", "GHNT/ Projectenpool", "DUVO", "dumo", "Gemeente", "Reserve")
            .Should().Equal("Projectenpool:projectenpool", "GHNT:ghnt", "DUVO:duvo", "dumo:dumo", "Gemeente:gemeente", "Reserve:reserve");

    [Fact]
    public void ANameWithSpacesIsStillTheDuVo() => Sources("DU VO").Should().Equal("DU VO:duvo");

    [Fact]
    public void AnotherNameIsASourceOfKindOther() => Sources("Provincie").Should().Equal("Provincie:other");

    [Fact]
    public void ANearMissOfAKnownCodeGetsNoSourceSoTheReconciliationFlagsIt() => Sources("GHNT", "GNHT").Should().Equal("GHNT:ghnt");
}
